"""Modal dialogs that do not outlive their use, and connections that hold no closure.

A dialog or message box made with a parent is that parent's child: after ``exec()`` it would stay
alive (hidden) until the window is destroyed at exit. ``exec_dialog`` runs it and has Qt delete it
on the next turn of the event loop, once the caller has read what it needs (attributes kept on the
Python side, such as ``dialog.draft``, stay readable).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtWidgets import QDialog


def exec_dialog(dialog: QDialog) -> int:
    """``dialog.exec()``, then ``deleteLater()`` (unless it is gone already: a dialog that deletes
    itself on close); returns what ``exec()`` returned."""
    try:
        return dialog.exec()
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


def when(signal, func: Callable[..., object], *args) -> None:
    """Connect ``signal`` to ``func(*args)``, the signal's own arguments dropped: a partial, not a
    lambda, so the connection holds only what it calls (no closure over a window or a view)."""
    signal.connect(partial(_call, func, args))


def _call(func: Callable[..., object], args: tuple, *_signal_args) -> None:
    func(*args)

"""The window's edges with the operating system: no display at all, and SIGTERM / Ctrl+C.

- ``display_problem()``: on Linux and the BSDs, Qt aborts the whole process ("could not connect to
  display", exit 134) when there is no display. We look first: no ``$DISPLAY`` X socket and no
  ``$WAYLAND_DISPLAY`` socket (and no platform chosen with ``QT_QPA_PLATFORM`` / ``-platform``)
  gives one line saying so, and the caller exits 1.
- ``quit_on_signals(app, close)``: SIGTERM and SIGINT close the window the normal way (``close``:
  the open editors are asked, the journal is closed) instead of killing the process mid-write. Python
  runs signal handlers only between bytecodes, and Qt's event loop is C++; as qutebrowser's
  misc/quitter.py does, ``signal.set_wakeup_fd`` writes a byte to a socket that a QSocketNotifier
  watches, so the handler runs at once inside the event loop.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer


def display_problem(environ: dict | None = None, argv: list[str] | None = None) -> str | None:
    """One line explaining why no window can be shown here, or None when a display is there."""
    env = os.environ if environ is None else environ
    argv = sys.argv if argv is None else argv
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM") or "-platform" in argv:
        return None
    wayland = env.get("WAYLAND_DISPLAY")
    if wayland:
        runtime = env.get("XDG_RUNTIME_DIR", "")
        path = Path(wayland) if os.path.isabs(wayland) else Path(runtime) / wayland
        if path.exists():
            return None
    display = env.get("DISPLAY")
    if display:
        host, _, number = display.rpartition(":")
        number = number.split(".")[0]
        if host not in ("", "unix") or not number.isdigit():
            return None  # a remote or unusual display: let Qt try it
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            return None
        return (
            f"BackJournal's window needs a display, but the display {display!r} is not running; "
            "use the command line ('backjournal --help') or start BackJournal in your desktop session."
        )
    return (
        "BackJournal's window needs a display and none was found ($DISPLAY and $WAYLAND_DISPLAY are not "
        "set); use the command line ('backjournal --help') or start BackJournal in your desktop session."
    )


class SignalQuitter(QObject):
    """SIGTERM/SIGINT -> ``close()`` inside the event loop (see the module docstring)."""

    def __init__(self, close: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._old = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        self.received: int | None = None
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _on_signal(self, signum, _frame) -> None:
        if self.received is None:
            self.received = signum
            QTimer.singleShot(0, self._close)  # inside the event loop, even if it has not started yet
        # a second signal while closing (a stuck dialog): the caller's next handler applies
        else:
            self.restore()
            signal.raise_signal(signum)

    def _drain(self, *_args) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, OSError):
            pass

    def restore(self) -> None:
        """Put the previous handlers back (after the event loop ended)."""
        for sig, old in self._old.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def exit_code_for(signum: int | None, code: int) -> int:
    """128 + the signal's number when a signal ended the window (130 Ctrl+C, 143 SIGTERM), as shells do."""
    return 128 + int(signum) if signum is not None else code

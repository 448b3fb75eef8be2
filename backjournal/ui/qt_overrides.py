"""``@qt_override``: every Python override of a Qt virtual carries it (a test checks, tests/ui/test_qt_overrides.py).

Why: on Python 3.11 (our CI, Debian 12) with PySide6 6.10.2, 6.11.3 and 6.12.0 alike, an exception
raised *by C code* (``[].remove(1)``, ``int("z")``, ``{}["k"]``: CPython 3.11 keeps these
un-normalized, the value still a bare string) that leaves a Python override of a Qt virtual
(``closeEvent``, ``eventFilter``, ``paintEvent``, ``data``, …) reached synchronously from a Qt call
made in Python (``w.close()``, ``QCoreApplication.sendEvent``, ``w.show()``, ``resize``…) segfaults
the whole process: shiboken's ``storePythonOverrideErrorOrPrint`` reads the exception as if it were
normalized. No error dialog, no log line, the person's unsaved form gone. A ``raise ValueError(...)``
written in Python does not crash (the interpreter makes the exception object itself), nor does any
of this on Python 3.12 and 3.13 (the error reaches the caller as "Error calling Python override of
…"), nor an error reached from the event loop (our excepthook shows it).

The cure is for the exception to pass through a Python ``except`` before it leaves the override:
entering a handler makes CPython normalize it (a real exception object with its traceback). The
wrapper below does exactly that and nothing else; the error then propagates as it does on 3.12:
to the Qt call's caller, or to the excepthook from the event loop. It costs one extra Python call
per invocation (a ``try`` costs nothing until something is raised on 3.11): about 0.1 µs called from
Python, 0.1-0.6 µs through Qt's dispatch over its ~2 µs (docs/development.md), nothing beside a
paintEvent or a model's ``data``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: set to True on every function ``qt_override`` returns (the coverage test looks for it)
MARKER = "qt_override"


def qt_override(method: F) -> F:
    """Wrap a Python override of a Qt virtual so that any exception leaving it is a normalized one."""

    @functools.wraps(method)
    def override(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except BaseException:  # normalized by entering this handler; propagates unchanged
            raise

    setattr(override, MARKER, True)
    return override  # type: ignore[return-value]


def is_wrapped(function: object) -> bool:
    return getattr(function, MARKER, False) is True

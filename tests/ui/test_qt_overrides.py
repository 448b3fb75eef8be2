"""Every Python override of a Qt method in backjournal/ui carries ``@qt_override`` (ui/qt_overrides.py).

On Python 3.11 with PySide6 6.10-6.12 an exception raised by C code (``[].remove(1)``, ``int("z")``)
inside an unwrapped override reached from a Qt call made in Python segfaults the process; the
decorator turns it into the Python exception it is. The first test finds every override by
introspection (a method defined in a class deriving from PySide6 whose name is an attribute of a
PySide6 class in its MRO); the others run a real widget of ours, and a minimal one, in a child
process so that a segfault fails the test instead of ending the run."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys

from shiboken6 import Shiboken

import backjournal.ui
from backjournal.ui.qt_overrides import is_wrapped
from tests.conftest import ROOT


def _import_ui() -> None:
    """Every module of backjournal/ui (and app.py, the other room that may import Qt)."""
    importlib.import_module("backjournal.app")
    for info in pkgutil.walk_packages(backjournal.ui.__path__, prefix="backjournal.ui."):
        importlib.import_module(info.name)


def _is_qt(cls: type) -> bool:
    return cls.__module__.startswith("PySide6.")


def _our_qt_classes() -> list[type]:
    """Every class of ours deriving from a PySide6 class (wherever it is defined, nested ones too)."""
    _import_ui()
    seen: set[type] = set()
    todo = list(Shiboken.Object.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        todo.extend(cls.__subclasses__())
    return [cls for cls in seen if cls.__module__.split(".")[0] == "backjournal"]


def _qt_overrides() -> list[tuple[type, str, object]]:
    """(class, name, function) of every method our classes define over a PySide6 class's attribute."""
    found = []
    for cls in _our_qt_classes():
        qt_bases = [base for base in cls.__mro__ if _is_qt(base)]
        for name, value in vars(cls).items():
            function = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if name.startswith("__"):  # __init__ and friends: Python's, not Qt's
                continue
            if inspect.isfunction(function) and any(name in vars(base) for base in qt_bases):
                found.append((cls, name, function))
    return found


def test_the_search_finds_the_overrides_it_should():
    """The search itself: a sample of overrides known to exist is found (it cannot pass by finding none)."""
    names = {(cls.__name__, name) for cls, name, _ in _qt_overrides()}
    for expected in [
        ("MainWindow", "closeEvent"),
        ("MainWindow", "showEvent"),
        ("EarlyKeys", "eventFilter"),
        ("WindowPreferences", "eventFilter"),
        ("FlowLayout", "sizeHint"),
    ]:
        assert expected in names, sorted(names)
    assert len(names) >= 60, sorted(names)


def test_every_qt_override_in_ui_carries_qt_override():
    bare = sorted(
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls, name, function in _qt_overrides()
        if not is_wrapped(function)
    )
    assert not bare, "Qt overrides without @qt_override (ui/qt_overrides.py says why):\n" + "\n".join(bare)


SCENARIO = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
case, folder = sys.argv[1], Path(sys.argv[2])
if case == "window-close":  # our main window; its closeEvent meets a C-level error (list.remove)
    from backjournal.services.opening import open_journal
    from backjournal.ui.application import build_main_window

    opened = open_journal(folder / "journal")
    window = build_main_window(opened, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    window.save_layout = lambda: [].remove(1)
    try:
        window.close()
    except ValueError as exc:
        print("caught:", exc)
    opened.close()
elif case == "picker-key":  # our score picker; a key sent to it meets a C-level error (int("z"))
    from backjournal.ui.widgets.score_picker import ScorePicker

    picker = ScorePicker()
    picker.show()
    picker.set_score = lambda _value: int("z")
    five = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5")
    try:
        QApplication.sendEvent(picker, five)
    except ValueError as exc:
        print("caught:", exc)
elif case == "minimal":  # the decorator alone, on an event filter reached through sendEvent
    from PySide6.QtCore import QObject
    from backjournal.ui.qt_overrides import qt_override

    class Filter(QObject):
        @qt_override
        def eventFilter(self, watched, event):  # noqa: N802
            return {}["missing"]

    target, spy = QWidget(), Filter()
    target.installEventFilter(spy)
    try:
        QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    except KeyError as exc:
        print("caught:", exc)
"""


def _run(tmp_path, case: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCENARIO, case, str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_c_level_error_in_the_main_windows_close_event_reaches_the_caller(tmp_path):
    done = _run(tmp_path, "window-close")
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    assert "caught:" in done.stdout and "list.remove(x): x not in list" in done.stdout, done.stdout


def test_a_c_level_error_in_the_score_pickers_key_handler_reaches_the_caller(tmp_path):
    done = _run(tmp_path, "picker-key")
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    assert "caught:" in done.stdout and "invalid literal for int()" in done.stdout, done.stdout


def test_a_c_level_error_in_a_decorated_event_filter_reaches_the_caller(tmp_path):
    done = _run(tmp_path, "minimal")
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    assert "caught:" in done.stdout and "missing" in done.stdout, done.stdout

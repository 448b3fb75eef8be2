"""ui/operations.py: long work runs in a worker thread while the window keeps handling events; its
journal changes reach the listeners on the UI thread; errors and Cancel come back to the caller."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from backjournal.domain.models import PainEntryDraft
from backjournal.ui.operations import OperationCancelled, run_operation
from tests.conftest import at


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_work_runs_in_another_thread_while_the_event_loop_keeps_running(parent):
    ticked = threading.Event()
    timer = QTimer()
    timer.timeout.connect(ticked.set)  # only the UI thread's event loop can run this
    timer.start(10)

    def work(_progress):
        assert ticked.wait(20), "the UI thread's event loop did not run while the work ran"
        return threading.get_ident()

    worker = run_operation(parent, work, title="Testing…")
    timer.stop()
    assert worker != threading.get_ident()


def test_an_error_in_the_work_is_raised_to_the_caller(parent):
    def work(_progress):
        raise ValueError("broken on purpose")

    with pytest.raises(ValueError, match="broken on purpose"):
        run_operation(parent, work, title="Testing…")


def test_journal_changes_are_told_on_the_ui_thread_after_the_work(parent, journal):
    heard = []
    journal.add_listener(lambda change: heard.append((threading.get_ident(), change.kinds)))

    def work(_progress):
        entry = journal.log(PainEntryDraft(at(1), 6))
        assert heard == []  # held while the work runs
        return entry

    entry = run_operation(parent, work, title="Saving…", journal=journal)
    assert entry.score == 6
    assert [ident for ident, _ in heard] == [threading.get_ident()]


def test_cancel_stops_cancellable_work_at_its_safe_point(parent, qtbot):
    started = threading.Event()

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].findChild(QPushButton).click()  # the person presses Cancel
        else:
            QTimer.singleShot(20, press_cancel)

    def work(progress):
        started.set()
        while not progress.cancelled:
            progress.report(1, 2)
            threading.Event().wait(0.01)  # a slice of real work
        progress.check()
        return "finished"

    QTimer.singleShot(0, press_cancel)
    with pytest.raises(OperationCancelled):
        run_operation(parent, work, title="Long work…", cancellable=True)
    assert started.is_set()


def test_keys_and_clicks_do_not_reach_the_window_while_the_work_runs(parent, qtbot):
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    seen = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.KeyPress:
                seen.append(event.key())
            return False

    spy = Spy()
    parent.installEventFilter(spy)
    typed = threading.Event()

    def type_a_key():
        QApplication.sendEvent(
            parent, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5")
        )
        typed.set()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(type_a_key)
    timer.start(0)
    run_operation(parent, lambda _p: typed.wait(20), title="Working…")
    assert typed.is_set() and seen == []
    QApplication.sendEvent(parent, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_6, Qt.KeyboardModifier.NoModifier, "6"))
    assert seen == [Qt.Key.Key_6]  # after the work, keys reach the window again


QUIT_SCENARIO = r"""
import threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from backjournal.ui.operations import run_operation

app = QApplication([])
window = QWidget()
window.show()
started = threading.Event()

def work(_progress):
    started.set()
    time.sleep(1.0)  # the work outlives the quit below
    print("work ended", flush=True)
    return 42

def quit_once_started():
    if started.is_set():
        app.quit()  # as SIGTERM's close_everything and the tray's Quit do
    else:
        QTimer.singleShot(10, quit_once_started)

def start():
    QTimer.singleShot(10, quit_once_started)
    print("result", run_operation(window, work, title="Working…"), flush=True)

QTimer.singleShot(0, start)
app.exec()
print("event loop ended", flush=True)
"""


def test_quitting_while_the_work_runs_waits_for_it_and_returns_its_result(tmp_path):
    """SIGTERM or Quit during a restore or an import ended the nested loop: run_operation raised
    KeyError('result') while the work still ran, and the window went on to close the journal under it."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCENARIO],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines() == ["work ended", "result 42", "event loop ended"], done.stderr[-3000:]


@pytest.mark.parametrize("slow", [False, True], ids=["quick work", "work behind the dialog"])
def test_a_finished_operation_leaves_no_progress_dialog_that_could_show_later(parent, qtbot, slow):
    """QProgressDialog arms its own timer to show itself (4 s after it is made, at once after
    setValue(0)); hide() does not stop it. A finished operation's dialog, hidden and waiting for its
    deletion, popped up later over whatever came next (in the UI tests: "Backing up your journal…"
    over a later test's window, taking its activation and focus)."""

    def work(progress):
        progress.report(0, 10)
        if slow:
            threading.Event().wait(0.05)  # a slice of real work: the UI thread waits in its event loop
        return "done"

    assert run_operation(parent, work, title="Backing up your journal…") == "done"
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    armed = [t for w in left for t in w.findChildren(QTimer) if t.isActive()]
    assert armed == [] and not any(w.isVisible() for w in left)

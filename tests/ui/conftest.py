import time

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressDialog

#: How long one modal window may stay up unanswered before the watchdog closes it and fails the test.
MODAL_PATIENCE_S = 30.0
#: A progress dialog waits for work, not for an answer: on a loaded machine work that takes 2 s alone
#: takes 20 s or more. Still a limit, so that a hung worker fails its test instead of the whole run.
PROGRESS_PATIENCE_S = 300.0


@pytest.fixture
def window(qtbot, opened, tmp_path):
    from backjournal.ui.application import build_main_window

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = build_main_window(opened, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture(scope="session", autouse=True)
def _window_language(qapp):
    """The window's translators in English, as the program installs them (its plural forms: "1 record")."""
    from backjournal.ui.translation import install_translators

    qapp._translators = install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _no_leftover_dialogs(request, qtbot):
    """No dialog may outlive the UI test that showed it. A message box, a Preferences dialog or a
    progress dialog left on screen took the activation and the keyboard focus from the next test's
    window (a window-modal one also blocked its input), which failed that later test only now and then.

    After each test (pytest-qt has closed the widgets registered with ``qtbot.addWidget`` by then),
    every top-level dialog still shown is hidden and deleted (``hide()``: a progress dialog whose work
    may not be cancelled refuses ``close()``) and the test that left it fails, naming each one."""
    yield
    names = remove_leftover_dialogs()
    if names:
        pytest.fail("dialogs left open after the test (close them in the test): " + "; ".join(names), pytrace=False)


def remove_leftover_dialogs() -> list[str]:
    """Hide and delete every top-level dialog still shown; returns what each one was."""
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    names = [_describe(w) for w in left]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return names


def _describe(widget) -> str:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.text()][:3]
    return f"{type(widget).__name__} {widget.windowTitle()!r}: {' / '.join(texts)[:300]}"


@pytest.fixture(autouse=True)
def stuck_modals(request, qtbot):
    """A modal window nobody answers (code that ends in ``exec()`` called by a test that does not
    drive the dialog) would hang the whole run with no output. The watchdog closes a modal window
    that stayed up ``MODAL_PATIENCE_S`` (or ``@pytest.mark.modal_patience(seconds)``) and fails the
    test, naming the window and its text; a progress dialog (ui/operations.py: work is running, nobody
    is asked anything) gets at least ``PROGRESS_PATIENCE_S``. Yields the list of windows it closed."""
    marker = request.node.get_closest_marker("modal_patience")
    patience = float(marker.args[0]) if marker is not None else MODAL_PATIENCE_S
    stuck: list[str] = []
    seen = {"widget": None, "since": 0.0}

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is not seen["widget"]:
            seen.update(widget=widget, since=time.monotonic())
            return
        limit = max(patience, PROGRESS_PATIENCE_S) if isinstance(widget, QProgressDialog) else patience
        if time.monotonic() - seen["since"] >= limit:
            stuck.append(_describe(widget))
            seen.update(widget=None, since=time.monotonic())
            if isinstance(widget, QDialog):
                widget.reject()  # exec() returns Rejected: the code under test goes on as after Cancel
            else:
                widget.close()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(look)
    timer.start()
    yield stuck
    timer.stop()
    if stuck and marker is None:
        pytest.fail(
            "a modal window stayed open with nobody to answer it (the test would have hung): " + "; ".join(stuck),
            pytrace=False,
        )


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "modal_patience(seconds): the modal-window watchdog's patience for this "
        "test; with it, a window the watchdog closed does not fail the test",
    )


@pytest.fixture
def undo(qtbot):
    """The window's undo actions over a fresh history; the test fails if an undo step reported an error."""
    from PySide6.QtWidgets import QWidget

    from backjournal.services.history import UndoHistory
    from backjournal.ui.bridge import UndoActions

    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []
    actions = UndoActions(UndoHistory(), owner, on_error=errors.append)
    actions.errors = errors
    yield actions
    assert errors == []


@pytest.fixture
def trends(opened):
    from backjournal.services.trends import TrendsService

    return TrendsService(unit_of_work=opened.uow)

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


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


@pytest.fixture(autouse=True)
def _no_leftover_modals(qtbot):
    """A test that fails inside a modal dialog must not leave it open for the next test."""
    yield
    for w in QApplication.topLevelWidgets():
        if w.isModal() and w.isVisible():
            w.close()

import pytest
from PySide6.QtCore import QSettings


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

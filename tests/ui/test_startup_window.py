"""The window paints before the journal is open (issue 12): the shell, then ``attach``; a key typed in
between reaches the Today view's score."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from backjournal.ui.main_window import MainWindow


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def test_a_score_typed_before_the_journal_is_open_is_not_lost(qtbot, opened, tmp_path):
    window = MainWindow(settings=_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.attached and window.opening_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_7)  # typed while "Opening your journal…" is shown
    window.attach(opened)
    assert window.attached and window.today.isVisible()
    assert window.today.pain_form.score.score == 7
    window.close()


def test_closing_before_the_journal_is_open_keeps_the_remembered_tab(qtbot, opened, tmp_path):
    settings = _settings(tmp_path)
    settings.setValue("window/tab", 1)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert int(_settings(tmp_path).value("window/tab")) == 1
    again = MainWindow(settings=_settings(tmp_path), opened=opened)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.tabs.currentIndex() == 1
    again.close()


def test_ctrl_shortcuts_are_not_kept_for_the_today_view(qtbot, opened, tmp_path):
    window = MainWindow(settings=_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    window.attach(opened)
    assert window.today.pain_form.score.score is None
    window.close()

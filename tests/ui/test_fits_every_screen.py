"""The window fits ordinary laptop screens: never larger than the screen, Today without sideways scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from backjournal.ui.main_window import MINIMUM_SIZE, fitted_size

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    from backjournal.ui.widgets.score_picker import ScorePicker

    return [w for w in root.findChildren(QWidget) if isinstance(w, (*INTERACTIVE, ScorePicker)) and w.isVisibleTo(root)]


@pytest.mark.parametrize(("width", "height", "stacked"), [(1024, 768, True), (1366, 768, False)])
def test_every_control_of_today_is_inside_the_visible_width(qtbot, window, width, height, stacked):
    # the window on a laptop screen: its frame and the desktop's panel take some of the height
    window.resize(width, height - 70)
    qtbot.waitUntil(lambda: window.today.forms_stacked is stacked)
    QApplication.processEvents()  # the stacked layout settles (scroll range) before measuring
    today = window.today
    viewport = today.scroll_area.viewport()
    assert today.scroll_area.horizontalScrollBar().maximum() == 0
    assert today.scroll_area.widget().width() <= viewport.width()
    widgets = interactive_widgets(today)
    assert len(widgets) > 30  # score picker, chips, fields and buttons of both forms
    for w in widgets:
        top_left = w.mapTo(viewport, QPoint(0, 0))
        assert top_left.x() >= 0 and top_left.x() + w.width() <= viewport.width(), (
            f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()} sticks out sideways"
        )
        in_content = w.mapTo(today.scroll_area.widget(), QPoint(0, w.height() // 2))
        today.scroll_area.ensureVisible(in_content.x(), in_content.y(), 0, w.height() // 2 + 1)  # scrolling down
        top_left = w.mapTo(viewport, QPoint(0, 0))
        assert top_left.y() >= 0 and top_left.y() + w.height() <= viewport.height()


def test_side_by_side_at_1366_needs_no_scrolling_for_the_two_save_buttons(qtbot, window):
    window.resize(1366, 698)
    qtbot.waitUntil(lambda: not window.today.forms_stacked)
    viewport = window.today.scroll_area.viewport()
    for button in (window.today.save_pain, window.today.save_session):
        bottom = button.mapTo(viewport, QPoint(0, button.height())).y()
        assert bottom <= viewport.height()


def test_the_window_asks_for_at_most_800_by_600_on_every_view(qtbot, window):
    for title in list(window.views):
        window.show_view(title)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= MINIMUM_SIZE.width() and hint.height() <= MINIMUM_SIZE.height(), (title, hint)


def test_a_remembered_size_from_a_bigger_screen_is_shrunk_to_this_one(qtbot, opened, tmp_path):
    from backjournal.ui.application import build_main_window

    path = str(tmp_path / "w.ini")
    first = build_main_window(opened, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.setGeometry(QRect(1500, 900, 2400, 1500))  # remembered from a 4K monitor
    first.settings.setValue("window/geometry", first.saveGeometry())
    first.settings.sync()
    second = build_main_window(opened, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    available = second.screen().availableGeometry()
    assert available.contains(second.frameGeometry()) or available.contains(second.geometry())
    assert second.width() <= available.width() and second.height() <= available.height()


def test_a_first_start_opens_within_the_screen(qtbot, opened, tmp_path):
    from backjournal.ui.application import build_main_window

    w = build_main_window(opened, QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert isinstance(w.settings.value("window/geometry", QByteArray()), QByteArray)
    available = w.screen().availableGeometry()  # the offscreen screen is 800x800, smaller than we would like
    assert w.width() <= available.width() and w.height() <= available.height()


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QSize(1366, 738), QSize(1180, 704)),  # laptop: height shrinks by the frame
        (QSize(1024, 738), QSize(1016, 704)),
        (QSize(1920, 1050), QSize(1180, 820)),  # 4K at 200 %: 1920x1080 logical pixels, room enough
        (QSize(3840, 2110), QSize(1180, 820)),
    ],
)
def test_fitted_size_leaves_room_for_the_frame(available, expected):
    assert fitted_size(QSize(1180, 820), available, frame=QSize(8, 34)) == expected

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


def _trends_first_window(qtbot, tmp_path, opened) -> MainWindow:
    settings = _settings(tmp_path)
    settings.setValue("window/tab", 2)  # Trends, remembered from last time
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(opened)
    return window


def _ctrl_tab_moves_on(qtbot, window: MainWindow) -> None:
    """Ctrl+Tab from the widget with the keyboard focus shows the next tab (no click needed first)."""
    focused = window.focusWidget()
    assert focused is not None and window.tabs.isAncestorOf(focused)
    index = window.tabs.currentIndex()
    qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index + 1


def test_a_trends_first_start_builds_trends_and_the_other_views_after_its_paint(qtbot, opened, tmp_path):
    window = _trends_first_window(qtbot, tmp_path, opened)
    assert window.tabs.currentWidget() is window.views["Trends"] and window.built_view("Trends") is not None
    assert window.built_view("Today") is None and window.built_view("Journal") is None  # not shown: not yet
    qtbot.waitUntil(lambda: window.built_view("Today") is not None and window.built_view("Journal") is not None)
    assert window.views["Today"].view is window.today and window.today.banners is not None
    window.close()


def test_today_and_journal_are_built_on_first_use_with_the_preferences(qtbot, opened, tmp_path):
    from dataclasses import replace

    window = _trends_first_window(qtbot, tmp_path, opened)
    prefs = window.preferences.preferences()
    window.preferences.service.save(replace(prefs, score_each_region=not prefs.score_each_region))
    assert window.built_view("Today") is None
    today = window.today  # built now, with the preference saved before it existed
    assert window.built_view("Today") is today
    assert today.pain_form.each_region.isChecked() is (not prefs.score_each_region)
    assert window.journal_view is window.built_view("Journal")
    window.close()


def test_ctrl_tab_switches_tabs_after_a_trends_first_start(qtbot, opened, tmp_path):
    window = _trends_first_window(qtbot, tmp_path, opened)
    view = window.built_view("Trends")
    assert window.focusWidget() is view.range_buttons[view.range_key]  # the range shown, focused
    _ctrl_tab_moves_on(qtbot, window)
    assert window.tabs.currentWidget() is window.views["Insights"]
    window.close()


def test_today_first_start_focuses_the_score_and_ctrl_tab_moves_on(qtbot, opened, tmp_path):
    window = MainWindow(settings=_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(opened)
    assert window.built_view("Journal") is None
    assert window.today.isAncestorOf(window.focusWidget())
    _ctrl_tab_moves_on(qtbot, window)
    assert window.tabs.currentWidget() is window.views["Journal"] and window.built_view("Journal") is not None
    window.close()


# ----------------------------------------------------------------------------- the light start (Trends first)


def _journal_with_entries(data_dir) -> None:
    from datetime import timedelta

    from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
    from backjournal.domain.timeutil import local_now
    from backjournal.services.opening import open_journal

    handle = open_journal(data_dir)
    try:
        now = local_now()
        for day in range(20):
            handle.journal.log_pain(PainEntryDraft(felt_at=now - timedelta(days=day), score=day % 8))
        handle.journal.log_session(TherapySessionDraft("heat", now - timedelta(days=3), pain_before=6, pain_after=4))
    finally:
        handle.close()


def _light_shell(qtbot, tmp_path, data_dir):
    from backjournal.ui.light_start import show_trends_light

    settings = _settings(tmp_path)
    settings.setValue("window/tab", 2)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    canvas = show_trends_light(window, data_dir)
    return window, canvas


def test_the_light_start_shows_trends_then_attaches_the_same_view(qtbot, tmp_path):
    import sqlite3

    from backjournal.ui.application import open_window
    from backjournal.ui.light_start import trends_first
    from backjournal.ui.single_instance import SingleInstance
    from backjournal.ui.views.trends_view import TrendsView

    data_dir = tmp_path / "journal"
    _journal_with_entries(data_dir)
    window, canvas = _light_shell(qtbot, tmp_path, data_dir)
    assert canvas is not None and trends_first(window.settings, None)
    view = window.early_trends_view()
    assert isinstance(view, TrendsView) and not view.bound and view.canvas is canvas
    assert not window.attached and not window.tabs.isEnabled()
    assert window.tabs.currentWidget() is window.views["Trends"] and window.tabs.count() == 5
    shown_days = int(view._loaded().daily.n.sum())
    assert shown_days == 20
    # the light read's connection is closed: the file can be taken for writing at once
    other = sqlite3.connect(data_dir / "journal.sqlite3", timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("ROLLBACK")
    other.close()
    qtbot.keyClick(window, Qt.Key.Key_5)  # typed before the journal is attached: it goes to Today
    instance = SingleInstance(data_dir)
    assert instance.claim()
    journals: list = []
    try:
        attached = open_window(
            data_dir, sample=False, instance=instance, journals=journals, shown={}, shell=window, gate_passed=True
        )
        assert attached is window and window.attached and window.tabs.isEnabled()
        assert window.views["Trends"].view is view and view.bound  # the same view, now over the services
        assert window.tabs.currentWidget() is window.views["Trends"]
        assert [window.tabs.widget(i) for i in (0, 1)] == [window.views["Today"], window.views["Journal"]]
        assert window.today.pain_form.score.score == 5
        assert view.card_panel is not None and view.peg_panel is not None  # the side panel, after the paint
        qtbot.waitUntil(lambda: "Reading" not in view.peg_panel.label.text())  # filled right after the attach
        assert window.focusWidget() is view.range_buttons[view.range_key]  # keys work without a click
        # the view hears the journal's changes through the window now
        from backjournal.domain.models import PainEntryDraft
        from backjournal.domain.timeutil import local_now

        window.journal.log_pain(PainEntryDraft(felt_at=local_now(), score=9))
        qtbot.waitUntil(lambda: int(view._loaded().daily.n.sum()) == 21)
        _ctrl_tab_moves_on(qtbot, window)
    finally:
        window.close()
        for opened in journals:
            opened.close()
        instance.release()


def test_the_light_start_gives_way_for_a_journal_it_does_not_read(qtbot, tmp_path):
    """No journal yet, or an empty-trash still to finish: nothing is shown, the normal path opens it."""
    from backjournal.storage.pragmas import PURGE_PENDING

    missing, canvas = _light_shell(qtbot, tmp_path, tmp_path / "none")
    assert canvas is None and missing.early_trends_view() is None and not missing.attached
    missing.close()
    data_dir = tmp_path / "journal"
    _journal_with_entries(data_dir)
    import sqlite3

    con = sqlite3.connect(data_dir / "journal.sqlite3")
    con.execute(f"PRAGMA user_version = {PURGE_PENDING}")
    con.close()
    window, canvas = _light_shell(qtbot, tmp_path, data_dir)
    assert canvas is None and window.early_trends_view() is None
    window.close()

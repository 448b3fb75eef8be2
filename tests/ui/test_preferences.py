"""Preferences (Ctrl+,), the settings service, the daily reminder under a faked clock, autostart, theme."""

from __future__ import annotations

import os
import stat
from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from backjournal.autostart import Autostart
from backjournal.domain.errors import ValidationError
from backjournal.domain.models import PainEntryDraft
from backjournal.domain.settings import Preferences
from backjournal.services.opening import open_journal
from backjournal.services.settings import SettingsService

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 16, 19, 0, tzinfo=TZ)  # a Monday


class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def prefs_window(window):
    yield window
    window.preferences.theme.apply("system")  # the next test starts with the start-up look


def test_settings_persist_across_restarts(data_dir):
    chosen = Preferences(
        reminder_enabled=True,
        reminder_time=time(21, 15),
        reminder_days=frozenset({0, 2, 4}),
        week_start=6,
        peg_day=2,
        trends_range="30d",
        today_fields=frozenset({"pain_where", "session_note"}),
        paper="letter",
        theme="dark",
    )
    first = open_journal(data_dir)
    try:
        SettingsService(unit_of_work=first.uow).save(chosen)
    finally:
        first.close()
    again = open_journal(data_dir)
    try:
        assert SettingsService(unit_of_work=again.uow).preferences() == chosen
    finally:
        again.close()


def test_a_new_journal_has_the_defaults_and_the_reminder_is_off(opened):
    prefs = SettingsService(unit_of_work=opened.uow).preferences()
    assert prefs == Preferences()
    assert prefs.reminder_enabled is False


def test_a_bad_value_is_named_and_nothing_is_written(opened):
    service = SettingsService(unit_of_work=opened.uow)
    with pytest.raises(ValidationError, match=r"theme.*allowed: system, light, dark"):
        service.save(Preferences(theme="purple"))
    with pytest.raises(ValidationError, match="week start"):
        service.save(Preferences(week_start=3))
    with opened.uow() as uow:
        assert not set(uow.settings.all()) & {"theme", "week_start", "preferences_version"}


def test_a_damaged_stored_value_reads_as_its_default(opened):
    with opened.uow() as uow:
        uow.settings.set("reminder_time", "25:99")
        uow.settings.set("theme", "dark")
        uow.settings.set("reminder_days", "every day")
    prefs = SettingsService(unit_of_work=opened.uow).preferences()
    assert prefs.reminder_time == time(20, 0) and prefs.reminder_days == Preferences().reminder_days
    assert prefs.theme == "dark"


def test_preferences_dialog_saves_and_the_window_applies_them(prefs_window, qtbot):
    w = prefs_window
    assert w.preferences.action.shortcut().toString() == "Ctrl+,"
    assert w.preferences.action in w.edit_menu.actions()
    dialog = w.preferences.open_dialog(modal=False)
    qtbot.addWidget(dialog)
    dialog.reminder.setChecked(True)
    dialog.reminder_time.setTime(QTime(18, 30))
    dialog.day_boxes[5].setChecked(False)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.field_boxes["pain_note"].setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    prefs = w.preferences.service.preferences()
    assert prefs.reminder_enabled and prefs.reminder_time == time(18, 30) and 5 not in prefs.reminder_days
    assert QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.Window).lightness() < 128
    assert not w.today.pain_form.note.isVisibleTo(w.today)
    assert w.today.pain_form.regions.isVisibleTo(w.today)


def test_preferences_dialog_refuses_a_reminder_without_days(prefs_window, qtbot):
    w = prefs_window
    dialog = w.preferences.open_dialog(modal=False)
    qtbot.addWidget(dialog)
    dialog.reminder.setChecked(True)
    for box in dialog.day_boxes.values():
        box.setChecked(False)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert "reminder days" in dialog.error.text() and "at least one day" in dialog.error.text()
    assert w.preferences.service.preferences() == Preferences()
    dialog.reject()


def _turn_reminder_on(w, clock, *, at=time(18, 0)):
    w.preferences.reminders.clock = clock
    w.preferences.tray.tray_available = lambda: True
    w.preferences.service.save(Preferences(reminder_enabled=True, reminder_time=at))


def test_the_reminder_fires_under_a_faked_clock_once_a_day(prefs_window, qtbot):
    w = prefs_window
    clock = FakeClock(MONDAY.replace(hour=17, minute=59))
    _turn_reminder_on(w, clock)
    shown = []
    w.preferences.tray.reminded.connect(lambda title, text: shown.append(text))
    assert w.preferences.tray.check() is False  # a minute early
    clock.now = MONDAY.replace(hour=18, minute=0)
    assert w.preferences.tray.check() is True
    assert shown and "How is your pain today?" in shown[0]
    assert w.preferences.tray.check() is False  # once a day
    clock.now = MONDAY.replace(hour=18) + timedelta(days=1)
    assert w.preferences.tray.check() is True


def test_the_timer_fires_it_without_anyone_calling_check(prefs_window, qtbot):
    w = prefs_window
    clock = FakeClock(MONDAY.replace(hour=17))
    _turn_reminder_on(w, clock)
    w.preferences.tray.timer.setInterval(20)
    clock.now = MONDAY.replace(hour=18, minute=5)
    with qtbot.waitSignal(w.preferences.tray.reminded, timeout=3000):
        pass


def test_the_reminder_is_silent_when_today_is_logged(prefs_window, qtbot):
    w = prefs_window
    clock = FakeClock(MONDAY.replace(hour=17))
    _turn_reminder_on(w, clock)
    w.journal.log_pain(PainEntryDraft(felt_at=MONDAY.replace(hour=9), score=4))
    clock.now = MONDAY.replace(hour=20)
    assert w.preferences.tray.check() is False
    assert w.preferences.tray.last_message is None


def test_the_reminder_is_off_by_default_and_on_unchosen_days(prefs_window):
    w = prefs_window
    w.preferences.reminders.clock = FakeClock(MONDAY.replace(hour=22))
    assert w.preferences.tray.check() is False  # off by default
    w.preferences.service.save(Preferences(reminder_enabled=True, reminder_days=frozenset({1})))  # Tuesdays
    assert w.preferences.tray.check() is False


def test_clicking_the_notification_opens_today_with_the_score_focused(prefs_window, qtbot):
    w = prefs_window
    w.tabs.setCurrentIndex(1)  # the Journal
    w.showMinimized()
    w.preferences.tray.tray.messageClicked.emit()
    assert w.tabs.currentWidget() is w.views["Today"] and w.views["Today"].view is w.today
    qtbot.waitUntil(lambda: w.today.pain_form.score.hasFocus() or QApplication.focusWidget() is w.today.pain_form.score)


def test_the_peg_day_is_mentioned(prefs_window):
    w = prefs_window
    w.preferences.reminders.clock = FakeClock(MONDAY.replace(hour=21))
    w.preferences.service.save(Preferences(reminder_enabled=True, peg_day=0))  # checks at once
    assert "Monday, your weekly PEG check-in day" in w.preferences.tray.last_message[1]


def test_without_a_tray_a_missed_day_is_noted_once_on_the_next_start(prefs_window, tmp_path):
    w = prefs_window
    w.preferences.tray.tray_available = lambda: False
    w.preferences.reminders.clock = FakeClock(MONDAY.replace(hour=8))
    w.preferences.service.save(Preferences(reminder_enabled=True))
    w.journal.log_pain(PainEntryDraft(felt_at=MONDAY.replace(hour=9) - timedelta(days=2), score=3))  # Saturday
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    note = w.preferences.note_missed_day(settings)
    assert note is not None and note.startswith("Yesterday has no pain entry")
    assert w.statusBar().currentMessage() == note
    assert w.preferences.note_missed_day(settings) is None  # said once
    w.preferences.tray.tray_available = lambda: True
    assert w.preferences.tray.missed_day_note(settings) is None  # with a tray the reminder itself did it


def test_without_a_tray_a_due_reminder_shows_in_the_window(prefs_window):
    w = prefs_window
    w.preferences.reminders.clock = FakeClock(MONDAY.replace(hour=21))
    w.preferences.tray.tray_available = lambda: False
    w.preferences.service.save(Preferences(reminder_enabled=True))
    assert not w.preferences.tray.tray.isVisible()
    assert "How is your pain today?" in w.statusBar().currentMessage()


def test_autostart_entry_is_private_and_removed_when_turned_off(tmp_path):
    entry = Autostart(tmp_path / "autostart", data_dir=tmp_path / "my journal", command=["/usr/bin/backjournal"])
    entry.set_enabled(True)
    assert entry.enabled()
    assert stat.S_IMODE(os.stat(entry.path).st_mode) == 0o600
    text = entry.path.read_text()
    assert f'Exec=/usr/bin/backjournal --data-dir "{tmp_path / "my journal"}" --in-tray' in text
    entry.set_enabled(False)
    assert not entry.path.exists()


def test_the_themes_keep_text_contrast_at_4_5_to_1():
    from backjournal.ui.theme import TEXT_ROLES, build_palette, contrast_ratio

    for theme in ("light", "dark"):
        palette = build_palette(theme)
        for text, background in TEXT_ROLES:
            ratio = contrast_ratio(palette.color(text), palette.color(background))
            assert ratio >= 4.5, (theme, text, background, ratio)
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)


def test_system_theme_restores_the_start_up_palette(prefs_window):
    w = prefs_window
    app = QApplication.instance()
    before = app.palette().color(app.palette().ColorRole.Window).name()
    w.preferences.service.save(Preferences(theme="dark"))
    assert app.palette().color(app.palette().ColorRole.Window).name() != before
    w.preferences.service.save(Preferences(theme="system"))
    assert app.palette().color(app.palette().ColorRole.Window).name() == before
    assert Qt.TextFormat.PlainText  # keeps the Qt import honest


# the offscreen platform has no tray; forcing the icon visible makes Qt say so
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_started_in_the_tray_closing_hides_and_quit_quits(prefs_window, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    w = prefs_window
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    w.preferences.tray.tray_available = lambda: True
    app = QApplication.instance()
    try:
        assert w.preferences.start_in_tray() is True
        w.close()
        assert not w.isVisible() and w.signals is not None
        w.preferences.open_today()
        assert w.isVisible() and w.tabs.currentWidget() is w.views["Today"] and w.views["Today"].view is w.today
        quits = []
        monkeypatch.setattr(app, "quit", lambda: quits.append(True))
        w.preferences.quit()
        assert quits and not w.isVisible()
    finally:
        app.setQuitOnLastWindowClosed(True)
        w.preferences.tray.in_tray = False


def test_trends_opens_on_the_chosen_range_and_the_report_on_the_chosen_paper(prefs_window, qtbot):
    from backjournal.services.report import ReportService
    from backjournal.ui.dialogs.exchange_dialogs import ReportDialog

    w = prefs_window
    w.preferences.service.save(Preferences(trends_range="30d", paper="letter"))
    view = w.show_view("Trends")
    assert view.range_key == "30d" and view.range_buttons["30d"].isChecked()
    dialog = ReportDialog(
        service=ReportService(unit_of_work=w.opened.uow), paper=w.preferences.preferences().report_paper, parent=w
    )
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "letter"


def test_the_charts_follow_the_theme_and_the_calendar_the_week_start(prefs_window, qtbot):
    from matplotlib.colors import to_hex

    from backjournal.charts import palette

    w = prefs_window
    view = w.show_view("Trends")
    qtbot.waitUntil(lambda: view.canvas is not None)
    w.preferences.service.save(Preferences(theme="dark", week_start=6))
    assert to_hex(view.figure.get_facecolor()) == palette.DARK.background.lower()
    assert to_hex(view.chart.rolling_line.get_color()) == palette.DARK.rolling.lower()
    view.set_chart_kind("calendar")
    page = view.pages["calendar"]
    ax = next(iter(page._month_axes))
    assert ax.get_xticklabels()[0].get_text() == "Su"
    assert to_hex(page.figure.get_facecolor()) == palette.DARK.background.lower()
    w.preferences.service.save(Preferences(theme="light"))
    assert to_hex(view.figure.get_facecolor()) == palette.LIGHT.background.lower()


def test_a_second_window_keeps_the_theme_already_shown(prefs_window, qtbot, tmp_path):
    from backjournal.ui.application import build_main_window

    w = prefs_window
    app = QApplication.instance()
    w.preferences.service.save(Preferences(theme="dark"))
    dark = app.palette().color(app.palette().ColorRole.Window).name()
    other = open_journal(tmp_path / "sample")  # its preferences say "follow the system"
    try:
        w2 = build_main_window(other, QSettings(str(tmp_path / "w2.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w2)
        w2.show()
        assert app.palette().color(app.palette().ColorRole.Window).name() == dark
        w2.close()
    finally:
        other.close()


def test_hiding_todays_dose_field_hides_the_whole_dose_row(qtbot, window):
    """The structured dose (amount, unit, as needed) is one row: the "Dose" toggle hides it with its label."""
    from backjournal.ui.preferences import apply_today_fields

    form = window.today.session_form
    form.select_therapy("kratom")  # a drug: the dose rows are in use
    everything = window.preferences.preferences().today_fields
    apply_today_fields(window.today, everything - {"session_dose"})
    assert not form.dose_box.isVisible() and not form.amount.isVisible() and not form.dose_label.isVisible()
    assert not form.dose.isVisible()
    apply_today_fields(window.today, everything)
    assert form.dose_box.isVisible() and form.amount.isVisible() and form.dose.isVisible()


def test_inside_a_flatpak_the_disabled_login_option_says_why_and_what_to_do(qtbot, opened, tmp_path):
    """Not the Windows/macOS advice: inside the sandbox the person adds the flatpak command by hand."""
    from backjournal.services.settings import SettingsService
    from backjournal.ui.dialogs.preferences_dialog import PreferencesDialog

    info = tmp_path / ".flatpak-info"
    info.write_text("[Application]\nname=io.github.backjournal.BackJournal\n")
    autostart = Autostart(tmp_path / "autostart", command=["/app/bin/backjournal"], flatpak_info=info)
    dialog = PreferencesDialog(settings=SettingsService(unit_of_work=opened.uow), autostart=autostart)
    qtbot.addWidget(dialog)
    assert not dialog.at_login.isEnabled()
    tip = dialog.at_login.toolTip()
    assert "Flatpak" in tip and "flatpak run io.github.backjournal.BackJournal --in-tray" in tip
    assert "Windows" not in tip and "macOS" not in tip
    assert not autostart.path.exists()

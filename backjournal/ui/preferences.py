"""The window's preferences: Edit > Preferences… (Ctrl+,), the theme, Today's fields, the reminder tray.

``WindowPreferences`` is built by ``MainWindow._build_preferences`` for the window it looks after
(shown, hidden to the tray, Today's fields, the Trends view's colours) with the window's settings and
reminder services (services/composition.py); it owns the reminder tray and the theme, and applies the
stored preferences at start and after every change. Collaborators that tests replace (whether a tray
exists, the autostart folder) are keyword arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFormLayout, QSystemTrayIcon, QWidget

from backjournal.autostart import Autostart
from backjournal.domain.settings import Preferences
from backjournal.language_choice import LanguageChoice
from backjournal.services.reminders import ReminderService
from backjournal.services.settings import SettingsService
from backjournal.ui.modal import exec_dialog, when
from backjournal.ui.reminders import ReminderTray, alert
from backjournal.ui.theme import ThemeManager

if TYPE_CHECKING:
    from backjournal.ui.main_window import MainWindow
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

PREFERENCES_SHORTCUT = "Ctrl+,"


def today_field_widgets(today) -> dict[str, list[QWidget]]:
    """Today's optional fields (domain.settings.TODAY_FIELDS) -> the form widgets that show them."""
    pain, session = today.pain_form, today.session_form
    return {
        "pain_where": [pain.where],
        "pain_qualities": [pain.qualities],
        "pain_note": [pain.note],
        "session_minutes": [session.minutes],
        "session_before_after": [session.before, session.after],
        "session_details": [session.details],
        "session_dose": [session.dose_box, session.dose],
        "session_provider": [session.provider],
        "session_note": [session.note],
    }


def apply_today_fields(today, shown: frozenset[str]) -> None:
    """Show only the chosen optional rows of Today's forms (hidden rows keep their values)."""
    for key, widgets in today_field_widgets(today).items():
        for widget in widgets:
            parent = widget.parentWidget()
            form = parent.layout() if parent is not None else None
            if isinstance(form, QFormLayout):
                form.setRowVisible(widget, key in shown)
    today.pain_form.show_region_scores()  # the region scores show only with the regions


class WindowPreferences(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        settings: SettingsService,
        reminders: ReminderService,
        data_dir: Path,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        autostart: Autostart | None = None,
        in_tray: bool = False,
        language: LanguageChoice | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.service = settings
        self.reminders = reminders
        self.autostart = autostart or Autostart(data_dir=data_dir)
        self.language = language or LanguageChoice()  # this computer's, like autostart (config folder)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists: the application is a QApplication
        self.theme = ThemeManager(app)
        self.tray = ReminderTray(
            reminders=self.reminders,
            icon=window.windowIcon() or app.windowIcon(),
            parent=self,
            tray_available=tray_available,
            in_tray=in_tray,
        )
        self.tray.open_today.connect(self.open_today)
        self.tray.show_window.connect(self.show_window)
        self.tray.quit_requested.connect(self.quit)
        self._quitting = False
        self.tray.reminded.connect(self._reminded)
        self.action = QAction(translate("WindowPreferences", "&Preferences…"), window)
        self.action.setShortcut(QKeySequence(PREFERENCES_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self._open_dialog)  # the window's action: a bound method, no lambda
        self.service.add_listener(self.apply)
        today = window.built_view("Today")  # Today is built when first shown: prepare_today then
        if today is not None:
            self.prepare_today(today)
        when(self.destroyed, self.tray.shutdown)
        self.apply(self.preferences(), at_start=True)

    def preferences(self) -> Preferences:
        try:
            return self.service.preferences()
        except Exception:  # a journal we cannot read right now: the defaults, never a broken window
            return Preferences()

    # ------------------------------------------------------------------ applying
    def apply(self, prefs: Preferences, *, at_start: bool = False) -> None:
        # A second window (the sample journal opened beside the journal) keeps the look already shown.
        if not (at_start and self.theme.already_themed()):
            self.theme.apply(prefs.theme)
        today = self.window.built_view("Today")
        if today is not None:
            self._apply_to_today(today, prefs)
        self.tray.apply(prefs)
        trends = self.window.views.get("Trends")
        view = getattr(trends, "view", None)
        if view is not None and hasattr(view, "apply_preferences"):
            view.apply_preferences(prefs, dark=self.theme.is_dark())

    def prepare_today(self, today) -> None:
        """A Today view built after these preferences (when first shown): its fields, its scoring."""
        today.pain_form.each_region.clicked.connect(self._save_score_each_region)
        self._apply_to_today(today, self.preferences())

    def _apply_to_today(self, today, prefs: Preferences) -> None:
        today.pain_form.set_score_each_region(prefs.score_each_region)
        apply_today_fields(today, prefs.today_fields)

    def trends_options(self) -> dict:
        """Keyword arguments for a new TrendsView: the range it opens on, the theme's chart colours, week start."""
        from backjournal.charts.palette import colours_for

        prefs = self.preferences()
        return {
            "default_range": prefs.trends_range,
            "chart_colours": colours_for(self.theme.is_dark()),
            "week_start": prefs.week_start,
        }

    # ------------------------------------------------------------------ actions
    def _save_score_each_region(self, on: bool) -> None:
        """Today's "Score each region" was clicked: remembered in the journal's preferences."""
        from dataclasses import replace

        self.service.save(replace(self.preferences(), score_each_region=bool(on)))

    def _open_dialog(self) -> None:
        self.open_dialog()

    def open_dialog(self, *, modal: bool = True):
        from backjournal.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            settings=self.service,
            autostart=self.autostart,
            tray_available=self.tray.has_tray(),
            journal_folder=str(self.data_dir),
            on_move=self.ask_move_journal,
            therapy_page=self.therapies_page,
            language=self.language,
            parent=self.window,
        )
        if modal:
            exec_dialog(dialog)
        else:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def therapies_page(self, parent):
        """Preferences > Therapies over the window's therapy service, undo history and journal signals."""
        from backjournal.ui.dialogs.therapies_page import TherapiesPage

        w = self.window
        return TherapiesPage(
            therapies=w.therapies, adder=w.therapy_adder, undo=w.undo, signals=w.signals, parent=parent
        )

    def ask_move_journal(self, parent=None):
        from backjournal.ui.journal_move import ask_move_journal

        opened = self.window.opened
        assert opened is not None  # Preferences exist only for an open journal's window
        return ask_move_journal(
            opened, parent or self.window, autostart=self.autostart, save_layout=self.window.save_layout
        )

    def offer_to_remove_old_copy(self):
        """After a move: the question whether the old copy can go (non-blocking), or None."""
        from backjournal.ui.journal_move import offer_to_remove_old_copy

        return offer_to_remove_old_copy(self.data_dir, self.window, show_status=self.window.show_status)

    def start_in_tray(self) -> bool:
        """Started at login (``--in-tray``): only the tray icon shows. False where there is no tray."""
        if not (self.tray.has_tray() and QSystemTrayIcon.isSystemTrayAvailable()):
            return False
        self.tray.in_tray = True
        self.tray.apply(self.preferences())
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists: the application is a QApplication
        app.setQuitOnLastWindowClosed(False)  # the hidden window is not "the last one"
        self.window.installEventFilter(self)  # closing the window now hides it; the tray menu quits
        return True

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close and self.tray.in_tray and not self._quitting:
            self.window.save_layout()
            self.window.hide()
            return True
        return super().eventFilter(watched, event)

    def quit(self) -> None:
        self._quitting = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def show_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() or not w.isVisible() else w.show()
        w.raise_()
        w.activateWindow()

    def open_today(self) -> None:
        """The notification was clicked: the window, on Today, with the score buttons focused."""
        self.show_window()
        self.window.show_view("Today")
        self.window.today.focus_score()

    def _reminded(self, _title: str, text: str) -> None:
        if not (self.tray.has_tray() and self.tray.tray.isVisible()):
            self.window.statusBar().showMessage(text, 0)
            alert(self.window)

    def note_missed_day(self, settings) -> str | None:
        """At start, where there is no tray: a gentle note in the status bar about a missed day."""
        note = self.tray.missed_day_note(settings)
        if note:
            self.window.statusBar().showMessage(note, 0)
        return note

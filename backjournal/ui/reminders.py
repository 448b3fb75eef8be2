"""The daily reminder while BackJournal runs: a system-tray icon and a desktop notification.

``ReminderTray`` asks ``services.reminders.ReminderService.fire_if_due`` every ``CHECK_MS`` (and
at once when the preferences change); the service decides with its injected clock, so tests move
a fake clock instead of waiting. The tray icon shows while the reminder is on or BackJournal was
started hidden (``--in-tray``); its menu opens the window or quits. Clicking the notification (or
the icon) opens Today with the score buttons focused (``open_today``).

Where the desktop has no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is false) nothing is
shown in a tray: a due reminder is written in the window's status bar and the window asks for
attention; on the next start a reminder day without a pain entry gets a gentle note
(``missed_day_note``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from backjournal.domain.settings import Preferences
from backjournal.services.reminders import ReminderService, missed_note
from backjournal.ui.translation import translate

CHECK_MS = 30_000
NOTIFICATION_MS = 20_000
NOTED_KEY = "reminders/noted_missed_day"


class ReminderTray(QObject):
    """The tray icon, its menu and the reminder timer of one window."""

    open_today = Signal()
    show_window = Signal()
    quit_requested = Signal()
    #: (title, text) of each reminder shown, in the tray or (no tray) in the window
    reminded = Signal(str, str)

    def __init__(
        self,
        *,
        reminders: ReminderService,
        icon: QIcon,
        parent: QObject | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        in_tray: bool = False,
    ):
        super().__init__(parent)
        self.reminders = reminders
        self.tray_available = tray_available
        self.in_tray = in_tray
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(translate("ReminderTray", "BackJournal"))
        self.menu = QMenu()
        self.open_action = QAction(translate("ReminderTray", "Log today's pain…"), self.menu)
        self.open_action.triggered.connect(self.open_today)
        self.show_action = QAction(translate("ReminderTray", "Show BackJournal"), self.menu)
        self.show_action.triggered.connect(self.show_window)
        self.quit_action = QAction(translate("ReminderTray", "Quit BackJournal"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.open_action, self.show_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(self.open_today)
        self.tray.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.last_message: tuple[str, str] | None = None
        self.destroyed.connect(self.menu.deleteLater)

    # ------------------------------------------------------------------ preferences
    def apply(self, prefs: Preferences) -> None:
        """Show or hide the icon and start or stop the timer for these preferences."""
        if prefs.reminder_enabled:
            self.timer.start()
        else:
            self.timer.stop()
        wanted = prefs.reminder_enabled or self.in_tray
        # the platform is asked too: a test's stand-in answer never shows a real icon where none can be
        self.tray.setVisible(wanted and self.has_tray() and QSystemTrayIcon.isSystemTrayAvailable())
        self._update_tooltip()
        if prefs.reminder_enabled:
            self.check()

    def has_tray(self) -> bool:
        return bool(self.tray_available())

    def _update_tooltip(self) -> None:
        nxt = self.reminders.next_due()
        self.tray.setToolTip(
            "BackJournal"
            + (
                translate("ReminderTray", " — next reminder {time}").format(
                    time=f"{QLocale().dayName(nxt.isoweekday(), QLocale.FormatType.ShortFormat)} {nxt:%H:%M}"
                )
                if nxt
                else ""
            )
        )

    # ------------------------------------------------------------------ reminding
    def check(self) -> bool:
        """Fire the reminder when it is due; True when it fired."""
        try:
            message = self.reminders.fire_if_due()
        except Exception:  # the journal is busy or gone for a moment: try again at the next tick
            return False
        if message is None:
            return False
        self.last_message = message
        title, text = message
        if self.has_tray() and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)
        self.reminded.emit(title, text)
        self._update_tooltip()
        return True

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_today.emit()

    def missed_day_note(self, settings: QSettings) -> str | None:
        """Without a tray: the note about a missed reminder day since the last one noted (once)."""
        if self.has_tray():
            return None
        noted = settings.value(NOTED_KEY, "")
        try:
            since = date.fromisoformat(str(noted)) if noted else None
        except ValueError:
            since = None
        day = self.reminders.missed_day(since=since)
        if day is None:
            return None
        settings.setValue(NOTED_KEY, day.isoformat())
        return missed_note(day, self.reminders.clock().date())

    def shutdown(self) -> None:
        self.timer.stop()
        self.tray.hide()


def alert(window) -> None:
    """Ask for attention without stealing focus (taskbar flash)."""
    QApplication.alert(window, 0)

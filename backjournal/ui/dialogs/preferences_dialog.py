"""Preferences (Ctrl+,): reminder, week start, PEG day, Trends range, Today's fields, paper, theme,
where the journal lives, and your therapies (ui.dialogs.therapies_page: saved at once, undoable,
not by OK or Cancel).

The preferences are the person's data (domain.settings.Preferences, kept in the journal through
services.settings.SettingsService); "start hidden in the tray at login" is this computer's
(an autostart entry, see backjournal/autostart.py). OK checks everything first: a value out of
range is named under the tabs and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backjournal.autostart import flatpak_command
from backjournal.domain.errors import BackJournalError, ValidationError
from backjournal.domain.settings import (
    DAY_NAMES,
    PAPER_LABELS,
    PAPER_SIZES,
    THEME_LABELS,
    THEMES,
    TODAY_FIELDS,
    TRENDS_RANGES,
    Preferences,
)
from backjournal.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP
from backjournal.language_choice import LanguageChoice
from backjournal.services.settings import SettingsService
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

RANGE_LABELS = {
    "2w": QT_TRANSLATE_NOOP("PreferencesDialog", "2 weeks"),
    "30d": QT_TRANSLATE_NOOP("PreferencesDialog", "30 days"),
    "90d": QT_TRANSLATE_NOOP("PreferencesDialog", "90 days"),
    "1y": QT_TRANSLATE_NOOP("PreferencesDialog", "1 year"),
    "all": QT_TRANSLATE_NOOP("PreferencesDialog", "The whole journal"),
}
NO_TRAY_NOTE = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "This desktop shows no system tray, so BackJournal can remind you only while its "
    "window is open; if a reminder day goes by without an entry, you will see a note "
    "when it next starts.",
)


def day_name(day: int) -> str:
    """Monday (0) to Sunday (6) in the window's language."""
    return QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)


def short_day_name(day: int) -> str:
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class PreferencesDialog(QDialog):
    def __init__(
        self,
        *,
        settings: SettingsService,
        autostart=None,
        tray_available: bool = True,
        journal_folder: str = "",
        on_move=None,
        therapy_page=None,
        language: LanguageChoice | None = None,
        parent: QWidget | None = None,
    ):
        """``therapy_page(parent) -> QWidget`` builds the Therapies tab (left out when None)."""
        super().__init__(parent)
        self.language_choice = language
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.settings = settings
        self.autostart = autostart
        self._on_move = on_move
        prefs = settings.preferences()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._reminder_tab(prefs, tray_available), translate("PreferencesDialog", "&Reminder"))
        self.tabs.addTab(self._general_tab(prefs), translate("PreferencesDialog", "&General"))
        self.tabs.addTab(self._today_tab(prefs), translate("PreferencesDialog", "&Today's fields"))
        self.tabs.addTab(self._folder_tab(journal_folder), translate("PreferencesDialog", "Journal &folder"))
        self.therapies_page = therapy_page(self) if therapy_page is not None else None
        if self.therapies_page is not None:
            self.tabs.addTab(self.therapies_page, translate("PreferencesDialog", "T&herapies"))
        self.error = _plain("", self)
        self.error.setObjectName("preferencesError")
        self.error.setStyleSheet("color: #B00020; font-weight: bold")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._reminder_toggled(self.reminder.isChecked())

    # ------------------------------------------------------------------ tabs
    def _reminder_tab(self, prefs: Preferences, tray_available: bool) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.reminder = QCheckBox(translate("PreferencesDialog", "Remind me each day to log my pain"), page)
        self.reminder.setChecked(prefs.reminder_enabled)
        self.reminder.setToolTip(
            translate("PreferencesDialog", "A notification at the time you choose, only on days with no pain entry yet")
        )
        self.reminder.toggled.connect(self._reminder_toggled)
        layout.addWidget(self.reminder)
        form = QFormLayout()
        self.reminder_time = QTimeEdit(page)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setTime(QTime(prefs.reminder_time.hour, prefs.reminder_time.minute))
        self.reminder_time.setAccessibleName(translate("PreferencesDialog", "Reminder time"))
        form.addRow(translate("PreferencesDialog", "At"), self.reminder_time)
        days = QWidget(page)
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[int, QCheckBox] = {}
        order = [(prefs.week_start + i) % 7 for i in range(7)]
        for i, day in enumerate(order):
            box = QCheckBox(short_day_name(day), days)
            box.setAccessibleName(translate("PreferencesDialog", "Remind on {day}").format(day=day_name(day)))
            box.setChecked(day in prefs.reminder_days)
            grid.addWidget(box, 0, i)
            self.day_boxes[day] = box
        form.addRow(translate("PreferencesDialog", "On"), days)
        layout.addLayout(form)
        self.at_login = QCheckBox(
            translate("PreferencesDialog", "Start BackJournal hidden in the tray when I log in"), page
        )
        if self.autostart is not None and self.autostart.available:
            self.at_login.setChecked(self.autostart.enabled())
            self.at_login.setToolTip(
                translate("PreferencesDialog", "Writes {path}; turning it off removes the file").format(
                    path=self.autostart.path
                )
            )
        elif self.autostart is not None and self.autostart.in_flatpak:
            self.at_login.setEnabled(False)
            self.at_login.setToolTip(
                translate(
                    "PreferencesDialog",
                    "In this Flatpak BackJournal cannot add itself to your login programs (your desktop "
                    "does not look inside its sandbox). Add this command to your desktop's autostart "
                    "programs instead: {command}",
                ).format(command=flatpak_command())
            )
        else:
            self.at_login.setEnabled(False)
            self.at_login.setToolTip(
                translate(
                    "PreferencesDialog",
                    "On Windows put a shortcut with --in-tray in your Startup folder; "
                    "on macOS add BackJournal to System Settings > General > Login "
                    "Items (see the help)",
                )
            )
        layout.addWidget(self.at_login)
        self.no_tray_note = _plain(translate("PreferencesDialog", NO_TRAY_NOTE), page)
        self.no_tray_note.setVisible(not tray_available)
        layout.addWidget(self.no_tray_note)
        layout.addStretch(1)
        return page

    def _general_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.week_start = QComboBox(page)
        for day in (0, 6):
            self.week_start.addItem(day_name(day), day)
        self.week_start.setCurrentIndex(self.week_start.findData(prefs.week_start))
        form.addRow(translate("PreferencesDialog", "Weeks start on"), self.week_start)
        self.peg_day = QComboBox(page)
        for day in range(len(DAY_NAMES)):
            self.peg_day.addItem(day_name(day), day)
        self.peg_day.setCurrentIndex(prefs.peg_day)
        self.peg_day.setToolTip(
            translate("PreferencesDialog", "The day the reminder also mentions your weekly PEG check-in")
        )
        form.addRow(translate("PreferencesDialog", "Weekly PEG check-in on"), self.peg_day)
        self.trends_range = QComboBox(page)
        for key in TRENDS_RANGES:
            self.trends_range.addItem(translate("PreferencesDialog", RANGE_LABELS[key]), key)
        self.trends_range.setCurrentIndex(self.trends_range.findData(prefs.trends_range))
        form.addRow(translate("PreferencesDialog", "Trends opens on"), self.trends_range)
        self.paper = QComboBox(page)
        for key in PAPER_SIZES:
            self.paper.addItem(translate("Settings", PAPER_LABELS[key]), key)
        self.paper.setCurrentIndex(self.paper.findData(prefs.paper))
        form.addRow(translate("PreferencesDialog", "Report paper"), self.paper)
        self.theme = QComboBox(page)
        for key in THEMES:
            self.theme.addItem(translate("Settings", THEME_LABELS[key]), key)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        self.theme.setToolTip(translate("PreferencesDialog", "The window and its charts"))
        form.addRow(translate("PreferencesDialog", "Theme"), self.theme)
        self.language = QComboBox(page)
        self.language.addItem(translate("PreferencesDialog", "As the system (automatic)"), "system")
        for code, name in LANGUAGE_NAMES.items():  # each language in its own words
            self.language.addItem(name, code)
        chosen = self.language_choice.chosen() if self.language_choice is not None else None
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or "system")))
        self.language.setEnabled(self.language_choice is not None)
        self.language.setAccessibleName(translate("PreferencesDialog", "Language"))
        form.addRow(translate("PreferencesDialog", "Language"), self.language)
        self.language_note = _plain(
            translate(
                "PreferencesDialog",
                "A new language applies when BackJournal starts again. Your journal stays the same in every language.",
            ),
            page,
        )
        form.addRow("", self.language_note)
        return page

    def _today_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _plain(
                translate(
                    "PreferencesDialog",
                    "Fields Today shows (the score, the therapy and the times always show; "
                    "a hidden field keeps what you saved before):",
                ),
                page,
            )
        )
        grid = QGridLayout()
        self.field_boxes: dict[str, QCheckBox] = {}
        rows = {"pain": 0, "session": 0}
        for key, label in TODAY_FIELDS.items():
            form = key.split("_", 1)[0]  # pain fields in the first column, session fields in the second
            box = QCheckBox(translate("Settings", label), page)
            box.setChecked(key in prefs.today_fields)
            grid.addWidget(box, rows[form], 0 if form == "pain" else 1)
            rows[form] += 1
            self.field_boxes[key] = box
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _folder_tab(self, journal_folder: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(_plain(translate("PreferencesDialog", "Your journal is in this folder:"), page))
        self.folder_label = _plain(journal_folder, page)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.move_button = QPushButton(translate("PreferencesDialog", "Move journal to another folder…"), page)
        self.move_button.setToolTip(
            translate(
                "PreferencesDialog",
                "Copies and checks the journal in the new folder, switches to it, "
                "and keeps the old copy until you say it can go",
            )
        )
        self.move_button.setEnabled(self._on_move is not None)
        self.move_button.clicked.connect(self._move)
        row.addWidget(self.move_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ behaviour
    def _reminder_toggled(self, on: bool) -> None:
        self.reminder_time.setEnabled(on)
        for box in self.day_boxes.values():
            box.setEnabled(on)

    def _move(self) -> None:
        folder = self._on_move(self)
        if folder:
            self.folder_label.setText(str(folder))

    def chosen(self) -> Preferences:
        t = self.reminder_time.time()
        return replace(
            self.settings.preferences(),
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=time(t.hour(), t.minute()),
            reminder_days=frozenset(d for d, box in self.day_boxes.items() if box.isChecked()),
            week_start=self.week_start.currentData(),
            peg_day=self.peg_day.currentData(),
            trends_range=self.trends_range.currentData(),
            today_fields=frozenset(k for k, box in self.field_boxes.items() if box.isChecked()),
            paper=self.paper.currentData(),
            theme=self.theme.currentData(),
        )

    @qt_override
    def accept(self) -> None:
        try:
            prefs = self.chosen().checked()
            if (
                self.autostart is not None
                and self.autostart.available
                and self.at_login.isChecked() != self.autostart.enabled()
            ):
                self.autostart.set_enabled(self.at_login.isChecked())
            self.settings.save(prefs)
            if self.language_choice is not None and self.language.currentData() != (
                self.language_choice.chosen() or "system"
            ):
                self.language_choice.choose(self.language.currentData())
        except ValidationError as exc:
            self._show_error(str(exc))
            if exc.field.startswith("reminder"):
                self.tabs.setCurrentIndex(0)
            return
        except BackJournalError as exc:
            self._show_error(f"{exc} {getattr(exc, 'hint', '')}".strip())
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

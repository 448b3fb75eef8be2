"""The first start: where the journal will live (and a way to choose), that nothing leaves this
computer, and "Explore with sample data", which opens a separate, made-up demo journal.

Shown only when there is no journal yet (and none is known to have existed: a vanished journal gets
the recovery dialogs instead). The slow part of exploring, filling the demo journal, is the plain
function ``prepare_sample_journal`` so it can run off the UI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backjournal import APP_NAME
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.paths import journal_path
from backjournal.services.known_journals import KnownJournals
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.services.demo import DemoService
    from backjournal.services.journal import JournalService

SAMPLE_YEARS = 1
SAMPLE_SUFFIX = "-sample-data"
SAMPLE_TITLE = QT_TRANSLATE_NOOP("WelcomeDialog", "SAMPLE DATA (made up, not your journal)")

FolderChooser = Callable[[QWidget, Path], Path | None]


class WelcomeChoice(enum.Enum):
    START = "start"  # start my own journal here
    SAMPLE = "sample"  # explore with sample data
    QUIT = "quit"


def is_first_start(data_dir: Path) -> bool:
    """No journal in ``data_dir`` and none was ever opened there (then it went missing: recovery, not welcome)."""
    path = journal_path(data_dir)
    return not path.exists() and not KnownJournals().knows(path)


def sample_dir_for(data_dir: Path) -> Path:
    """The demo journal's own folder, beside the real one and never the same file."""
    return data_dir.with_name(data_dir.name + SAMPLE_SUFFIX)


def prepare_sample_journal(*, journal: JournalService, demo: DemoService) -> None:
    """Fill an empty demo journal with made-up data (a year of it); a filled one is used as it is."""
    if journal.is_empty():
        demo.fill(SAMPLE_YEARS)


def _choose_folder(parent: QWidget, start: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("WelcomeDialog", "Where should your journal live?"), str(start.parent)
    )
    return Path(folder) if folder else None


class WelcomeDialog(QDialog):
    """``choice`` and ``data_dir`` (possibly changed by the person) are read after ``exec()``."""

    def __init__(
        self,
        data_dir: Path,
        *,
        can_choose_folder: bool = True,
        choose_folder: FolderChooser = _choose_folder,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        self.data_dir = data_dir
        self.choice = WelcomeChoice.QUIT
        self._choose_folder = choose_folder

        title = self._label(translate("WelcomeDialog", "Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = self._label(
            translate(
                "WelcomeDialog",
                "A private diary for back pain: note how your pain is in a few seconds a day, log what you "
                "try (exercise, heat, a medicine, a therapist), and later see what went with better and "
                "worse days.",
            )
        )
        where_title = self._label(translate("WelcomeDialog", "Where your journal lives"))
        where_title.setStyleSheet("font-weight: bold")
        self.where = self._label("")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(translate("WelcomeDialog", "Journal folder"))
        self.choose_button = QPushButton(translate("WelcomeDialog", "C&hoose another folder…"), self)
        self.choose_button.setEnabled(can_choose_folder)
        if not can_choose_folder:
            self.choose_button.setToolTip(
                translate("WelcomeDialog", "The folder was given with --data-dir or BACKJOURNAL_DATA_DIR")
            )
        self.choose_button.clicked.connect(self.choose)
        privacy_title = self._label(translate("WelcomeDialog", "Nothing leaves this computer"))
        privacy_title.setStyleSheet("font-weight: bold")
        privacy = self._label(
            translate(
                "WelcomeDialog",
                "{APP_NAME} never connects to the internet. Your journal is one file on this computer; "
                "reports and exports are files you save and hand on yourself. Backups are kept next to the "
                "journal.",
            ).format(APP_NAME=APP_NAME)
        )
        sample = self._label(
            translate(
                "WelcomeDialog",
                "Not sure yet? “Explore with sample data” opens a separate journal filled with a year of "
                "made-up entries, so you can look around Trends and the report. It is clearly labelled and "
                "never mixed into your own journal; the next start offers your own journal again.",
            )
        )

        self.start_button = QPushButton(translate("WelcomeDialog", "&Start my journal"), self)
        self.start_button.setDefault(True)
        self.sample_button = QPushButton(translate("WelcomeDialog", "&Explore with sample data"), self)
        self.quit_button = QPushButton(translate("WelcomeDialog", "&Quit"), self)
        self.start_button.clicked.connect(lambda: self._finish(WelcomeChoice.START))
        self.sample_button.clicked.connect(lambda: self._finish(WelcomeChoice.SAMPLE))
        self.quit_button.clicked.connect(self.reject)

        where_row = QHBoxLayout()
        where_row.addWidget(self.where, 1)
        where_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, intro, where_title):
            layout.addWidget(widget)
        layout.addLayout(where_row)
        for widget in (privacy_title, privacy, sample):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_folder()
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40) if self.screen() else 560)
        self.start_button.setFocus()

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _show_folder(self) -> None:
        self.where.setText(
            translate("WelcomeDialog", "{data_dir}\n(the journal file will be {name} in this folder)").format(
                data_dir=self.data_dir, name=journal_path(self.data_dir).name
            )
        )

    def choose(self) -> None:
        folder = self._choose_folder(self, self.data_dir)
        if folder is not None:
            self.data_dir = folder
            self._show_folder()

    def _finish(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    @qt_override
    def reject(self) -> None:
        self.choice = WelcomeChoice.QUIT
        super().reject()

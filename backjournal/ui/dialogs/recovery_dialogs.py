"""What the window shows when the journal cannot be opened as it is: damaged, missing, or too new.

``open_with_recovery`` wraps the opening of the journal at start. A damaged journal is never
written: the person can restore the newest good backup (the damaged file is renamed aside,
unchanged) or choose a backup file. A journal that existed and is gone is never silently replaced
by an empty one: locate it, restore a backup, or start a new journal on purpose. A journal written
by a newer BackJournal is refused and left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.backups import MigrationFailedError, UnusableBackupError
from backjournal.domain.errors import DamagedJournalError, JournalMissingError, SchemaTooNewError
from backjournal.services.backups import BackupService
from backjournal.ui.dialogs.backup_dialogs import (
    FileChooser,
    PassphraseAsker,
    RestoreBackupDialog,
    ask_backup_passphrase,
    choose_backup_file,
    human_size,
    verify_backup,
    when_text,
)
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.translation import translate


class Outcome(Enum):
    RETRY = "retry"  # a backup was restored / the journal was located: open again
    START_NEW = "start-new"  # the person chose to start a new, empty journal
    QUIT = "quit"


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class _ChoiceDialog(QDialog):
    """A dialog of explanation and a row of buttons; ``outcome`` says what the person chose."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.outcome = Outcome.QUIT
        self.layout_ = QVBoxLayout(self)
        heading = _label(title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.layout_.addWidget(heading)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.quit_button = QPushButton(translate("_ChoiceDialog", "&Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)

    def add_text(self, text: str) -> QLabel:
        label = _label(text, self)
        self.layout_.addWidget(label)
        return label

    def add_button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setAutoDefault(False)
        self.buttons.addWidget(button)
        return button

    def finish(self) -> None:
        self.buttons.addWidget(self.quit_button)
        self.layout_.addLayout(self.buttons)

    def done_with(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.accept()


class DamagedJournalDialog(_ChoiceDialog):
    def __init__(
        self,
        backups: BackupService,
        error: DamagedJournalError,
        parent: QWidget | None = None,
        *,
        file_chooser: FileChooser = choose_backup_file,
    ):
        super().__init__(translate("DamagedJournalDialog", "Your journal is damaged"), parent)
        self.service = backups
        self.file_chooser = file_chooser
        self.passphrase_asker: PassphraseAsker = ask_backup_passphrase
        self.add_text(
            translate(
                "DamagedJournalDialog",
                "BackJournal checks the journal before opening it, and this one failed the "
                "check:\n{journal_path}\n\nNothing was written to it. BackJournal does not open a damaged "
                "journal, so that the damage cannot spread to what is still readable.",
            ).format(journal_path=backups.journal_path)
        )
        self.newest = backups.newest_good_backup()
        if self.newest is not None:
            self.add_text(
                translate(
                    "DamagedJournalDialog",
                    "The newest good backup was made {when_text} ({human_size}). Restoring it puts it in "
                    "place of the journal; entries made after it are not in it. The damaged file is kept "
                    "beside it, unchanged, as {name}.damaged-…",
                ).format(
                    when_text=when_text(self.newest),
                    human_size=human_size(self.newest.size),
                    name=backups.journal_path.name,
                )
            )
        else:
            self.add_text(
                translate(
                    "DamagedJournalDialog",
                    "No good backup was found in {folder}. If you saved one elsewhere, choose it.",
                ).format(folder=backups.folder)
            )
        details = QPlainTextEdit(self)
        details.setReadOnly(True)
        details.setPlainText(str(error))
        details.setMaximumHeight(90)
        self.layout_.addWidget(details)
        self.restore_button = None
        if self.newest is not None:
            self.restore_button = self.add_button(
                translate("DamagedJournalDialog", "&Restore newest backup"), self.restore_newest
            )
            self.restore_button.setDefault(True)
        self.choose_button = self.add_button(
            translate("DamagedJournalDialog", "Choose a backup &file…"), self.choose_file
        )
        self.finish()

    def restore_newest(self) -> None:
        if self.newest is not None:
            self._restore(self.newest.path)

    def choose_file(self) -> None:
        path = self.file_chooser(self)
        if path is not None:
            self._restore(path)

    def _restore(self, path: Path) -> None:
        ok, passphrase = verify_backup(self.service, path, self, asker=self.passphrase_asker)
        if not ok:
            return
        try:
            self.result_ = self.service.restore(path, passphrase=passphrase)
        except UnusableBackupError as exc:
            exec_dialog(
                message_box(
                    self,
                    QMessageBox.Icon.Warning,
                    translate("DamagedJournalDialog", "This file cannot be restored"),
                    str(exc),
                    translate("DamagedJournalDialog", "Nothing was changed. Choose another backup."),
                )
            )
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.done_with(Outcome.RETRY)


class JournalMissingDialog(_ChoiceDialog):
    def __init__(
        self,
        backups: BackupService,
        error: JournalMissingError,
        parent: QWidget | None = None,
        *,
        file_chooser: FileChooser = choose_backup_file,
    ):
        super().__init__(translate("JournalMissingDialog", "Your journal was not found"), parent)
        self.service = backups
        self.file_chooser = file_chooser
        self.passphrase_asker: PassphraseAsker = ask_backup_passphrase
        self.add_text(
            translate(
                "JournalMissingDialog",
                "BackJournal expected your journal here, where it was before:\n{journal_path}\n\nIt may be "
                "on a drive that is not connected, or it was moved or deleted. BackJournal did not create "
                "a new, empty journal in its place, so nothing is hidden or overwritten.",
            ).format(journal_path=backups.journal_path)
        )
        self.add_text(
            translate(
                "JournalMissingDialog",
                "Locate the journal file to bring it back here (it is copied and checked; the file you "
                "choose is not changed), restore one of its backups, or start a new journal if that is "
                "what you want.",
            )
        )
        self.locate_button = self.add_button(translate("JournalMissingDialog", "&Locate journal…"), self.locate)
        self.locate_button.setDefault(True)
        self.restore_button = self.add_button(
            translate("JournalMissingDialog", "&Restore a backup…"), self.restore_backup
        )
        self.new_button = self.add_button(translate("JournalMissingDialog", "Start a &new journal"), self.start_new)
        self.finish()

    def locate(self) -> None:
        path = self.file_chooser(self)
        if path is None:
            return
        ok, passphrase = verify_backup(self.service, path, self, asker=self.passphrase_asker)
        if not ok:
            return
        try:
            self.service.restore(path, passphrase=passphrase)
        except UnusableBackupError as exc:
            exec_dialog(
                message_box(
                    self,
                    QMessageBox.Icon.Warning,
                    translate("JournalMissingDialog", "This file cannot be used"),
                    str(exc),
                    translate("JournalMissingDialog", "Nothing was changed. Choose another file."),
                )
            )
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.done_with(Outcome.RETRY)

    def restore_backup(self) -> None:
        dialog = RestoreBackupDialog(self.service, self, file_chooser=self.file_chooser)
        dialog.passphrase_asker = self.passphrase_asker
        dialog.setObjectName("restore-backup")
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        try:
            self.service.restore(dialog.chosen, passphrase=dialog.passphrase)
        except Exception as exc:
            show_error(self, exc)
            return
        self.done_with(Outcome.RETRY)

    def start_new(self) -> None:
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            translate("JournalMissingDialog", "Start a new journal?"),
            translate("JournalMissingDialog", "Start a new, empty journal at {journal_path}?").format(
                journal_path=self.service.journal_path
            ),
            translate("JournalMissingDialog", "The backups of your old journal stay in {folder}.").format(
                folder=self.service.folder
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("JournalMissingDialog", "Start a new journal"))
        box.setObjectName("confirm-new")
        if exec_dialog(box) == QMessageBox.StandardButton.Yes:
            self.done_with(Outcome.START_NEW)


class SchemaTooNewDialog(_ChoiceDialog):
    def __init__(self, error: SchemaTooNewError, parent: QWidget | None = None):
        super().__init__(translate("SchemaTooNewDialog", "This journal is from a newer BackJournal"), parent)
        self.add_text(
            translate(
                "SchemaTooNewDialog",
                "{error}\n\nThis version of BackJournal cannot read it safely, so it did not open it and "
                "did not change it. Install the newer BackJournal that wrote it; your entries are all "
                "still in the file.",
            ).format(error=error)
        )
        self.quit_button.setDefault(True)
        self.finish()


Opener = Callable[..., object]


def open_with_recovery(
    opener: Opener,
    backups: BackupService,
    parent: QWidget | None = None,
    *,
    file_chooser: FileChooser = choose_backup_file,
):
    """``opener(start_new=bool)`` until it succeeds or the person quits (then None).

    Every error other than the three handled here propagates to the caller unchanged.
    """
    start_new = False
    while True:
        dialog: DamagedJournalDialog | JournalMissingDialog
        try:
            return opener(start_new=start_new)
        except DamagedJournalError as exc:
            dialog = DamagedJournalDialog(backups, exc, parent, file_chooser=file_chooser)
        except JournalMissingError as exc:
            dialog = JournalMissingDialog(backups, exc, parent, file_chooser=file_chooser)
        except SchemaTooNewError as exc:
            exec_dialog(SchemaTooNewDialog(exc, parent))
            return None
        except MigrationFailedError as exc:
            exec_dialog(
                message_box(
                    parent,
                    QMessageBox.Icon.Critical,
                    translate("RecoveryDialogs", "The journal could not be upgraded"),
                    str(exc),
                    exc.hint,
                )
            )
            return None
        exec_dialog(dialog)
        if dialog.outcome is Outcome.QUIT:
            return None
        start_new = dialog.outcome is Outcome.START_NEW

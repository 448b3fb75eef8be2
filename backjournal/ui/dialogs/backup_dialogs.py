"""File > Back up now and File > Restore backup…: a list of backups by date and size, plus "Choose a file…".

A restore in the running window: the chosen file is verified (integrity, schema revision) before
anything is closed; then the journal's connections are closed, the current journal is backed up
(``pre-restore-*``), the verified copy is swapped in atomically, the engine reconnects and every
view refreshes (services/opening.py ``restore_open_journal``). The undo history is cleared: its
steps refer to records of the journal that was replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.backups import BackupInfo, UnusableBackupError
from backjournal.domain.errors import EncryptionError
from backjournal.services.backups import BackupService
from backjournal.ui.colours import ToneLabel
from backjournal.ui.dates import moment_text
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.operations import run_operation

if TYPE_CHECKING:
    from backjournal.services.history import UndoHistory
    from backjournal.services.opening import OpenJournal
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

COLUMNS = [
    QT_TRANSLATE_NOOP("BackupDialogs", "Made"),
    QT_TRANSLATE_NOOP("BackupDialogs", "Size"),
    QT_TRANSLATE_NOOP("BackupDialogs", "Kind"),
]
FileChooser = Callable[[QWidget], Path | None]
#: (parent, backup file, error text of the previous try or None) -> the passphrase typed, or None (cancel).
PassphraseAsker = Callable[[QWidget, Path, str | None], str | None]
MAX_TRIES = 5


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024:
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def when_text(info: BackupInfo) -> str:
    return moment_text(info.created_at.astimezone())


def choose_backup_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("BackupDialogs", "Choose a backup file"),
        "",
        translate("BackupDialogs", "BackJournal journals (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(name) if name else None


class BackupPassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted backup that the journal's passphrase does not open."""

    def __init__(self, path: Path, error: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("BackupPassphraseDialog", "Encrypted backup"))
        self.setObjectName("backup-passphrase")
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            translate(
                "BackupPassphraseDialog",
                "The backup {name} is encrypted. Enter the passphrase the journal had when this backup was made.",
            ).format(name=path.name)
        )
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(translate("BackupPassphraseDialog", "Passphrase of the backup"))
        self.error = ToneLabel(self, tone="problem")  # readable on light and dark themes
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setText(error or "")
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.field, self.error, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(440)


def ask_backup_passphrase(parent: QWidget, path: Path, error: str | None) -> str | None:
    dialog = BackupPassphraseDialog(Path(path), error, parent)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.field.text():
        return None
    return dialog.field.text()


def verify_backup(
    service: BackupService, path: Path, parent: QWidget, *, asker: PassphraseAsker = ask_backup_passphrase
) -> tuple[bool, str | None]:
    """Verify ``path`` for a restore; ``(True, passphrase)`` when it can be restored (passphrase: None to use
    the journal's, or the one typed for this backup). A refusal is shown; ``(False, None)``: nothing changed."""
    passphrase: str | None = None
    error: str | None = None
    for _ in range(MAX_TRIES):
        try:
            service.verify_restorable(path, passphrase=passphrase)
            return True, passphrase
        except UnusableBackupError as exc:
            box = message_box(
                parent,
                QMessageBox.Icon.Warning,
                translate("BackupDialogs", "This file cannot be restored"),
                str(exc),
                translate("BackupDialogs", "Your journal was not changed. Choose another backup."),
            )
            box.setObjectName("refusal")
            exec_dialog(box)
            return False, None
        except EncryptionError:  # the journal's passphrase (or none) does not open it: ask for the backup's
            error = (
                translate("BackupDialogs", "That passphrase does not open this backup. Nothing was changed; try again.")
                if passphrase
                else None
            )
        passphrase = asker(parent, Path(path), error)
        if passphrase is None:
            return False, None
    return False, None


class BackupTableModel(QAbstractTableModel):
    """The backups in the backups folder, newest first. Plain text (DisplayRole strings)."""

    def __init__(self, backups: list[BackupInfo], parent=None):
        super().__init__(parent)
        self.backups = backups

    @qt_override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.backups)

    @qt_override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    @qt_override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("BackupDialogs", COLUMNS[section])
        return None

    @qt_override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [when_text(info), human_size(info.size), info.kind.label][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreBackupDialog(QDialog):
    """Pick a backup (or any file) to restore. ``chosen`` is a verified file when the dialog is accepted."""

    def __init__(
        self, backups: BackupService, parent: QWidget | None = None, *, file_chooser: FileChooser = choose_backup_file
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreBackupDialog", "Restore a backup"))
        self.service = backups
        self.file_chooser = file_chooser
        self.passphrase_asker: PassphraseAsker = ask_backup_passphrase
        self.chosen: Path | None = None
        self.passphrase: str | None = None  # an encrypted backup's own passphrase, when it is not the journal's
        layout = QVBoxLayout(self)

        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            translate(
                "RestoreBackupDialog",
                "Choose the backup to bring back. Your journal as it is now is backed up first, so this "
                "can be undone by restoring that copy. Entries made after the backup are not in it.",
            )
        )
        layout.addWidget(intro)

        self.model = BackupTableModel(backups.list(), self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("RestoreBackupDialog", "Backups, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table)

        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setText(
            translate(
                "RestoreBackupDialog", "No backups yet in {folder}. You can choose a backup file you saved elsewhere."
            ).format(folder=backups.folder)
        )
        self.empty_label.setVisible(not self.model.backups)
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(translate("RestoreBackupDialog", "&Restore"), self)
        self.restore_button.setEnabled(bool(self.model.backups))
        self.choose_button = QPushButton(translate("RestoreBackupDialog", "Choose a &file…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore_selected)
        self.choose_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.model.backups:
            self.table.selectRow(0)
        self.resize(560, 380)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.offer(self.model.backups[rows[0].row()].path)

    def choose_file(self) -> None:
        path = self.file_chooser(self)
        if path is not None:
            self.offer(path)

    def offer(self, path: Path) -> bool:
        """Verify ``path`` (asking an encrypted backup's passphrase if need be) and ask once; accept the
        dialog if the person confirms."""
        ok, passphrase = verify_backup(self.service, path, self, asker=self.passphrase_asker)
        if not ok:
            return False
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            translate("RestoreBackupDialog", "Replace the journal with this backup?"),
            translate("RestoreBackupDialog", "Restore {name}?").format(name=path.name),
            translate(
                "RestoreBackupDialog", "Your journal as it is now is backed up first, then replaced by this backup."
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("RestoreBackupDialog", "Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setObjectName("confirm-restore")
        if exec_dialog(box) != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = Path(path)
        self.passphrase = passphrase
        self.accept()
        return True


class BackupMenu:
    """File > Back up now / Restore backup… over the open journal ``opened``. ``parent`` places the
    dialogs; ``history`` (the window's undo history) is cleared after a restore; ``show_saved`` and
    ``show_status`` say what happened (the window's)."""

    def __init__(
        self,
        menu: QMenu,
        *,
        parent: QWidget,
        opened: OpenJournal,
        history: UndoHistory,
        show_saved: Callable[..., object],
        show_status: Callable[[str], None],
    ):
        self.parent = parent
        self.opened = opened
        self.history = history
        self.show_saved = show_saved
        self.show_status = show_status
        self.back_up_action = QAction(translate("BackupMenu", "&Back up now"), parent)
        self.back_up_action.setStatusTip(
            translate("BackupMenu", "Make a verified copy of your journal in its backups folder")
        )
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(translate("BackupMenu", "&Restore backup…"), parent)
        self.restore_action.setStatusTip(
            translate(
                "BackupMenu", "Replace the journal with one of its backups (the current journal is backed up first)"
            )
        )
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)
        self.file_chooser: FileChooser = choose_backup_file
        self.passphrase_asker: PassphraseAsker = ask_backup_passphrase

    def back_up_now(self) -> BackupInfo | None:
        try:
            backups = self.opened.backups
            info = run_operation(
                self.parent, lambda _p: backups.back_up(), title=translate("BackupMenu", "Backing up your journal…")
            )
        except Exception as exc:  # shown to the person; the app keeps running
            show_error(self.parent, exc)
            return None
        # a backup is opened only by Restore: showing its folder is enough
        self.show_saved(
            info.path,
            translate("BackupMenu", "backup ({human_size}, verified)").format(human_size=human_size(info.size)),
            can_open=False,
        )
        return info

    def restore(self) -> None:
        from backjournal.services.opening import restore_open_journal

        dialog = RestoreBackupDialog(self.opened.backups, self.parent, file_chooser=self.file_chooser)
        dialog.passphrase_asker = self.passphrase_asker
        dialog.setObjectName("restore-backup")
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        try:
            opened, chosen, passphrase = self.opened, dialog.chosen, dialog.passphrase
            result = run_operation(
                self.parent,
                lambda _p: restore_open_journal(opened, chosen, passphrase=passphrase),
                title=translate("BackupMenu", "Restoring the backup…"),
                journal=opened.journal,
                exclusive=True,
            )
        except Exception as exc:
            show_error(self.parent, exc)
            return
        self.history.clear()  # its steps refer to the journal that was replaced
        kept = (
            translate("BackupMenu", " Your journal as it was is saved as {name}.").format(
                name=result.safety_backup.name
            )
            if result.safety_backup
            else ""
        )
        if result.passphrase is not None and dialog.passphrase is not None and result.passphrase == dialog.passphrase:
            kept += translate("BackupMenu", " The journal is now encrypted: it opens with the backup's passphrase.")
        self.show_status(
            translate("BackupMenu", "Restored {name}.{kept}").format(name=result.restored_from.name, kept=kept)
        )


def auto_backup_on_start(backups: BackupService | None, parent: QWidget | None) -> BackupInfo | None:
    """The daily automatic backup when the window opens. A failure is shown; the app keeps running."""
    if backups is None:
        return None
    try:
        return run_operation(
            parent, lambda _p: backups.back_up_if_due(), title=translate("BackupDialogs", "Backing up your journal…")
        )
    except Exception as exc:
        show_error(parent, exc)
        return None

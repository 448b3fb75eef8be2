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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.backups import BackupInfo, UnusableBackupError
from backjournal.services.backups import BackupService
from backjournal.ui.errors import message_box, show_error

COLUMNS = ["Made", "Size", "Kind"]
FileChooser = Callable[[QWidget], Path | None]


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024:
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def when_text(info: BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%a %d %b %Y, %H:%M")


def choose_backup_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a backup file", "",
                                          "BackJournal journals (*.sqlite3 *.db);;All files (*)")
    return Path(name) if name else None


class BackupTableModel(QAbstractTableModel):
    """The backups in the backups folder, newest first. Plain text (DisplayRole strings)."""

    def __init__(self, backups: list[BackupInfo], parent=None):
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

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

    def __init__(self, backups: BackupService, parent: QWidget | None = None, *,
                 file_chooser: FileChooser = choose_backup_file):
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.service = backups
        self.file_chooser = file_chooser
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)

        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            "Choose the backup to bring back. Your journal as it is now is backed up first, so this "
            "can be undone by restoring that copy. Entries made after the backup are not in it."
        )
        layout.addWidget(intro)

        self.model = BackupTableModel(backups.list(), self)
        self.table = QTableView(self)
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
        self.empty_label.setText(f"No backups yet in {backups.folder}. You can choose a backup file you saved elsewhere.")
        self.empty_label.setVisible(not self.model.backups)
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setEnabled(bool(self.model.backups))
        self.choose_button = QPushButton("Choose a &file…", self)
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
        """Verify ``path`` and ask once; accept the dialog if the person confirms."""
        try:
            self.service.verify_restorable(path)
        except UnusableBackupError as exc:
            box = message_box(self, QMessageBox.Icon.Warning, "This file cannot be restored", str(exc),
                              "Your journal was not changed. Choose another backup.")
            box.setObjectName("refusal")
            box.exec()
            return False
        box = message_box(self, QMessageBox.Icon.Question, "Replace the journal with this backup?",
                          f"Restore {path.name}?",
                          "Your journal as it is now is backed up first, then replaced by this backup.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText("Restore")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setObjectName("confirm-restore")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = Path(path)
        self.accept()
        return True


class BackupMenu:
    """File > Back up now / Restore backup… for a MainWindow (needs .opened, .undo, .show_status)."""

    def __init__(self, window, menu):
        self.window = window
        self.back_up_action = QAction("&Back up now", window)
        self.back_up_action.setStatusTip("Make a verified copy of your journal in its backups folder")
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction("&Restore backup…", window)
        self.restore_action.setStatusTip("Replace the journal with one of its backups (the current journal is backed up first)")
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)
        self.file_chooser: FileChooser = choose_backup_file

    def back_up_now(self) -> BackupInfo | None:
        try:
            info = self.window.opened.backups.back_up()
        except Exception as exc:  # shown to the person; the app keeps running
            show_error(self.window, exc)
            return None
        self.window.show_status(f"Backed up and verified: {info.path.name} ({human_size(info.size)})")
        return info

    def restore(self) -> None:
        from backjournal.services.opening import restore_open_journal

        dialog = RestoreBackupDialog(self.window.opened.backups, self.window, file_chooser=self.file_chooser)
        dialog.setObjectName("restore-backup")
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        try:
            result = restore_open_journal(self.window.opened, dialog.chosen)
        except Exception as exc:
            show_error(self.window, exc)
            return
        self.window.undo.history.clear()  # its steps refer to the journal that was replaced
        kept = f" Your journal as it was is saved as {result.safety_backup.name}." if result.safety_backup else ""
        self.window.show_status(f"Restored {result.restored_from.name}.{kept}")


def auto_backup_on_start(backups: BackupService | None, parent: QWidget | None) -> BackupInfo | None:
    """The daily automatic backup when the window opens. A failure is shown; the app keeps running."""
    if backups is None:
        return None
    try:
        return backups.back_up_if_due()
    except Exception as exc:
        show_error(parent, exc)
        return None

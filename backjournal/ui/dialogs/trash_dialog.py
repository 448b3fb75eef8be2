"""Edit > Trash…: the records moved to the trash, with Restore and "Empty trash…" (for good).

Restoring is undoable like any other change. Emptying the trash cannot be undone: the records are
deleted, the journal file is rebuilt and its write-ahead log emptied, so their text is gone from
the files on disk (JournalService.empty_trash). The undo history is cleared afterwards, because
"undo delete" of a record that no longer exists cannot work.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.models import JournalChange, RecordRef
from backjournal.services.history import DeleteCommand
from backjournal.services.journal import JournalService
from backjournal.ui.dates import moment_text
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.operations import run_operation
from backjournal.ui.qtmodels.journal_table_model import (
    Record,
    RecordTableModel,
    details_text,
    kind_label,
    ref_of,
    score_text,
    when_text,
)

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals, UndoActions
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

COLUMNS = [
    QT_TRANSLATE_NOOP("TrashDialog", "Deleted"),
    QT_TRANSLATE_NOOP("TrashDialog", "What"),
    QT_TRANSLATE_NOOP("TrashDialog", "When"),
    QT_TRANSLATE_NOOP("TrashDialog", "Score"),
    QT_TRANSLATE_NOOP("TrashDialog", "Details"),
    QT_TRANSLATE_NOOP("TrashDialog", "Note"),
]


def _deleted_at(record: Record) -> datetime:
    assert record.deleted_at is not None  # a record in the trash
    return record.deleted_at


class TrashTableModel(RecordTableModel):
    """Trashed records, most recently deleted first. Plain text only (DisplayRole strings)."""

    columns = COLUMNS
    context = "TrashDialog"

    def set_records(self, records: list[Record]) -> None:
        super().set_records(sorted(records, key=_deleted_at, reverse=True))

    @qt_override
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return moment_text(r.deleted_at.astimezone())
        if col == 1:
            return kind_label(r)
        if col == 2:
            return when_text(r)
        if col == 3:
            return score_text(r)
        if col == 4:
            return details_text(r)
        return (r.note or "").replace("\n", " ⏎ ")


class TrashDialog(QDialog):
    def __init__(
        self,
        *,
        journal: JournalService,
        undo: UndoActions,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("TrashDialog", "Trash"))
        self.journal = journal
        self.undo = undo
        self.model = TrashTableModel(self)

        intro = QLabel(
            translate(
                "TrashDialog",
                "Records you deleted stay here until you empty the trash. Restore brings them back into the journal.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.empty_label = QLabel(translate("TrashDialog", "The trash is empty."), self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(translate("TrashDialog", "&Restore"), self)
        self.restore_button.setToolTip(translate("TrashDialog", "Bring the selected records back into the journal"))
        self.empty_button = QPushButton(translate("TrashDialog", "&Empty trash…"), self)
        self.empty_button.setToolTip(translate("TrashDialog", "Erase everything in the trash for good"))
        for b in (self.restore_button, self.empty_button):
            b.setAutoDefault(False)  # Enter never starts the destructive action
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(820, 420)
        if signals is not None:
            signals.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, _change: JournalChange) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_records(self.journal.trash())
        except Exception as exc:  # a storage error is shown; the dialog stays usable
            show_error(self, exc)
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def selected_refs(self) -> list[RecordRef]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [ref_of(self.model.record(r)) for r in rows]

    def restore_selected(self) -> None:
        refs = self.selected_refs()
        if refs:
            self.undo.push(DeleteCommand(self.journal, refs, restore=True))
            self.reload()

    def confirm_empty(self, count: int) -> bool:
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            translate("TrashDialog", "Empty the trash?"),
            translate("TrashDialog", "Erase the %n records in the trash for good?", None, count),
            translate(
                "TrashDialog",
                "This cannot be undone: their scores and notes are removed from the journal file. Backups "
                "made before now still contain them.",
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        erase = box.addButton(translate("TrashDialog", "Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        exec_dialog(box)
        return box.clickedButton() is erase

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if count == 0 or not self.confirm_empty(count):
            return
        try:
            journal = self.journal
            removed = run_operation(
                self,
                lambda _p: journal.empty_trash(),
                title=translate("TrashDialog", "Emptying the trash…"),
                journal=journal,
            )
        except Exception as exc:
            show_error(self, exc)
            self.reload()
            return
        self.undo.history.clear()
        self.reload()
        parent = self.parent()
        if parent is not None and hasattr(parent, "show_status"):
            parent.show_status(translate("TrashDialog", "Erased %n records for good.", None, removed))

"""Journal: every entry, session and PEG check-in in a sortable, filterable table.

Edit a score or note in place (F2 / double-click on the cell) or the whole record in a dialog
(Enter / double-click elsewhere); Delete moves the selection to the trash; Ctrl+Z brings it back.
Records are loaded for the chosen period only, so ten years of entries stay quick. A change while
the view is hidden in a shown window (another tab in front) only marks it stale: it reads again when
next shown, or when its ``model`` or ``proxy`` is read, so a ten-year import does not reload a table
nobody sees on the window's thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import JournalChange, PainEntry, RecordKind, shown_name
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.history import DeleteCommand, EditCommand
from backjournal.services.journal import JournalService
from backjournal.ui.bridge import JournalSignals, UndoActions
from backjournal.ui.dates import date_format, python_date
from backjournal.ui.dialogs.entry_dialog import EntryDialog
from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder
from backjournal.ui.modal import exec_dialog
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.qtmodels.journal_table_model import (
    COL_NOTE,
    COL_SCORE,
    COL_WHEN,
    JournalFilterProxy,
    JournalTableModel,
    Record,
    ref_of,
)
from backjournal.ui.translation import translate

PERIODS = [
    (QT_TRANSLATE_NOOP("JournalView", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("JournalView", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("JournalView", "Last year"), 365),
    (QT_TRANSLATE_NOOP("JournalView", "Everything"), None),
    (QT_TRANSLATE_NOOP("JournalView", "Custom"), -1),
]


class JournalView(QWidget):
    status = Signal(str)

    def __init__(
        self,
        *,
        journal: JournalService,
        signals: JournalSignals,
        undo: UndoActions,
        therapy_adder: TherapyAdder | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.undo = undo
        self.signals = signals
        #: "Add therapy…" in the edit dialog's therapy picker (the window's, shared by every picker)
        self.therapy_adder = therapy_adder  # None: the pickers offer no "Add therapy…"
        self.edit_dialog: EntryDialog | None = None
        self.setObjectName("JournalView")

        self.period = QComboBox(self)
        for label, days in ((translate("JournalView", label), days) for label, days in PERIODS):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format(weekday=False))
        self.kind = QComboBox(self)
        self.kind.addItem(translate("JournalView", "Everything"), None)
        self.kind.addItem(translate("JournalView", "Pain entries"), RecordKind.PAIN)
        self.kind.addItem(translate("JournalView", "Therapy sessions"), RecordKind.SESSION)
        self.kind.addItem(translate("JournalView", "PEG check-ins"), RecordKind.PEG)
        self.therapy = QComboBox(self)
        for combo in (self.kind, self.therapy):  # a long therapy name does not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("JournalView", "Search notes and details"))
        self.search.setClearButtonEnabled(True)
        self.edit_button = QPushButton(translate("JournalView", "Edit…"), self)
        self.delete_button = QPushButton(translate("JournalView", "Delete"), self)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint = QLabel(self)  # what to do next when the table shows nothing
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        for widget, name in (
            (self.period, translate("JournalView", "Period")),
            (self.start, translate("JournalView", "From date")),
            (self.end, translate("JournalView", "To date")),
            (self.kind, translate("JournalView", "Show records of kind")),
            (self.therapy, translate("JournalView", "Therapy")),
            (self.search, translate("JournalView", "Search notes and details")),
        ):
            widget.setAccessibleName(name)

        #: a change came while hidden: read again when next shown or read (``model``, ``proxy``)
        self._stale = False
        self._model = JournalTableModel(self, edit_handler=self._edit_cell)
        self._proxy = JournalFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_WHEN, 170)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(COL_SCORE, 70)
        self.table.setColumnWidth(3, 260)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("JournalView", "Period"), self))
        filters.addWidget(self.period)
        filters.addWidget(self.start)
        filters.addWidget(QLabel(translate("JournalView", "to"), self))
        filters.addWidget(self.end)
        filters.addSpacing(12)
        filters.addWidget(self.kind)
        filters.addWidget(self.therapy)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self._custom_dates)
        self.end.dateChanged.connect(self._custom_dates)
        for combo in (self.kind, self.therapy):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        for keys, owner, action, context in (
            (QKeySequence.StandardKey.Delete, self.table, self.delete_selected, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence.StandardKey.Find, self, self.search.setFocus, Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):
            shortcut = QShortcut(keys, owner)
            shortcut.setContext(context)
            shortcut.activated.connect(action)
        self.table.setAccessibleName(translate("JournalView", "Journal records"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        signals.changed.connect(self.on_journal_changed)
        self._fill_therapies()
        self._period_changed()

    # ------------------------------------------------------------------ loading and filters
    @property
    def model(self) -> JournalTableModel:
        """The records of the period (read again first if a change came while the view was hidden)."""
        if self._stale:
            self.reload()
        return self._model

    @property
    def proxy(self) -> JournalFilterProxy:
        """The filtered, sorted records shown in the table (fresh, like ``model``)."""
        if self._stale:
            self.reload()
        return self._proxy

    def _behind_another_tab(self) -> bool:
        """Hidden while a widget above it is shown (another tab in front, in a shown window)."""
        if self.isVisible():
            return False
        parent = self.parentWidget()
        while parent is not None:
            if parent.isVisible():
                return True
            parent = parent.parentWidget()
        return False

    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.reload()  # before the paint: never a glimpse of the records before the change
        super().showEvent(event)

    def _range(self) -> tuple[date | None, date | None]:
        days = self.period.currentData()
        if days is None:
            return None, None
        if days == -1:
            return python_date(self.start.date()), python_date(self.end.date())
        today = date.today()
        return today - timedelta(days=days - 1), None

    def _period_changed(self) -> None:
        days = self.period.currentData()
        custom = days == -1
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        if not custom:
            start, _ = self._range()
            for edit, value in ((self.start, start or date.today() - timedelta(days=365)), (self.end, date.today())):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.reload()

    def _custom_dates(self) -> None:
        if self.period.currentData() == -1:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        start, end = self._range()
        records: list[Record] = [
            *self.journal.pain_entries(start, end),
            *self.journal.sessions(start, end),
            *self.journal.peg_checkins(start, end),
        ]
        self._model.set_records(records)
        self._apply_filters()

    def _fill_therapies(self) -> None:
        current = self.therapy.currentData()
        self.therapy.blockSignals(True)
        self.therapy.clear()
        self.therapy.addItem(translate("JournalView", "All therapies"), None)
        for t in self.journal.therapy_types():
            self.therapy.addItem(shown_name(t.key, t.name), t.key)
        idx = self.therapy.findData(current)
        self.therapy.setCurrentIndex(max(idx, 0))
        self.therapy.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            kind=self.kind.currentData(), therapy=self.therapy.currentData(), text=self.search.text()
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("JournalView", "{shown} of %n records in this period", None, total).format(shown=shown)
            if shown != total
            else translate("JournalView", "%n records in this period", None, total)
        )
        self._update_empty_hint(shown, total)
        self._update_buttons()

    def _update_empty_hint(self, shown: int, total: int) -> None:
        if shown:
            self.empty_hint.hide()
            return
        if total:
            text = translate(
                "JournalView", "No record in this period matches the filters. Clear the search or choose “Everything”."
            )
        elif not self.journal.is_empty():
            text = translate(
                "JournalView", "Nothing in this period. Choose a longer period (“Everything” shows all your records)."
            )
        else:
            text = translate(
                "JournalView",
                "Your journal is empty. Log how your pain is right now on the Today tab (Ctrl+1): "
                "press a number key, then Ctrl+Enter. Every entry then appears here, where you can "
                "edit or delete it.",
            )
        self.empty_hint.setText(text)
        self.empty_hint.show()

    def on_journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY in change.kinds:
            self._fill_therapies()
        if self._behind_another_tab():
            self._stale = True  # another tab is in front: read again when shown (module docstring)
            return
        self.reload()

    # ------------------------------------------------------------------ selection and actions
    def selected_records(self) -> list:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def _update_buttons(self) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)

    def delete_selected(self) -> None:
        records = self.selected_records()
        if not records:
            return
        if self.undo.push(DeleteCommand(self.journal, [ref_of(r) for r in records])):
            n = len(records)
            self.status.emit(translate("JournalView", "Moved %n records to the trash. Undo with Ctrl+Z.", None, n))

    def edit_selected(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self.edit_record(records[0])

    def edit_record(self, record) -> bool:
        dialog = EntryDialog(
            record,
            self.journal.therapy_types(),
            self,
            therapy_adder=self.therapy_adder,
            signals=self.signals,
            list_therapies=self.journal.therapy_types,
        )
        self.edit_dialog = dialog
        if exec_dialog(dialog) != EntryDialog.DialogCode.Accepted or dialog.draft is None:
            return False
        ok = self.undo.push(EditCommand(self.journal, ref_of(record), dialog.draft))
        if ok:
            self.status.emit(translate("JournalView", "Saved your changes. Undo with Ctrl+Z."))
        return ok

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (COL_SCORE, COL_NOTE) and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)
            return
        self.edit_record(self.model.record(self.proxy.mapToSource(index).row()))

    def _edit_cell(self, record, column: int, value) -> bool:
        """In-place edit of a score or note: an undoable edit through the services."""
        draft = record.as_draft()
        try:
            if column == COL_NOTE:
                draft = replace(draft, note=str(value))
            elif column == COL_SCORE and isinstance(record, PainEntry):
                draft = replace(draft, score=int(value) if str(value).strip().lstrip("-").isdigit() else value)
            draft = draft.validate()
        except ValidationError as exc:
            self.status.emit(translate("JournalView", "Not saved: {exc}").format(exc=exc))
            return False
        return self.undo.push(EditCommand(self.journal, ref_of(record), draft))

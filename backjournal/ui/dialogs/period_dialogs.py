"""Marked periods in the window: "Mark a period…" and the list of marked periods with Remove.

Marked periods (an acupuncture course, a new medication) are shaded spans on the trend chart,
kept as journal data by ``TrendsService``. Neither dialog writes by itself: ``MarkPeriodDialog``
checks what was typed (a problem is shown next to its field and nothing is saved) and hands a
checked ``MarkedPeriod`` to ``save``; ``MarkedPeriodsDialog`` hands a period to ``remove``. The
Trends view passes callables that push ``MarkPeriodCommand`` / ``RemovePeriodCommand`` through
the window's undo history, so both can be undone with Ctrl+Z. The list follows the service's
changes (``TrendsService.add_listener``), so an undo while it is open shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.analysis.periods import MarkedPeriod
from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, TherapyCategory, TherapyType
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.trends import TrendsService
from backjournal.ui.dates import date_text, python_date
from backjournal.ui.modal import when
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label
from backjournal.ui.widgets.therapy_picker import TherapyPicker

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals
    from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder

NO_THERAPY = QT_TRANSLATE_NOOP("PeriodDialogs", "— none —")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MarkPeriodDialog(QDialog):
    """Label, first day, last day and (optionally) the therapy it belongs to.

    ``save(period) -> bool`` is called with the checked period; the dialog closes only when it
    returns True (a storage error keeps what was typed)."""

    def __init__(
        self,
        *,
        trends: TrendsService,
        save: Callable[[MarkedPeriod], bool],
        start: date,
        end: date,
        therapy: str | None = None,
        therapies: Callable[[], list[TherapyType]] | None = None,
        adder: TherapyAdder | None = None,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
    ):
        """``therapies`` lists the therapy types for the picker (default: the Trends service's, all
        of them); ``adder`` gives it "Add therapy…"; ``signals`` keeps it up to date."""
        super().__init__(parent)
        self.setWindowTitle(translate("MarkPeriodDialog", "Mark a period"))
        self.trends = trends
        self._save = save
        self.period: MarkedPeriod | None = None

        intro = QLabel(
            translate(
                "MarkPeriodDialog",
                "A marked period is shaded on the trend chart, for example an acupuncture "
                "course or the weeks on a new medication.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.label_edit = QLineEdit(self)
        self.label_edit.setMaxLength(NAME_MAX)
        self.label_edit.setPlaceholderText(translate("MarkPeriodDialog", "e.g. Acupuncture course"))
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setDate(_qdate(day))
        listed = (
            therapies
            if therapies is not None
            else (
                lambda: [
                    TherapyType(key, name, TherapyCategory.NON_DRUG, builtin=False) for key, name in trends.therapies()
                ]
            )
        )
        self.therapy_combo = TherapyPicker(
            therapies=listed,
            adder=adder,
            signals=signals,
            none_text=translate("PeriodDialogs", NO_THERAPY),
            selected=therapy,
            parent=self,
        )
        self.therapy_combo.setToolTip(
            translate("MarkPeriodDialog", "Optional: the period is shaded in that therapy's colour")
        )

        self.errors = {name: error_label(self) for name in ("label", "start", "end", "therapy", "other")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for title, field, name in (
            (translate("PeriodDialog", "&Label"), self.label_edit, "label"),
            (translate("PeriodDialog", "&From"), self.start_edit, "start"),
            (translate("PeriodDialog", "&To (last day)"), self.end_edit, "end"),
            (translate("PeriodDialog", "T&herapy"), self.therapy_combo, "therapy"),
        ):
            form.addRow(title, field)
            form.addRow("", self.errors[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["other"])
        layout.addWidget(self.buttons)
        self.label_edit.textChanged.connect(lambda _t: self._hide("label"))
        self.start_edit.dateChanged.connect(lambda _d: self._dates_changed())
        self.end_edit.dateChanged.connect(lambda _d: self._dates_changed())
        self.therapy_combo.currentIndexChanged.connect(lambda _i: self._hide("therapy"))
        self.setMinimumWidth(440)
        self.label_edit.setFocus()

    # ------------------------------------------------------------------ reading and checking
    def draft(self) -> MarkedPeriod:
        return MarkedPeriod(
            self.label_edit.text(),
            python_date(self.start_edit.date()),
            python_date(self.end_edit.date()),
            self.therapy_combo.currentData(),
        )

    def check(self) -> MarkedPeriod:
        """The checked period, or show each problem next to its field and raise ValidationError."""
        draft = self.draft()
        problems: dict[str, str] = {}
        if not draft.label.strip():
            problems["label"] = translate(
                "MarkPeriodDialog", "Give the period a name (up to {NAME_MAX} characters)."
            ).format(NAME_MAX=NAME_MAX)
        if draft.end < draft.start:
            problems["end"] = translate(
                "MarkPeriodDialog", "The last day is before the first day ({date_text}). Choose a day on or after it."
            ).format(date_text=date_text(draft.start))
        if problems:
            self._show(problems)
            first = next(iter(problems))
            raise ValidationError(first, getattr(draft, first), problems[first])
        try:
            period = self.trends.checked_period(draft)
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "other"
            self._show(
                {
                    field: translate("MarkPeriodDialog", "{upper}{problem}. Allowed: {allowed}.").format(
                        upper=exc.problem[:1].upper(), problem=exc.problem[1:], allowed=exc.allowed
                    )
                }
            )
            raise
        self._show({})
        return period

    def _show(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        self.adjustSize()

    def _hide(self, name: str) -> None:
        if self.errors[name].isVisible():
            self.errors[name].hide()
            self.errors[name].clear()

    def _dates_changed(self) -> None:
        # once a date problem was shown, say as soon as it is fixed (or still there)
        shown = self.errors["end"].isVisible() or self.errors["start"].isVisible()
        if shown and self.end_edit.date() >= self.start_edit.date():
            self._hide("end")
            self._hide("start")

    @qt_override
    def accept(self) -> None:
        try:
            period = self.check()
        except ValidationError:
            return  # shown next to the field; nothing saved
        if self._save(period):
            self.period = period
            super().accept()


# --------------------------------------------------------------------------- the list

COLUMNS = [
    QT_TRANSLATE_NOOP("PeriodDialogs", "Label"),
    QT_TRANSLATE_NOOP("PeriodDialogs", "From"),
    QT_TRANSLATE_NOOP("PeriodDialogs", "To"),
    QT_TRANSLATE_NOOP("PeriodDialogs", "Days"),
    QT_TRANSLATE_NOOP("PeriodDialogs", "Therapy"),
]


class MarkedPeriodsTableModel(QAbstractTableModel):
    """The marked periods as listed by the service (sorted by their days). Plain text only."""

    def __init__(self, names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[MarkedPeriod] = []
        self._names = dict(names or {})

    def set_periods(self, periods: list[MarkedPeriod], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(periods)
        if names is not None:
            self._names = dict(names)
        self.endResetModel()

    def period(self, row: int) -> MarkedPeriod:
        return self._rows[row]

    @qt_override
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    @qt_override
    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    @qt_override
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return translate("PeriodDialogs", COLUMNS[section])
        return None

    @qt_override
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return p.label
            if col == 1:
                return date_text(p.start)
            if col == 2:
                return date_text(p.end)
            if col == 3:
                return str((p.end - p.start).days + 1)
            if col == 4:
                return self._names.get(p.therapy, p.therapy) if p.therapy else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MarkedPeriodsDialog(QDialog):
    """The marked periods with Remove, Show on chart and Mark a period…"""

    def __init__(
        self,
        *,
        trends: TrendsService,
        remove: Callable[[MarkedPeriod], bool],
        mark: Callable[[], object],
        show: Callable[[MarkedPeriod], None],
        parent: QWidget | None = None,
        actions=(),
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("MarkedPeriodsDialog", "Marked periods"))
        self.trends = trends
        self._remove = remove
        self._show_period = show
        self.model = MarkedPeriodsTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.show_selected())
        self.empty = QLabel(
            translate("MarkedPeriodsDialog", "No marked periods yet. Mark a period to shade it on the trend chart."),
            self,
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.note = QLabel(translate("MarkedPeriodsDialog", "Removing a period can be undone with Ctrl+Z."), self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.mark_button = QPushButton(translate("MarkedPeriodsDialog", "&Mark a period…"), self)
        self.mark_button.clicked.connect(lambda: mark())
        self.show_button = QPushButton(translate("MarkedPeriodsDialog", "&Show on chart"), self)
        self.show_button.setToolTip(translate("MarkedPeriodsDialog", "Show the trend chart of this period"))
        self.show_button.clicked.connect(self.show_selected)
        self.remove_button = QPushButton(translate("MarkedPeriodsDialog", "&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.mark_button, self.show_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(row)
        for action in actions:  # Edit > Undo / Redo work while the list is open
            self.addAction(action)
        self.resize(640, 360)
        trends.add_listener(self._on_periods_changed)
        when(self.finished, trends.remove_listener, self._on_periods_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        self._on_periods_changed(self.trends.marked_periods())

    def _on_periods_changed(self, periods: list[MarkedPeriod]) -> None:
        self.model.set_periods(periods, dict(self.trends.therapies()))
        self.empty.setVisible(not periods)
        self._update_buttons()

    def selected_period(self) -> MarkedPeriod | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.period(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected_period() is not None
        self.remove_button.setEnabled(has)
        self.show_button.setEnabled(has)

    def remove_selected(self) -> None:
        period = self.selected_period()
        if period is not None:
            self._remove(period)

    def show_selected(self) -> None:
        period = self.selected_period()
        if period is not None:
            self._show_period(period)

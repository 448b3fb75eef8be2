"""Therapy courses in the window: "Start a course…" (also from a marked period), "End course…"
(the reason and the Patient Global Impression of Change) and the list of courses.

No dialog writes by itself: each checks what was typed (a problem is shown next to its field and
nothing is saved) and hands a checked draft to the callable it was given; the Trends view passes
callables that push ``AddCourseCommand`` / ``EndCourseCommand`` / ``DeleteCourseCommand`` through the
window's undo history, so every change can be undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.courses import (
    BASELINE_DAYS_MAX,
    BASELINE_DAYS_MIN,
    DEFAULT_BASELINE_DAYS,
    PER_WEEK_MAX,
    PGIC,
    PGIC_QUESTION,
    SESSIONS_MAX,
    Course,
    CourseDraft,
    CourseEnd,
    EndReason,
)
from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, SHORT_TEXT_MAX, TherapyType
from backjournal.domain.periods import MarkedPeriod
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.dates import date_text, python_date
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label
from backjournal.ui.widgets.therapy_picker import TherapyPicker

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals
    from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder

NO_PERIOD = QT_TRANSLATE_NOOP("CourseDialogs", "— none —")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setDate(_qdate(day))
    return edit


class StartCourseDialog(QDialog):
    """Therapy, first day, plan (until a day, a number of sessions, or open), sessions per week,
    provider, goal and the baseline's length. "From a marked period" fills therapy and days."""

    def __init__(
        self,
        *,
        therapies: Callable[[], list[TherapyType]],
        periods: list[MarkedPeriod],
        save: Callable[[CourseDraft], bool],
        start: date,
        period: MarkedPeriod | None = None,
        adder: TherapyAdder | None = None,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
    ):
        """``therapies`` lists the therapy types (archived ones are left out of the picker);
        ``adder`` gives the picker its "Add therapy…"; ``signals`` keeps it up to date."""
        super().__init__(parent)
        self.setWindowTitle(translate("StartCourseDialog", "Start a therapy course"))
        self._save = save
        self.draft_saved: CourseDraft | None = None
        self._periods = list(periods)
        intro = _plain(
            translate(
                "StartCourseDialog",
                "A course is a planned series of one therapy, e.g. acupuncture twice a week for "
                "six weeks. Your sessions of that therapy on its days count towards it; its "
                "last 14 days are compared with the days before it.",
            ),
            self,
        )
        self.period_combo = QComboBox(self)
        self.period_combo.addItem(translate("CourseDialogs", NO_PERIOD), None)
        for i, p in enumerate(self._periods):
            self.period_combo.addItem(f"{p.label} ({p.start} – {p.end})", i)
        self.period_combo.setAccessibleName(translate("StartCourseDialog", "From a marked period"))
        self.therapy_combo = TherapyPicker(therapies=therapies, adder=adder, signals=signals, parent=self)
        self.start_edit = _date_edit(self, start)
        self.start_edit.setAccessibleName(translate("StartCourseDialog", "First day"))
        self.until_radio = QRadioButton(translate("StartCourseDialog", "&Until"), self)
        self.sessions_radio = QRadioButton(translate("StartCourseDialog", "A &number of sessions"), self)
        self.open_radio = QRadioButton(translate("StartCourseDialog", "&Open (until I end it)"), self)
        self.plan_group = QButtonGroup(self)
        for b in (self.until_radio, self.sessions_radio, self.open_radio):
            self.plan_group.addButton(b)
        self.until_radio.setChecked(True)
        self.end_edit = _date_edit(self, start.fromordinal(start.toordinal() + 41))
        self.end_edit.setAccessibleName(translate("StartCourseDialog", "Planned last day"))
        self.sessions_spin = QSpinBox(self)
        self.sessions_spin.setRange(1, SESSIONS_MAX)
        self.sessions_spin.setValue(10)
        self.sessions_spin.setAccessibleName(translate("StartCourseDialog", "Planned number of sessions"))
        self.per_week_spin = QSpinBox(self)
        self.per_week_spin.setRange(0, PER_WEEK_MAX)
        self.per_week_spin.setValue(2)
        self.per_week_spin.setSpecialValueText(translate("StartCourseDialog", "not planned"))
        self.per_week_spin.setAccessibleName(translate("StartCourseDialog", "Planned sessions per week"))
        self.provider_edit = QLineEdit(self)
        self.provider_edit.setMaxLength(NAME_MAX)
        self.provider_edit.setAccessibleName(translate("StartCourseDialog", "Provider"))
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setMaxLength(SHORT_TEXT_MAX)
        self.goal_edit.setPlaceholderText(translate("StartCourseDialog", "e.g. walk to work without stopping"))
        self.goal_edit.setAccessibleName(translate("StartCourseDialog", "Goal"))
        self.baseline_spin = QSpinBox(self)
        self.baseline_spin.setRange(BASELINE_DAYS_MIN, BASELINE_DAYS_MAX)
        self.baseline_spin.setValue(DEFAULT_BASELINE_DAYS)
        self.baseline_spin.setSuffix(translate("StartCourseDialog", " days before the start"))
        self.baseline_spin.setAccessibleName(translate("StartCourseDialog", "Baseline"))

        self.errors = {n: error_label(self) for n in ("therapy", "start", "to", "sessions", "per week", "other")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("StartCourseDialog", "From a &marked period"), self.period_combo)
        form.addRow(translate("StartCourseDialog", "&Therapy"), self.therapy_combo)
        form.addRow("", self.errors["therapy"])
        form.addRow(translate("StartCourseDialog", "&First day"), self.start_edit)
        form.addRow("", self.errors["start"])
        until = QHBoxLayout()
        until.addWidget(self.until_radio)
        until.addWidget(self.end_edit, 1)
        form.addRow(translate("StartCourseDialog", "Plan"), until)
        form.addRow("", self.errors["to"])
        count = QHBoxLayout()
        count.addWidget(self.sessions_radio)
        count.addWidget(self.sessions_spin, 1)
        form.addRow("", count)
        form.addRow("", self.errors["sessions"])
        form.addRow("", self.open_radio)
        form.addRow(translate("StartCourseDialog", "Sessions &per week"), self.per_week_spin)
        form.addRow("", self.errors["per week"])
        form.addRow(translate("StartCourseDialog", "Pro&vider"), self.provider_edit)
        form.addRow(translate("StartCourseDialog", "&Goal"), self.goal_edit)
        form.addRow(translate("StartCourseDialog", "&Baseline"), self.baseline_spin)
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
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        for radio in (self.until_radio, self.sessions_radio, self.open_radio):
            radio.toggled.connect(lambda _c: self._plan_changed())
        self._plan_changed()
        self.setMinimumWidth(480)
        if period is not None and period in self._periods:
            self.period_combo.setCurrentIndex(self._periods.index(period) + 1)
        self.therapy_combo.setFocus()

    def _period_chosen(self) -> None:
        i = self.period_combo.currentData()
        if i is None:
            return
        p = self._periods[i]
        if p.therapy and self.therapy_combo.findData(p.therapy) >= 0:
            self.therapy_combo.setCurrentIndex(self.therapy_combo.findData(p.therapy))
        self.start_edit.setDate(_qdate(p.start))
        self.end_edit.setDate(_qdate(p.end))
        self.until_radio.setChecked(True)

    def _plan_changed(self) -> None:
        self.end_edit.setEnabled(self.until_radio.isChecked())
        self.sessions_spin.setEnabled(self.sessions_radio.isChecked())

    def draft(self) -> CourseDraft:
        return CourseDraft(
            therapy=self.therapy_combo.currentData() or "",
            start=python_date(self.start_edit.date()),
            planned_end=python_date(self.end_edit.date()) if self.until_radio.isChecked() else None,
            sessions_planned=self.sessions_spin.value() if self.sessions_radio.isChecked() else None,
            per_week=self.per_week_spin.value() or None,
            provider=self.provider_edit.text() or None,
            goal=self.goal_edit.text() or None,
            baseline_days=self.baseline_spin.value(),
        )

    def check(self) -> CourseDraft:
        draft = self.draft()
        try:
            valid = draft.validate()
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "other"
            text = (
                translate(
                    "StartCourseDialog", "The planned last day is before the first day. Choose a day on or after it."
                )
                if exc.field == "to"
                else translate("StartCourseDialog", "{upper}{problem}. Allowed: {allowed}.").format(
                    upper=exc.problem[:1].upper(), problem=exc.problem[1:], allowed=exc.allowed
                )
            )
            self._show({field: text})
            raise
        self._show({})
        return valid

    def _show(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))

    @qt_override
    def accept(self) -> None:
        try:
            draft = self.check()
        except ValidationError:
            return
        if self._save(draft):
            self.draft_saved = draft
            super().accept()


class EndCourseDialog(QDialog):
    """The last day, why the course ended, and the PGIC (optional), with its question and 7 answers."""

    def __init__(
        self,
        *,
        course: Course,
        therapy_name: str,
        save: Callable[[CourseEnd], bool],
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("EndCourseDialog", "End the course"))
        self._save = save
        self.course = course
        self.end_saved: CourseEnd | None = None
        intro = _plain(
            translate(
                "EndCourseDialog",
                "{therapy_name} course from {date_text}. Ending it keeps why, and how you feel "
                "things changed, beside its numbers.",
            ).format(therapy_name=therapy_name, date_text=date_text(course.start)),
            self,
        )
        last = course.planned_last_day()
        self.on_edit = _date_edit(self, max(course.start, min(today, last) if last else today))
        self.on_edit.setAccessibleName(translate("EndCourseDialog", "Last day of the course"))
        self.reason_combo = QComboBox(self)
        for reason in EndReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.reason_combo.setAccessibleName(translate("EndCourseDialog", "Why it ended"))
        self.pgic_buttons = QButtonGroup(self)
        pgic_box = QVBoxLayout()
        pgic_box.addWidget(_plain(PGIC_QUESTION, self))
        for value, words in PGIC.items():
            radio = QRadioButton(f"{value}  {words}", self)
            radio.setAccessibleName(
                translate("EndCourseDialog", "{words} ({value} of 7)").format(words=words, value=value)
            )
            self.pgic_buttons.addButton(radio, value)
            pgic_box.addWidget(radio)
        self.skip_pgic = QRadioButton(translate("EndCourseDialog", "I'd rather not say"), self)
        self.pgic_buttons.addButton(self.skip_pgic, 0)
        pgic_box.addWidget(self.skip_pgic)
        self.skip_pgic.setChecked(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(SHORT_TEXT_MAX)
        self.note_edit.setAccessibleName(translate("EndCourseDialog", "Note"))
        self.errors = {n: error_label(self) for n in ("--on", "other")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("EndCourseDialog", "&Last day"), self.on_edit)
        form.addRow("", self.errors["--on"])
        form.addRow(translate("EndCourseDialog", "&Why it ended"), self.reason_combo)
        form.addRow(translate("EndCourseDialog", "Impression of change"), pgic_box)
        form.addRow(translate("EndCourseDialog", "&Note"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("EndCourseDialog", "End course"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["other"])
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def set_pgic(self, value: int | None) -> None:
        self.pgic_buttons.button(value or 0).setChecked(True)

    def draft(self) -> CourseEnd:
        pgic = self.pgic_buttons.checkedId()
        return CourseEnd(
            python_date(self.on_edit.date()),
            EndReason(self.reason_combo.currentData()),
            pgic if pgic > 0 else None,
            self.note_edit.text().strip() or None,
        )

    @qt_override
    def accept(self) -> None:
        end = self.draft()
        if end.on < self.course.start:
            self.errors["--on"].setText(
                translate("EndCourseDialog", "The last day is before the course's first day ({date_text}).").format(
                    date_text=date_text(self.course.start)
                )
            )
            self.errors["--on"].show()
            return
        try:
            ok = self._save(end)
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.errors["other"])
            label.setText(
                translate("EndCourseDialog", "{upper}{problem}. Allowed: {allowed}.").format(
                    upper=exc.problem[:1].upper(), problem=exc.problem[1:], allowed=exc.allowed
                )
            )
            label.show()
            return
        if ok:
            self.end_saved = end
            super().accept()


# --------------------------------------------------------------------------- the list

COLUMNS = [
    QT_TRANSLATE_NOOP("CourseDialogs", "Therapy"),
    QT_TRANSLATE_NOOP("CourseDialogs", "From"),
    QT_TRANSLATE_NOOP("CourseDialogs", "To"),
    QT_TRANSLATE_NOOP("CourseDialogs", "Sessions"),
    QT_TRANSLATE_NOOP("CourseDialogs", "Pain: end vs baseline"),
    QT_TRANSLATE_NOOP("CourseDialogs", "Ended"),
]


class CoursesTableModel(QAbstractTableModel):
    """Courses with their evaluations (analysis.courses.CourseEvaluation). Plain text only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_evaluations(self, evaluations: list) -> None:
        self.beginResetModel()
        self._rows = list(evaluations)
        self.endResetModel()

    def evaluation(self, row: int):
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
            return translate("CourseDialogs", COLUMNS[section])
        return None

    @qt_override
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        ev = self._rows[index.row()]
        return course_cells(ev)[index.column()]


def course_cells(ev) -> list[str]:
    c = ev.course
    planned = f" of {ev.sessions_planned:.0f}" if ev.sessions_planned else ""
    change = ev.assessment.arithmetic() if ev.assessment else translate("CourseDialogs", "no comparison")
    ended = (
        f"{date_text(c.ended.on, weekday=False)} ({c.ended.reason.value}"
        + (f", PGIC {c.ended.pgic}" if c.ended.pgic else "")
        + ")"
        if c.ended
        else (translate("CourseDialogs", "running") if ev.running else "")
    )
    return [ev.therapy_name, date_text(ev.first), date_text(ev.last), f"{ev.sessions_done}{planned}", change, ended]


class CoursesDialog(QDialog):
    """The courses with Start a course…, End…, Delete and Show on chart."""

    def __init__(
        self,
        *,
        evaluations: Callable[[], list],
        start: Callable[[], object],
        end: Callable[[Course], object],
        delete: Callable[[Course], bool],
        show: Callable[[Course], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("CoursesDialog", "Therapy courses"))
        self._evaluations = evaluations
        self._end, self._delete, self._show_course = end, delete, show
        self.model = CoursesTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = _plain("", self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.table.doubleClicked.connect(lambda _i: self.show_selected())
        self.start_button = QPushButton(translate("CoursesDialog", "&Start a course…"), self)
        self.start_button.clicked.connect(lambda: start())
        self.end_button = QPushButton(translate("CoursesDialog", "&End course…"), self)
        self.end_button.clicked.connect(self.end_selected)
        self.show_button = QPushButton(translate("CoursesDialog", "Show on &chart"), self)
        self.show_button.clicked.connect(self.show_selected)
        self.delete_button = QPushButton(translate("CoursesDialog", "&Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.start_button, self.end_button, self.show_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(
            _plain(translate("CoursesDialog", "Ending or deleting a course can be undone with Ctrl+Z."), self)
        )
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(820, 420)
        self.refresh()

    def refresh(self, *_args) -> None:
        current = self.selected()
        self.model.set_evaluations(self._evaluations())
        row = 0
        if current is not None:
            ids = [self.model.evaluation(r).course.id for r in range(self.model.rowCount())]
            row = ids.index(current.id) if current.id in ids else 0
        if self.model.rowCount():
            self.table.selectRow(row)
        self._selected_changed()

    def selected(self) -> Course | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.evaluation(index.row()).course

    def _selected_changed(self) -> None:
        index = self.table.currentIndex()
        ev = self.model.evaluation(index.row()) if index.isValid() else None
        for b in (self.end_button, self.show_button, self.delete_button):
            b.setEnabled(ev is not None)
        if ev is not None:
            self.end_button.setEnabled(ev.course.ended is None)
        if ev is None:
            self.summary.setText(
                translate(
                    "CoursesDialog",
                    "No courses yet. Start one to see your sessions and your pain against your own baseline.",
                )
                if not self.model.rowCount()
                else ""
            )
        else:
            self.summary.setText("\n".join([ev.summary(), *ev.cautions]))

    def end_selected(self):
        course = self.selected()
        return None if course is None else self._end(course)

    def show_selected(self) -> None:
        course = self.selected()
        if course is not None:
            self._show_course(course)

    def delete_selected(self) -> None:
        course = self.selected()
        if course is not None:
            self._delete(course)

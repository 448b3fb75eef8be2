"""Entry forms shared by the Today view and the edit dialog: each builds a validated draft.

A form never saves anything itself. ``draft()`` returns a validated draft or shows the problem next
to the field (in plain words) and raises ``ValidationError``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import ValidationError
from backjournal.domain.medications import DoseUnit
from backjournal.domain.models import (
    MAX_MINUTES,
    BodyRegion,
    PainEntry,
    PainEntryDraft,
    PainQuality,
    PegCheckin,
    PegDraft,
    TherapyCategory,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
    shown_name,
)
from backjournal.domain.timeutil import check_local_time_exists, check_not_future, local_now
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.colours import ToneLabel
from backjournal.ui.dates import moment_format
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.body_map import BodyMap
from backjournal.ui.widgets.chips import ChipGroup
from backjournal.ui.widgets.region_scores import RegionScores
from backjournal.ui.widgets.score_picker import ScorePicker


def error_label(parent: QWidget) -> QLabel:
    label = ToneLabel(parent, tone="problem")  # dark red, or light red on a dark theme
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(translate("Forms", "Problem"))
    label.hide()
    return label


class WheelGuard(QObject):
    """A spin box, combo box or date field changes with the mouse wheel only while it has the focus:
    scrolling the page past it never changes a value the person did not mean to change."""

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def guard_wheel(*widgets: QWidget) -> None:
    for widget in widgets:
        guard = widget.findChild(WheelGuard) or WheelGuard(widget)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by wheel
        widget.installEventFilter(guard)


class SectionDateTimeEdit(QDateTimeEdit):
    """A date/time field where Tab leaves the field (to the next one) and Left/Right move between its
    parts (day, month, year, hour, minute); Up/Down and digits change the selected part."""

    @qt_override
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next)

    @qt_override
    def event(self, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return True
        return super().event(event)

    @qt_override
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            index = min(max(self.currentSectionIndex() + step, 0), self.sectionCount() - 1)
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))
            return
        super().keyPressEvent(event)

    @qt_override
    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            index = 0 if event.reason() == Qt.FocusReason.TabFocusReason else self.sectionCount() - 1
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))


class MomentEdit(QWidget):
    """Date and time, defaulting to "now" until the person changes it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = SectionDateTimeEdit(self)
        self.edit.setAccessibleName(translate("MomentEdit", "Date and time"))
        guard_wheel(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(moment_format())
        self.edit.setMaximumDateTime(QDateTime.currentDateTime().addYears(1))
        self.now_button = QToolButton(self)
        self.now_button.setText(translate("MomentEdit", "Now"))
        self.now_button.setToolTip(translate("MomentEdit", "Set to the current time"))
        self.now_button.setAccessibleName(translate("MomentEdit", "Set the date and time to now"))
        self.now_button.clicked.connect(self.reset)
        row.addWidget(self.edit, 1)
        row.addWidget(self.now_button)
        self._touched = False
        self.reset()
        self.edit.dateTimeChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._touched = True
        self.changed.emit()

    def reset(self) -> None:
        self.edit.blockSignals(True)
        self.edit.setDateTime(QDateTime.currentDateTime())
        self.edit.blockSignals(False)
        self._touched = False
        self.changed.emit()

    def set_moment(self, moment: datetime) -> None:
        self.edit.blockSignals(True)
        local = moment.astimezone()
        self.edit.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second, local.microsecond // 1000),
            )
        )
        self.edit.blockSignals(False)
        self._touched = True

    def moment(self) -> datetime:
        if not self._touched:
            return local_now()
        self._check_shown_time_exists()
        shown = self.edit.dateTime().toPython()
        assert isinstance(shown, datetime)  # a QDateTime converts to a datetime
        return check_not_future(shown.astimezone(), field="time")

    def _check_shown_time_exists(self) -> None:
        """Qt shows a typed time the clock skipped (daylight saving) but keeps another value behind it:
        refuse it, naming the two real times, instead of saving a moment the person did not type."""
        edit = self.edit
        if edit.text() == edit.locale().toString(edit.dateTime(), edit.displayFormat()):
            return
        Section = QDateTimeEdit.Section  # noqa: N806 - Qt's enum, named as Qt names it
        try:
            day = edit.date().toPython()
            assert isinstance(day, date)  # a QDate converts to a date
            typed = datetime.combine(
                day, time(int(edit.sectionText(Section.HourSection)), int(edit.sectionText(Section.MinuteSection)))
            )
        except ValueError:
            raise ValidationError("time", edit.text(), "a complete date and time") from None
        check_local_time_exists(typed, field="time")


class _Form(QWidget):
    """Common parts: a form layout, an error label, a note box."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.error = error_label(self)

    def _note_box(self) -> QPlainTextEdit:
        note = QPlainTextEdit(self)
        note.setTabChangesFocus(True)
        note.setPlaceholderText(translate("_Form", "Optional: anything worth remembering"))
        note.setFixedHeight(64)
        return note

    def build(self) -> PainEntryDraft | TherapySessionDraft | PegDraft:
        """The draft the fields describe (each form builds its own kind)."""
        raise NotImplementedError

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(
            translate("_Form", "{capitalize}: {problem}. Allowed: {allowed}.").format(
                capitalize=exc.field_label[:1].upper() + exc.field_label[1:], problem=exc.problem, allowed=exc.allowed
            )
        )
        self.error.show()

    def recheck(self, *_args) -> None:
        """After a change: a shown problem disappears once it is fixed (or names the one that is left)."""
        if self.error.isHidden():
            return
        try:
            self.build().validate()
        except ValidationError as exc:
            self.show_error(exc)
        else:
            self.clear_error()

    def _watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self.recheck)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def _checked(self, build):
        try:
            draft = build().validate()
        except ValidationError as exc:
            self.show_error(exc)
            raise
        self.clear_error()
        return draft


class PainForm(_Form):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = ScorePicker(self)
        self.regions = ChipGroup([(r, r.label) for r in BodyRegion], self, columns=2)
        self.body_map = BodyMap(self)  # beside the chips, in step with them
        self.qualities = ChipGroup([(q, q.label) for q in PainQuality], self, columns=4)
        self.when = MomentEdit(self)
        self.note = self._note_box()
        self.form.addRow(translate("PainForm", "How bad is the pain?"), self.score)
        self.where = QWidget(self)  # the chips and "Score each region" beside the body map
        where_row = QHBoxLayout(self.where)
        where_row.setContentsMargins(0, 0, 0, 0)
        chips_column = QVBoxLayout()
        chips_column.addWidget(self.regions)
        self.each_region = QCheckBox(translate("PainForm", "Score each re&gion"), self)
        self.each_region.setToolTip(translate("PainForm", "Give each chosen region its own 0-10 score (remembered)"))
        self.each_region.setAccessibleName(translate("PainForm", "Score each region"))
        chips_column.addWidget(self.each_region)
        chips_column.addStretch(1)
        where_row.addLayout(chips_column, 1)
        where_row.addWidget(self.body_map, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(translate("PainForm", "Where"), self.where)
        self.region_scores = RegionScores(self)
        self.form.addRow(translate("PainForm", "Each region"), self.region_scores)
        self.regions.changed.connect(self._chips_changed)
        self.body_map.changed.connect(self._map_clicked)
        self.each_region.toggled.connect(self.show_region_scores)
        self.form.addRow(translate("PainForm", "What it feels like"), self.qualities)
        self.form.addRow(translate("PainForm", "When"), self.when)
        self.form.addRow(translate("PainForm", "Note"), self.note)
        self.form.addRow(self.error)
        self.regions.set_values([BodyRegion.LOWER_BACK])
        self.regions.setAccessibleName(translate("PainForm", "Where the pain is"))
        self.qualities.setAccessibleName(translate("PainForm", "What the pain feels like"))
        self.note.setAccessibleName(translate("PainForm", "Note"))
        self._watch(
            self.score.scoreChanged,
            self.regions.changed,
            self.qualities.changed,
            self.when.changed,
            self.region_scores.changed,
            self.each_region.toggled,
        )
        self.show_region_scores()

    @property
    def scoring_each_region(self) -> bool:
        return self.each_region.isChecked()

    def set_score_each_region(self, on: bool) -> None:
        """Turn "Score each region" on or off as the preferences say (``each_region.clicked`` is the
        person's own click; this emits no click)."""
        self.each_region.setChecked(on)

    def show_region_scores(self, *_args) -> None:
        """The "Each region" row: shown while scoring each region, with regions chosen and "Where" shown."""
        chosen = self.regions.values()
        self.region_scores.show_regions(chosen)
        self.form.setRowVisible(
            self.region_scores, self.scoring_each_region and bool(chosen) and self.form.isRowVisible(self.where)
        )

    def _chips_changed(self) -> None:
        self.body_map.set_values(self.regions.values())
        self.show_region_scores()

    def _map_clicked(self) -> None:
        off_map = [r for r in self.regions.values() if r not in self.body_map.regions()]  # e.g. Other
        self.regions.set_values([*self.body_map.values(), *off_map])

    @qt_override
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A digit typed while a chip or button of this form has the focus picks the score (text, date
        and number fields keep their digits: they never reach here)."""
        if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.score.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _region_scores(self, regions: list[BodyRegion]) -> tuple[int, ...]:
        """With "Score each region" on: a score for every chosen region, or none at all (then the entry
        has one score for all its regions); some but not all is a problem naming the first unscored."""
        if not self.scoring_each_region:
            return ()
        scores = self.region_scores.scores(regions)
        if all(s is None for s in scores):
            return ()
        missing = [r for r, s in zip(regions, scores, strict=True) if s is None]
        if missing:
            raise ValidationError(
                translate("Errors", "score for {region}").format(region=missing[0].label),
                translate("Errors", "nothing"),
                translate("_Form", "a score from 0 to 10 for each chosen region, or for none"),
                translate("_Form", "no score chosen yet for this region"),
            )
        return tuple(s for s in scores if s is not None)

    def build(self) -> PainEntryDraft:
        regions = self.regions.values()
        region_scores = self._region_scores(regions)
        if self.score.score is None and not region_scores:
            raise ValidationError(
                "score",
                "nothing",
                "a score from 0 (no pain) to 10 (worst pain imaginable)",
                "no score chosen yet (press a number key or click a button)",
            )
        return PainEntryDraft(
            felt_at=self.when.moment(),
            score=self.score.score,
            regions=tuple(regions),
            qualities=tuple(self.qualities.values()),
            note=self.note.toPlainText(),
            region_scores=region_scores,
        )

    def draft(self) -> PainEntryDraft:
        return self._checked(self.build)

    def load(self, entry: PainEntry | PainEntryDraft, *, keep_time: bool = True) -> None:
        self.score.set_score(entry.score)
        if entry.region_scores:  # scored by region: show those scores (the remembered mode is not changed)
            self.set_score_each_region(True)
        self.region_scores.set_scores(
            dict(zip(entry.regions, entry.region_scores, strict=True)) if entry.region_scores else {}
        )
        self.regions.set_values(entry.regions)
        self.qualities.set_values(entry.qualities)
        self.note.setPlainText(entry.note or "")
        if keep_time:
            self.when.set_moment(entry.felt_at)

    def reset(self) -> None:
        self.score.clear()
        self.region_scores.clear()
        self.note.clear()
        self.when.reset()
        self.clear_error()


#: The item at the end of a therapy picker (and of the medication picker) that adds a new one.
ADD_THERAPY_TEXT = QT_TRANSLATE_NOOP("SessionForm", "Add therapy…")  # shown as translate("SessionForm", ...)
ADD_MEDICATION_TEXT = QT_TRANSLATE_NOOP("SessionForm", "Add medication…")
GENERIC_MEDICATION = "medication"
#: In the medication picker while a session logged as the generic "Medication" is edited.
NOT_NAMED_TEXT = QT_TRANSLATE_NOOP("SessionForm", "Not named (as logged)")
SCHEDULE_CHOICES = (
    ("", "–"),
    ("as-needed", QT_TRANSLATE_NOOP("SessionForm", "as needed")),
    ("scheduled", QT_TRANSLATE_NOOP("SessionForm", "scheduled")),
)


class SessionForm(_Form):
    """A therapy session. Picking the generic "Medication" asks which medication (the last used is
    offered first); a drug's dose is structured (amount, unit, as needed/scheduled, as entered) with
    any other dose text kept beside it. With ``offers_add`` the last item of each picker asks to add a
    new one (``add_therapy_requested`` / ``add_medication_requested``; the view that owns the form adds
    it through the service and calls ``set_therapies``). A session logged as the generic "Medication"
    before medications had names keeps it when edited ("not named" in the medication picker)."""

    add_therapy_requested = Signal()
    add_medication_requested = Signal()

    def __init__(self, therapies: list[TherapyType], parent: QWidget | None = None, *, offers_add: bool = False):
        super().__init__(parent)
        self._therapies: list[TherapyType] = []
        self._last_medication: str | None = None
        self._keep_key: str | None = None  # an archived therapy shown while its session is edited
        self._keep_generic = False  # a session of the generic "Medication" is being edited
        self._offers_add = offers_add
        self.therapy = QComboBox(self)
        self.about = QPushButton(translate("SessionForm", "What is this?"), self)
        self.about.setToolTip(translate("SessionForm", "Open the reference card for this therapy"))
        top = QHBoxLayout()
        top.addWidget(self.therapy, 1)
        top.addWidget(self.about)
        self.medication = QComboBox(self)
        self.medication_label = QLabel(
            translate("SessionForm", "Which one?"), self
        )  # under "Therapy: Medication"; short, so the
        # label column stays as wide as before and the score rows do not wrap
        self.when = MomentEdit(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(-1, MAX_MINUTES)
        self.minutes.setSpecialValueText("–")
        self.minutes.setSuffix(translate("SessionForm", " min"))
        self.minutes.setValue(-1)
        self.minutes.setAccessibleName(translate("SessionForm", "Duration in minutes"))
        self.before = ScorePicker(self, compact=True, allow_none=True)
        self.after = ScorePicker(self, compact=True, allow_none=True)
        self.details = QLineEdit(self)
        self.details.setPlaceholderText(translate("SessionForm", "e.g. brisk walk, 40 °C wrap, 10 needles"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(translate("SessionForm", "amount"))
        self.amount.setMaximumWidth(90)
        self.unit = QComboBox(self)
        for unit in DoseUnit:
            self.unit.addItem(unit.value, unit.value)
        self.schedule = QComboBox(self)
        for value, text in SCHEDULE_CHOICES:
            self.schedule.addItem(translate("SessionForm", text), value)
        self.dose_box = QWidget(self)  # one widget, so Today's "Dose" field toggle hides the whole row
        dose_row = QHBoxLayout(self.dose_box)
        dose_row.setContentsMargins(0, 0, 0, 0)
        dose_row.addWidget(self.amount)
        dose_row.addWidget(self.unit)
        dose_row.addWidget(self.schedule)
        dose_row.addStretch(1)
        self.dose = QLineEdit(self)
        self.dose.setPlaceholderText(translate("SessionForm", "other dose text (optional)"))
        self.provider = QLineEdit(self)
        self.provider.setPlaceholderText(translate("SessionForm", "who or where (optional)"))
        self.note = self._note_box()
        self.form.addRow(translate("SessionForm", "Therapy"), top)
        self.form.addRow(self.medication_label, self.medication)
        self.form.addRow(translate("SessionForm", "Started"), self.when)
        self.form.addRow(translate("SessionForm", "Duration"), self.minutes)
        self.form.addRow(translate("SessionForm", "Pain before"), self.before)
        self.form.addRow(translate("SessionForm", "Pain after"), self.after)
        self.form.addRow(translate("SessionForm", "Details"), self.details)
        self.dose_label = QLabel(translate("SessionForm", "Dose"), self)
        self.form.addRow(self.dose_label, self.dose_box)
        self.dose_text_label = QLabel(translate("SessionForm", "Dose, as text"), self)
        self.form.addRow(self.dose_text_label, self.dose)
        self.form.addRow(translate("SessionForm", "Provider / place"), self.provider)
        self.form.addRow(translate("SessionForm", "Note"), self.note)
        self.form.addRow(self.error)
        self.therapy.currentIndexChanged.connect(self._therapy_changed)
        self.medication.currentIndexChanged.connect(self._medication_changed)
        self.therapy.activated.connect(self._therapy_activated)
        self.medication.activated.connect(self._medication_activated)
        self.set_therapies(therapies)
        self.therapy.setAccessibleName(translate("SessionForm", "Therapy"))
        self.medication.setAccessibleName(translate("SessionForm", "Which medication"))
        self.about.setAccessibleName(translate("SessionForm", "What is this therapy? Open its reference card"))
        self.before.setAccessibleName(translate("SessionForm", "Pain before the session, 0 to 10 (optional)"))
        self.after.setAccessibleName(translate("SessionForm", "Pain after the session, 0 to 10 (optional)"))
        self.amount.setAccessibleName(translate("SessionForm", "Dose amount, as entered"))
        self.unit.setAccessibleName(translate("SessionForm", "Dose unit"))
        self.schedule.setAccessibleName(translate("SessionForm", "Taken as needed or on a schedule"))
        for edit, name in (
            (self.details, translate("SessionForm", "Details")),
            (self.dose, translate("SessionForm", "Dose, as text")),
            (self.provider, translate("SessionForm", "Provider or place")),
            (self.note, translate("SessionForm", "Note")),
        ):
            edit.setAccessibleName(name)
        guard_wheel(self.therapy, self.minutes, self.medication, self.unit, self.schedule)
        self._watch(
            self.therapy.currentIndexChanged,
            self.medication.currentIndexChanged,
            self.when.changed,
            self.minutes.valueChanged,
            self.before.scoreChanged,
            self.after.scoreChanged,
            self.amount.textChanged,
        )

    # ------------------------------------------------------------------ therapies and medications
    def set_therapies(self, therapies: list[TherapyType], *, select: str | None = None) -> None:
        """The therapies to offer (archived ones are left out, except one being edited); ``select``
        picks a therapy (e.g. one just added)."""
        current = select or self.therapy_key()
        medication = self.medication_key()
        self._therapies = list(therapies)
        shown = [t for t in therapies if not t.archived or t.key in (self._keep_key, current)]
        self.therapy.blockSignals(True)
        self.therapy.clear()
        for t in shown:
            self.therapy.addItem(shown_name(t.key, t.name), t)
        if self._offers_add:
            self.therapy.addItem(translate("SessionForm", ADD_THERAPY_TEXT), None)
        self.therapy.blockSignals(False)
        self._fill_medications(select if select and self._is_medication(select) else medication)
        if current:
            self.select_therapy(current)
        self._previous = self.therapy.currentIndex()
        self._therapy_changed()

    def _is_medication(self, key: str) -> bool:
        return any(t.key == key and t.is_medication for t in self._therapies)

    def set_last_medication(self, key: str | None) -> None:
        """The medication offered first when "Medication" is picked (the one used last)."""
        self._last_medication = key
        self._fill_medications(key)

    def _fill_medications(self, keep: str | None) -> None:
        meds = [t for t in self._therapies if t.is_medication and (not t.archived or t.key == keep)]
        meds.sort(key=lambda t: (t.key != self._last_medication, t.name.lower()))
        generic = next((t for t in self._therapies if t.key == GENERIC_MEDICATION), None)
        self.medication.blockSignals(True)
        self.medication.clear()
        if self._keep_generic and generic is not None:
            self.medication.addItem(translate("SessionForm", NOT_NAMED_TEXT), generic)
        for t in meds:
            label = (
                translate("SessionForm", "{name} (last used)").format(name=t.name)
                if t.key == self._last_medication
                else t.name
            )
            self.medication.addItem(label, t)
        if self._offers_add:
            self.medication.addItem(translate("SessionForm", ADD_MEDICATION_TEXT), None)
        self.medication.blockSignals(False)
        if keep:
            for i in range(self.medication.count()):
                if self.medication.itemData(i) is not None and self.medication.itemData(i).key == keep:
                    self.medication.setCurrentIndex(i)
                    break
        self._previous_medication = self.medication.currentIndex()

    def select_therapy(self, key: str) -> None:
        for i in range(self.therapy.count()):
            data = self.therapy.itemData(i)
            if data is not None and data.key == key:
                self.therapy.setCurrentIndex(i)
                return

    def therapy_key(self) -> str | None:
        t = self.therapy.currentData()
        return t.key if t is not None else None

    def medication_key(self) -> str | None:
        t = self.medication.currentData() if hasattr(self, "medication") else None
        return t.key if t is not None else None

    def _therapy_activated(self, index: int) -> None:
        if self.therapy.itemData(index) is None:  # "Add therapy…" (the selection went back already)
            self.add_therapy_requested.emit()

    def _medication_activated(self, index: int) -> None:
        if self.medication.itemData(index) is None:  # "Add medication…"
            self.add_medication_requested.emit()

    def _therapy_changed(self) -> None:
        t: TherapyType | None = self.therapy.currentData()
        if t is None and self.therapy.count() > 1:  # never stay on "Add therapy…"
            self.therapy.blockSignals(True)
            self.therapy.setCurrentIndex(max(0, min(getattr(self, "_previous", 0), self.therapy.count() - 2)))
            self.therapy.blockSignals(False)
            t = self.therapy.currentData()
        self._previous = self.therapy.currentIndex()
        is_drug = t is not None and t.category is TherapyCategory.DRUG
        asks = t is not None and t.key == GENERIC_MEDICATION
        self.medication.setVisible(asks)
        self.medication_label.setVisible(asks)
        for w in (self.amount, self.unit, self.schedule, self.dose, self.dose_label, self.dose_text_label):
            w.setEnabled(is_drug)

    def _medication_changed(self) -> None:
        if self.medication.currentData() is None and self.medication.count() > 1:  # never stay on "Add…"
            self.medication.blockSignals(True)
            self.medication.setCurrentIndex(
                max(0, min(getattr(self, "_previous_medication", 0), self.medication.count() - 2))
            )
            self.medication.blockSignals(False)
        self._previous_medication = self.medication.currentIndex()

    def build(self) -> TherapySessionDraft:
        key = self.therapy_key()
        if key is None:
            raise ValidationError("therapy", "nothing", "one of the listed therapies", "no therapy chosen")
        if key == GENERIC_MEDICATION:
            key = self.medication_key()
            if key is None:
                hint = (
                    translate("SessionForm", " (add one with '{add}')").format(
                        add=translate("SessionForm", ADD_MEDICATION_TEXT)
                    )
                    if self._offers_add
                    else ""
                )
                raise ValidationError(
                    "medication", "nothing", f"one of your medications{hint}", "which medication? none chosen"
                )
        minutes = self.minutes.value()
        drug = self.amount.isEnabled()
        amount = self.amount.text().strip() if drug else ""
        return TherapySessionDraft(
            therapy_key=key,
            started_at=self.when.moment(),
            minutes=None if minutes < 0 else minutes,
            pain_before=self.before.score,
            pain_after=self.after.score,
            details=self.details.text(),
            dose=self.dose.text() if drug else None,
            provider=self.provider.text(),
            note=self.note.toPlainText(),
            dose_amount=amount or None,
            dose_unit=self.unit.currentData() if amount else None,
            dose_schedule=(self.schedule.currentData() or None) if amount else None,
        )

    def draft(self) -> TherapySessionDraft:
        return self._checked(self.build)

    def load(self, session: TherapySession) -> None:
        if session.therapy.archived:
            self._keep_key = session.therapy.key
            self.set_therapies(self._therapies, select=session.therapy.key)
        self._keep_generic = session.therapy.key == GENERIC_MEDICATION
        self._fill_medications(GENERIC_MEDICATION if self._keep_generic else None)
        self.select_therapy(session.therapy.key)
        self.when.set_moment(session.started_at)
        self.minutes.setValue(-1 if session.minutes is None else session.minutes)
        self.before.set_score(session.pain_before)
        self.after.set_score(session.pain_after)
        self.details.setText(session.details or "")
        self.amount.setText("" if session.dose_amount is None else f"{session.dose_amount:g}")
        self.unit.setCurrentIndex(max(0, self.unit.findData(session.dose_unit or "mg")))
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(session.dose_schedule or "")))
        self.dose.setText(session.dose or "")
        self.provider.setText(session.provider or "")
        self.note.setPlainText(session.note or "")

    def reset(self) -> None:
        self.when.reset()
        self.before.clear()
        self.after.clear()
        for edit in (self.details, self.dose, self.amount):
            edit.clear()
        self.schedule.setCurrentIndex(0)
        self.note.clear()
        self.clear_error()


PEG_ITEMS = (
    (
        "pain",
        QT_TRANSLATE_NOOP("Forms", "What number best describes your pain on average in the past week?"),
        QT_TRANSLATE_NOOP("Forms", "0 = no pain, 10 = pain as bad as you can imagine"),
    ),
    (
        "enjoyment",
        QT_TRANSLATE_NOOP(
            "Forms",
            "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
        ),
        QT_TRANSLATE_NOOP("Forms", "0 = does not interfere, 10 = completely interferes"),
    ),
    (
        "activity",
        QT_TRANSLATE_NOOP(
            "Forms",
            "What number best describes how, during the past week, pain has interfered with your general activity?",
        ),
        QT_TRANSLATE_NOOP("Forms", "0 = does not interfere, 10 = completely interferes"),
    ),
)


class PegForm(_Form):
    """PEG (Krebs 2009): three questions about the past week; the score is their mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pickers: dict[str, ScorePicker] = {}
        for name, question, anchors in PEG_ITEMS:
            question, anchors = translate("Forms", question), translate("Forms", anchors)
            label = QLabel(f"{question}\n({anchors})", self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            picker = ScorePicker(self, compact=True)
            picker.setAccessibleName(f"{question} {anchors}")
            picker.scoreChanged.connect(self.recheck)
            self.pickers[name] = picker
            self.form.addRow(label)
            self.form.addRow(picker)
        self.when = MomentEdit(self)
        self.note = self._note_box()
        self.form.addRow(translate("PegForm", "Answered"), self.when)
        self.form.addRow(translate("PegForm", "Note"), self.note)
        self.form.addRow(self.error)
        self.note.setAccessibleName(translate("PegForm", "Note"))
        self.when.changed.connect(self.recheck)

    def live_score(self) -> float | None:
        """The PEG score so far: the mean of the three answers, None until all three are answered."""
        answers = [p.score for p in self.pickers.values()]
        given = [a for a in answers if a is not None]
        return None if len(given) < len(answers) else sum(given) / len(given)

    def build(self) -> PegDraft:
        values = {}
        for name, _question, _ in PEG_ITEMS:
            score = self.pickers[name].score
            if score is None:
                raise ValidationError(f"PEG {name}", "nothing", "a number from 0 to 10", "not answered yet")
            values[name] = score
        return PegDraft(answered_at=self.when.moment(), note=self.note.toPlainText(), **values)

    def draft(self) -> PegDraft:
        return self._checked(self.build)

    def load(self, peg: PegCheckin) -> None:
        for name in self.pickers:
            self.pickers[name].set_score(getattr(peg, name))
        self.when.set_moment(peg.answered_at)
        self.note.setPlainText(peg.note or "")

"""Entry forms shared by the Today view and the edit dialog: each builds a validated draft.

A form never saves anything itself. ``draft()`` returns a validated draft or shows the problem next
to the field (in plain words) and raises ``ValidationError``.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
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
)
from backjournal.domain.timeutil import check_local_time_exists, check_not_future, local_now
from backjournal.ui.colours import ToneLabel
from backjournal.ui.dates import moment_format
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
    label.setAccessibleName("Problem")
    label.hide()
    return label


class WheelGuard(QObject):
    """A spin box, combo box or date field changes with the mouse wheel only while it has the focus:
    scrolling the page past it never changes a value the person did not mean to change."""

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

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            index = min(max(self.currentSectionIndex() + step, 0), self.sectionCount() - 1)
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))
            return
        super().keyPressEvent(event)

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
        self.edit.setAccessibleName("Date and time")
        guard_wheel(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(moment_format())
        self.edit.setMaximumDateTime(QDateTime.currentDateTime().addYears(1))
        self.now_button = QToolButton(self)
        self.now_button.setText("Now")
        self.now_button.setToolTip("Set to the current time")
        self.now_button.setAccessibleName("Set the date and time to now")
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
        self.edit.setDateTime(QDateTime(moment.astimezone().replace(tzinfo=None)))
        self.edit.blockSignals(False)
        self._touched = True

    def moment(self) -> datetime:
        if not self._touched:
            return local_now()
        self._check_shown_time_exists()
        return check_not_future(self.edit.dateTime().toPython().astimezone(), field="time")

    def _check_shown_time_exists(self) -> None:
        """Qt shows a typed time the clock skipped (daylight saving) but keeps another value behind it:
        refuse it, naming the two real times, instead of saving a moment the person did not type."""
        edit = self.edit
        if edit.text() == edit.locale().toString(edit.dateTime(), edit.displayFormat()):
            return
        Section = QDateTimeEdit.Section  # noqa: N806 - Qt's enum, named as Qt names it
        try:
            typed = datetime.combine(edit.date().toPython(),
                                     time(int(edit.sectionText(Section.HourSection)),
                                          int(edit.sectionText(Section.MinuteSection))))
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
        note.setPlaceholderText("Optional: anything worth remembering")
        note.setFixedHeight(64)
        return note

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(f"{exc.field.capitalize()}: {exc.problem}. Allowed: {exc.allowed}.")
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
        self.form.addRow("How bad is the pain?", self.score)
        self.where = QWidget(self)  # the chips and "Score each region" beside the body map
        where_row = QHBoxLayout(self.where)
        where_row.setContentsMargins(0, 0, 0, 0)
        chips_column = QVBoxLayout()
        chips_column.addWidget(self.regions)
        self.each_region = QCheckBox("Score each re&gion", self)
        self.each_region.setToolTip("Give each chosen region its own 0-10 score (remembered)")
        self.each_region.setAccessibleName("Score each region")
        chips_column.addWidget(self.each_region)
        chips_column.addStretch(1)
        where_row.addLayout(chips_column, 1)
        where_row.addWidget(self.body_map, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow("Where", self.where)
        self.region_scores = RegionScores(self)
        self.form.addRow("Each region", self.region_scores)
        self.regions.changed.connect(self._chips_changed)
        self.body_map.changed.connect(self._map_clicked)
        self.each_region.toggled.connect(self.show_region_scores)
        self.form.addRow("What it feels like", self.qualities)
        self.form.addRow("When", self.when)
        self.form.addRow("Note", self.note)
        self.form.addRow(self.error)
        self.regions.set_values([BodyRegion.LOWER_BACK])
        self.regions.setAccessibleName("Where the pain is")
        self.qualities.setAccessibleName("What the pain feels like")
        self.note.setAccessibleName("Note")
        self._watch(self.score.scoreChanged, self.regions.changed, self.qualities.changed, self.when.changed,
                    self.region_scores.changed, self.each_region.toggled)
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
        self.form.setRowVisible(self.region_scores, self.scoring_each_region and bool(chosen)
                                and self.form.isRowVisible(self.where))

    def _chips_changed(self) -> None:
        self.body_map.set_values(self.regions.values())
        self.show_region_scores()

    def _map_clicked(self) -> None:
        off_map = [r for r in self.regions.values() if r not in self.body_map.regions()]  # e.g. Other
        self.regions.set_values([*self.body_map.values(), *off_map])

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
            raise ValidationError(f"score for {missing[0].label}", "nothing",
                                  "a score from 0 to 10 for each chosen region, or for none",
                                  "no score chosen yet for this region")
        return tuple(s for s in scores if s is not None)

    def build(self) -> PainEntryDraft:
        regions = self.regions.values()
        region_scores = self._region_scores(regions)
        if self.score.score is None and not region_scores:
            raise ValidationError("score", "nothing", "a score from 0 (no pain) to 10 (worst pain imaginable)",
                                  "no score chosen yet (press a number key or click a button)")
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
        self.region_scores.set_scores(dict(zip(entry.regions, entry.region_scores, strict=True))
                                      if entry.region_scores else {})
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


class SessionForm(_Form):
    def __init__(self, therapies: list[TherapyType], parent: QWidget | None = None):
        super().__init__(parent)
        self.therapy = QComboBox(self)
        self.about = QPushButton("What is this?", self)
        self.about.setToolTip("Open the reference card for this therapy")
        top = QHBoxLayout()
        top.addWidget(self.therapy, 1)
        top.addWidget(self.about)
        self.when = MomentEdit(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(-1, MAX_MINUTES)
        self.minutes.setSpecialValueText("–")
        self.minutes.setSuffix(" min")
        self.minutes.setValue(-1)
        self.minutes.setAccessibleName("Duration in minutes")
        self.before = ScorePicker(self, compact=True, allow_none=True)
        self.after = ScorePicker(self, compact=True, allow_none=True)
        self.details = QLineEdit(self)
        self.details.setPlaceholderText("e.g. brisk walk, 40 °C wrap, 10 needles")
        self.dose = QLineEdit(self)
        self.dose.setPlaceholderText("as on the label or prescription")
        self.provider = QLineEdit(self)
        self.provider.setPlaceholderText("who or where (optional)")
        self.note = self._note_box()
        self.form.addRow("Therapy", top)
        self.form.addRow("Started", self.when)
        self.form.addRow("Duration", self.minutes)
        self.form.addRow("Pain before", self.before)
        self.form.addRow("Pain after", self.after)
        self.form.addRow("Details", self.details)
        self.dose_label = QLabel("Dose", self)
        self.form.addRow(self.dose_label, self.dose)
        self.form.addRow("Provider / place", self.provider)
        self.form.addRow("Note", self.note)
        self.form.addRow(self.error)
        self.therapy.currentIndexChanged.connect(self._therapy_changed)
        self.set_therapies(therapies)
        self.therapy.setAccessibleName("Therapy")
        self.about.setAccessibleName("What is this therapy? Open its reference card")
        self.before.setAccessibleName("Pain before the session, 0 to 10 (optional)")
        self.after.setAccessibleName("Pain after the session, 0 to 10 (optional)")
        for edit, name in ((self.details, "Details"), (self.dose, "Dose"), (self.provider, "Provider or place"),
                           (self.note, "Note")):
            edit.setAccessibleName(name)
        guard_wheel(self.therapy, self.minutes)
        self._watch(self.therapy.currentIndexChanged, self.when.changed, self.minutes.valueChanged,
                    self.before.scoreChanged, self.after.scoreChanged)

    def set_therapies(self, therapies: list[TherapyType]) -> None:
        current = self.therapy_key()
        self.therapy.blockSignals(True)
        self.therapy.clear()
        for t in therapies:
            self.therapy.addItem(t.name, t)
        self.therapy.blockSignals(False)
        if current:
            self.select_therapy(current)
        self._therapy_changed()

    def select_therapy(self, key: str) -> None:
        for i in range(self.therapy.count()):
            if self.therapy.itemData(i).key == key:
                self.therapy.setCurrentIndex(i)
                return

    def therapy_key(self) -> str | None:
        t = self.therapy.currentData()
        return t.key if t is not None else None

    def _therapy_changed(self) -> None:
        t: TherapyType | None = self.therapy.currentData()
        is_drug = t is not None and t.category is TherapyCategory.DRUG
        self.dose.setEnabled(is_drug)
        self.dose_label.setEnabled(is_drug)

    def build(self) -> TherapySessionDraft:
        key = self.therapy_key()
        if key is None:
            raise ValidationError("therapy", "nothing", "one of the listed therapies", "no therapy chosen")
        minutes = self.minutes.value()
        return TherapySessionDraft(
            therapy_key=key,
            started_at=self.when.moment(),
            minutes=None if minutes < 0 else minutes,
            pain_before=self.before.score,
            pain_after=self.after.score,
            details=self.details.text(),
            dose=self.dose.text() if self.dose.isEnabled() else None,
            provider=self.provider.text(),
            note=self.note.toPlainText(),
        )

    def draft(self) -> TherapySessionDraft:
        return self._checked(self.build)

    def load(self, session: TherapySession) -> None:
        self.select_therapy(session.therapy.key)
        self.when.set_moment(session.started_at)
        self.minutes.setValue(-1 if session.minutes is None else session.minutes)
        self.before.set_score(session.pain_before)
        self.after.set_score(session.pain_after)
        self.details.setText(session.details or "")
        self.dose.setText(session.dose or "")
        self.provider.setText(session.provider or "")
        self.note.setPlainText(session.note or "")

    def reset(self) -> None:
        self.when.reset()
        self.before.clear()
        self.after.clear()
        for edit in (self.details, self.dose):
            edit.clear()
        self.note.clear()
        self.clear_error()


PEG_ITEMS = (
    ("pain", "What number best describes your pain on average in the past week?",
     "0 = no pain, 10 = pain as bad as you can imagine"),
    ("enjoyment", "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
     "0 = does not interfere, 10 = completely interferes"),
    ("activity", "What number best describes how, during the past week, pain has interfered with your general activity?",
     "0 = does not interfere, 10 = completely interferes"),
)


class PegForm(_Form):
    """PEG (Krebs 2009): three questions about the past week; the score is their mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pickers: dict[str, ScorePicker] = {}
        for name, question, anchors in PEG_ITEMS:
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
        self.form.addRow("Answered", self.when)
        self.form.addRow("Note", self.note)
        self.form.addRow(self.error)
        self.note.setAccessibleName("Note")
        self.when.changed.connect(self.recheck)

    def live_score(self) -> float | None:
        """The PEG score so far: the mean of the three answers, None until all three are answered."""
        answers = [p.score for p in self.pickers.values()]
        return None if None in answers else sum(answers) / len(answers)

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

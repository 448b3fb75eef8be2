"""Personal (N-of-1) trials in the window: "Start a personal trial…" and "Personal trial result…".

Like the course dialogs, neither dialog writes by itself. The start dialog checks what was typed (a
problem is shown next to its field, naming the allowed values, and nothing is saved), shows the
schedule drawn from the seed, and only then hands the checked draft to ``save`` (the Trends view
pushes ``StartTrialCommand`` through the window's undo history). The result dialog shows the schedule,
the means under A and B, the B − A difference with its 95 % interval and the verdict in plain words,
writes the one printable page (the same as ``backjournal trial show --pdf``) off the UI thread, and
stops the trial after a confirmation (``StopTrialCommand``, undoable).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, TherapyType
from backjournal.domain.numbers import signed
from backjournal.domain.trials import (
    PAIRS_MAX,
    PAIRS_MIN,
    PERIOD_DAYS_MAX,
    PERIOD_DAYS_MIN,
    SEED_MAX,
    Trial,
    TrialDraft,
)
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.dates import date_text, python_date
from backjournal.ui.dialogs.course_dialogs import _date_edit, _plain
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label
from backjournal.ui.widgets.therapy_picker import TherapyPicker

if TYPE_CHECKING:
    from backjournal.analysis.trials import TrialResult
    from backjournal.ui.bridge import JournalSignals
    from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder

PICK_THERAPY = "or pick a therapy…"

FIELDS = ("--a", "--b", "--pairs", "--days", "--washout", "--seed", "--from", "other")
SEED_ALLOWED = f"a whole number from 0 to {SEED_MAX}, or empty for a new one"


def schedule_lines(trial: Trial) -> list[str]:
    lines = []
    for p in trial.schedule():
        washout = (
            translate("TrialDialogs", " (wash-out until {date_text})").format(date_text=date_text(p.washout_end))
            if p.washout_end
            else ""
        )
        lines.append(
            translate(
                "TrialDialogs",
                "Period {number} (pair {pair}): {date_text} – {date_text2}: {regimen} = {regimen_name}{washout}",
            ).format(
                number=p.number,
                pair=p.pair,
                date_text=date_text(p.start),
                date_text2=date_text(p.end),
                regimen=p.regimen,
                regimen_name=trial.regimen_name(p.regimen),
                washout=washout,
            )
        )
    return lines


class StartTrialDialog(QDialog):
    """Regimen A and B, pairs, days per period, wash-out, seed and first day. The first press of
    "Show schedule" checks the fields and shows the drawn schedule; "Start the trial" then saves."""

    def __init__(
        self,
        *,
        save: Callable[[TrialDraft], bool],
        preview: Callable[[TrialDraft], Trial],
        start: date,
        therapies: Callable[[], list[TherapyType]] | None = None,
        adder: TherapyAdder | None = None,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
    ):
        """A regimen is described in words; with ``therapies`` a picker beside each one fills in a
        therapy's name to start from (and offers "Add therapy…" through ``adder``)."""
        super().__init__(parent)
        self.setWindowTitle(translate("StartTrialDialog", "Start a personal trial"))
        self._picked_names: set[str] = set()
        self._save, self._preview = save, preview
        self.draft_saved: TrialDraft | None = None
        self.previewed: TrialDraft | None = None
        intro = _plain(
            translate(
                "StartTrialDialog",
                "Compare two regimens agreed with your clinician, e.g. two pain medicines or "
                "exercise plans. The weeks come in pairs; inside each pair the order of A and B "
                "is drawn at random (the seed is kept, so the schedule can be checked). Today "
                "shows which one is on.",
            ),
            self,
        )
        self.a_edit = QLineEdit(self)
        self.a_edit.setMaxLength(NAME_MAX)
        self.a_edit.setPlaceholderText(translate("StartTrialDialog", "e.g. ibuprofen 400 mg as needed"))
        self.a_edit.setAccessibleName(translate("StartTrialDialog", "Regimen A"))
        self.b_edit = QLineEdit(self)
        self.b_edit.setMaxLength(NAME_MAX)
        self.b_edit.setPlaceholderText(translate("StartTrialDialog", "e.g. paracetamol 1 g as needed"))
        self.b_edit.setAccessibleName(translate("StartTrialDialog", "Regimen B"))
        self.a_pick = self.b_pick = None
        if therapies is not None:
            self.a_pick, self.b_pick = (
                TherapyPicker(therapies=therapies, adder=adder, signals=signals, none_text=PICK_THERAPY, parent=self)
                for _ in range(2)
            )
            for pick, edit, name in ((self.a_pick, self.a_edit, "A"), (self.b_pick, self.b_edit, "B")):
                pick.setAccessibleName(
                    translate("StartTrialDialog", "Start regimen {name} from one of your therapies").format(name=name)
                )
                pick.setToolTip(
                    translate("StartTrialDialog", "Fills in the therapy's name; add the dose and how often in words")
                )
                pick.currentIndexChanged.connect(lambda _i, p=pick, e=edit: self._picked(p, e))
        self.pairs_spin = QSpinBox(self)
        self.pairs_spin.setRange(PAIRS_MIN, PAIRS_MAX)
        self.pairs_spin.setValue(PAIRS_MIN)
        self.pairs_spin.setSuffix(translate("StartTrialDialog", " pairs of periods"))
        self.pairs_spin.setAccessibleName(
            translate("StartTrialDialog", "Pairs of periods ({PAIRS_MIN} to {PAIRS_MAX})").format(
                PAIRS_MIN=PAIRS_MIN, PAIRS_MAX=PAIRS_MAX
            )
        )
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(PERIOD_DAYS_MIN, PERIOD_DAYS_MAX)
        self.days_spin.setValue(PERIOD_DAYS_MIN)
        self.days_spin.setSuffix(translate("StartTrialDialog", " days per period"))
        self.days_spin.setAccessibleName(
            translate("StartTrialDialog", "Days per period ({PERIOD_DAYS_MIN} to {PERIOD_DAYS_MAX})").format(
                PERIOD_DAYS_MIN=PERIOD_DAYS_MIN, PERIOD_DAYS_MAX=PERIOD_DAYS_MAX
            )
        )
        self.washout_spin = QSpinBox(self)
        self.washout_spin.setRange(0, PERIOD_DAYS_MAX - 1)
        self.washout_spin.setSpecialValueText(translate("StartTrialDialog", "none"))
        self.washout_spin.setSuffix(translate("StartTrialDialog", " days left out at the start of each period"))
        self.washout_spin.setAccessibleName(translate("StartTrialDialog", "Wash-out days"))
        self.seed_edit = QLineEdit(self)
        self.seed_edit.setPlaceholderText(translate("StartTrialDialog", "empty: a new one, recorded"))
        self.seed_edit.setAccessibleName(translate("StartTrialDialog", "Seed"))
        self.start_edit = _date_edit(self, start)
        self.start_edit.setAccessibleName(translate("StartTrialDialog", "First day"))
        self.errors = {n: error_label(self) for n in FIELDS}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        a_row, b_row = self._regimen_row(self.a_edit, self.a_pick), self._regimen_row(self.b_edit, self.b_pick)
        for label, widget, key in (
            (translate("StartTrialDialog", "Regimen &A"), a_row, "--a"),
            (translate("StartTrialDialog", "Regimen &B"), b_row, "--b"),
            (translate("StartTrialDialog", "&Pairs"), self.pairs_spin, "--pairs"),
            (translate("StartTrialDialog", "&Days per period"), self.days_spin, "--days"),
            (translate("StartTrialDialog", "&Wash-out"), self.washout_spin, "--washout"),
            (translate("StartTrialDialog", "&Seed"), self.seed_edit, "--seed"),
            (translate("StartTrialDialog", "&First day"), self.start_edit, "--from"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self.schedule_label = QPlainTextEdit(self)  # plain text; scrolls when the periods are many
        self.schedule_label.setReadOnly(True)
        self.schedule_label.setAccessibleName(translate("StartTrialDialog", "Drawn schedule"))
        self.schedule_label.setMinimumHeight(120)
        self.schedule_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = self.buttons.addButton(
            translate("StartTrialDialog", "Show &schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.errors["other"])
        layout.addWidget(self.buttons)
        for edit in (self.a_edit, self.b_edit, self.seed_edit):
            edit.textChanged.connect(lambda *_: self._changed())
        for spin in (self.pairs_spin, self.days_spin, self.washout_spin):
            spin.valueChanged.connect(lambda *_: self._changed())
        self.start_edit.dateChanged.connect(lambda *_: self._changed())
        self.setMinimumWidth(560)
        self.a_edit.setFocus()

    def _regimen_row(self, edit: QLineEdit, pick: TherapyPicker | None) -> QWidget:
        if pick is None:
            return edit
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 3)
        layout.addWidget(pick, 2)
        return row

    def _picked(self, pick: TherapyPicker, edit: QLineEdit) -> None:
        """A therapy picked (or just added): its name starts the regimen's text, kept if typed over."""
        key = pick.current_key()
        if key is not None:
            name = pick.currentText()
            if not edit.text().strip() or edit.text().strip() in self._picked_names:
                edit.setText(name)
            self._picked_names.add(name)

    def _changed(self) -> None:
        """Any change after the schedule was shown: the schedule is drawn again before starting."""
        if self.previewed is not None:
            self.previewed = None
            self.schedule_label.hide()
            self.go_button.setText(translate("StartTrialDialog", "Show &schedule"))

    def draft(self) -> TrialDraft:
        seed_text = self.seed_edit.text().strip()
        seed: int | None = None
        if seed_text:
            if not seed_text.isdigit() or int(seed_text) > SEED_MAX:
                raise ValidationError("--seed", seed_text, SEED_ALLOWED)
            seed = int(seed_text)
        return TrialDraft(
            self.a_edit.text(),
            self.b_edit.text(),
            self.pairs_spin.value(),
            self.days_spin.value(),
            python_date(self.start_edit.date()),
            self.washout_spin.value(),
            seed,
        )

    def check(self) -> tuple[TrialDraft, Trial]:
        """The validated draft (its seed drawn) and the trial it makes; a problem is shown and raised."""
        try:
            valid = self.draft().validate()
            trial = self._preview(valid)
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "other"
            self._show({field: _problem_text(exc)})
            raise
        self._show({})
        return valid, trial

    def _show(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Grow to show a wrapped message in full (word-wrapped labels do not grow a shown dialog)."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(self.height(), height, self.sizeHint().height()))

    @qt_override
    def accept(self) -> None:
        if self.previewed is None:
            try:
                valid, trial = self.check()
            except ValidationError:
                return
            self.schedule_label.setPlainText("\n".join([f"The schedule (seed {trial.seed}):", *schedule_lines(trial)]))
            self.schedule_label.show()
            self.previewed = valid
            self.go_button.setText(translate("StartTrialDialog", "Start the &trial"))
            self._fit()
            return
        try:
            ok = self._save(self.previewed)
        except ValidationError as exc:
            self._show({exc.field if exc.field in self.errors else "other": _problem_text(exc)})
            return
        if ok:
            self.draft_saved = self.previewed
            super().accept()


def _problem_text(exc: ValidationError) -> str:
    problem = exc.problem or translate("TrialDialogs", "is not allowed")
    names = {
        "--a": translate("TrialDialogs", "Regimen A"),
        "--b": translate("TrialDialogs", "Regimen B"),
        "--pairs": translate("TrialDialogs", "The number of pairs"),
        "--days": translate("TrialDialogs", "Days per period"),
        "--washout": translate("TrialDialogs", "The wash-out"),
        "--seed": translate("TrialDialogs", "The seed"),
        "--from": translate("TrialDialogs", "The first day"),
    }
    subject = names.get(exc.field, translate("TrialDialogs", "This"))
    default_problem = translate("Errors", "{value} is not allowed").format(value=repr(exc.value))
    if isinstance(exc.value, str) and not exc.value.strip() and exc.problem == default_problem:
        problem = translate("TrialDialogs", "is empty")
    return translate("TrialDialogs", "{subject}: {problem}. Allowed: {allowed}.").format(
        subject=subject, problem=problem, allowed=exc.allowed
    )


# --------------------------------------------------------------------------- the result

PERIOD_COLUMNS = [
    QT_TRANSLATE_NOOP("TrialDialogs", "Period"),
    QT_TRANSLATE_NOOP("TrialDialogs", "Regimen"),
    QT_TRANSLATE_NOOP("TrialDialogs", "Days"),
    QT_TRANSLATE_NOOP("TrialDialogs", "Mean pain"),
    QT_TRANSLATE_NOOP("TrialDialogs", "Days with data"),
    QT_TRANSLATE_NOOP("TrialDialogs", "PEG"),
    QT_TRANSLATE_NOOP("TrialDialogs", "Side effects"),
]


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def result_lines(result) -> list[str]:
    """The numbers in plain words: under A, under B, B − A with its interval."""
    t = result.trial
    peg = lambda v: f", PEG {v:.1f}" if v is not None else ""  # noqa: E731
    lines = [
        translate("TrialDialogs", "Under A ({regimen_a}): mean daily pain {num} over {days_a} days{peg}").format(
            regimen_a=t.regimen_a, num=_num(result.mean_a), days_a=result.days_a, peg=peg(result.peg_a)
        ),
        translate("TrialDialogs", "Under B ({regimen_b}): mean daily pain {num} over {days_b} days{peg}").format(
            regimen_b=t.regimen_b, num=_num(result.mean_b), days_b=result.days_b, peg=peg(result.peg_b)
        ),
    ]
    if result.difference is None:
        lines.append(translate("TrialDialogs", "B − A: not yet (no pair has pain entries under both regimens)."))
    elif result.ci_low is None or result.ci_high is None:
        lines.append(
            translate("TrialDialogs", "B − A: {signed} points (1 complete pair; an interval needs 2).").format(
                signed=signed(result.difference)
            )
        )
    else:
        lines.append(
            translate(
                "TrialDialogs",
                "B − A: {signed} points, 95 % interval {signed2} to {signed3} ({pairs_complete} complete pairs).",
            ).format(
                signed=signed(result.difference),
                signed2=signed(result.ci_low),
                signed3=signed(result.ci_high),
                pairs_complete=result.pairs_complete,
            )
        )
    return lines


class TrialResultDialog(QDialog):
    """The latest trial: its schedule with each period's numbers and side effects, the comparison,
    the verdict, "Save page for my physician…" and "Stop the trial"."""

    # The result shown, read again by refresh() (first at the end of __init__). Not `result`: that
    # name is QDialog.result(), the dialog's accept/reject code, which an attribute would hide.
    shown: TrialResult

    def __init__(
        self,
        *,
        result: Callable[[], TrialResult],
        save_page: Callable[[QWidget, Trial, Path], Path | None],
        stop: Callable[[Trial], bool],
        confirm: Callable[[QWidget, str], bool] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("TrialResultDialog", "Personal trial result"))
        self._result, self._save_page, self._stop = result, save_page, stop
        self._confirm = confirm or _ask
        self.heading = _plain("", self)
        self.table = QTableWidget(0, len(PERIOD_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("TrialDialogs", c) for c in PERIOD_COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(translate("TrialResultDialog", "Schedule with each period's mean pain"))
        header = self.table.horizontalHeader()
        for col in range(len(PERIOD_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(PERIOD_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.numbers = _plain("", self)
        self.numbers.setAccessibleName(translate("TrialResultDialog", "Mean pain under A and B"))
        self.verdict = _plain("", self)
        self.verdict.setAccessibleName(translate("TrialResultDialog", "What the numbers say"))
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        from backjournal.analysis.trials import CONVERSATION

        self.note = _plain(CONVERSATION, self)
        self.save_button = QPushButton(translate("TrialResultDialog", "Save page for my &physician…"), self)
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.stop_button = QPushButton(translate("TrialResultDialog", "S&top the trial"), self)
        self.stop_button.clicked.connect(self.ask_stop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.numbers)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addWidget(_plain(translate("TrialResultDialog", "Stopping the trial can be undone with Ctrl+Z."), self))
        layout.addWidget(buttons)
        self.resize(940, 600)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        self.shown = r = self._result()
        t = r.trial
        state = (
            translate("TrialResultDialog", "stopped on ") + date_text(t.stopped_on)
            if t.stopped_on
            else "finished"
            if r.finished
            else "running"
        )
        self.heading.setText(
            translate(
                "TrialResultDialog",
                "A = {regimen_a}; B = {regimen_b}. {pairs} pairs of {period_days}-day "
                "periods, {date_text} – {date_text2} ({state})",
            ).format(
                regimen_a=t.regimen_a,
                regimen_b=t.regimen_b,
                pairs=t.pairs,
                period_days=t.period_days,
                date_text=date_text(t.start),
                date_text2=date_text(t.last_day),
                state=state,
            )
            + (
                translate(
                    "TrialResultDialog", "; the first {washout_days} days of each period are a wash-out, left out"
                ).format(washout_days=t.washout_days)
                if t.washout_days
                else ""
            )
            + translate("TrialResultDialog", ". Seed {seed}.").format(seed=t.seed)
        )
        self.table.setRowCount(len(r.periods))
        for row, pr in enumerate(r.periods):
            p = pr.period
            cells = [
                translate("TrialResultDialog", "{number} (pair {pair})").format(number=p.number, pair=p.pair),
                p.regimen,
                f"{date_text(p.start)} – {date_text(p.end)}",
                _num(pr.mean),
                str(pr.days),
                _num(pr.peg),
                pr.side_effects or "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)  # items are plain text
                if col == 1:
                    item.setToolTip(t.regimen_name(p.regimen))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.numbers.setText("\n".join(result_lines(r)))
        self.verdict.setText(r.verdict())
        self.stop_button.setEnabled(t.stopped_on is None and not r.finished)

    def save_to(self, path: str | Path) -> Path | None:
        return self._save_page(self, self.shown.trial, Path(path))

    def choose_file_and_save(self) -> None:
        t = self.shown.trial
        suggested = str(Path.home() / f"personal-trial-{t.start.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("TrialResultDialog", "Save the page for my physician"),
            suggested,
            translate("TrialResultDialog", "PDF (*.pdf)"),
        )
        if path:
            self.save_to(path)

    def ask_stop(self) -> bool:
        t = self.shown.trial
        if not self._confirm(
            self,
            translate(
                "TrialResultDialog",
                "Stop the personal trial of {regimen_a} (A) and {regimen_b} (B) "
                "today? Its result will use the days up to today. You can undo this "
                "with Ctrl+Z.",
            ).format(regimen_a=t.regimen_a, regimen_b=t.regimen_b),
        ):
            return False
        if self._stop(t):
            self.refresh()
            return True
        return False


def _ask(parent: QWidget, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TrialDialogs", "Stop the trial"),
        text,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    stop = box.addButton(translate("TrialDialogs", "Stop the trial"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    from backjournal.ui.modal import exec_dialog

    exec_dialog(box)
    return box.clickedButton() is stop

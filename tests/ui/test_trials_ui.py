"""Personal trials in the window: start one from Trends > Courses > Personal trial (the schedule is
shown before it starts), open its result (the same numbers as ``TrialService`` and ``trial show
--format json``), save the physician's page, and stop it (confirmed, undoable)."""

from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from backjournal.domain.models import PainEntryDraft, PegDraft
from backjournal.services.report import ReportService
from backjournal.services.trials import TrialService
from tests.conftest import run_cli
from tests.ui.test_trends_kinds_and_periods import TODAY, _moment

pytestmark = pytest.mark.gui

FIRST = TODAY - timedelta(days=42)  # 3 pairs of 7-day periods, over before TODAY (and before the real today)


@pytest.fixture
def trials(opened):
    return TrialService(unit_of_work=opened.uow, clock=lambda: TODAY)


@pytest.fixture
def view(qtbot, journal, trends, undo, opened, trials):
    from backjournal.services.courses import CourseService
    from backjournal.ui.views.trends_courses import attach_courses
    from backjournal.ui.views.trends_view import TrendsView

    errors = []
    w = TrendsView(journal=journal, trends=trends, today_fn=lambda: TODAY, on_error=errors.append, undo=undo)
    attach_courses(
        w,
        courses=CourseService(unit_of_work=opened.uow, clock=lambda: TODAY),
        trials=trials,
        reports=ReportService(unit_of_work=opened.uow),
        journal_path=opened.path,
    )
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    w.errors = errors
    yield w
    assert errors == []


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_a_trial_see_its_result_save_the_page_and_stop_it(
    qtbot, view, journal, trials, undo, data_dir, tmp_path, opened
):
    assert view.courses.trial_menu.menuAction() in view.courses.menu.actions()
    dialog = view.courses.ask_start_trial()
    qtbot.waitExposed(dialog)

    # bad input: named next to its field with the allowed values, nothing saved
    qtbot.keyClicks(dialog.a_edit, "Ibuprofen 400 mg")
    qtbot.keyClicks(dialog.b_edit, "ibuprofen 400 MG")
    qtbot.keyClicks(dialog.seed_edit, "seven")
    _click(qtbot, dialog.go_button)
    assert dialog.isVisible() and trials.trials() == []
    assert "Allowed: a whole number from 0 to 4294967295" in dialog.errors["--seed"].text()
    dialog.seed_edit.setText("7")
    _click(qtbot, dialog.go_button)
    assert dialog.errors["--b"].isVisible() and "different from A" in dialog.errors["--b"].text()
    assert not dialog.errors["--seed"].isVisible() and trials.trials() == []
    dialog.b_edit.setText("<b>Paracetamol</b> 1 g")
    assert (dialog.pairs_spin.minimum(), dialog.days_spin.minimum(), dialog.days_spin.maximum()) == (3, 7, 14)
    dialog.start_edit.setDate(FIRST)
    dialog.washout_spin.setValue(2)

    # the first press shows the drawn schedule; nothing is saved yet
    _click(qtbot, dialog.go_button)
    assert dialog.schedule_label.isVisible() and trials.trials() == []
    assert dialog.schedule_label.isReadOnly()
    shown = dialog.schedule_label.toPlainText()
    assert "seed 7" in shown and shown.count("Period ") == 6 and "<b>Paracetamol</b> 1 g" in shown
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [trial] = trials.trials()
    assert (
        trial.regimen_a,
        trial.regimen_b,
        trial.pairs,
        trial.period_days,
        trial.washout_days,
        trial.seed,
        trial.start,
    ) == ("Ibuprofen 400 mg", "<b>Paracetamol</b> 1 g", 3, 7, 2, 7, FIRST)
    for p in trial.schedule():  # the schedule shown before confirming is the one kept
        assert f"{p.regimen} = {trial.regimen_name(p.regimen)}" in shown.splitlines()[p.number]

    # undo and redo keep the same trial (seed and orders)
    undo.undo_action.trigger()
    assert trials.trials() == []
    undo.redo_action.trigger()
    assert [(t.seed, t.orders) for t in trials.trials()] == [(trial.seed, trial.orders)]

    # pain during the trial: lower under B, with a day missing and wash-out days that must not count
    for day in range(42):
        if day % 9 == 8:
            continue
        d = FIRST + timedelta(days=day)
        period = trial.period_on(d)
        score = (5 if period.regimen == "A" else 3) + day % 3
        journal.log_pain(PainEntryDraft(_moment((TODAY - d).days, 8), score))
    journal.log_peg(PegDraft(_moment((TODAY - FIRST).days - 3, 20), 6, 5, 4))
    trials.set_side_effects(trial.id, 2, "stomach ache <i>mild</i>")

    result = view.courses.ask_trial_result()
    qtbot.waitExposed(result)
    expected = trials.result(trial.id)
    cli = run_cli("trial", "show", "--format", "json", data_dir=data_dir)
    assert cli.returncode == 0, cli.stderr
    data = json.loads(cli.stdout)
    for key in ("mean_a", "mean_b", "difference", "ci_low", "ci_high"):
        assert math.isclose(getattr(expected, key), data[key], rel_tol=1e-12)
    assert (expected.days_a, expected.days_b) == (data["days_a"], data["days_b"])
    assert result.shown.as_dict() == expected.as_dict()

    text = result.numbers.text()
    assert f"mean daily pain {data['mean_a']:.1f} over {data['days_a']} days" in text
    assert f"mean daily pain {data['mean_b']:.1f} over {data['days_b']} days" in text
    assert f"{data['ci_low']:+.1f} to {data['ci_high']:+.1f}" in text.replace("−", "-")
    assert result.verdict.text() == data["verdict"]
    assert result.table.rowCount() == 6
    for row, period in enumerate(data["schedule"]):
        assert result.table.item(row, 1).text() == period["regimen"]
        assert result.table.item(row, 1).toolTip() == period["regimen_name"]
        assert result.table.item(row, 4).text() == str(period["days"])
        assert result.table.item(row, 3).text() == (f"{period['mean']:.1f}" if period["mean"] is not None else "–")
    assert result.table.item(1, 6).text() == "stomach ache <i>mild</i>"
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in (result.numbers, result.verdict, result.heading))

    # the page for the physician: the trials section only, in tmp_path, 0600, then Open / Show in folder
    target = tmp_path / "trial-page.pdf"
    written = result.save_to(target)
    assert written == target and target.exists() and (target.stat().st_mode & 0o777) == 0o600
    pages = PdfReader(str(target)).pages
    assert len(pages) == 1
    page_text = pages[0].extract_text()
    assert "Ibuprofen 400 mg" in page_text and "<b>Paracetamol</b> 1 g" in page_text
    # the journal itself is refused as a target, named in the message, and left as it was
    before = opened.path.read_bytes()
    assert result.save_to(opened.path) is None
    assert len(view.errors) == 1 and "journal" in str(view.errors[0]).lower()
    view.errors.clear()
    assert opened.path.read_bytes() == before

    # stop: asked first; No keeps it running, Yes stops it, Ctrl+Z puts it back
    result._confirm = lambda _parent, _text: False
    assert result.ask_stop() is False and trials.get(trial.id).stopped_on is None

    # closed: QDialog.result() still gives the dialog's code (an attribute named `result` once hid it)
    result.reject()
    assert result.result() == result.DialogCode.Rejected


def test_stopping_a_running_trial_is_confirmed_and_undoable(qtbot, view, trials, undo):
    from backjournal.domain.trials import TrialDraft

    trials.start(TrialDraft("heat wrap", "no heat wrap", 3, 7, TODAY - timedelta(days=10), seed=3))
    result = view.courses.ask_trial_result()
    qtbot.waitExposed(result)
    assert result.stop_button.isEnabled()
    asked = []
    result._confirm = lambda _parent, text: asked.append(text) or True
    _click(qtbot, result.stop_button)
    assert asked and "heat wrap" in asked[0]
    assert trials.get().stopped_on == TODAY
    qtbot.waitUntil(lambda: not result.stop_button.isEnabled())  # the dialog follows the change
    assert "stopped on" in result.heading.text()
    undo.undo_action.trigger()
    assert trials.get().stopped_on is None
    qtbot.waitUntil(lambda: result.stop_button.isEnabled())
    # removing the trial under the open dialog closes it instead of failing
    trials.remove(trials.get().id)
    qtbot.waitUntil(lambda: not result.isVisible())


def test_the_result_without_a_trial_says_how_to_start_one(qtbot, view):
    assert view.courses.ask_trial_result() is None
    assert len(view.errors) == 1 and "trial start" in str(view.errors[0])
    view.errors.clear()

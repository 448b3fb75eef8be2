"""Personal trials on a real journal file: start (undoable), side effects, stop, the result from
stored entries, and the command line (exit 2 on bad values)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import PainEntryDraft
from backjournal.domain.trials import TrialDraft, draw_orders
from backjournal.services.history import UndoHistory
from backjournal.services.trials import StartTrialCommand, TrialService
from tests.conftest import content_hash, run_cli

START = date(2026, 3, 2)


@pytest.fixture
def trials(opened):
    return TrialService(unit_of_work=opened.uow, clock=lambda: date(2026, 6, 1))


def test_start_is_undoable_and_keeps_seed_and_orders(trials):
    history = UndoHistory()
    command = history.push(StartTrialCommand(trials, TrialDraft("Tablets", "Heat", 3, 7, START, 1, seed=5)))
    kept = command.saved
    assert kept.orders == draw_orders(5, 3) and trials.get().seed == 5
    history.undo()
    assert trials.trials() == []
    history.redo()
    assert trials.get().uid == kept.uid and trials.get().orders == kept.orders
    with pytest.raises(ValidationError):  # one trial at a time
        trials.start(TrialDraft("X", "Y", 3, 7, START + timedelta(days=10)))


def test_result_from_stored_entries_with_side_effects_and_stop(trials, journal):
    trial = trials.start(TrialDraft("Tablets", "Heat", 3, 7, START, 0, seed=1))
    tz = timezone(timedelta(hours=-7))  # entries late in the evening, west of UTC: their local day counts
    for p in trial.schedule():
        for i in range(7):
            day = p.start + timedelta(days=i)
            journal.log_pain(
                PainEntryDraft(datetime(day.year, day.month, day.day, 22, 30, tzinfo=tz), 6 if p.regimen == "A" else 4)
            )
    trials.set_side_effects(trial.id, 2, "sleepy")
    result = trials.result(trial.id)
    assert (result.mean_a, result.mean_b, result.days_a, result.days_b) == (6.0, 4.0, 21, 21)
    assert result.difference == pytest.approx(-2.0)
    assert result.periods[1].side_effects == "sleepy"
    stopped = trials.stop(trial.id, START + timedelta(days=27))
    assert stopped.last_day == START + timedelta(days=27)
    assert trials.result(trial.id).pairs_complete == 2


def test_trial_commands_end_to_end(data_dir):
    done = run_cli(
        "trial",
        "start",
        "--a",
        "Tablets",
        "--b",
        "Heat wrap",
        "--pairs",
        "3",
        "--days",
        "7",
        "--washout",
        "2",
        "--seed",
        "42",
        "--from",
        "2026-03-02",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    for args, word in [
        (("trial", "start", "--a", "x", "--b", "y", "--pairs", "2", "--days", "7"), "--pairs"),
        (("trial", "start", "--a", "x", "--b", "y", "--pairs", "3", "--days", "21"), "--days"),
        (("trial", "start", "--a", "x", "--b", "y", "--pairs", "3", "--days", "7", "--washout", "7"), "--washout"),
        (("trial", "show", "9"), "No personal trial"),
        (("trial", "side-effects", "9", "tired"), "PERIOD"),
    ]:
        bad = run_cli(*args, data_dir=data_dir)
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and word in bad.stderr, (args, bad.stderr)
    assert content_hash(db) == before
    shown = json.loads(run_cli("trial", "show", "--format", "json", data_dir=data_dir).stdout)
    for key in ("schedule", "mean_a", "mean_b", "difference", "ci_low", "ci_high", "days_a", "days_b"):
        assert key in shown
    assert shown["orders"] == list(draw_orders(42, 3))
    assert [p["regimen"] for p in shown["schedule"]] == list("".join(draw_orders(42, 3)))
    assert shown["schedule"][0]["washout_to"] == "2026-03-03"

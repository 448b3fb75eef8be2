"""Personal trials: the schedule from its seed, the wash-out left out, and the 95 % interval checked
against a computation by hand."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from backjournal.analysis.daily import daily_pain_from_rows
from backjournal.analysis.trials import evaluate_trial, t_interval
from backjournal.domain.errors import ValidationError
from backjournal.domain.trials import Trial, TrialDraft, draw_orders

START = date(2026, 3, 2)


def trial(orders=("AB", "BA", "AB"), washout=0, days=7, **kw) -> Trial:
    return Trial(1, "u", "Tablets", "Heat", len(orders), days, washout, 7, tuple(orders), START, **kw)


def daily_for(t: Trial, value_of) -> object:
    rows = []
    day = t.start
    while day <= t.planned_end:
        v = value_of(day)
        if v is not None:
            rows.append((day.isoformat(), v, v, v, 1))
        day += timedelta(days=1)
    return daily_pain_from_rows(rows, t.start, t.planned_end)


def test_the_order_in_each_pair_is_reproducible_from_its_seed():
    assert draw_orders(12345, 6) == draw_orders(12345, 6)
    assert set(draw_orders(12345, 6)) <= {"AB", "BA"}
    drawn = {draw_orders(seed, 6) for seed in range(40)}
    assert len(drawn) > 10  # different seeds give different schedules
    valid = TrialDraft("A pill", "Heat", 4, 10, START, 2, seed=99).validate()
    assert valid.seed == 99
    assert TrialDraft("A pill", "Heat", 4, 10, START).validate().seed is not None  # a new seed is recorded


def test_the_schedule_alternates_in_pairs_with_the_drawn_orders():
    t = trial(("BA", "AB", "BA"), washout=2)
    periods = t.schedule()
    assert [p.regimen for p in periods] == list("BAABBA")
    assert [p.pair for p in periods] == [1, 1, 2, 2, 3, 3]
    assert periods[1].start == START + timedelta(days=7) and periods[-1].end == START + timedelta(days=41)
    assert periods[0].analysed_start == START + timedelta(days=2)
    assert t.period_on(START + timedelta(days=8)).regimen == "A"
    assert t.period_on(START + timedelta(days=8)).in_washout(START + timedelta(days=8))


def test_the_interval_matches_a_hand_computation():
    """Pair means A = 5, 6, 5 and B = 4, 4, 5: d = -1, -2, 0; mean -1; sd = 1; se = 1/sqrt(3);
    t(0.975, 2) = 4.303; half-width 4.303/sqrt(3) = 2.4843: -3.484 to 1.484 (no clear difference)."""
    t = trial(("AB", "BA", "AB"))
    means = {1: 5.0, 2: 4.0, 3: 4.0, 4: 6.0, 5: 5.0, 6: 5.0}  # period number -> its daily pain
    periods = t.schedule()
    result = evaluate_trial(
        t, daily_for(t, lambda d: next(means[p.number] for p in periods if p.contains(d))), [], today=date(2026, 6, 1)
    )
    assert result.pair_differences == pytest.approx((-1.0, -2.0, 0.0))
    assert result.difference == pytest.approx(-1.0)
    half = 4.303 * 1.0 / math.sqrt(3)
    assert (result.ci_low, result.ci_high) == (pytest.approx(-1 - half), pytest.approx(-1 + half))
    assert result.ci_low == pytest.approx(-3.4843, abs=1e-4) and result.ci_high == pytest.approx(1.4843, abs=1e-4)
    assert (result.mean_a, result.mean_b) == (pytest.approx(16 / 3), pytest.approx(13 / 3))
    assert (result.days_a, result.days_b) == (21, 21)
    assert result.verdict().startswith("No clear difference")


def test_a_clear_difference_is_named_with_its_direction():
    t = trial(("AB", "BA", "AB", "BA"))
    periods = t.schedule()
    b_lower = {p.number: (6.0 if p.regimen == "A" else 3.0 + 0.1 * p.pair) for p in periods}
    result = evaluate_trial(
        t, daily_for(t, lambda d: next(b_lower[p.number] for p in periods if p.contains(d))), [], today=date(2026, 6, 1)
    )
    assert result.ci_high < 0
    assert "lower under B (Heat)" in result.verdict() and "caused" not in result.verdict()


def test_the_washout_days_are_left_out():
    t = trial(washout=3)
    periods = t.schedule()

    # wash-out days at 10 (the carry-over), the analysed days at 4 (A) or 2 (B)
    def value(d):
        p = next(p for p in periods if p.contains(d))
        return 10.0 if p.in_washout(d) else (4.0 if p.regimen == "A" else 2.0)

    result = evaluate_trial(
        t,
        daily_for(t, value),
        [(START + timedelta(days=1), 9.0), (START + timedelta(days=5), 3.0)],
        today=date(2026, 6, 1),
    )
    assert (result.mean_a, result.mean_b) == (4.0, 2.0)
    assert (result.days_a, result.days_b) == (12, 12)  # 3 periods x (7 - 3) days each
    assert result.periods[0].peg == 3.0  # the PEG answered in the wash-out is left out too
    assert result.difference == pytest.approx(-2.0) and result.ci_low == pytest.approx(-2.0)


def test_a_trial_under_way_needs_two_complete_pairs():
    t = trial()
    result = evaluate_trial(t, daily_for(t, lambda d: 5.0), [], today=START + timedelta(days=16))
    assert result.pairs_complete == 1 and result.ci_low is None
    assert result.verdict().startswith("Not enough data yet")
    assert result.as_dict()["schedule"][3]["analysed_to"] is None


def test_t_interval_needs_two_values():
    assert t_interval([1.0]) is None
    mean, lo, hi = t_interval([1.0, 3.0])
    assert (mean, lo, hi) == (2.0, pytest.approx(2 - 12.706), pytest.approx(2 + 12.706))


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(pairs=2), "--pairs"),
        (dict(period_days=6), "--days"),
        (dict(period_days=15), "--days"),
        (dict(washout_days=7), "--washout"),
        (dict(regimen_b="tablets"), "--b"),
        (dict(seed=-1), "--seed"),
    ],
)
def test_bad_trials_name_their_field(kw, field):
    base = dict(regimen_a="Tablets", regimen_b="Heat", pairs=3, period_days=7, start=START)
    with pytest.raises(ValidationError) as caught:
        TrialDraft(**{**base, **kw}).validate()
    assert caught.value.field == field

"""Pure calculations behind the Trends charts, checked against plain-Python recomputations."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backjournal.analysis.calendar_grid import cell_of, year_grid
from backjournal.analysis.daily import daily_pain_from_rows, min_days_for, rolling_mean
from backjournal.analysis.effects import (
    MIN_SESSIONS,
    session_points_from_rows,
    summarise_pairs,
    therapy_effects,
)
from backjournal.analysis.periods import MarkedPeriod
from backjournal.analysis.thresholds import is_important_fall as is_clinically_important_fall
from backjournal.domain.errors import ValidationError


def naive_rolling(values: list[float], window: int) -> list[float]:
    out = []
    for i in range(len(values)):
        part = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        out.append(sum(part) / len(part) if len(part) >= math.ceil(window / 2) else math.nan)
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.just(math.nan), st.floats(0, 10)), min_size=0, max_size=60), st.integers(1, 15))
def test_rolling_mean_matches_a_plain_recomputation(values, window):
    got = rolling_mean(np.array(values, dtype=float), window)
    want = naive_rolling(values, window)
    np.testing.assert_allclose(got, np.array(want, dtype=float), equal_nan=True, atol=1e-9)


def test_rolling_window_needs_at_least_half_its_days():
    assert min_days_for(7) == 4 and min_days_for(1) == 1 and min_days_for(30) == 15
    values = np.array([5, math.nan, math.nan, 3, math.nan, math.nan, math.nan, 1.0])
    got = rolling_mean(values, 7)
    assert math.isnan(got[2])  # one day of data in the window
    assert math.isnan(got[6])  # two of seven
    assert math.isnan(got[7])


def test_daily_pain_covers_every_day_with_nan_for_empty_days():
    rows = [("2026-03-01", 4.5, 3, 6, 2), ("2026-03-04", 7.0, 7, 7, 1)]
    d = daily_pain_from_rows(rows, date(2026, 2, 28), date(2026, 3, 5))
    assert len(d) == 6
    assert [str(x) for x in d.days[:2]] == ["2026-02-28", "2026-03-01"]
    np.testing.assert_array_equal(d.n, [0, 2, 0, 0, 1, 0])
    assert d.mean[1] == 4.5 and d.min[1] == 3 and d.max[1] == 6
    assert np.isnan(d.mean[[0, 2, 3, 5]]).all()
    assert d.value_on(date(2026, 3, 4)) == (7.0, 7.0, 7.0, 1)
    assert d.value_on(date(2030, 1, 1))[3] == 0
    sub = d.between(date(2026, 3, 1), date(2026, 3, 4))
    assert sub.start == date(2026, 3, 1) and sub.end == date(2026, 3, 4)


def test_clinically_important_fall_thresholds():
    assert is_clinically_important_fall(8, 6)  # 2 points
    assert is_clinically_important_fall(3, 2.1)  # 30 %
    assert not is_clinically_important_fall(8, 6.1)  # 1.9 points, 24 %
    assert not is_clinically_important_fall(5, 6)
    assert not is_clinically_important_fall(0, 0)


def test_paired_summary_known_answer():
    s = summarise_pairs(np.array([6, 7, 5, 8, 6, np.nan]), np.array([4, 4, 4, 5, 3, 2]))
    # pairs: (6,4) (7,4) (5,4) (8,5) (6,3); changes -2 -3 -1 -3 -3
    assert s.n == 5
    assert s.mean_before == pytest.approx(6.4) and s.mean_after == pytest.approx(4.0)
    assert s.mean_change == pytest.approx(-2.4)
    assert s.sd_change == pytest.approx(np.std([-2, -3, -1, -3, -3], ddof=1))
    assert (s.q25_change, s.q75_change) == (-3.0, -2.0)
    assert s.important_falls == 4  # (5,4) falls 1 point, 20 %
    assert s.enough and s.clinically_important


def _constructed():
    """20 days: pain 6 on days 0-9, 3 on days 10-19; one 'massage' session on day 10, with scores."""
    start = date(2026, 1, 1)
    rows = [((start + timedelta(days=i)).isoformat(), 6.0 if i < 10 else 3.0, 5, 7, 2) for i in range(20)]
    daily = daily_pain_from_rows(rows, start, start + timedelta(days=19))
    return start, daily


def test_effects_on_a_constructed_journal():
    start, daily = _constructed()
    day = lambda i: (start + timedelta(days=i)).isoformat()  # noqa: E731
    sessions = session_points_from_rows(
        [
            (day(10), "massage", 6, 4, 50, 1),
            (day(12), "massage", 7, 4, 50, 2),
            (day(13), "massage", 5, 4, 50, 3),
            (day(14), "massage", 8, 5, 50, 4),
            (day(15), "massage", 6, 3, 50, 5),
            (day(16), "heat", 5, 5, 20, 6),
        ]
    )
    effects = therapy_effects(sessions, daily, {"massage": "Massage", "heat": "Heat"}, window=3)
    massage, heat = effects
    assert massage.sessions == 5 and massage.paired.n == 5
    assert massage.paired.mean_change == pytest.approx(-2.4)
    # around the session on day 10: days 7-9 mean 6, days 11-13 mean 3 -> change -3
    # day 12: days 9-11 (6,3,3) = 4, days 13-15 = 3 -> -1; day 13: (3,3,3)->(3,3,3) 0
    # day 14 and 15: 0. Mean change = (-3 - 1 + 0 + 0 + 0) / 5 = -0.8
    assert massage.around.n == 5
    assert massage.around.mean_change == pytest.approx(-0.8)
    assert not massage.around.clinically_important  # 4.0 -> 3.2 = 20 %, 0.8 points
    assert heat.sessions == 1 and not heat.paired.enough
    lines = " ".join(heat.summary_lines())
    assert "Too few to mean anything" in lines and str(MIN_SESSIONS) in lines
    every_line = " ".join(" ".join(e.summary_lines()) for e in effects).lower()
    assert "caus" not in every_line
    assert "clinically important" in " ".join(massage.summary_lines())


def test_window_side_needs_half_its_days():
    start, daily = _constructed()
    sessions = session_points_from_rows([(start.isoformat(), "heat", None, None, None, 1)])
    (eff,) = therapy_effects(sessions, daily, {}, window=7)
    assert eff.around.n == 0  # no days before the journal starts
    assert eff.paired.n == 0
    assert "No sessions with a score" in " ".join(eff.summary_lines())


def test_calendar_grid_cells():
    rows = [("2026-01-01", 2.0, 2, 2, 1), ("2026-03-15", 8.5, 8, 9, 2), ("2026-12-31", 5.0, 5, 5, 1)]
    daily = daily_pain_from_rows(rows, date(2025, 12, 1), date(2027, 1, 10))
    grid = year_grid(daily, 2026)
    assert grid.in_year.sum() == 365
    for d, v in [(date(2026, 1, 1), 2.0), (date(2026, 3, 15), 8.5), (date(2026, 12, 31), 5.0)]:
        r, c = cell_of(d)
        assert r == d.weekday()
        assert grid.values[r, c] == v
    assert np.isnan(grid.values[cell_of(date(2026, 3, 16))])
    assert int((~np.isnan(grid.values)).sum()) == 3
    # 1 Jan 2026 is a Thursday: the Monday-Wednesday cells of column 0 are not days of 2026
    assert not grid.in_year[0:3, 0].any() and grid.in_year[3, 0]


def test_marked_period_validation():
    p = MarkedPeriod.from_dict(
        {"label": "Acupuncture course", "start": "2026-01-05", "end": "2026-02-20", "therapy": "acupuncture"}
    )
    assert p.overlaps(date(2026, 2, 1), date(2026, 3, 1)) and not p.overlaps(date(2026, 3, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError, match="end"):
        MarkedPeriod("x", date(2026, 2, 1), date(2026, 1, 1)).validate()
    with pytest.raises(ValidationError, match="label"):
        MarkedPeriod("  ", date(2026, 1, 1), date(2026, 1, 1)).validate()
    with pytest.raises(ValidationError):
        MarkedPeriod.from_dict({"label": "x", "start": "soon", "end": "2026-01-01"})


def test_band_polygons_follow_runs_of_days_and_leave_gaps():
    import numpy as np

    from backjournal.charts.trend import band_polygons

    x = np.arange(6, dtype=float)
    low = np.array([1, 2, np.nan, 3, 3, np.nan])
    high = np.array([4, 5, np.nan, 6, 7, np.nan])
    polys = band_polygons(x, low, high)
    assert len(polys) == 2
    assert polys[0].tolist() == [[0, 4], [1, 5], [1, 2], [0, 1]]
    assert polys[1].tolist() == [[3, 6], [4, 7], [4, 3], [3, 3]]
    assert band_polygons(x, np.full(6, np.nan), np.full(6, np.nan)) == []

"""Honest numbers (issue 10): the clinically important thresholds judge only change over days and
weeks, never the minutes around one session; a rise of >= 2 points or >= 30 % is a worsening; the
change printed is computed from the printed sides. One module (analysis.thresholds) decides."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from backjournal.analysis.daily import daily_pain_from_rows
from backjournal.analysis.effects import session_points_from_rows, summarise_pairs, therapy_effects
from backjournal.analysis.thresholds import Scope, Verdict, assess, is_important_fall, is_worsening
from backjournal.charts.effects import _row_text, build_effect_figure
from backjournal.reports.pdf_report import _change_cell
from backjournal.ui.views.trends_text import numbers_lines

START = date(2026, 1, 1)


def _journal(before_level: float, after_level: float, pairs: list[tuple[int, int]]):
    """30 days: daily pain ``before_level`` on days 0-14, ``after_level`` on 15-29; five massage
    sessions on day 15 with the given (before, after) scores."""
    rows = [
        ((START + timedelta(days=i)).isoformat(), before_level if i < 15 else after_level, 1, 9, 1) for i in range(30)
    ]
    daily = daily_pain_from_rows(rows, START, START + timedelta(days=29))
    sessions = session_points_from_rows(
        [((START + timedelta(days=15)).isoformat(), "massage", b, a, 30, k + 1) for k, (b, a) in enumerate(pairs)]
    )
    (eff,) = therapy_effects(sessions, daily, {"massage": "Massage"}, window=3)
    return eff


BIG_DROP = [(8, 4), (7, 3), (8, 5), (9, 4), (7, 4)]  # immediate falls of 3-5 points


def test_immediate_change_is_never_marked_with_the_thresholds():
    eff = _journal(6.0, 6.0, BIG_DROP)
    assert eff.paired.n == 5 and eff.paired.mean_change < -2
    assert not eff.paired.clinically_important
    text, _ = _row_text(eff.paired)
    assert "✔" not in text and "clinically important" not in text
    cell = _change_cell(eff.paired)
    assert "✔" not in cell
    right_after = eff.summary_lines()[1]
    assert right_after.startswith("Right after a session") and "clinically important" not in right_after
    d = eff.as_dict()["before_after"]
    assert d["clinically_important"] is None and d["important_falls"] is None and d["scope"] == "immediate"
    _, before_after, summary = numbers_lines(
        eff, START, START + timedelta(days=29), date_text=lambda d, **_: d.isoformat()
    )
    assert "✔" not in before_after and "clinically important" not in summary.splitlines()[0]


def test_change_over_days_keeps_the_threshold_mark():
    eff = _journal(6.0, 3.0, BIG_DROP)  # days before 6, days after 3: a fall over days
    assert eff.around.clinically_important
    text, _ = _row_text(eff.around)
    assert "✔ clinically important fall" in text
    assert "✔" in _change_cell(eff.around)
    assert "clinically important threshold" in eff.summary_lines()[2]
    fig = build_effect_figure([eff], START, START + timedelta(days=29))
    notes = {
        t.get_gid(): t.get_text()
        for t in fig.findobj(lambda a: bool(getattr(a, "get_gid", lambda: None)()))
        if hasattr(t, "get_text")
    }
    assert "✔" in notes["note:around:massage"] and "✔" not in notes["note:paired:massage"]


@pytest.mark.parametrize(("before", "after"), [(3.0, 6.0), (3.0, 4.0), (4.0, 6.0)])
def test_a_rise_over_days_of_2_points_or_30_percent_is_named_a_worsening(before, after):
    eff = _journal(before, after, BIG_DROP)
    assert eff.around.worsening and not eff.around.clinically_important
    text, _ = _row_text(eff.around)
    assert "worsening" in text
    assert "worsening" in _change_cell(eff.around)
    assert "worsening" in eff.summary_lines()[2]
    assert eff.as_dict()["days_around"]["worsening"] is True


def test_a_small_rise_is_not_a_worsening():
    eff = _journal(5.0, 6.0, BIG_DROP)  # +1 point, +20 %
    assert not eff.around.worsening
    assert "worsening" not in _row_text(eff.around)[0]


def test_printed_sides_and_printed_change_add_up():
    # 6.04 -> 4.06 prints as 6.0 -> 4.1: the change printed must be -1.9 (not -2.0) and not "reached"
    s = summarise_pairs(np.array([6.04] * 5), np.array([4.06] * 5), Scope.OVER_TIME)
    cell = _change_cell(s)
    assert cell.startswith("6.0 → 4.1 (-1.9, -32 %")
    a = s.assessment
    assert a.arithmetic() == "6.0 → 4.1: -1.9 points (-32 %)"
    assert not a.fall_points_reached and a.fall_percent_reached


def test_threshold_rules_in_one_place():
    assert is_important_fall(8, 6) and is_important_fall(3, 2.1)
    assert not is_important_fall(8, 6.1) and not is_important_fall(5, 6) and not is_important_fall(0, 0)
    assert is_worsening(4, 6) and is_worsening(3, 4) and not is_worsening(5, 6) and not is_worsening(0, 0)
    assert is_worsening(0, 2)  # from no pain: 2 points
    immediate = assess(8, 3, Scope.IMMEDIATE)
    assert immediate.verdict is Verdict.NOT_JUDGED and immediate.mark() == "" and immediate.sentence() == ""
    assert assess(10, 8.5, Scope.OVER_TIME).immpact == "minimal"
    assert assess(10, 6.5, Scope.OVER_TIME).immpact == "moderate"
    assert assess(10, 5, Scope.OVER_TIME).immpact == "substantial"
    assert assess(10, 9.5, Scope.OVER_TIME).immpact is None
    assert assess(float("nan"), 3, Scope.OVER_TIME) is None

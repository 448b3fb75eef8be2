"""Course evaluation on constructed journals with known answers (analysis.courses): windows, the
thresholds, worsening, thin data, overlap, early end, and adherence across week boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backjournal.analysis.courses import evaluate_course, week_start_of
from backjournal.analysis.daily import daily_pain_from_rows
from backjournal.domain.courses import Course, CourseDraft, CourseEnd, EndReason
from backjournal.domain.errors import ValidationError

START = date(2026, 3, 2)  # a Monday
TODAY = date(2026, 6, 1)


def course(**kw) -> Course:
    base = dict(id=1, uid="u1", therapy="acupuncture", start=START, planned_end=START + timedelta(days=41), per_week=2)
    base.update(kw)
    return Course(**base)


def daily(values: dict[date, float], lo=date(2026, 1, 1), hi=date(2026, 7, 1)):
    return daily_pain_from_rows([(d.isoformat(), v, v, v, 1) for d, v in values.items()], lo, hi)


def days(first: date, n: int, value: float, step: int = 1) -> dict[date, float]:
    return {first + timedelta(days=i): value for i in range(0, n, step)}


def test_a_fall_from_6_to_4_reaches_both_thresholds_and_is_moderate():
    c = course()
    last = c.planned_end
    pain = {
        **days(START - timedelta(days=14), 14, 6.0),
        **days(last - timedelta(days=13), 14, 4.0),
        **days(last + timedelta(days=1), 14, 5.0),
    }
    ev = evaluate_course(c, daily(pain), [], today=TODAY)
    d = ev.as_dict()
    assert (d["baseline_mean"], d["baseline_days"]) == (6.0, 14)
    assert (d["end_mean"], d["end_days"]) == (4.0, 14)
    assert (d["after_mean"], d["after_days"]) == (5.0, 14)
    assert d["change_points"] == pytest.approx(-2.0)
    assert d["change_percent"] == pytest.approx(-100 / 3)
    assert d["reached_2_points"] and d["reached_30_percent"] and not d["worsened"]
    assert d["immpact"] == "moderate"
    assert d["cautions"] == []
    assert "caused" not in d["summary"] and "6.0 → 4.0" in d["summary"]


def test_mean_of_daily_means_counts_each_day_once_and_keeps_full_precision():
    c = course()
    rows = [
        ((START - timedelta(days=i)).isoformat(), m, 0, 10, n)
        for i, (m, n) in enumerate([(5.0, 4), (6.0, 1), (6.0, 1), (5.0, 2), (5.0, 1), (6.0, 1), (5.0, 1)], 1)
    ]
    rows += [((c.planned_end - timedelta(days=i)).isoformat(), 4.0 + i / 3, 0, 10, 1) for i in range(9)]
    ev = evaluate_course(c, daily_pain_from_rows(rows, date(2026, 1, 1), date(2026, 7, 1)), [], today=TODAY)
    assert ev.baseline.mean == pytest.approx(38 / 7)  # 5.428571..., not rounded
    assert ev.baseline.days == 7
    assert ev.end.mean == pytest.approx(sum(4.0 + i / 3 for i in range(9)) / 9)


def test_a_rise_is_named_a_worsening():
    c = course()
    pain = {**days(START - timedelta(days=14), 14, 4.0), **days(c.planned_end - timedelta(days=13), 14, 6.5)}
    d = evaluate_course(c, daily(pain), [], today=TODAY).as_dict()
    assert d["worsened"] is True
    assert not d["reached_2_points"] and not d["reached_30_percent"] and d["immpact"] is None
    assert "worsening" in d["summary"]


def test_a_small_fall_gets_immpact_minimal_and_reaches_no_threshold():
    c = course()
    pain = {**days(START - timedelta(days=14), 14, 6.0), **days(c.planned_end - timedelta(days=13), 14, 5.2)}
    d = evaluate_course(c, daily(pain), [], today=TODAY).as_dict()
    assert d["immpact"] == "minimal"
    assert not d["reached_2_points"] and not d["reached_30_percent"] and not d["worsened"]


def test_thin_windows_get_a_caution_each():
    c = course()
    pain = {
        **days(START - timedelta(days=14), 14, 6.0, step=3),  # 5 days with data
        **days(c.planned_end - timedelta(days=13), 14, 4.0),
    }
    d = evaluate_course(c, daily(pain), [], today=TODAY).as_dict()
    assert d["baseline_days"] == 5
    thin = [x for x in d["cautions"] if "fewer than 7" in x]
    assert len(thin) == 2  # the baseline and the after window (no data after)
    assert "baseline" in thin[0] and "Only 5 days" in thin[0]


def test_no_baseline_data_means_no_comparison():
    c = course()
    d = evaluate_course(c, daily(days(c.planned_end - timedelta(days=13), 14, 4.0)), [], today=TODAY).as_dict()
    assert d["baseline_mean"] is None and d["change_points"] is None and d["change_percent"] is None
    assert not d["reached_2_points"] and not d["worsened"]
    assert "No comparison" in d["summary"]


def test_another_therapys_course_overlapping_a_window_is_a_caution_the_same_therapy_is_not():
    c = course()
    heat = course(
        id=2, uid="u2", therapy="heat", start=START - timedelta(days=20), planned_end=START - timedelta(days=10)
    )
    same = course(id=3, uid="u3", start=START + timedelta(days=10), planned_end=START + timedelta(days=20))
    far = course(id=4, uid="u4", therapy="massage", start=date(2026, 5, 20), planned_end=date(2026, 5, 30))
    d = evaluate_course(
        c, daily({}), [], today=TODAY, others=[c, heat, same, far], therapy_names={"heat": "Heat"}
    ).as_dict()
    overlap = [x for x in d["cautions"] if "overlapped" in x]
    assert len(overlap) == 1 and "Heat" in overlap[0]


def test_an_early_end_moves_the_end_and_after_windows_and_keeps_the_plan():
    ended = CourseEnd(START + timedelta(days=20), EndReason.SIDE_EFFECTS, 5)
    c = course(sessions_planned=None, ended=ended)
    last = ended.on
    pain = {
        **days(START - timedelta(days=14), 14, 5.0),
        **days(last - timedelta(days=13), 14, 5.0),
        **days(last + timedelta(days=1), 14, 3.0),
    }
    ev = evaluate_course(c, daily(pain), [START + timedelta(days=i) for i in (0, 3, 7, 30)], today=TODAY)
    d = ev.as_dict()
    assert d["to"] == last.isoformat()
    assert d["windows"]["end"] == {
        "from": (last - timedelta(days=13)).isoformat(),
        "to": last.isoformat(),
        "mean": 5.0,
        "days": 14,
    }
    assert d["after_mean"] == 3.0
    assert d["sessions_done"] == 3  # the session after the early end does not belong to the course
    assert d["sessions_planned"] == pytest.approx(12.0)  # 2 per week over the 6 planned weeks
    assert (d["reason"], d["pgic"], d["pgic_text"]) == ("side-effects", 5, "Minimally worse")
    assert any("Ended early" in x for x in d["cautions"])


def test_a_running_course_has_no_after_window_and_says_so():
    c = course()
    ev = evaluate_course(c, daily({}), [], today=START + timedelta(days=20))
    assert ev.running and ev.after is None and ev.last == START + timedelta(days=20)
    assert any("still running" in x for x in ev.cautions)


@pytest.mark.parametrize("week_start, first_week", [(0, date(2026, 3, 2)), (6, date(2026, 3, 1))])
def test_adherence_by_week_follows_the_persons_week_start(week_start, first_week):
    c = course(start=date(2026, 3, 4), planned_end=date(2026, 3, 17), per_week=2)  # a Wednesday .. a Tuesday
    sessions = [
        date(2026, 3, 4),
        date(2026, 3, 7),
        date(2026, 3, 8),
        date(2026, 3, 9),
        date(2026, 3, 14),
        date(2026, 3, 15),
        date(2026, 3, 18),
    ]
    weeks = evaluate_course(c, daily({}), sessions, today=TODAY, week_start=week_start).weeks
    assert weeks[0].start == first_week
    if week_start == 0:  # Mon 2 - Sun 8, Mon 9 - Sun 15, Mon 16 - Tue 17
        assert [w.done for w in weeks] == [3, 3, 0]
        assert [w.course_days for w in weeks] == [5, 7, 2]
        assert weeks[0].planned == pytest.approx(2 * 5 / 7)
    else:  # Sun 1 - Sat 7, Sun 8 - Sat 14, Sun 15 - Tue 17
        assert [w.done for w in weeks] == [2, 3, 1]
        assert [w.course_days for w in weeks] == [4, 7, 3]
    assert sum(w.done for w in weeks) == 6  # the session on the 18th is after the course


def test_week_start_of():
    assert week_start_of(date(2026, 3, 1), 0) == date(2026, 2, 23)  # a Sunday, weeks from Monday
    assert week_start_of(date(2026, 3, 1), 6) == date(2026, 3, 1)


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(planned_end=date(2026, 3, 1)), "to"),
        (dict(planned_end=date(2026, 4, 1), sessions_planned=4), "sessions"),
        (dict(sessions_planned=0), "sessions"),
        (dict(per_week=0), "per week"),
        (dict(baseline_days=3), "baseline days"),
        (dict(therapy=" "), "therapy"),
    ],
)
def test_a_bad_course_names_its_field(kw, field):
    with pytest.raises(ValidationError) as caught:
        CourseDraft(**{"therapy": "acupuncture", "start": START, **kw}).validate()
    assert caught.value.field == field


@pytest.mark.parametrize("pgic", [0, 8, True, "2"])
def test_pgic_is_1_to_7(pgic):
    with pytest.raises(ValidationError):
        CourseEnd(START, EndReason.HELPED, pgic).validate()

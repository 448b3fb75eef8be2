"""Trend numbers from a real journal file: SQL day aggregates, the plotted arrays, the demo journal."""

from __future__ import annotations

import math
import sqlite3
import time
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

from backjournal.analysis.calendar_grid import cell_of
from backjournal.domain.errors import ConflictError, NotFoundError, ValidationError
from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
from backjournal.services.demo import DemoService
from backjournal.services.trends import TrendsService

TZ_PLUS2 = timezone(timedelta(hours=2))
TZ_MINUS5 = timezone(timedelta(hours=-5))


@pytest.fixture
def trends(opened):
    return TrendsService(unit_of_work=opened.uow)


def _log(journal, when, score, note=None):
    return journal.log_pain(PainEntryDraft(felt_at=when, score=score, note=note))


def _fill(journal):
    """Several entries on some days, none on others, two around midnight in other time zones."""
    d0 = datetime(2026, 3, 1, 9, 0, tzinfo=TZ_PLUS2)
    _log(journal, d0, 4)
    _log(journal, d0 + timedelta(hours=5), 6)
    _log(journal, d0 + timedelta(hours=10), 8)
    _log(journal, d0 + timedelta(days=1), 3)
    # 3 March: no entries. 4 March 00:30 at UTC+2 is 3 March 22:30 UTC: it belongs to 4 March.
    _log(journal, datetime(2026, 3, 4, 0, 30, tzinfo=TZ_PLUS2), 9)
    # 4 March 23:30 at UTC-5 is 5 March 04:30 UTC: it belongs to 4 March.
    _log(journal, datetime(2026, 3, 4, 23, 30, tzinfo=TZ_MINUS5), 5)
    gone = _log(journal, datetime(2026, 3, 5, 12, 0, tzinfo=TZ_PLUS2), 10)
    journal.set_deleted([RecordRef(RecordKind.PAIN, gone.id)], True)
    _log(journal, datetime(2026, 3, 7, 12, 0, tzinfo=TZ_PLUS2), 2)


def independent_daily(entries, start, end):
    by_day = defaultdict(list)
    for e in entries:
        by_day[e.felt_at.date()].append(e.score)
    days, means = [], []
    d = start
    while d <= end:
        days.append(d)
        scores = by_day.get(d)
        means.append(sum(scores) / len(scores) if scores else math.nan)
        d += timedelta(days=1)
    return days, means, by_day


def test_sql_daily_aggregates_use_the_local_day_and_skip_the_trash(opened, journal):
    _fill(journal)
    with opened.uow() as uow:
        rows = uow.aggregates.daily_pain(date(2026, 3, 1), date(2026, 3, 7))
    assert rows == [
        ("2026-03-01", 6.0, 4, 8, 3),
        ("2026-03-02", 3.0, 3, 3, 1),
        ("2026-03-04", 7.0, 5, 9, 2),
        ("2026-03-07", 2.0, 2, 2, 1),
    ]
    with opened.uow() as uow:
        assert uow.aggregates.daily_pain(date(2026, 3, 4), date(2026, 3, 4)) == [("2026-03-04", 7.0, 5, 9, 2)]
        assert uow.aggregates.day_span() == (date(2026, 3, 1), date(2026, 3, 7))


def test_the_day_span_is_by_local_day_where_utc_order_and_day_order_differ(opened, journal):
    """The first local day is not always the day of the first moment in UTC (offsets differ by up to
    26 hours): both ends of the span are right, and the trash does not count."""
    west, east = timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))
    journal.log_pain(PainEntryDraft(datetime(2026, 3, 2, 9, tzinfo=east), 5))  # first in UTC (1 Mar 19:00)
    journal.log_pain(PainEntryDraft(datetime(2026, 3, 1, 23, 30, tzinfo=west), 5))  # 2 Mar 10:30 UTC, day 1 Mar
    journal.log_pain(PainEntryDraft(datetime(2026, 3, 9, 23, 30, tzinfo=west), 5))  # last in UTC, day 9 Mar
    journal.log_pain(PainEntryDraft(datetime(2026, 3, 10, 8, tzinfo=east), 5))  # 9 Mar 18:00 UTC, day 10 Mar
    gone = journal.log_pain(PainEntryDraft(datetime(2026, 3, 20, 8, tzinfo=east), 5))
    journal.set_deleted([RecordRef(RecordKind.PAIN, gone.id)], True)
    journal.log(TherapySessionDraft("heat", datetime(2026, 2, 27, 23, 0, tzinfo=west)))  # day 27 Feb
    with opened.uow() as uow:
        assert uow.aggregates.day_span() == (date(2026, 2, 27), date(2026, 3, 10))


def test_plotted_arrays_equal_independent_daily_and_rolling_means(journal, trends):
    from backjournal.charts.trend import build_trend_figure, day_numbers

    _fill(journal)
    start, end = date(2026, 3, 1), date(2026, 3, 7)
    data = trends.trend_data(start, end, window=3)
    fig = build_trend_figure(data, start, end)
    lines = {line.get_gid(): line for line in fig.axes[0].lines}
    x, y = (np.asarray(a, dtype=float) for a in lines["daily_mean"].get_data())
    # the chart draws the days of the range only (issue 9: nothing outside it sits on the axis)
    days, means, _ = independent_daily(journal.pain_entries(), start, end)
    np.testing.assert_array_equal(x, day_numbers(np.array(days, dtype="datetime64[D]")))
    np.testing.assert_allclose(y, means, equal_nan=True)
    # rolling mean: mean of the daily means over 3 days, shown when >= 2 days have entries
    _, all_means, _ = independent_daily(journal.pain_entries(), start - timedelta(days=7), end)
    want = []
    for i in range(len(all_means)):
        part = [v for v in all_means[max(0, i - 2) : i + 1] if not math.isnan(v)]
        want.append(sum(part) / len(part) if len(part) >= 2 else math.nan)
    want = want[-len(days) :]
    ry = np.asarray(lines["rolling_mean"].get_ydata(), dtype=float)
    np.testing.assert_allclose(ry, want, equal_nan=True)
    assert math.isnan(ry[days.index(date(2026, 3, 3))]) is False  # 2 and 4 March have entries
    assert math.isnan(y[days.index(date(2026, 3, 3))])  # the gap stays a gap


def test_calendar_cells_match_the_journal(journal, trends):
    from backjournal.charts.calendar import build_calendar_figure

    _fill(journal)
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    data = trends.trend_data(start, end)
    fig = build_calendar_figure(data.daily, start, end)
    mesh = next(c for ax in fig.axes for c in ax.collections if c.get_gid() == "calendar:2026")
    cells = np.ma.filled(mesh.get_array().astype(float), np.nan).reshape(7, -1)
    _, _, by_day = independent_daily(journal.pain_entries(), start, end)
    filled = 0
    for d in (start + timedelta(days=i) for i in range(365)):
        value = cells[cell_of(d)]
        if d in by_day:
            assert value == pytest.approx(sum(by_day[d]) / len(by_day[d]))
            filled += 1
        else:
            assert math.isnan(value)
    assert filled == 4


def test_effects_from_a_journal_with_known_answers(journal, trends):
    base = datetime(2026, 5, 1, 10, 0, tzinfo=TZ_PLUS2)
    for i, (b, a) in enumerate([(6, 4), (7, 4), (5, 4), (8, 5), (6, 3)]):
        journal.log_session(TherapySessionDraft("massage", base + timedelta(days=3 * i), 50, b, a))
    journal.log_session(TherapySessionDraft("heat", base, 20, 5, 5))
    data = trends.trend_data(date(2026, 5, 1), date(2026, 5, 31))
    effects = {e.key: e for e in trends.effects(data)}
    assert effects["massage"].paired.n == 5
    assert effects["massage"].paired.mean_change == pytest.approx(-2.4)
    assert not effects["massage"].paired.clinically_important  # minutes around a session: never judged (issue 10)
    assert not effects["heat"].paired.enough
    assert [k for k, _ in data.therapies] == ["heat", "massage"]  # built-in order


def test_therapy_filter_and_ranges(journal, trends):
    _fill(journal)
    journal.log_session(TherapySessionDraft("heat", datetime(2026, 3, 2, 8, 0, tzinfo=TZ_PLUS2)))
    data = trends.trend_data(date(2026, 3, 1), date(2026, 3, 7), ["Heat", "acupuncture"])
    assert [k for k, _ in data.therapies] == ["acupuncture", "heat"]
    assert len(data.sessions) == 1
    with pytest.raises(ValidationError):
        trends.trend_data(date(2026, 3, 1), date(2026, 3, 7), ["no such therapy"])
    assert trends.resolve_range("2w", on=date(2026, 3, 15)) == (date(2026, 3, 2), date(2026, 3, 15))
    assert trends.resolve_range("all", on=date(2026, 3, 15)) == (date(2026, 3, 1), date(2026, 3, 15))
    with pytest.raises(ValidationError):
        trends.resolve_range("3w")
    with pytest.raises(ValidationError):
        trends.resolve_range(None, date(2026, 3, 5), date(2026, 3, 1))


def test_marked_periods_are_journal_data_removed_by_uid(trends, opened):
    from backjournal.domain.periods import MarkedPeriod

    trends.add_marked_period(MarkedPeriod("Acupuncture $\\frac <b>", date(2026, 1, 5), date(2026, 2, 1), "Acupuncture"))
    trends.add_marked_period(MarkedPeriod("Earlier", date(2025, 1, 5), date(2025, 2, 1)))
    trends.add_marked_period(MarkedPeriod("Earlier", date(2025, 1, 5), date(2025, 2, 1)))  # the same span twice
    periods = trends.marked_periods()
    assert [p.label for p in periods] == ["Earlier", "Earlier", "Acupuncture $\\frac <b>"]
    assert periods[2].therapy == "acupuncture"
    assert len({p.uid for p in periods}) == 3 and all(p.uid for p in periods)
    # removal names the period by its uid, so the second of two equal periods is the one that goes
    removed = trends.remove_marked_period(periods[1].uid[:8])
    assert removed.uid == periods[1].uid
    assert [p.uid for p in trends.marked_periods()] == [periods[0].uid, periods[2].uid]
    with pytest.raises(NotFoundError):
        trends.remove_marked_period(periods[1].uid)
    with pytest.raises(ValidationError):
        trends.remove_marked_period("1")  # a list position is not a uid
    # kept in the journal's own table, not in a setting
    con = sqlite3.connect(opened.path)
    try:
        assert con.execute("SELECT count(*) FROM marked_periods").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM settings WHERE key = 'marked_periods'").fetchone()[0] == 0
    finally:
        con.close()


def test_demo_fills_an_empty_journal_fast_and_refuses_a_used_one(opened, journal):
    started = time.perf_counter()
    summary = DemoService(unit_of_work=opened.uow).fill(1, seed=7, end=date(2026, 3, 15))
    assert time.perf_counter() - started < 10
    assert summary.end == date(2026, 3, 15)
    counts = journal.counts()
    assert counts["pain"] == summary.pain_entries > 300
    assert counts["sessions"] == summary.sessions > 30
    assert counts["peg"] == summary.peg_checkins > 30
    entries = journal.pain_entries(date(2026, 3, 1), date(2026, 3, 15))
    assert all(e.regions for e in entries) and len({e.uid for e in entries}) == len(entries)
    assert not any(e.backdated for e in entries)
    con = sqlite3.connect(opened.path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        per_day = con.execute(
            "SELECT max(c) FROM (SELECT count(*) c FROM pain_entries "
            "GROUP BY date(felt_at_utc, printf('%+d minutes', utc_offset_min)))"
        ).fetchone()[0]
    finally:
        con.close()
    assert per_day <= 4
    with pytest.raises(ConflictError):
        DemoService(unit_of_work=opened.uow).fill(1, seed=7)
    assert journal.counts() == counts


def test_demo_is_repeatable_with_a_seed(tmp_path):
    from backjournal.services.opening import open_journal

    def scores(folder):
        handle = open_journal(folder)
        try:
            DemoService(unit_of_work=handle.uow).fill(0.3, seed=42, end=date(2026, 3, 15))
            return [(e.felt_at, e.score) for e in handle.journal.pain_entries()]
        finally:
            handle.close()

    assert scores(tmp_path / "a") == scores(tmp_path / "b")

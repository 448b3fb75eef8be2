"""The chart's reads through the ORM's unit of work and through sqlite3 alone (storage/plain_reads.py
``read_journal``, the light path that paints Trends before SQLAlchemy loads) give the same numbers:
TrendsService over either, on the demo journal, on a hand-made journal with a region filter,
courses, marked periods, therapy colours and entries in several UTC offsets, and on every frozen
journal of an earlier schema once upgraded."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from functools import partial

import numpy as np
import pytest

from backjournal.domain.courses import CourseDraft, CourseEnd, EndReason
from backjournal.domain.models import (
    BodyRegion,
    PainEntryDraft,
    PegDraft,
    RecordKind,
    RecordRef,
    TherapySessionDraft,
)
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.trials import TrialDraft
from backjournal.services.composition import Services
from backjournal.services.demo import DemoService
from backjournal.services.opening import open_journal
from backjournal.services.trends import TrendsService
from backjournal.storage.plain_reads import read_journal
from tests.conftest import FIXTURES

FIXTURE_JOURNALS = sorted(FIXTURES.glob("journal-*.sqlite3"))
TZ_PLUS2 = timezone(timedelta(hours=2))
TZ_MINUS5 = timezone(timedelta(hours=-5))
TZ_PLUS1 = timezone(timedelta(hours=1))


def _same_arrays(a, b, names) -> None:
    for name in names:
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)


def _same_trend_data(a, b) -> None:
    _same_arrays(a.daily, b.daily, ("days", "mean", "min", "max", "n"))
    _same_arrays(a.sessions, b.sessions, ("days", "keys", "before", "after", "minutes", "ids"))
    assert a.therapies == b.therapies
    assert a.periods == b.periods
    assert a.colours == b.colours
    assert a.window == b.window


def compare(opened, start: date, end: date, *, keys=None, regions=None) -> None:
    orm = TrendsService(unit_of_work=opened.uow)
    light = TrendsService(reads=partial(read_journal, opened.path))
    assert orm.span() == light.span()
    assert orm.therapies() == light.therapies()
    assert orm.marked_periods() == light.marked_periods()
    assert orm.therapies_used() == light.therapies_used()
    _same_trend_data(
        orm.trend_data(start, end, keys, regions=regions), light.trend_data(start, end, keys, regions=regions)
    )
    with opened.uow() as uow, read_journal(opened.path) as reads:
        assert uow.courses.all() == reads.courses.all()
        # the Trends filter's therapies: those with a live session anywhere, not only in [start, end]
        assert set(reads.aggregates.therapy_keys_used()) == {s.therapy.key for s in reads.sessions.list()}
        assert uow.settings.all() == reads.settings.all()
        assert uow.aggregates.region_summary(start, end) == reads.aggregates.region_summary(start, end)
        assert uow.aggregates.record_count() == reads.aggregates.record_count()
        # the report's reads (services/report.py and the courses, trials and insights it reads)
        assert uow.pain.list(start, end) == reads.pain.list(start, end)
        assert uow.pain.list(deleted=True) == reads.pain.list(deleted=True)
        assert uow.sessions.list(start, end) == reads.sessions.list(start, end)
        assert uow.sessions.list(deleted=True) == reads.sessions.list(deleted=True)
        if keys:
            assert uow.sessions.list(start, end, therapy_keys=set(keys)) == reads.sessions.list(
                start, end, therapy_keys=set(keys)
            )
        assert uow.peg.list(start, end) == reads.peg.list(start, end)
        assert uow.peg.latest(end) == reads.peg.latest(end)
        assert uow.peg.latest(start) == reads.peg.latest(start)
        assert uow.trials.all() == reads.trials.all()
        assert uow.factors.all() == reads.factors.all()
        assert uow.factors.values(start, end) == reads.factors.values(start, end)


def test_demo_journal_reads_the_same_both_ways(opened):
    DemoService(unit_of_work=opened.uow).fill(years=2, seed=2026, end=date(2026, 11, 30))
    span = TrendsService(unit_of_work=opened.uow).span()
    assert span is not None
    compare(opened, *span)
    compare(opened, date(2026, 1, 1), date(2026, 3, 31), keys=["acupuncture", "heat"])
    compare(opened, span[0], span[1], regions=["lower_back"])


def test_hand_made_journal_reads_the_same_both_ways(opened):
    services = Services(opened)
    journal = opened.journal
    # entries in three offsets, two of them across midnight, one deleted, one scored per region
    journal.log_pain(PainEntryDraft(felt_at=datetime(2026, 3, 4, 0, 30, tzinfo=TZ_PLUS2), score=9))
    journal.log_pain(PainEntryDraft(felt_at=datetime(2026, 3, 4, 23, 30, tzinfo=TZ_MINUS5), score=5))
    journal.log_pain(
        PainEntryDraft(
            felt_at=datetime(2026, 3, 6, 9, 0, tzinfo=TZ_PLUS1),
            score=7,
            regions=(BodyRegion.LOWER_BACK, BodyRegion.NECK),
            region_scores=(7, 3),
        )
    )
    journal.log_pain(
        PainEntryDraft(felt_at=datetime(2026, 3, 6, 20, 0, tzinfo=TZ_PLUS1), score=4, regions=(BodyRegion.NECK,))
    )
    gone = journal.log_pain(PainEntryDraft(felt_at=datetime(2026, 3, 5, 12, 0, tzinfo=TZ_PLUS2), score=10))
    journal.set_deleted([RecordRef(RecordKind.PAIN, gone.id)], True)
    journal.log_session(
        TherapySessionDraft(
            therapy_key="heat", started_at=datetime(2026, 3, 5, 23, 30, tzinfo=TZ_MINUS5), pain_before=6, pain_after=4
        )
    )
    journal.log_session(TherapySessionDraft(therapy_key="massage", started_at=datetime(2026, 3, 7, 8, tzinfo=TZ_PLUS1)))
    services.therapies.change("heat", color="#aa3300")
    services.trends.add_marked_period(MarkedPeriod("Flare", date(2026, 3, 3), date(2026, 3, 5), "heat"))
    course = services.courses.add(CourseDraft("heat", date(2026, 3, 1), planned_end=date(2026, 3, 20), per_week=2))
    services.courses.end(course.id, CourseEnd(date(2026, 3, 10), EndReason.HELPED, 2, "warm"))
    services.courses.add(CourseDraft("massage", date(2026, 3, 6), goal="every day"))
    # the report's other reads: PEG across midnight (one in the trash), a trial, factor values
    journal.log_peg(
        PegDraft(answered_at=datetime(2026, 3, 4, 23, 50, tzinfo=TZ_MINUS5), pain=6, enjoyment=5, activity=4)
    )
    journal.log_peg(
        PegDraft(answered_at=datetime(2026, 3, 6, 0, 10, tzinfo=TZ_PLUS2), pain=3, enjoyment=2, activity=1, note="ok")
    )
    gone_peg = journal.log_peg(
        PegDraft(answered_at=datetime(2026, 3, 5, 9, tzinfo=TZ_PLUS1), pain=9, enjoyment=9, activity=9)
    )
    journal.set_deleted([RecordRef(RecordKind.PEG, gone_peg.id)], True)
    services.trials.start(TrialDraft("heat", "massage", pairs=3, period_days=7, start=date(2026, 3, 2), seed=7))
    services.factors.set_value("mood", 4, date(2026, 3, 5))
    services.factors.set_value("stress", 2, date(2026, 3, 5))
    services.factors.set_value("mood", 6, date(2026, 3, 9))
    compare(opened, date(2026, 3, 1), date(2026, 3, 10))
    compare(opened, date(2026, 3, 4), date(2026, 3, 6), regions=["neck"])
    compare(opened, date(2026, 3, 4), date(2026, 3, 6), regions=["lower_back", "neck"], keys=["heat"])
    with read_journal(opened.path) as reads:  # the comparisons above compared something
        assert [(e.score, e.region_scores) for e in reads.pain.list(date(2026, 3, 6), date(2026, 3, 6))] == [
            (7, (7, 3)),
            (4, ()),
        ]
        assert [e.score for e in reads.pain.list(deleted=True)] == [10]
        assert [p.answered_at.date() for p in reads.peg.list(date(2026, 3, 4), date(2026, 3, 6))] == [
            date(2026, 3, 4),
            date(2026, 3, 6),
        ]
        assert reads.peg.latest(date(2026, 3, 5)).answered_at.date() == date(2026, 3, 4)
        assert [s.therapy.color for s in reads.sessions.list(date(2026, 3, 5), date(2026, 3, 5))] == ["#aa3300"]
        assert [t.regimen_a for t in reads.trials.all()] == ["heat"]
        assert [(v.factor_key, v.value) for v in reads.factors.values(date(2026, 3, 5), date(2026, 3, 5))] == [
            ("mood", 4),
            ("stress", 2),
        ]
    with opened.uow() as uow, read_journal(opened.path) as reads:  # no region at all: no day
        assert uow.aggregates.daily_pain(None, None, []) == reads.aggregates.daily_pain(None, None, []) == []
        assert len(reads.aggregates.daily_pain(date(2026, 3, 4), date(2026, 3, 6), ["neck"])) == 1


@pytest.mark.parametrize("fixture", FIXTURE_JOURNALS, ids=lambda p: p.name)
def test_upgraded_fixture_journals_read_the_same_both_ways(fixture, data_dir):
    data_dir.mkdir(parents=True)
    shutil.copyfile(fixture, data_dir / "journal.sqlite3")  # never modify the fixture itself
    handle = open_journal(data_dir)  # upgraded to head
    try:
        span = TrendsService(unit_of_work=handle.uow).span()
        start, end = span if span is not None else (date(2026, 1, 1), date(2026, 1, 31))
        compare(handle, start, end)
        compare(handle, start, end, regions=["lower_back"])
    finally:
        handle.close()


def test_the_light_read_leaves_no_connection_open(opened):
    """After the read, the file can be taken for writing at once (nothing of ours holds a lock) and
    nothing was written through the light connection."""
    with read_journal(opened.path) as reads:
        reads.aggregates.day_span()
        with pytest.raises(sqlite3.OperationalError):
            reads.settings.connection().execute("CREATE TABLE x (a)")  # query_only
    other = sqlite3.connect(opened.path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_plain_reads_import_no_sqlalchemy():
    code = (
        "import sys; import backjournal.storage.plain_reads, backjournal.services.trends; "
        "print(any(m.split('.')[0] == 'sqlalchemy' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

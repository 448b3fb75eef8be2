"""The report's model is the same read through the ORM's unit of work (the normal path) and through
sqlite3 alone (storage/plain_reads.py ``read_journal``, the command line's light report,
services/report.py ``write_light``): every section, on the demo journal with a course, a personal
trial, factor values, notes and a PEG in the trash, and on every frozen journal of an earlier schema
once upgraded."""

from __future__ import annotations

import dataclasses
import math
import shutil
from datetime import date
from functools import partial

import numpy as np
import pytest

from backjournal.cards.loader import CardLibrary
from backjournal.domain.courses import CourseDraft
from backjournal.domain.models import PainEntryDraft, PegDraft, RecordKind, RecordRef
from backjournal.domain.trials import TrialDraft
from backjournal.reports.report_model import SECTIONS
from backjournal.services.composition import Services
from backjournal.services.demo import DemoService
from backjournal.services.opening import open_journal
from backjournal.services.report import ReportOptions, ReportService
from backjournal.services.trends import TrendsService
from backjournal.storage.plain_reads import read_journal
from tests.conftest import FIXTURES, at

FIXTURE_JOURNALS = sorted(FIXTURES.glob("journal-*.sqlite3"))
ALL = frozenset(SECTIONS)
ON = date(2026, 12, 1)


def same(a, b, where: str = "model") -> None:
    """``a`` and ``b`` equal all the way down (dataclasses field by field, arrays element by element,
    NaN equal to NaN), with the path of the first difference in the message."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, np.ndarray):
        assert a.dtype == b.dtype, where
        if a.dtype.kind == "f":
            np.testing.assert_array_equal(a, b, err_msg=where)
        else:
            assert a.tolist() == b.tolist(), where
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), f"{where}: {len(a)} != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} != {list(b)}"
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, float) and math.isnan(a):
        assert math.isnan(b), where
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def compare(opened, start: date, end: date, sections: frozenset[str] = ALL):
    options = ReportOptions(start, end, sections=sections, name="Ada")
    normal = Services(opened).reports.model(options, generated_on=ON)  # the composition root's
    own = ReportService(unit_of_work=opened.uow, cards=CardLibrary.load).model(options, generated_on=ON)
    light = ReportService(reads=partial(read_journal, opened.path), cards=CardLibrary.load).model(
        options, generated_on=ON
    )
    same(normal, light)
    same(own, light)
    return light


def test_the_demo_journal_reports_the_same_both_ways(opened):
    DemoService(unit_of_work=opened.uow).fill(years=2, seed=2026, end=date(2026, 11, 30))
    services = Services(opened)
    services.courses.add(CourseDraft("acupuncture", date(2026, 8, 1), planned_end=date(2026, 9, 30), per_week=2))
    services.trials.start(TrialDraft("heat daily", "no heat", pairs=3, period_days=7, start=date(2026, 9, 1), seed=5))
    for i, day in enumerate(range(1, 29)):
        services.factors.set_value("mood", i % 11, date(2026, 10, day))
        services.factors.set_value("stress", (i * 3) % 11, date(2026, 10, day))
    opened.journal.log_pain(PainEntryDraft(felt_at=at(-260, hour=23, tz_hours=-5), score=6, note="a long drive"))
    gone = opened.journal.log_peg(PegDraft(answered_at=at(-255), pain=9, enjoyment=9, activity=9, note="gone"))
    opened.journal.set_deleted([RecordRef(RecordKind.PEG, gone.id)], True)
    year = compare(opened, date(2025, 12, 1), date(2026, 11, 30))
    assert year.courses and year.trials and year.insights is not None and year.peg_points and year.notes
    assert year.card_summaries and year.medications and year.regions
    assert any(n.text == "a long drive" for n in year.notes)
    assert not any(n.text == "gone" for n in year.notes)
    span = TrendsService(unit_of_work=opened.uow).span()
    assert span is not None
    compare(opened, *span)
    compare(opened, date(2026, 10, 1), date(2026, 10, 31), frozenset({"summary", "peg", "insights"}))


@pytest.mark.parametrize("fixture", FIXTURE_JOURNALS, ids=lambda p: p.name)
def test_upgraded_fixture_journals_report_the_same_both_ways(fixture, data_dir):
    data_dir.mkdir(parents=True)
    shutil.copyfile(fixture, data_dir / "journal.sqlite3")  # never modify the fixture itself
    handle = open_journal(data_dir)  # upgraded to head
    try:
        span = TrendsService(unit_of_work=handle.uow).span()
        start, end = span if span is not None else (date(2026, 1, 1), date(2026, 1, 31))
        compare(handle, start, end)
    finally:
        handle.close()


def test_a_report_service_over_reads_alone_writes_nothing(opened):
    """The light path's services read; a write through them is refused (services/reading.py)."""
    from backjournal.services.courses import CourseService

    courses = CourseService(reads=partial(read_journal, opened.path))
    assert courses.courses() == []
    with pytest.raises(RuntimeError, match="only reads"):
        courses.add(CourseDraft("heat", date(2026, 3, 1)))

"""Insights from a real journal file: the service reads therapies' days and daily pain, and the
report's section shows the same numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pypdf import PdfReader

from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.insights import InsightsService
from backjournal.services.report import ReportOptions, ReportService, parse_sections

TZ = timezone(timedelta(hours=1))
START, END = date(2026, 1, 1), date(2026, 3, 1)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def test_service_and_report_section(opened, tmp_path):
    j = opened.journal
    day, i = START, 0
    while day <= END:
        heat = i % 3 == 0
        j.log(PainEntryDraft(_at(day, 8), (3 if heat else 6) + (i % 2)))
        if heat:
            j.log(TherapySessionDraft("heat", _at(day, 18), minutes=20))
        day += timedelta(days=1)
        i += 1
    result = InsightsService(unit_of_work=opened.uow).insights(START, END)
    same = next(x for x in result.items if x.key == "heat" and x.lag_days == 0)
    assert (same.days_with, same.days_without) == (20, 40)
    assert same.difference < -2.5 and same.likely and same.ci_high < 0
    nxt = next(x for x in result.items if x.key == "heat" and x.lag_days == 1)
    assert nxt.days_with + nxt.days_without == 59  # the day after 1 March has no pain: left out
    assert nxt.difference > 0  # the day after a heat day is an ordinary (higher) day here

    pdf = ReportService(unit_of_work=opened.uow).render(
        ReportOptions(START, END, sections=parse_sections(None)), generated_on=date(2026, 3, 2)
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "What went with better or worse days" in text
    assert f"{same.days_with} / {same.days_without}" in text
    assert "not the same as causing" in text
    without = ReportService(unit_of_work=opened.uow).render(
        ReportOptions(START, END, sections=parse_sections("summary,effects")), generated_on=date(2026, 3, 2)
    )
    path.write_bytes(without)
    assert "What went with" not in "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_report_summary_names_the_regions_logged_most(opened, tmp_path):
    from backjournal.domain.models import BodyRegion

    j = opened.journal
    for k in range(6):
        regions = (BodyRegion.LEG_LEFT, BodyRegion.LOWER_BACK) if k < 4 else (BodyRegion.NECK,)
        j.log(PainEntryDraft(_at(START + timedelta(days=k), 9), 5, regions))
    j.log(PainEntryDraft(_at(START + timedelta(days=40), 9), 5, (BodyRegion.UPPER_BACK,)))  # outside
    with opened.uow() as uow:
        assert uow.aggregates.region_counts(START, START + timedelta(days=9)) == [
            ("leg_left", 4),
            ("lower_back", 4),
            ("neck", 2),
        ]
    pdf = ReportService(unit_of_work=opened.uow).render(
        ReportOptions(START, START + timedelta(days=9), sections=parse_sections("summary")),
        generated_on=date(2026, 3, 2),
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    first = PdfReader(path).pages[0].extract_text()
    assert "Where it hurt most" in first
    assert "Leg (left) (4 of 6 entries); Lower back (4 of 6 entries); Neck (2 of 6 entries)" in " ".join(first.split())
    assert "Upper back" not in first


def test_trends_filter_pain_by_region(opened):
    from backjournal.domain.errors import ValidationError
    from backjournal.domain.models import BodyRegion
    from backjournal.services.trends import TrendsService

    j = opened.journal
    day = START + timedelta(days=2)
    j.log(PainEntryDraft(_at(day, 8), 7, (BodyRegion.LEG_LEFT, BodyRegion.LOWER_BACK)))
    j.log(PainEntryDraft(_at(day, 12), 3, (BodyRegion.NECK,)))
    j.log(PainEntryDraft(_at(day, 18), 5, (BodyRegion.LOWER_BACK,)))
    trends = TrendsService(unit_of_work=opened.uow)
    every = trends.trend_data(START, START + timedelta(days=5))
    assert every.daily.value_on(day) == (5.0, 3.0, 7.0, 3)
    leg = trends.trend_data(START, START + timedelta(days=5), regions=["leg_left"])
    assert leg.daily.value_on(day) == (7.0, 7.0, 7.0, 1)
    back = trends.trend_data(START, START + timedelta(days=5), regions=[BodyRegion.LOWER_BACK, "neck"])
    assert back.daily.value_on(day)[3] == 3
    for bad in (["unicorn"], []):
        try:
            trends.trend_data(START, START + timedelta(days=5), regions=bad)
        except ValidationError as exc:
            assert exc.field == "--where" or "where" in exc.field
        else:
            raise AssertionError(f"{bad} accepted")

"""The physician report's defects found in review (issue 9): long notes, long names, short periods,
markers outside the period, the marked-period legend and labels, note times across offsets."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from backjournal.analysis.periods import MarkedPeriod
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.reports.pdf_report import ReportWriter
from backjournal.services.report import ReportOptions, ReportService, parse_sections
from backjournal.services.trends import TrendsService

CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
START = date(2026, 3, 1)


def _at(day: date, hour: int, tz=CET) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


def _text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return [p.extract_text() for p in PdfReader(path).pages]


@pytest.fixture
def month(opened):
    """March 2026: pain every day, rising from 3 to 6; a heat session every 3 days."""
    j = opened.journal
    for i in range(31):
        day = START + timedelta(days=i)
        j.log(PainEntryDraft(_at(day, 8), 3 if i < 15 else 6))
        if i % 3 == 0:
            j.log(TherapySessionDraft("heat", _at(day, 18), minutes=20, pain_before=6, pain_after=4))
    return opened


def test_a_very_long_note_flows_across_pages(month, tmp_path):
    j = month.journal
    words = " ".join(f"word{i}" for i in range(1050))  # ~10,000 characters, the longest note allowed
    lines = "\n".join(f"line {i}" for i in range(1050))  # a note that is mostly line breaks
    blob = "x" * 9_000  # one word with no place to break
    j.log(PainEntryDraft(_at(date(2026, 3, 5), 12), 5, note="START-A " + words + " END-A"))
    j.log(PainEntryDraft(_at(date(2026, 3, 6), 12), 5, note="START-B\n" + lines + "\nEND-B"))
    j.log(PainEntryDraft(_at(date(2026, 3, 7), 12), 5, note="START-C " + blob + " END-C"))
    service = ReportService(unit_of_work=month.uow)
    pages = _text(
        service.render(ReportOptions(START, date(2026, 3, 31), sections=parse_sections(None, include_notes=True))),
        tmp_path,
    )
    everything = "\n".join(pages)
    for mark in ("START-A", "END-A", "START-B", "END-B", "START-C", "END-C", "word1049", "line 1049"):
        assert mark in everything
    assert len(pages) >= 5


def test_a_long_name_never_overlaps_the_page_number(month):
    name = "Maximiliane Alexandra Wilhelmina von und zu Hohenzollern-Sigmaringen-Württemberg " * 2
    model = ReportService(unit_of_work=month.uow).model(ReportOptions(START, date(2026, 3, 31), name=name[:120]))
    writer = ReportWriter(model)
    writer.build()
    pdf = writer.pdf
    left, right = pdf.footer_parts(99)
    pdf.set_font("DejaVu", "", 7.5)
    assert pdf.get_string_width(left) + 3 + pdf.get_string_width(right) <= pdf.epw
    assert left.startswith("Maximiliane") and "…" in left and "Patient-reported data" in left


def test_a_10_day_period_says_which_days_it_compares(month, tmp_path):
    service = ReportService(unit_of_work=month.uow)
    first = " ".join(_text(service.render(ReportOptions(date(2026, 3, 11), date(2026, 3, 20))), tmp_path)[0].split())
    assert "first → last 5 days" in first
    assert "two weeks" not in first


def test_a_1_day_period_is_not_compared_with_itself(month, tmp_path):
    service = ReportService(unit_of_work=month.uow)
    first = _text(service.render(ReportOptions(date(2026, 3, 20), date(2026, 3, 20))), tmp_path)[0]
    assert "A 1-day period has no earlier and later part to compare" in first
    assert "→ last" not in first and "Clinically important" not in first


def test_a_rise_over_the_period_is_called_a_worsening(month, tmp_path):
    service = ReportService(unit_of_work=month.uow)
    first = _text(service.render(ReportOptions(START, date(2026, 3, 31))), tmp_path)[0]
    assert "a worsening" in first and "3.0 → 6.0: +3.0 points (+100 %)" in first


def test_the_immediate_change_in_the_report_has_no_threshold_mark(month, tmp_path):
    service = ReportService(unit_of_work=month.uow)
    pages = _text(service.render(ReportOptions(START, date(2026, 3, 31))), tmp_path)
    everything = "\n".join(pages)
    assert "6.0 → 4.0 (-2.0, -33 %, n = 11)" in everything
    assert "-33 %, n = 11) ✔" not in everything


def test_note_times_show_their_offset_when_the_period_spans_two(month, tmp_path):
    j = month.journal
    j.log(PainEntryDraft(_at(date(2026, 3, 10), 9, CET), 4, note="winter time"))
    j.log(PainEntryDraft(_at(date(2026, 3, 30), 9, CEST), 4, note="summer time"))
    service = ReportService(unit_of_work=month.uow)
    sections = parse_sections(None, include_notes=True)
    everything = "\n".join(_text(service.render(ReportOptions(START, date(2026, 3, 31), sections=sections)), tmp_path))
    assert "10 Mar 2026 09:00 UTC+01:00" in everything and "30 Mar 2026 09:00 UTC+02:00" in everything
    one = "\n".join(_text(service.render(ReportOptions(START, date(2026, 3, 20), sections=sections)), tmp_path))
    assert "10 Mar 2026 09:00" in one and "UTC+01:00" not in one


def test_marked_periods_are_listed_with_their_full_names(month, tmp_path):
    trends = TrendsService(unit_of_work=month.uow)
    long = "Acupuncture course with Dr. Example at the university pain clinic"
    trends.add_marked_period(MarkedPeriod(long, date(2026, 3, 3), date(2026, 3, 12)))
    trends.add_marked_period(MarkedPeriod("Before the whole thing", date(2025, 1, 1), date(2025, 2, 1)))
    service = ReportService(unit_of_work=month.uow)
    first = _text(service.render(ReportOptions(START, date(2026, 3, 31))), tmp_path)[0]
    assert long in " ".join(first.split())
    assert "Before the whole thing" not in first  # outside the period: neither drawn nor listed

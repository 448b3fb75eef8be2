"""The physician report: its text (extracted with pypdf) says the period and the numbers `stats` gives."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import PainEntryDraft, PegDraft, TherapySessionDraft
from backjournal.reports.pdf_report import paper_for_locale
from backjournal.services.report import ReportOptions, ReportService, parse_sections, resolve_period
from tests.conftest import run_cli

TZ = timezone(timedelta(hours=1))
START, END = date(2026, 1, 1), date(2026, 2, 28)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.fixture
def report_journal(opened):
    """Two months: pain falls from ~8 to ~4; heat sessions; ibuprofen; a PEG; notes with awkward text."""
    j = opened.journal
    day = START
    i = 0
    while day <= END:
        if i % 5 != 4:  # some days without entries
            score = max(0, 8 - i // 12)
            j.log(PainEntryDraft(_at(day, 8), score, note="<b>x</b> & Ünïcödé 漢" if i == 3 else None))
            j.log(PainEntryDraft(_at(day, 20), max(0, score - 1)))
        if i % 7 == 0:
            j.log(TherapySessionDraft("heat", _at(day, 18), minutes=20, pain_before=7, pain_after=5))
        if i % 10 == 0:
            j.log(TherapySessionDraft("medication", _at(day, 9), details="Ibuprofen", dose="400 mg (2 × 200)"))
        day += timedelta(days=1)
        i += 1
    j.log(PegDraft(_at(date(2026, 2, 20), 19), 5, 4, 6))
    return opened


def _text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return [p.extract_text() for p in PdfReader(path).pages]


def test_report_text_has_period_and_the_numbers_stats_gives(report_journal, tmp_path):
    service = ReportService(unit_of_work=report_journal.uow)
    options = ReportOptions(START, END, sections=parse_sections(None, include_notes=True), name="Maria Ölund")
    pdf = service.render(options, generated_on=date(2026, 3, 1))
    pages = _text(pdf, tmp_path)
    first = pages[0]
    assert "1 Jan 2026 – 28 Feb 2026 (59 days)" in first
    # the same numbers as `backjournal stats`
    r = run_cli("stats", "--from", START.isoformat(), "--to", END.isoformat(), data_dir=report_journal.data_dir)
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert f"{stats['days_with_entries']} of 59 days" in first
    assert f"{stats['mean_of_daily_means']:.1f} / 10" in first
    means = [d["mean"] for d in stats["daily"] if d["mean"] is not None]
    assert f"{min(means):.1f} on" in first and f"{max(means):.1f} on" in first

    # change first vs last two weeks, computed here independently
    def window(lo, hi):
        vals = [d["mean"] for d in stats["daily"] if lo <= d["day"] <= hi and d["mean"] is not None]
        return sum(vals) / len(vals)

    first_mean, last_mean = window("2026-01-01", "2026-01-14"), window("2026-02-15", "2026-02-28")
    assert f"{first_mean:.1f} → {last_mean:.1f}" in first
    assert "≥ 2 points: reached" in first and "≥ 30 %: reached" in first
    assert "caused" not in " ".join(pages).lower()
    assert "5.0 / 10 on 20 Feb 2026" in first  # latest PEG
    assert "Heat" in first and "7.0 → 5.0" in first  # therapies used: mean before -> after
    heat = stats["therapies"][0] if stats["therapies"][0]["therapy"] == "heat" else stats["therapies"][1]
    assert heat["sessions"] == 9 and "9" in first
    everything = "\n".join(pages)
    assert "Medication and substance log" in everything and "400 mg (2 × 200)" in everything
    assert "<b>x</b> & Ünïcödé □" in everything  # user text literal; a glyph the font lacks is visible
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page and "Patient-reported data" in page and "Maria Ölund" in page


def test_report_without_notes_and_without_data(opened, report_journal, tmp_path):
    service = ReportService(unit_of_work=report_journal.uow)
    pages = _text(service.render(ReportOptions(START, END)), tmp_path)
    assert "Notes" not in "\n".join(p.splitlines()[0] for p in pages)
    assert "<b>x</b>" not in "\n".join(pages)
    empty = _text(service.render(ReportOptions(date(2020, 1, 1), date(2020, 1, 31))), tmp_path)
    assert "0 of 31 days" in empty[0] and "Not enough entries to compare" in empty[0]


def test_paper_size_by_locale_and_choice(report_journal, tmp_path):
    assert paper_for_locale("en_US.UTF-8") == "letter" and paper_for_locale("de_DE.UTF-8") == "a4"
    assert paper_for_locale("C.UTF-8") == "a4" and paper_for_locale(None) == "a4"
    service = ReportService(unit_of_work=report_journal.uow)
    for paper, width in (("a4", 595.28), ("letter", 612.0)):
        path = tmp_path / f"{paper}.pdf"
        path.write_bytes(service.render(ReportOptions(START, END, paper=paper)))
        assert abs(float(PdfReader(path).pages[0].mediabox.width) - width) < 0.5


def test_report_fonts_are_embedded_and_charts_are_vector(report_journal, tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(ReportService(unit_of_work=report_journal.uow).render(ReportOptions(START, END)))
    reader = PdfReader(path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in font["/BaseFont"]
        assert "/FontFile2" in font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    xobjects = reader.pages[0]["/Resources"].get("/XObject", {})
    assert all(x.get_object().get("/Subtype") != "/Image" for x in xobjects.values())  # no raster images


def test_report_options_are_validated():
    assert resolve_period(None, None, "30d", today=date(2026, 3, 31)) == (date(2026, 3, 2), date(2026, 3, 31))
    assert resolve_period("2026-01-01", None, None, today=date(2026, 3, 31)) == (date(2026, 1, 1), date(2026, 3, 31))
    with pytest.raises(ValidationError):
        resolve_period("2026-03-01", "2026-02-01", None)
    with pytest.raises(ValidationError):
        resolve_period("2026-03-01", None, "30d")
    with pytest.raises(ValidationError, match="sections"):
        parse_sections("summary,horoscope")
    assert parse_sections("calendar") == {"summary", "calendar"}


def test_report_command(report_journal, tmp_path):
    out = tmp_path / "report.pdf"
    r = run_cli(
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-28",
        "--sections",
        "calendar,medications",
        "--name",
        "A. Person",
        "--paper",
        "a4",
        "-o",
        str(out),
        data_dir=report_journal.data_dir,
    )
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF-") and stat.S_IMODE(out.stat().st_mode) == 0o600
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Calendar of daily pain" in text and "What happened around" not in text
    r = run_cli("report", "--range", "2w", "-o", str(out), data_dir=report_journal.data_dir)
    assert r.returncode == 2
    r = run_cli("report", "--sections", "x", "-o", str(out), data_dir=report_journal.data_dir)
    assert r.returncode == 2 and "--sections" in r.stderr


def test_report_with_card_summaries(report_journal, tmp_path):
    from backjournal.cards.loader import CardLibrary

    library = CardLibrary.load()
    service = ReportService(unit_of_work=report_journal.uow, cards=library)
    pages = _text(service.render(ReportOptions(START, END, sections=parse_sections("cards"))), tmp_path)
    last = pages[-1]
    assert "Reference summaries of the therapies used" in last
    assert library.get("heat").summary.split()[0] in last


def test_report_built_in_a_child_process_is_the_same_report(report_journal, tmp_path):
    """The window builds the PDF in a spawned child (the GIL stays free for the event loop)."""
    service = ReportService(unit_of_work=report_journal.uow)
    options = ReportOptions(start=date(2026, 3, 1), end=date(2026, 3, 14), paper="letter")
    apart = service.render_apart(options, generated_on=date(2026, 3, 15))
    here = service.render(options, generated_on=date(2026, 3, 15))
    assert _text(apart, tmp_path) == _text(here, tmp_path)


def test_report_child_is_stopped_by_cancel_and_the_error_goes_on(report_journal):
    service = ReportService(unit_of_work=report_journal.uow)
    options = ReportOptions(start=date(2026, 3, 1), end=date(2026, 3, 14))
    calls = []

    class StopError(Exception):
        pass

    def check():
        calls.append(1)
        if len(calls) > 1:  # the first check is before the child starts
            raise StopError

    with pytest.raises(StopError):
        service.render_apart(options, check=check)
    assert len(calls) == 2


def test_report_medication_log_carries_the_name_and_the_structured_dose(opened, tmp_path):
    from backjournal.services.therapies import TherapyService

    ibu = TherapyService(journal=opened.journal).add_medication("Ibuprofen", "nsaid")
    opened.journal.log(
        TherapySessionDraft(
            ibu.key, _at(date(2026, 1, 5), 9), dose_amount=400, dose_unit="mg", dose_schedule="as-needed"
        )
    )
    opened.journal.log(TherapySessionDraft("medication", _at(date(2026, 1, 6), 9), dose="half a tablet"))
    service = ReportService(unit_of_work=opened.uow)
    options = ReportOptions(START, END, sections=parse_sections("medications", include_notes=False))
    everything = "\n".join(_text(service.render(options), tmp_path))
    log = everything[everything.index("Medication and substance log") :]
    assert "Ibuprofen" in log and "400 mg, as needed" in log
    assert "half a tablet" in log, "a free-text dose is shown as entered"

"""The report's calendar follows the Trends view's rule (issue 11): a period up to about three months
is drawn as month grids with day numbers, a longer one as a row per year; the real program writes it
through matplotlib's PDF backend, so fpdf2's SVG parser never warns about <pattern>."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import at, run_cli


@pytest.fixture
def journal_dir(data_dir):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal

    opened = open_journal(data_dir)
    try:
        for days_ago in range(0, 400, 3):
            opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=days_ago), score=days_ago % 9))
    finally:
        opened.close()
    return data_dir


def _calendar_page(pdf) -> str:
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    return " ".join(next(t for t in pages if "Calendar of daily pain" in t).split())


@pytest.mark.parametrize(
    ("first", "months", "grid"),
    [
        ("2026-03-15", ["March 2026"], True),  # 1 day
        ("2026-03-06", ["March 2026"], True),  # 10 days
        ("2026-01-20", ["January 2026", "February 2026", "March 2026"], True),
        ("2025-03-16", [], False),  # a year
    ],
)
def test_the_report_calendar_uses_month_grids_for_a_short_period(journal_dir, tmp_path, first, months, grid):
    out = tmp_path / "report.pdf"
    r = run_cli("report", "--from", first, "--to", "2026-03-15", "-o", str(out), data_dir=journal_dir, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Ignoring unsupported SVG tag" not in r.stderr + r.stdout
    text = _calendar_page(out)
    for name in months:
        assert name in text
    if grid:
        assert "Hatched grey squares" in text and "Mon" not in text and "2025" not in text
    else:
        assert "Grey squares with a dot" in text and "Mon" in text and "Wed" in text

"""The demo journal at the small end of --years: a few days to a few weeks (it crashed below a month)."""

from __future__ import annotations

from datetime import date

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.services.demo import DemoService


@pytest.mark.parametrize("years", [0.003, 0.01, 0.05, 0.08])
def test_a_short_demo_fills_its_days(opened, years):
    summary = DemoService(unit_of_work=opened.uow).fill(years, 7, end=date(2026, 3, 15))
    assert summary.pain_entries > 0
    days = {e.felt_at.date() for e in opened.journal.pain_entries()}
    assert days and summary.start <= min(days) and max(days) <= date(2026, 3, 15)
    assert len(opened.journal.pain_entries()) == summary.pain_entries


def test_less_than_a_day_is_refused_and_writes_nothing(opened):
    with pytest.raises(ValidationError, match="years"):
        DemoService(unit_of_work=opened.uow).fill(0.001, 7, end=date(2026, 3, 15))
    assert opened.journal.is_empty()

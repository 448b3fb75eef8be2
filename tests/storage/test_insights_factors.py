"""Insights read the journal's factors through FactorService (once this version stores factors)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backjournal.domain.models import PainEntryDraft
from backjournal.services.composition import Services

TZ = timezone(timedelta(hours=1))
START = date(2026, 1, 1)


def test_a_planted_yes_no_factor_is_found(opened):
    services = Services(opened)
    factors = services.factors
    factors.add("Long drive", "yesno")
    for k in range(60):
        day = START + timedelta(days=k)
        drive = k % 4 == 0
        factors.set_value("Long drive", "yes" if drive else "no", day)
        opened.journal.log(
            PainEntryDraft(datetime(day.year, day.month, day.day, 20, tzinfo=TZ), (7 if drive else 4) + k % 2)
        )
    result = services.insights.insights(START, START + timedelta(days=59))
    item = next(i for i in result.items if i.name == "Long drive" and i.lag_days == 0)
    assert item.kind == "yesno" and (item.days_with, item.days_without) == (15, 45)
    assert item.difference == pytest.approx(7 - 14 / 3) and item.likely  # 7 against (15 x 4 + 30 x 5) / 45
    assert item.sentence().startswith("\u201cYes\u201d days for Long drive went with")

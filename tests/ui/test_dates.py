"""Dates one way everywhere (the locale's, four-digit year); the UTC offset only where it differs."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QLocale

from backjournal.ui.dates import date_format, date_text, moment_text


def test_the_locale_decides_the_order_and_the_year_has_four_digits():
    assert date_text(date(2026, 3, 5), QLocale("en_US"), weekday=False) == "3/5/2026"
    assert date_text(date(2026, 3, 5), QLocale("de_DE"), weekday=False) == "05.03.2026"
    assert date_text(date(2026, 3, 5), QLocale("en_GB")) == "Thu 05/03/2026"
    assert date_format(QLocale.c(), weekday=False) == "d MMM yyyy"  # the C locale's own reads badly


def test_the_offset_is_shown_only_when_it_differs_from_this_computers():
    here = datetime(2026, 3, 5, 9, 30).astimezone()  # this computer's offset at that moment
    assert moment_text(here, QLocale("en_GB")) == "Thu 05/03/2026  09:30"
    offset = here.utcoffset() + timedelta(hours=5)
    elsewhere = datetime(2026, 3, 5, 9, 30, tzinfo=timezone(offset))
    text = moment_text(elsewhere, QLocale("en_GB"))
    assert text.startswith("Thu 05/03/2026  09:30 (UTC") and text.endswith(")")

"""Dates on chart axes in the process's language (backjournal.i18n): "15 Sep" / "15. Sept.".

matplotlib writes the date parts as numbers between markers (its strftime would use the C locale's
English month names); ``localise_dates`` turns them into the language's words and order.
"""

from __future__ import annotations

import re
from datetime import date

import matplotlib.dates as mdates

from backjournal.charts.text import human_day
from backjournal.i18n import day_month, month_short

DAY_MONTH, MONTH, DAY_MONTH_YEAR = "@D%d@M%m", "@M%m", "@D%d@M%m@Y%Y"
_DATE_MARKS = re.compile(r"@D(\d+)@M(\d+)(?:@Y(\d+))?|@M(\d+)")


def localise_dates(text: str) -> str:
    def words(m: re.Match) -> str:
        if m.group(4):
            return month_short(int(m.group(4)))
        day = date(int(m.group(3) or 2000), int(m.group(2)), int(m.group(1)))
        return human_day(day) if m.group(3) else day_month(day)

    return _DATE_MARKS.sub(words, text)


class LocalisedDateFormatter(mdates.ConciseDateFormatter):
    """ConciseDateFormatter with month names and day-month order of the process's language."""

    def format_ticks(self, values):
        return [localise_dates(label) for label in super().format_ticks(values)]

    def get_offset(self):
        return localise_dates(super().get_offset())


class LocalisedDayFormatter(mdates.DateFormatter):
    def __call__(self, x, pos=0):
        return localise_dates(super().__call__(x, pos))


def date_formatter(locator) -> mdates.ConciseDateFormatter:
    return LocalisedDateFormatter(
        locator,
        show_offset=True,
        formats=["%Y", MONTH, DAY_MONTH, "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", MONTH, DAY_MONTH, "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y", DAY_MONTH_YEAR, DAY_MONTH_YEAR, DAY_MONTH_YEAR + " %H:%M"],
    )

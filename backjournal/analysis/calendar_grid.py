"""Calendar heatmap cells: one year as a 7 x 53 grid (rows Monday..Sunday, columns weeks).

Column ``c`` holds the week that contains day ``c * 7 - weekday(1 January)`` onwards, so the first
column may start before 1 January and the last may run past 31 December; cells that are not days
of the year are marked in ``in_year`` (False), cells that are days without entries are NaN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from backjournal.analysis.daily import DailyPain

WEEKS = 54  # a leap year starting on Sunday spans 54 Monday-based weeks


@dataclass(frozen=True, eq=False)
class YearGrid:
    year: int
    values: np.ndarray  # (7, WEEKS) float: daily mean, NaN = no entry or not a day of the year
    in_year: np.ndarray  # (7, WEEKS) bool

    def cell_of(self, day: date) -> tuple[int, int]:
        return cell_of(day)


def cell_of(day: date) -> tuple[int, int]:
    """(row, column) of ``day`` in its year's grid: row = weekday (Monday 0)."""
    jan1 = date(day.year, 1, 1)
    offset = jan1.weekday()
    doy = (day - jan1).days
    return day.weekday(), (doy + offset) // 7


def year_grid(daily: DailyPain, year: int) -> YearGrid:
    values = np.full((7, WEEKS), np.nan)
    in_year = np.zeros((7, WEEKS), dtype=bool)
    first = np.datetime64(f"{year:04d}-01-01", "D")
    last = np.datetime64(f"{year:04d}-12-31", "D")
    days = np.arange(first, last + 1, dtype="datetime64[D]")
    offset = date(year, 1, 1).weekday()
    doy = np.arange(len(days))
    rows = (doy + offset) % 7
    cols = (doy + offset) // 7
    in_year[rows, cols] = True
    if len(daily.days):
        idx = (days - daily.days[0]).astype(int)
        ok = (idx >= 0) & (idx < len(daily.days))
        values[rows[ok], cols[ok]] = daily.mean[idx[ok]]
    return YearGrid(year, values, in_year)


def years_of(daily: DailyPain) -> list[int]:
    if not len(daily.days):
        return []
    return list(range(daily.start.year, daily.end.year + 1))

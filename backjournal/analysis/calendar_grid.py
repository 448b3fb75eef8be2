"""Calendar heatmap cells: one year as a 7 x 53 grid (rows Monday..Sunday, columns weeks).

Column ``c`` holds the week that contains day ``c * 7 - weekday(1 January)`` onwards, so the first
column may start before 1 January and the last may run past 31 December; cells that are not days
of the year are marked in ``in_year`` (False), cells that are days without entries are NaN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from backjournal.analysis.daily import ONE_DAY, DailyPain

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
    days = np.arange(first, last + ONE_DAY, dtype="datetime64[D]")
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
    first, last = daily.start, daily.end
    if first is None or last is None:
        return []
    return list(range(first.year, last.year + 1))


#: ranges up to this many days are drawn as month grids (day numbers), longer ones a year per row
MONTH_GRID_MAX_DAYS = 93


@dataclass(frozen=True, eq=False)
class MonthGrid:
    """One month as up to 6 weeks x 7 days, the first column being ``week_start`` (0 = Monday)."""

    year: int
    month: int
    week_start: int
    first: date  # the day in row 0, column 0 (may be in the month before)
    values: np.ndarray  # (6, 7) float: daily mean; NaN = no entry, outside the range or not in the month
    in_month: np.ndarray  # (6, 7) bool
    in_range: np.ndarray  # (6, 7) bool: in the month and within [start, end]

    def day_at(self, row: int, col: int) -> date:
        from datetime import timedelta

        return self.first + timedelta(days=int(row) * 7 + int(col))

    def cell_of(self, day: date) -> tuple[int, int]:
        i = (day - self.first).days
        return i // 7, i % 7

    @property
    def rows(self) -> int:
        return int(self.in_month.any(axis=1).sum())


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_grid(daily: DailyPain, year: int, month: int, start: date, end: date, *, week_start: int = 0) -> MonthGrid:
    from datetime import timedelta

    first_of_month = date(year, month, 1)
    first = first_of_month - timedelta(days=(first_of_month.weekday() - week_start) % 7)
    values = np.full((6, 7), np.nan)
    in_month = np.zeros((6, 7), dtype=bool)
    in_range = np.zeros((6, 7), dtype=bool)
    for i in range(42):
        day = first + timedelta(days=i)
        r, c = divmod(i, 7)
        if day.month != month:
            continue
        in_month[r, c] = True
        if start <= day <= end:
            in_range[r, c] = True
            mean, _lo, _hi, n = daily.value_on(day)
            if n:
                values[r, c] = mean
    return MonthGrid(year, month, week_start, first, values, in_month, in_range)

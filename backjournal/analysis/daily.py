"""Daily pain and its rolling mean, as numpy arrays covering every calendar day of a range.

``DailyPain`` has one slot per calendar day from ``start`` to ``end``; a day without entries is
``NaN`` (mean, min, max) and 0 (n). Nothing is ever interpolated: a day without data stays empty.

Rolling mean (``rolling_mean``): for day *d* it is the mean of the **daily means** of the
``window`` days ending on *d* (a trailing window: what the person could have computed that day).
Days without entries in the window are ignored, and the value is shown only when at least
``min_days_for(window)`` days of the window have data (at least half, rounded up: 4 of 7).
Averaging daily means rather than entries keeps a day with four entries from counting four times.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

DEFAULT_WINDOW = 7


def min_days_for(window: int) -> int:
    """Days with data a rolling window needs before it shows a value: at least half of it."""
    return max(1, math.ceil(window / 2))


#: One day as a numpy duration. Day arithmetic on datetime64 always names its unit: numpy 2.5
#: deprecates adding a bare integer (a "generic" timedelta).
ONE_DAY = np.timedelta64(1, "D")


def as_day64(day: date | np.datetime64 | str) -> np.datetime64:
    if isinstance(day, np.datetime64):
        as_day: np.datetime64 = day.astype("datetime64[D]")
        return as_day
    return np.datetime64(day, "D")


def to_date(day: np.datetime64) -> date:
    return date.fromisoformat(str(day.astype("datetime64[D]")))


@dataclass(frozen=True, eq=False)
class DailyPain:
    """Per-day pain over [start, end]: ``days`` (datetime64[D]), ``mean``/``min``/``max`` (float,
    NaN when the day has no entry) and ``n`` (entries that day)."""

    days: np.ndarray
    mean: np.ndarray
    min: np.ndarray
    max: np.ndarray
    n: np.ndarray

    def __len__(self) -> int:
        return len(self.days)

    @property
    def start(self) -> date | None:
        return to_date(self.days[0]) if len(self.days) else None

    @property
    def end(self) -> date | None:
        return to_date(self.days[-1]) if len(self.days) else None

    @property
    def has_data(self) -> np.ndarray:
        return self.n > 0

    def index_of(self, day: date) -> int:
        """Position of ``day`` in the arrays (may be outside 0..len-1 when the day is outside)."""
        if not len(self.days):
            raise ValueError("empty DailyPain has no days")
        return int((as_day64(day) - self.days[0]).astype(int))

    def bounds(self, start: date, end: date) -> tuple[int, int]:
        """Slice bounds [i, j) of the days in [start, end], clipped to the arrays."""
        if not len(self.days):
            return 0, 0
        i = min(max(self.index_of(start), 0), len(self.days))
        j = min(max(self.index_of(end) + 1, 0), len(self.days))
        return i, max(i, j)

    def between(self, start: date, end: date) -> DailyPain:
        i, j = self.bounds(start, end)
        return DailyPain(self.days[i:j], self.mean[i:j], self.min[i:j], self.max[i:j], self.n[i:j])

    def value_on(self, day: date) -> tuple[float, float, float, int]:
        """(mean, min, max, n) for ``day``; NaNs and 0 when it has no entry or is outside."""
        if not len(self.days):
            return math.nan, math.nan, math.nan, 0
        i = self.index_of(day)
        if not 0 <= i < len(self.days):
            return math.nan, math.nan, math.nan, 0
        return float(self.mean[i]), float(self.min[i]), float(self.max[i]), int(self.n[i])


def empty_daily(start: date, end: date) -> DailyPain:
    days = np.arange(as_day64(start), as_day64(end) + ONE_DAY, dtype="datetime64[D]")
    nan = np.full(len(days), np.nan)
    return DailyPain(days, nan.copy(), nan.copy(), nan.copy(), np.zeros(len(days), dtype=int))


def daily_pain_from_rows(
    rows: Iterable[tuple[date | str, float, float, float, int]], start: date, end: date
) -> DailyPain:
    """Spread ``(day, mean, min, max, n)`` rows (days as 'YYYY-MM-DD' or dates) over [start, end]."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    out = empty_daily(start, end)
    rows = list(rows)
    if not rows:
        return out
    days = np.array([as_day64(r[0]) for r in rows], dtype="datetime64[D]")
    idx = (days - out.days[0]).astype(int)
    keep = (idx >= 0) & (idx < len(out.days))
    idx = idx[keep]
    values = np.array([r[1:5] for r in rows], dtype=float)[keep]
    out.mean[idx] = values[:, 0]
    out.min[idx] = values[:, 1]
    out.max[idx] = values[:, 2]
    out.n[idx] = values[:, 3].astype(int)
    return out


def rolling_mean(values: np.ndarray, window: int = DEFAULT_WINDOW, min_days: int | None = None) -> np.ndarray:
    """Trailing rolling mean of ``values`` ignoring NaN; NaN where fewer than ``min_days`` have data."""
    if window < 1:
        raise ValueError("window must be at least 1 day")
    need = min_days_for(window) if min_days is None else min_days
    values = np.asarray(values, dtype=float)
    present = ~np.isnan(values)
    sums = np.concatenate([[0.0], np.cumsum(np.where(present, values, 0.0))])
    counts = np.concatenate([[0], np.cumsum(present)])
    hi = np.arange(1, len(values) + 1)
    lo = np.maximum(hi - window, 0)
    window_sum = sums[hi] - sums[lo]
    window_n = counts[hi] - counts[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        out: np.ndarray = window_sum / window_n
    out[window_n < need] = np.nan
    return out

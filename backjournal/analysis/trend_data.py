"""Everything a trend chart shows, computed once: daily pain, its rolling mean, sessions, periods."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from backjournal.analysis.daily import DEFAULT_WINDOW, DailyPain, min_days_for, rolling_mean
from backjournal.analysis.effects import SessionPoints, TherapyEffect
from backjournal.analysis.periods import MarkedPeriod
from backjournal.domain.courses import CourseSpan


@dataclass(frozen=True, eq=False)
class TrendData:
    daily: DailyPain
    sessions: SessionPoints
    #: (therapy key, display name) in lane order, top to bottom
    therapies: tuple[tuple[str, str], ...]
    periods: tuple[MarkedPeriod, ...] = ()
    window: int = DEFAULT_WINDOW
    #: the colour the person chose for a therapy (key -> "#rrggbb", Preferences > Therapies); the
    #: others keep the palette's
    colours: dict[str, str] = field(default_factory=dict)
    #: the rolling mean of the daily means over ``window`` days (computed, not passed)
    rolling: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rolling", rolling_mean(self.daily.mean, self.window))

    @property
    def names(self) -> dict[str, str]:
        return dict(self.therapies)

    def name_of(self, key: str) -> str:
        return self.names.get(key, key)


def _num(x: float) -> float | None:
    x = float(x)
    return None if math.isnan(x) else round(x, 4)


def stats_dict(data: TrendData, start: date, end: date, effects: list[TherapyEffect]) -> dict[str, Any]:
    """The numbers a trend chart and an effect chart show, as plain JSON-ready values."""
    i, j = data.daily.bounds(start, end)
    d = data.daily
    daily = [
        {
            "day": str(d.days[k]),
            "n": int(d.n[k]),
            "mean": _num(d.mean[k]),
            "min": _num(d.min[k]),
            "max": _num(d.max[k]),
            "rolling_mean": _num(data.rolling[k]),
        }
        for k in range(i, j)
    ]
    with_data = d.mean[i:j][~np.isnan(d.mean[i:j])]
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "rolling_window_days": data.window,
        "rolling_min_days": min_days_for(data.window),
        "days_with_entries": len(with_data),
        "entries": int(d.n[i:j].sum()),
        "mean_of_daily_means": _num(with_data.mean()) if len(with_data) else None,
        "daily": daily,
        "therapies": [e.as_dict() for e in effects],
        # courses are shaded like periods on the chart; ``stats`` lists them under "courses"
        "marked_periods": [
            p.as_dict() for p in data.periods if p.overlaps(start, end) and not isinstance(p, CourseSpan)
        ],
    }

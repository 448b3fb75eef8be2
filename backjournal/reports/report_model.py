"""What the physician report says, computed from the journal's numbers (pure; no PDF here).

Every number comes from the same analysis the Trends view and ``backjournal stats`` use: daily
means (one value per day, the mean of that day's entries), so a day with four entries does not
count four times. "Average daily pain" is the mean of the daily means, best and worst are the
lowest and highest daily mean.

Change: the mean of daily means in the first two weeks of the period (or a chosen baseline)
against the last two weeks. A fall of >= 2 points or >= 30 % is the clinically important
threshold (Farrar 2001; Ostelo 2008); the report says which were reached, and that the journal
shows a change over time, not its reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from backjournal.analysis.daily import min_days_for
from backjournal.analysis.effects import IMPORTANT_FALL_FRACTION, IMPORTANT_FALL_POINTS, TherapyEffect
from backjournal.analysis.trend_data import TrendData
from backjournal.domain.models import PegCheckin, TherapyCategory, TherapySession

SECTIONS = ("summary", "calendar", "effects", "medications", "notes", "cards")
DEFAULT_SECTIONS = frozenset({"summary", "calendar", "effects", "medications"})
SECTION_LABELS = {
    "summary": "Summary (page 1)", "calendar": "Calendar of daily pain", "effects": "Per-therapy effect table",
    "medications": "Medication and substance log", "notes": "Notes", "cards": "Reference card summaries",
}
COMPARE_DAYS = 14


@dataclass(frozen=True)
class DayValue:
    value: float
    day: date


@dataclass(frozen=True)
class Change:
    """First window (or baseline) against the last window."""

    first_label: str
    first: tuple[date, date]
    last: tuple[date, date]
    first_mean: float | None
    last_mean: float | None
    need_days: int
    first_days: int
    last_days: int

    @property
    def enough(self) -> bool:
        return self.first_mean is not None and self.last_mean is not None

    @property
    def points(self) -> float:
        return self.last_mean - self.first_mean  # negative = lower pain

    @property
    def percent(self) -> float | None:
        return None if not self.first_mean else 100.0 * self.points / self.first_mean

    @property
    def points_reached(self) -> bool:
        return self.enough and -self.points >= IMPORTANT_FALL_POINTS - 1e-9

    @property
    def percent_reached(self) -> bool:
        return self.enough and self.percent is not None and -self.percent >= 100 * IMPORTANT_FALL_FRACTION - 1e-9

    def sentences(self) -> list[str]:
        if not self.enough:
            return [f"Not enough entries to compare: each window needs entries on at least {self.need_days} days "
                    f"(found {self.first_days} and {self.last_days})."]
        pts, pct = self.points, self.percent
        if abs(pts) < 0.05:
            how = "about the same"
        else:
            how = (f"{abs(pts):.1f} points ({abs(pct):.0f} %) {'lower' if pts < 0 else 'higher'}"
                   if pct is not None else f"{abs(pts):.1f} points {'lower' if pts < 0 else 'higher'}")
        out = [f"Average daily pain {self.first_mean:.1f} → {self.last_mean:.1f}: {how} in the last two weeks "
               f"than in {self.first_label}."]
        reached = [t for t, ok in (("a fall of ≥ 2 points", self.points_reached),
                                   ("a fall of ≥ 30 %", self.percent_reached)) if ok]
        if len(reached) == 2:
            out.append("Both thresholds of a clinically important improvement were reached (≥ 2 points and ≥ 30 %).")
        elif reached:
            missing = "≥ 30 %" if self.points_reached else "≥ 2 points"
            out.append(f"Threshold reached: {reached[0]}; not reached: {missing}.")
        else:
            out.append("Neither threshold of a clinically important improvement was reached (≥ 2 points, ≥ 30 %).")
        out.append("This is a change over time in patient-reported scores; it does not say why pain changed.")
        return out


@dataclass(frozen=True)
class TherapyUse:
    key: str
    name: str
    sessions: int
    minutes: int
    pairs: int
    mean_before: float | None
    mean_after: float | None


@dataclass(frozen=True)
class NoteLine:
    moment: datetime
    what: str
    text: str


@dataclass
class ReportModel:
    start: date
    end: date
    generated_on: date
    name: str | None
    sections: frozenset[str]
    days_in_period: int
    days_logged: int
    entries: int
    average: float | None
    best: DayValue | None
    worst: DayValue | None
    change: Change
    latest_peg: PegCheckin | None
    therapies: list[TherapyUse]
    medications: list[TherapySession]
    notes: list[NoteLine]
    trend: TrendData
    effects: list[TherapyEffect]
    card_summaries: dict[str, str] = field(default_factory=dict)

    def wants(self, section: str) -> bool:
        return section in self.sections


def _window_mean(trend: TrendData, lo: date, hi: date) -> tuple[float | None, int]:
    i, j = trend.daily.bounds(lo, hi)
    values = trend.daily.mean[i:j]
    values = values[~np.isnan(values)]
    return (float(values.mean()) if len(values) else None), int(len(values))


def compute_change(trend: TrendData, start: date, end: date, baseline: tuple[date, date] | None = None) -> Change:
    days = (end - start).days + 1
    size = COMPARE_DAYS if days >= 2 * COMPARE_DAYS else max(1, days // 2)
    last = (end - timedelta(days=size - 1), end)
    if baseline is not None:
        first, label = baseline, f"the baseline ({_short(baseline[0])} – {_short(baseline[1])})"
        need = min_days_for(min((baseline[1] - baseline[0]).days + 1, size))
    else:
        first = (start, start + timedelta(days=size - 1))
        label = "the first two weeks" if size == COMPARE_DAYS else f"the first {size} days"
        need = min_days_for(size)
    first_mean, first_n = _window_mean(trend, *first)
    last_mean, last_n = _window_mean(trend, *last)
    if first_n < need:
        first_mean = None
    if last_n < need:
        last_mean = None
    return Change(label, first, last, first_mean, last_mean, need, first_n, last_n)


def _short(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def therapy_uses(sessions: list[TherapySession]) -> list[TherapyUse]:
    by_key: dict[str, list[TherapySession]] = {}
    for s in sessions:
        by_key.setdefault(s.therapy.key, []).append(s)
    out = []
    for key, group in by_key.items():
        pairs = [(s.pain_before, s.pain_after) for s in group if s.pain_before is not None and s.pain_after is not None]
        out.append(TherapyUse(
            key=key, name=group[0].therapy.name, sessions=len(group),
            minutes=sum(s.minutes or 0 for s in group), pairs=len(pairs),
            mean_before=(sum(b for b, _ in pairs) / len(pairs)) if pairs else None,
            mean_after=(sum(a for _, a in pairs) / len(pairs)) if pairs else None,
        ))
    out.sort(key=lambda u: (-u.sessions, u.name.lower()))
    return out


def summarise(*, trend: TrendData, effects: list[TherapyEffect], sessions: list[TherapySession],
              pain_notes: list[NoteLine], peg: list[PegCheckin], start: date, end: date, generated_on: date,
              name: str | None, sections: frozenset[str], baseline: tuple[date, date] | None = None,
              latest_peg: PegCheckin | None = None) -> ReportModel:
    """``peg``: check-ins in the period (for notes); ``latest_peg``: the newest up to the period's end."""
    i, j = trend.daily.bounds(start, end)
    means = trend.daily.mean[i:j]
    days = trend.daily.days[i:j]
    have = ~np.isnan(means)
    average = float(means[have].mean()) if have.any() else None
    best = worst = None
    if have.any():
        k_best = int(np.nanargmin(means))
        k_worst = int(np.nanargmax(means))
        best = DayValue(float(means[k_best]), days[k_best].astype(object))
        worst = DayValue(float(means[k_worst]), days[k_worst].astype(object))
    notes = list(pain_notes)
    for s in sessions:
        if s.note:
            notes.append(NoteLine(s.started_at, s.therapy.name, s.note))
    for p in peg:
        if p.note:
            notes.append(NoteLine(p.answered_at, "PEG check-in", p.note))
    notes.sort(key=lambda n: n.moment)
    return ReportModel(
        start=start, end=end, generated_on=generated_on, name=name, sections=sections,
        days_in_period=(end - start).days + 1, days_logged=int(have.sum()), entries=int(trend.daily.n[i:j].sum()),
        average=average, best=best, worst=worst, change=compute_change(trend, start, end, baseline),
        latest_peg=latest_peg if latest_peg is not None else (peg[-1] if peg else None), therapies=therapy_uses(sessions),
        medications=[s for s in sessions if s.therapy.category is TherapyCategory.DRUG],
        notes=notes, trend=trend, effects=effects,
    )


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"

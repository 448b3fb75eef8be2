"""What the physician report says, computed from the journal's numbers (pure; no PDF here).

Every number comes from the same analysis the Trends view and ``backjournal stats`` use: daily
means (one value per day, the mean of that day's entries), so a day with four entries does not
count four times. "Average daily pain" is the mean of the daily means, best and worst are the
lowest and highest daily mean.

Change: the mean of daily means in the first two weeks of the period (or a chosen baseline)
against the last two weeks; a period shorter than 28 days compares its first half with its last
half (labelled "the first N days" / "the last N days"), and a 1-day period is not compared at all.
It is a change over time, so it is judged with the thresholds of ``analysis.thresholds`` (a fall
of >= 2 points or >= 30 % is clinically important, a rise of that size a worsening, IMMPACT's
words for the size of a fall); the report says which were reached, and that the journal shows a
change over time, not its reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from backjournal.analysis.daily import min_days_for
from backjournal.analysis.effects import TherapyEffect
from backjournal.analysis.thresholds import ChangeAssessment, Scope, assess, immpact_word, threshold_text
from backjournal.analysis.trend_data import TrendData
from backjournal.charts.text import human_day
from backjournal.domain.models import PegCheckin, TherapyCategory, TherapySession
from backjournal.i18n import number, translate

if TYPE_CHECKING:  # the insights are computed (and their module loaded) only for a report with them
    from backjournal.analysis.insights import InsightsResult

SECTIONS = ("summary", "peg", "courses", "trials", "calendar", "effects", "insights", "medications", "notes", "cards")
DEFAULT_SECTIONS = frozenset({"summary", "peg", "courses", "trials", "calendar", "effects", "insights", "medications"})
SECTION_LABELS = {
    "summary": "Summary (page 1)",
    "peg": "Weekly PEG over the period",
    "courses": "Therapy courses (a page each)",
    "trials": "Personal trials (a page each)",
    "calendar": "Calendar of daily pain",
    "effects": "Per-therapy effect table",
    "insights": "What went with better or worse days",
    "medications": "Medication and substance log",
    "notes": "Notes",
    "cards": "Reference card summaries",
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
    last_label: str = "the last two weeks"
    #: why there is no comparison at all (e.g. a 1-day period), else None
    not_compared: str | None = None

    @property
    def enough(self) -> bool:
        return self.not_compared is None and self.first_mean is not None and self.last_mean is not None

    @property
    def assessment(self) -> ChangeAssessment | None:
        """The change as printed: both means rounded to one decimal first, the change from those."""
        first, last = self.first_mean, self.last_mean
        if self.not_compared is not None or first is None or last is None:
            return None
        return assess(first, last, Scope.OVER_TIME)

    def compared(self) -> ChangeAssessment:
        """The assessment of a comparison that was made (check ``enough`` first)."""
        a = self.assessment
        if a is None:
            raise ValueError("no comparison was made: not enough entries")
        return a

    @property
    def points(self) -> float:
        return self.compared().points  # negative = lower pain

    @property
    def percent(self) -> float | None:
        return self.compared().percent

    @property
    def points_reached(self) -> bool:
        return self.enough and self.compared().fall_points_reached

    @property
    def percent_reached(self) -> bool:
        return self.enough and self.compared().fall_percent_reached

    @property
    def worsening(self) -> bool:
        return self.enough and self.compared().worsening

    def row_label(self) -> str:
        """``Change: first → last two weeks`` / ``Change: first → last 5 days`` / ``Change: baseline → …``."""
        last = self.last_label.removeprefix(translate("Change", "the last "))
        if self.first_label.startswith("the baseline"):
            return translate("Change", "Change: baseline → last {last}").format(last=last)
        first = self.first_label.removeprefix(translate("Change", "the first "))
        return (
            translate("Change", "Change: first → last {last}").format(last=last)
            if first == last
            else translate("Change", "Change: first {first} → last {last}").format(first=first, last=last)
        )

    def sentences(self) -> list[str]:
        if self.not_compared is not None:
            return [self.not_compared]
        if not self.enough:
            return [
                translate(
                    "Change",
                    "Not enough entries to compare: each window needs entries on at least {need_days} "
                    "days (found {first_days} and {last_days}).",
                ).format(need_days=self.need_days, first_days=self.first_days, last_days=self.last_days)
            ]
        a = self.compared()
        how = a.direction()
        if a.points != 0 and a.percent is not None:
            size = number(abs(a.points), 1)
            if a.points < 0:
                how = translate("Change", "{size} points ({percent:.0f} %) lower").format(
                    size=size, percent=abs(a.percent)
                )
            else:
                how = translate("Change", "{size} points ({percent:.0f} %) higher").format(
                    size=size, percent=abs(a.percent)
                )
        out = [
            translate(
                "Change", "Average daily pain {before:.1f} → {after:.1f}: {how} in {last_label} than in {first_label}."
            ).format(before=a.before, after=a.after, how=how, last_label=self.last_label, first_label=self.first_label)
        ]
        if a.worsening:
            out.append(
                translate("Change", "That is a worsening: pain rose by {THRESHOLD_TEXT}.").format(
                    THRESHOLD_TEXT=threshold_text()
                )
            )
        else:
            reached = [
                t
                for t, ok in (
                    (translate("Change", "a fall of ≥ 2 points"), self.points_reached),
                    (translate("Change", "a fall of ≥ 30 %"), self.percent_reached),
                )
                if ok
            ]
            if len(reached) == 2:
                out.append(
                    translate(
                        "Change",
                        "Both thresholds of a clinically important improvement were reached (≥ 2 points and ≥ 30 %).",
                    )
                )
            elif reached:
                missing = "≥ 30 %" if self.points_reached else translate("Change", "≥ 2 points")
                out.append(
                    translate("Change", "Threshold reached: {reached}; not reached: {missing}.").format(
                        reached=reached[0], missing=missing
                    )
                )
            else:
                out.append(
                    translate(
                        "Change",
                        "Neither threshold of a clinically important improvement was reached (≥ 2 points, ≥ 30 %).",
                    )
                )
            if a.immpact:
                band = {"minimal": "10–20 %", "moderate": "≥ 30 %", "substantial": "≥ 50 %"}[a.immpact]
                out.append(
                    translate("Change", "By IMMPACT's words this is a {immpact} improvement ({band} lower).").format(
                        immpact=immpact_word(a.immpact), band=band
                    )
                )
        out.append(
            translate(
                "Change", "This is a change over time in patient-reported scores; it does not say why pain changed."
            )
        )
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
    #: evaluations (analysis.courses.CourseEvaluation) of the courses overlapping the period
    courses: list = field(default_factory=list)
    #: results (analysis.trials.TrialResult) of the personal trials overlapping the period
    trials: list = field(default_factory=list)
    #: the weekly PEG check-ins of the period (analysis.peg.PegPoint), oldest first
    peg_points: list = field(default_factory=list)
    #: (region label, pain entries naming it, the mean of its own scores or None, entries that scored
    #: it), most named first
    regions: list = field(default_factory=list)
    #: what went with better or worse days (analysis.insights.InsightsResult), or None
    insights: InsightsResult | None = None

    def wants(self, section: str) -> bool:
        return section in self.sections


def _window_mean(trend: TrendData, lo: date, hi: date) -> tuple[float | None, int]:
    i, j = trend.daily.bounds(lo, hi)
    values = trend.daily.mean[i:j]
    values = values[~np.isnan(values)]
    return (float(values.mean()) if len(values) else None), len(values)


def compute_change(trend: TrendData, start: date, end: date, baseline: tuple[date, date] | None = None) -> Change:
    """First two weeks (or ``baseline``) against the last two weeks; a period of fewer than 28 days
    compares its first half with its last half, and a 1-day period is not compared."""
    days = (end - start).days + 1
    size = COMPARE_DAYS if days >= 2 * COMPARE_DAYS else max(1, days // 2)
    last = (end - timedelta(days=size - 1), end)
    last_label = translate("ReportModel", "the last two weeks") if size == COMPARE_DAYS else _days_label("last", size)
    if baseline is not None:
        first, label = (
            baseline,
            translate("ReportModel", "the baseline ({short} – {short2})").format(
                short=_short(baseline[0]), short2=_short(baseline[1])
            ),
        )
        need = min_days_for(min((baseline[1] - baseline[0]).days + 1, size))
    else:
        first = (start, start + timedelta(days=size - 1))
        label = translate("ReportModel", "the first two weeks") if size == COMPARE_DAYS else _days_label("first", size)
        need = min_days_for(size)
    if baseline is None and days < 2:
        return Change(
            label,
            first,
            last,
            None,
            None,
            need,
            0,
            0,
            last_label,
            not_compared=translate("ReportModel", "A 1-day period has no earlier and later part to compare."),
        )
    first_mean, first_n = _window_mean(trend, *first)
    last_mean, last_n = _window_mean(trend, *last)
    if first_n < need:
        first_mean = None
    if last_n < need:
        last_mean = None
    return Change(label, first, last, first_mean, last_mean, need, first_n, last_n, last_label)


def _days_label(which: str, size: int) -> str:
    if which == "first":
        return translate("ReportModel", "the first %n days", None, size)
    return translate("ReportModel", "the last %n days", None, size)


def _short(day: date) -> str:
    return human_day(day)


def therapy_uses(sessions: list[TherapySession]) -> list[TherapyUse]:
    by_key: dict[str, list[TherapySession]] = {}
    for s in sessions:
        by_key.setdefault(s.therapy.key, []).append(s)
    out = []
    for key, group in by_key.items():
        pairs = [(s.pain_before, s.pain_after) for s in group if s.pain_before is not None and s.pain_after is not None]
        out.append(
            TherapyUse(
                key=key,
                name=group[0].therapy.name,
                sessions=len(group),
                minutes=sum(s.minutes or 0 for s in group),
                pairs=len(pairs),
                mean_before=(sum(b for b, _ in pairs) / len(pairs)) if pairs else None,
                mean_after=(sum(a for _, a in pairs) / len(pairs)) if pairs else None,
            )
        )
    out.sort(key=lambda u: (-u.sessions, u.name.lower()))
    return out


def summarise(
    *,
    trend: TrendData,
    effects: list[TherapyEffect],
    sessions: list[TherapySession],
    pain_notes: list[NoteLine],
    peg: list[PegCheckin],
    start: date,
    end: date,
    generated_on: date,
    name: str | None,
    sections: frozenset[str],
    baseline: tuple[date, date] | None = None,
    latest_peg: PegCheckin | None = None,
) -> ReportModel:
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
            notes.append(NoteLine(p.answered_at, translate("ReportModel", "PEG check-in"), p.note))
    notes.sort(key=lambda n: n.moment)
    return ReportModel(
        start=start,
        end=end,
        generated_on=generated_on,
        name=name,
        sections=sections,
        days_in_period=(end - start).days + 1,
        days_logged=int(have.sum()),
        entries=int(trend.daily.n[i:j].sum()),
        average=average,
        best=best,
        worst=worst,
        change=compute_change(trend, start, end, baseline),
        latest_peg=latest_peg if latest_peg is not None else (peg[-1] if peg else None),
        therapies=therapy_uses(sessions),
        medications=[s for s in sessions if s.therapy.category is TherapyCategory.DRUG],
        notes=notes,
        trend=trend,
        effects=effects,
    )


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else number(value, digits)

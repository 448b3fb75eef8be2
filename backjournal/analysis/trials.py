"""A personal (N-of-1) trial's result: mean daily pain (and PEG) under A and under B, and how sure
one can be which went with less pain.

Per period: the mean of the daily means of its analysed days (after its wash-out, up to today and
to the day the trial was stopped) and the number of days with data; PEG: the mean of the check-ins
answered on those days. Per pair with data under both regimens: d = mean(B) - mean(A). The
difference is the mean of the d's; its 95 % interval is the t-interval on them,
mean ± t(0.975, n - 1) · sd / √n with n complete pairs (at least 2). ``mean_a`` / ``mean_b`` are the
means of the period means under each regimen (all periods with data).

In words: an interval that excludes 0 says which regimen went with less pain over these weeks; one
that includes 0 is "no clear difference", a result in its own right. Not a verdict on the
treatment: PREEMPT (Kravitz 2018) found such trials feasible and well liked, with no change in pain
interference versus usual care; the result is for a conversation with the clinician.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from backjournal.analysis.daily import DailyPain
from backjournal.domain.numbers import signed
from backjournal.domain.trials import Trial, TrialPeriod
from backjournal.i18n import in_english, translate

#: t(0.975, df) for df = 1 .. 30 (two-sided 95 %); pairs are at most 12, so df <= 11
T_975 = (
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042,
)

CONVERSATION = (
    "A tool for a conversation with your clinician, not a verdict on a treatment: in the PREEMPT trial "
    "(Kravitz et al., JAMA Internal Medicine 2018) personal trials like this were feasible and well "
    "liked, but did not change pain interference compared with usual care."
)


def t_quantile(df: int) -> float:
    return T_975[df - 1] if df <= len(T_975) else 1.96


def t_interval(values: Sequence[float]) -> tuple[float, float, float] | None:
    """(mean, low, high) of the two-sided 95 % t-interval of ``values``; None with fewer than 2."""
    n = len(values)
    if n < 2:
        return None
    arr = np.asarray(values, dtype=float)
    mean = float(arr.mean())
    half = t_quantile(n - 1) * float(arr.std(ddof=1)) / math.sqrt(n)
    return mean, mean - half, mean + half


@dataclass(frozen=True)
class PeriodResult:
    period: TrialPeriod
    analysed_to: date | None  # None: no analysed day has passed yet
    mean: float | None
    days: int
    peg: float | None
    side_effects: str | None

    def as_dict(self, trial: Trial) -> dict[str, Any]:
        p = self.period
        return {
            "period": p.number,
            "pair": p.pair,
            "regimen": p.regimen,
            "regimen_name": trial.regimen_name(p.regimen),
            "from": p.start.isoformat(),
            "to": p.end.isoformat(),
            "washout_to": p.washout_end.isoformat() if p.washout_end else None,
            "analysed_from": p.analysed_start.isoformat(),
            "analysed_to": self.analysed_to.isoformat() if self.analysed_to else None,
            "mean": self.mean,
            "days": self.days,
            "peg": self.peg,
            "side_effects": self.side_effects,
        }


@dataclass(frozen=True)
class TrialResult:
    trial: Trial
    periods: tuple[PeriodResult, ...]
    pair_differences: tuple[float, ...]  # mean(B) - mean(A) of each pair with data under both
    mean_a: float | None
    mean_b: float | None
    days_a: int
    days_b: int
    peg_a: float | None
    peg_b: float | None
    difference: float | None  # mean of the pair differences (B - A)
    ci_low: float | None
    ci_high: float | None
    finished: bool

    @property
    def pairs_complete(self) -> int:
        return len(self.pair_differences)

    def verdict(self) -> str:
        t = self.trial
        a, b = f"A ({t.regimen_a})", f"B ({t.regimen_b})"
        n = self.pairs_complete
        if self.difference is None or self.ci_low is None or self.ci_high is None:
            return translate(
                "TrialResult",
                "Not enough data yet: {n} of {pairs} pairs have pain entries under both regimens; "
                "a comparison needs at least 2.",
            ).format(n=n, pairs=t.pairs)
        diff, lo, hi = self.difference, self.ci_low, self.ci_high
        span = translate("TrialResult", "95 % interval {signed} to {signed2} points").format(
            signed=signed(lo), signed2=signed(hi)
        )
        so_far = (
            ""
            if self.finished and n == t.pairs
            else translate("TrialResult", " So far {n} of {pairs} pairs are complete.").format(n=n, pairs=t.pairs)
        )
        if hi < 0:
            text = translate(
                "TrialResult",
                "Pain was lower under {b} than under {a}: by {value:.1f} points on average "
                "({span}, B − A). The interval does not include 0: over these weeks B went with "
                "less pain for you, fairly clearly.",
            ).format(b=b, a=a, value=-diff, span=span)
        elif lo > 0:
            text = translate(
                "TrialResult",
                "Pain was lower under {a} than under {b}: by {diff:.1f} points on average ({span}, "
                "B − A). The interval does not include 0: over these weeks A went with less pain "
                "for you, fairly clearly.",
            ).format(a=a, b=b, diff=diff, span=span)
        else:
            text = translate(
                "TrialResult",
                "No clear difference: B − A averaged {signed} points, and the {span} includes no "
                "difference. These weeks do not show which regimen went with less pain for you.",
            ).format(signed=signed(diff), span=span)
        return text + so_far

    def _english_verdict(self) -> str:
        with in_english():  # output for machines stays English
            return self.verdict()

    def as_dict(self) -> dict[str, Any]:
        t = self.trial
        return {
            "id": t.id,
            "uid": t.uid,
            "regimen_a": t.regimen_a,
            "regimen_b": t.regimen_b,
            "pairs": t.pairs,
            "days": t.period_days,
            "washout": t.washout_days,
            "seed": t.seed,
            "orders": list(t.orders),
            "from": t.start.isoformat(),
            "to": t.last_day.isoformat(),
            "planned_to": t.planned_end.isoformat(),
            "stopped_on": t.stopped_on.isoformat() if t.stopped_on else None,
            "finished": self.finished,
            "schedule": [p.as_dict(t) for p in self.periods],
            "mean_a": self.mean_a,
            "mean_b": self.mean_b,
            "days_a": self.days_a,
            "days_b": self.days_b,
            "peg_a": self.peg_a,
            "peg_b": self.peg_b,
            "pair_differences": list(self.pair_differences),
            "pairs_complete": self.pairs_complete,
            "difference": self.difference,
            "difference_is": "mean(B) - mean(A) over complete pairs",
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "verdict": self._english_verdict(),
            "note": CONVERSATION,
        }


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return float(np.mean(present)) if present else None


def evaluate_trial(trial: Trial, daily: DailyPain, peg: Sequence[tuple[date, float]], *, today: date) -> TrialResult:
    """``daily`` covers the trial's days; ``peg`` are (local day, score) of the PEG check-ins."""
    last = min(trial.last_day, today)
    results = []
    for p in trial.schedule():
        hi = min(p.end, last)
        if hi < p.analysed_start:
            results.append(PeriodResult(p, None, None, 0, None, trial.side_effects.get(p.number)))
            continue
        values = daily.between(p.analysed_start, hi).mean
        present = values[~np.isnan(values)]
        pegs = [s for d, s in peg if p.analysed_start <= d <= hi]
        results.append(
            PeriodResult(
                p,
                hi,
                float(present.mean()) if len(present) else None,
                len(present),
                _mean(pegs),
                trial.side_effects.get(p.number),
            )
        )
    diffs = []
    for pair in range(1, trial.pairs + 1):
        by = {r.period.regimen: r.mean for r in results if r.period.pair == pair}
        a, b = by.get("A"), by.get("B")
        if a is not None and b is not None:
            diffs.append(b - a)
    under = {g: [r for r in results if r.period.regimen == g] for g in "AB"}
    interval = t_interval(diffs)
    return TrialResult(
        trial=trial,
        periods=tuple(results),
        pair_differences=tuple(diffs),
        mean_a=_mean(r.mean for r in under["A"]),
        mean_b=_mean(r.mean for r in under["B"]),
        days_a=sum(r.days for r in under["A"]),
        days_b=sum(r.days for r in under["B"]),
        peg_a=_mean(r.peg for r in under["A"]),
        peg_b=_mean(r.peg for r in under["B"]),
        difference=interval[0] if interval else (diffs[0] if diffs else None),
        ci_low=interval[1] if interval else None,
        ci_high=interval[2] if interval else None,
        finished=today >= trial.last_day,
    )

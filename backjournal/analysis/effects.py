"""What happened around each therapy: paired before/after scores and the days around sessions.

Two honest views per therapy type, both descriptive (association, never cause):

1. **Right before vs right after** (paired): the sessions that have both scores; n, mean before,
   mean after, mean change (after - before; negative is better), its SD and interquartile range.
   This is a change over minutes around one session: it is shown as numbers only, never judged
   with the clinically important thresholds (``thresholds.Scope.IMMEDIATE``; docs/clinical-basis.md).
2. **The N days before vs the N days after** (N = 7 by default): for each session, the mean of
   the daily mean pain on days d-N..d-1 and on d+1..d+N (the session's own day is left out). A
   side needs at least half of its N days with entries (the rolling-mean rule), else the session
   is left out of this comparison. Windows of sessions closer than N days overlap. This is a
   change over days, judged with the thresholds (``thresholds.Scope.OVER_TIME``): a fall of >= 2
   points or >= 30 % is clinically important, a rise of the same size a worsening.

The thresholds live in ``analysis.thresholds``. They are only applied when there are at least
``MIN_SESSIONS`` (5) comparisons; with fewer, the summary says plainly it is too few to mean anything.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from backjournal.analysis.daily import DailyPain, as_day64, min_days_for
from backjournal.analysis.thresholds import ChangeAssessment, Scope, assess, is_important_fall, is_worsening
from backjournal.domain.models import shown_name
from backjournal.i18n import in_english, translate

MIN_SESSIONS = 5
DEFAULT_EFFECT_WINDOW = 7


@dataclass(frozen=True, eq=False)
class SessionPoints:
    """Therapy sessions as parallel arrays: local ``days`` (datetime64[D]), therapy ``keys``,
    ``before``/``after`` pain (float, NaN when not given), ``minutes`` (float, NaN) and ``ids``."""

    days: np.ndarray
    keys: np.ndarray
    before: np.ndarray
    after: np.ndarray
    minutes: np.ndarray
    ids: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def select(self, mask: np.ndarray) -> SessionPoints:
        return SessionPoints(
            self.days[mask], self.keys[mask], self.before[mask], self.after[mask], self.minutes[mask], self.ids[mask]
        )

    def for_key(self, key: str) -> SessionPoints:
        return self.select(self.keys == key)

    def between(self, start: date, end: date) -> SessionPoints:
        return self.select((self.days >= as_day64(start)) & (self.days <= as_day64(end)))

    def distinct_keys(self) -> list[str]:
        """Therapy keys in order of first appearance."""
        seen: dict[str, None] = {}
        for k in self.keys.tolist():
            seen.setdefault(k, None)
        return list(seen)


def session_points_from_rows(
    rows: Iterable[tuple[date | str, str, float | None, float | None, float | None, int]],
) -> SessionPoints:
    """From ``(day, key, before, after, minutes, id)`` rows (storage.aggregates.session_points)."""
    rows = list(rows)

    def col(i: int) -> np.ndarray:
        return np.array([np.nan if r[i] is None else r[i] for r in rows], dtype=float)

    return SessionPoints(
        days=np.array([as_day64(r[0]) for r in rows], dtype="datetime64[D]"),
        keys=np.array([r[1] for r in rows], dtype=object),
        before=col(2),
        after=col(3),
        minutes=col(4),
        ids=np.array([r[5] for r in rows], dtype=np.int64),
    )


@dataclass(frozen=True)
class ChangeSummary:
    """A paired comparison (before -> after) over ``n`` sessions. ``change`` = after - before.

    ``scope`` says what the comparison spans; only ``Scope.OVER_TIME`` is judged with the
    clinically important thresholds (``assessment``)."""

    n: int
    mean_before: float
    mean_after: float
    mean_change: float
    sd_change: float
    q25_change: float
    q75_change: float
    #: single comparisons whose own fall reached >= 2 points or >= 30 % (None for immediate changes)
    important_falls: int | None
    scope: Scope = Scope.OVER_TIME
    #: single comparisons whose own rise reached >= 2 points or >= 30 % (None for immediate changes)
    worsenings: int | None = None

    @property
    def enough(self) -> bool:
        return self.n >= MIN_SESSIONS

    @property
    def judged(self) -> bool:
        """The thresholds are applied: a change over time with enough comparisons."""
        return self.enough and self.scope is Scope.OVER_TIME

    @property
    def assessment(self) -> ChangeAssessment | None:
        """The mean change as printed (both sides rounded first); None without comparisons."""
        return assess(self.mean_before, self.mean_after, self.scope) if self.n else None

    @property
    def clinically_important(self) -> bool:
        """The mean fall over time reaches >= 2 points or >= 30 % (only said with enough sessions)."""
        a = self.assessment
        return self.judged and a is not None and a.important_fall

    @property
    def worsening(self) -> bool:
        """The mean rise over time reaches >= 2 points or >= 30 % (only said with enough sessions)."""
        a = self.assessment
        return self.judged and a is not None and a.worsening

    @property
    def percent_change(self) -> float:
        if not self.n or self.mean_before == 0:
            return math.nan
        return 100.0 * self.mean_change / self.mean_before

    def as_dict(self) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 4)

        over_time = self.scope is Scope.OVER_TIME
        return {
            "n": self.n,
            "mean_before": num(self.mean_before),
            "mean_after": num(self.mean_after),
            "mean_change": num(self.mean_change),
            "sd_change": num(self.sd_change),
            "q25_change": num(self.q25_change),
            "q75_change": num(self.q75_change),
            "percent_change": num(self.percent_change),
            "scope": self.scope.value,
            "important_falls": self.important_falls if over_time else None,
            "worsenings": self.worsenings if over_time else None,
            "enough_sessions": self.enough,
            "clinically_important": self.clinically_important if over_time else None,
            "worsening": self.worsening if over_time else None,
        }


def summarise_pairs(before: np.ndarray, after: np.ndarray, scope: Scope = Scope.OVER_TIME) -> ChangeSummary:
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    keep = ~(np.isnan(before) | np.isnan(after))
    b, a = before[keep], after[keep]
    n = len(b)
    over_time = scope is Scope.OVER_TIME
    if n == 0:
        nan = math.nan
        zero = 0 if over_time else None
        return ChangeSummary(0, nan, nan, nan, nan, nan, nan, zero, scope, zero)
    change = a - b
    sd = float(np.std(change, ddof=1)) if n > 1 else math.nan
    q25, q75 = (float(x) for x in np.percentile(change, [25, 75]))
    falls = rises = None
    if over_time:
        pairs = list(zip(b.tolist(), a.tolist(), strict=True))
        falls = sum(is_important_fall(x, y) for x, y in pairs)
        rises = sum(is_worsening(x, y) for x, y in pairs)
    return ChangeSummary(n, float(b.mean()), float(a.mean()), float(change.mean()), sd, q25, q75, falls, scope, rises)


def window_means(daily: DailyPain, session_days: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """For each session day: mean daily pain over the ``window`` days before and after (NaN when a
    side has fewer than half its days with entries). The session's own day is in neither side."""
    need = min_days_for(window)
    n_days = len(daily.days)
    values = daily.mean
    present = ~np.isnan(values)
    sums = np.concatenate([[0.0], np.cumsum(np.where(present, values, 0.0))])
    counts = np.concatenate([[0], np.cumsum(present)])
    if n_days == 0:
        empty = np.full(len(session_days), np.nan)
        return empty, empty.copy()
    idx = (np.asarray(session_days, dtype="datetime64[D]") - daily.days[0]).astype(int)

    def side(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:  # [lo, hi) in day indices, clipped to the arrays
        lo_c = np.clip(lo, 0, n_days)
        hi_c = np.clip(hi, 0, n_days)
        s = sums[hi_c] - sums[lo_c]
        c = counts[hi_c] - counts[lo_c]
        with np.errstate(invalid="ignore", divide="ignore"):
            m: np.ndarray = s / c
        m[c < need] = np.nan
        return m

    return side(idx - window, idx), side(idx + 1, idx + 1 + window)


@dataclass(frozen=True)
class TherapyEffect:
    key: str
    name: str
    sessions: int
    window_days: int
    paired: ChangeSummary
    around: ChangeSummary

    def summary_lines(self) -> list[str]:
        """Plain sentences for a person and their physician. Describes; never claims a cause."""
        lines = [
            translate("TherapyEffect", "{name}: %n sessions in this period.", None, self.sessions).format(
                name=shown_name(self.key, self.name)
            )
        ]
        lines.append(
            _describe(
                self.paired,
                translate("TherapyEffect", "Right after a session pain was"),
                translate("TherapyEffect", "sessions with a score before and after"),
            )
        )
        lines.append(
            _describe(
                self.around,
                translate("TherapyEffect", "In the {window_days} days after a session daily pain was").format(
                    window_days=self.window_days
                ),
                translate("TherapyEffect", "sessions with entries in the {window_days} days around them").format(
                    window_days=self.window_days
                ),
            )
        )
        lines.append(
            translate(
                "TherapyEffect",
                "These numbers show what happened around the sessions, not why; other treatments "
                "and the natural course of back pain change them too.",
            )
        )
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "therapy": self.key,
            "name": self.name,
            "sessions": self.sessions,
            "window_days": self.window_days,
            "before_after": self.paired.as_dict(),
            "days_around": self.around.as_dict(),
            "summary": self._english_summary(),
        }

    def _english_summary(self) -> list[str]:
        with in_english():  # output for machines stays English
            return self.summary_lines()


def _describe(s: ChangeSummary, lead: str, what: str) -> str:
    if s.n == 0:
        return translate("Effects", "No {what}.").format(what=what)
    if not s.enough:
        return translate(
            "Effects", "Too few to mean anything: {n} {what} (at least {MIN_SESSIONS} are needed)."
        ).format(n=s.n, what=what, MIN_SESSIONS=MIN_SESSIONS)
    a = s.assessment
    assert a is not None  # s.n > 0
    text = (
        translate("Effects", "{lead} on average {direction} ({before:.1f} → {after:.1f}, n = {n}").format(
            lead=lead, direction=a.direction(), before=a.before, after=a.after, n=s.n
        )
        + (f", SD {s.sd_change:.1f}" if not math.isnan(s.sd_change) else "")
        + ")."
    )
    if s.judged and (more := a.sentence()):
        text += " " + more
    return text


def therapy_effects(
    sessions: SessionPoints,
    daily: DailyPain,
    names: Mapping[str, str],
    window: int = DEFAULT_EFFECT_WINDOW,
    keys: Iterable[str] | None = None,
) -> list[TherapyEffect]:
    """One ``TherapyEffect`` per therapy key (``keys`` order, else order of first session).

    ``daily`` must cover ``window`` days beyond the sessions on both sides for the around-view
    to see them (days outside it count as days without entries).
    """
    if window < 1:
        raise ValueError("window must be at least 1 day")
    order = list(keys) if keys is not None else sessions.distinct_keys()
    out = []
    for key in order:
        mine = sessions.for_key(key)
        pre, post = window_means(daily, mine.days, window)
        out.append(
            TherapyEffect(
                key=key,
                name=names.get(key, key),
                sessions=len(mine),
                window_days=window,
                paired=summarise_pairs(mine.before, mine.after, Scope.IMMEDIATE),
                around=summarise_pairs(pre, post, Scope.OVER_TIME),
            )
        )
    return out

"""What went with better or worse days: each therapy and factor against the person's daily pain.

For every exposure (a therapy: a day with at least one session of it or not; a yes/no factor: yes or
no; a 0-10 factor: HIGH = above the median of the days compared, LOW = at or below it) and for the
pain of the same day (``lag_days`` 0) and of the next day (1):

- ``mean_with`` / ``mean_without``: the mean of the daily mean pain on each side, ``days_with`` /
  ``days_without`` the days behind each (days without any pain entry take no part);
- ``difference`` = mean_with - mean_without, with its 95 % Welch interval
  diff ± t(0.975, ν) · √(s₁²/n₁ + s₂²/n₂), ν by Welch-Satterthwaite, and the Welch p-value;
- for 0-10 factors also Spearman's rank correlation of the value with the pain (ties ranked by
  their mean; p-value from t = r·√((n-2)/(1-r²)) on n - 2 degrees of freedom).

Many comparisons find something by chance. All p-values of one run (every difference and every rank
correlation) are adjusted together by Benjamini-Hochberg (``q_value``); an item is worded as
"unlikely to be chance alone" only when q < ``Q_LIKELY``, otherwise "could be chance". A comparison
needs at least ``MIN_DAYS_EACH`` days on each side, else it is listed as "too few days" with no
numbers.

The words are "went with", never "causes", "helps" or "triggers": see ``WENT_WITH``.

The t-distribution is computed here (regularised incomplete beta by continued fraction, quantile by
bisection) so the app needs no scipy; tests/unit/test_insights.py checks it against tables.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from backjournal.analysis.daily import DailyPain
from backjournal.domain.models import shown_name
from backjournal.i18n import QT_TRANSLATE_NOOP, in_english, localise_number_text, number, translate

KIND_THERAPY = "therapy"
KIND_YESNO = "yesno"
KIND_SCALE = "scale"
KINDS = (KIND_THERAPY, KIND_YESNO, KIND_SCALE)
LAGS = (0, 1)

#: fewest days on each side for a comparison (and pairs for a rank correlation: 2 x this)
MIN_DAYS_EACH = 5
#: Benjamini-Hochberg q below which a difference is worded as unlikely to be chance alone
Q_LIKELY = 0.05
CONFIDENCE = 0.95

# English, marked for translation: shown as translate("Insights", WENT_WITH) etc.
WENT_WITH = QT_TRANSLATE_NOOP(
    "Insights",
    "“Went with” means only that your pain was lower or higher on those days on average. "
    "It is not the same as causing it: something else can drive both (a bad week can "
    "spoil sleep and raise pain), the pain can come first (a painful day makes you skip "
    "the walk), and you may choose a therapy on the days that are already bad.",
)
COULD_BE_CHANCE = QT_TRANSLATE_NOOP(
    "Insights",
    "“Could be chance”: after allowing for how many comparisons were made "
    "(Benjamini–Hochberg), a difference this size turns up often enough in numbers "
    "with no link at all.",
)
MEDIAN_SPLIT = QT_TRANSLATE_NOOP(
    "Insights",
    "For 0–10 factors, “high” days are those above the median of the days compared "
    "and “low” days those at or below it; the rank correlation uses every value.",
)


# --------------------------------------------------------------------------- t-distribution


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    ln_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    front = math.exp(ln_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_sf2(t: float, df: float) -> float:
    """Two-sided tail probability P(|T| >= |t|) of Student's t with ``df`` (> 0, may be fractional)."""
    if math.isnan(t):
        return math.nan
    if math.isinf(t):
        return 0.0
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile (0.5 < p < 1) of Student's t with ``df`` degrees of freedom."""
    if not 0.5 < p < 1.0 or not df > 0:
        raise ValueError(f"t_quantile needs 0.5 < p < 1 and df > 0, not p={p}, df={df}")
    tail = 2.0 * (1.0 - p)  # two-sided tail at the quantile
    lo, hi = 0.0, 1.0
    while t_sf2(hi, df) > tail:
        hi *= 2.0
        if hi > 1e12:
            return math.inf
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if t_sf2(mid, df) > tail:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return (lo + hi) / 2.0


# --------------------------------------------------------------------------- small statistics


@dataclass(frozen=True)
class Welch:
    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    df: float


def welch(a: np.ndarray, b: np.ndarray, confidence: float = CONFIDENCE) -> Welch | None:
    """mean(a) - mean(b) with its Welch interval and two-sided p; None when it cannot be computed
    (fewer than 2 on a side, or no spread on either side)."""
    n1, n2 = len(a), len(b)
    if n1 < 2 or n2 < 2:
        return None
    v1, v2 = float(np.var(a, ddof=1)), float(np.var(b, ddof=1))
    se2 = v1 / n1 + v2 / n2
    if se2 <= 0.0:
        return None
    se = math.sqrt(se2)
    df = se2 * se2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    diff = float(np.mean(a) - np.mean(b))
    half = t_quantile(0.5 + confidence / 2.0, df) * se
    return Welch(diff, diff - half, diff + half, t_sf2(diff / se, df), df)


def ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n, tied values given the mean of their ranks."""
    values = np.asarray(values, dtype=float)
    order = np.argsort(values, kind="mergesort")
    sorted_vals = values[order]
    out = np.empty(len(values), dtype=float)
    i = 0
    n = len(values)
    while i < n:
        j = i
        while j + 1 < n and sorted_vals[j + 1] == sorted_vals[i]:
            j += 1
        out[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return out


def spearman(x: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
    """(rho, two-sided p) of Spearman's rank correlation; None with fewer than 4 pairs or no spread."""
    n = len(x)
    if n < 4:
        return None
    rx, ry = ranks(x), ranks(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denom = math.sqrt(float(rx @ rx) * float(ry @ ry))
    if denom == 0.0:
        return None
    rho = max(-1.0, min(1.0, float(rx @ ry) / denom))
    if abs(rho) >= 1.0:
        return rho, 0.0
    t = rho * math.sqrt((n - 2) / (1.0 - rho * rho))
    return rho, t_sf2(t, n - 2)


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (q-values), in the order given."""
    m = len(p_values)
    if not m:
        return []
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    q_sorted = np.minimum.accumulate(scaled[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(q_sorted, 1.0)
    return [float(v) for v in q]


# --------------------------------------------------------------------------- input and result


@dataclass(frozen=True)
class Exposure:
    """One thing compared with pain. ``values``: {day: value}; for a therapy the days with a session
    (value 1; every other day counts as "without"), for a yes/no factor 1/0 and for a 0-10 factor
    the value, on the days it was logged (days not logged take no part)."""

    key: str
    name: str
    kind: str
    values: Mapping[date, float]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")


@dataclass(frozen=True)
class Insight:
    key: str
    name: str
    kind: str
    lag_days: int
    days_with: int
    days_without: int
    mean_with: float | None = None
    mean_without: float | None = None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    q_value: float | None = None
    #: 0-10 factors: the median the days were split at, and the rank correlation
    split_at: float | None = None
    spearman_rho: float | None = None
    spearman_p: float | None = None
    spearman_q: float | None = None
    #: the daily means behind each side (for the small charts)
    pains_with: tuple[float, ...] = field(default=(), repr=False)
    pains_without: tuple[float, ...] = field(default=(), repr=False)

    @property
    def computed(self) -> bool:
        return self.difference is not None

    @property
    def likely(self) -> bool:
        """Unlikely to be chance alone after the adjustment (difference or rank correlation)."""
        return any(q is not None and q < Q_LIKELY for q in (self.q_value, self.spearman_q))

    @property
    def status(self) -> str:
        if not self.computed:
            return "too_few_days" if min(self.days_with, self.days_without) < MIN_DAYS_EACH else "no_spread"
        return "likely" if self.likely else "could_be_chance"

    @property
    def with_label(self) -> str:
        if self.kind == KIND_SCALE:
            return translate("Insight", "high")
        return translate("Insight", "yes") if self.kind == KIND_YESNO else translate("Insight", "with")

    @property
    def without_label(self) -> str:
        if self.kind == KIND_SCALE:
            return translate("Insight", "low")
        return translate("Insight", "“no”") if self.kind == KIND_YESNO else translate("Insight", "without")

    def sentence(self) -> str:
        """The finding in plain words, honest about chance; never 'causes' / 'helps'."""
        if self.kind == KIND_THERAPY:
            days = translate("Insight", "Days with {name}").format(name=shown_name(self.key, self.name))
        elif self.kind == KIND_YESNO:
            days = translate("Insight", "“Yes” days for {name}").format(name=shown_name(self.key, self.name))
        else:
            split = (
                translate("Insight", " (above {fmt})").format(fmt=_fmt(self.split_at))
                if self.split_at is not None
                else ""
            )
            days = translate("Insight", "Days of high {name}{split}").format(
                name=shown_name(self.key, self.name), split=split
            )
        when = translate("Insight", " the next day") if self.lag_days else ""
        if not self.computed:
            if self.status == "too_few_days":
                return translate(
                    "Insight",
                    "{days}{when}: too few days to compare ({days_with} {with_label}, "
                    "{days_without} {value}; at least {MIN_DAYS_EACH} each are needed).",
                ).format(
                    days=days,
                    when=when,
                    days_with=self.days_with,
                    with_label=self.with_label,
                    days_without=self.days_without,
                    value=translate("Insight", "low") if self.kind == KIND_SCALE else translate("Insight", "without"),
                    MIN_DAYS_EACH=MIN_DAYS_EACH,
                )
            return translate("Insight", "{days}: pain did not vary enough on these days to compare.").format(days=days)
        other = self.without_label
        diff = self.difference
        assert diff is not None  # computed
        size = abs(diff)
        way = translate("Insight", "lower") if diff < 0 else translate("Insight", "higher")
        if round(size, 1) == 0:
            core = translate("Insight", "{days} went with about the same pain{when} as days {other}").format(
                days=days, when=when, other=other
            )
        else:
            core = translate("Insight", "{days} went with {size:.1f} points {way} pain{when} than days {other}").format(
                days=days, size=size, way=way, when=when, other=other
            )
        nums = translate(
            "Insight", " (95 % interval {signed} to {signed2}; {days_with} days {with_label}, {days_without} {other})."
        ).format(
            signed=_signed(self.ci_low),
            signed2=_signed(self.ci_high),
            days_with=self.days_with,
            with_label=self.with_label,
            days_without=self.days_without,
            other=other,
        )
        judged = (
            translate("Insight", " Unlikely to be chance alone (q {q}).").format(q=_q(self.q_value))
            if self.q_value is not None and self.q_value < Q_LIKELY
            else translate("Insight", " Could be chance (q {q}).").format(q=_q(self.q_value))
        )
        return core + nums + judged

    def _english_sentence(self) -> str:
        with in_english():  # output for machines stays English
            return self.sentence()

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "lag_days": self.lag_days,
            "days_with": self.days_with,
            "days_without": self.days_without,
            "mean_with": self.mean_with,
            "mean_without": self.mean_without,
            "difference": self.difference,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "p_value": self.p_value,
            "q_value": self.q_value,
            "split_at": self.split_at,
            "spearman_rho": self.spearman_rho,
            "spearman_p": self.spearman_p,
            "spearman_q": self.spearman_q,
            "status": self.status,
            "text": self._english_sentence(),
        }


@dataclass(frozen=True)
class InsightsResult:
    start: date
    end: date
    items: tuple[Insight, ...]
    comparisons: int  # p-values adjusted together

    @property
    def likely(self) -> tuple[Insight, ...]:
        return tuple(i for i in self.items if i.likely)

    @property
    def computed(self) -> tuple[Insight, ...]:
        return tuple(i for i in self.items if i.computed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "comparisons": self.comparisons,
            "q_likely_below": Q_LIKELY,
            "min_days_each": MIN_DAYS_EACH,
            "went_with": WENT_WITH,
            "could_be_chance": COULD_BE_CHANCE,
            "median_split": MEDIAN_SPLIT,
            "items": [i.as_dict() for i in self.items],
        }


def _fmt(x: float | None) -> str:
    return "" if x is None else (f"{x:.0f}" if float(x).is_integer() else number(x))


def signed(x: float | None, places: int = 1) -> str:
    """``x`` to ``places`` places with its sign ("+1.2", "−0.4"); a value that rounds to zero is "0.0",
    never "−0.0" or "+0.0". The one format of a signed difference: the sentence, the Insights tab's
    accessible names (what a screen reader says) and the report's page."""
    if x is None:
        return ""
    if round(x, places) == 0:
        return localise_number_text(f"{0:.{places}f}")
    return localise_number_text(f"{x:+.{places}f}").replace("-", "\u2212")


_signed = signed  # the name reports/insights_page.py imports


def _q(q: float | None) -> str:
    if q is None:
        return "n/a"
    return localise_number_text("< 0.001" if q < 0.001 else f"= {q:.3f}")


# --------------------------------------------------------------------------- the analysis


def _pain_lookup(daily: DailyPain) -> dict[date, float]:
    out: dict[date, float] = {}
    if not len(daily):
        return out
    start = daily.start
    assert start is not None  # not empty
    for i in np.flatnonzero(daily.has_data):
        out[start + timedelta(days=int(i))] = float(daily.mean[i])
    return out


def _compare(exp: Exposure, pain: Mapping[date, float], start: date, end: date, lag: int) -> Insight:
    lagged = timedelta(days=lag)
    # the exposure's days in [start, end] whose (next) day has pain: only days with pain count
    days = sorted(p - lagged for p in pain if (p - date.min).days >= lag and start <= p - lagged <= end)
    if exp.kind == KIND_THERAPY:
        pairs = [(1.0 if exp.values.get(d, 0) else 0.0, pain[d + lagged]) for d in days if d + lagged in pain]
    else:
        pairs = [
            (float(exp.values[d]), pain[d + lagged])
            for d in days
            if d in exp.values and d + lagged in pain and not math.isnan(float(exp.values[d]))
        ]
    x = np.array([p[0] for p in pairs], dtype=float)
    y = np.array([p[1] for p in pairs], dtype=float)
    split = None
    if exp.kind == KIND_SCALE:
        split = float(np.median(x)) if len(x) else None
        on = x > split if split is not None else np.zeros(0, dtype=bool)
    else:
        on = x >= 0.5
    a, b = y[on], y[~on]
    base = Insight(
        exp.key,
        exp.name,
        exp.kind,
        lag,
        len(a),
        len(b),
        split_at=split,
        pains_with=tuple(float(v) for v in a),
        pains_without=tuple(float(v) for v in b),
    )
    rho = rho_p = None
    if exp.kind == KIND_SCALE and len(x) >= 2 * MIN_DAYS_EACH:
        sp = spearman(x, y)
        if sp is not None:
            rho, rho_p = sp
    base = replace(base, spearman_rho=rho, spearman_p=rho_p)
    if min(len(a), len(b)) < MIN_DAYS_EACH:
        return base
    w = welch(a, b)
    if w is None:
        return base
    return replace(
        base,
        mean_with=float(a.mean()),
        mean_without=float(b.mean()),
        difference=w.difference,
        ci_low=w.ci_low,
        ci_high=w.ci_high,
        p_value=w.p_value,
    )


def _order(i: Insight) -> tuple[bool, bool, float, float, str, int]:
    # likely first, then by the smaller q, then the larger difference; not computed last
    q = min([v for v in (i.q_value, i.spearman_q) if v is not None], default=2.0)
    return (not i.likely, not i.computed, q, -abs(i.difference or 0.0), i.name.casefold(), i.lag_days)


def analyse(
    daily: DailyPain, exposures: Sequence[Exposure], start: date, end: date, lags: Sequence[int] = LAGS
) -> InsightsResult:
    """Every exposure against pain over [start, end] (the exposure's day in the range; for a lag,
    the pain of the day after may lie one day past ``end`` when ``daily`` has it)."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    pain = _pain_lookup(daily)
    items = [_compare(exp, pain, start, end, lag) for exp in exposures for lag in lags]
    # one family: every difference and every rank correlation of this run
    slots = [(n, "d", it.p_value) for n, it in enumerate(items) if it.p_value is not None]
    slots += [(n, "s", it.spearman_p) for n, it in enumerate(items) if it.spearman_p is not None]
    qs = benjamini_hochberg([p for _, _, p in slots])
    for (n, s, _), q in zip(slots, qs, strict=True):
        items[n] = replace(items[n], q_value=q) if s == "d" else replace(items[n], spearman_q=q)
    items.sort(key=_order)
    return InsightsResult(start, end, tuple(items), len(slots))

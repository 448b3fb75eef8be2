"""How big a change in pain is: the ONE place that knows the clinically important thresholds.

The thresholds describe a meaningful change for one person over days and weeks, on the 0-10
numeric rating scale (docs/clinical-basis.md):

- Ostelo 2008 (low back pain consensus): a fall of >= 2 points or >= 30 % of the starting value;
- IMMPACT (Dworkin 2008) words for a fall in percent: 10-20 % minimally important, >= 30 %
  moderately important, >= 50 % substantial;
- a rise of the same size (>= 2 points or >= 30 %) is named a worsening.

They do NOT describe the minutes around one session (right before -> right after): that change is
shown as numbers only, never marked or named with these words (``Scope.IMMEDIATE``). Charts, the
report and the window's text all ask this module (``assess``) and never compare with the numbers
themselves.

The two sides are rounded to what is printed (one decimal) BEFORE the change is computed, so
``6.0 → 4.1: −1.9 points (−32 %)`` always adds up on the page, and the threshold is judged on the
numbers the reader sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from backjournal.domain.numbers import signed
from backjournal.i18n import QT_TRANSLATE_NOOP, number, translate

#: Ostelo 2008: minimal important change on the 0-10 NRS
IMPORTANT_POINTS = 2.0
IMPORTANT_FRACTION = 0.30
#: IMMPACT (Dworkin 2008) percent bands for a fall
IMMPACT_MINIMAL_FRACTION = 0.10
IMMPACT_SUBSTANTIAL_FRACTION = 0.50
#: what is printed: one decimal
DECIMALS = 1
_EPS = 1e-9

THRESHOLD_TEXT = QT_TRANSLATE_NOOP("Thresholds", "≥ 2 points or ≥ 30 %")  # shown as threshold_text()
_IMMPACT_WORDS = {
    "minimal": QT_TRANSLATE_NOOP("Thresholds", "minimal"),
    "moderate": QT_TRANSLATE_NOOP("Thresholds", "moderate"),
    "substantial": QT_TRANSLATE_NOOP("Thresholds", "substantial"),
}


def threshold_text() -> str:
    """THRESHOLD_TEXT in the process's language (backjournal.i18n)."""
    return translate("Thresholds", THRESHOLD_TEXT)


def immpact_word(band: str) -> str:
    """IMMPACT's word for a band (minimal, moderate, substantial) in the process's language."""
    return translate("Thresholds", _IMMPACT_WORDS.get(band, band))


class Scope(Enum):
    """What a comparison spans: the thresholds apply only to ``OVER_TIME``."""

    IMMEDIATE = "immediate"  # right before -> right after one session
    OVER_TIME = "over_time"  # N days before/after, a course, the report's period change


class Verdict(Enum):
    IMPORTANT_FALL = "important_fall"  # >= 2 points or >= 30 % lower
    WORSENING = "worsening"  # >= 2 points or >= 30 % higher
    SMALLER = "smaller"  # a change below both thresholds (or about the same)
    NOT_JUDGED = "not_judged"  # immediate change: thresholds do not apply


def shown(value: float) -> float:
    """``value`` as printed (one decimal), as a float."""
    return round(float(value), DECIMALS)


@dataclass(frozen=True)
class ChangeAssessment:
    """A before -> after change as printed: both sides rounded first, the change from those."""

    before: float
    after: float
    scope: Scope

    @property
    def points(self) -> float:
        """after - before of the printed sides (negative = less pain)."""
        return round(self.after - self.before, DECIMALS)

    @property
    def percent(self) -> float | None:
        """The change in % of ``before`` (None when before is 0)."""
        return None if self.before == 0 else 100.0 * self.points / self.before

    @property
    def fall_points_reached(self) -> bool:
        return -self.points >= IMPORTANT_POINTS - _EPS

    @property
    def fall_percent_reached(self) -> bool:
        return self.percent is not None and -self.percent >= 100 * IMPORTANT_FRACTION - _EPS

    @property
    def rise_points_reached(self) -> bool:
        return self.points >= IMPORTANT_POINTS - _EPS

    @property
    def rise_percent_reached(self) -> bool:
        return self.points > 0 and self.percent is not None and self.percent >= 100 * IMPORTANT_FRACTION - _EPS

    @property
    def verdict(self) -> Verdict:
        if self.scope is Scope.IMMEDIATE:
            return Verdict.NOT_JUDGED
        if self.points < 0 and (self.fall_points_reached or self.fall_percent_reached):
            return Verdict.IMPORTANT_FALL
        if self.points > 0 and (self.rise_points_reached or self.rise_percent_reached):
            return Verdict.WORSENING
        return Verdict.SMALLER

    @property
    def important_fall(self) -> bool:
        return self.verdict is Verdict.IMPORTANT_FALL

    @property
    def worsening(self) -> bool:
        return self.verdict is Verdict.WORSENING

    @property
    def immpact(self) -> str | None:
        """IMMPACT's word for a fall over time: ``minimal``, ``moderate``, ``substantial`` or None."""
        if self.scope is Scope.IMMEDIATE or self.points >= 0 or self.percent is None:
            return None
        fall = -self.percent / 100
        if fall >= IMMPACT_SUBSTANTIAL_FRACTION - _EPS:
            return "substantial"
        if fall >= IMPORTANT_FRACTION - _EPS:
            return "moderate"
        if fall >= IMMPACT_MINIMAL_FRACTION - _EPS:
            return "minimal"
        return None

    # ------------------------------------------------------------------ words
    def arithmetic(self, *, percent: bool = True) -> str:
        """``6.0 → 4.1: −1.9 points (−32 %)``: every number as printed, and they add up."""
        text = translate("Thresholds", "{before} → {after}: {points} points").format(
            before=number(self.before, DECIMALS), after=number(self.after, DECIMALS), points=signed(self.points)
        )
        if percent and self.percent is not None:
            text += f" ({signed(self.percent, 0)} %)"
        return text

    def direction(self) -> str:
        """``1.9 points lower`` / ``2.0 points higher`` / ``about the same``."""
        p = self.points
        if p == 0:
            return translate("Thresholds", "about the same")
        size = number(abs(p), DECIMALS)
        if p < 0:
            return translate("Thresholds", "{size} points lower").format(size=size)
        return translate("Thresholds", "{size} points higher").format(size=size)

    def mark(self) -> str:
        """A short mark for a table cell or chart row; empty when nothing is to be said."""
        v = self.verdict
        if v is Verdict.IMPORTANT_FALL:
            return translate("Thresholds", "✔ clinically important fall")
        if v is Verdict.WORSENING:
            return translate("Thresholds", "worsening ({threshold} higher)").format(threshold=threshold_text())
        return ""

    def sentence(self) -> str:
        """What the thresholds say about this change, in one sentence ("" for an immediate change)."""
        v = self.verdict
        if v is Verdict.NOT_JUDGED:
            return ""
        if v is Verdict.WORSENING:
            return translate("Thresholds", "That is a worsening: pain rose by {threshold}.").format(
                threshold=threshold_text()
            )
        if v is Verdict.IMPORTANT_FALL:
            both = self.fall_points_reached and self.fall_percent_reached
            which = (
                translate("Thresholds", "≥ 2 points and ≥ 30 %")
                if both
                else translate("Thresholds", "≥ 2 points")
                if self.fall_points_reached
                else "≥ 30 %"
            )
            if self.immpact:
                return translate(
                    "Thresholds",
                    "That fall reaches the clinically important threshold ({which}); by "
                    "IMMPACT's words a {immpact} improvement.",
                ).format(which=which, immpact=immpact_word(self.immpact))
            return translate("Thresholds", "That fall reaches the clinically important threshold ({which}).").format(
                which=which
            )
        if self.immpact == "minimal":
            return translate(
                "Thresholds",
                "That fall is below the clinically important threshold (≥ 2 points or "
                "≥ 30 %); by IMMPACT's words a minimal improvement (10–20 %).",
            )
        return translate("Thresholds", "That change is below the clinically important threshold ({threshold}).").format(
            threshold=threshold_text()
        )


def assess(before: float, after: float, scope: Scope) -> ChangeAssessment | None:
    """The change from ``before`` to ``after`` as printed, or None when a side is missing (NaN/None)."""
    if before is None or after is None or math.isnan(before) or math.isnan(after):
        return None
    return ChangeAssessment(shown(before), shown(after), scope)


def is_important_fall(before: float, after: float) -> bool:
    """A fall over time of >= 2 points or >= 30 % of ``before`` (0-10 scale), judged on printed values."""
    a = assess(before, after, Scope.OVER_TIME)
    return a is not None and a.important_fall


def is_worsening(before: float, after: float) -> bool:
    """A rise over time of >= 2 points or >= 30 % of ``before``."""
    a = assess(before, after, Scope.OVER_TIME)
    return a is not None and a.worsening

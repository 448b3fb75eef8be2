"""Plain text the Trends view shows under and beside its charts (no Qt: easy to test and reuse).

Dates are written by the callables the view passes in (``ui.dates.date_text`` and ``moment_text``,
the locale's format the rest of the window uses), never a fixed English format here."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime

import numpy as np

from backjournal.domain.models import TherapySession, shown_name
from backjournal.i18n import number
from backjournal.ui.translation import translate


def fmt(x: float | None) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else number(x)


#: writes a day (``weekday=False`` leaves the weekday out), e.g. ``ui.dates.date_text``
DateText = Callable[..., str]


def day_text(data, day: date, *, date_text: DateText) -> str:
    """One line about ``day`` from TrendData: mean, lowest, highest, entries, rolling mean, sessions."""
    mean, lo, hi, n = data.daily.value_on(day)
    text = f"{date_text(day)}: "
    if n:
        text += translate(
            "TrendsText", "mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, %n entries)", None, int(n)
        ).format(mean=mean, lo=lo, hi=hi)
    else:
        text += translate("TrendsText", "no pain entry")
    i = data.daily.index_of(day)
    if 0 <= i < len(data.rolling) and not math.isnan(data.rolling[i]):
        text += translate("TrendsText", " · {window}-day mean {rolling:.1f}").format(
            window=data.window, rolling=data.rolling[i]
        )
    s = data.sessions
    keys = s.keys[s.days == np.datetime64(day, "D")].tolist()
    if keys:
        text += " · " + ", ".join(data.name_of(k) for k in keys)
    return text


def session_lines(s: TherapySession, *, moment_text: Callable[[datetime], str]) -> list[str]:
    """A session as lines: therapy and time, minutes, pain before → after, details, dose, who, note."""
    lines = [f"{shown_name(s.therapy.key, s.therapy.name)}, {moment_text(s.started_at)}"]
    if s.minutes is not None:
        lines.append(translate("TrendsText", "{minutes} minutes").format(minutes=s.minutes))
    if s.pain_before is not None or s.pain_after is not None:
        b = "–" if s.pain_before is None else s.pain_before
        a = "–" if s.pain_after is None else s.pain_after
        lines.append(translate("TrendsText", "Pain before → after: {b} → {a}").format(b=b, a=a))
    for label, value in (
        (translate("TrendsText", "Details"), s.details),
        (translate("TrendsText", "Dose"), s.dose_text),
        (translate("TrendsText", "Where / who"), s.provider),
        (translate("TrendsText", "Note"), s.note),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return lines


def numbers_lines(eff, start: date, end: date, *, date_text: DateText) -> tuple[str, str, str]:
    """The side panel's "Your numbers" for one TherapyEffect: (sessions, right before → after, summary).

    Right before → right after a session is shown as numbers only (both sides as printed and the
    change computed from them); the clinically important thresholds are for the change over days,
    which the summary judges (analysis.thresholds)."""
    sessions = translate("TrendsText", "%n sessions from {start} to {end}.", None, int(eff.sessions)).format(
        start=date_text(start, weekday=False), end=date_text(end, weekday=False)
    )
    p = eff.paired
    a = p.assessment
    if a is None:
        before_after: str = translate("TrendsText", "No session has a pain score before and after.")
    else:
        before_after = translate(
            "TrendsText",
            "Average pain right before → right after a session: {arithmetic} (n = {n}). A "
            "change over minutes, not judged against the thresholds for change over weeks.",
        ).format(arithmetic=a.arithmetic(percent=False), n=p.n)
    return sessions, before_after, "\n".join(eff.summary_lines()[1:])

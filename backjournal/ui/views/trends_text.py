"""Plain text the Trends view shows under and beside its charts (no Qt: easy to test and reuse).

Dates are written by the callables the view passes in (``ui.dates.date_text`` and ``moment_text``,
the locale's format the rest of the window uses), never a fixed English format here."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime

import numpy as np

from backjournal.domain.models import TherapySession


def fmt(x: float | None) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1f}"


#: writes a day (``weekday=False`` leaves the weekday out), e.g. ``ui.dates.date_text``
DateText = Callable[..., str]


def day_text(data, day: date, *, date_text: DateText) -> str:
    """One line about ``day`` from TrendData: mean, lowest, highest, entries, rolling mean, sessions."""
    mean, lo, hi, n = data.daily.value_on(day)
    text = f"{date_text(day)}: "
    if n:
        text += f"mean pain {mean:.1f} (lowest {lo:.0f}, highest {hi:.0f}, {n} entr{'y' if n == 1 else 'ies'})"
    else:
        text += "no pain entry"
    i = data.daily.index_of(day)
    if 0 <= i < len(data.rolling) and not math.isnan(data.rolling[i]):
        text += f" · {data.window}-day mean {data.rolling[i]:.1f}"
    s = data.sessions
    keys = s.keys[s.days == np.datetime64(day, "D")].tolist()
    if keys:
        text += " · " + ", ".join(data.name_of(k) for k in keys)
    return text


def session_lines(s: TherapySession, *, moment_text: Callable[[datetime], str]) -> list[str]:
    """A session as lines: therapy and time, minutes, pain before → after, details, dose, who, note."""
    lines = [f"{s.therapy.name}, {moment_text(s.started_at)}"]
    if s.minutes is not None:
        lines.append(f"{s.minutes} minutes")
    if s.pain_before is not None or s.pain_after is not None:
        b = "–" if s.pain_before is None else s.pain_before
        a = "–" if s.pain_after is None else s.pain_after
        lines.append(f"Pain before → after: {b} → {a}")
    for label, value in (("Details", s.details), ("Dose", s.dose_text), ("Where / who", s.provider), ("Note", s.note)):
        if value:
            lines.append(f"{label}: {value}")
    return lines


def numbers_lines(eff, start: date, end: date, *, date_text: DateText) -> tuple[str, str, str]:
    """The side panel's "Your numbers" for one TherapyEffect: (sessions, right before → after, summary).

    Right before → right after a session is shown as numbers only (both sides as printed and the
    change computed from them); the clinically important thresholds are for the change over days,
    which the summary judges (analysis.thresholds)."""
    sessions = (f"{eff.sessions} session{'s' if eff.sessions != 1 else ''} from {date_text(start, weekday=False)} "
                f"to {date_text(end, weekday=False)}.")
    p = eff.paired
    a = p.assessment
    if a is None:
        before_after = "No session has a pain score before and after."
    else:
        before_after = (f"Average pain right before → right after a session: {a.arithmetic(percent=False)} "
                        f"(n = {p.n}). A change over minutes, not judged against the thresholds for change over weeks.")
    return sessions, before_after, "\n".join(eff.summary_lines()[1:])

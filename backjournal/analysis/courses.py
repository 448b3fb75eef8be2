"""Did the course go with less pain? A course's adherence and its pain against the person's own baseline.

Windows (local days, the person's clock):

- baseline: the ``course.baseline_days`` days (14 unless changed) before the course's first day;
- end: the last 14 days of the course (the whole course when it is shorter);
- after: the 14 days after its last day (only the days that have passed).

For each window: the mean of the daily means (a day with four entries counts once) and the number of
days with data. The change end vs baseline is judged by backjournal.analysis.thresholds (>= 2 points
or >= 30 %, IMMPACT's words, a worsening named as such), on the one-decimal means as printed; the
JSON keeps the means and the change at full precision.

Cautions, in plain words: a window with fewer than 7 days with data; another therapy's course
overlapping the course or its windows; a course still running, shorter than the end window, or whose
after-window has not passed. The numbers say what went with the course, never what it did.

Adherence: sessions of the course's therapy on the course's days (their local day, whatever time
zone they were logged in), by week; weeks start on the person's week start (Preferences).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from backjournal.analysis.daily import DailyPain
from backjournal.analysis.thresholds import ChangeAssessment, Scope, assess
from backjournal.domain.courses import AFTER_WINDOW_DAYS, END_WINDOW_DAYS, PGIC, Course
from backjournal.i18n import translate

#: a window with fewer days with data than this gets a caution
MIN_WINDOW_DAYS = 7
#: a course ended at least this many days before its planned last day is named as ended early
EARLY_END_DAYS = 7


@dataclass(frozen=True)
class Window:
    name: str  # "baseline", "end", "after"
    start: date
    end: date
    mean: float | None  # mean of daily means (None: no day with data)
    days: int  # days with data

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "mean": self.mean, "days": self.days}


@dataclass(frozen=True)
class WeekAdherence:
    start: date  # the week's first day (the person's week start)
    first: date  # the first course day in this week
    last: date  # the last course day in this week
    done: int
    planned: float | None  # per week x course days in this week / 7

    @property
    def course_days(self) -> int:
        return (self.last - self.first).days + 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "week_of": self.start.isoformat(),
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "days": self.course_days,
            "done": self.done,
            "planned": self.planned,
        }


@dataclass(frozen=True)
class CourseEvaluation:
    course: Course
    therapy_name: str
    first: date
    last: date
    running: bool
    sessions_done: int
    sessions_planned: float | None
    weeks: tuple[WeekAdherence, ...]
    baseline: Window
    end: Window
    after: Window | None  # None while no day after the course has passed
    assessment: ChangeAssessment | None
    cautions: tuple[str, ...]
    overlapping: tuple[Course, ...] = field(default=())
    peg: tuple[tuple[date, float], ...] = field(default=())  # weekly PEG scores on the course's days
    daily: DailyPain | None = None  # daily pain from the baseline's first day to the after window's last
    session_days: tuple[date, ...] = field(default=())  # the course's sessions (one item per session)

    @property
    def change_points(self) -> float | None:
        if self.baseline.mean is None or self.end.mean is None:
            return None
        return self.end.mean - self.baseline.mean

    @property
    def change_percent(self) -> float | None:
        points = self.change_points
        if points is None or not self.baseline.mean:
            return None
        return 100.0 * points / self.baseline.mean

    def summary(self) -> str:
        """One or two plain sentences on the change end vs baseline (no cause named)."""
        a = self.assessment
        if a is None:
            missing = (
                translate("CourseEvaluation", "the baseline")
                if self.baseline.mean is None
                else translate("CourseEvaluation", "the end of the course")
            )
            return translate("CourseEvaluation", "No comparison: no pain entries in {missing}.").format(missing=missing)
        end_words = (
            translate("CourseEvaluation", "the last 14 days so far")
            if self.running
            else translate("CourseEvaluation", "the last {end_length} days of the course").format(
                end_length=self.end_length
            )
        )
        text = translate(
            "CourseEvaluation",
            "Mean daily pain in {end_words} against the {baseline_days} days before it: {arithmetic}.",
        ).format(end_words=end_words, baseline_days=self.course.baseline_days, arithmetic=a.arithmetic())
        sentence = a.sentence()
        return f"{text} {sentence}" if sentence else text

    @property
    def end_length(self) -> int:
        return (self.end.end - self.end.start).days + 1

    def as_dict(self) -> dict[str, Any]:
        c, a = self.course, self.assessment
        ended = c.ended
        return {
            "id": c.id,
            "uid": c.uid,
            "therapy": c.therapy,
            "therapy_name": self.therapy_name,
            "from": c.start.isoformat(),
            "to": self.last.isoformat(),
            "running": self.running,
            "planned_end": planned.isoformat() if (planned := c.planned_last_day()) else None,
            "per_week": c.per_week,
            "provider": c.provider,
            "goal": c.goal,
            "sessions_done": self.sessions_done,
            "sessions_planned": self.sessions_planned,
            "weeks": [w.as_dict() for w in self.weeks],
            "baseline_length": c.baseline_days,
            "baseline_mean": self.baseline.mean,
            "baseline_days": self.baseline.days,
            "end_mean": self.end.mean,
            "end_days": self.end.days,
            "after_mean": self.after.mean if self.after else None,
            "after_days": self.after.days if self.after else 0,
            "windows": {
                "baseline": self.baseline.as_dict(),
                "end": self.end.as_dict(),
                "after": self.after.as_dict() if self.after else None,
            },
            "change_points": self.change_points,
            "change_percent": self.change_percent,
            "reached_2_points": bool(a and a.fall_points_reached and a.points < 0),
            "reached_30_percent": bool(a and a.fall_percent_reached and a.points < 0),
            "immpact": a.immpact if a else None,
            "worsened": bool(a and a.worsening),
            "summary": self.summary(),
            "cautions": list(self.cautions),
            "peg": [{"day": d.isoformat(), "score": s} for d, s in self.peg],
            "ended_on": ended.on.isoformat() if ended else None,
            "reason": ended.reason.value if ended else None,
            "pgic": ended.pgic if ended else None,
            "pgic_text": PGIC[ended.pgic] if ended and ended.pgic else None,
            "note": ended.note if ended else None,
        }


def window_mean(daily: DailyPain, start: date, end: date, name: str) -> Window:
    values = daily.between(start, end).mean
    present = values[~np.isnan(values)]
    return Window(name, start, end, float(present.mean()) if len(present) else None, len(present))


def week_start_of(day: date, week_start: int) -> date:
    """The first day of ``day``'s week when weeks start on ``week_start`` (0 Monday ... 6 Sunday)."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def weekly_adherence(
    course: Course, last: date, session_days: Iterable[date], week_start: int
) -> tuple[WeekAdherence, ...]:
    days = sorted(d for d in session_days if course.start <= d <= last)
    weeks = []
    ws = week_start_of(course.start, week_start)
    while ws <= last:
        first, final = max(ws, course.start), min(ws + timedelta(days=6), last)
        done = sum(1 for d in days if first <= d <= final)
        planned = course.per_week * ((final - first).days + 1) / 7 if course.per_week else None
        weeks.append(WeekAdherence(ws, first, final, done, planned))
        ws += timedelta(days=7)
    return tuple(weeks)


def analysis_span(course: Course, today: date) -> tuple[date, date]:
    """The days of daily pain ``evaluate_course`` needs: baseline start .. after end."""
    last = course.last_day(today)
    return course.start - timedelta(days=course.baseline_days), last + timedelta(days=AFTER_WINDOW_DAYS)


def course_span(course: Course, today: date) -> tuple[date, date]:
    """The days a course and its windows cover, for the overlap caution."""
    lo, hi = analysis_span(course, today)
    return lo, min(hi, max(today, course.start))


def evaluate_course(
    course: Course,
    daily: DailyPain,
    session_days: Sequence[date],
    *,
    today: date,
    week_start: int = 0,
    others: Sequence[Course] = (),
    therapy_names: dict[str, str] | None = None,
    peg: Sequence[tuple[date, float]] = (),
) -> CourseEvaluation:
    """Adherence and the baseline/end/after comparison of ``course``; ``daily`` must cover
    ``analysis_span(course, today)``; ``session_days`` are the local days of the therapy's sessions
    (one item per session); ``others`` the journal's other courses (for the overlap caution)."""
    names = therapy_names or {}
    first, last = course.start, course.last_day(today)
    running = course.is_running(today)
    baseline = window_mean(daily, first - timedelta(days=course.baseline_days), first - timedelta(days=1), "baseline")
    end = window_mean(daily, max(first, last - timedelta(days=END_WINDOW_DAYS - 1)), last, "end")
    after = None
    after_end = min(last + timedelta(days=AFTER_WINDOW_DAYS), today)
    if not running and after_end > last:
        after = window_mean(daily, last + timedelta(days=1), after_end, "after")
    assessment = None
    if baseline.mean is not None and end.mean is not None:
        assessment = assess(baseline.mean, end.mean, Scope.OVER_TIME)

    cautions: list[str] = []
    if running:
        cautions.append(
            translate(
                "Courses",
                "The course is still running: 'end' is its last 14 days so far, and 'after' comes once it ends.",
            )
        )
    elif (last - first).days + 1 < END_WINDOW_DAYS:
        cautions.append(
            translate("Courses", "The course lasted {value} days, fewer than 14: 'end' is the whole course.").format(
                value=(last - first).days + 1
            )
        )
    for window, label in (
        (baseline, translate("Courses", "the baseline")),
        (end, translate("Courses", "the end of the course")),
        (after, translate("Courses", "the 14 days after")),
    ):
        if window is None:
            continue
        if window.days < MIN_WINDOW_DAYS:
            cautions.append(
                translate(
                    "Courses",
                    "Only %n days with pain entries in {label} ({isoformat} – "
                    "{isoformat2}), fewer than {MIN_WINDOW_DAYS}: its mean may not be typical.",
                    None,
                    window.days,
                ).format(
                    label=label,
                    isoformat=window.start.isoformat(),
                    isoformat2=window.end.isoformat(),
                    MIN_WINDOW_DAYS=MIN_WINDOW_DAYS,
                )
            )
    if not running and after is not None and after.end < last + timedelta(days=AFTER_WINDOW_DAYS):
        cautions.append(
            translate("Courses", "Only {value} of the 14 days after the course have passed.").format(
                value=(after.end - after.start).days + 1
            )
        )
    span = (baseline.start, after.end if after else last)
    overlapping = []
    for other in others:
        if other.id == course.id or other.therapy == course.therapy:
            continue
        o_first, o_last = other.start, other.last_day(today)
        if o_first <= span[1] and o_last >= span[0]:
            overlapping.append(other)
            cautions.append(
                translate(
                    "Courses",
                    "A course of {get} ({isoformat} – {isoformat2}) overlapped this course or "
                    "its comparison windows: a change went with both, not with one therapy "
                    "alone.",
                ).format(
                    get=names.get(other.therapy, other.therapy),
                    isoformat=o_first.isoformat(),
                    isoformat2=o_last.isoformat(),
                )
            )
    planned = course.planned_last_day()
    if (ended := course.ended) and planned and (planned - ended.on).days >= EARLY_END_DAYS:
        cautions.append(
            translate("Courses", "Ended early, on {isoformat} (planned until {isoformat2}).").format(
                isoformat=ended.on.isoformat(), isoformat2=planned.isoformat()
            )
        )

    done = [d for d in session_days if first <= d <= last]
    return CourseEvaluation(
        course=course,
        therapy_name=names.get(course.therapy, course.therapy),
        first=first,
        last=last,
        running=running,
        sessions_done=len(done),
        sessions_planned=course.planned_sessions_total(),
        weeks=weekly_adherence(course, last, done, week_start),
        baseline=baseline,
        end=end,
        after=after,
        assessment=assessment,
        cautions=tuple(cautions),
        overlapping=tuple(overlapping),
        peg=tuple((d, s) for d, s in peg if baseline.start <= d <= last),
        daily=daily.between(baseline.start, after.end if after else last),
        session_days=tuple(sorted(done)),
    )


def fmt_mean(value: float | None) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1f}"

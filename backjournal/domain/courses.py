"""Therapy courses: a planned series of one therapy (acupuncture twice a week for six weeks, ten
physiotherapy sessions, a month of heat wraps), and how the person ended it.

A course names a therapy (its key), a start day and either a planned last day or a planned number
of sessions (or neither: it runs until the person ends it), a planned frequency per week, and
optionally a provider and a goal. Sessions of that therapy on the course's days belong to it.
Ending a course keeps the day, a reason (``EndReason``) and the person's Patient Global Impression
of Change (``PGIC``, one 7-point item, public domain).

``CourseDraft.validate`` checks what a person typed or a file holds and raises ``ValidationError``
naming the field and the allowed values.
"""

from __future__ import annotations

import enum
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import (
    NAME_MAX,
    NOTE_MAX,
    SHORT_TEXT_MAX,
    JsonObject,
    check_text,
    enum_member,
    json_field,
)
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.timeutil import DATE_HELP
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

#: the default and the allowed lengths of the baseline window (days before the start)
DEFAULT_BASELINE_DAYS = 14
BASELINE_DAYS_MIN, BASELINE_DAYS_MAX = 7, 90
#: the end window (last days of the course) and the after window (days after it ended)
END_WINDOW_DAYS = 14
AFTER_WINDOW_DAYS = 14
SESSIONS_MAX = 500
PER_WEEK_MAX = 21
COURSE_DAYS_MAX = 3 * 366


class EndReason(enum.StrEnum):
    HELPED = "helped"
    NO_CHANGE = "no-change"
    SIDE_EFFECTS = "side-effects"
    COST = "cost"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Domain", _REASON_LABELS[self])


_REASON_LABELS = {
    EndReason.HELPED: QT_TRANSLATE_NOOP("Domain", "It helped (goal reached)"),
    EndReason.NO_CHANGE: QT_TRANSLATE_NOOP("Domain", "No change"),
    EndReason.SIDE_EFFECTS: QT_TRANSLATE_NOOP("Domain", "Side effects"),
    EndReason.COST: QT_TRANSLATE_NOOP("Domain", "Cost"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}
REASON_ALLOWED = "|".join(r.value for r in EndReason)

#: The Patient Global Impression of Change: one 7-point item (public domain; Guy 1976, as used by
#: Farrar 2001 to anchor the 2-point / 30 % thresholds).
PGIC_QUESTION = (
    "Since the course began, how would you describe the change (if any) in your back pain and your activities?"
)
PGIC = {
    1: "Very much improved",
    2: "Much improved",
    3: "Minimally improved",
    4: "No change",
    5: "Minimally worse",
    6: "Much worse",
    7: "Very much worse",
}
PGIC_ALLOWED = QT_TRANSLATE_NOOP("Errors", "a whole number from 1 (very much improved) to 7 (very much worse)")


def pgic_text(value: int | None) -> str:
    return "" if value is None else f"{value} – {PGIC[value]}"


def check_pgic(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in PGIC:
        raise ValidationError("pgic", value, PGIC_ALLOWED)
    return value


def check_reason(value: object) -> EndReason:
    try:
        return enum_member(EndReason, value)
    except ValueError:
        raise ValidationError("reason", value, REASON_ALLOWED) from None


def _check_int(value: object, name: str, low: int, high: int, allowed: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(name, value, allowed)
    return value


def _check_day(value: object, name: str) -> date:
    if not isinstance(value, date):
        raise ValidationError(name, value, DATE_HELP, QT_TRANSLATE_NOOP("Errors", "is not a date"))
    return value


@dataclass(frozen=True, slots=True)
class CourseEnd:
    """How a course ended: the day (its last day), why, and the person's PGIC."""

    on: date
    reason: EndReason
    pgic: int | None = None
    note: str | None = None

    def validate(self) -> CourseEnd:
        return CourseEnd(
            _check_day(self.on, "end day"),
            check_reason(self.reason),
            check_pgic(self.pgic),
            check_text(self.note, "note", NOTE_MAX),
        )


@dataclass(frozen=True, slots=True)
class CourseDraft:
    """A course as a person proposes it. ``therapy`` is a therapy key or name (resolved by the service)."""

    therapy: str
    start: date
    planned_end: date | None = None
    sessions_planned: int | None = None
    per_week: int | None = None
    provider: str | None = None
    goal: str | None = None
    baseline_days: int = DEFAULT_BASELINE_DAYS

    def validate(self) -> CourseDraft:
        therapy = self.therapy.strip() if isinstance(self.therapy, str) else ""
        if not therapy or len(therapy) > 100:
            raise ValidationError(
                "therapy",
                self.therapy,
                QT_TRANSLATE_NOOP("Errors", "a therapy key or name ('backjournal therapies' lists them)"),
            )
        start = _check_day(self.start, "start")
        if self.planned_end is not None and self.sessions_planned is not None:
            raise ValidationError(
                "sessions",
                self.sessions_planned,
                QT_TRANSLATE_NOOP(
                    "Errors", "either a planned last day (--to) or a number of sessions (--sessions), not both"
                ),
            )
        planned_end = None
        if self.planned_end is not None:
            planned_end = _check_day(self.planned_end, "to")
            if planned_end < start:
                raise ValidationError(
                    "to",
                    planned_end.isoformat(),
                    translate("Errors", "a day on or after the start ({start})").format(start=start),
                    QT_TRANSLATE_NOOP("Errors", "is before the start"),
                )
            if (planned_end - start).days >= COURSE_DAYS_MAX:
                raise ValidationError(
                    "to",
                    planned_end.isoformat(),
                    translate("Errors", "a course of at most {max} days").format(max=COURSE_DAYS_MAX),
                )
        sessions = None
        if self.sessions_planned is not None:
            sessions = _check_int(
                self.sessions_planned,
                "sessions",
                1,
                SESSIONS_MAX,
                translate("Errors", "a whole number of sessions from 1 to {max}").format(max=SESSIONS_MAX),
            )
        per_week = None
        if self.per_week is not None:
            per_week = _check_int(
                self.per_week,
                QT_TRANSLATE_NOOP("Errors", "per week"),
                1,
                PER_WEEK_MAX,
                translate("Errors", "a whole number of sessions per week from 1 to {max}").format(max=PER_WEEK_MAX),
            )
        baseline = _check_int(
            self.baseline_days,
            QT_TRANSLATE_NOOP("Errors", "baseline days"),
            BASELINE_DAYS_MIN,
            BASELINE_DAYS_MAX,
            translate("Errors", "a whole number of days from {min} to {max}").format(
                min=BASELINE_DAYS_MIN, max=BASELINE_DAYS_MAX
            ),
        )
        return CourseDraft(
            therapy,
            start,
            planned_end,
            sessions,
            per_week,
            _short(self.provider, "provider", NAME_MAX),
            _short(self.goal, "goal", SHORT_TEXT_MAX),
            baseline,
        )


def _short(value: str | None, name: str, limit: int) -> str | None:
    text = check_text(value, name, limit)
    if text is not None:
        text = text.strip() or None
    return text


@dataclass(frozen=True, slots=True)
class Course:
    """A course the journal keeps: a validated draft with its therapy key resolved, its id and uid,
    and how it ended (None while it runs)."""

    id: int
    uid: str
    therapy: str  # a therapy key
    start: date
    planned_end: date | None = None
    sessions_planned: int | None = None
    per_week: int | None = None
    provider: str | None = None
    goal: str | None = None
    baseline_days: int = DEFAULT_BASELINE_DAYS
    ended: CourseEnd | None = field(default=None)

    @property
    def draft(self) -> CourseDraft:
        return CourseDraft(
            self.therapy,
            self.start,
            self.planned_end,
            self.sessions_planned,
            self.per_week,
            self.provider,
            self.goal,
            self.baseline_days,
        )

    def with_end(self, end: CourseEnd | None) -> Course:
        return replace(self, ended=end)

    def planned_last_day(self) -> date | None:
        """The last day as planned: ``planned_end``, or for N sessions at F per week the last day of
        week ceil(N / F); None when the plan names neither."""
        if self.planned_end is not None:
            return self.planned_end
        if self.sessions_planned is not None and self.per_week:
            weeks = math.ceil(self.sessions_planned / self.per_week)
            return self.start + timedelta(days=7 * weeks - 1)
        return None

    def last_day(self, today: date) -> date:
        """The course's last day for counting: the day it was ended, else the planned last day, never
        after ``today`` for a course still running (and today when the plan names no end)."""
        if self.ended is not None:
            return max(self.ended.on, self.start)
        planned = self.planned_last_day()
        last = today if planned is None else min(planned, today)
        return max(last, self.start)

    def is_running(self, today: date) -> bool:
        if self.ended is not None:
            return False
        planned = self.planned_last_day()
        return self.start <= today and (planned is None or today <= planned)

    def planned_sessions_total(self) -> float | None:
        """Sessions planned for the whole course: N, or per week x the planned days / 7."""
        if self.sessions_planned is not None:
            return float(self.sessions_planned)
        last = self.planned_last_day()
        if self.per_week and last is not None:
            return self.per_week * ((last - self.start).days + 1) / 7
        return None

    def describe_plan(self) -> str:
        parts = []
        if self.sessions_planned is not None:
            parts.append(f"{self.sessions_planned} sessions")
        if self.per_week:
            parts.append(f"{self.per_week} per week")
        if self.planned_end is not None:
            parts.append(f"until {self.planned_end.isoformat()}")
        return ", ".join(parts) or "no planned end"


def new_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class CourseSpan(MarkedPeriod):
    """A course drawn on the trend chart as a shaded span, like a marked period (never stored as one:
    ``uid`` stays None and ``course_id`` names the course)."""

    course_id: int = 0


def course_spans(
    courses: list[Course], names: dict[str, str], today: date, periods: Sequence[MarkedPeriod] = ()
) -> list[CourseSpan]:
    """The spans of ``courses`` (first to last day, in their therapy's colour), leaving out a course
    that a marked period of the same therapy and first day already shades (one made from it)."""
    marked = {(p.therapy, p.start) for p in periods}
    out = []
    for c in courses:
        if (c.therapy, c.start) in marked or c.start > today:
            continue
        label = f"{names.get(c.therapy, c.therapy)} course"
        out.append(CourseSpan(label, c.start, c.last_day(today), c.therapy, None, c.id))
    return out


#: the name under which a JSON export's ``settings`` carries the courses (docs/formats.md)
EXPORT_KEY = "therapy_courses"


def course_as_dict(c: Course) -> JsonObject:
    """A course for the JSON export (its id stays in this journal: the uid is its identity)."""
    return {
        "uid": c.uid,
        "therapy": c.therapy,
        "start": c.start.isoformat(),
        "planned_end": c.planned_end.isoformat() if c.planned_end else None,
        "sessions_planned": c.sessions_planned,
        "per_week": c.per_week,
        "provider": c.provider,
        "goal": c.goal,
        "baseline_days": c.baseline_days,
        "ended": None
        if c.ended is None
        else {"on": c.ended.on.isoformat(), "reason": c.ended.reason.value, "pgic": c.ended.pgic, "note": c.ended.note},
    }


def course_from_dict(data: object) -> Course:
    """A course read from a JSON export, validated (ValidationError names what is wrong)."""
    from backjournal.domain.periods import check_uid

    if not isinstance(data, dict):
        raise ValidationError(
            "course",
            data,
            QT_TRANSLATE_NOOP("Errors", "an object with uid, therapy, start, planned_end, sessions_planned, ..."),
        )

    def day(value: object, name: str) -> Any:
        """A date, or None for a missing one (the draft's validate() refuses None where a day is needed)."""
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValidationError(name, value, DATE_HELP) from None

    draft = CourseDraft(
        str(data.get("therapy") or ""),
        day(data.get("start"), "start"),
        day(data.get("planned_end"), "to"),
        data.get("sessions_planned"),
        data.get("per_week"),
        data.get("provider"),
        data.get("goal"),
        data.get("baseline_days", DEFAULT_BASELINE_DAYS),
    ).validate()
    uid = check_uid(data.get("uid"))
    if uid is None:
        raise ValidationError("uid", None, QT_TRANSLATE_NOOP("Errors", "a course's uid (a UUID)"))
    ended = data.get("ended")
    end = None
    if ended is not None:
        if not isinstance(ended, dict):
            raise ValidationError(
                "ended", ended, QT_TRANSLATE_NOOP("Errors", "an object with on, reason, pgic and note, or null")
            )
        end = CourseEnd(
            day(ended.get("on"), "end day"),
            json_field(ended, "reason"),
            json_field(ended, "pgic"),
            json_field(ended, "note"),
        ).validate()
        if end.on < draft.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "end day"),
                end.on.isoformat(),
                translate("Errors", "a day on or after the start ({start})").format(start=draft.start),
            )
    return Course(
        0,
        uid,
        draft.therapy,
        draft.start,
        draft.planned_end,
        draft.sessions_planned,
        draft.per_week,
        draft.provider,
        draft.goal,
        draft.baseline_days,
        end,
    )

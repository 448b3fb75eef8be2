"""Therapy courses: add, end (with a reason and the PGIC), reopen, delete, and evaluate them.

Courses are journal data in their own table (``therapy_courses``), not dated records, so they do
not pass through ``JournalService``'s change signal: this service tells its own listeners
(``add_listener``) after each change. ``AddCourseCommand``, ``EndCourseCommand`` and
``DeleteCourseCommand`` make every change undoable through ``services.history`` (a deleted course
comes back with the same id and uid).

Evaluation (``evaluate``) reads daily pain, the therapy's session days and weekly PEG scores
through the unit of work and hands them to ``analysis.courses.evaluate_course``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from backjournal.domain.courses import Course, CourseDraft, CourseEnd, new_uid
from backjournal.domain.errors import ValidationError
from backjournal.domain.timeutil import local_now
from backjournal.i18n import translate
from backjournal.services.history import Command
from backjournal.services.listeners import HasListeners
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:  # imported where used: the command line loads numpy only for an evaluation
    from backjournal.analysis.courses import CourseEvaluation
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

Listener = Callable[[list[Course]], None]
ID_HELP = "a course id as 'backjournal course list' shows it"


def today() -> date:
    return local_now().date()


class CourseService(HasListeners):
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory | None = None,
        reads: ReadsFactory | None = None,
        week_start: Callable[[], int] | None = None,
        clock: Callable[[], date] = today,
    ):
        """``reads`` for the reads (default the unit of work); built with it alone, it only reads
        (services/reading.py)."""
        self._reads, self._uow = reads_and_writes("CourseService", unit_of_work, reads)
        self._week_start = week_start or (lambda: 0)  # SettingsService.preferences().week_start in the app
        self._today = clock
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------------ listeners
    def _changed(self) -> None:
        courses = self.courses()
        self._tell(list(courses))

    # ------------------------------------------------------------------ reads
    def courses(self) -> list[Course]:
        with self._reads() as uow:
            return uow.courses.all()

    def get(self, course_id: int) -> Course:
        with self._uow() as uow:
            return uow.courses.get(check_id(course_id))

    def therapy_names(self) -> dict[str, str]:
        with self._uow() as uow:
            return {t.key: t.name for t in uow.therapies.all()}

    # ------------------------------------------------------------------ writes
    def checked(self, draft: CourseDraft) -> Course:
        """``draft`` validated with its therapy (key or name) resolved, as a course to keep (id 0)."""
        valid = draft.validate()
        with self._uow() as uow:
            key = uow.therapies.find(valid.therapy).key  # ValidationError lists the allowed keys
        return Course(
            0,
            new_uid(),
            key,
            valid.start,
            valid.planned_end,
            valid.sessions_planned,
            valid.per_week,
            valid.provider,
            valid.goal,
            valid.baseline_days,
        )

    def add(self, course: Course | CourseDraft) -> Course:
        if isinstance(course, CourseDraft):
            course = self.checked(course)
        with self._uow() as uow:
            kept = uow.courses.add(course)
        self._changed()
        return kept

    def checked_end(self, course_id: int, end: CourseEnd) -> tuple[Course, CourseEnd]:
        course = self.get(course_id)
        valid = end.validate()
        if valid.on < course.start:
            raise ValidationError(
                "--on",
                valid.on.isoformat(),
                translate("Errors", "a day on or after the course's start ({start})").format(start=course.start),
                translate("Errors", "is before the start"),
            )
        if course.ended is not None:
            raise ValidationError(
                "course",
                course_id,
                "a course that has not ended yet",
                f"ended on {course.ended.on.isoformat()} already",
            )
        return course, valid

    def end(self, course_id: int, end: CourseEnd) -> Course:
        _course, valid = self.checked_end(course_id, end)
        return self.set_end(course_id, valid)

    def set_end(self, course_id: int, end: CourseEnd | None) -> Course:
        """Write (or, with None, clear) how the course ended: what ``end`` and its undo use."""
        with self._uow() as uow:
            course = uow.courses.set_end(check_id(course_id), end)
        self._changed()
        return course

    def delete(self, course_id: int) -> Course:
        with self._uow() as uow:
            course = uow.courses.remove(check_id(course_id))
        self._changed()
        return course

    # ------------------------------------------------------------------ evaluation
    def evaluate(self, course: Course | int, *, on: date | None = None) -> CourseEvaluation:
        """The course's ``analysis.courses.CourseEvaluation`` as of ``on`` (default today)."""
        from backjournal.analysis.courses import analysis_span, evaluate_course
        from backjournal.analysis.daily import daily_pain_from_rows

        today_ = on or self._today()
        if not isinstance(course, Course):
            with self._uow() as uow:
                course = uow.courses.get(check_id(course))
        with self._reads() as uow:
            lo, hi = analysis_span(course, today_)
            rows = uow.aggregates.daily_pain(lo, hi)
            sessions = uow.aggregates.session_points(course.start, course.last_day(today_), [course.therapy])
            others = uow.courses.all()
            names = {t.key: t.name for t in uow.therapies.all()}
            pegs = uow.peg.list(lo, course.last_day(today_))
        daily = daily_pain_from_rows(rows, lo, hi)
        session_days = [date.fromisoformat(p[0]) for p in sessions]
        peg = [(p.answered_at.date(), (p.pain + p.enjoyment + p.activity) / 3) for p in pegs]
        return evaluate_course(
            course,
            daily,
            session_days,
            today=today_,
            week_start=self._week_start(),
            others=others,
            therapy_names=names,
            peg=peg,
        )

    def evaluations(
        self, start: date | None = None, end: date | None = None, *, on: date | None = None
    ) -> list[CourseEvaluation]:
        """Evaluations of the courses that overlap [start, end] (every course without bounds)."""
        today_ = on or self._today()
        out = []
        for course in self.courses():
            if start is not None and course.last_day(today_) + timedelta(days=14) < start:
                continue
            if end is not None and course.start > end:
                continue
            out.append(self.evaluate(course, on=today_))
        return out


def check_id(course_id: object) -> int:
    if isinstance(course_id, bool) or not isinstance(course_id, int) or course_id < 1:
        raise ValidationError("course id", course_id, ID_HELP)
    return course_id


@dataclass
class AddCourseCommand(Command):
    """Add a course. Undo deletes exactly that course; redo puts it back with the same id and uid."""

    courses: CourseService
    draft: CourseDraft
    saved: Course | None = None

    def __post_init__(self) -> None:
        self.text = "add course"

    def redo(self) -> None:
        if self.saved is None:
            self.saved = self.courses.add(self.courses.checked(self.draft))  # raises before writing
        else:
            self.courses.add(self.saved)

    def undo(self) -> None:
        assert self.saved is not None
        self.courses.delete(self.saved.id)


@dataclass
class EndCourseCommand(Command):
    """End a course with a reason and PGIC. Undo makes it running again."""

    courses: CourseService
    course_id: int
    end: CourseEnd
    checked: CourseEnd | None = None

    def __post_init__(self) -> None:
        self.text = "end course"

    def redo(self) -> None:
        if self.checked is None:
            self.checked = self.courses.checked_end(self.course_id, self.end)[1]
        self.courses.set_end(self.course_id, self.checked)

    def undo(self) -> None:
        self.courses.set_end(self.course_id, None)


@dataclass
class DeleteCourseCommand(Command):
    """Delete a course. Undo puts it back as it was (same id, uid, end and PGIC)."""

    courses: CourseService
    course_id: int
    removed: Course | None = None

    def __post_init__(self) -> None:
        self.text = "delete course"

    def redo(self) -> None:
        self.removed = self.courses.delete(self.course_id)

    def undo(self) -> None:
        assert self.removed is not None
        self.courses.add(self.removed)

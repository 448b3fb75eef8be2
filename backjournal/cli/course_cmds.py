"""``course``: therapy courses on the command line.

backjournal course add THERAPY --from DATE [--to DATE | --sessions N] [--per-week N] [--goal TEXT]
                               [--provider TEXT] [--baseline-days N]
backjournal course list [--format table|json]
backjournal course show ID [--format text|json]
backjournal course end ID [--on DATE] --reason helped|no-change|side-effects|cost|other [--pgic 1..7]
                          [--note TEXT]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import overload

from backjournal.domain.courses import (
    BASELINE_DAYS_MAX,
    BASELINE_DAYS_MIN,
    PER_WEEK_MAX,
    PGIC_ALLOWED,
    REASON_ALLOWED,
    SESSIONS_MAX,
)
from backjournal.domain.timeutil import parse_day
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    course = sub.add_parser(
        "course", help=translate("CommandLineHelp", "therapy courses: adherence and pain against your own baseline")
    )
    csub = course.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(course))

    add = csub.add_parser(
        "add",
        help=translate("CommandLineHelp", "start a course of a therapy (e.g. acupuncture twice a week for 6 weeks)"),
    )
    add.add_argument(
        "therapy",
        metavar="THERAPY",
        help=translate("CommandLineHelp", "a therapy key or name ('backjournal therapies' lists them)"),
    )
    add.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        required=True,
        help=translate("CommandLineHelp", "first day, YYYY-MM-DD"),
    )
    plan = add.add_mutually_exclusive_group()
    plan.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CommandLineHelp", "planned last day, YYYY-MM-DD")
    )
    plan.add_argument(
        "--sessions",
        metavar="N",
        help=translate("CommandLineHelp", "planned number of sessions (1-{max})").format(max=SESSIONS_MAX),
    )
    add.add_argument(
        "--per-week",
        metavar="N",
        help=translate("CommandLineHelp", "planned sessions per week (1-{max})").format(max=PER_WEEK_MAX),
    )
    add.add_argument("--goal", metavar="TEXT", help=translate("CommandLineHelp", "what you hope for (your words)"))
    add.add_argument("--provider", metavar="TEXT", help=translate("CommandLineHelp", "who gives it"))
    add.add_argument(
        "--baseline-days",
        metavar="N",
        default="14",
        help=translate(
            "CommandLineHelp", "days before the start compared with its end ({min}-{max}, default 14)"
        ).format(min=BASELINE_DAYS_MIN, max=BASELINE_DAYS_MAX),
    )
    add.set_defaults(handler=cmd_add)

    lst = csub.add_parser("list", help=translate("CommandLineHelp", "list courses"))
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=cmd_list)

    show = csub.add_parser(
        "show", help=translate("CommandLineHelp", "a course's adherence and pain against your baseline")
    )
    show.add_argument(
        "id", metavar="ID", help=translate("CommandLineHelp", "the course's id (see 'backjournal course list')")
    )
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=cmd_show)

    end = csub.add_parser(
        "end", help=translate("CommandLineHelp", "end a course: why, and how you feel it changed things (PGIC)")
    )
    end.add_argument(
        "id", metavar="ID", help=translate("CommandLineHelp", "the course's id (see 'backjournal course list')")
    )
    end.add_argument(
        "--on", metavar="DATE", help=translate("CommandLineHelp", "its last day, YYYY-MM-DD (default today)")
    )
    end.add_argument(
        "--reason",
        required=True,
        metavar="REASON",
        help=translate("CommandLineHelp", "why it ended: {allowed}").format(allowed=REASON_ALLOWED),
    )
    end.add_argument(
        "--pgic",
        metavar="1..7",
        help=translate(
            "CommandLineHelp",
            "Patient Global Impression of Change: a whole number from 1 (very much improved) to 7 (very much worse)",
        ),
    )
    end.add_argument("--note", metavar="TEXT", help=translate("CommandLineHelp", "a note (your words)"))
    end.set_defaults(handler=cmd_end)


@overload
def _number(text: str, field: str, allowed: str, low: int, high: int) -> int: ...
@overload
def _number(text: str | None, field: str, allowed: str, low: int, high: int) -> int | None: ...
def _number(text: str | None, field: str, allowed: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    from backjournal.cli.journal_cmds import whole_number

    return whole_number(text, field, allowed, low=low, high=high)


def _course_id(text: str) -> int:
    from backjournal.services.courses import ID_HELP

    return _number(text, "ID", ID_HELP, 1, 2**63 - 1)


def _service(ctx, *, create: bool = False):
    if not create and not ctx.journal_exists():  # never created: no course can exist (exit 2, nothing made)
        from backjournal.domain.errors import NotFoundError

        raise NotFoundError(
            translate(
                "CourseCmds", "No courses yet: this journal has not been started ('backjournal course add' starts one)."
            )
        )
    return ctx.services(create=create).courses


def courses_and_trials(ctx, start, end) -> dict:
    """What ``stats`` adds: the evaluations of the courses overlapping [start, end] (with their 14
    days after) and the personal trials overlapping it."""
    service = _service(ctx)
    out = {"courses": [e.as_dict() for e in service.evaluations(start, end)]}
    trials = ctx.services().trials
    out["trials"] = [trials.result(t).as_dict() for t in trials.trials() if t.start <= end and t.last_day >= start]
    return out


def _dump(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def cmd_add(args, ctx) -> int:
    from backjournal.domain.courses import CourseDraft

    draft = CourseDraft(
        therapy=args.therapy,
        start=parse_day(args.start, field="--from"),
        planned_end=parse_day(args.end, field="--to") if args.end else None,
        sessions_planned=_number(
            args.sessions,
            "--sessions",
            translate("CourseCmds", "a whole number from 1 to {SESSIONS_MAX}").format(SESSIONS_MAX=SESSIONS_MAX),
            1,
            SESSIONS_MAX,
        ),
        per_week=_number(
            args.per_week,
            "--per-week",
            translate("CourseCmds", "a whole number from 1 to {PER_WEEK_MAX}").format(PER_WEEK_MAX=PER_WEEK_MAX),
            1,
            PER_WEEK_MAX,
        ),
        provider=args.provider,
        goal=args.goal,
        baseline_days=_number(
            args.baseline_days,
            "--baseline-days",
            translate("CourseCmds", "a whole number of days from {BASELINE_DAYS_MIN} to {BASELINE_DAYS_MAX}").format(
                BASELINE_DAYS_MIN=BASELINE_DAYS_MIN, BASELINE_DAYS_MAX=BASELINE_DAYS_MAX
            ),
            BASELINE_DAYS_MIN,
            BASELINE_DAYS_MAX,
        ),
    ).validate()  # bad values refused before the journal is opened
    service = _service(ctx, create=True)
    course = service.add(service.checked(draft))
    print(
        translate("CourseCmds", "course {id}: {get} from {start} ({describe_plan})").format(
            id=course.id,
            get=service.therapy_names().get(course.therapy, course.therapy),
            start=course.start,
            describe_plan=course.describe_plan(),
        )
    )
    return 0


def cmd_list(args, ctx) -> int:
    if not ctx.journal_exists():
        courses, service = [], None
    else:
        service = _service(ctx)
        courses = service.courses()
    if args.format == "json":
        _dump([service.evaluate(c).as_dict() for c in courses] if service else [])
        return 0
    if not courses or service is None:
        print(translate("CourseCmds", "No courses."))
        return 0
    names = service.therapy_names()
    for c in courses:
        status = (
            translate("CourseCmds", "ended {on} ({value})").format(on=c.ended.on, value=c.ended.reason.value)
            if c.ended
            else translate("CourseCmds", "running or planned")
        )
        print(f"{c.id:>4}  {c.start}  {names.get(c.therapy, c.therapy)}  [{c.describe_plan()}]  {status}")
    return 0


def cmd_show(args, ctx) -> int:
    course_id = _course_id(args.id)
    evaluation = _service(ctx).evaluate(course_id)
    if args.format == "json":
        _dump(evaluation.as_dict())
        return 0
    print(describe(evaluation))
    return 0


def describe(ev) -> str:
    """A course's evaluation as plain text lines (``course show``)."""
    from backjournal.analysis.courses import fmt_mean
    from backjournal.domain.courses import pgic_text

    c = ev.course
    planned = (
        ""
        if ev.sessions_planned is None
        else translate("CourseCmds", " of {sessions_planned:.0f} planned").format(sessions_planned=ev.sessions_planned)
    )
    lines = [
        translate("CourseCmds", "Course {id}: {therapy_name}, {first} – {last}").format(
            id=c.id, therapy_name=ev.therapy_name, first=ev.first, last=ev.last
        )
        + (translate("CourseCmds", " (running)") if ev.running else ""),
        translate("CourseCmds", "Plan: {describe_plan}").format(describe_plan=c.describe_plan())
        + (translate("CourseCmds", "; goal: {goal}").format(goal=c.goal) if c.goal else "")
        + (translate("CourseCmds", "; provider: {provider}").format(provider=c.provider) if c.provider else ""),
        translate("CourseCmds", "Sessions: {sessions_done}{planned}").format(
            sessions_done=ev.sessions_done, planned=planned
        ),
    ]
    for w in ev.weeks:
        plan = "" if w.planned is None else translate("CourseCmds", " of {planned:.1f}").format(planned=w.planned)
        lines.append(
            translate("CourseCmds", "  week of {start}: {done}{plan}").format(start=w.start, done=w.done, plan=plan)
        )
    for window, label in (
        (ev.baseline, translate("CourseCmds", "Baseline")),
        (ev.end, translate("CourseCmds", "End")),
        (ev.after, translate("CourseCmds", "After")),
    ):
        if window is not None:
            lines.append(
                translate("CourseCmds", "{label} ({start} – {end}): mean {fmt_mean}, {days} days with data").format(
                    label=label, start=window.start, end=window.end, fmt_mean=fmt_mean(window.mean), days=window.days
                )
            )
    lines.append(ev.summary())
    for caution in ev.cautions:
        lines.append(translate("CourseCmds", "Caution: {caution}").format(caution=caution))
    if c.ended:
        lines.append(
            translate("CourseCmds", "Ended {on}: {label}").format(on=c.ended.on, label=c.ended.reason.label)
            + (f"; PGIC {pgic_text(c.ended.pgic)}" if c.ended.pgic else "")
        )
    return "\n".join(lines)


def cmd_end(args, ctx) -> int:
    from backjournal.domain.courses import CourseEnd, check_reason
    from backjournal.services.courses import today

    course_id = _course_id(args.id)
    reason = check_reason(args.reason)
    pgic = _number(args.pgic, "--pgic", PGIC_ALLOWED, 1, 7)
    on = parse_day(args.on, field="--on") if args.on else today()
    service = _service(ctx)
    course = service.end(course_id, CourseEnd(on, reason, pgic, args.note))
    print(
        translate("CourseCmds", "course {id} ended on {on} ({value}").format(id=course.id, on=on, value=reason.value)
        + (f", PGIC {pgic}" if pgic else "")
        + ")"
    )
    return 0

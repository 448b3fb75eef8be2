"""Courses on a real journal file: the service with undo, adherence across time zones, the evaluation
from stored pain entries, and the command line as a person runs it (exit 2 on bad values)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from backjournal.domain.courses import CourseDraft, CourseEnd, EndReason
from backjournal.domain.errors import NotFoundError, ValidationError
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.courses import AddCourseCommand, CourseService, DeleteCourseCommand, EndCourseCommand
from backjournal.services.history import UndoHistory
from tests.conftest import content_hash, run_cli

TODAY = date(2026, 6, 1)


@pytest.fixture
def courses(opened):
    return CourseService(unit_of_work=opened.uow, week_start=lambda: 0, clock=lambda: TODAY)


def test_add_end_delete_are_undoable_and_keep_id_uid_and_pgic(courses):
    history = UndoHistory()
    add = history.push(
        AddCourseCommand(
            courses,
            CourseDraft(
                "Acupuncture",
                date(2026, 3, 2),
                sessions_planned=10,
                per_week=2,
                goal="walk to work",
                provider="Dr. Lin",
            ),
        )
    )
    kept = add.saved
    assert kept.therapy == "acupuncture" and kept.id >= 1  # the name resolved to its key
    history.push(EndCourseCommand(courses, kept.id, CourseEnd(date(2026, 4, 1), EndReason.HELPED, 2, "done")))
    assert courses.get(kept.id).ended == CourseEnd(date(2026, 4, 1), EndReason.HELPED, 2, "done")
    history.push(DeleteCourseCommand(courses, kept.id))
    assert courses.courses() == []
    history.undo()  # the delete
    back = courses.get(kept.id)
    assert (back.uid, back.ended.pgic, back.goal) == (kept.uid, 2, "walk to work")
    history.undo()  # the end
    assert courses.get(kept.id).ended is None
    history.undo()  # the add
    assert courses.courses() == []
    history.redo()
    assert courses.get(kept.id).uid == kept.uid


def test_bad_values_change_nothing(courses, opened):
    before = content_hash(opened.path)
    with pytest.raises(ValidationError):
        courses.add(CourseDraft("no such therapy", date(2026, 3, 2)))
    course = courses.add(CourseDraft("heat", date(2026, 3, 2)))
    after_add = content_hash(opened.path)
    assert after_add != before
    with pytest.raises(ValidationError):  # ends before it started
        courses.end(course.id, CourseEnd(date(2026, 3, 1), EndReason.COST))
    with pytest.raises(NotFoundError):
        courses.end(course.id + 1, CourseEnd(date(2026, 3, 5), EndReason.COST))
    courses.end(course.id, CourseEnd(date(2026, 3, 5), EndReason.COST))
    with pytest.raises(ValidationError):  # ended already
        courses.end(course.id, CourseEnd(date(2026, 3, 6), EndReason.OTHER))


def test_adherence_counts_sessions_on_their_local_day_across_time_zones(courses, journal):
    """A session on Sunday 23:30 in New York is Monday in UTC: it belongs to the Sunday's week (weeks
    from Monday); one on Monday 00:30 in Tokyo is Sunday in UTC: it belongs to the Monday's week."""
    ny, tokyo = timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))
    course = courses.add(CourseDraft("acupuncture", date(2026, 3, 2), planned_end=date(2026, 3, 15), per_week=2))
    for moment in (
        datetime(2026, 3, 8, 23, 30, tzinfo=ny),  # Sunday, week 1
        datetime(2026, 3, 9, 0, 30, tzinfo=tokyo),  # Monday, week 2
        datetime(2026, 3, 1, 23, 0, tzinfo=ny),  # the day before the course (UTC: its first day)
        datetime(2026, 3, 16, 0, 30, tzinfo=tokyo),
    ):  # the day after (UTC: its last day)
        journal.log_session(TherapySessionDraft("acupuncture", moment))
    journal.log_session(TherapySessionDraft("heat", datetime(2026, 3, 3, 9, tzinfo=ny)))  # another therapy
    ev = courses.evaluate(course.id)
    assert [(w.start, w.done) for w in ev.weeks] == [(date(2026, 3, 2), 1), (date(2026, 3, 9), 1)]
    assert ev.sessions_done == 2 and ev.sessions_planned == pytest.approx(4.0)


def test_evaluation_from_stored_entries_matches_the_hand_computation(courses, journal):
    tz = timezone(timedelta(hours=1))
    start = date(2026, 3, 2)
    course = courses.add(CourseDraft("acupuncture", start, planned_end=date(2026, 4, 12), per_week=2))
    for i in range(14):  # baseline: 6 and 8 on each day -> daily mean 7
        day = start - timedelta(days=14 - i)
        for hour, score in ((8, 6), (20, 8)):
            journal.log_pain(PainEntryDraft(datetime(day.year, day.month, day.day, hour, tzinfo=tz), score))
    for i in range(10):  # end: 10 of the last 14 days at 4
        day = date(2026, 4, 12) - timedelta(days=i)
        journal.log_pain(PainEntryDraft(datetime(day.year, day.month, day.day, 12, tzinfo=tz), 4))
    d = courses.evaluate(course.id).as_dict()
    assert (d["baseline_mean"], d["baseline_days"], d["end_mean"], d["end_days"]) == (7.0, 14, 4.0, 10)
    assert d["after_days"] == 0 and d["after_mean"] is None
    assert d["change_points"] == pytest.approx(-3.0)
    assert d["reached_2_points"] and d["reached_30_percent"] and d["immpact"] == "moderate"


def test_course_commands_end_to_end(data_dir):
    assert run_cli("log", "pain", "5", "--at", "2026-02-20T09:00+01:00", data_dir=data_dir).returncode == 0
    done = run_cli(
        "course",
        "add",
        "acupuncture",
        "--from",
        "2026-03-02",
        "--sessions",
        "10",
        "--per-week",
        "2",
        "--goal",
        "sleep through",
        "--provider",
        "Clinic",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert "course 1" in done.stdout
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    for args, word in [
        (("course", "add", "nonsense", "--from", "2026-03-02"), "therapy"),
        (("course", "add", "heat", "--from", "2026-03-02", "--to", "2026-03-01"), "to"),
        (("course", "add", "heat", "--from", "2026-03-02", "--to", "2026-03-09", "--sessions", "3"), "not allowed"),
        (("course", "add", "heat", "--from", "2026-03-02", "--per-week", "0"), "--per-week"),
        (("course", "show", "7"), "No course"),
        (("course", "show", "x"), "ID"),
        (("course", "end", "1", "--reason", "bored"), "helped|no-change"),
        (("course", "end", "1", "--reason", "cost", "--pgic", "9"), "--pgic"),
        (("course", "end", "1", "--reason", "cost", "--on", "2026-01-01"), "before the start"),
    ]:
        bad = run_cli(*args, data_dir=data_dir)
        assert bad.returncode == 2, (args, bad.stderr)
        assert bad.stderr.count("\n") == 1 and word in bad.stderr, (args, bad.stderr)
    assert content_hash(db) == before
    done = run_cli(
        "course", "end", "1", "--on", "2026-04-01", "--reason", "side-effects", "--pgic", "5", data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(run_cli("course", "show", "1", "--format", "json", data_dir=data_dir).stdout)
    for key in (
        "therapy",
        "from",
        "to",
        "sessions_done",
        "sessions_planned",
        "baseline_mean",
        "baseline_days",
        "end_mean",
        "end_days",
        "after_mean",
        "after_days",
        "change_points",
        "change_percent",
        "reached_2_points",
        "reached_30_percent",
        "worsened",
        "cautions",
        "reason",
        "pgic",
    ):
        assert key in shown, key
    assert (shown["therapy"], shown["from"], shown["to"]) == ("acupuncture", "2026-03-02", "2026-04-01")
    assert (shown["reason"], shown["pgic"], shown["sessions_planned"]) == ("side-effects", 5, 10.0)
    assert shown["baseline_days"] == 1 and any("fewer than 7" in c for c in shown["cautions"])
    listed = json.loads(run_cli("course", "list", "--format", "json", data_dir=data_dir).stdout)
    assert [c["id"] for c in listed] == [1]
    table = run_cli("course", "list", data_dir=data_dir)
    assert "Acupuncture" in table.stdout and "side-effects" in table.stdout


def test_a_journal_at_0002_upgrades_to_courses_keeping_every_record(data_dir):
    import shutil

    from backjournal.services.opening import open_journal
    from backjournal.storage import database
    from tests.conftest import FIXTURES
    from tests.storage.test_migrations import table_counts

    data_dir.mkdir(parents=True)
    path = data_dir / "journal.sqlite3"
    shutil.copyfile(FIXTURES / "journal-0002.sqlite3", path)
    before = table_counts(path)
    opened = open_journal(data_dir)
    try:
        assert database.read_revision(path) == database.head_revision()
        after = table_counts(path)
        assert {k: after[k] for k in before} == before
        assert after["therapy_courses"] == 0 and after["personal_trials"] == 0
        service = CourseService(unit_of_work=opened.uow, clock=lambda: TODAY)
        assert service.add(CourseDraft("acupuncture", date(2025, 1, 12), sessions_planned=6)).id == 1
    finally:
        opened.close()


def test_the_report_has_the_weekly_peg_and_a_page_per_course(opened, journal, courses, tmp_path):
    from pypdf import PdfReader

    from backjournal.domain.models import PegDraft
    from backjournal.services.report import ReportOptions, ReportService

    tz = timezone(timedelta(hours=1))
    for i, (p, e, a) in enumerate([(7, 6, 6), (6, 5, 5), (4, 4, 3)]):
        journal.log_peg(PegDraft(datetime(2026, 3, 1 + 7 * i, 9, tzinfo=tz), p, e, a))
        journal.log_pain(PainEntryDraft(datetime(2026, 3, 1 + 7 * i, 10, tzinfo=tz), p))
    courses.add(CourseDraft("acupuncture", date(2026, 3, 2), sessions_planned=6, per_week=2, goal="walk <b>far</b>"))
    service = ReportService(unit_of_work=opened.uow)
    options = ReportOptions(date(2026, 2, 1), date(2026, 3, 31))
    model = service.model(options, generated_on=date(2026, 4, 1))
    assert [round(p.score, 3) for p in model.peg_points] == [6.333, 5.333, 3.667]
    assert len(model.courses) == 1
    path = service.write(options, tmp_path / "r.pdf", generated_on=date(2026, 4, 1))
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Weekly PEG (pain, enjoyment of life, general activity)" in text
    assert "Therapy course: Acupuncture" in text and "walk <b>far</b>" in text
    assert "caused" not in text


def test_course_and_trial_commands_on_a_journal_never_started_exit_2_and_create_nothing(tmp_path):
    target = tmp_path / "never"
    for args in (("course", "show", "1"), ("course", "end", "1", "--reason", "cost"), ("trial", "show")):
        done = run_cli(*args, data_dir=target)
        assert done.returncode == 2 and done.stderr.count("\n") == 1, (args, done.stderr)
    assert not (target / "journal.sqlite3").exists()

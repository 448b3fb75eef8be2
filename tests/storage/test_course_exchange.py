"""Courses and personal trials travel with the JSON export (settings.therapy_courses,
settings.personal_trials) and an import adds each once by its uid: nothing entered is lost by moving
a journal through JSON."""

from __future__ import annotations

import json
from datetime import date

from backjournal.domain.courses import CourseDraft, CourseEnd, EndReason
from backjournal.domain.trials import TrialDraft
from backjournal.services.courses import CourseService
from backjournal.services.exchange import ExchangeService
from backjournal.services.opening import open_journal
from backjournal.services.trials import TrialService


def test_json_round_trip_keeps_courses_and_trials_once(tmp_path):
    first = open_journal(tmp_path / "a")
    try:
        courses = CourseService(unit_of_work=first.uow, clock=lambda: date(2026, 6, 1))
        c = courses.add(
            CourseDraft("acupuncture", date(2026, 3, 2), sessions_planned=8, per_week=2, goal="<b>walk</b>")
        )
        courses.end(c.id, CourseEnd(date(2026, 4, 1), EndReason.HELPED, 2, "better"))
        trials = TrialService(unit_of_work=first.uow)
        t = trials.start(TrialDraft("Tablets", "Heat", 3, 7, date(2026, 5, 4), 1, seed=11))
        trials.set_side_effects(t.id, 3, "dizzy")
        exchange = ExchangeService(unit_of_work=first.uow)
        out = exchange.export("json", tmp_path / "j.json").path
        doc = json.loads(out.read_text())
        assert [x["uid"] for x in doc["settings"]["therapy_courses"]] == [c.uid]
        assert doc["settings"]["personal_trials"][0]["orders"] == list(t.orders)
        want_course, want_trial = courses.get(c.id), trials.get(t.id)
    finally:
        first.close()

    second = open_journal(tmp_path / "b")
    try:
        exchange = ExchangeService(unit_of_work=second.uow)
        plan = exchange.prepare(tmp_path / "j.json")
        assert "Therapy courses to add: 1; personal trials to add: 1" in "\n".join(plan.preview_lines())
        exchange.apply(plan)
        exchange.apply(exchange.prepare(tmp_path / "j.json"))  # a second import adds nothing
        courses = CourseService(unit_of_work=second.uow).courses()
        trials = TrialService(unit_of_work=second.uow).trials()
        assert len(courses) == 1 and len(trials) == 1
        got_c, got_t = courses[0], trials[0]
        assert (got_c.uid, got_c.therapy, got_c.goal, got_c.ended) == (
            want_course.uid,
            "acupuncture",
            "<b>walk</b>",
            want_course.ended,
        )
        assert (got_t.uid, got_t.orders, got_t.seed, got_t.side_effects) == (
            want_trial.uid,
            want_trial.orders,
            11,
            {3: "dizzy"},
        )
        settings = second.uow
        with settings() as uow:
            assert "therapy_courses" not in uow.settings.all() and "personal_trials" not in uow.settings.all()
    finally:
        second.close()


def test_a_damaged_course_in_a_file_rejects_the_import_and_changes_nothing(tmp_path):
    import pytest

    from backjournal.domain.errors import UserInputError

    opened = open_journal(tmp_path / "a")
    try:
        exchange = ExchangeService(unit_of_work=opened.uow)
        path = exchange.export("json", tmp_path / "j.json").path
        doc = json.loads(path.read_text())
        doc["settings"]["therapy_courses"] = [
            {
                "uid": "6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41",
                "therapy": "heat",
                "start": "2026-03-02",
                "planned_end": "2026-03-01",
            }
        ]
        path.write_text(json.dumps(doc))
        with pytest.raises(UserInputError) as caught:
            exchange.prepare(path)
        assert "therapy_courses" in str(caught.value) or "therapy_courses" in repr(
            getattr(caught.value, "problems", "")
        )
        assert CourseService(unit_of_work=opened.uow).courses() == []
    finally:
        opened.close()

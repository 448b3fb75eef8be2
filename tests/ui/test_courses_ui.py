"""Therapy courses in the window: start a course from a marked period, see it shaded and in the side
panel, end it with a reason and the PGIC, and undo each step."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import Qt

from backjournal.analysis.periods import MarkedPeriod
from backjournal.domain.courses import EndReason
from backjournal.services.courses import CourseService
from tests.ui.test_trends_kinds_and_periods import TODAY, scores  # noqa: F401 - scores is a fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def courses(opened):
    return CourseService(unit_of_work=opened.uow, clock=lambda: TODAY)


@pytest.fixture
def view(qtbot, journal, scores, trends, undo, courses):  # noqa: F811 - scores is the fixture imported above
    from backjournal.ui.views.trends_courses import attach_courses
    from backjournal.ui.views.trends_view import TrendsView

    errors = []
    w = TrendsView(journal=journal, trends=trends, today_fn=lambda: TODAY, on_error=errors.append, undo=undo)
    attach_courses(w, courses=courses)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.canvas is not None)
    w.canvas.draw()
    yield w
    assert errors == []


def test_a_course_from_a_marked_period_then_ended_with_a_reason_and_pgic(
    qtbot, view, trends, courses, undo, qtmodeltester
):
    first, last = TODAY - timedelta(days=27), TODAY - timedelta(days=1)
    trends.add_marked_period(MarkedPeriod("Acupuncture weeks", first, last, "acupuncture"))
    period = trends.marked_periods()[0]

    dialog = view.courses.ask_start_course(period=period)
    qtbot.waitExposed(dialog)
    # the marked period filled in the therapy and the days
    assert dialog.therapy_combo.currentData() == "acupuncture"
    assert dialog.start_edit.date().toPython() == first and dialog.end_edit.date().toPython() == last
    dialog.per_week_spin.setValue(2)
    qtbot.keyClicks(dialog.goal_edit, "sleep <b>through</b>")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [course] = courses.courses()
    assert (course.therapy, course.start, course.planned_end, course.per_week, course.goal) == (
        "acupuncture",
        first,
        last,
        2,
        "sleep <b>through</b>",
    )
    # the side panel names it with its sessions (all 6 acupuncture sessions fall on its days;
    # 2 x 27 days / 7 planned) and its comparison
    qtbot.waitUntil(lambda: "Acupuncture" in view.courses.box_label.text())
    assert "6 sessions of 8 planned" in view.courses.box_label.text()
    assert view.courses.box_label.textFormat() == Qt.TextFormat.PlainText

    listing = view.courses.ask_manage_courses()
    qtbot.waitExposed(listing)
    qtmodeltester.check(listing.model)
    assert listing.model.rowCount() == 1
    end_dialog = listing.end_selected()
    qtbot.waitExposed(end_dialog)
    end_dialog.on_edit.setDate(TODAY - timedelta(days=3))
    end_dialog.reason_combo.setCurrentIndex(end_dialog.reason_combo.findData("side-effects"))
    end_dialog.pgic_buttons.button(5).click()
    qtbot.keyClicks(end_dialog.note_edit, "bruising")
    end_dialog.accept()
    qtbot.waitUntil(lambda: not end_dialog.isVisible())
    ended = courses.get(course.id).ended
    assert (ended.on, ended.reason, ended.pgic, ended.note) == (
        TODAY - timedelta(days=3),
        EndReason.SIDE_EFFECTS,
        5,
        "bruising",
    )
    qtbot.waitUntil(lambda: "side-effects" in listing.model.data(listing.model.index(0, 5)))
    assert "Minimally worse" in view.courses.box_label.text()

    undo.undo()  # the end
    assert courses.get(course.id).ended is None
    undo.undo()  # the course
    assert courses.courses() == []
    listing.reject()


def test_an_end_before_the_start_is_shown_and_nothing_is_saved(qtbot, view, courses):
    course = courses.add(
        courses.checked(
            __import__("backjournal.domain.courses", fromlist=["CourseDraft"]).CourseDraft(
                "heat", TODAY - timedelta(days=10), sessions_planned=4
            )
        )
    )
    dialog = view.courses.ask_end_course(course)
    qtbot.waitExposed(dialog)
    dialog.on_edit.setDate(TODAY - timedelta(days=20))
    dialog.accept()
    assert dialog.isVisible() and dialog.errors["--on"].isVisible()
    assert courses.get(course.id).ended is None
    dialog.reject()


def test_courses_are_shaded_on_the_trend_chart(qtbot, view, courses):
    from backjournal.domain.courses import CourseDraft

    courses.add(CourseDraft("heat", date(2026, 2, 1), planned_end=date(2026, 2, 20)))
    qtbot.waitUntil(lambda: any(getattr(p, "course_id", 0) for p in view.data.periods))
    span = next(p for p in view.data.periods if getattr(p, "course_id", 0))
    assert (span.label, span.start, span.end, span.therapy) == (
        "Heat course",
        date(2026, 2, 1),
        date(2026, 2, 20),
        "heat",
    )


def test_the_weekly_peg_box_follows_the_range_and_new_checkins(qtbot, view, journal):
    from datetime import datetime, timezone

    from backjournal.domain.models import PegDraft
    from backjournal.ui.views.trends_peg import attach_peg_panel

    tz = timezone(timedelta(hours=1))
    journal.log_peg(PegDraft(datetime(2026, 3, 1, 9, tzinfo=tz), 6, 7, 5))  # score 6.0
    panel = attach_peg_panel(view, signals=None)
    assert [round(p.score, 2) for p in panel.points] == [6.0]
    assert "1 check-in: 6.0 on 1 Mar 2026" in panel.label.text()
    assert panel.canvas.figure.peg_points[0].score == 6.0
    journal.log_peg(PegDraft(datetime(2026, 3, 8, 9, tzinfo=tz), 3, 4, 2))  # score 3.0
    panel.refresh(force=True)
    assert [p.score for p in panel.points] == [6.0, 3.0] and "latest 3.0" in panel.label.text()
    view.set_range(date(2026, 1, 1), date(2026, 1, 31))
    qtbot.waitUntil(lambda: not panel.points)
    assert "No PEG check-in" in panel.label.text()


def test_the_trends_tab_paints_its_chart_first_and_the_weekly_peg_box_right_after(qtbot, window, journal):
    """Issue 12 (build only what is shown first): opening the Trends tab draws no PEG chart before
    the trend chart has painted; the box is filled right after, without any other event."""
    from datetime import datetime

    from backjournal.domain.models import PegDraft

    journal.log_peg(PegDraft(datetime.now(UTC) - timedelta(days=2), 6, 7, 5))
    painted = []
    trends = window.show_view("Trends")
    panel = trends.peg_panel
    trends.chart_painted.connect(lambda: painted.append(panel.canvas))
    qtbot.waitUntil(lambda: panel.canvas is not None, timeout=30000)
    assert painted == [None]  # the trend chart painted while the PEG chart was not built yet
    assert [round(p.score, 2) for p in panel.points] == [6.0]
    assert "1 check-in: 6.0" in panel.label.text()

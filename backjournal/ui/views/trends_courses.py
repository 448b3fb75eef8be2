"""Therapy courses on the Trends view: the "Courses" button (Start a course…, Courses…), the
"Courses" box of the side panel, and the dialogs behind them (ui/dialogs/course_dialogs.py).

``attach_courses(view, courses=...)`` adds them to a TrendsView. Changes go through the window's
undo history (``AddCourseCommand``, ``EndCourseCommand``, ``DeleteCourseCommand``); the service tells
its listeners, and the view reloads its chart (courses are shaded like marked periods) and the box.
The box lists the courses that overlap the shown range with how often the person went and their
pain against their own baseline; it follows range changes (the view's ``drawn`` signal).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from backjournal.domain.courses import Course, CourseDraft, CourseEnd
from backjournal.domain.periods import MarkedPeriod
from backjournal.services.courses import AddCourseCommand, CourseService, DeleteCourseCommand, EndCourseCommand
from backjournal.services.history import Command
from backjournal.ui.dates import date_text


class CourseActions(QObject):
    """The Courses button, its menu, the side-panel box and the dialogs, for one TrendsView."""

    def __init__(self, view, *, courses: CourseService):
        super().__init__(view)
        self.view = view
        self.courses = courses
        self.button = QToolButton(view)
        self.button.setText("Courses")
        self.button.setToolTip("Therapy courses: how often you went, and your pain against your own baseline")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.start_action = QAction("Start a course…", self.menu)
        self.start_action.triggered.connect(lambda: self.ask_start_course())
        self.list_action = QAction("Courses…", self.menu)
        self.list_action.triggered.connect(lambda: self.ask_manage_courses())
        self.menu.addAction(self.start_action)
        self.menu.addAction(self.list_action)
        self.button.setMenu(self.menu)
        self.dialog = None

        self.box = QGroupBox("Courses", view.side_panel)
        box_layout = QVBoxLayout(self.box)
        self.box_label = QLabel(self.box)
        self.box_label.setTextFormat(Qt.TextFormat.PlainText)
        self.box_label.setWordWrap(True)
        box_layout.addWidget(self.box_label)
        self.box_button = QPushButton("Courses…", self.box)
        self.box_button.clicked.connect(lambda: self.ask_manage_courses())
        box_layout.addWidget(self.box_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._shown_range = None
        courses.add_listener(self._courses_changed)
        view.destroyed.connect(lambda *_: courses.remove_listener(self._courses_changed))
        view.drawn.connect(lambda *_: self.refresh_box())

    # ------------------------------------------------------------------ running commands
    def run(self, command: Command) -> bool:
        undo = self.view.undo
        if undo is not None:
            return undo.push(command)
        try:
            command.redo()
        except Exception as exc:
            self.view._report(exc)
            return False
        return True

    def _courses_changed(self, _courses) -> None:
        self.view._on_periods_changed(None)  # courses are shaded on the chart like marked periods
        self.refresh_box(force=True)
        if self.dialog is not None:
            self.dialog.refresh()

    # ------------------------------------------------------------------ the side panel box
    def refresh_box(self, *, force: bool = False) -> None:
        shown = (self.view.start, self.view.end)
        if shown == self._shown_range and not force:
            return
        self._shown_range = shown
        try:
            evaluations = self.courses.evaluations(*shown)
        except Exception as exc:  # a storage error: say so, keep the view
            self.view._report(exc)
            return
        if not evaluations:
            self.box_label.setText("No therapy course in this period. Courses ▾ > Start a course… plans one "
                                   "(also from a marked period).")
            return
        lines = []
        for ev in evaluations:
            planned = f" of {ev.sessions_planned:.0f} planned" if ev.sessions_planned else ""
            status = " (running)" if ev.running else ""
            lines.append(f"{ev.therapy_name}, {date_text(ev.first, weekday=False)} – "
                         f"{date_text(ev.last, weekday=False)}{status}: "
                         f"{ev.sessions_done} sessions{planned}.")
            lines.append(ev.summary())
            lines.extend(f"Caution: {c}" for c in ev.cautions[:2])
            if ev.course.ended and ev.course.ended.pgic:
                from backjournal.domain.courses import pgic_text

                lines.append(f"Your impression of change: {pgic_text(ev.course.ended.pgic)}.")
            lines.append("")
        self.box_label.setText("\n".join(lines).strip())

    # ------------------------------------------------------------------ dialogs
    def ask_start_course(self, period: MarkedPeriod | None = None, parent: QWidget | None = None):
        from backjournal.ui.dialogs.course_dialogs import StartCourseDialog

        view = self.view
        dialog = StartCourseDialog(therapies=view.trends.therapies(), periods=view.trends.marked_periods(),
                                   save=self.save_course, start=view.end, period=period, parent=parent or view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_course(self, draft: CourseDraft) -> bool:
        command = AddCourseCommand(self.courses, draft)
        if not self.run(command):
            return False
        name = dict(self.view.trends.therapies()).get(command.saved.therapy, command.saved.therapy)
        self.view.status.emit(f"Started the {name} course from {draft.start}. Undo with Ctrl+Z.")
        return True

    def ask_end_course(self, course: Course, parent: QWidget | None = None):
        from backjournal.ui.dialogs.course_dialogs import EndCourseDialog

        name = dict(self.view.trends.therapies()).get(course.therapy, course.therapy)
        dialog = EndCourseDialog(course=course, therapy_name=name, today=self.view._today(),
                                 save=lambda end: self.end_course(course, end), parent=parent or self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def end_course(self, course: Course, end: CourseEnd) -> bool:
        self.courses.checked_end(course.id, end)  # a ValidationError is shown by the dialog
        if not self.run(EndCourseCommand(self.courses, course.id, end)):
            return False
        self.view.status.emit(f"Ended the course on {end.on} ({end.reason.label}). Undo with Ctrl+Z.")
        return True

    def delete_course(self, course: Course) -> bool:
        if not self.run(DeleteCourseCommand(self.courses, course.id)):
            return False
        self.view.status.emit("Deleted the course. Undo with Ctrl+Z.")
        return True

    def show_course(self, course: Course) -> None:
        last = course.last_day(self.view._today())
        self.view.set_chart_kind("trend")
        self.view.set_range(course.start - timedelta(days=course.baseline_days), last + timedelta(days=14))

    def ask_manage_courses(self):
        from backjournal.ui.dialogs.course_dialogs import CoursesDialog

        dialog = CoursesDialog(evaluations=self.courses.evaluations, start=lambda: self.ask_start_course(parent=dialog),
                               end=lambda c: self.ask_end_course(c, parent=dialog), delete=self.delete_course,
                               show=self.show_course, parent=self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog


def attach_courses(view, *, courses: CourseService) -> CourseActions:
    """Add the Courses button beside "Marked periods" and the Courses box under the numbers."""
    actions = CourseActions(view, courses=courses)
    # the kind bar is the first layout of the view: put the button right after "Marked periods"
    bar = view.layout().itemAt(0).layout()
    bar.insertWidget(bar.indexOf(view.periods.button) + 1, actions.button)
    index = view.side_panel_layout.indexOf(view.numbers_box)
    view.side_panel_layout.insertWidget(index + 1, actions.box, 2)
    view.courses = actions
    actions.refresh_box(force=True)
    return actions

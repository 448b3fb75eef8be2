"""Therapy courses on the Trends view: the "Courses" button (Start a course…, Courses…), the
"Courses" box of the side panel, and the dialogs behind them (ui/dialogs/course_dialogs.py).

``attach_courses(view, courses=...)`` adds them to a TrendsView. Changes go through the window's
undo history (``AddCourseCommand``, ``EndCourseCommand``, ``DeleteCourseCommand``); the service tells
its listeners, and the view reloads its chart (courses are shaded like marked periods) and the box.
The box lists the courses that overlap the shown range with how often the person went and their
pain against their own baseline; it follows range changes (the view's ``drawn`` signal).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from backjournal.domain.courses import Course, CourseDraft, CourseEnd
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.trials import Trial, TrialDraft
from backjournal.services.courses import AddCourseCommand, CourseService, DeleteCourseCommand, EndCourseCommand
from backjournal.services.history import Command
from backjournal.services.trials import StartTrialCommand, StopTrialCommand, TrialService
from backjournal.ui.dates import date_text
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.services.report import ReportService
    from backjournal.ui.dialogs.course_dialogs import CoursesDialog
    from backjournal.ui.dialogs.trial_dialogs import TrialResultDialog


class CourseActions(QObject):
    """The Courses button, its menu, the side-panel box and the dialogs, for one TrendsView."""

    def __init__(
        self,
        view,
        *,
        courses: CourseService,
        trials: TrialService | None = None,
        reports: ReportService | Callable[[], ReportService] | None = None,
        journal_path: Path | None = None,
        on_saved: Callable[[Path, str], object] | None = None,
    ):
        super().__init__(view)
        self._on_saved = on_saved  # the window's "Saved" message for the trial's page; else the status line
        self.journal_path = journal_path  # protected from being overwritten (with every known journal)
        self.view = view
        self.courses = courses
        self.trials = trials
        # a ReportService (or a callable giving it on first use: its module loads the report model, numpy
        # and matplotlib, which the Trends chart's first paint must not wait for): the trial's page
        self.reports = reports
        self.button = QToolButton(view)
        self.button.setText(translate("CourseActions", "Courses"))
        self.button.setToolTip(
            translate("CourseActions", "Therapy courses: how often you went, and your pain against your own baseline")
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton { padding-right: 14px; }")  # the text never under the arrow
        self.menu = QMenu(self.button)
        self.start_action = QAction(translate("CourseActions", "Start a course…"), self.menu)
        self.start_action.triggered.connect(lambda: self.ask_start_course())
        self.list_action = QAction(translate("CourseActions", "Courses…"), self.menu)
        self.list_action.triggered.connect(lambda: self.ask_manage_courses())
        self.menu.addAction(self.start_action)
        self.menu.addAction(self.list_action)
        self.trial_menu = QMenu(translate("CourseActions", "Personal trial"), self.menu)
        self.start_trial_action = QAction(translate("CourseActions", "Start a personal trial…"), self.trial_menu)
        self.start_trial_action.triggered.connect(lambda: self.ask_start_trial())
        self.trial_result_action = QAction(translate("CourseActions", "Personal trial result…"), self.trial_menu)
        self.trial_result_action.triggered.connect(lambda: self.ask_trial_result())
        self.trial_menu.addAction(self.start_trial_action)
        self.trial_menu.addAction(self.trial_result_action)
        if trials is not None:
            self.menu.addSeparator()
            self.menu.addMenu(self.trial_menu)
            self.menu.aboutToShow.connect(self._trial_actions_enabled)
        self.trial_dialog: TrialResultDialog | None = None
        self.button.setMenu(self.menu)
        self.dialog: CoursesDialog | None = None

        self.box = QGroupBox(translate("CourseActions", "Courses"), view.side_panel)
        box_layout = QVBoxLayout(self.box)
        self.box_label = QLabel(self.box)
        self.box_label.setTextFormat(Qt.TextFormat.PlainText)
        self.box_label.setWordWrap(True)
        box_layout.addWidget(self.box_label)
        self.box_button = QPushButton(translate("CourseActions", "Courses…"), self.box)
        self.box_button.clicked.connect(lambda: self.ask_manage_courses())
        box_layout.addWidget(self.box_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._shown_range: tuple[date, date] | None = None
        courses.add_listener(self._courses_changed)
        view.destroyed.connect(lambda *_: courses.remove_listener(self._courses_changed))
        view.drawn.connect(lambda *_: self.refresh_box())

    @property
    def trial_service(self) -> TrialService:
        """The trial service; the trial actions are offered only when one was given."""
        assert self.trials is not None  # Personal trial ▸ shows only with ``trials``
        return self.trials

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
            self.box_label.setText(
                translate(
                    "CourseActions",
                    "No therapy course in this period. Courses ▾ > Start a course… "
                    "plans one (also from a marked period).",
                )
            )
            return
        lines = []
        for ev in evaluations:
            planned = (
                translate("CourseActions", " of {sessions_planned:.0f} planned").format(
                    sessions_planned=ev.sessions_planned
                )
                if ev.sessions_planned
                else ""
            )
            status = translate("CourseActions", " (running)") if ev.running else ""
            lines.append(
                translate(
                    "CourseActions",
                    "{therapy_name}, {date_text} – {date_text2}{status}: {sessions_done} sessions{planned}.",
                ).format(
                    therapy_name=ev.therapy_name,
                    date_text=date_text(ev.first, weekday=False),
                    date_text2=date_text(ev.last, weekday=False),
                    status=status,
                    sessions_done=ev.sessions_done,
                    planned=planned,
                )
            )
            lines.append(ev.summary())
            lines.extend(translate("CourseActions", "Caution: {c}").format(c=c) for c in ev.cautions[:2])
            if ev.course.ended and ev.course.ended.pgic:
                from backjournal.domain.courses import pgic_text

                lines.append(
                    translate("CourseActions", "Your impression of change: {pgic_text}.").format(
                        pgic_text=pgic_text(ev.course.ended.pgic)
                    )
                )
            lines.append("")
        self.box_label.setText("\n".join(lines).strip())

    # ------------------------------------------------------------------ dialogs
    def ask_start_course(self, period: MarkedPeriod | None = None, parent: QWidget | None = None):
        from backjournal.ui.dialogs.course_dialogs import StartCourseDialog

        view = self.view
        dialog = StartCourseDialog(
            therapies=view.journal.therapy_types,
            periods=view.trends.marked_periods(),
            save=self.save_course,
            start=view.end,
            period=period,
            adder=view.therapy_adder,
            signals=view.signals,
            parent=parent or view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_course(self, draft: CourseDraft) -> bool:
        command = AddCourseCommand(self.courses, draft)
        if not self.run(command):
            return False
        saved = command.saved
        assert saved is not None  # run() did the command
        name = dict(self.view.trends.therapies()).get(saved.therapy, saved.therapy)
        self.view.status.emit(
            translate("CourseActions", "Started the {name} course from {start}. Undo with Ctrl+Z.").format(
                name=name, start=draft.start
            )
        )
        return True

    def ask_end_course(self, course: Course, parent: QWidget | None = None):
        from backjournal.ui.dialogs.course_dialogs import EndCourseDialog

        name = dict(self.view.trends.therapies()).get(course.therapy, course.therapy)
        dialog = EndCourseDialog(
            course=course,
            therapy_name=name,
            today=self.view._today(),
            save=lambda end: self.end_course(course, end),
            parent=parent or self.view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def end_course(self, course: Course, end: CourseEnd) -> bool:
        self.courses.checked_end(course.id, end)  # a ValidationError is shown by the dialog
        if not self.run(EndCourseCommand(self.courses, course.id, end)):
            return False
        self.view.status.emit(
            translate("CourseActions", "Ended the course on {on} ({label}). Undo with Ctrl+Z.").format(
                on=end.on, label=end.reason.label
            )
        )
        return True

    def delete_course(self, course: Course) -> bool:
        if not self.run(DeleteCourseCommand(self.courses, course.id)):
            return False
        self.view.status.emit(translate("CourseActions", "Deleted the course. Undo with Ctrl+Z."))
        return True

    def show_course(self, course: Course) -> None:
        last = course.last_day(self.view._today())
        self.view.set_chart_kind("trend")
        self.view.set_range(course.start - timedelta(days=course.baseline_days), last + timedelta(days=14))

    def ask_manage_courses(self):
        from backjournal.ui.dialogs.course_dialogs import CoursesDialog

        dialog = CoursesDialog(
            evaluations=self.courses.evaluations,
            start=lambda: self.ask_start_course(parent=dialog),
            end=lambda c: self.ask_end_course(c, parent=dialog),
            delete=self.delete_course,
            show=self.show_course,
            parent=self.view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(self._courses_dialog_gone)
        dialog.open()
        return dialog

    def _courses_dialog_gone(self, *_args: object) -> None:
        self.dialog = None

    # ------------------------------------------------------------------ personal trials
    def _trial_actions_enabled(self) -> None:
        try:
            has_trial = bool(self.trial_service.trials())
        except Exception:  # a storage error is reported when the result is asked for
            has_trial = True
        self.trial_result_action.setEnabled(has_trial)

    def ask_start_trial(self, parent: QWidget | None = None):
        from backjournal.ui.dialogs.trial_dialogs import StartTrialDialog

        view = self.view
        dialog = StartTrialDialog(
            save=self.save_trial,
            preview=self.trial_service.checked,
            start=view._today(),
            therapies=view.journal.therapy_types,
            adder=view.therapy_adder,
            signals=view.signals,
            parent=parent or view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_trial(self, draft: TrialDraft) -> bool:
        self.trial_service.checked(draft)  # a ValidationError (e.g. an overlap) is shown by the dialog
        command = StartTrialCommand(self.trial_service, draft)
        if not self.run(command):
            return False
        t = command.saved
        assert t is not None  # run() did the command
        self.view.status.emit(
            translate(
                "CourseActions",
                "Started the personal trial of {regimen_a} (A) and {regimen_b} (B) from "
                "{start} to {planned_end}. Undo with Ctrl+Z.",
            ).format(regimen_a=t.regimen_a, regimen_b=t.regimen_b, start=t.start, planned_end=t.planned_end)
        )
        return True

    def ask_trial_result(self, parent: QWidget | None = None):
        from backjournal.ui.dialogs.trial_dialogs import TrialResultDialog

        try:
            trials = self.trial_service
            trial_id = trials.get().id  # the latest trial
        except Exception as exc:  # no trial yet (NotFoundError says how to start one) or a storage error
            self.view._report(exc)
            return None
        dialog = TrialResultDialog(
            result=lambda: trials.result(trial_id),
            save_page=self.save_trial_page,
            stop=self.stop_trial,
            parent=parent or self.view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trial_dialog = dialog

        def listener() -> None:  # the trial changed (stopped, side effects, undone)
            try:
                dialog.refresh()
            except Exception:  # it is gone (its start was undone): nothing left to show
                dialog.close()

        def gone(*_args: object) -> None:
            trials.remove_listener(listener)
            self.trial_dialog = None

        trials.add_listener(listener)
        dialog.destroyed.connect(gone)
        dialog.open()
        return dialog

    def stop_trial(self, trial: Trial) -> bool:
        on = max(trial.start, self.view._today())
        if not self.run(StopTrialCommand(self.trial_service, trial.id, on)):
            return False
        self.view.status.emit(
            translate("CourseActions", "Stopped the personal trial; its last day is {min}. Undo with Ctrl+Z.").format(
                min=min(on, trial.planned_end)
            )
        )
        return True

    def save_trial_page(self, parent: QWidget, trial: Trial, path: Path) -> Path | None:
        """The one page for the physician (as ``backjournal trial show --pdf``), written off the UI thread."""
        from backjournal.domain.errors import BackJournalError
        from backjournal.fileio import atomic_write_bytes
        from backjournal.paths import REPORT_OUTPUT
        from backjournal.services.outputs import check_output
        from backjournal.services.report import ReportOptions
        from backjournal.ui.operations import run_operation

        service = self.reports() if callable(self.reports) else self.reports
        assert service is not None  # the window gives attach_courses its report service with the trials
        try:  # never the journal, its companions or backups
            target = check_output(path, REPORT_OUTPUT, journal=self.journal_path, field="file").path
            options = ReportOptions(trial.start, trial.last_day, sections=frozenset({"trials"}))
            written = run_operation(
                parent,
                lambda _p: atomic_write_bytes(target, service.render(options)),
                title=translate("CourseActions", "Writing the page for your physician…"),
            )
        except BackJournalError as exc:
            self.view._report(exc)
            return None
        if self._on_saved is not None:
            self._on_saved(written, translate("CourseActions", "personal trial page"))
        else:
            self.view.status.emit(
                translate("CourseActions", "Saved the personal trial page as {written}").format(written=written)
            )
        return written


def attach_courses(
    view,
    *,
    courses: CourseService,
    trials: TrialService | None = None,
    reports: ReportService | Callable[[], ReportService] | None = None,
    journal_path: Path | None = None,
    on_saved: Callable[[Path, str], object] | None = None,
) -> CourseActions:
    """Add the Courses button beside "Marked periods" (with Personal trial ▸ when ``trials`` is given)
    and the Courses box under the numbers."""
    actions = CourseActions(
        view, courses=courses, trials=trials, reports=reports, journal_path=journal_path, on_saved=on_saved
    )
    # the kind bar is the first layout of the view: put the button right after "Marked periods"
    bar = view.layout().itemAt(0).layout()
    bar.insertWidget(bar.indexOf(view.periods.button) + 1, actions.button)
    index = view.side_panel_layout.indexOf(view.numbers_box)
    view.side_panel_layout.insertWidget(index + 1, actions.box, 2)
    view.courses = actions
    actions.refresh_box(force=True)
    return actions

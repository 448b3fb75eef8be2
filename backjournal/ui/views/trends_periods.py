"""The Trends view's "Marked periods" button: Mark a period…, Marked periods… (list, Remove).

A marked period (an acupuncture course, the weeks on a new medication) is a shaded span on the
trend chart. Adding and removing go through the window's undo history as
``services.trends.MarkPeriodCommand`` / ``RemovePeriodCommand`` (Ctrl+Z undoes them); without an
undo history (a bare view in a test) the commands just run. The service tells its listeners, and
the view reloads its chart (TrendsView._on_periods_changed).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from backjournal.analysis.periods import MarkedPeriod
from backjournal.services.history import Command
from backjournal.services.trends import MarkPeriodCommand, RemovePeriodCommand
from backjournal.ui.translation import translate

#: a new marked period covers the last 4 weeks of the shown range until the person changes it
NEW_PERIOD_DAYS = 28


class PeriodActions(QObject):
    """The button with its menu, and the dialogs behind it, for one TrendsView."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.button = QToolButton(view)
        self.button.setText(translate("PeriodActions", "Marked periods"))
        self.button.setToolTip(
            translate("PeriodActions", "Shade a period on the trend chart, e.g. an acupuncture course")
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton { padding-right: 14px; }")  # the text never under the arrow
        self.menu = QMenu(self.button)
        self.mark_action = QAction(translate("PeriodActions", "Mark a period…"), self.menu)
        self.mark_action.triggered.connect(lambda: self.ask_mark_period())
        self.manage_action = QAction(translate("PeriodActions", "Marked periods…"), self.menu)
        self.manage_action.triggered.connect(lambda: self.ask_manage_periods())
        self.menu.addAction(self.mark_action)
        self.menu.addAction(self.manage_action)
        self.button.setMenu(self.menu)

    def run(self, command: Command) -> bool:
        """Through the window's undo history when there is one; a failure is shown, nothing kept."""
        undo = self.view.undo
        if undo is not None:
            return undo.push(command)
        try:
            command.redo()
        except Exception as exc:
            self.view._report(exc)
            return False
        return True

    def ask_mark_period(self, parent: QWidget | None = None):
        """Open "Mark a period" (window-modal, returns the dialog at once); Save goes through ``save``."""
        from backjournal.ui.dialogs.period_dialogs import MarkPeriodDialog

        view = self.view
        start = max(view.start, view.end - timedelta(days=NEW_PERIOD_DAYS - 1))
        # no therapy until the person picks one: a period silently tied to the therapy that happened
        # to be selected in the side panel would be shaded in the wrong colour
        dialog = MarkPeriodDialog(
            trends=view.trends,
            save=self.save,
            start=start,
            end=view.end,
            therapies=view.journal.therapy_types,
            adder=view.therapy_adder,
            signals=view.signals,
            parent=parent or view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self, period: MarkedPeriod) -> bool:
        if not self.run(MarkPeriodCommand(self.view.trends, period)):
            return False
        self.view.status.emit(
            translate("PeriodActions", "Marked the period {label} ({start} – {end}). Undo with Ctrl+Z.").format(
                label=period.label, start=period.start, end=period.end
            )
        )
        return True

    def remove(self, period: MarkedPeriod) -> bool:
        if not self.run(RemovePeriodCommand(self.view.trends, period)):
            return False
        self.view.status.emit(
            translate("PeriodActions", "Removed the marked period {label}. Undo with Ctrl+Z.").format(
                label=period.label
            )
        )
        return True

    def ask_manage_periods(self):
        """Open the list of marked periods (window-modal, returns the dialog at once)."""
        from backjournal.ui.dialogs.period_dialogs import MarkedPeriodsDialog

        undo = self.view.undo
        actions = [a for a in (getattr(undo, "undo_action", None), getattr(undo, "redo_action", None)) if a]
        dialog = MarkedPeriodsDialog(
            trends=self.view.trends,
            remove=self.remove,
            show=self.show_period,
            mark=lambda: self.ask_mark_period(parent=dialog),
            parent=self.view,
            actions=actions,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_period(self, period: MarkedPeriod) -> None:
        """The trend chart of a marked period with a little of the time around it."""
        margin = timedelta(days=max(3, (period.end - period.start).days // 4))
        self.view.set_chart_kind("trend")
        self.view.set_range(period.start - margin, period.end + margin)

"""The Trends side panel's "Weekly PEG" box: the PEG scores of the shown range as a small chart and
one line of numbers. It follows range changes (the view's ``drawn`` signal) and new, edited or
deleted check-ins (the journal's change signal); matplotlib is already loaded with the trend chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from backjournal.analysis.peg import peg_points, peg_summary
from backjournal.domain.models import RecordKind
from backjournal.ui.translation import translate


class PegPanel(QObject):
    def __init__(self, view, *, signals=None):
        super().__init__(view)
        self.view = view
        self.box = QGroupBox(translate("PegPanel", "Weekly PEG"), view.side_panel)
        layout = QVBoxLayout(self.box)
        self.label = QLabel(self.box)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.layout = layout
        self.canvas = None
        self.points = []
        self._shown: tuple[date, date] | None = None
        view.drawn.connect(lambda *_: self.refresh())
        if signals is not None:
            signals.changed.connect(self._journal_changed)

    def _journal_changed(self, change) -> None:
        if RecordKind.PEG in change.kinds:
            self.refresh(force=True)

    def refresh(self, *, force: bool = False) -> None:
        shown = (self.view.start, self.view.end)
        if shown == self._shown and not force:
            return
        self._shown = shown
        try:
            self.points = peg_points(self.view.journal.peg_checkins(*shown))
        except Exception as exc:  # a storage error: shown, the box keeps what it had
            self.view._report(exc)
            return
        if not self.points:
            self.label.setText(
                translate(
                    "PegPanel",
                    "No PEG check-in in this period. File > Weekly PEG check-in… "
                    "(Ctrl+Shift+P) asks the three questions about the past week.",
                )
            )
            if self.canvas is not None:
                self.canvas.hide()
            return
        self.label.setText(
            peg_summary(self.points)
            + translate(
                "PegPanel", ". Score 0–10, the mean of pain, enjoyment of life and general activity in the past week."
            )
        )
        self._draw()

    def _draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from backjournal.charts.peg import build_peg_figure

        assert self._shown is not None  # refresh() set it before drawing
        figure = build_peg_figure(
            self.points,
            *self._shown,
            width=3.0,
            height=1.7,
            items=False,
            legend=False,
            colours=getattr(self.view, "_colours", None),
        )
        if self.canvas is not None:
            self.layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(150)
        self.canvas.setAccessibleName(translate("PegPanel", "Weekly PEG scores in the shown period"))
        self.layout.addWidget(self.canvas)
        self.canvas.draw_idle()


def attach_peg_panel(view, *, signals=None, later: bool = False) -> PegPanel:
    """Put the Weekly PEG box in the Trends side panel, under the numbers (and the courses).

    While the trend chart is not painted yet (the Trends tab opening), the box is filled right after
    its first paint: the chart the person opened the tab for comes first (issue 12). ``later``: fill
    it at the event loop's next turn (the light start's view, attached with its chart painted: the
    window's inputs are enabled first)."""
    panel = PegPanel(view, signals=signals)
    view.side_panel_layout.insertWidget(view.side_panel_layout.indexOf(view.numbers_box) + 1, panel.box, 2)
    view.peg_panel = panel
    if getattr(view, "canvas", None) is None and hasattr(view, "chart_painted"):
        panel.label.setText(translate("TrendsPeg", "Reading the weekly PEG…"))
        view.chart_painted.connect(lambda: QTimer.singleShot(0, panel, lambda: panel.refresh(force=True)))
    elif later:
        panel.label.setText(translate("TrendsPeg", "Reading the weekly PEG…"))
        QTimer.singleShot(0, panel, lambda: panel.refresh(force=True))
    else:
        panel.refresh(force=True)
    return panel

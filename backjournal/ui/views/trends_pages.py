"""The Trends view's other chart kinds: the calendar heatmap and the pain around therapy sessions.

Each page is a scroll area holding one FigureCanvasQTAgg. Unlike the trend chart (whose artists
are reused across ranges, see charts.trend.TrendChart), these figures are cheap and their shape
depends on the range (one row per year, one row per therapy), so a page builds a fresh Figure at
its natural height for the width it has, and only when it is shown: the view marks a hidden page
stale and it rebuilds when the person switches to it. The canvas is fixed to the figure's natural
height (years or therapies that do not fit scroll) and stretches with the page's width; a width
change of more than a few per cent rebuilds the figure so fonts and margins keep their size.

Mouse: on the calendar, hovering a day tells the view the day (``day_hovered``), and the view
writes that day's mean and entries below the chart. On the effect chart, hovering a therapy's row
shows a tooltip with n and the plain-language summary; clicking the row selects the therapy
(``therapy_clicked``), as clicking its lane does on the trend chart.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from backjournal.domain.models import shown_name
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

if TYPE_CHECKING:  # matplotlib loads when a page is first built
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from backjournal.analysis.daily import DailyPain
    from backjournal.charts.palette import ChartColours

#: rebuild when the width changed by more than this fraction since the figure was built
REBUILD_WIDTH_CHANGE = 0.04
#: narrower pages still get a figure built for their width (its texts are fitted to it), down to this
MIN_WIDTH_IN = 3.0


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally (Qt guesses rich text from a leading tag)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class FigurePage(QScrollArea):
    """A scrollable page with one canvas whose figure ``build(width_in)`` makes on demand."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None
        self.stale = True
        self.start: date | None = None
        self.end: date | None = None
        self._built_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._rebuild_if_width_changed)

    # subclasses: make the figure for this width in inches, and connect their mouse events
    def build(self, width_in: float) -> Figure:
        raise NotImplementedError

    def connect_events(self, canvas: FigureCanvasQTAgg) -> None:
        pass

    def has_input(self) -> bool:
        """True once the view has given the page something to draw."""
        return self.start is not None

    def width_in(self) -> float:
        return max(self.viewport().width() / 100.0, MIN_WIDTH_IN)

    def rebuild(self) -> None:
        """Build the figure again for the current data and width, in a new canvas."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        width = self.width_in()
        figure = self.build(width)
        height_px = round(figure.get_figheight() * figure.dpi)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setFixedHeight(height_px)
        canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.connect_events(canvas)
        old = self.takeWidget()
        self.setWidget(canvas)
        if old is not None:
            old.deleteLater()
        self.canvas, self.figure = canvas, figure
        self._built_width = self.viewport().width()
        self.stale = False

    def refresh(self) -> None:
        """Rebuild now when shown, else at the next show."""
        self.stale = True
        if self.isVisible() and self.has_input():
            self.rebuild()

    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale and self.has_input():
            self.rebuild()

    @qt_override
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.canvas is not None and self.isVisible():
            self._resize_timer.start()

    def _rebuild_if_width_changed(self) -> None:
        width = self.viewport().width()
        if self._built_width and abs(width - self._built_width) > REBUILD_WIDTH_CHANGE * self._built_width:
            self.rebuild()


class CalendarPage(FigurePage):
    """Daily mean pain, a year per row. ``day_hovered(date or None)`` as the mouse moves."""

    day_hovered = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.daily: DailyPain | None = None
        self.start: date | None = None
        self.end: date | None = None
        self._year_axes: dict[Axes, int] = {}
        self._month_axes: dict[Axes, tuple[date, int]] = {}  # month grid axes -> (day of its first cell, month)
        self._last_day: date | None = None
        #: the theme's chart colours (charts.palette) and the first day of the week, from Preferences
        self.colours: ChartColours | None = None
        self.week_start = 0

    def set_data(self, daily, start: date, end: date) -> None:
        self.daily, self.start, self.end = daily, start, end
        self.refresh()

    def build(self, width_in: float) -> Figure:
        from backjournal.charts import palette
        from backjournal.charts.calendar import build_calendar_figure

        assert self.daily is not None and self.start is not None and self.end is not None  # built after set_data
        colours = self.colours if self.colours is not None else palette.LIGHT  # the function's own default
        figure = build_calendar_figure(
            self.daily, self.start, self.end, width=width_in, week_start=self.week_start, colours=colours
        )
        self._year_axes, self._month_axes = {}, {}
        for ax in figure.axes:
            for child in ax.get_children():
                gid = getattr(child, "get_gid", lambda: None)() or ""
                if gid.startswith("calendar:"):
                    self._year_axes[ax] = int(gid.split(":", 1)[1])
                elif gid.startswith("month:"):
                    year, month = (int(x) for x in gid.split(":", 1)[1].split("-"))
                    first = date(year, month, 1)
                    self._month_axes[ax] = (first - timedelta(days=(first.weekday() - self.week_start) % 7), month)
        return figure

    def month_meshes(self) -> dict[tuple[int, int], Artist]:
        """The month grids shown for a short range: (year, month) -> the QuadMesh of its 6 x 7 grid."""
        out = {}
        for ax in self._month_axes:
            for child in ax.get_children():
                gid = getattr(child, "get_gid", lambda: None)() or ""
                if gid.startswith("month:"):
                    year, month = (int(x) for x in gid.split(":", 1)[1].split("-"))
                    out[(year, month)] = child
        return out

    def meshes(self) -> dict[int, Artist]:
        """The plotted cells: year -> the QuadMesh whose array is that year's 7 x 54 grid."""
        out = {}
        for ax, year in self._year_axes.items():
            for child in ax.get_children():
                if (getattr(child, "get_gid", lambda: None)() or "") == f"calendar:{year}":
                    out[year] = child
        return out

    def connect_events(self, canvas) -> None:
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("figure_leave_event", lambda _e: self._hover(None))

    def day_at(self, ax, xdata: float, ydata: float) -> date | None:
        """The day of the cell under (xdata, ydata) in a year's or a month's axes, or None off it."""
        month_grid = self._month_axes.get(ax)
        if month_grid is not None:
            if xdata is None or ydata is None:
                return None
            col, row = int(xdata // 1), int(ydata // 1)
            if not (0 <= row < 6 and 0 <= col < 7):
                return None
            day = month_grid[0] + timedelta(days=row * 7 + col)
            return day if day.month == month_grid[1] else None
        year = self._year_axes.get(ax)
        if year is None or xdata is None or ydata is None:
            return None
        col, row = int(xdata // 1), int(ydata // 1)
        if not 0 <= row < 7 or col < 0:
            return None
        jan1 = date(year, 1, 1)
        day = jan1 + timedelta(days=col * 7 + row - jan1.weekday())
        return day if day.year == year else None

    def _on_motion(self, event) -> None:
        self._hover(self.day_at(event.inaxes, event.xdata, event.ydata) if event.inaxes is not None else None)

    def _hover(self, day: date | None) -> None:
        if day != self._last_day:
            self._last_day = day
            self.day_hovered.emit(day)

    def in_range(self, day: date) -> bool:
        return self.start is not None and self.end is not None and self.start <= day <= self.end


class EffectsPage(FigurePage):
    """Pain before -> after sessions, per therapy. Tooltips per row; a click selects the therapy."""

    therapy_clicked = Signal(str)
    row_hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.effects: list = []
        self.start: date | None = None
        self.end: date | None = None
        self.tooltip_text = ""
        self._last_row: int | None = None

    def set_effects(self, effects: list, start: date, end: date) -> None:
        self.effects, self.start, self.end = list(effects), start, end
        self.refresh()

    def build(self, width_in: float) -> Figure:
        from backjournal.charts.effects import build_effect_figure

        assert self.start is not None and self.end is not None  # built after set_effects
        self._last_row = None
        return build_effect_figure(self.effects, self.start, self.end, width=width_in)

    def panels(self) -> list:
        return [ax for ax in self.figure.axes if ax.get_title(loc="left")] if self.figure is not None else []

    def connect_events(self, canvas) -> None:
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("button_press_event", self._on_press)
        canvas.mpl_connect("figure_leave_event", lambda _e: self._show_row(None))

    def row_at(self, x: float, y: float) -> int | None:
        """The therapy row under display point (x, y): the panels' rows and the names to their left."""
        panels = self.panels()
        if not panels or not self.effects:
            return None
        ax = panels[0]
        bbox = ax.get_window_extent()
        right = max(p.get_window_extent().x1 for p in panels)
        if not (bbox.y0 <= y <= bbox.y1) or x > right:
            return None
        _, ydata = ax.transData.inverted().transform((x, y))
        row = round(ydata)
        return row if 0 <= row < len(self.effects) else None

    def text_for(self, row: int) -> str:
        eff = self.effects[row]
        return "\n".join(eff.summary_lines())

    def _on_motion(self, event) -> None:
        self._show_row(self.row_at(event.x, event.y))

    def _show_row(self, row: int | None) -> None:
        if row == self._last_row:
            return
        self._last_row = row
        if row is None:
            self.tooltip_text = ""
            QToolTip.hideText()
            self.row_hovered.emit("")
            return
        self.tooltip_text = self.text_for(row)
        if self.canvas is not None:
            QToolTip.showText(QCursor.pos(), plain_tooltip(self.tooltip_text), self.canvas)
        eff = self.effects[row]
        self.row_hovered.emit(
            translate(
                "EffectsPage",
                "{name}: {n} sessions with a score before and after, {n2} with entries "
                "in the {window_days} days around them. Click to see its numbers beside "
                "the chart.",
            ).format(name=shown_name(eff.key, eff.name), n=eff.paired.n, n2=eff.around.n, window_days=eff.window_days)
        )

    def _on_press(self, event) -> None:
        row = self.row_at(event.x, event.y)
        if row is not None:
            self.therapy_clicked.emit(self.effects[row].key)

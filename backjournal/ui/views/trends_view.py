"""The Trends view: pain over time beside the therapies, what changed around them, chart export.

matplotlib is imported the first time the view is shown (``ensure_chart``), not when the window
starts. The whole journal's day aggregates are loaded once (a few thousand rows for ten years);
a range change only slices them into the existing artists (charts.trend.TrendChart.show_range),
so it never rebuilds the Figure, the axes or the window. A journal change or a new therapy filter
reloads the numbers and keeps the range.

The side panel on the right: ``side_panel_layout``'s top slot is where the reference card of the
selected therapy goes (insert a widget at index 0); below it are the person's own numbers for that
therapy in the shown range. ``therapy_selected`` is emitted when a therapy is picked (a click on
its lane or one of its markers, or in the filter menu).

Three kinds of chart share the range, the therapy filter and the side panel: the trend (built
once, range changes blit), the calendar heatmap and the pain around therapy sessions ("What
changed"). The latter two live in ``trends_pages`` and are built the first time they are shown and
again after a change only while they are shown. "Export chart…" saves the kind that is shown.

Marked periods: the "Marked periods" button (``trends_periods.PeriodActions``): Mark a period…,
Marked periods… . Changes go through the window's undo history (``undo``); the service tells the
view, which reloads the chart.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backjournal.analysis.effects import therapy_effects
from backjournal.charts import CHART_KINDS
from backjournal.domain.models import JournalChange, RecordKind, RecordRef, TherapySession
from backjournal.services.journal import JournalService
from backjournal.services.trends import RANGE_DAYS, RANGE_KEYS, RANGE_LABELS, TrendsService, today
from backjournal.ui.dates import date_format, date_text, moment_text, python_date
from backjournal.ui.modal import when
from backjournal.ui.plain_export import confirm_plain_export
from backjournal.ui.views.trends_pages import CalendarPage, EffectsPage, FigurePage, plain_tooltip
from backjournal.ui.views.trends_periods import PeriodActions
from backjournal.ui.views.trends_text import day_text, numbers_lines, session_lines
from backjournal.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from backjournal.analysis.effects import TherapyEffect
    from backjournal.analysis.trend_data import TrendData
    from backjournal.charts.trend import TrendChart
    from backjournal.ui.bridge import JournalSignals, UndoActions
    from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder
    from backjournal.ui.widgets.therapy_card_panel import TherapyCardPanel
from backjournal.domain.models import shown_name
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

SESSION_PROMPT = QT_TRANSLATE_NOOP("TrendsView", "Click a session marker to see that session.")
EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("TrendsView", "PNG image (*.png)"): ".png",
    QT_TRANSLATE_NOOP("TrendsView", "SVG image (*.svg)"): ".svg",
    QT_TRANSLATE_NOOP("TrendsView", "PDF document (*.pdf)"): ".pdf",
}
DEFAULT_RANGE = "90d"
#: the chart selector: kind -> (button text, tooltip)
KIND_BUTTONS = {
    "trend": (
        QT_TRANSLATE_NOOP("TrendsView", "Trend"),
        QT_TRANSLATE_NOOP("TrendsView", "Daily pain, its rolling mean and your therapy sessions over time"),
    ),
    "calendar": (
        QT_TRANSLATE_NOOP("TrendsView", "Calendar"),
        QT_TRANSLATE_NOOP("TrendsView", "Daily mean pain as a calendar, a year per row; grey days have no entry"),
    ),
    "therapy": (
        QT_TRANSLATE_NOOP("TrendsView", "What changed"),
        QT_TRANSLATE_NOOP(
            "TrendsView", "Pain before and after the sessions of each therapy: what happened around them, not why"
        ),
    ),
}


def _plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def room_for_menu_arrow(button: QToolButton) -> None:
    """A menu button's text never runs under its arrow (longer words, e.g. German, would)."""
    button.setStyleSheet("QToolButton { padding-right: 14px; }")


class TrendsView(QWidget):
    therapy_selected = Signal(str)
    status = Signal(str)
    #: emitted after each canvas draw with the seconds it took (the benchmark listens)
    drawn = Signal(float)
    #: emitted once, after the trend chart's first full draw: the side panel's own charts follow it
    chart_painted = Signal()

    def __init__(
        self,
        *,
        journal: JournalService | None,
        trends: TrendsService,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        today_fn: Callable[[], date] = today,
        undo: UndoActions | None = None,
        default_range: str = DEFAULT_RANGE,
        chart_colours=None,
        week_start: int = 0,
        is_encrypted: Callable[[], bool] = lambda: False,
        on_saved: Callable[[Path, str], object] | None = None,
        therapy_adder: TherapyAdder | None = None,
    ):
        super().__init__(parent)
        #: whether the journal is encrypted now (an exported chart is not: the person is asked first)
        self._is_encrypted = is_encrypted
        #: where a saved chart is announced (the window's "Saved" message); else the status line only
        self._on_saved = on_saved
        self._journal = journal  # None until bind(): the light start's view (ui/light_start.py)
        self.trends = trends
        self.signals = signals
        #: ui.dialogs.therapy_dialogs.TherapyAdder: "Add therapy…" in the course and period pickers
        self.therapy_adder = therapy_adder
        #: the window's UndoActions (``push(command) -> bool``); without one, commands just run
        self.undo = undo
        self.chart_kind = "trend"
        self.pages: dict[str, FigurePage] = {}
        self._dirty_pages: set[str] = set()
        self._trend_behind = False
        self._today = today_fn
        self._on_error = on_error
        # built the first time the view is shown (ensure_chart: matplotlib loads then)
        self.chart: TrendChart | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None
        self._background: tuple[object, tuple[float, ...]] | None = None  # the last full draw (blitting)
        self._draw_started: float | None = None
        self.data: TrendData | None = None
        #: the days [first, last] whose numbers ``data`` holds; the whole journal once ``_whole``
        self._read_days: tuple[date, date] | None = None
        self._whole = False
        self.effects: list[TherapyEffect] = []
        #: the reference card above the numbers (widgets/therapy_card_panel.py attach_card_panel)
        self.card_panel: TherapyCardPanel | None = None
        self.therapy_filter: list[str] | None = None
        self.selected_therapy: str | None = None
        if default_range not in RANGE_KEYS:  # Preferences > General > Trends opens on
            default_range = DEFAULT_RANGE
        self.range_key: str | None = default_range
        self.start, self.end = self._range_for(default_range, None)
        self._stale = True
        self._hover_day: date | None = None
        self.last_session: TherapySession | None = None
        #: True while the selected therapy is the automatic "used most in the range" (not the person's click)
        self._auto_selected = False
        #: Preferences: the theme's chart colours (charts.palette.LIGHT / DARK; None = light) and week start
        self._colours = chart_colours
        self._week_start = week_start
        self._build()
        if journal is not None:
            self._listen()

    @property
    def journal(self) -> JournalService:
        """The journal's service (a view of the light start has none until ``bind``)."""
        assert self._journal is not None, "the light start's view reads the journal once bound"
        return self._journal

    @property
    def bound(self) -> bool:
        """False while the view shows the light start's plain read (its inputs wait for ``bind``)."""
        return self._journal is not None

    def _listen(self) -> None:
        """Hear the journal's changes (through the window's signals when there are some) and the marked
        periods' (from the trends service)."""
        if self.signals is not None:
            self.signals.changed.connect(self._on_journal_changed)
        else:
            self.journal.add_listener(self._on_journal_changed)
            when(self.destroyed, self.journal.remove_listener, self._on_journal_changed)
        self.trends.add_listener(self._on_periods_changed)
        when(self.destroyed, self.trends.remove_listener, self._on_periods_changed)

    def bind(
        self,
        *,
        journal: JournalService,
        trends: TrendsService,
        signals: JournalSignals | None,
        undo: UndoActions | None,
        is_encrypted: Callable[[], bool],
        on_saved: Callable[[Path, str], object] | None,
        therapy_adder: TherapyAdder | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        """The window's light start built this view over a plain read of the journal (``journal``
        None: ui/light_start.py); now the journal is open, the view reads and writes through the
        window's services and hears its changes. What it shows stays as it is (the same numbers)."""
        assert self._journal is None, "bind() is for a view built by the light start"
        self._journal, self.trends, self.signals, self.undo = journal, trends, signals, undo
        self._is_encrypted, self._on_saved, self.therapy_adder = is_encrypted, on_saved, therapy_adder
        self._on_error = on_error
        self._listen()

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_kind_bar())
        bar = FlowLayout()  # wraps onto a second line in a narrow window instead of widening it
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        for key in RANGE_KEYS:
            button = QPushButton(translate("Trends", RANGE_LABELS[key]), self)
            button.setCheckable(True)
            button.setToolTip(
                translate("TrendsView", "Show {lower}").format(lower=translate("Trends", RANGE_LABELS[key]).lower())
                if key != "all"
                else translate("TrendsView", "Show the whole journal")
            )
            button.clicked.connect(lambda _checked=False, k=key: self.set_range_key(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        if self.range_key is not None:  # always, here: __init__ set the default range
            self.range_buttons[self.range_key].setChecked(True)
        bar.add_gap(16)
        bar.addWidget(_plain_label(translate("TrendsView", "From"), self, wrap=False))
        self.from_edit = QDateEdit(self)
        bar.addWidget(self.from_edit)
        bar.addWidget(_plain_label(translate("TrendsView", "to"), self, wrap=False))
        self.to_edit = QDateEdit(self)
        bar.addWidget(self.to_edit)
        for edit, name in (
            (self.from_edit, translate("TrendsView", "Show from date")),
            (self.to_edit, translate("TrendsView", "Show to date")),
        ):
            edit.setAccessibleName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format(weekday=False))
        self.custom_button = QPushButton(translate("TrendsView", "Show"), self)
        self.custom_button.setToolTip(translate("TrendsView", "Show the days from the first date to the second"))
        self.custom_button.clicked.connect(self._apply_custom_range)
        bar.addWidget(self.custom_button)
        bar.add_gap(16)
        self.filter_button = QToolButton(self)
        self.filter_button.setText(translate("TrendsView", "Therapies: all"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        room_for_menu_arrow(self.filter_button)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_button.setMenu(self.filter_menu)
        bar.addWidget(self.filter_button)
        self.region_filter: str | None = None  # a BodyRegion value: only pain entries naming it
        self.region_button = QToolButton(self)
        self.region_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        room_for_menu_arrow(self.region_button)
        self.region_button.setAccessibleName(translate("TrendsView", "Show pain of one body region"))
        self.region_menu = QMenu(self.region_button)
        self.region_button.setMenu(self.region_menu)
        self._build_region_menu()
        bar.addWidget(self.region_button)
        outer.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.chart_holder = QStackedWidget(self.splitter)
        self.trend_page = QWidget(self.chart_holder)
        self.chart_holder.addWidget(self.trend_page)
        self.chart_layout = QVBoxLayout(self.trend_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.loading_label = _plain_label(translate("TrendsView", "Loading the chart…"), self.trend_page)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.loading_label, 1)

        # The side panel scrolls up and down on a short screen instead of squeezing its parts together.
        self.side_scroll = QScrollArea(self.splitter)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_panel = QWidget(self.side_scroll)
        self.side_panel.setMinimumWidth(260)
        self.side_panel.setMaximumWidth(420)
        self.side_panel_layout = QVBoxLayout(self.side_panel)
        self.side_panel_layout.setContentsMargins(6, 0, 0, 0)
        self.numbers_box = QGroupBox(translate("TrendsView", "Your numbers"), self.side_panel)
        numbers = QVBoxLayout(self.numbers_box)
        self.numbers_title = _plain_label(
            translate("TrendsView", "Click a therapy's lane or marker to see its numbers."), self.numbers_box
        )
        self.numbers_title.setStyleSheet("font-weight: bold")
        self.numbers_sessions = _plain_label("", self.numbers_box)
        self.numbers_before_after = _plain_label("", self.numbers_box)
        self.numbers_summary = _plain_label("", self.numbers_box)
        for w in (self.numbers_title, self.numbers_sessions, self.numbers_before_after, self.numbers_summary):
            numbers.addWidget(w)
        numbers.addStretch(1)
        self.side_panel_layout.addWidget(self.numbers_box, 3)
        self.session_box = QGroupBox(translate("TrendsView", "Session"), self.side_panel)
        session_layout = QVBoxLayout(self.session_box)
        self.session_label = _plain_label(translate("TrendsView", SESSION_PROMPT), self.session_box)
        session_layout.addWidget(self.session_label)
        session_layout.addStretch(1)
        self.side_panel_layout.addWidget(self.session_box, 2)
        self.splitter.addWidget(self.chart_holder)
        self.side_scroll.setWidget(self.side_panel)
        bar_width = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(self.side_panel.minimumWidth() + bar_width)
        self.side_scroll.setMaximumWidth(self.side_panel.maximumWidth() + bar_width)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])
        self.empty_hint = _plain_label("", self)  # what to do when there is nothing to chart
        self.empty_hint.setStyleSheet("font-weight: bold")
        self.empty_hint.hide()
        outer.addWidget(self.empty_hint)
        outer.addWidget(self.splitter, 1)

        self.hover_label = _plain_label("", self, wrap=False)
        self.hover_label.setMinimumHeight(self.hover_label.sizeHint().height())
        outer.addWidget(self.hover_label)
        self._show_dates(self.start, self.end)

    def _build_kind_bar(self) -> QHBoxLayout:
        """Trend | Calendar | What changed (segmented), then Marked periods ▾ and Export chart…"""
        row = QHBoxLayout()
        segments = QHBoxLayout()
        segments.setSpacing(0)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        for i, (kind, (text, tip)) in enumerate(KIND_BUTTONS.items()):
            button = QPushButton(translate("TrendsView", text), self)
            button.setCheckable(True)
            button.setToolTip(translate("TrendsView", tip))
            button.setMinimumWidth(110)
            button.clicked.connect(lambda _checked=False, k=kind: self.set_chart_kind(k))
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            segments.addWidget(button)
        self.kind_buttons["trend"].setChecked(True)
        row.addLayout(segments)
        row.addStretch(1)
        self.periods = PeriodActions(self)  # Mark a period…, Marked periods…
        row.addWidget(self.periods.button)
        self.export_button = QPushButton(translate("TrendsView", "Export chart…"), self)
        self.export_button.setToolTip(translate("TrendsView", "Save the chart that is shown as PNG, SVG or PDF"))
        self.export_button.clicked.connect(self.ask_export_chart)
        row.addWidget(self.export_button)
        return row

    # ------------------------------------------------------------------ chart kinds
    def set_chart_kind(self, kind: str) -> None:
        """Show the trend, the calendar or the effect chart (same range and therapy filter)."""
        if kind not in CHART_KINDS:
            raise ValueError(f"unknown chart kind {kind!r}")
        self.chart_kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.hover_label.setText("")
        self.filter_button.setEnabled(kind != "calendar")
        self.filter_button.setToolTip(
            translate("TrendsView", "The calendar shows pain only")
            if kind == "calendar"
            else translate("TrendsView", "Which therapies to show")
        )
        if kind == "trend":
            self.chart_holder.setCurrentWidget(self.trend_page)
            if self._trend_behind and self.canvas is not None:
                self._trend_behind = False
                self._blit()
            return
        if self.data is None:
            self.ensure_chart()
        page = self.page(kind)
        self.chart_holder.setCurrentWidget(page)
        if kind in self._dirty_pages:
            self._feed_page(kind)

    def page(self, kind: str) -> FigurePage:
        """The calendar or effect page, created the first time it is asked for."""
        page = self.pages.get(kind)
        if page is None:
            if kind == "calendar":
                page = calendar = CalendarPage(self.chart_holder)
                calendar.colours, calendar.week_start = self._colours, self._week_start
                calendar.day_hovered.connect(self._on_calendar_hover)
            else:
                page = effects = EffectsPage(self.chart_holder)
                effects.row_hovered.connect(self.hover_label.setText)
                effects.therapy_clicked.connect(self.select_therapy)
            self.chart_holder.addWidget(page)
            self.pages[kind] = page
            self._dirty_pages.add(kind)
        return page

    def _feed_page(self, kind: str) -> None:
        page = self.pages[kind]
        self._dirty_pages.discard(kind)
        if isinstance(page, CalendarPage):  # kind "calendar"
            page.set_data(self._loaded().daily, self.start, self.end)
        elif isinstance(page, EffectsPage):
            page.set_effects(self.effects_in_range(), self.start, self.end)

    def _refresh_pages(self) -> None:
        """After a range or data change: the shown page now, the hidden ones when next shown."""
        self._dirty_pages.update(self.pages)
        if self.chart_kind in self.pages and self.data is not None:
            self._feed_page(self.chart_kind)

    def effects_in_range(self) -> list[TherapyEffect]:
        """Per-therapy effects of the sessions in the shown range (the filter's therapies, else
        every therapy with a session in the range), as ``backjournal chart --kind therapy``."""
        data = self._loaded()
        sessions = data.sessions.between(self.start, self.end)
        used = set(sessions.distinct_keys())
        keys = [k for k, _ in data.therapies if self.therapy_filter is not None or k in used]
        return therapy_effects(sessions, data.daily, data.names, keys=keys)

    def calendar_page(self) -> CalendarPage | None:
        """The calendar page, once it was asked for."""
        page = self.pages.get("calendar")
        return page if isinstance(page, CalendarPage) else None

    def _loaded(self) -> TrendData:
        """The data read for the chart (ensure_chart and export_chart read it before anything draws)."""
        assert self.data is not None
        return self.data

    def _trend(self) -> tuple[TrendChart, FigureCanvasQTAgg, Figure]:
        """The trend chart, its canvas and its figure, once ensure_chart() built them."""
        assert self.chart is not None and self.canvas is not None and self.figure is not None
        return self.chart, self.canvas, self.figure

    def _on_calendar_hover(self, day: date | None) -> None:
        page = self.calendar_page()
        if day is None or page is None:
            text = ""
        elif not page.in_range(day):
            text = translate("TrendsView", "{date_text}: outside the period shown").format(date_text=date_text(day))
        else:
            text = self.describe_day(day)
        self._show_hover(text, canvas=page.canvas if page is not None else None)

    # ------------------------------------------------------------------ chart (lazy)
    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_chart()
        if self._stale:
            self.reload()

    def focus_start(self) -> None:
        """Keyboard focus when the window opens on Trends: the checked range button (then Tab, the
        arrows and Ctrl+Tab work without a click first)."""
        button = self.range_buttons.get(self.range_key) if self.range_key is not None else None
        (button or next(iter(self.range_buttons.values()))).setFocus(Qt.FocusReason.OtherFocusReason)

    def ensure_chart(self):
        """Import matplotlib and build the canvas the first time the view is shown."""
        if self.canvas is not None:
            return self.canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from backjournal.charts.trend import TrendChart

        self._load_data()
        self.figure = Figure(figsize=(8, 5))
        self.chart = TrendChart(self._lane_data(), figure=self.figure, animated=True, **self._chart_style())
        self._background = None
        self._chart_painted = False
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self.trend_page)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.chart_layout.removeWidget(self.loading_label)
        self.loading_label.hide()
        self.chart_layout.addWidget(self.canvas, 1)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("pick_event", self.on_pick)
        self.canvas.mpl_connect("button_press_event", self._on_click)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self._draw_started = None
        self.chart.show_range(self.start, self.end)
        self._refresh_filter_menu()
        self._refresh_side_panel()
        self._stale = False
        return self.canvas

    def _on_resize(self, _event: object) -> None:
        self._trend()[0].relayout()

    def _on_draw(self, _event: object) -> None:
        # a full draw painted everything static: keep it, then paint the range-dependent artists
        first = not self._chart_painted
        chart, canvas, figure = self._trend()
        self._background = (canvas.copy_from_bbox(figure.bbox), tuple(figure.bbox.size))
        chart.draw_dynamic()
        if first:
            self._chart_painted = True
            self.chart_painted.emit()
        if self._draw_started is not None:
            self.drawn.emit(time.perf_counter() - self._draw_started)
            self._draw_started = None

    def _request_draw(self) -> None:
        if self.canvas is not None:
            self._draw_started = time.perf_counter()
            self.canvas.draw_idle()

    def _load_data(self) -> None:
        """Read the chart's numbers: the shown range (with the rolling windows' days around it) until a
        range outside it is asked for, then the whole journal once, so later range changes read nothing
        (a thirty-year journal's every day cost ~40 ms of reading before the first paint of 90 days)."""
        span = self.trends.span()
        today_ = self._today()
        first = span[0] if span else today_ - timedelta(days=365)
        last = max(today_, span[1]) if span else today_
        self._span = (min(first, self.start), max(last, self.end))
        lo, hi = self._span if self._whole else (self.start, self.end)
        if self._read_days is not None:  # a reload reads at least what was read before
            lo, hi = min(lo, self._read_days[0]), max(hi, self._read_days[1])
        self.data = self.trends.trend_data(
            lo,
            hi,
            self.therapy_filter,
            regions=None if self.region_filter is None else [self.region_filter],
        )
        self._read_days = (lo, hi)

    def _read_covers(self, start: date, end: date) -> bool:
        """True when the numbers read so far hold every day of [start, end]."""
        read = self._read_days
        return read is not None and read[0] <= start and end <= read[1]

    def _read_whole(self) -> None:
        """A range outside what was read: read the whole journal now (the chart keeps its figure)."""
        self._whole = True
        self._load_data()
        self._trend()[0].set_data(self._lane_data())
        self._background = None  # the next paint is a full draw

    def reload(self) -> None:
        """Read the numbers again (journal changed, filter changed) and redraw; the range stays."""
        if self.canvas is None:
            self._stale = True
            return
        try:
            self._load_data()
            if self.range_key is not None:
                self.start, self.end = self._range_for(self.range_key, self._span)
                if not self._read_covers(self.start, self.end):  # e.g. a new day since the last read
                    self._whole = True
                    self._load_data()
        except Exception as exc:  # a typed error from storage: show it, keep the old chart
            self._report(exc)
            return
        chart = self._trend()[0]
        chart.set_data(self._lane_data())
        chart.show_range(self.start, self.end)
        self._forget_hidden_session()
        self._refresh_filter_menu()
        self._refresh_side_panel()
        self._stale = False
        self._request_draw()
        self._refresh_pages()

    def _on_journal_changed(self, change: JournalChange) -> None:
        if change.kinds & {RecordKind.PAIN, RecordKind.SESSION, RecordKind.THERAPY}:
            if self.canvas is not None and self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _on_periods_changed(self, _periods) -> None:
        if self.canvas is not None and self.isVisible():
            self.reload()
        else:
            self._stale = True

    # ------------------------------------------------------------------ ranges
    def _range_for(self, key: str, span) -> tuple[date, date]:
        today_ = self._today()
        if key in RANGE_DAYS:
            return today_ - timedelta(days=RANGE_DAYS[key] - 1), today_
        if span is None:
            span = self.trends.span() or (today_ - timedelta(days=29), today_)
        return span[0], max(span[1], today_)

    def set_range_key(self, key: str) -> None:
        """One of 2w, 30d, 90d, 1y, all."""
        span = getattr(self, "_span", None)
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        self.set_range(*self._range_for(key, span), _keep_key=True)

    def set_range(self, start: date, end: date, *, _keep_key: bool = False) -> None:
        """Show [start, end]. Reuses the Figure and its artists; only the data and limits change."""
        if end < start:
            start, end = end, start
        if not _keep_key:
            self.range_key = None
            checked = self.range_group.checkedButton()
            if checked is not None:
                self.range_group.setExclusive(False)
                checked.setChecked(False)
                self.range_group.setExclusive(True)
        if self.chart is not None and not self._read_covers(start, end):
            try:
                self.start, self.end = start, end
                self._read_whole()
            except Exception as exc:  # a typed error from storage: show it, keep the old chart
                self._report(exc)
        self.start, self.end = start, end
        self._show_dates(start, end)
        if self.chart is not None:
            if self._sync_lanes():
                self._background = None  # the lanes' layout changed: the next paint is a full draw
            self.chart.show_range(start, end)
            self._forget_hidden_session()
            if self.chart_kind == "trend":
                self._blit()
            else:
                self._trend_behind = True  # repainted when shown again
            self._refresh_side_panel()
            self._refresh_pages()

    def _blit(self) -> None:
        """Repaint only what a range change alters, over the cached static background."""
        if self._background is None or self.canvas is None or self._background[1] != tuple(self._trend()[2].bbox.size):
            self._request_draw()
            return
        chart, canvas, figure = self._trend()
        started = time.perf_counter()
        canvas.restore_region(self._background[0])
        chart.draw_dynamic()
        canvas.blit(figure.bbox)
        self.drawn.emit(time.perf_counter() - started)

    def _apply_custom_range(self) -> None:
        start = python_date(self.from_edit.date())
        end = python_date(self.to_edit.date())
        self.set_range(start, end)

    def _show_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    # ------------------------------------------------------------------ therapy filter and selection
    def _refresh_filter_menu(self) -> None:
        self.filter_menu.clear()
        shown = set(self.therapy_filter) if self.therapy_filter is not None else None
        used = set(self.trends.therapies_used()) if self.data is not None else set()
        all_action = QAction(translate("TrendsView", "Show all therapies"), self.filter_menu)
        all_action.triggered.connect(lambda: self.set_therapy_filter(None))
        self.filter_menu.addAction(all_action)
        self.filter_menu.addSeparator()
        self.filter_actions: dict[str, QAction] = {}
        for key, name in self.trends.therapies():
            if shown is None and key not in used:
                continue
            action = QAction(shown_name(key, name), self.filter_menu)
            action.setCheckable(True)
            action.setChecked(shown is None or key in shown)
            action.toggled.connect(lambda checked, k=key: self._toggle_therapy(k, checked))
            self.filter_menu.addAction(action)
            self.filter_actions[key] = action
        if shown is None:
            self.filter_button.setText(translate("TrendsView", "Therapies: all"))
        else:
            self.filter_button.setText(translate("TrendsView", "Therapies: {count}").format(count=len(shown)))

    def _toggle_therapy(self, key: str, checked: bool) -> None:
        current = (
            list(self.therapy_filter)
            if self.therapy_filter is not None
            else [k for k, a in self.filter_actions.items()]
        )
        if checked and key not in current:
            current.append(key)
        elif not checked and key in current:
            current.remove(key)
        self.set_therapy_filter(current)
        if checked:
            self.select_therapy(key)

    def _build_region_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from backjournal.domain.models import BodyRegion

        group = QActionGroup(self.region_menu)
        for value, label in (
            (None, translate("TrendsView", "Pain: all regions")),
            *((r.value, r.label) for r in BodyRegion),
        ):
            action = QAction(label, self.region_menu)
            action.setCheckable(True)
            action.setChecked(value == self.region_filter)
            action.setData(value)
            group.addAction(action)
            self.region_menu.addAction(action)
        group.triggered.connect(self._region_chosen)
        self.region_button.setText(translate("TrendsView", "Pain: all regions"))

    def _region_chosen(self, action) -> None:
        self.set_region_filter(action.data())

    def set_region_filter(self, region: str | None) -> None:
        """Pain of entries naming this body region only (None: every entry); lanes are unchanged."""
        from backjournal.domain.models import BodyRegion

        self.region_filter = region
        self.region_button.setText(
            translate("TrendsView", "Pain: all regions")
            if region is None
            else translate("TrendsView", "Pain: {label}").format(label=BodyRegion(region).label)
        )
        for action in self.region_menu.actions():
            action.setChecked(action.data() == region)
        self.reload()

    def set_therapy_filter(self, keys: list[str] | None) -> None:
        """Show only these therapies' lanes (None: every therapy with sessions)."""
        self.therapy_filter = None if keys is None else list(keys)
        self.reload()

    def select_therapy(self, key: str) -> None:
        self.selected_therapy = key
        self._auto_selected = False  # the person's choice stays through range changes
        self._refresh_side_panel()
        self.therapy_selected.emit(key)

    # ------------------------------------------------------------------ preferences (theme, week start)
    def _chart_style(self) -> dict:
        return {"colours": self._colours} if self._colours is not None else {}

    def apply_preferences(self, prefs, *, dark: bool) -> None:
        """The theme changed (charts redraw in its colours) or the week start (the calendar's columns)."""
        from backjournal.charts.palette import colours_for

        colours = colours_for(dark)
        restyle = colours is not (self._colours or colours_for(False))
        self._colours, self._week_start = colours, prefs.week_start
        calendar = self.calendar_page()
        if calendar is not None:
            calendar.colours, calendar.week_start = colours, prefs.week_start
            calendar.refresh()
        if restyle:
            self._restyle_trend_chart()

    def _restyle_trend_chart(self) -> None:
        """Build the trend chart again in the current colours, in the same figure and canvas."""
        if self.canvas is None:
            return
        from backjournal.charts.trend import TrendChart

        figure = self._trend()[2]
        figure.clear()
        self.chart = TrendChart(self._lane_data(), figure=figure, animated=True, **self._chart_style())
        self.chart.show_range(self.start, self.end)
        self._background = None
        self._request_draw()

    # ------------------------------------------------------------------ what the range shows (lanes, selection)
    def _lane_data(self) -> TrendData:
        """The data with lanes only for therapies that have a session in the shown range."""
        data = self._loaded()
        used = set(data.sessions.between(self.start, self.end).distinct_keys())
        lanes = tuple(t for t in data.therapies if t[0] in used)
        return data if lanes == data.therapies else replace(data, therapies=lanes)

    def _sync_lanes(self) -> bool:
        """After a range change: rebuild the lanes if the set of therapies shown changed (True then)."""
        wanted = self._lane_data()
        chart = self._trend()[0]
        if wanted.therapies == chart.data.therapies:
            return False
        chart.set_data(wanted)
        return True

    def _forget_hidden_session(self) -> None:
        """A session picked earlier that the range (or filter) no longer shows leaves the panel."""
        s = self.last_session
        if s is None:
            return
        shown = self.start <= s.started_at.date() <= self.end and s.therapy.key in self._trend()[0].session_lines
        if not shown:
            self.last_session = None
            self.session_label.setText(translate("TrendsView", SESSION_PROMPT))

    def _pick_default_therapy(self) -> None:
        """With no therapy chosen by the person: the one used most in the shown range (ties: the latest)."""
        if self.data is None or (self.selected_therapy is not None and not self._auto_selected):
            return
        sessions = self.data.sessions.between(self.start, self.end)
        keys = sessions.keys.tolist()
        if not keys:
            if self._auto_selected:
                self.selected_therapy, self._auto_selected = None, False
                for label in (self.numbers_sessions, self.numbers_before_after, self.numbers_summary):
                    label.setText("")
            return
        counts = Counter(keys)
        last_use = {k: i for i, k in enumerate(keys)}  # sessions are in time order
        best = max(counts, key=lambda k: (counts[k], last_use[k]))
        if best != self.selected_therapy:
            self.selected_therapy, self._auto_selected = best, True
            self.therapy_selected.emit(best)  # the card above the numbers follows

    def _refresh_empty_state(self) -> None:
        """Say what to do next when the period shows nothing, and never "click a lane" without lanes."""
        span = self.trends.span()
        hint: str
        if span is None:
            hint = translate(
                "TrendsView",
                "Nothing to chart yet. Log your pain on the Today tab (Ctrl+1) for a few days and "
                "your trend appears here. To look around first, use File > Explore with sample "
                "data.",
            )
        elif span[1] < self.start or span[0] > self.end:
            hint = translate("TrendsView", "Nothing logged in this period. Choose a longer range (1 year or All).")
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))
        if self.selected_therapy is None and self.data is not None:
            has_sessions = len(self.data.sessions.between(self.start, self.end).keys) > 0
            self.numbers_title.setText(
                translate("TrendsView", "Click a therapy's lane or marker to see its numbers.")
                if has_sessions
                else translate(
                    "TrendsView",
                    "No therapy sessions in this period. Log one on the Today tab; its numbers then appear here.",
                )
            )

    def _refresh_side_panel(self) -> None:
        self._pick_default_therapy()
        self._refresh_empty_state()
        key = self.selected_therapy
        if self.data is None or key is None:
            return
        # only the selected therapy's numbers: a range change stays cheap
        sessions = self.data.sessions.between(self.start, self.end)
        self.effects = therapy_effects(
            sessions, self.data.daily, self.data.names, keys=[key] if key in set(sessions.keys.tolist()) else []
        )
        eff = self.effects[0] if self.effects else None
        name = shown_name(key, self.data.name_of(key))
        if eff is None:
            self.numbers_title.setText(name)
            self.numbers_sessions.setText(translate("TrendsView", "No sessions shown in this period."))
            self.numbers_before_after.setText("")
            self.numbers_summary.setText("")
            return
        sessions_text, before_after, summary = numbers_lines(eff, self.start, self.end, date_text=date_text)
        self.numbers_title.setText(name)
        self.numbers_sessions.setText(sessions_text)
        self.numbers_before_after.setText(before_after)
        self.numbers_summary.setText(summary)

    # ------------------------------------------------------------------ mouse
    def _on_motion(self, event) -> None:
        if self.chart is None:
            return
        lane = self._lane_name_at(event)
        if lane is not None:
            self._hover_day = None
            self._show_hover(
                translate("TrendsView", "{therapies}: click to see its numbers").format(
                    therapies=shown_name(*self.chart.data.therapies[lane])
                )
            )
            return
        if event.inaxes not in (self.chart.ax, self.chart.lanes_ax) or event.xdata is None:
            if self._hover_day is not None or self.hover_label.text():
                self._hover_day = None
                self._show_hover("")
            return
        day = self.chart.day_at(event.xdata)
        if day == self._hover_day:
            return
        self._hover_day = day
        self._show_hover(self.describe_day(day))

    def _show_hover(self, text: str, *, canvas=None) -> None:
        """Hover details next to the pointer (a tooltip) and, for keyboard and screen-reader users, below."""
        self.hover_label.setText(text)
        canvas = canvas or self.canvas
        if not text:
            QToolTip.hideText()
        elif canvas is not None:
            QToolTip.showText(QCursor.pos(), plain_tooltip(text.replace(" · ", "\n")), canvas)

    def _lane_name_at(self, event) -> int | None:
        """The lane whose name (left of the lanes) is under the pointer, or None."""
        chart = self._trend()[0]
        lax = chart.lanes_ax
        n = len(chart.data.therapies)
        if not n or event.x is None or event.y is None:
            return None
        box = lax.get_window_extent()
        if not (box.y0 <= event.y <= box.y1) or not (0 <= event.x < box.x0):
            return None
        _, y = lax.transData.inverted().transform((box.x0, event.y))
        lane = round(y)
        return lane if 0 <= lane < n else None

    def describe_day(self, day: date) -> str:
        return day_text(self.data, day, date_text=date_text)

    def _on_click(self, event) -> None:
        """A click in a lane or on a lane's name selects that therapy."""
        if self.chart is None:
            return
        lanes = self.chart.data.therapies
        lane = self._lane_name_at(event)
        if lane is None and event.inaxes is self.chart.lanes_ax and event.ydata is not None:
            lane = round(event.ydata)
        if lane is not None and 0 <= lane < len(lanes):
            self.select_therapy(lanes[lane][0])

    def on_pick(self, event) -> None:
        """A click on a session marker: show that session and select its therapy."""
        gid = event.artist.get_gid() or ""
        if not gid.startswith("sessions:"):
            return
        key = gid.split(":", 1)[1]
        ids = self._trend()[0].session_ids(key, list(event.ind)[:1])
        if not ids:
            return
        try:
            session = self.journal.get(RecordRef(RecordKind.SESSION, ids[0]))
        except Exception as exc:
            self._report(exc)
            return
        assert isinstance(session, TherapySession)  # asked for a session
        self.show_session(session)
        self.select_therapy(key)

    def show_session(self, s: TherapySession) -> None:
        self.last_session = s
        lines = session_lines(s, moment_text=moment_text)
        self.session_label.setText("\n".join(lines))
        self.status.emit(translate("TrendsView", "Session: {lines}").format(lines=lines[0]))

    # ------------------------------------------------------------------ export
    def export_chart(self, path: str | Path, kind: str | None = None) -> Path:
        """Save the chart that is shown (or ``kind``) for the shown range and therapies as PNG, SVG or
        PDF, with its title, the range and "Generated by BackJournal on <date>" as on the CLI."""
        from backjournal.charts.export import build_export_figure, chart_format, save_figure
        from backjournal.paths import CHART_OUTPUT
        from backjournal.services.outputs import check_output

        kind = kind or self.chart_kind
        path = check_output(path, CHART_OUTPUT, field="file").path  # never the journal, its companions or backups
        chart_format(path)
        if self.data is None:
            self._load_data()
        effects = self.effects_in_range() if kind == "therapy" else None
        fig = build_export_figure(
            kind, self._loaded(), self.start, self.end, generated_on=self._today(), effects=effects
        )
        saved = save_figure(fig, path)
        self.status.emit(translate("TrendsView", "Saved the chart as {saved}").format(saved=saved))
        return saved

    def ask_export_chart(self) -> None:
        # an encrypted journal: the image is not encrypted (the person is asked first)
        if not confirm_plain_export(self, translate("TrendsView", "chart"), encrypted=self._is_encrypted()):
            return
        name = f"backjournal-{self.chart_kind}-{self.start}-{self.end}.png"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("TrendsView", "Export chart"),
            name,
            ";;".join(translate("TrendsView", f) for f in EXPORT_FILTERS),
        )
        if not path:
            return
        if not path.lower().endswith(tuple(EXPORT_FILTERS.values())):
            suffixes: dict[str, str] = {translate("TrendsView", f): ext for f, ext in EXPORT_FILTERS.items()}
            path += suffixes.get(chosen, ".png")
        try:
            saved = self.export_chart(path)
        except Exception as exc:
            self._report(exc)
            return
        if self._on_saved is not None:
            self._on_saved(saved, translate("TrendsView", "chart"))

    def _report(self, exc: BaseException) -> None:
        if self._on_error is None:
            raise exc
        self._on_error(exc)

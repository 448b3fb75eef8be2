"""The pain trend chart: daily mean, lowest-highest band, rolling mean, therapy lanes, marked periods.

``TrendChart`` builds a Figure once and then only moves data into its artists: ``show_range``
slices the day arrays for the new range and calls ``set_data``; no artist is rebuilt, so a range
change costs about what drawing the points costs. ``set_data`` swaps in new numbers (after the
journal changed or the therapy filter changed) and rebuilds only the therapy lanes.

Gaps stay gaps: a day without entries is NaN in the arrays and matplotlib breaks the line there.
The x axis holds matplotlib date numbers (days) with ``AutoDateLocator`` + ``ConciseDateFormatter``
so dates are readable from two weeks to ten years.

Artists carry gids for tests and the view: ``daily_mean``, ``rolling_mean``, ``band``,
``sessions:<therapy key>``, ``period:<n>``.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

import matplotlib
import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import Formatter
from matplotlib.transforms import blended_transform_factory

from backjournal.analysis.trend_data import TrendData
from backjournal.charts import palette
from backjournal.charts.dates import DAY_MONTH, DAY_MONTH_YEAR, LocalisedDayFormatter, date_formatter
from backjournal.charts.text import (
    EXPORT_BOTTOM_IN,
    EXPORT_TOP_IN,
    decorate_for_export,
    fit_line,
    plain_text,
    shorten,
)
from backjournal.domain.models import shown_name
from backjournal.i18n import translate

#: layout in inches (kept fixed on resize so fonts and lanes keep their size)
LEFT_IN, RIGHT_IN, BOTTOM_IN, LEGEND_IN, GAP_IN, LANE_IN = 1.75, 0.3, 0.55, 0.4, 0.22, 0.27
LANE_LABEL_PT, LANE_LABEL_GAP_IN = 9, 0.12

_EPOCH = np.datetime64("1970-01-01", "D")
#: rows of period labels at the top of the pain axes before labels are shortened to their own room
PERIOD_LABEL_ROWS = 3
PERIOD_LABEL_SIZE = 8
LEGEND_SIZE = 9
#: inches a second legend row takes (a narrow chart)
LEGEND_ROW_IN = 0.22
#: the shaded span of a marked period (and its legend swatch)
PERIOD_ALPHA = 0.14


def period_colour(period, colours: dict[str, str] | None = None) -> str:
    """A marked period is shaded in its therapy's colour (the one the person chose, in ``colours``),
    else the period colour."""
    if not period.therapy:
        return palette.PERIOD_COLOUR
    return (colours or {}).get(period.therapy) or palette.therapy_colour(period.therapy)


def _span_legend_label(shown, swatches: int) -> str:
    """ "Marked period(s)", "Therapy course(s)" or both, for what is shaded in the range."""
    courses = sum(1 for p in shown if hasattr(p, "course_id"))
    many = swatches > 1 or len(shown) > 1
    if courses == 0:
        return translate("TrendChart", "Marked periods") if many else translate("TrendChart", "Marked period")
    if courses == len(shown):
        return translate("TrendChart", "Therapy courses") if many else translate("TrendChart", "Therapy course")
    return translate("TrendChart", "Marked periods and courses")


def periods_shown(periods, start: date, end: date) -> list:
    """The marked periods that overlap [start, end], in label order (by first day): label n on the
    chart is item n of this list (the report lists their full names under these numbers)."""
    return sorted((p for p in periods if p.overlaps(start, end)), key=lambda p: (p.start, p.end))


@functools.lru_cache(maxsize=4096)
def text_width_pt(text: str, size: float) -> float:
    """The width of plain ``text`` at ``size`` points in the default font (no renderer needed)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    with plain_text():
        return text_to_path.get_text_width_height_descent(text, FontProperties(size=size), ismath=False)[0]


def day_numbers(days: np.ndarray) -> np.ndarray:
    """matplotlib date numbers (days since 1970-01-01, the default epoch) of datetime64[D] days."""
    return (np.asarray(days, dtype="datetime64[D]") - _EPOCH).astype(float)


def day_number(day: date) -> float:
    return float((np.datetime64(day, "D") - _EPOCH).astype(int))


def marker_size(days: int) -> float:
    if days <= 120:
        return 4.0
    if days <= 800:
        return 2.5
    return 1.6


def band_polygons(x: np.ndarray, low: np.ndarray, high: np.ndarray) -> list[np.ndarray]:
    """The lowest-highest band as one polygon per run of days with entries (gaps stay gaps).

    What ``fill_between`` builds, computed directly: matplotlib's own ``set_data`` goes through
    masked arrays per run and took most of a 10-year range change (~26 ms of ~50)."""
    days = np.flatnonzero(np.isfinite(low) & np.isfinite(high))
    if days.size == 0:
        return []
    runs = np.split(days, np.flatnonzero(np.diff(days) != 1) + 1)
    return [
        np.column_stack((np.concatenate((x[r], x[r][::-1])), np.concatenate((high[r], low[r][::-1])))) for r in runs
    ]


class TrendChart:
    """A trend Figure whose artists are reused across ranges and data updates."""

    def __init__(
        self,
        data: TrendData,
        *,
        figure: Figure | None = None,
        width: float = 10.0,
        height: float | None = None,
        export: bool = False,
        animated: bool = False,
        colours: palette.ChartColours = palette.LIGHT,
    ):
        self.data = data
        #: frame, text and pain-line colours (charts.palette.LIGHT or DARK: the window's theme)
        self.colours = colours
        self.export = export
        #: on screen, the artists that change with the range are "animated": a normal draw skips
        #: them and ``draw_dynamic`` paints them over a cached background (blitting)
        self.animated = animated
        self.start: date | None = None
        self.end: date | None = None
        n_lanes = max(len(data.therapies), 0)
        if height is None:
            height = 4.2 + LANE_IN * n_lanes + (EXPORT_TOP_IN + EXPORT_BOTTOM_IN if export else 0)
        self.figure = figure if figure is not None else Figure(figsize=(width, height))
        with plain_text(), matplotlib.rc_context(colours.rc()):
            self.figure.set_facecolor(colours.background)
            self._build()
        self.set_data(data)

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        fig = self.figure
        self.ax = fig.add_axes((0.1, 0.4, 0.85, 0.5))
        self.lanes_ax = fig.add_axes((0.1, 0.1, 0.85, 0.2), sharex=self.ax)
        ax, lax = self.ax, self.lanes_ax
        ax.set_ylim(-0.3, 10.3)
        ax.set_yticks(range(0, 11, 2))
        ax.set_ylabel(translate("TrendChart", "Pain (0–10)"))
        ax.grid(axis="y", color=self.colours.grid, linewidth=0.8)
        ax.set_axisbelow(True)
        ax.tick_params(axis="x", bottom=False, labelbottom=False)  # dates live on the lanes axis below
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        lax.set_yticks([])
        for side in ("top", "right", "left"):
            lax.spines[side].set_visible(False)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        lax.xaxis.set_major_locator(locator)
        lax.xaxis.set_major_formatter(date_formatter(locator))
        lax.xaxis_date()

        empty = np.array([], dtype=float)
        self.band = ax.fill_between(
            empty,
            empty,
            empty,
            color=self.colours.band,
            alpha=0.55,
            linewidth=0,
            gid="band",
            label=translate("TrendChart", "Lowest–highest that day"),
        )
        (self.daily_line,) = ax.plot(
            empty,
            empty,
            color=self.colours.daily,
            linewidth=0.8,
            marker="o",
            markersize=3,
            markeredgewidth=0,
            gid="daily_mean",
            label=translate("TrendChart", "Daily mean"),
        )
        (self.rolling_line,) = ax.plot(
            empty,
            empty,
            color=self.colours.rolling,
            linewidth=2.2,
            gid="rolling_mean",
            label=translate("TrendChart", "{window}-day mean").format(window=self.data.window),
        )
        self.no_data = ax.text(
            0.5,
            0.5,
            translate("TrendChart", "No pain entries in this period"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=12,
            color=self.colours.muted,
            visible=False,
        )
        self.period_artists: list = []
        self._period_labels: list = []
        self._built_periods: tuple[int, ...] = ()  # indices in data.periods that have artists
        self.lane_artists: list = []
        self.session_lines: dict[str, Line2D] = {}
        self._visible_ids: dict[str, np.ndarray] = {}
        self.legend: Legend | None = None
        #: the marked periods that overlap the range shown (set by ``show_range``)
        self._shown_periods: tuple = ()
        self._legend_cols = 3
        for artist in (self.band, self.daily_line, self.rolling_line, self.no_data, lax.xaxis):
            artist.set_animated(self.animated)

    def _legend_periods(self, shown: tuple | None = None) -> tuple[str, ...]:
        """The colours of the marked periods shown in the range (one legend swatch each)."""
        shown = self._shown_periods if shown is None else shown
        return tuple(dict.fromkeys(period_colour(p, self.data.colours) for p in shown))

    def _legend(self) -> None:
        """Daily mean, band, rolling mean and, only when a marked period is shown, its swatch in the
        colour and alpha of the shaded span itself."""
        if self.legend is not None:
            self.legend.remove()
        handles: list[Artist | tuple[Artist, ...]] = [self.daily_line, self.band, self.rolling_line]
        colours = self._legend_periods()
        labels = [str(h.get_label()) for h in (self.daily_line, self.band, self.rolling_line)]
        if colours:  # one entry; periods of several therapies: one swatch split into their colours
            patches = tuple(Patch(facecolor=c, alpha=PERIOD_ALPHA, linewidth=0) for c in colours)
            handles.append(patches[0] if len(patches) == 1 else patches)
            labels.append(_span_legend_label(self._shown_periods, len(patches)))
        self.rolling_line.set_label(
            translate("TrendChart", "{window}-day rolling mean").format(window=self.data.window)
        )
        labels[2] = str(self.rolling_line.get_label())
        self._legend_cols = self._legend_columns(labels)
        with plain_text():
            self.legend = legend = self.ax.legend(
                handles=handles,
                labels=labels,
                loc="lower left",
                bbox_to_anchor=(0, 1.0),
                ncol=self._legend_cols,
                frameon=False,
                fontsize=LEGEND_SIZE,
                handlelength=1.8,
                labelcolor=self.colours.text,
                borderaxespad=0.2,
                handler_map={tuple: HandlerTuple(ndivide=None, pad=0)},
            )
        # with marked periods the legend changes with the range: on screen it is then repainted with the
        # range-dependent artists (a blit over the cached background would keep the old one)
        legend.set_animated(self.animated and bool(self.data.periods))

    def _legend_columns(self, labels: list[str]) -> int:
        """As many columns (all entries in one row at best) as fit the figure's width from the axes' left edge."""
        em = LEGEND_SIZE / 72  # inches

        def width(cols: int) -> float:
            rows, large = divmod(len(labels), cols)  # matplotlib's split: the first ``large`` columns take one more
            sizes = [rows + 1] * large + [rows] * (cols - large)
            starts = [sum(sizes[:c]) for c in range(cols)]
            columns = [labels[a : a + n] for a, n in zip(starts, sizes, strict=True)]
            return (
                sum(max(text_width_pt(t, LEGEND_SIZE) / 72 + 2.6 * em for t in col) for col in columns if col)
                + 2.0 * em * (cols - 1)
                + 0.1
            )

        room = self.figure.get_figwidth() - LEFT_IN - 0.05
        return next((cols for cols in range(len(labels), 1, -1) if width(cols) <= room), 1)

    # ------------------------------------------------------------------ layout
    def relayout(self) -> None:
        """Place the axes with fixed margins in inches (call after the figure is resized); the legend
        takes as many rows as it needs and the period labels are placed again for the new width."""
        fig = self.figure
        w, h = fig.get_figwidth(), fig.get_figheight()
        if self.legend is not None:
            labels = [t.get_text() for t in self.legend.get_texts()]
            if self._legend_columns(labels) != self._legend_cols:
                with plain_text():
                    self._legend()
        legend_rows = 1 if self.legend is None else -(-len(self.legend.get_texts()) // self._legend_cols)
        top_in = LEGEND_IN + LEGEND_ROW_IN * (legend_rows - 1) + (EXPORT_TOP_IN if self.export else 0.05)
        bottom_in = BOTTOM_IN + (EXPORT_BOTTOM_IN if self.export else 0)
        n_lanes = len(self.data.therapies)
        lanes_in = LANE_IN * n_lanes if n_lanes else 0.0
        left, right = LEFT_IN / w, 1 - RIGHT_IN / w
        usable = max(h - top_in - bottom_in - lanes_in - (GAP_IN if n_lanes else 0), 0.5)
        self.lanes_ax.set_position((left, bottom_in / h, right - left, max(lanes_in, 0.001) / h))
        pain_bottom = (bottom_in + lanes_in + (GAP_IN if n_lanes else 0)) / h
        self.ax.set_position((left, pain_bottom, right - left, usable / h))
        self.lanes_ax.set_visible(True)
        self.lanes_ax.spines["bottom"].set_visible(True)
        if self.start is not None and self.end is not None:
            self._day_ticks((self.end - self.start).days + 1)
            self._place_period_labels(day_number(self.start) - 0.5, day_number(self.end) + 0.5)

    # ------------------------------------------------------------------ data
    def set_data(self, data: TrendData) -> None:
        """New numbers (journal changed, filter changed): rebuild lanes and periods, keep the rest."""
        self.data = data
        with plain_text(), matplotlib.rc_context(self.colours.rc()):
            self._build_lanes()
            self._build_periods()
            self._legend()
        self.relayout()
        if self.start is not None and self.end is not None:
            self.show_range(self.start, self.end)

    def _build_lanes(self) -> None:
        for artist in self.lane_artists:
            artist.remove()
        self.lane_artists.clear()
        self.session_lines.clear()
        lax = self.lanes_ax
        n = len(self.data.therapies)
        lax.set_ylim(max(n, 1) - 0.5, -0.5)
        label_transform = blended_transform_factory(lax.transAxes, lax.transData)
        empty = np.array([], dtype=float)
        for lane, (key, name) in enumerate(self.data.therapies):
            colour, marker = palette.therapy_style(key)
            colour = self.data.colours.get(key, colour)  # the person's choice first
            if lane % 2 == 0:
                self.lane_artists.append(
                    lax.axhspan(lane - 0.5, lane + 0.5, color=self.colours.lane_stripe, zorder=0, linewidth=0)
                )
            # cut to the room left of the lanes (a long medication name would run off the figure)
            label = fit_line(shown_name(key, name), LEFT_IN - LANE_LABEL_GAP_IN, LANE_LABEL_PT)
            self.lane_artists.append(
                lax.text(
                    -0.008,
                    lane,
                    label,
                    transform=label_transform,
                    ha="right",
                    va="center",
                    fontsize=LANE_LABEL_PT,
                    parse_math=False,
                    gid=f"lane_label:{key}",
                )
            )
            (line,) = lax.plot(
                empty,
                empty,
                linestyle="none",
                marker=marker,
                markersize=7,
                color=colour,
                markeredgecolor="#222222",
                markeredgewidth=0.5,
                picker=True,
                pickradius=6,
                gid=f"sessions:{key}",
                label=name,
                zorder=3,
            )
            line.set_animated(self.animated)
            self.session_lines[key] = line
            self.lane_artists.append(line)

    def _periods_in_range(self) -> tuple[int, ...]:
        """The indices (in ``data.periods``) of the marked periods overlapping the range shown."""
        if self.start is None or self.end is None:
            return ()
        return tuple(i for i, p in enumerate(self.data.periods) if p.overlaps(self.start, self.end))

    def _build_periods(self) -> None:
        """Shaded spans and labels for the marked periods in the range shown, and only those: a
        thirty-year journal has over a hundred periods, and building artists for all of them made a
        one-year report (and the Trends tab) cost more the older the journal (issue 12). A range
        change that brings other periods into view builds them then (``show_range``)."""
        for artist in self.period_artists:
            artist.remove()
        self.period_artists.clear()
        label_transform = blended_transform_factory(self.ax.transData, self.ax.transAxes)
        self._period_labels = []
        self._built_periods = self._periods_in_range()
        for i in self._built_periods:
            p = self.data.periods[i]
            colour = period_colour(p, self.data.colours)
            x0, x1 = day_number(p.start) - 0.5, day_number(p.end) + 0.5
            for axis in (self.ax, self.lanes_ax):
                span = axis.axvspan(x0, x1, color=colour, alpha=PERIOD_ALPHA, linewidth=0, zorder=0, gid=f"period:{i}")
                span.set_animated(self.animated)
                self.period_artists.append(span)
            label = self.ax.text(
                x0,
                0.985,
                " " + shorten(p.label, 30),
                transform=label_transform,
                ha="left",
                va="top",
                fontsize=PERIOD_LABEL_SIZE,
                color=self.colours.text,
                parse_math=False,
                clip_on=True,
                gid=f"period_label:{i}",
            )
            label.set_animated(self.animated)
            self.period_artists.append(label)
            self._period_labels.append((p, label))

    # ------------------------------------------------------------------ ranges
    def show_range(self, start: date, end: date) -> None:
        """Show the days [start, end]: slice the arrays into the existing artists."""
        self.start, self.end = start, end
        d = self.data.daily
        # only the days of the period: a marker (or line end) of a day outside it would sit on the axis
        i, j = d.bounds(start, end)
        x = day_numbers(d.days[i:j])
        self.daily_line.set_data(x, d.mean[i:j])
        self.rolling_line.set_data(x, self.data.rolling[i:j])
        self.band.set_verts(band_polygons(x, d.min[i:j], d.max[i:j]))
        span_days = (end - start).days + 1
        self.daily_line.set_markersize(marker_size(span_days))
        long_range = span_days > 400  # years: the rolling mean carries the story, days fade back
        self.daily_line.set_alpha(0.45 if long_range else 1.0)
        self.daily_line.set_linewidth(0.5 if long_range else 0.8)
        self.band.set_alpha(0.35 if long_range else 0.55)
        self.rolling_line.set_linewidth(1.4 if long_range else 2.2)
        inside = d.bounds(start, end)
        self.no_data.set_visible(not np.any(d.n[inside[0] : inside[1]] > 0))

        s = self.data.sessions
        lo, hi = np.datetime64(start, "D"), np.datetime64(end, "D")
        in_range = (s.days >= lo) & (s.days <= hi)
        self._visible_ids = {}
        for lane, (key, line) in enumerate(self.session_lines.items()):
            mask = in_range & (s.keys == key)
            line.set_data(day_numbers(s.days[mask]), np.full(int(mask.sum()), float(lane)))
            line.set_markersize(7 if span_days <= 400 else 5)
            self._visible_ids[key] = s.ids[mask]

        x0, x1 = day_number(start) - 0.5, day_number(end) + 0.5
        self.ax.set_xlim(x0, x1)
        self._day_ticks(span_days)
        if self._periods_in_range() != self._built_periods:
            with plain_text(), matplotlib.rc_context(self.colours.rc()):
                self._build_periods()
        shown = tuple(self.data.periods[i] for i in self._built_periods)
        if self._legend_periods() != self._legend_periods(shown):
            self._shown_periods = shown
            cols = self._legend_cols
            with plain_text():
                self._legend()
            if cols != self._legend_cols:
                self.relayout()  # one legend row more or less
        self._shown_periods = shown
        self._place_period_labels(x0, x1)

    def _day_ticks(self, span_days: int) -> None:
        """Up to a week: one tick per day (the automatic locator would mark hours, and the chart shows
        days). Longer: the automatic locator."""
        kind = "auto" if span_days > 7 else "days" if span_days > 3 else "days+year"
        # about one date label per 0.6 inch of axis, so labels never run into each other on a narrow chart
        width_in = self.ax.get_position().width * self.figure.get_figwidth()
        most = max(3, min(10, int(width_in / 0.6)))
        if (kind, most) == getattr(self, "_tick_kind", ("auto", 10)):
            return
        self._tick_kind = (kind, most)
        locator: mdates.DateLocator
        formatter: Formatter
        if kind == "auto":
            locator = mdates.AutoDateLocator(minticks=min(4, most), maxticks=most)
            formatter = date_formatter(locator)
        else:
            locator = mdates.DayLocator()
            formatter = LocalisedDayFormatter(DAY_MONTH if kind == "days" else DAY_MONTH_YEAR)
        self.lanes_ax.xaxis.set_major_locator(locator)
        self.lanes_ax.xaxis.set_major_formatter(formatter)

    def _place_period_labels(self, x0: float, x1: float) -> None:
        """Label every marked period shown in the range; labels never overlap and never vanish.

        Each label starts at the period's first visible day, shortened to end at the right edge (moved
        left only when that would leave fewer than 12 characters) and goes in the first row where it
        overlaps no other label. When more than one
        period is shown the labels are numbered (1, 2, ... by first day, the report lists the full
        names under the same numbers). A label is shortened with "…" to fit the chart's width; when
        the labels would need more than ``PERIOD_LABEL_ROWS`` rows, each is also shortened to the room
        before the next period starts (down to its number), and rows are added as still needed."""
        for _, label in self._period_labels:
            label.set_visible(False)
        assert self.start is not None and self.end is not None  # show_range() set them first
        shown = periods_shown([p for p, _ in self._period_labels], self.start, self.end)
        label_of = {id(p): label for p, label in self._period_labels}
        order = [(p, label_of[id(p)]) for p in shown]
        if not order:
            return
        bbox = self.ax.get_position()
        fig_w_px = self.figure.get_figwidth() * self.figure.dpi
        width_px = max(bbox.width * fig_w_px, 1.0)
        per_px = (x1 - x0) / width_px  # data units per pixel
        px_per_pt = self.figure.dpi / 72
        numbered = len(order) > 1
        lefts = [max(day_number(p.start) - 0.5, x0) for p, _ in order]

        def width(text: str) -> float:  # in data units, with a little air
            return (text_width_pt(text, PERIOD_LABEL_SIZE) + 3) * px_per_pt * per_px

        def fit(full: str, prefix: str, room: float) -> str:
            text = prefix + full
            if width(text) <= room:
                return text
            lo, hi = 0, len(full)  # the longest shortened label that fits the room
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if width(prefix + full[:mid].rstrip() + "…") <= room:
                    lo = mid
                else:
                    hi = mid - 1
            if lo == 0:
                return prefix.rstrip() if prefix.strip() else full[:1] + "…"
            return prefix + full[:lo].rstrip() + "…"

        def place(limit_to_next: bool) -> list[tuple[str, float, int]]:
            rows_end: list[float] = []
            out = []
            for k, (p, _) in enumerate(order):
                prefix = f" {k + 1} " if numbered else " "
                full = " ".join(p.label.split())
                room = x1 - lefts[k]  # first choice: shortened to stay within the chart from its own first day
                if limit_to_next and k + 1 < len(order):
                    room = min(room, max(lefts[k + 1] - lefts[k], 0.0))
                text = fit(full, prefix, room)
                if not limit_to_next and len(text.strip()) < min(len(full), 12):
                    text = fit(full, prefix, x1 - x0)  # too short to read: moved left, ending at the edge
                w = width(text)
                left = min(lefts[k], x1 - w)  # never past the right edge
                left = max(left, x0)
                row = next((r for r, end in enumerate(rows_end) if end <= left), None)
                if row is None:
                    rows_end.append(left + w)
                    row = len(rows_end) - 1
                else:
                    rows_end[row] = left + w
                out.append((text, left, row))
            return out

        placed = place(limit_to_next=False)
        if max(row for *_, row in placed) + 1 > PERIOD_LABEL_ROWS:
            placed = place(limit_to_next=True)
        axes_h_pt = max(bbox.height * self.figure.get_figheight() * 72, 1.0)
        step = PERIOD_LABEL_SIZE * 1.35 / axes_h_pt  # one row of 8-point text, in axes fractions
        for (_, label), (text, left, row) in zip(order, placed, strict=True):
            label.set_text(text)
            label.set_position((left, 0.985 - step * row))
            label.set_visible(True)

    def dynamic_artists(self) -> list:
        """The artists a range change alters, in drawing order (periods, band, lines, x axes)."""
        artists = [a for a in self.period_artists if a.get_visible()]
        if self.legend is not None and self.legend.get_animated():
            artists.append(self.legend)
        artists += [
            self.band,
            self.daily_line,
            self.rolling_line,
            *self.session_lines.values(),
            self.no_data,
            self.lanes_ax.xaxis,
        ]
        return sorted(artists, key=lambda a: a.get_zorder())

    def draw_dynamic(self) -> None:
        """Draw the animated artists onto the figure's current renderer (after a full draw or a
        restored background)."""
        for artist in self.dynamic_artists():
            self.figure.draw_artist(artist)

    def session_ids(self, key: str, indices) -> list[int]:
        """Session ids behind the markers at ``indices`` of the ``sessions:<key>`` line (pick events)."""
        ids = self._visible_ids.get(key, np.array([], dtype=np.int64))
        return [int(ids[i]) for i in indices if 0 <= i < len(ids)]

    def day_at(self, xdata: float) -> date:
        """The calendar day under an x position in data coordinates."""
        return date(1970, 1, 1) + timedelta(days=int(np.floor(xdata + 0.5)))


def build_trend_figure(
    data: TrendData,
    start: date,
    end: date,
    *,
    title: str | None = None,
    generated_on: date | None = None,
    width: float = 10.0,
    height: float | None = None,
) -> Figure:
    """A finished trend chart of [start, end]. With ``title`` it is decorated for export
    (title, date range, "Generated by BackJournal on ...")."""
    export = title is not None
    chart = TrendChart(data, width=width, height=height, export=export)
    chart.show_range(start, end)
    if title is not None:  # export
        i, j = data.daily.bounds(start, end)
        entries = int(data.daily.n[i:j].sum())
        sessions = int(
            ((data.sessions.days >= np.datetime64(start, "D")) & (data.sessions.days <= np.datetime64(end, "D"))).sum()
        )
        with plain_text():
            decorate_for_export(
                chart.figure,
                title,
                start,
                end,
                generated_on=generated_on or date.today(),
                detail=translate("TrendChart", "%n pain entries", None, entries)
                + ", "
                + translate("TrendChart", "%n therapy sessions", None, sessions),
            )
    setattr(chart.figure, "trend_chart", chart)  # noqa: B010 - lets callers (tests, the view) reach the artists
    return chart.figure

"""Calendar heatmap of daily mean pain: month grids for a short range, a year per row for a long one.

Up to ``MONTH_GRID_MAX_DAYS`` (about three months) each month touched is a grid of weeks (the first
column is the person's week start) with the day number in every cell and the day's mean written in
it. Longer ranges get one row per year (weeks across, Monday..Sunday down).

"No pain" and "no entry" must never be confused, also in greyscale and for colour-blind readers, so
colour is never the only cue: a day with entries is coloured by a sequential ColorBrewer map
(monotone lightness) and, in month grids, shows its mean as a number ("0" for no pain); a day
without entries is grey **and hatched** in month grids, and grey **with a dot** in year
rows. Days of a shown month or year outside [start, end] are a much fainter cell without a mark.

Artists carry gids for tests and the view: a year's QuadMesh ``calendar:<year>`` holds the 7 x 54 grid
of analysis.calendar_grid.year_grid; a month's QuadMesh ``month:<yyyy>-<mm>`` holds its 6 x 7 grid
(MonthGrid.values); ``no_entry:<...>`` marks the empty days. ``colours`` (charts.palette.LIGHT or
DARK) are the frame, text and empty-day colours: the window passes its theme's.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import matplotlib
import numpy as np
from matplotlib import colormaps
from matplotlib.artist import Artist, allow_rasterization
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.collections import QuadMesh
from matplotlib.colors import ListedColormap, Normalize, to_rgb
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.path import Path

from backjournal.analysis.calendar_grid import (
    MONTH_GRID_MAX_DAYS,
    WEEKS,
    cell_of,
    month_grid,
    months_between,
    year_grid,
)
from backjournal.analysis.daily import ONE_DAY, DailyPain
from backjournal.charts import palette
from backjournal.charts.palette import ChartColours
from backjournal.charts.text import EXPORT_BOTTOM_IN, EXPORT_TOP_IN, decorate_for_export, plain_text, width_pt
from backjournal.i18n import QT_TRANSLATE_NOOP, month_name, month_short, number, translate

ROW_IN = 1.25
_WEEKDAYS = [
    QT_TRANSLATE_NOOP("Calendar", "Mo"),
    QT_TRANSLATE_NOOP("Calendar", "Tu"),
    QT_TRANSLATE_NOOP("Calendar", "We"),
    QT_TRANSLATE_NOOP("Calendar", "Th"),
    QT_TRANSLATE_NOOP("Calendar", "Fr"),
    QT_TRANSLATE_NOOP("Calendar", "Sa"),
    QT_TRANSLATE_NOOP("Calendar", "Su"),
]
NO_ENTRY_HATCH = "////"
# Legend labels, translated where they are drawn (translate("Calendar", ...)).
NO_ENTRY_LABEL = QT_TRANSLATE_NOOP("Calendar", "No entry that day (not the same as pain 0)")
OUTSIDE_LABEL = QT_TRANSLATE_NOOP("Calendar", "Outside the period shown")
YEAR_NO_ENTRY_LABEL = QT_TRANSLATE_NOOP("Calendar", "No entry that day (dot; not the same as pain 0)")


class CellMesh(QuadMesh):
    """pcolormesh's QuadMesh (the same array, colours, gid and tooltips), drawn for vector output
    (PDF, SVG: matplotlib's MixedModeRenderer) as one path per face colour instead of one per cell:
    a year's grid is 378 cells, two meshes a year, and the PDF backend wrote each cell with its own
    fill, stroke and state (~55 ms of a one-year report's calendar, issue 12). Cells do not overlap
    and share one edge colour, so every edge still ends up stroked over the fills: the same picture.
    The window (Agg) draws it as any QuadMesh."""

    @allow_rasterization
    def draw(self, renderer: RendererBase) -> None:
        mesh: Any = self  # QuadMesh's own parts (matplotlib's stubs list only its public ones)
        edges = mesh.get_edgecolors().reshape((-1, 4))
        transform = self.get_transform()
        if (
            not isinstance(renderer, MixedModeRenderer)
            or not self.get_visible()
            or mesh._shading != "flat"
            or len(edges) != 1
            or not transform.is_affine
            or self.have_units()
        ):
            super().draw(renderer)
            return
        renderer.open_group("QuadMesh", self.get_gid())
        self.update_scalarmappable()
        by_colour: dict[tuple[float, ...], list[Path]] = {}
        cells = mesh._convert_mesh_to_paths(mesh._coordinates)
        for path, rgba in zip(cells, mesh.get_facecolor().reshape((-1, 4)), strict=True):
            by_colour.setdefault(tuple(rgba), []).append(path)
        gc = renderer.new_gc()
        gc.set_snap(self.get_snap())
        mesh._set_gc_clip(gc)
        gc.set_linewidth(mesh.get_linewidth()[0])
        draw: Any = renderer.draw_path_collection  # called as matplotlib's draw_quad_mesh calls it
        draw(
            gc,
            transform.frozen(),
            [Path.make_compound_path(*paths) for paths in by_colour.values()],
            [],
            self.get_offsets(),
            self.get_offset_transform(),
            np.array(list(by_colour), dtype=float).reshape((-1, 4)),
            edges,
            np.array([gc.get_linewidth()], float),
            [],
            [mesh._antialiased],
            [None],
            "screen",
        )
        gc.restore()
        renderer.close_group("QuadMesh")
        self.stale = False


def _cells(ax: Axes, values: np.ma.MaskedArray, **kwargs) -> QuadMesh:
    """``ax.pcolormesh(values, **kwargs)``, drawn as a ``CellMesh``."""
    mesh = ax.pcolormesh(values, **kwargs)
    mesh.__class__ = CellMesh  # the subclass changes only how a vector renderer draws it
    return mesh


def _label(text: str) -> str:
    return translate("Calendar", text)


def uses_month_grid(start: date, end: date) -> bool:
    return (end - start).days + 1 <= MONTH_GRID_MAX_DAYS


def build_calendar_figure(
    daily: DailyPain,
    start: date,
    end: date,
    *,
    title: str | None = None,
    generated_on: date | None = None,
    width: float = 11.0,
    colours: ChartColours = palette.LIGHT,
    week_start: int = 0,
) -> Figure:
    """The calendar of [start, end]: month grids up to about three months, else a row per year."""
    with plain_text(), matplotlib.rc_context(colours.rc()):
        if uses_month_grid(start, end):
            fig = _month_figure(
                daily, start, end, width=width, colours=colours, week_start=week_start, export=title is not None
            )
        else:
            fig = _year_figure(daily, start, end, width=width, colours=colours, export=title is not None)
        if title is not None:
            i, j = daily.bounds(start, end)
            days_with = int((daily.n[i:j] > 0).sum())
            decorate_for_export(
                fig,
                title,
                start,
                end,
                generated_on=generated_on or date.today(),
                detail=translate("Calendar", "%n days with entries", None, days_with),
            )
    return fig


# --------------------------------------------------------------------------- month grids
def _month_figure(
    daily: DailyPain, start: date, end: date, *, width: float, colours: ChartColours, week_start: int, export: bool
) -> Figure:
    months = months_between(start, end)
    margin_l, margin_r, gap = 0.35, 0.35, 0.45
    per_row = max(1, min(len(months), int((width - margin_l - margin_r + gap) // (7 * 0.34 + gap))))
    cell = min(0.5, ((width - margin_l - margin_r + gap) / per_row - gap) / 7)
    title_in, header_in = 0.32, 0.24
    block_h = title_in + header_in + 6 * cell + 0.25
    rows = math.ceil(len(months) / per_row)
    top_in = 0.1 + (EXPORT_TOP_IN if export else 0)
    legend_in = (
        1.1 if _legend_columns([_label(NO_ENTRY_LABEL), _label(OUTSIDE_LABEL)], width - margin_l - 0.2) > 1 else 1.3
    )
    bottom_in = legend_in + (EXPORT_BOTTOM_IN if export else 0)
    height = top_in + rows * block_h + bottom_in
    fig = Figure(figsize=(width, height))
    cmap = colormaps[palette.CALENDAR_CMAP].with_extremes(bad=(1, 1, 1, 0))
    norm = Normalize(0, 10)
    mesh = None
    outside_any = False
    for k, (year, month) in enumerate(months):
        r, c = divmod(k, per_row)
        x0 = margin_l + c * (7 * cell + gap)
        y_top = height - top_in - r * block_h - title_in - header_in
        ax = fig.add_axes((x0 / width, (y_top - 6 * cell) / height, 7 * cell / width, 6 * cell / height))
        grid = month_grid(daily, year, month, start, end, week_start=week_start)
        outside = grid.in_month & ~grid.in_range
        outside_any = outside_any or bool(outside.any())
        background = np.where(outside, 1.0, np.nan)
        _cells(
            ax,
            np.ma.masked_invalid(background),
            cmap=ListedColormap([colours.outside_day]),
            norm=Normalize(0, 1),
            edgecolors=colours.cell_edge,
            linewidth=1.5,
        )
        mesh = _cells(
            ax,
            np.ma.masked_invalid(grid.values),
            cmap=cmap,
            norm=norm,
            edgecolors=colours.cell_edge,
            linewidth=1.5,
            gid=f"month:{year:04d}-{month:02d}",
        )
        empty = grid.in_range & np.isnan(grid.values)
        for row, col in zip(*np.nonzero(empty), strict=True):
            ax.add_patch(
                Rectangle(
                    (col, row),
                    1,
                    1,
                    facecolor=colours.empty_day,
                    edgecolor=colours.cell_edge,
                    hatch=NO_ENTRY_HATCH,
                    hatchcolor=colours.empty_mark,
                    linewidth=1.5,
                    gid=f"no_entry:{grid.day_at(row, col).isoformat()}",
                )
            )
        for row in range(6):
            for col in range(7):
                if not grid.in_month[row, col]:
                    continue
                day = grid.day_at(row, col)
                value = grid.values[row, col]
                ink = _ink_on(
                    cmap(norm(value)) if not math.isnan(value) else None, colours, faint=not grid.in_range[row, col]
                )
                ax.text(col + 0.08, row + 0.1, str(day.day), ha="left", va="top", fontsize=6.5, color=ink)
                if not math.isnan(value):
                    ax.text(
                        col + 0.5,
                        row + 0.62,
                        _value_text(value),
                        ha="center",
                        va="center",
                        fontsize=9,
                        fontweight="bold",
                        color=ink,
                        gid=f"value:{day.isoformat()}",
                    )
        ax.set_xlim(0, 7)
        ax.set_ylim(6, 0)
        ax.set_xticks(
            [i + 0.5 for i in range(7)], [_label(_WEEKDAYS[(week_start + i) % 7]) for i in range(7)], fontsize=8
        )
        ax.xaxis.tick_top()
        ax.set_yticks([])
        ax.tick_params(length=0, pad=2)
        ax.set_title(f"{month_name(month)} {year}", fontsize=10, fontweight="bold", loc="left", pad=16)
        for spine in ax.spines.values():
            spine.set_visible(False)
    if mesh is not None:
        bar_w = min(3.2, width - margin_l - 0.3)
        cax = fig.add_axes((margin_l / width, (bottom_in - 0.6) / height, bar_w / width, 0.13 / height))
        bar = fig.colorbar(mesh, cax=cax, orientation="horizontal")
        bar.set_label(translate("Calendar", "Daily mean pain (0–10), written in each day"), fontsize=8, labelpad=3)
        cax.xaxis.set_label_position("top")
        bar.ax.tick_params(labelsize=7, pad=1)
    handles, labels = (
        [Patch(facecolor=colours.empty_day, edgecolor=colours.empty_mark, hatch=NO_ENTRY_HATCH)],
        [_label(NO_ENTRY_LABEL)],
    )
    if outside_any:
        handles.append(Patch(facecolor=colours.outside_day, edgecolor=colours.muted, linewidth=0.5))
        labels.append(_label(OUTSIDE_LABEL))
    fig.legend(
        handles,
        labels,
        loc="lower left",
        ncol=_legend_columns(labels, width - margin_l - 0.2),
        frameon=False,
        fontsize=8,
        bbox_to_anchor=(margin_l / width - 0.005, (bottom_in - legend_in) / height),
    )
    return fig


def _legend_columns(labels: list[str], room_in: float) -> int:
    """All legend entries side by side when they fit the room (measured), else one per row."""
    need = sum(width_pt(label, 8) / 72 + 0.75 for label in labels)  # swatch, padding and column gap
    return len(labels) if need <= room_in else 1


def _month_label_step(axes_in: float) -> int:
    """Label every month, or every 2nd, 3rd... so the 8-pt month names never run into each other."""
    return next((step for step in (1, 2, 3, 4, 6) if axes_in * step / 12 >= 0.34), 12)


def _value_text(value: float) -> str:
    text = number(value)
    return text[:-2] if text.endswith(".0") else text


def _ink_on(rgba, colours: ChartColours, *, faint: bool = False) -> str:
    """Text colour readable on a cell (dark on light cells, white on dark ones)."""
    if faint:
        return colours.muted
    if rgba is None:
        return colours.text
    r, g, b = to_rgb(rgba)
    return "#1A1A1A" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#FFFFFF"


# --------------------------------------------------------------------------- a year per row
def _year_figure(
    daily: DailyPain, start: date, end: date, *, width: float, colours: ChartColours, export: bool
) -> Figure:
    shown = daily.between(start, end)
    years = list(range(start.year, end.year + 1))
    top_in = 0.55 + (EXPORT_TOP_IN if export else 0)
    left, right = 1.3 / width, 1 - 1.1 / width
    stacked = (
        _legend_columns([_label(YEAR_NO_ENTRY_LABEL), _label(OUTSIDE_LABEL)], width - 1.4) == 1
    )  # then from the left edge
    bottom_in = 0.35 + (0.2 if stacked else 0) + (EXPORT_BOTTOM_IN if export else 0)
    height = top_in + bottom_in + ROW_IN * len(years)
    fig = Figure(figsize=(width, height))
    cmap = colormaps[palette.CALENDAR_CMAP].with_extremes(bad=(1, 1, 1, 0))
    norm = Normalize(0, 10)
    empty_cmap = ListedColormap([colours.empty_day, colours.outside_day]).with_extremes(bad=(1, 1, 1, 0))
    outside_any = False
    mesh = None
    for row, year in enumerate(years):
        y0 = 1 - (top_in + ROW_IN * (row + 1)) / height
        ax = fig.add_axes((left, y0 + 0.25 / height, right - left, (ROW_IN - 0.35) / height))
        grid = year_grid(shown, year)
        outside = _outside_cells(year, start, end) & grid.in_year
        outside_any = outside_any or bool(outside.any())
        background = np.where(grid.in_year, np.where(outside, 1.0, 0.0), np.nan)
        _cells(
            ax,
            np.ma.masked_invalid(background),
            cmap=empty_cmap,
            norm=Normalize(0, 1),
            edgecolors=colours.cell_edge,
            linewidth=1.0,
        )
        mesh = _cells(
            ax,
            np.ma.masked_invalid(grid.values),
            cmap=cmap,
            norm=norm,
            edgecolors=colours.cell_edge,
            linewidth=1.0,
            gid=f"calendar:{year}",
        )
        empty_rows, empty_cols = np.nonzero(grid.in_year & ~outside & np.isnan(grid.values))
        ax.plot(
            empty_cols + 0.5,
            empty_rows + 0.5,
            linestyle="none",
            marker="o",
            markersize=1.6,
            color=colours.empty_mark,
            markeredgewidth=0,
            gid=f"no_entry:{year}",
        )
        ax.set_xlim(0, WEEKS)
        ax.set_ylim(7, 0)
        ax.set_aspect("auto")
        ax.set_yticks(
            [0.5, 2.5, 4.5],
            [translate("Calendar", "Mon"), translate("Calendar", "Wed"), translate("Calendar", "Fri")],
            fontsize=8,
        )
        month_cols = [cell_of(date(year, m, 1))[1] + 0.5 for m in range(1, 13)]
        step = _month_label_step((right - left) * width)
        ax.set_xticks(month_cols[::step], [month_short(m) for m in range(1, 13)][::step], fontsize=8)
        ax.tick_params(length=0, pad=2)
        ax.xaxis.tick_top()
        ax.set_ylabel(str(year), rotation=0, ha="right", va="center", fontsize=11, fontweight="bold", labelpad=12)
        for spine in ax.spines.values():
            spine.set_visible(False)
    if mesh is not None:
        cax = fig.add_axes(
            (
                1 - 0.95 / width,
                bottom_in / height + 0.1 / height,
                0.15 / width,
                min(2.2, ROW_IN * len(years) - 0.2) / height,
            )
        )
        bar = fig.colorbar(mesh, cax=cax)
        bar.set_label(translate("Calendar", "Daily mean pain (0–10)"), fontsize=9)
        bar.ax.tick_params(labelsize=8)
    dot = Line2D([], [], linestyle="none", marker="o", markersize=2.5, color=colours.empty_mark, markeredgewidth=0)
    handles: list[Artist | tuple[Artist, ...]] = [(Patch(color=colours.empty_day), dot)]
    labels = [_label(YEAR_NO_ENTRY_LABEL)]
    if outside_any:
        handles.append(Patch(facecolor=colours.outside_day, edgecolor=colours.muted, linewidth=0.5))
        labels.append(_label(OUTSIDE_LABEL))
    # matplotlib's stub types handles as Artists only; a tuple with HandlerTuple is its documented legend use
    fig.legend(
        handles,
        labels,
        loc="lower left",  # type: ignore[call-overload]
        ncol=1 if stacked else len(labels),
        frameon=False,
        fontsize=8,
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0)},
        bbox_to_anchor=(0.1 / width if stacked else left, 0.05 / height if not export else EXPORT_BOTTOM_IN / height),
    )
    return fig


def _outside_cells(year: int, start: date, end: date) -> np.ndarray:
    """(7, WEEKS) bool: cells of ``year``'s grid whose day lies before ``start`` or after ``end``."""
    out = np.zeros((7, WEEKS), dtype=bool)
    first = np.datetime64(f"{year:04d}-01-01", "D")
    days = np.arange(first, np.datetime64(f"{year:04d}-12-31", "D") + ONE_DAY, dtype="datetime64[D]")
    doy = np.arange(len(days))
    offset = date(year, 1, 1).weekday()
    mask = (days < np.datetime64(start, "D")) | (days > np.datetime64(end, "D"))
    out[((doy + offset) % 7)[mask], ((doy + offset) // 7)[mask]] = True
    return out

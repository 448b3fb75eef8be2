"""Calendar heatmap: one row per year (weeks across, Monday..Sunday down), coloured by daily mean.

A day without entries is a light grey cell, so "no entry" is never mistaken for "no pain" (0 is
pale yellow); a day of a shown year that lies outside [start, end] is a much fainter cell ("outside
the period shown", so it does not read as a day without entries); cells that are not days of the
year are left blank. Each year's QuadMesh carries
``gid="calendar:<year>"`` and its array holds the 7 x 54 grid of analysis.calendar_grid.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import ListedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from backjournal.analysis.calendar_grid import WEEKS, cell_of, year_grid
from backjournal.analysis.daily import DailyPain
from backjournal.charts import palette
from backjournal.charts.text import EXPORT_BOTTOM_IN, EXPORT_TOP_IN, decorate_for_export, plain_text

ROW_IN = 1.25
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def build_calendar_figure(daily: DailyPain, start: date, end: date, *, title: str | None = None,
                          generated_on: date | None = None, width: float = 11.0) -> Figure:
    """Heatmap of the years that [start, end] touches; days outside [start, end] count as empty."""
    shown = daily.between(start, end)
    years = list(range(start.year, end.year + 1))
    export = title is not None
    top_in = 0.55 + (EXPORT_TOP_IN if export else 0)
    bottom_in = 0.35 + (EXPORT_BOTTOM_IN if export else 0)
    height = top_in + bottom_in + ROW_IN * len(years)
    with plain_text():
        fig = Figure(figsize=(width, height))
        cmap = colormaps[palette.CALENDAR_CMAP].with_extremes(bad=(1, 1, 1, 0))
        norm = Normalize(0, 10)
        empty_cmap = ListedColormap([palette.EMPTY_DAY, palette.OUTSIDE_DAY]).with_extremes(bad=(1, 1, 1, 0))
        outside_any = False
        left, right = 1.3 / width, 1 - 1.1 / width
        mesh = None
        for row, year in enumerate(years):
            y0 = 1 - (top_in + ROW_IN * (row + 1)) / height
            ax = fig.add_axes((left, y0 + 0.25 / height, right - left, (ROW_IN - 0.35) / height))
            grid = year_grid(shown, year)
            outside = _outside_cells(year, start, end) & grid.in_year
            outside_any = outside_any or bool(outside.any())
            background = np.where(grid.in_year, np.where(outside, 1.0, 0.0), np.nan)
            ax.pcolormesh(np.ma.masked_invalid(background), cmap=empty_cmap, norm=Normalize(0, 1), edgecolors="white",
                          linewidth=1.0)
            mesh = ax.pcolormesh(np.ma.masked_invalid(grid.values), cmap=cmap, norm=norm, edgecolors="white",
                                 linewidth=1.0, gid=f"calendar:{year}")
            ax.set_xlim(0, WEEKS)
            ax.set_ylim(7, 0)
            ax.set_aspect("auto")
            ax.set_yticks([0.5, 2.5, 4.5], ["Mon", "Wed", "Fri"], fontsize=8)
            month_cols = [cell_of(date(year, m, 1))[1] + 0.5 for m in range(1, 13)]
            ax.set_xticks(month_cols, _MONTHS, fontsize=8)
            ax.tick_params(length=0, pad=2)
            ax.xaxis.tick_top()
            ax.set_ylabel(str(year), rotation=0, ha="right", va="center", fontsize=11, fontweight="bold", labelpad=12)
            for spine in ax.spines.values():
                spine.set_visible(False)
        if mesh is not None:
            cax = fig.add_axes((1 - 0.95 / width, bottom_in / height + 0.1 / height, 0.15 / width,
                                min(2.2, ROW_IN * len(years) - 0.2) / height))
            bar = fig.colorbar(mesh, cax=cax)
            bar.set_label("Daily mean pain (0–10)", fontsize=9)
            bar.ax.tick_params(labelsize=8)
        handles = [Patch(color=palette.EMPTY_DAY, label="No entry that day")]
        if outside_any:
            handles.append(Patch(facecolor=palette.OUTSIDE_DAY, edgecolor="#DDDDDD", linewidth=0.5,
                                 label="Outside the period shown"))
        fig.legend(handles=handles, loc="lower left", ncol=len(handles),
                   bbox_to_anchor=(left, (bottom_in - 0.3) / height if not export else EXPORT_BOTTOM_IN / height),
                   frameon=False, fontsize=8)
        if export:
            i, j = daily.bounds(start, end)
            days_with = int((daily.n[i:j] > 0).sum())
            decorate_for_export(fig, title, start, end, generated_on=generated_on or date.today(),
                                detail=f"{days_with} days with entries")
    return fig


def _outside_cells(year: int, start: date, end: date) -> np.ndarray:
    """(7, WEEKS) bool: cells of ``year``'s grid whose day lies before ``start`` or after ``end``."""
    out = np.zeros((7, WEEKS), dtype=bool)
    first = np.datetime64(f"{year:04d}-01-01", "D")
    days = np.arange(first, np.datetime64(f"{year:04d}-12-31", "D") + 1, dtype="datetime64[D]")
    doy = np.arange(len(days))
    offset = date(year, 1, 1).weekday()
    mask = (days < np.datetime64(start, "D")) | (days > np.datetime64(end, "D"))
    out[((doy + offset) % 7)[mask], ((doy + offset) // 7)[mask]] = True
    return out

"""A course on one chart: daily pain from the baseline to the days after, each window's mean as a
level line, the course's days shaded, its sessions as ticks and the weekly PEG scores.

Built for the report's course page and the window; pure matplotlib OO API, plain text only.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.dates import AutoDateLocator, date2num
from matplotlib.figure import Figure

from backjournal.analysis.courses import CourseEvaluation
from backjournal.charts import palette
from backjournal.charts.dates import date_formatter
from backjournal.charts.text import plain_text
from backjournal.i18n import number, translate

PEG_COLOUR = "#0072B2"
WINDOW_COLOUR = "#D55E00"


def _x(day: date) -> float:
    return float(date2num(day))


def build_course_figure(ev: CourseEvaluation, *, width: float = 7.0, height: float = 3.0) -> Figure:
    with plain_text():
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        colour = palette.therapy_colour(ev.course.therapy)
        ax.axvspan(
            _x(ev.first) - 0.5,
            _x(ev.last) + 0.5,
            color=colour,
            alpha=0.15,
            linewidth=0,
            label=translate("Courses", "{therapy_name} course").format(therapy_name=ev.therapy_name),
        )
        daily = ev.daily
        if daily is not None and len(daily):
            xs = daily.days.astype("datetime64[D]").astype(object)
            x = np.array([_x(d) for d in xs])
            have = ~np.isnan(daily.mean)
            ax.plot(
                x[have],
                daily.mean[have],
                color=palette.DAILY_COLOUR,
                marker="o",
                markersize=2.5,
                linewidth=0.8,
                label=translate("Courses", "Daily pain (mean of the day)"),
            )
        for window in (ev.baseline, ev.end, ev.after):
            if window is None or window.mean is None:
                continue
            ax.hlines(
                window.mean,
                _x(window.start) - 0.5,
                _x(window.end) + 0.5,
                colors=WINDOW_COLOUR,
                linewidth=2.2,
                label=translate("Courses", "Mean of a window") if window is ev.baseline else "_nolegend_",
            )
            ax.annotate(
                number(window.mean),
                (_x(window.end) + 0.5, window.mean),
                xytext=(2, 3),
                textcoords="offset points",
                fontsize=8,
                color=WINDOW_COLOUR,
            )
        if ev.peg:
            ax.plot(
                [_x(d) for d, _ in ev.peg],
                [s for _, s in ev.peg],
                linestyle="none",
                marker="D",
                markersize=5,
                color=PEG_COLOUR,
                label=translate("Courses", "Weekly PEG (0–10)"),
            )
        if ev.session_days:
            ax.plot(
                [_x(d) for d in ev.session_days],
                [0.25] * len(ev.session_days),
                linestyle="none",
                marker="|",
                markersize=9,
                color=colour,
                label=translate("Courses", "Session"),
            )
        lo = ev.baseline.start
        hi = ev.after.end if ev.after else ev.last
        ax.set_xlim(_x(lo) - 0.5, _x(hi) + 0.5)
        ax.set_ylim(0, 10.4)
        ax.set_ylabel(translate("Courses", "Pain (0–10)"))
        ax.grid(axis="y", color=palette.GRID_COLOUR, linewidth=0.6)
        ax.set_axisbelow(True)
        locator = AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(date_formatter(locator))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.16), ncols=3, frameon=False, fontsize=7.5)
        setattr(fig, "course_evaluation", ev)  # noqa: B010 - tests reach the numbers behind the artists
    return fig

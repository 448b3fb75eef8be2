"""The weekly PEG trend: each check-in's score (mean of its three items, 0-10) as a line with
markers, and its three items as faint markers, over a range of days. Plain text, OO API."""

from __future__ import annotations

from datetime import date

from matplotlib.dates import AutoDateLocator, date2num
from matplotlib.figure import Figure

from backjournal.analysis.peg import PegPoint
from backjournal.charts import palette
from backjournal.charts.dates import date_formatter
from backjournal.charts.text import plain_text
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

PEG_COLOUR = "#0072B2"
ITEMS = (
    ("pain", QT_TRANSLATE_NOOP("Peg", "Average pain"), "v", "#D55E00"),
    ("enjoyment", QT_TRANSLATE_NOOP("Peg", "Enjoyment of life"), "s", "#009E73"),
    ("activity", QT_TRANSLATE_NOOP("Peg", "General activity"), "^", "#CC79A7"),
)


def build_peg_figure(
    points: list[PegPoint],
    start: date,
    end: date,
    *,
    width: float = 7.0,
    height: float = 2.2,
    items: bool = True,
    colours=None,
    legend: bool = True,
) -> Figure:
    c = colours or palette.LIGHT
    with plain_text():
        fig = Figure(figsize=(width, height), layout="constrained", facecolor=c.background)
        ax = fig.add_subplot(facecolor=c.background)
        shown = [p for p in points if start <= p.day <= end]
        x = [float(date2num(p.day)) for p in shown]
        if items:
            for attr, label, marker, colour in ITEMS:
                ax.plot(
                    x,
                    [getattr(p, attr) for p in shown],
                    linestyle="none",
                    marker=marker,
                    markersize=3.5,
                    color=colour,
                    alpha=0.55,
                    label=translate("Peg", label),
                )
        ax.plot(
            x,
            [p.score for p in shown],
            color=PEG_COLOUR,
            marker="D",
            markersize=4.5,
            linewidth=1.6,
            label=translate("Peg", "PEG score (mean of the three)"),
        )
        if not shown:
            ax.text(
                0.5,
                0.5,
                translate("Peg", "No PEG check-in in this period"),
                transform=ax.transAxes,
                ha="center",
                va="center",
                color=c.muted,
                fontsize=9,
            )
        ax.set_xlim(float(date2num(start)) - 0.5, float(date2num(end)) + 0.5)
        ax.set_ylim(0, 10.4)
        ax.set_yticks(range(0, 11, 2))
        ax.set_ylabel(translate("Peg", "PEG (0–10)"), color=c.text)
        ax.tick_params(colors=c.text, labelsize=8)
        ax.grid(axis="y", color=c.grid, linewidth=0.6)
        ax.set_axisbelow(True)
        locator = AutoDateLocator(minticks=3, maxticks=7)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(date_formatter(locator))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if legend and shown:
            ax.legend(
                loc="upper left",
                bbox_to_anchor=(0, -0.18),
                ncols=4 if items else 1,
                frameon=False,
                fontsize=7,
                labelcolor=c.text,
            )
        setattr(fig, "peg_points", shown)  # noqa: B010 - tests read what is plotted
    return fig

"""A personal trial on one chart: each period's mean daily pain as a bar in its regimen's colour (A
or B, also told apart by hatching), grouped by pair, with the days behind each mean written on it."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from backjournal.analysis.trials import TrialResult
from backjournal.charts.text import plain_text, shorten
from backjournal.i18n import day_month, translate

COLOURS = {"A": "#0072B2", "B": "#E69F00"}
HATCH = {"A": "", "B": "//"}


def build_trial_figure(result: TrialResult, *, width: float = 7.0, height: float = 2.6) -> Figure:
    t = result.trial
    with plain_text():
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        xs, labels = [], []
        for r in result.periods:
            p = r.period
            x = (p.pair - 1) * 3 + (p.number - 1) % 2
            xs.append(x)
            labels.append(f"P{p.pair}\n{day_month(p.start)}")
            if r.mean is None:
                ax.text(x, 0.3, translate("Trials", "no data"), ha="center", fontsize=7, rotation=90, color="#555555")
                continue
            ax.bar(
                x,
                r.mean,
                width=0.9,
                color=COLOURS[p.regimen],
                hatch=HATCH[p.regimen],
                edgecolor="#333333",
                linewidth=0.5,
            )
            ax.text(
                x,
                r.mean + 0.15,
                translate("Trials", "{mean:.1f}\n{days} d").format(mean=r.mean, days=r.days),
                ha="center",
                va="bottom",
                fontsize=7,
            )
        ax.set_xticks(xs, labels, fontsize=7)
        ax.set_ylim(0, 11.5)
        ax.set_yticks(range(0, 11, 2))
        ax.set_ylabel(translate("Trials", "Mean daily pain (0–10)"))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(
            handles=[
                Patch(
                    facecolor=COLOURS[g],
                    hatch=HATCH[g],
                    edgecolor="#333333",
                    label=f"{g}: {shorten(t.regimen_name(g), 40)}",
                )
                for g in "AB"
            ],
            loc="upper left",
            bbox_to_anchor=(0, 1.02),
            ncols=2,
            frameon=False,
            fontsize=7.5,
        )
        setattr(fig, "trial_result", result)  # noqa: B010 - tests read what is plotted
    return fig

"""Therapy effect chart: for each therapy, pain before -> after, two ways, side by side.

Left: the scores given right before and right after sessions (paired). Right: the mean daily pain
in the N days before and the N days after sessions. A hollow circle is "before", a filled one
"after", joined by an arrow. Each row says n and the mean change; a row with fewer than 5 sessions
is grey and says it is too few to mean anything. Only the right panel (a change over days) is judged
with the thresholds of ``analysis.thresholds``: a mean fall of >= 2 points or >= 30 % is marked
"✔ clinically important fall", a rise of that size "worsening". The left panel (minutes around a
session) shows the numbers only. Nothing on the chart says a therapy caused a change.
"""

from __future__ import annotations

import math
from datetime import date

from matplotlib.figure import Figure

from backjournal.analysis.effects import MIN_SESSIONS, ChangeSummary, TherapyEffect
from backjournal.charts import palette
from backjournal.charts.text import EXPORT_BOTTOM_IN, EXPORT_TOP_IN, decorate_for_export, plain_text, shorten
from backjournal.domain.numbers import signed

ROW_IN = 0.5
NOTE = ("Hollow circle: before; filled: after. Thresholds (a fall of ≥ 2 points or ≥ 30 %) are used only for the "
        "change over days, not for right before → right after a session. These numbers describe what happened "
        "around sessions, not why: other treatments and the natural course of back pain change them too.")


def _row_text(s: ChangeSummary) -> tuple[str, bool]:
    """The row's words: n, the change as printed (from the rounded sides) and, for a change over days
    only, the threshold mark (✔ clinically important fall / worsening)."""
    if s.n == 0:
        return "no data", False
    if not s.enough:
        return f"n = {s.n}: too few to mean anything (need {MIN_SESSIONS})", False
    a = s.assessment
    sd = "" if math.isnan(s.sd_change) else f", SD {s.sd_change:.1f}"
    text = f"n = {s.n}: {signed(a.points)}{sd}"
    if s.judged and (mark := a.mark()):
        text += f"  {mark}"
    return text, True


def build_effect_figure(effects: list[TherapyEffect], start: date, end: date, *, title: str | None = None,
                        generated_on: date | None = None, width: float = 11.0) -> Figure:
    export = title is not None
    rows = max(len(effects), 1)
    top_in = 0.75 + (EXPORT_TOP_IN if export else 0)
    bottom_in = 0.95 + (EXPORT_BOTTOM_IN if export else 0)
    height = top_in + bottom_in + ROW_IN * rows
    window = effects[0].window_days if effects else 7
    with plain_text():
        fig = Figure(figsize=(width, height))
        left, gap, right = 2.3 / width, 0.6 / width, 0.3 / width
        panel_w = (1 - left - gap - right) / 2
        panels = [
            (fig.add_axes((left, bottom_in / height, panel_w, ROW_IN * rows / height)),
             "Right before → right after a session", "paired"),
            (fig.add_axes((left + panel_w + gap, bottom_in / height, panel_w, ROW_IN * rows / height)),
             f"{window} days before → {window} days after (daily mean)", "around"),
        ]
        for ax, heading, which in panels:
            ax.set_title(heading, fontsize=10, loc="left", pad=8)
            ax.set_xlim(0, 10)
            ax.set_ylim(rows - 0.5, -0.5)
            ax.set_xlabel("Pain (0–10)")
            ax.set_yticks([])
            ax.grid(axis="x", color=palette.GRID_COLOUR)
            ax.set_axisbelow(True)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            for row, eff in enumerate(effects):
                s: ChangeSummary = getattr(eff, which)
                colour = palette.therapy_colour(eff.key)
                text, enough = _row_text(s)
                faded = 1.0 if enough else 0.35
                if s.n:
                    ax.annotate("", xy=(s.mean_after, row), xytext=(s.mean_before, row),
                                arrowprops={"arrowstyle": "->", "color": "#333333", "alpha": faded, "lw": 1.2})
                    ax.plot([s.mean_before], [row], marker="o", markersize=9, markerfacecolor="white",
                            markeredgecolor=colour, markeredgewidth=2, alpha=faded, gid=f"before:{eff.key}")
                    ax.plot([s.mean_after], [row], marker="o", markersize=9, color=colour, alpha=faded,
                            markeredgecolor="#222222", markeredgewidth=0.5, gid=f"after:{eff.key}")
                ax.text(0.1, row + 0.36, text, fontsize=8, color="#222222" if enough else "#777777",
                        parse_math=False, va="bottom", gid=f"note:{which}:{eff.key}")
            if not effects:
                ax.text(5, 0, "No therapy sessions in this period", ha="center", va="center", color="#666666")
        label_ax = panels[0][0]
        for row, eff in enumerate(effects):
            label_ax.text(-0.02, row, shorten(f"{eff.name} ({eff.sessions})", 30), transform=label_ax.get_yaxis_transform(),
                          ha="right", va="center", fontsize=9, parse_math=False, gid=f"label:{eff.key}")
        fig.text(0.012, 0.2 / height + (EXPORT_BOTTOM_IN / height if export else 0), NOTE, fontsize=8,
                 color="#444444", wrap=True, parse_math=False)
        if export:
            decorate_for_export(fig, title, start, end, generated_on=generated_on or date.today(),
                                detail="sessions with pain scores; (n) = sessions in the period")
    return fig

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
from backjournal.charts.text import (
    EXPORT_BOTTOM_IN,
    EXPORT_TOP_IN,
    FIT_MARGIN,
    decorate_for_export,
    fit_line,
    plain_text,
    width_pt,
    wrap_lines,
)
from backjournal.domain.models import shown_name
from backjournal.domain.numbers import signed
from backjournal.i18n import QT_TRANSLATE_NOOP, localise_number_text, translate

ROW_IN = 0.5
#: one line of 8 pt row text (matplotlib's line spacing 1.2) and the room kept around it, in inches
NOTE_LINE_IN = 8 * 1.2 / 72
MARKER_IN = 0.25  # from a row's top to its markers
NOTE_GAP_IN = 0.1  # from the markers' centre down to the row's words (a marker's radius is 0.0625)
NOTE = QT_TRANSLATE_NOOP(
    "Effects",
    "Hollow circle: before; filled: after. Thresholds (a fall of ≥ 2 points or ≥ 30 %) are used "
    "only for the change over days, not for right before → right after a session. These numbers "
    "describe what happened around sessions, not why: other treatments and the natural course of "
    "back pain change them too.",
)


def _row_parts(s: ChangeSummary) -> tuple[str, str, bool]:
    """The row's words: n and the change as printed (from the rounded sides), then, for a change
    over days only, the threshold mark (✔ clinically important fall / worsening)."""
    if s.n == 0:
        return translate("Effects", "no data"), "", False
    if not s.enough:
        return (
            translate("Effects", "n = {n}: too few to mean anything (need {least})").format(n=s.n, least=MIN_SESSIONS),
            "",
            False,
        )
    a = s.assessment
    assert a is not None  # s.enough
    sd = "" if math.isnan(s.sd_change) else f", SD {s.sd_change:.1f}"
    mark = (a.mark() or "") if s.judged else ""
    return localise_number_text(f"n = {s.n}: {signed(a.points)}{sd}"), mark, True


def _row_text(s: ChangeSummary) -> tuple[str, bool]:
    base, mark, enough = _row_parts(s)
    return (f"{base}  {mark}" if mark else base), enough


def _row_lines(s: ChangeSummary, width_in: float) -> list[str]:
    """The row's words on one line when they fit the panel, else wrapped (the mark on its own lines)."""
    text, _ = _row_text(s)
    if width_pt(text, 8) <= width_in * 72 * FIT_MARGIN:
        return [text]
    base, mark, _ = _row_parts(s)
    return wrap_lines(base, width_in, 8) + (wrap_lines(mark, width_in, 8) if mark else [])


def build_effect_figure(
    effects: list[TherapyEffect],
    start: date,
    end: date,
    *,
    title: str | None = None,
    generated_on: date | None = None,
    width: float = 11.0,
) -> Figure:
    """Every text is fitted to ``width`` inches (measured): panel titles, row notes and the note
    below wrap, and a therapy's name is shortened with "…" (the window's tooltip has it in full),
    so nothing runs past the figure or into the other panel on a narrow window."""
    export = title is not None
    rows = max(len(effects), 1)
    window = effects[0].window_days if effects else 7
    label_w = min(2.3, max(1.0, 0.24 * width))
    gap, right = min(0.6, 0.06 * width), 0.3
    panel_in = (width - label_w - gap - right) / 2
    note_in = panel_in * 0.97
    headings = [
        (translate("Effects", "Right before → right after a session"), "paired"),
        (
            translate("Effects", "{window} days before → {window} days after (daily mean)").format(window=window),
            "around",
        ),
    ]
    heading_lines = [wrap_lines(h, panel_in, 10) for h, _ in headings]
    row_lines = {(which, eff.key): _row_lines(getattr(eff, which), note_in) for eff in effects for _, which in headings}
    most = max((len(v) for v in row_lines.values()), default=1)
    row_in = max(ROW_IN, MARKER_IN + NOTE_GAP_IN + most * NOTE_LINE_IN + 0.07)
    note_lines = wrap_lines(translate("Effects", NOTE), width - 0.24, 8)
    top_in = max(0.75, 0.35 + len(max(heading_lines, key=len)) * 10 * 1.2 / 72) + (EXPORT_TOP_IN if export else 0)
    bottom_in = 0.55 + len(note_lines) * NOTE_LINE_IN + 0.12 + (EXPORT_BOTTOM_IN if export else 0)
    height = top_in + bottom_in + row_in * rows
    marker = -0.5 + MARKER_IN / row_in  # a row's markers, in data units from its centre
    with plain_text():
        fig = Figure(figsize=(width, height))
        axes_box = [
            (label_w / width, bottom_in / height, panel_in / width, row_in * rows / height),
            ((label_w + panel_in + gap) / width, bottom_in / height, panel_in / width, row_in * rows / height),
        ]
        panels = [
            (fig.add_axes(box), lines, which)
            for box, lines, (_, which) in zip(axes_box, heading_lines, headings, strict=True)
        ]
        for ax, heading, which in panels:
            ax.set_title("\n".join(heading), fontsize=10, loc="left", pad=8)
            ax.set_xlim(0, 10)
            ax.set_ylim(rows - 0.5, -0.5)
            ax.set_xlabel(translate("Effects", "Pain (0–10)"))
            ax.set_yticks([])
            ax.grid(axis="x", color=palette.GRID_COLOUR)
            ax.set_axisbelow(True)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            for row, eff in enumerate(effects):
                s: ChangeSummary = getattr(eff, which)
                colour = palette.therapy_colour(eff.key)
                faded = 1.0 if s.enough else 0.35
                y = row + marker
                if s.n:
                    ax.annotate(
                        "",
                        xy=(s.mean_after, y),
                        xytext=(s.mean_before, y),
                        arrowprops={"arrowstyle": "->", "color": "#333333", "alpha": faded, "lw": 1.2},
                    )
                    ax.plot(
                        [s.mean_before],
                        [y],
                        marker="o",
                        markersize=9,
                        markerfacecolor="white",
                        markeredgecolor=colour,
                        markeredgewidth=2,
                        alpha=faded,
                        gid=f"before:{eff.key}",
                    )
                    ax.plot(
                        [s.mean_after],
                        [y],
                        marker="o",
                        markersize=9,
                        color=colour,
                        alpha=faded,
                        markeredgecolor="#222222",
                        markeredgewidth=0.5,
                        gid=f"after:{eff.key}",
                    )
                ax.text(
                    0.1,
                    y + NOTE_GAP_IN / row_in,
                    "\n".join(row_lines[(which, eff.key)]),
                    fontsize=8,
                    color="#222222" if s.enough else "#777777",
                    parse_math=False,
                    va="top",
                    gid=f"note:{which}:{eff.key}",
                )
            if not effects:
                ax.text(
                    5,
                    0,
                    "\n".join(
                        wrap_lines(translate("Effects", "No therapy sessions in this period"), panel_in - 0.1, 10)
                    ),
                    ha="center",
                    va="center",
                    color="#666666",
                )
        label_ax = panels[0][0]
        label_room = label_w - 0.02 * panel_in - 0.1
        for row, eff in enumerate(effects):
            count = f" ({eff.sessions})"
            name = fit_line(shown_name(eff.key, eff.name), label_room - width_pt(count, 9) / 72, 9)
            label_ax.text(
                -0.02,
                row + marker,
                name + count,
                transform=label_ax.get_yaxis_transform(),
                ha="right",
                va="center",
                fontsize=9,
                parse_math=False,
                gid=f"label:{eff.key}",
            )
        fig.text(
            0.12 / width,
            (0.12 + (EXPORT_BOTTOM_IN if export else 0)) / height,
            "\n".join(note_lines),
            fontsize=8,
            color="#444444",
            va="bottom",
            parse_math=False,
        )
        if title is not None:  # export
            decorate_for_export(
                fig,
                title,
                start,
                end,
                generated_on=generated_on or date.today(),
                detail=translate("Effects", "sessions with pain scores; (n) = sessions in the period"),
            )
    return fig

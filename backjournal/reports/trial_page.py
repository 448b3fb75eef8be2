"""The report's personal-trial page: one printable page for the physician on a personal (N-of-1)
trial: the two regimens, the schedule, mean daily pain (and PEG) under each, the difference with
its 95 % interval, the days behind each number, side effects per period, and what the result can
and cannot say. Written through the report builder's helpers (reports.pdf_report)."""

from __future__ import annotations

from backjournal.analysis.courses import fmt_mean
from backjournal.analysis.trials import CONVERSATION, TrialResult
from backjournal.domain.numbers import signed


def _day(day) -> str:
    return f"{day.day} {day:%b %Y}"


def trial_page(builder, result: TrialResult) -> None:
    from backjournal.charts.trials import build_trial_figure

    pdf, t = builder.pdf, result.trial
    pdf.add_page()
    builder._font(13, "B")
    pdf.multi_cell(0, 6.5, f"Personal trial (N-of-1): {_day(t.start)} – {_day(t.last_day)}", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    washout = (f"; the first {t.washout_days} days of each period are a wash-out, left out of the analysis"
               if t.washout_days else "")
    rows = [["Regimen A", t.regimen_a], ["Regimen B", t.regimen_b],
            ["Design", f"{t.pairs} pairs of {t.period_days}-day periods, the order inside each pair drawn at "
                       f"random (seed {t.seed}: {', '.join(t.orders)}){washout}"
                       + (f"; stopped on {_day(t.stopped_on)}" if t.stopped_on else "")],
            ["Mean daily pain", f"A {fmt_mean(result.mean_a)} ({result.days_a} days) · B {fmt_mean(result.mean_b)} "
                                f"({result.days_b} days)"]]
    if result.peg_a is not None or result.peg_b is not None:
        rows.append(["Weekly PEG", f"A {fmt_mean(result.peg_a)} · B {fmt_mean(result.peg_b)}"])
    if result.difference is not None:
        ci = (f"; 95 % interval {signed(result.ci_low)} to {signed(result.ci_high)}" if result.ci_low is not None and result.ci_high is not None else "")
        rows.append(["Difference B − A", f"{signed(result.difference)} points over {result.pairs_complete} "
                                         f"complete pair{'s' if result.pairs_complete != 1 else ''}{ci}"])
    builder._key_figures(rows)
    builder._para(result.verdict(), size=9.5, style="B", h=4.8)
    pdf.ln(1)
    builder._chart(build_trial_figure(result, width=7.0, height=2.5), max_h=62)
    table = []
    for r in result.periods:
        p = r.period
        table.append([str(p.number), str(p.pair), f"{p.regimen}", f"{_day(p.start)} – {_day(p.end)}",
                      fmt_mean(r.mean), str(r.days), fmt_mean(r.peg), r.side_effects or ""])
    builder._table(["#", "Pair", "Reg.", "Days", "Mean", "Days with data", "PEG", "Side effects"], table,
                   (7, 9, 10, 46, 13, 20, 11, 64), size=7.5,
                   align=("RIGHT", "RIGHT", "CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"))
    builder._para("Period means are means of daily means over each period's analysed days; the difference is the "
                  "mean of the pairs' differences (B − A), its 95 % interval the t-interval on them.", size=7.5,
                  h=3.6)
    builder._para(CONVERSATION, size=8, h=3.9)

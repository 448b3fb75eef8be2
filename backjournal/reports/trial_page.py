"""The report's personal-trial page: one printable page for the physician on a personal (N-of-1)
trial: the two regimens, the schedule, mean daily pain (and PEG) under each, the difference with
its 95 % interval, the days behind each number, side effects per period, and what the result can
and cannot say. Written through the report builder's helpers (reports.pdf_report)."""

from __future__ import annotations

from backjournal.analysis.courses import fmt_mean
from backjournal.analysis.trials import CONVERSATION, TrialResult
from backjournal.charts.text import human_day
from backjournal.domain.numbers import signed
from backjournal.i18n import translate


def _day(day) -> str:
    return human_day(day)


def trial_page(builder, result: TrialResult) -> None:
    from backjournal.charts.trials import build_trial_figure

    pdf, t = builder.pdf, result.trial
    pdf.add_page()
    builder._font(13, "B")
    pdf.multi_cell(
        0,
        6.5,
        translate("TrialPage", "Personal trial (N-of-1): {day} – {day2}").format(
            day=_day(t.start), day2=_day(t.last_day)
        ),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    washout = (
        translate(
            "TrialPage", "; the first {washout_days} days of each period are a wash-out, left out of the analysis"
        ).format(washout_days=t.washout_days)
        if t.washout_days
        else ""
    )
    rows = [
        [translate("TrialPage", "Regimen A"), t.regimen_a],
        [translate("TrialPage", "Regimen B"), t.regimen_b],
        [
            translate("TrialPage", "Design"),
            translate(
                "TrialPage",
                "{pairs} pairs of {period_days}-day periods, the order inside each pair drawn "
                "at random (seed {seed}: {join}){washout}",
            ).format(pairs=t.pairs, period_days=t.period_days, seed=t.seed, join=", ".join(t.orders), washout=washout)
            + (translate("TrialPage", "; stopped on {day}").format(day=_day(t.stopped_on)) if t.stopped_on else ""),
        ],
        [
            translate("TrialPage", "Mean daily pain"),
            translate("TrialPage", "A {fmt_mean} ({days_a} days) · B {fmt_mean2} ({days_b} days)").format(
                fmt_mean=fmt_mean(result.mean_a),
                days_a=result.days_a,
                fmt_mean2=fmt_mean(result.mean_b),
                days_b=result.days_b,
            ),
        ],
    ]
    if result.peg_a is not None or result.peg_b is not None:
        rows.append([translate("TrialPage", "Weekly PEG"), f"A {fmt_mean(result.peg_a)} · B {fmt_mean(result.peg_b)}"])
    if result.difference is not None:
        ci = (
            translate("TrialPage", "; 95 % interval {signed} to {signed2}").format(
                signed=signed(result.ci_low), signed2=signed(result.ci_high)
            )
            if result.ci_low is not None and result.ci_high is not None
            else ""
        )
        rows.append(
            [
                translate("TrialPage", "Difference B − A"),
                translate(
                    "TrialPage", "{signed} points over %n complete pairs{ci}", None, result.pairs_complete
                ).format(signed=signed(result.difference), ci=ci),
            ]
        )
    builder._key_figures(rows)
    builder._para(result.verdict(), size=9.5, style="B", h=4.8)
    pdf.ln(1)
    builder._chart(build_trial_figure(result, width=7.0, height=2.5), max_h=62)
    table = []
    for r in result.periods:
        p = r.period
        table.append(
            [
                str(p.number),
                str(p.pair),
                f"{p.regimen}",
                f"{_day(p.start)} – {_day(p.end)}",
                fmt_mean(r.mean),
                str(r.days),
                fmt_mean(r.peg),
                r.side_effects or "",
            ]
        )
    builder._table(
        [
            "#",
            translate("TrialPage", "Pair"),
            translate("TrialPage", "Reg."),
            translate("TrialPage", "Days"),
            translate("TrialPage", "Mean"),
            translate("TrialPage", "Days with data"),
            "PEG",
            translate("TrialPage", "Side effects"),
        ],
        table,
        (7, 9, 10, 46, 13, 20, 11, 64),
        size=7.5,
        align=("RIGHT", "RIGHT", "CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
    )
    builder._para(
        translate(
            "TrialPage",
            "Period means are means of daily means over each period's analysed days; the "
            "difference is the mean of the pairs' differences (B − A), its 95 % interval the "
            "t-interval on them.",
        ),
        size=7.5,
        h=3.6,
    )
    builder._para(CONVERSATION, size=8, h=3.9)

"""The report's section "What went with better or worse days" (analysis/insights.py, docs/insights.md)."""

from __future__ import annotations

from backjournal.analysis.insights import COULD_BE_CHANCE, MEDIAN_SPLIT, Q_LIKELY, WENT_WITH, InsightsResult
from backjournal.domain.models import shown_name
from backjournal.i18n import localise_number_text, translate

MUTED = (90, 90, 90)  # as pdf_report.MUTED (not imported: pdf_report imports this module)

MAX_ROWS = 30


def _signed(x: float) -> str:
    return localise_number_text(f"{x:+.1f}".replace("-", "\u2212"))


def insights_section(report, result: InsightsResult) -> None:
    """Heading, what the words mean, a table of the comparisons (most notable first) and their sentences."""
    pdf = report.pdf
    pdf.add_page() if pdf.get_y() > pdf.h * 0.55 or pdf.page_no() == 1 else pdf.ln(4)
    report._heading(translate("InsightsPage", "What went with better or worse days"))
    computed = list(result.computed)
    if not computed:
        report._para(
            translate(
                "InsightsPage",
                "Too few days to compare: each therapy or factor needs at least 5 days with and 5 "
                "without it, on days with a pain score.",
            ),
            size=9,
        )
        return
    report._para(
        translate(
            "InsightsPage",
            "Mean daily pain on days with against days without each therapy (yes/no factors: yes "
            "against no; 0–10 factors: high against low), the same day and the next day, with the "
            "95 % interval of the difference (Welch). All {comparisons} comparisons were adjusted "
            "together (Benjamini–Hochberg q); only q < {Q_LIKELY} is read as unlikely to be "
            "chance alone. ",
        ).format(comparisons=result.comparisons, Q_LIKELY=Q_LIKELY)
        + " ".join(translate("Insights", t) for t in (WENT_WITH, COULD_BE_CHANCE, MEDIAN_SPLIT)),
        size=8.5,
        colour=MUTED,
        h=4,
    )
    pdf.ln(1)
    rows = []
    for i in computed[:MAX_ROWS]:
        assert i.difference is not None and i.ci_low is not None and i.ci_high is not None  # computed
        assert i.q_value is not None  # every computed difference is in the family that gets q-values
        label = shown_name(i.key, i.name) + (translate("InsightsPage", " (high)") if i.kind == "scale" else "")
        rows.append(
            [
                label,
                translate("InsightsPage", "next day") if i.lag_days else translate("InsightsPage", "same day"),
                f"{i.days_with} / {i.days_without}",
                translate("InsightsPage", "{mean_with:.1f} vs {mean_without:.1f}").format(
                    mean_with=i.mean_with, mean_without=i.mean_without
                ),
                translate("InsightsPage", "{signed} ({signed2} to {signed3})").format(
                    signed=_signed(i.difference), signed2=_signed(i.ci_low), signed3=_signed(i.ci_high)
                ),
                localise_number_text("< 0.001" if i.q_value < 0.001 else f"{i.q_value:.3f}"),
                translate("InsightsPage", "unlikely chance")
                if i.likely
                else translate("InsightsPage", "could be chance"),
            ]
        )
    report._table(
        [
            translate("InsightsPage", "With"),
            translate("InsightsPage", "Pain on"),
            translate("InsightsPage", "Days with / without"),
            translate("InsightsPage", "Mean pain"),
            translate("InsightsPage", "Difference (95 %)"),
            "q",
            translate("InsightsPage", "Reading"),
        ],
        rows,
        (40, 17, 22, 22, 35, 14, 30),
        size=7.5,
        align=("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT", "LEFT"),
    )
    left = len(computed) - MAX_ROWS
    skipped = len(result.items) - len(computed)
    notes = []
    if left > 0:
        notes.append(
            translate("InsightsPage", "{left} more comparisons with weaker evidence are not listed.").format(left=left)
        )
    if skipped:
        notes.append(
            translate(
                "InsightsPage", "{skipped} comparisons had too few days (fewer than 5 on a side) and are left out."
            ).format(skipped=skipped)
        )
    if notes:
        report._para(" ".join(notes), size=8, colour=MUTED, h=4)

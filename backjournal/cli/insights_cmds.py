"""``insights``: what went with better or worse days (docs/insights.md).

    backjournal insights [--from DATE --to DATE | --range 2w|30d|90d|1y|all] [--format table|json]

JSON: the range, the number of comparisons adjusted together, the explanations, and per item
``name``, ``kind``, ``lag_days``, ``days_with``, ``days_without``, ``mean_with``, ``mean_without``,
``difference``, ``ci_low``, ``ci_high``, ``q_value`` (full precision; null when a side has too few
days) plus ``key``, ``p_value``, ``split_at``, ``spearman_rho/p/q``, ``status`` and ``text``.
"""

from __future__ import annotations

import argparse
import json
import sys

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import shown_name
from backjournal.domain.timeutil import parse_day
from backjournal.i18n import QT_TRANSLATE_NOOP, Text, translate

#: The table's "kind" column, in the language of the person (``--format json`` keeps the keys).
KIND_LABELS = {
    "therapy": QT_TRANSLATE_NOOP("InsightsCmds", "therapy"),
    "scale": QT_TRANSLATE_NOOP("InsightsCmds", "0-10"),
    "yesno": QT_TRANSLATE_NOOP("InsightsCmds", "yes/no"),
}

HELP = QT_TRANSLATE_NOOP(
    "CommandLineHelp",
    "what went with better or worse days: therapies and factors against your pain (not cause and effect)",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("insights", help=translate("CommandLineHelp", HELP))
    p.add_argument("--from", dest="start", metavar="DATE", help=translate("CommandLineHelp", "first day, YYYY-MM-DD"))
    p.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CommandLineHelp", "last day, YYYY-MM-DD (default today)")
    )
    p.add_argument(
        "--range",
        dest="range_key",
        metavar="RANGE",
        help=translate("CommandLineHelp", "2w, 30d, 90d, 1y (ending today) or all (default all); not with --from/--to"),
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_insights)


def cmd_insights(args, ctx) -> int:
    from backjournal.analysis.insights import COULD_BE_CHANCE, MEDIAN_SPLIT, WENT_WITH

    start = parse_day(args.start, field="--from") if args.start else None
    end = parse_day(args.end, field="--to") if args.end else None
    if args.range_key is not None and (start or end):
        raise ValidationError("--range", args.range_key, "either --range or --from/--to, not both")
    services = ctx.services()
    trends = services.trends
    start, end = trends.resolve_range(args.range_key or ("all" if not (start or end) else None), start, end)
    result = services.insights.insights(start, end)
    if args.format == "json":
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(
        translate(
            "InsightsCmds", "What went with better or worse days, {start} to {end} ({comparisons} comparisons)"
        ).format(start=start, end=end, comparisons=result.comparisons)
    )
    if not result.items:
        print(
            translate(
                "InsightsCmds", "Nothing to compare yet: log pain on most days, and your therapy sessions or factors."
            )
        )
    header = [
        translate("InsightsCmds", "name"),
        translate("InsightsCmds", "kind"),
        translate("InsightsCmds", "lag"),
        translate("InsightsCmds", "with"),
        translate("InsightsCmds", "w/o"),
        translate("InsightsCmds", "diff"),
        translate("InsightsCmds", "95 % interval"),
        "q",
    ]
    if result.items:
        print("{:24} {:8} {:>3} {:>5} {:>5} {:>6} {:>15} {:>7}".format(*header))
    # Text.format writes the decimals with the language's separator, like the sentences below
    row = Text("{name:24} {kind:8} {lag:>3} {with_:>5} {without:>5} ")
    for i in result.items:
        cells = row.format(
            name=shown_name(i.key, i.name)[:24],
            kind=translate("InsightsCmds", KIND_LABELS.get(i.kind, i.kind)),
            lag=i.lag_days,
            with_=i.days_with,
            without=i.days_without,
        )
        if i.computed:
            ci = translate("InsightsCmds", "{ci_low:+.1f} to {ci_high:+.1f}").format(ci_low=i.ci_low, ci_high=i.ci_high)
            print(cells + Text("{diff:+6.1f} {ci:>15} {q:7.3f}").format(diff=i.difference, ci=ci, q=i.q_value))
        else:
            status = (
                translate("InsightsCmds", "too few days")
                if i.status == "too_few_days"
                else translate("InsightsCmds", "no spread")
            )
            print(cells + f"{status:>30}")
    if result.items:
        print()
        for i in result.items:
            if i.computed:
                print("- " + i.sentence())
        print()
        for text in (translate("Insights", t) for t in (WENT_WITH, COULD_BE_CHANCE, MEDIAN_SPLIT)):
            print(text)
    return 0

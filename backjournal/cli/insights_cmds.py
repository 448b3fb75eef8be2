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
from backjournal.domain.timeutil import parse_day
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

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
    header = f"{'name':24} {'kind':8} {'lag':>3} {'with':>5} {'w/o':>5} {'diff':>6} {'95 % interval':>15} {'q':>7}"
    if result.items:
        print(header)
    for i in result.items:
        if i.computed:
            ci = translate("InsightsCmds", "{ci_low:+.1f} to {ci_high:+.1f}").format(ci_low=i.ci_low, ci_high=i.ci_high)
            print(
                f"{i.name[:24]:24} {i.kind:8} {i.lag_days:>3} {i.days_with:>5} {i.days_without:>5} "
                f"{i.difference:+6.1f} {ci:>15} {i.q_value:7.3f}"
            )
        else:
            print(
                f"{i.name[:24]:24} {i.kind:8} {i.lag_days:>3} {i.days_with:>5} {i.days_without:>5} "
                f"{'too few days' if i.status == 'too_few_days' else 'no spread':>30}"
            )
    if result.items:
        print()
        for i in result.items:
            if i.computed:
                print("- " + i.sentence())
        print()
        for text in (translate("Insights", t) for t in (WENT_WITH, COULD_BE_CHANCE, MEDIAN_SPLIT)):
            print(text)
    return 0

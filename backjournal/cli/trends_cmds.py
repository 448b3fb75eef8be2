"""``chart``, ``stats``, ``demo`` and ``period``: trends on the command line.

backjournal chart --kind trend|calendar|therapy [--from DATE --to DATE | --range 2w|30d|90d|1y|all]
                  [--therapy KEY,...] -o FILE.png|svg|pdf
backjournal stats [--from DATE --to DATE | --range ...] [--therapy KEY,...] --format json
backjournal demo [--years N] [--seed N]          (only into an empty journal)
backjournal period add LABEL --from DATE --to DATE [--therapy KEY] | period list | period remove UID
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from backjournal.charts import CHART_KINDS
from backjournal.domain.errors import ValidationError
from backjournal.domain.timeutil import parse_day
from backjournal.i18n import translate


def _add_range(p: argparse.ArgumentParser) -> None:
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
    p.add_argument(
        "--therapy",
        metavar="KEY,...",
        help=translate("CommandLineHelp", "only these therapies (keys or names, comma-separated)"),
    )
    p.add_argument(
        "--where",
        metavar="REGION,...",
        help=translate(
            "CommandLineHelp", "only pain entries naming one of these body regions (e.g. leg_left,leg_right)"
        ),
    )
    p.add_argument("--window", default="7", help=translate("CommandLineHelp", "days in the rolling mean (default 7)"))
    p.add_argument(
        "--effect-window",
        default="7",
        help=translate("CommandLineHelp", "days before/after a session compared (default 7)"),
    )


def _positive(field: str):
    def convert(text: str) -> int:
        from backjournal.cli.journal_cmds import whole_number

        return whole_number(
            text, field, translate("TrendsCmds", "a whole number of days from 1 to 365"), low=-(2**63), high=2**63 - 1
        )

    return convert


def register(sub: argparse._SubParsersAction) -> None:
    chart = sub.add_parser(
        "chart", help=translate("CommandLineHelp", "save a chart as PNG, SVG or PDF (the format follows the file name)")
    )
    chart.add_argument(
        "--kind",
        choices=CHART_KINDS,
        default="trend",
        help=translate("CommandLineHelp", "trend (pain and therapy lanes), calendar (heatmap) or therapy (effects)"),
    )
    _add_range(chart)
    chart.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("CommandLineHelp", "FILE.png, FILE.svg or FILE.pdf"),
    )
    chart.set_defaults(handler=cmd_chart)

    stats = sub.add_parser(
        "stats",
        help=translate("CommandLineHelp", "the numbers the charts show: daily means, rolling means, therapy effects"),
    )
    _add_range(stats)
    stats.add_argument("--format", choices=["json"], default="json")
    stats.set_defaults(handler=cmd_stats)

    demo = sub.add_parser(
        "demo",
        help=translate("CommandLineHelp", "fill an EMPTY journal with realistic made-up data (for trying things out)"),
    )
    demo.add_argument(
        "--years", default="2", help=translate("CommandLineHelp", "how many years of data, up to 30 (default 2)")
    )
    demo.add_argument("--seed", help=translate("CommandLineHelp", "random seed, for the same data every time"))
    demo.set_defaults(handler=cmd_demo)

    period = sub.add_parser(
        "period", help=translate("CommandLineHelp", "marked periods shaded on charts (e.g. an acupuncture course)")
    )
    psub = period.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(period))
    add = psub.add_parser("add", help=translate("CommandLineHelp", "mark a period"))
    add.add_argument("label", help=translate("CommandLineHelp", "the name shown on the charts"))
    add.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        required=True,
        help=translate("CommandLineHelp", "first day, YYYY-MM-DD"),
    )
    add.add_argument(
        "--to", dest="end", metavar="DATE", required=True, help=translate("CommandLineHelp", "last day, YYYY-MM-DD")
    )
    add.add_argument(
        "--therapy",
        metavar="KEY",
        help=translate("CommandLineHelp", "the therapy it belongs to (gives it that colour)"),
    )
    add.set_defaults(handler=cmd_period_add)
    lst = psub.add_parser("list", help=translate("CommandLineHelp", "list marked periods"))
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=cmd_period_list)
    rm = psub.add_parser(
        "remove",
        help=translate(
            "CommandLineHelp",
            "remove the marked period with this uid (or its first characters, as 'period list' shows them)",
        ),
    )
    rm.add_argument("uid", help=translate("CommandLineHelp", "the period's uid (see 'backjournal period list')"))
    rm.set_defaults(handler=cmd_period_remove)


# --------------------------------------------------------------------------- helpers


def _trends(ctx, *, create: bool = False):
    return ctx.services(create=create).trends


def _therapy_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    keys = [p.strip() for p in text.split(",") if p.strip()]
    if not keys:
        raise ValidationError("--therapy", text, "one or more therapy keys, comma-separated")
    return keys


def _range(args, trends) -> tuple[date, date]:
    start = parse_day(args.start, field="--from") if args.start else None
    end = parse_day(args.end, field="--to") if args.end else None
    if args.range_key is not None and (start or end):
        raise ValidationError("--range", args.range_key, "either --range or --from/--to, not both")
    return trends.resolve_range(args.range_key or ("all" if not (start or end) else None), start, end)


def _prepare(args, ctx):
    """Validate everything, then read: (trends service, data, start, end)."""
    from backjournal.services.trends import MAX_WINDOW

    args.window = _positive("--window")(args.window)
    args.effect_window = _positive("--effect-window")(args.effect_window)
    for field, value in (("--window", args.window), ("--effect-window", args.effect_window)):
        if not 1 <= value <= MAX_WINDOW:
            raise ValidationError(field, value, f"a whole number of days from 1 to {MAX_WINDOW}")
    keys = _therapy_list(args.therapy)
    trends = _trends(ctx)
    start, end = _range(args, trends)
    regions = None
    if args.where is not None:
        regions = [p.strip() for p in args.where.split(",") if p.strip()]
        if not regions:
            from backjournal.domain.models import BodyRegion

            raise ValidationError("--where", args.where, ", ".join(r.value for r in BodyRegion))
    data = trends.trend_data(start, end, keys, window=args.window, effect_window=args.effect_window, regions=regions)
    return trends, data, start, end


# --------------------------------------------------------------------------- handlers


def cmd_chart(args, ctx) -> int:
    from backjournal.paths import CHART_OUTPUT

    output = ctx.output(args.output, CHART_OUTPUT)  # checked before anything is read or written
    trends, data, start, end = _prepare(args, ctx)
    from backjournal.charts.export import build_export_figure, save_figure
    from backjournal.services.trends import today

    effects = trends.effects(data, window=args.effect_window) if args.kind == "therapy" else None
    fig = build_export_figure(args.kind, data, start, end, generated_on=today(), effects=effects)
    path = save_figure(fig, output)
    print(
        translate("TrendsCmds", "saved {kind} chart of {start} to {end} as {path}").format(
            kind=args.kind, start=start, end=end, path=path
        )
    )
    return 0


def cmd_stats(args, ctx) -> int:
    from backjournal.analysis.trend_data import stats_dict

    trends, data, start, end = _prepare(args, ctx)
    effects = trends.effects(data, window=args.effect_window)
    out = stats_dict(data, start, end, effects)
    from backjournal.cli.course_cmds import courses_and_trials

    out.update(courses_and_trials(ctx, start, end))  # "courses", "trials" (docs/courses.md)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_demo(args, ctx) -> int:
    from backjournal.services.demo import MAX_YEARS

    try:
        years = float(args.years) if args.years.strip().isascii() else float("nan")
    except ValueError:
        raise ValidationError("--years", args.years, f"a number of years above 0 and at most {MAX_YEARS}") from None
    if not 0 < years <= MAX_YEARS:
        raise ValidationError("--years", args.years, f"a number of years above 0 and at most {MAX_YEARS}")
    seed = None
    if args.seed is not None:
        from backjournal.cli.journal_cmds import whole_number

        seed = whole_number(
            args.seed, "--seed", translate("TrendsCmds", "a whole number from 0 to 4294967295"), high=2**32 - 1
        )
    summary = ctx.services().demo.fill(years, seed)
    print(
        translate(
            "TrendsCmds",
            "demo journal from {start} to {end}: {pain_entries} pain entries, {sessions} therapy "
            "sessions, {peg_checkins} PEG check-ins, {periods} marked periods",
        ).format(
            start=summary.start,
            end=summary.end,
            pain_entries=summary.pain_entries,
            sessions=summary.sessions,
            peg_checkins=summary.peg_checkins,
            periods=summary.periods,
        )
    )
    return 0


def cmd_period_add(args, ctx) -> int:
    from backjournal.domain.periods import MarkedPeriod

    period = MarkedPeriod(
        args.label, parse_day(args.start, field="--from"), parse_day(args.end, field="--to"), args.therapy
    ).validate()
    trends = _trends(ctx, create=True)
    period = trends.checked_period(period)  # gives it its uid
    trends.add_marked_period(period)
    print(
        translate("TrendsCmds", "marked {label!r} from {start} to {end} (uid {uid})").format(
            label=period.label, start=period.start, end=period.end, uid=period.uid
        )
    )
    return 0


def cmd_period_list(args, ctx) -> int:
    periods = _trends(ctx).marked_periods() if ctx.journal_exists() else []
    if args.format == "json":
        json.dump([p.as_dict() for p in periods], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not periods:
        print(translate("TrendsCmds", "No marked periods."))
    for p in periods:
        print(f"{(p.uid or '')[:8]}  {p.start} – {p.end}  {p.label}" + (f"  ({p.therapy})" if p.therapy else ""))
    return 0


def cmd_period_remove(args, ctx) -> int:
    period = _trends(ctx).remove_marked_period(args.uid)
    print(
        translate("TrendsCmds", "removed marked period {label!r} ({start} – {end}, uid {uid})").format(
            label=period.label, start=period.start, end=period.end, uid=period.uid
        )
    )
    return 0

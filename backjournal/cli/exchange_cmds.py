"""``export``, ``import`` and ``report``: the journal out to files, files back in, and the PDF report."""

from __future__ import annotations

import argparse
import sys

from backjournal.domain.errors import ImportRejectedError, ValidationError
from backjournal.domain.timeutil import parse_day
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

MAP_HELP = QT_TRANSLATE_NOOP(
    "CommandLineHelp",
    'map a name in a foreign file to a therapy key, or to "skip": --map "Yoga=exercise" '
    "--map \"Friends=skip\" (repeatable; see 'backjournal therapies' for keys)",
)


def register(sub: argparse._SubParsersAction) -> None:
    ex = sub.add_parser(
        "export", help=translate("CommandLineHelp", "export the journal as CSV, JSON (whole journal) or FHIR R4")
    )
    ex.add_argument("format", choices=["csv", "json", "fhir"])
    ex.add_argument("--from", dest="start", metavar="DATE", help=translate("CommandLineHelp", "first day, YYYY-MM-DD"))
    ex.add_argument("--to", dest="end", metavar="DATE", help=translate("CommandLineHelp", "last day, YYYY-MM-DD"))
    ex.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("CommandLineHelp", "the file to write (replaced atomically)"),
    )
    ex.set_defaults(handler=cmd_export)

    # the --format names written out, without importing services.exchange (storage) or the importers
    # (~30 ms): report and export do not need them; tests/e2e/test_lazy_imports.py keeps this equal to
    # services.exchange.IMPORT_FORMATS
    import_formats = ["csv", "json", "bearable", "daylio", "flaredown"]
    im = sub.add_parser(
        "import",
        help=translate(
            "CommandLineHelp", "import a BackJournal CSV/JSON file, or a Bearable, Daylio or Flaredown CSV export"
        ),
    )
    im.add_argument("file", help=translate("CommandLineHelp", "the file to import"))
    im.add_argument(
        "--format", choices=import_formats, help=translate("CommandLineHelp", "the file's format (default: detected)")
    )
    im.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLineHelp", "import a foreign file after reading its preview"),
    )
    im.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLineHelp", "only show what would be imported")
    )
    im.add_argument(
        "--scale",
        choices=["convert", "skip"],
        help=translate(
            "CommandLineHelp",
            "ratings on a 0-4 scale (Bearable, Flaredown): convert to 0-10 (0→0 1→3 2→5 3→8 4→10) or skip them",
        ),
    )
    im.add_argument(
        "--map", action="append", default=[], metavar="NAME=KEY", help=translate("CommandLineHelp", MAP_HELP)
    )
    im.set_defaults(handler=cmd_import)

    rp = sub.add_parser("report", help=translate("CommandLineHelp", "write the PDF report for your physician"))
    rp.add_argument("--from", dest="start", metavar="DATE", help=translate("CommandLineHelp", "first day, YYYY-MM-DD"))
    rp.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CommandLineHelp", "last day, YYYY-MM-DD (default today)")
    )
    rp.add_argument(
        "--range",
        choices=["30d", "90d", "1y"],
        help=translate("CommandLineHelp", "the last 30 days, 90 days or year (default 90d)"),
    )
    rp.add_argument(
        "--baseline-from",
        metavar="DATE",
        help=translate("CommandLineHelp", "compare against this baseline period instead of the first two weeks"),
    )
    rp.add_argument(
        "--baseline-to",
        metavar="DATE",
        help=translate("CommandLineHelp", "last day of the baseline period, YYYY-MM-DD"),
    )
    rp.add_argument(
        "--sections",
        metavar="LIST",
        help=translate(
            "CommandLineHelp",
            "comma-separated: summary,calendar,effects,medications,notes,cards (default: all but notes and cards)",
        ),
    )
    rp.add_argument("--include-notes", action="store_true", help=translate("CommandLineHelp", "add the notes section"))
    rp.add_argument("--name", help=translate("CommandLineHelp", "your name, printed in the footer of every page"))
    rp.add_argument(
        "--paper", choices=["a4", "letter"], help=translate("CommandLineHelp", "paper size (default: from the locale)")
    )
    rp.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("CommandLineHelp", "the PDF file to write")
    )
    rp.set_defaults(handler=cmd_report)


def _exchange(ctx, *, create: bool):
    return ctx.services(create=create).exchange


def _days(args):
    start = parse_day(args.start, field="--from") if args.start else None
    end = parse_day(args.end, field="--to") if args.end else None
    if start and end and end < start:
        raise ValidationError(
            "--to",
            args.end,
            translate("Errors", "a day on or after --from ({day})").format(day=args.start),
            translate("Errors", "is before --from"),
        )
    return start, end


def cmd_export(args, ctx) -> int:
    from backjournal.paths import CSV_OUTPUT, FHIR_OUTPUT, JSON_OUTPUT

    start, end = _days(args)
    output = ctx.output(args.output, {"csv": CSV_OUTPUT, "json": JSON_OUTPUT, "fhir": FHIR_OUTPUT}[args.format])
    result = _exchange(ctx, create=False).export(args.format, output, start=start, end=end)
    print(
        translate(
            "ExchangeCmds",
            "exported {pain} pain entries, {sessions} sessions and {peg} PEG check-ins to {path} ({value})",
        ).format(
            pain=result.pain, sessions=result.sessions, peg=result.peg, path=result.path, value=result.format.value
        )
    )
    from backjournal.services.encryption import is_journal_encrypted

    if is_journal_encrypted(ctx.data_dir):  # docs/privacy.md: exports of an encrypted journal are plain
        import sys

        print(
            translate(
                "ExchangeCmds",
                "warning: the journal is encrypted, but this export is not: anyone who gets {path} can read it.",
            ).format(path=result.path),
            file=sys.stderr,
        )
    return 0


def parse_maps(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        name, sep, key = item.rpartition("=")
        if not sep or not name.strip() or not key.strip():
            raise ValidationError(
                "--map", item, translate("ExchangeCmds", 'NAME=KEY or NAME=skip, e.g. --map "Yoga=exercise"')
            )
        out[name.strip()] = key.strip()
    return out


def cmd_import(args, ctx) -> int:
    from backjournal.exchange.batch import ImportOptions

    options = ImportOptions(scale=args.scale, therapy_map=parse_maps(args.map))
    exchange = _exchange(ctx, create=True)
    try:
        plan = exchange.prepare(args.file, fmt=args.format, options=options)
    except ImportRejectedError as exc:
        print(
            translate("ExchangeCmds", "error: {file}: {len} invalid row(s); nothing was imported:").format(
                file=args.file, len=len(exc.problems)
            ),
            file=sys.stderr,
        )
        for p in exc.problems:
            print(f"  {p}", file=sys.stderr)
        return 2
    out = sys.stdout
    for line in plan.preview_lines():
        print(line, file=out)
    if args.dry_run:
        print(translate("ExchangeCmds", "Dry run: nothing imported."), file=out)
        return 0
    if plan.batch.foreign and not args.yes:
        hint = translate("ExchangeCmds", " and --scale convert|skip") if plan.needs_scale_choice else ""
        print(
            translate(
                "ExchangeCmds",
                "Nothing imported yet. Check the lines above, then run again with --yes{hint} to import.",
            ).format(hint=hint),
            file=out,
        )
        return 0
    if plan.needs_scale_choice:
        s = plan.batch.undecided_scales[0]
        raise ValidationError(
            "--scale",
            "",
            translate("ExchangeCmds", "convert ({mapping}) or skip").format(mapping=s.mapping_text()),
            translate("ExchangeCmds", "{count} {source} are on a {scale} scale; choose what to do with them").format(
                count=s.count, source=translate("Import", s.source), scale=s.scale
            ),
        )
    result = exchange.apply(plan)
    print(
        translate("ExchangeCmds", "imported {pain} pain entries, {sessions} sessions and {peg} PEG check-ins").format(
            pain=result.pain, sessions=result.sessions, peg=result.peg
        )
        + (
            translate("ExchangeCmds", ", {therapies} new therapy type(s)").format(therapies=result.therapies)
            if result.therapies
            else ""
        )
        + (
            translate("ExchangeCmds", ", {periods} marked period(s)").format(periods=result.periods)
            if result.periods
            else ""
        )
        + (
            translate("ExchangeCmds", ", {factors} new factor(s)").format(factors=result.factors)
            if result.factors
            else ""
        )
        + (
            translate("ExchangeCmds", ", {factor_values} daily factor value(s)").format(
                factor_values=result.factor_values
            )
            if result.factor_values
            else ""
        )
        + translate("ExchangeCmds", "; {already} already in the journal; {skipped} skipped").format(
            already=result.already, skipped=result.skipped
        ),
        file=out,
    )
    return 0


def cmd_report(args, ctx) -> int:
    from backjournal.reports import collector_paused, no_collection_at_exit

    no_collection_at_exit()  # one report, then the process ends (reports/__init__.py)
    with collector_paused():
        return _write_report(args, ctx)


def _write_report(args, ctx) -> int:
    from backjournal.paths import REPORT_OUTPUT
    from backjournal.services.report import ReportOptions, parse_sections, resolve_period, write_light

    output = ctx.output(args.output, REPORT_OUTPUT)
    start, end = resolve_period(args.start, args.end, args.range)
    baseline = None
    if args.baseline_from or args.baseline_to:
        if not (args.baseline_from and args.baseline_to):
            raise ValidationError(
                "--baseline-from/--baseline-to", "", translate("Errors", "both days of the baseline period")
            )
        b0 = parse_day(args.baseline_from, field="--baseline-from")
        b1 = parse_day(args.baseline_to, field="--baseline-to")
        if b1 < b0:
            raise ValidationError(
                "--baseline-to", args.baseline_to, translate("Errors", "a day on or after --baseline-from")
            )
        baseline = (b0, b1)
    options = ReportOptions(
        start=start,
        end=end,
        baseline=baseline,
        sections=parse_sections(args.sections, include_notes=args.include_notes),
        name=args.name,
        paper=args.paper,
    )
    # a plain journal at head is read with sqlite3 alone (services/report.py write_light); any other
    # (encrypted, to upgrade, an empty-trash pending, missing) is opened as every command opens it
    path = write_light(ctx.data_dir, options, output) or ctx.services(create=False).reports.write(options, output)
    print(
        translate("ExchangeCmds", "wrote the report for {isoformat} to {isoformat2} to {path}").format(
            isoformat=start.isoformat(), isoformat2=end.isoformat(), path=path
        )
    )
    return 0

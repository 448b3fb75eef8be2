"""``trial``: personal (N-of-1) trials on the command line.

backjournal trial start --a TEXT --b TEXT --pairs N --days D [--washout D] [--seed N] [--from DATE]
backjournal trial show [ID] [--format text|json]
backjournal trial side-effects PERIOD TEXT [--trial ID]
backjournal trial stop [ID] [--on DATE]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import overload

from backjournal.domain.timeutil import parse_day
from backjournal.domain.trials import PAIRS_MAX, PAIRS_MIN, PERIOD_DAYS_MAX, PERIOD_DAYS_MIN, SEED_MAX
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    trial = sub.add_parser(
        "trial",
        help=translate("CommandLineHelp", "a personal trial of two regimens (A/B) in randomised pairs of periods"),
    )
    tsub = trial.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(trial))
    start = tsub.add_parser(
        "start", help=translate("CommandLineHelp", "start a personal trial agreed with your clinician")
    )
    start.add_argument(
        "--a",
        required=True,
        metavar="TEXT",
        help=translate("CommandLineHelp", "regimen A, e.g. 'ibuprofen 400 mg as needed'"),
    )
    start.add_argument("--b", required=True, metavar="TEXT", help=translate("CommandLineHelp", "regimen B"))
    start.add_argument(
        "--pairs",
        required=True,
        metavar="N",
        help=translate("CommandLineHelp", "pairs of periods ({min}-{max})").format(min=PAIRS_MIN, max=PAIRS_MAX),
    )
    start.add_argument(
        "--days",
        required=True,
        metavar="D",
        help=translate("CommandLineHelp", "days per period ({min}-{max}: 1-2 weeks)").format(
            min=PERIOD_DAYS_MIN, max=PERIOD_DAYS_MAX
        ),
    )
    start.add_argument(
        "--washout",
        default="0",
        metavar="D",
        help=translate("CommandLineHelp", "days at the start of each period left out of the analysis (default 0)"),
    )
    start.add_argument(
        "--seed",
        metavar="N",
        help=translate(
            "CommandLineHelp", "random seed for the order in each pair (0-{max}; default: a new one, recorded)"
        ).format(max=SEED_MAX),
    )
    start.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate("CommandLineHelp", "first day, YYYY-MM-DD (default today)"),
    )
    start.set_defaults(handler=cmd_start)
    show = tsub.add_parser(
        "show", help=translate("CommandLineHelp", "the schedule and the result of a trial (default the latest)")
    )
    show.add_argument(
        "id", nargs="?", metavar="ID", help=translate("CommandLineHelp", "the trial (default the latest)")
    )
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.add_argument(
        "--pdf", metavar="FILE", help=translate("CommandLineHelp", "also write the one-page PDF for your physician")
    )
    show.set_defaults(handler=cmd_show)
    fx = tsub.add_parser(
        "side-effects", help=translate("CommandLineHelp", "note side effects for one period of the trial")
    )
    fx.add_argument(
        "period", metavar="PERIOD", help=translate("CommandLineHelp", "the period's number (as 'trial show' lists it)")
    )
    fx.add_argument("text", metavar="TEXT", help=translate("CommandLineHelp", "what you noticed ('' clears it)"))
    fx.add_argument("--trial", metavar="ID", help=translate("CommandLineHelp", "the trial (default the latest)"))
    fx.set_defaults(handler=cmd_side_effects)
    stop = tsub.add_parser(
        "stop", help=translate("CommandLineHelp", "stop a trial early (its result uses the days up to then)")
    )
    stop.add_argument(
        "id", nargs="?", metavar="ID", help=translate("CommandLineHelp", "the trial (default the latest)")
    )
    stop.add_argument("--on", metavar="DATE", help=translate("CommandLineHelp", "its last day (default today)"))
    stop.set_defaults(handler=cmd_stop)


@overload
def _int(text: str, field: str, allowed: str, low: int, high: int) -> int: ...
@overload
def _int(text: str | None, field: str, allowed: str, low: int, high: int) -> int | None: ...
def _int(text: str | None, field: str, allowed: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    from backjournal.cli.journal_cmds import whole_number

    return whole_number(text, field, allowed, low=low, high=high)


def _id(text: str | None) -> int | None:
    return _int(text, "ID", translate("TrialCmds", "a trial id as 'backjournal trial show' shows it"), 1, 2**63 - 1)


def _service(ctx, *, create: bool = False):
    if not create and not ctx.journal_exists():  # never created: no trial can exist (exit 2, nothing made)
        from backjournal.domain.errors import NotFoundError

        raise NotFoundError(translate("TrialCmds", "No personal trial yet; 'backjournal trial start' starts one."))

    return ctx.services(create=create).trials


def cmd_start(args, ctx) -> int:
    from backjournal.domain.trials import TrialDraft
    from backjournal.services.trials import today

    draft = TrialDraft(
        regimen_a=args.a,
        regimen_b=args.b,
        pairs=_int(
            args.pairs,
            "--pairs",
            translate("TrialCmds", "a whole number of pairs from {PAIRS_MIN} to {PAIRS_MAX}").format(
                PAIRS_MIN=PAIRS_MIN, PAIRS_MAX=PAIRS_MAX
            ),
            -(2**31),
            2**31,
        ),
        period_days=_int(
            args.days,
            "--days",
            translate("TrialCmds", "a whole number of days from {PERIOD_DAYS_MIN} to {PERIOD_DAYS_MAX}").format(
                PERIOD_DAYS_MIN=PERIOD_DAYS_MIN, PERIOD_DAYS_MAX=PERIOD_DAYS_MAX
            ),
            -(2**31),
            2**31,
        ),
        start=parse_day(args.start, field="--from") if args.start else today(),
        washout_days=_int(
            args.washout,
            "--washout",
            translate("TrialCmds", "a whole number of days shorter than a period"),
            -(2**31),
            2**31,
        ),
        seed=_int(
            args.seed,
            "--seed",
            translate("TrialCmds", "a whole number from 0 to {SEED_MAX}").format(SEED_MAX=SEED_MAX),
            0,
            SEED_MAX,
        ),
    ).validate()  # pairs < 3 and the like: exit 2 before the journal is opened
    service = _service(ctx, create=True)
    trial = service.start(service.checked(draft))
    print(
        translate(
            "TrialCmds",
            "trial {id}: A = {regimen_a}, B = {regimen_b}; {pairs} pairs of {period_days}-day periods "
            "from {start} to {planned_end} (seed {seed})",
        ).format(
            id=trial.id,
            regimen_a=trial.regimen_a,
            regimen_b=trial.regimen_b,
            pairs=trial.pairs,
            period_days=trial.period_days,
            start=trial.start,
            planned_end=trial.planned_end,
            seed=trial.seed,
        )
    )
    for p in trial.schedule():
        washout = (
            translate("TrialCmds", " (wash-out to {washout_end})").format(washout_end=p.washout_end)
            if p.washout_end
            else ""
        )
        print(
            translate(
                "TrialCmds", "  period {number:>2} (pair {pair}): {start} – {end}  {regimen}: {regimen_name}{washout}"
            ).format(
                number=p.number,
                pair=p.pair,
                start=p.start,
                end=p.end,
                regimen=p.regimen,
                regimen_name=trial.regimen_name(p.regimen),
                washout=washout,
            )
        )
    return 0


def cmd_show(args, ctx) -> int:
    trial_id = _id(args.id)
    if args.pdf:
        from backjournal.paths import REPORT_OUTPUT

        output = ctx.output(args.pdf, REPORT_OUTPUT)  # checked before anything is read or written
    result = _service(ctx).result(trial_id)
    if args.pdf:
        from backjournal.services.report import ReportOptions

        t = result.trial
        ctx.services().reports.write(ReportOptions(t.start, t.last_day, sections=frozenset({"trials"})), output)
        print(
            translate("TrialCmds", "wrote the trial's page to {output}").format(output=output),
            file=sys.stderr if args.format == "json" else sys.stdout,
        )
    if args.format == "json":
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        sys.stdout.write("\n")
        return 0
    print(describe(result))
    return 0


def describe(result) -> str:
    from backjournal.analysis.courses import fmt_mean

    t = result.trial
    lines = [
        translate("TrialCmds", "Trial {id}: A = {regimen_a}; B = {regimen_b}").format(
            id=t.id, regimen_a=t.regimen_a, regimen_b=t.regimen_b
        ),
        translate("TrialCmds", "{pairs} pairs of {period_days}-day periods, {start} – {last_day}").format(
            pairs=t.pairs, period_days=t.period_days, start=t.start, last_day=t.last_day
        )
        + (
            translate("TrialCmds", ", wash-out {washout_days} days").format(washout_days=t.washout_days)
            if t.washout_days
            else ""
        )
        + translate("TrialCmds", "; seed {seed}").format(seed=t.seed),
    ]
    for r in result.periods:
        p = r.period
        fx = (
            translate("TrialCmds", "; side effects: {side_effects}").format(side_effects=r.side_effects)
            if r.side_effects
            else ""
        )
        lines.append(
            translate(
                "TrialCmds", "  {number:>2} pair {pair} {regimen} {start} – {end}: mean {fmt_mean} ({days} days)"
            ).format(
                number=p.number,
                pair=p.pair,
                regimen=p.regimen,
                start=p.start,
                end=p.end,
                fmt_mean=fmt_mean(r.mean),
                days=r.days,
            )
            + (f", PEG {r.peg:.1f}" if r.peg is not None else "")
            + fx
        )
    lines.append(
        translate("TrialCmds", "Under A: {fmt_mean} ({days_a} days); under B: {fmt_mean2} ({days_b} days)").format(
            fmt_mean=fmt_mean(result.mean_a),
            days_a=result.days_a,
            fmt_mean2=fmt_mean(result.mean_b),
            days_b=result.days_b,
        )
    )
    lines.append(result.verdict())
    from backjournal.analysis.trials import CONVERSATION

    lines.append(CONVERSATION)
    return "\n".join(lines)


def cmd_side_effects(args, ctx) -> int:
    service = _service(ctx)
    trial = service.get(_id(args.trial))
    period = _int(
        args.period,
        "PERIOD",
        translate("TrialCmds", "a period number from 1 to {value}").format(value=2 * trial.pairs),
        1,
        2 * trial.pairs,
    )
    service.set_side_effects(trial.id, period, args.text)
    print(
        translate("TrialCmds", "trial {id}, period {period}: side effects ").format(id=trial.id, period=period)
        + (translate("TrialCmds", "noted") if args.text.strip() else translate("TrialCmds", "cleared"))
    )
    return 0


def cmd_stop(args, ctx) -> int:
    from backjournal.services.trials import today

    service = _service(ctx)
    trial = service.get(_id(args.id))
    on = parse_day(args.on, field="--on") if args.on else today()
    trial = service.stop(trial.id, on)
    print(
        translate("TrialCmds", "trial {id} stopped; its last day is {last_day}").format(
            id=trial.id, last_day=trial.last_day
        )
    )
    return 0

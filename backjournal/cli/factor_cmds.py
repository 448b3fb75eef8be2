"""``factors`` (list, add, turn on/off) and ``log factor NAME VALUE [--on DATE]``."""

from __future__ import annotations

import argparse
import json
import sys

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import shown_name
from backjournal.domain.timeutil import local_now, parse_day
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    fa = sub.add_parser(
        "factors", help=translate("CommandLineHelp", "daily factors: sleep, mood, stress, activity and your own")
    )
    fa.add_argument(
        "--add", metavar="NAME", help=translate("CommandLineHelp", "add a factor of your own (e.g. 'long drive')")
    )
    fa.add_argument(
        "--kind",
        choices=["scale", "yesno"],
        default="scale",
        help=translate("CommandLineHelp", "for --add: scale (0-10, the default) or yesno"),
    )
    fa.add_argument(
        "--enable",
        metavar="NAME",
        help=translate("CommandLineHelp", "turn a factor on (built-ins are off until turned on)"),
    )
    fa.add_argument(
        "--disable", metavar="NAME", help=translate("CommandLineHelp", "turn a factor off (its values are kept)")
    )
    fa.add_argument("--format", choices=["table", "json"], default="table")
    fa.set_defaults(handler=cmd_factors)


def register_log(log_sub: argparse._SubParsersAction) -> None:
    """``log factor``, added to the ``log`` command (cli.journal_cmds)."""
    fv = log_sub.add_parser(
        "factor", help=translate("CommandLineHelp", "log a daily factor (0-10, or yes/no); replaces that day's value")
    )
    fv.add_argument("name", help=translate("CommandLineHelp", "a factor's key or name (see 'backjournal factors')"))
    fv.add_argument("value", help=translate("CommandLineHelp", "0-10 for a scale factor, yes/no for a yes/no factor"))
    fv.add_argument(
        "--on",
        metavar="DATE",
        help=translate("CommandLineHelp", "the day, YYYY-MM-DD (default today; not in the future)"),
    )
    fv.set_defaults(handler=cmd_log_factor)


def _service(ctx):
    return ctx.services().factors


def cmd_factors(args, ctx) -> int:
    service = _service(ctx)
    if args.add is not None:
        added = service.add(args.add, args.kind)
        print(
            translate("FactorCmds", "added factor {name!r} ({label}, key {key})").format(
                name=added.name, label=added.kind.label, key=added.key
            )
        )
        return 0
    if args.enable is not None or args.disable is not None:
        if args.enable is not None and args.disable is not None:
            raise ValidationError("--enable/--disable", "both", "one of --enable or --disable", "both given")
        changed = service.set_enabled(args.enable if args.enable is not None else args.disable, args.enable is not None)
        print(
            translate("FactorCmds", "factor {name!r} is {value}").format(
                name=changed.name, value="on" if changed.enabled else "off"
            )
        )
        return 0
    found = service.factors()
    if args.format == "json":
        json.dump(
            [
                {"key": f.key, "name": f.name, "kind": f.kind.value, "builtin": f.builtin, "enabled": f.enabled}
                for f in found
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for f in found:
            origin = translate("FactorCmds", "built-in") if f.builtin else translate("FactorCmds", "your own")
            state = translate("FactorCmds", "on") if f.enabled else translate("FactorCmds", "off")
            print(f"{f.key:<28} {shown_name(f.key, f.name):<28} {f.kind.label:<7} {origin:<9} {state}")
    return 0


def cmd_log_factor(args, ctx) -> int:
    day = parse_day(args.on, field="--on") if args.on is not None else local_now().date()
    if day > local_now().date():
        raise ValidationError("--on", args.on, "today or an earlier day", "is in the future")
    service = _service(ctx)
    saved, before = service.set_value(args.name, args.value, day)
    factor = service.find(saved.factor_key)
    replaced = (
        translate("FactorCmds", " (replaced {value_text})").format(value_text=factor.value_text(before.value))
        if before is not None
        else ""
    )
    print(
        translate("FactorCmds", "logged {name} {value_text} on {isoformat}{replaced}").format(
            name=factor.name,
            value_text=factor.value_text(saved.value),
            isoformat=saved.day.isoformat(),
            replaced=replaced,
        )
    )
    return 0

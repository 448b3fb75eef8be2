"""``log pain``, ``log session``, ``log peg`` (``log factor``: cli.factor_cmds), ``list``, ``therapies``,
``delete``, ``undelete``."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import replace

from backjournal.cli.medication_cmds import dose_fields, resolve_session_therapy
from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.models import (
    DEFAULT_REGIONS,
    INTERFERENCE_ALLOWED,
    MAX_MINUTES,
    SCORE_ALLOWED,
    PainEntry,
    PainEntryDraft,
    PegDraft,
    RecordKind,
    RecordRef,
    TherapySession,
    TherapySessionDraft,
    check_score,
    parse_qualities,
    parse_where,
    shown_name,
)
from backjournal.domain.timeutil import check_not_future, local_now, parse_day, parse_moment
from backjournal.exchange.records import record_to_dict, therapy_to_dict
from backjournal.i18n import translate

#: SQLite stores whole numbers up to 2**63 - 1; record ids and counts stay below it.
INT_MAX = 2**63 - 1


def whole_number(text: str, field: str, allowed: str, *, low: int = 0, high: int = INT_MAX) -> int:
    """A whole number written with the digits 0-9, in [low, high]; anything else is a ValidationError."""
    raw = text.strip()
    if not re.fullmatch(r"[+-]?[0-9]+", raw):  # ASCII digits only: '²' and '١' are not numbers here
        raise ValidationError(field, text, allowed, f"{text!r} is not a whole number")
    if len(raw) > 25 or not low <= int(raw) <= high:
        raise ValidationError(field, text, allowed, f"{raw} is out of range")
    return int(raw)


def _int(field: str, allowed: str, *, low: int = 0, high: int = INT_MAX):
    def convert(text: str) -> int:
        return whole_number(text, field, allowed, low=low, high=high)

    return convert


def _csv_list(text: str) -> list[str]:
    return [part for part in (p.strip() for p in text.split(",")) if part]


def register(sub: argparse._SubParsersAction) -> None:
    log = sub.add_parser(
        "log", help=translate("CommandLineHelp", "log pain, a therapy session, a weekly PEG check-in or a daily factor")
    )
    log_sub = log.add_subparsers(dest="what", metavar="WHAT", required=True, parser_class=type(log))

    pain = log_sub.add_parser("pain", help=translate("CommandLineHelp", "log a pain score (0-10)"))
    pain.add_argument(
        "score",
        nargs="?",
        help=translate(
            "CommandLineHelp",
            "0 (no pain) to 10 (worst pain imaginable); may be left out when --where scores each "
            "region (then the highest region score)",
        ),
    )
    pain.add_argument("--at", help=translate("CommandLineHelp", "when it was felt (ISO 8601); default now"))
    pain.add_argument(
        "--where",
        metavar="REGION[=SCORE],...",
        help=translate(
            "CommandLineHelp",
            "body regions, comma-separated (default lower_back); REGION=SCORE gives each region "
            "its own 0-10 score, e.g. lower_back=6,leg_left=4",
        ),
    )
    pain.add_argument("--quality", help=translate("CommandLineHelp", "pain qualities, comma-separated"))
    pain.add_argument("--note", help=translate("CommandLineHelp", "a note (your words)"))
    pain.set_defaults(handler=cmd_log_pain)

    session = log_sub.add_parser("session", help=translate("CommandLineHelp", "log a therapy session"))
    session.add_argument(
        "therapy",
        help=translate("CommandLineHelp", "a therapy key (see 'backjournal therapies') or a user-defined name"),
    )
    session.add_argument("--at", help=translate("CommandLineHelp", "when it started (ISO 8601); default now"))
    session.add_argument(
        "--minutes", help=translate("CommandLineHelp", "duration in minutes, 0-{max}").format(max=MAX_MINUTES)
    )
    session.add_argument("--before", help=translate("CommandLineHelp", "pain before, 0-10"))
    session.add_argument("--after", help=translate("CommandLineHelp", "pain after, 0-10"))
    session.add_argument("--details", help=translate("CommandLineHelp", "kind, intensity, temperature ..."))
    session.add_argument(
        "--dose",
        help=translate(
            "CommandLineHelp",
            "dose as you would write it (e.g. '400 mg as needed'); kept as text when it does not read as amount + unit",
        ),
    )
    session.add_argument("--provider", help=translate("CommandLineHelp", "who or where"))
    session.add_argument("--note", help=translate("CommandLineHelp", "a note (your words)"))
    session.set_defaults(handler=cmd_log_session)
    from backjournal.cli.medication_cmds import add_session_options

    add_session_options(session)

    peg = log_sub.add_parser(
        "peg", help=translate("CommandLineHelp", "log a weekly PEG check-in (three 0-10 answers about the past week)")
    )
    peg.add_argument("pain", help=translate("CommandLineHelp", "average pain in the past week, 0-10"))
    peg.add_argument(
        "enjoyment", help=translate("CommandLineHelp", "how much pain interfered with enjoyment of life, 0-10")
    )
    peg.add_argument(
        "activity", help=translate("CommandLineHelp", "how much pain interfered with general activity, 0-10")
    )
    peg.add_argument("--at", help=translate("CommandLineHelp", "when answered (ISO 8601); default now"))
    peg.add_argument("--note", help=translate("CommandLineHelp", "a note (your words)"))
    peg.set_defaults(handler=cmd_log_peg)

    from backjournal.cli.factor_cmds import register_log

    register_log(log_sub)

    lst = sub.add_parser("list", help=translate("CommandLineHelp", "list entries, sessions and PEG check-ins"))
    lst.add_argument("--from", dest="start", metavar="DATE", help=translate("CommandLineHelp", "first day, YYYY-MM-DD"))
    lst.add_argument("--to", dest="end", metavar="DATE", help=translate("CommandLineHelp", "last day, YYYY-MM-DD"))
    lst.add_argument("--format", choices=["table", "csv", "json"], default="table")
    lst.set_defaults(handler=cmd_list)

    th = sub.add_parser("therapies", help=translate("CommandLineHelp", "list therapy types (built-in and your own)"))
    th.add_argument("--format", choices=["table", "json"], default="table")
    th.add_argument("--add", metavar="NAME", help=translate("CommandLineHelp", "add a therapy type of your own"))
    th.add_argument(
        "--category",
        choices=["non-drug", "drug", "procedure"],
        default="non-drug",
        help=translate("CommandLineHelp", "category of the type given with --add"),
    )
    th.set_defaults(handler=cmd_therapies)

    for name, deleted, text in [
        ("delete", True, translate("JournalCmds", "move records to the trash")),
        ("undelete", False, translate("JournalCmds", "bring records back from the trash")),
    ]:
        p = sub.add_parser(name, help=text)
        p.add_argument("kind", choices=[k.value for k in (RecordKind.PAIN, RecordKind.SESSION, RecordKind.PEG)])
        p.add_argument("ids", nargs="+", help=translate("CommandLineHelp", "record ids (see 'backjournal list')"))
        p.set_defaults(handler=cmd_delete, deleted=deleted)


# --------------------------------------------------------------------------- handlers


def cmd_log_pain(args, ctx) -> int:
    regions, region_scores = parse_where(args.where) if args.where is not None else (DEFAULT_REGIONS, ())
    if args.score is None and not region_scores:
        raise ValidationError(
            "score",
            translate("Errors", "nothing"),
            translate("Errors", "{allowed} (or --where REGION=SCORE,... for each region)").format(
                allowed=translate("Errors", SCORE_ALLOWED)
            ),
            translate("Errors", "is missing"),
        )
    draft = PainEntryDraft(
        felt_at=_when(args.at),
        score=None if args.score is None else check_score(args.score, "score"),
        regions=regions,
        qualities=parse_qualities(_csv_list(args.quality)) if args.quality else (),
        note=args.note,
        region_scores=region_scores,
    ).validate()
    # A plain entry into a plain journal at head: one sqlite3 insert after the same open gate, without
    # importing the storage stack (services/quick_log.py); anything else (region scores too) takes the
    # normal path.
    from backjournal.services.quick_log import log_pain_quickly

    entry = log_pain_quickly(ctx.data_dir, draft) or ctx.journal().journal.log_pain(draft)
    scored = f" ({entry.where_text()})" if entry.region_scores else ""
    print(
        translate("JournalCmds", "logged pain {score}/10{scored} at {isoformat} (id {id})").format(
            score=entry.score, scored=scored, isoformat=entry.felt_at.isoformat(timespec="minutes"), id=entry.id
        )
    )
    return 0


def cmd_log_session(args, ctx) -> int:
    minutes_allowed = translate("JournalCmds", "a whole number of minutes from 0 to {MAX_MINUTES}").format(
        MAX_MINUTES=MAX_MINUTES
    )
    draft = TherapySessionDraft(
        therapy_key=args.therapy,
        started_at=_when(args.at),
        minutes=_int("minutes", minutes_allowed)(args.minutes) if args.minutes is not None else None,
        pain_before=check_score(args.before, "before", optional=True),
        pain_after=check_score(args.after, "after", optional=True),
        details=args.details,
        provider=args.provider,
        note=args.note,
        **dose_fields(args),
    ).validate()
    services = ctx.services()
    # unknown -> error listing the keys; the generic 'medication' needs --name; nothing written
    therapy = resolve_session_therapy(services.journal, services.therapies, args.therapy, args.medication)
    session = services.journal.log_session(replace(draft, therapy_key=therapy.key))
    print(
        translate("JournalCmds", "logged {name} at {isoformat} (id {id})").format(
            name=therapy.name, isoformat=session.started_at.isoformat(timespec="minutes"), id=session.id
        )
    )
    return 0


def cmd_log_peg(args, ctx) -> int:
    draft = PegDraft(
        answered_at=_when(args.at),
        pain=check_score(args.pain, translate("JournalCmds", "PEG pain")),
        enjoyment=check_score(
            args.enjoyment, translate("JournalCmds", "PEG enjoyment of life"), allowed=INTERFERENCE_ALLOWED
        ),
        activity=check_score(
            args.activity, translate("JournalCmds", "PEG general activity"), allowed=INTERFERENCE_ALLOWED
        ),
        note=args.note,
    ).validate()
    peg = ctx.journal().journal.log_peg(draft)
    print(
        translate("JournalCmds", "logged PEG {pain}/{enjoyment}/{activity}, score {score:.1f} (id {id})").format(
            pain=peg.pain, enjoyment=peg.enjoyment, activity=peg.activity, score=peg.score, id=peg.id
        )
    )
    return 0


def _when(text: str | None):
    """``--at`` as typed (ISO 8601, not in the future), or now."""
    return check_not_future(parse_moment(text), field="--at") if text is not None else local_now()


def _records(args, ctx):
    start = parse_day(args.start, field="--from") if args.start else None
    end = parse_day(args.end, field="--to") if args.end else None
    if start and end and end < start:
        raise ValidationError("--to", args.end, f"a day on or after --from ({args.start})", "is before --from")
    journal = ctx.journal(create=False).journal if ctx.journal_exists() else None
    if journal is None:
        return []
    items = [*journal.pain_entries(start, end), *journal.sessions(start, end), *journal.peg_checkins(start, end)]
    return sorted(items, key=lambda r: (_moment(r), r.id))


def _kind(record) -> RecordKind:
    if isinstance(record, PainEntry):
        return RecordKind.PAIN
    if isinstance(record, TherapySession):
        return RecordKind.SESSION
    return RecordKind.PEG


def _moment(record):
    return getattr(record, "felt_at", None) or getattr(record, "started_at", None) or record.answered_at


LIST_COLUMNS = [
    "kind",
    "id",
    "at",
    "score",
    "therapy",
    "minutes",
    "pain_before",
    "pain_after",
    "regions",
    "qualities",
    "details",
    "dose",
    "dose_amount",
    "dose_unit",
    "dose_schedule",
    "provider",
    "note",
    "backdated",
    "created_at",
    "updated_at",
    "region_scores",
]


def cmd_list(args, ctx) -> int:
    records = _records(args, ctx)
    out = sys.stdout
    if args.format == "json":
        json.dump([record_to_dict(r) for r in records], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=LIST_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in records:
            d = record_to_dict(r)
            d["regions"] = ",".join(d.get("regions", []))
            d["qualities"] = ",".join(d.get("qualities", []))
            d["region_scores"] = ",".join(f"{k}={v}" for k, v in d.get("region_scores", {}).items())
            writer.writerow(d)
    else:
        if not records:
            print(translate("JournalCmds", "The journal has no entries in this period."))
        for r in records:
            print(_table_line(r))
    return 0


def _table_line(r) -> str:
    when = _moment(r).strftime("%Y-%m-%d %H:%M")
    mark = translate("JournalCmds", " (back-dated)") if getattr(r, "backdated", False) else ""
    note = f"  “{r.note}”" if r.note else ""
    if isinstance(r, PainEntry):
        where = r.where_text()
        return translate("JournalCmds", "{when}  pain     #{id:<5} {score:>2}/10  {where}{mark}{note}").format(
            when=when, id=r.id, score=r.score, where=where, mark=mark, note=note
        )
    if isinstance(r, TherapySession):
        bits = [shown_name(r.therapy.key, r.therapy.name)]
        if r.minutes is not None:
            bits.append(translate("JournalCmds", "{minutes} min").format(minutes=r.minutes))
        if r.pain_before is not None or r.pain_after is not None:
            bits.append(
                translate("JournalCmds", "pain {dash} -> {dash2}").format(
                    dash=_dash(r.pain_before), dash2=_dash(r.pain_after)
                )
            )
        if r.dose_text:
            bits.append(r.dose_text)
        return (
            translate("JournalCmds", "{when}  session  #{id:<5} ").format(when=when, id=r.id)
            + ", ".join(bits)
            + mark
            + note
        )
    return translate(
        "JournalCmds", "{when}  PEG      #{id:<5} {pain}/{enjoyment}/{activity}, score {score:.1f}{note}"
    ).format(when=when, id=r.id, pain=r.pain, enjoyment=r.enjoyment, activity=r.activity, score=r.score, note=note)


def _dash(v):
    return "–" if v is None else str(v)


def cmd_therapies(args, ctx) -> int:
    opened = ctx.journal()
    if args.add is not None:  # --add "" is an empty name (refused), not a listing
        t = opened.journal.add_therapy_type(args.add, args.category)
        print(translate("JournalCmds", "added therapy type {name!r} (key {key})").format(name=t.name, key=t.key))
        return 0
    types = opened.journal.therapy_types()
    if args.format == "json":
        json.dump([therapy_to_dict(t) for t in types], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for t in types:
            origin = translate("JournalCmds", "built-in") if t.builtin else translate("JournalCmds", "your own")
            print(f"{t.key:<22} {shown_name(t.key, t.name):<26} {t.category.value:<10} {origin}")
    return 0


def cmd_delete(args, ctx) -> int:
    ids = [
        _int("ids", translate("JournalCmds", "whole-number record ids (see 'backjournal list')"), low=1)(i)
        for i in args.ids
    ]
    refs = [RecordRef(RecordKind(args.kind), i) for i in ids]
    journal = ctx.journal(create=False).journal
    in_trash = {r.id for r in journal.trash() if _kind(r) is RecordKind(args.kind)}
    wrong = [i for i in ids if (i in in_trash) == args.deleted]
    if wrong:  # nothing is changed: undelete of a record not in the trash is not "restored"
        where = (
            translate("JournalCmds", "already in the trash")
            if args.deleted
            else translate("JournalCmds", "not in the trash (see 'backjournal trash')")
        )
        raise ConflictError(
            translate("JournalCmds", "{kind} record {join} is {where}; nothing was changed").format(
                kind=args.kind, join=", ".join(map(str, wrong)), where=where
            )
        )
    journal.set_deleted(refs, args.deleted)
    verb = translate("JournalCmds", "moved to the trash") if args.deleted else translate("JournalCmds", "restored")
    print(translate("JournalCmds", "{len} {kind} record(s) {verb}").format(len=len(refs), kind=args.kind, verb=verb))
    return 0

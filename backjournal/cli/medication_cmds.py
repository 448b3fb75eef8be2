"""``medications`` (list, add with a class) and the named-medication and dose options of ``log session``."""

from __future__ import annotations

import argparse
import json
import sys

from backjournal.domain.errors import ValidationError
from backjournal.domain.medications import (
    CLASS_ALLOWED,
    DoseSchedule,
    DoseUnit,
    check_amount,
    check_unit,
    parse_dose,
)
from backjournal.i18n import translate

GENERIC_KEY = "medication"


def register(sub: argparse._SubParsersAction) -> None:
    me = sub.add_parser(
        "medications", help=translate("CommandLineHelp", "your medications by name (each with its own lane and log)")
    )
    me.add_argument(
        "--add", metavar="NAME", help=translate("CommandLineHelp", "add a medication by name (e.g. Ibuprofen)")
    )
    me.add_argument(
        "--class",
        dest="drug_class",
        default="other",
        metavar="CLASS",
        help=translate(
            "CommandLineHelp", "for --add: its class, one of {allowed} (links the class's reference card)"
        ).format(allowed=CLASS_ALLOWED),
    )
    me.add_argument("--format", choices=["table", "json"], default="table")
    me.set_defaults(handler=cmd_medications)


def add_session_options(session: argparse.ArgumentParser) -> None:
    session.add_argument(
        "--name",
        dest="medication",
        metavar="MEDICATION",
        help=translate("CommandLineHelp", "for 'medication': which one, by name (see 'backjournal medications')"),
    )
    session.add_argument("--amount", help=translate("CommandLineHelp", "dose amount as entered, e.g. 400 or 2.5"))
    session.add_argument(
        "--unit",
        help=translate("CommandLineHelp", "dose unit: {units}").format(units=", ".join(u.value for u in DoseUnit)),
    )
    when = session.add_mutually_exclusive_group()
    when.add_argument(
        "--as-needed",
        action="store_const",
        const=DoseSchedule.AS_NEEDED.value,
        dest="schedule",
        help=translate("CommandLineHelp", "taken as needed"),
    )
    when.add_argument(
        "--scheduled",
        action="store_const",
        const=DoseSchedule.SCHEDULED.value,
        dest="schedule",
        help=translate("CommandLineHelp", "taken on a schedule"),
    )


def _service(ctx):
    return ctx.services().therapies


def medication_dict(t, card_id) -> dict:
    return {"key": t.key, "name": t.name, "class": t.drug_class, "card": card_id, "archived": t.archived}


def cmd_medications(args, ctx) -> int:
    service = _service(ctx)
    if args.add is not None:
        added = service.add_medication(args.add, args.drug_class)
        print(
            translate("MedicationCmds", "added medication {name!r} ({drug_class}, key {key})").format(
                name=added.name, drug_class=added.drug_class, key=added.key
            )
        )
        return 0
    meds = service.medications(include_archived=True)
    if args.format == "json":
        json.dump([medication_dict(t, service.card_id(t)) for t in meds], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if not meds:
            print(
                translate(
                    "MedicationCmds",
                    "No medications yet; add one with 'backjournal medications --add NAME --class CLASS'.",
                )
            )
        for t in meds:
            print(f"{t.key:<26} {t.name:<26} {t.drug_class:<16}{' (archived)' if t.archived else ''}")
    return 0


def resolve_session_therapy(journal, service, therapy_arg: str, medication: str | None):
    """The therapy type to log against: for the generic 'Medication', the named one (required).
    ``journal``: the JournalService; ``service``: the TherapyService (both from ``ctx.services()``)."""
    therapy = journal.find_therapy(therapy_arg)
    if therapy.key == GENERIC_KEY:
        names = ", ".join(t.name for t in service.medications()) or translate("MedicationCmds", "none yet")
        if not medication:
            last = service.last_used_medication()
            hint = translate("MedicationCmds", " (last used: {name})").format(name=last.name) if last else ""
            raise ValidationError(
                "--name",
                "",
                f"one of your medications: {names}{hint}; 'backjournal medications --add NAME --class CLASS' adds one",
                "which medication? 'medication' needs --name",
            )
        therapy = journal.find_therapy(medication)
        if not therapy.is_medication:
            raise ValidationError(
                "--name",
                medication,
                f"one of your medications: {names}",
                f"{medication!r} is not one of your medications",
            )
    elif medication:
        raise ValidationError(
            "--name", medication, "--name only with the therapy 'medication'", f"{therapy.name} is not 'medication'"
        )
    if therapy.archived:
        raise ValidationError(
            "therapy",
            therapy_arg,
            "a therapy that is not archived",
            f"{therapy.name} is archived (bring it back in Preferences > Therapies)",
        )
    return therapy


def dose_fields(args) -> dict:
    """--amount/--unit/--as-needed|--scheduled, or a --dose text that reads as a dose; otherwise the
    --dose text is kept as typed."""
    amount, unit, schedule, text = args.amount, args.unit, args.schedule, args.dose
    if amount is not None or unit is not None:
        if amount is None or unit is None:
            raise ValidationError(
                "--amount/--unit",
                f"{amount} {unit}",
                "an amount and a unit together, e.g. --amount 400 --unit mg",
                "needs both --amount and --unit",
            )
        return {
            "dose_amount": check_amount(amount),
            "dose_unit": check_unit(unit).value,
            "dose_schedule": schedule,
            "dose": text,
        }
    parsed = parse_dose(text)
    if parsed is not None:
        return {
            "dose_amount": parsed.amount,
            "dose_unit": parsed.unit.value,
            "dose_schedule": schedule or (parsed.schedule.value if parsed.schedule else None),
            "dose": None,
        }
    if schedule is not None:
        raise ValidationError(
            "--as-needed/--scheduled", schedule, "with --amount and --unit (or a --dose like '400 mg')", "needs a dose"
        )
    return {"dose": text}

"""Medications by name and structured doses.

A medication is a therapy type of category "drug" with a ``drug_class`` (its own key, like any own therapy,
its own lane, effects and log). The class links it to the built-in reference card of that class
(``card_for_class``). A dose is what the person entered: amount, unit, and "as needed" or
scheduled. Never advice: nothing here suggests, checks or limits an amount beyond "is a number".
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import enum_member
from backjournal.i18n import QT_TRANSLATE_NOOP, translate


class DrugClass(enum.StrEnum):
    NSAID = "nsaid"
    MUSCLE_RELAXANT = "muscle_relaxant"
    OPIOID = "opioid"
    PARACETAMOL = "paracetamol"
    KRATOM = "kratom"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Domain", _CLASS_LABELS[self])


_CLASS_LABELS = {
    DrugClass.NSAID: QT_TRANSLATE_NOOP("Domain", "NSAID (anti-inflammatory)"),
    DrugClass.MUSCLE_RELAXANT: QT_TRANSLATE_NOOP("Domain", "Muscle relaxant"),
    DrugClass.OPIOID: QT_TRANSLATE_NOOP("Domain", "Opioid"),
    DrugClass.PARACETAMOL: QT_TRANSLATE_NOOP("Domain", "Paracetamol (acetaminophen)"),
    DrugClass.KRATOM: QT_TRANSLATE_NOOP("Domain", "Kratom"),
    DrugClass.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}

#: The built-in reference card (resources/cards, by card id) for each class; "other" has none.
_CLASS_CARDS = {
    DrugClass.NSAID: "medication",
    DrugClass.MUSCLE_RELAXANT: "medication",
    DrugClass.OPIOID: "medication",
    DrugClass.PARACETAMOL: "medication",
    DrugClass.KRATOM: "kratom",
    DrugClass.OTHER: None,
}

CLASS_ALLOWED = ", ".join(c.value for c in DrugClass)


def card_for_class(drug_class: DrugClass | str | None) -> str | None:
    if drug_class is None:
        return None
    return _CLASS_CARDS.get(DrugClass(drug_class))


def check_drug_class(value: object) -> DrugClass:
    try:
        return enum_member(
            DrugClass, value.strip().lower().replace("-", "_").replace(" ", "_") if isinstance(value, str) else value
        )
    except ValueError:
        raise ValidationError(
            "class", value, CLASS_ALLOWED, translate("Errors", "{value} is not a known class").format(value=repr(value))
        ) from None


class DoseUnit(enum.StrEnum):
    MG = "mg"
    G = "g"
    ML = "ml"
    TABLET = "tablet"
    DROPS = "drops"
    PATCH = "patch"
    PUFF = "puff"
    OTHER = "other"


UNIT_ALLOWED = ", ".join(u.value for u in DoseUnit)


class DoseSchedule(enum.StrEnum):
    AS_NEEDED = "as-needed"
    SCHEDULED = "scheduled"

    @property
    def label(self) -> str:
        return "as needed" if self is DoseSchedule.AS_NEEDED else "scheduled"


SCHEDULE_ALLOWED = QT_TRANSLATE_NOOP("Errors", "as-needed or scheduled")
AMOUNT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "a positive number, e.g. 400 or 2.5")

_UNIT_WORDS = {
    "mg": DoseUnit.MG,
    "milligram": DoseUnit.MG,
    "milligrams": DoseUnit.MG,
    "g": DoseUnit.G,
    "gram": DoseUnit.G,
    "grams": DoseUnit.G,
    "ml": DoseUnit.ML,
    "millilitre": DoseUnit.ML,
    "milliliter": DoseUnit.ML,
    "millilitres": DoseUnit.ML,
    "milliliters": DoseUnit.ML,
    "tablet": DoseUnit.TABLET,
    "tablets": DoseUnit.TABLET,
    "tab": DoseUnit.TABLET,
    "tabs": DoseUnit.TABLET,
    "pill": DoseUnit.TABLET,
    "pills": DoseUnit.TABLET,
    "drop": DoseUnit.DROPS,
    "drops": DoseUnit.DROPS,
    "patch": DoseUnit.PATCH,
    "patches": DoseUnit.PATCH,
    "puff": DoseUnit.PUFF,
    "puffs": DoseUnit.PUFF,
}
_SCHEDULE_WORDS = {
    "as needed": DoseSchedule.AS_NEEDED,
    "as-needed": DoseSchedule.AS_NEEDED,
    "prn": DoseSchedule.AS_NEEDED,
    "when needed": DoseSchedule.AS_NEEDED,
    "scheduled": DoseSchedule.SCHEDULED,
    "regular": DoseSchedule.SCHEDULED,
}
_DOSE_RE = re.compile(
    r"^\s*(?P<amount>[0-9]{1,6}(?:[.,][0-9]{1,3})?)\s*(?P<unit>[a-z]+)\.?"
    r"(?:\s*[,;]?\s*\(?(?P<schedule>as needed|as-needed|prn|when needed|scheduled|regular)\)?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Dose:
    amount: float
    unit: DoseUnit
    schedule: DoseSchedule | None = None

    def text(self) -> str:
        amount = f"{self.amount:g}"
        unit = self.unit.value
        if self.unit in (DoseUnit.TABLET, DoseUnit.PATCH, DoseUnit.PUFF) and self.amount != 1:
            unit = {"tablet": "tablets", "patch": "patches", "puff": "puffs"}[unit]
        out = f"{amount} {unit}"
        return f"{out}, {self.schedule.label}" if self.schedule else out


def check_amount(value: object) -> float:
    if isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "dose amount"),
            value,
            AMOUNT_ALLOWED,
            translate("Errors", "{value} is not a number").format(value=repr(value)),
        )
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not re.fullmatch(r"[0-9]{1,6}(?:\.[0-9]{1,3})?", text):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "dose amount"),
                value,
                AMOUNT_ALLOWED,
                translate("Errors", "{value} is not a number").format(value=repr(value)),
            )
        value = float(text)
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "dose amount"),
            value,
            AMOUNT_ALLOWED,
            translate("Errors", "{value} is not a number").format(value=repr(value)),
        )
    if not 0 < value < 1_000_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "dose amount"),
            value,
            AMOUNT_ALLOWED,
            translate("Errors", "{value} is out of range").format(value=value),
        )
    return float(value)


def check_unit(value: object) -> DoseUnit:
    text = value.strip().lower() if isinstance(value, str) else value
    if isinstance(text, str) and text in _UNIT_WORDS:
        return _UNIT_WORDS[text]
    try:
        return enum_member(DoseUnit, text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "dose unit"),
            value,
            UNIT_ALLOWED,
            translate("Errors", "{value} is not a known unit").format(value=repr(value)),
        ) from None


def check_schedule(value: object) -> DoseSchedule | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip().lower().replace("_", "-") if isinstance(value, str) else value
    if isinstance(text, str) and text in _SCHEDULE_WORDS:
        return _SCHEDULE_WORDS[text]
    try:
        return enum_member(DoseSchedule, text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "dose schedule"),
            value,
            SCHEDULE_ALLOWED,
            translate("Errors", "{value} is not known").format(value=repr(value)),
        ) from None


def parse_dose(text: str | None) -> Dose | None:
    """A free-text dose ("400 mg", "2 tablets as needed", "10ml PRN") as a structured one, or None when
    the whole text does not read as amount + unit (+ schedule): then the text is kept as it was."""
    if not text:
        return None
    m = _DOSE_RE.match(text)
    if not m:
        return None
    unit = _UNIT_WORDS.get(m["unit"].lower())
    if unit is None:
        return None
    try:
        amount = check_amount(m["amount"])
    except ValidationError:
        return None
    schedule = _SCHEDULE_WORDS[m["schedule"].lower()] if m["schedule"] else None
    return Dose(amount, unit, schedule)

"""What the foreign importers share: therapy name matching, dates and times, non-0-10 scales.

Times in foreign files carry no offset; they are read as this computer's local time on that day.
A rating on another scale (Bearable and Flaredown use 0-4) is never stretched silently: the
ratings wait in a ``ScaleCollector`` until the person chooses to convert them (0→0, 1→3, 2→5, 3→8,
4→10: ×2.5, halves rounded up) or to skip them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from backjournal.domain.errors import RowProblem, ValidationError
from backjournal.domain.medications import DrugClass, parse_dose
from backjournal.domain.models import (
    BodyRegion,
    TherapyCategory,
    TherapySessionDraft,
    TherapyType,
    check_therapy_name,
    free_therapy_key,
    shown_name,
)
from backjournal.exchange.batch import (
    SCALE_CONVERT,
    SCALE_SKIP,
    Draft,
    ImportBatch,
    ImportedRecord,
    ImportOptions,
    ScaleNotice,
    SkippedItem,
)
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

#: 0-4 symptom ratings to 0-10, shown to the person before they choose to convert.
SCALE_0_4 = ((0, 0), (1, 3), (2, 5), (3, 8), (4, 10))

#: Names people and apps give to therapies, to BackJournal's built-in keys (lower case).
ALIASES: dict[str, str] = {}
for _key, _names in {
    "acupuncture": "acupuncture, dry needling, needling, akupunktur",
    "cryotherapy": "cryotherapy, cryo, whole-body cryotherapy, whole body cryotherapy, kältekammer, kryotherapie",
    "cold_pack": "cold pack, ice, ice pack, icing, cold, cold compress, kühlpack, eis",
    "heat": "heat, heat pad, heating pad, heat wrap, hot water bottle, warm bath, hot bath, sauna, wärme, wärmflasche",
    "exercise": (
        "exercise, workout, gym, sport, sports, walk, walking, yoga, pilates, swimming, stretching, running, "
        "cycling, tai chi, hiking, spazieren, spaziergang, schwimmen, laufen, radfahren"
    ),
    "physical_therapy": "physio, physiotherapy, physical therapy, pt, physiotherapie, krankengymnastik",
    "massage": "massage, massagen",
    "spinal_manipulation": (
        "chiropractor, chiropractic, chiro, osteopath, osteopathy, spinal manipulation, chiropraktiker"
    ),
    "mindfulness_cbt": "meditation, mindfulness, cbt, breathing, relaxation, entspannung, meditieren",
    "medication": (
        "medication, medicine, painkiller, painkillers, pain killer, ibuprofen, paracetamol, acetaminophen, "
        "naproxen, diclofenac, tramadol, aspirin, tylenol, advil, aleve, cyclobenzaprine, gabapentin, "
        "pregabalin, codeine, oxycodone, celecoxib, meloxicam, duloxetine, metamizol, novalgin, tablette, schmerzmittel"
    ),
    "kratom": "kratom",
    "injection": "injection, epidural, nerve block, steroid injection, spritze, infiltration",
}.items():
    for _n in _names.split(","):
        ALIASES[_n.strip()] = _key
#: Of these, the name itself is worth keeping as the session's details (what was taken or done).
KEEP_NAME_AS_DETAILS = {"medication", "exercise", "injection", "heat", "cold_pack"}

SKIP = "skip"

PAIN_WORDS = re.compile(r"pain|ache|sciatica|lumbago|back|neck|schmerz|rücken|hexenschuss|ischias", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TherapyMatch:
    key: str
    name: str
    details: str | None
    how: str  # "your choice", "same name", "known name", …: English, marked for translation (Import)


class TherapyMatcher:
    """Finds the therapy a foreign name means: the person's --map first, then names, then aliases."""

    def __init__(self, options: ImportOptions):
        self.user = {k.strip().lower(): v.strip() for k, v in options.therapy_map.items()}
        self.types = {t.key: t for t in options.known_therapies}
        self.by_name = {t.name.lower(): t for t in options.known_therapies}
        self.used: dict[str, TherapyMatch] = {}

    def match(self, raw_name: str) -> TherapyMatch | None:
        name = " ".join(raw_name.split())
        low = name.lower()
        if low in self.user:
            target = self.user[low]
            if target.lower() == SKIP:
                return None
            t = self.types.get(target) or self.by_name.get(target.lower())
            if t is None:
                allowed = ", ".join(self.types) or translate("Import", "a therapy key")
                raise ValidationError(
                    "--map",
                    f"{name}={target}",
                    translate("Import", "one of {allowed}, or skip").format(allowed=allowed),
                    translate("Import", "{key} is not a therapy of this journal").format(key=repr(target)),
                )
            m = TherapyMatch(
                t.key,
                t.name,
                name if name.lower() != t.name.lower() else None,
                QT_TRANSLATE_NOOP("Import", "your choice"),
            )
        elif low in self.by_name or low in self.types:
            t = self.by_name.get(low) or self.types[low]
            m = TherapyMatch(t.key, t.name, None, QT_TRANSLATE_NOOP("Import", "same name"))
        else:
            key = ALIASES.get(low) or ALIASES.get(low.rstrip("s"))
            if key is None or (self.types and key not in self.types):
                return None
            t = self.types.get(key)
            m = TherapyMatch(
                key,
                t.name if t else key,
                name if key in KEEP_NAME_AS_DETAILS and low != key else None,
                QT_TRANSLATE_NOOP("Import", "known name"),
            )
        self.used.setdefault(name, m)
        return m

    def skipped_by_person(self, raw_name: str) -> bool:
        """True when the person mapped this name to ``skip`` (then it is not a factor either)."""
        return self.user.get(" ".join(raw_name.split()).lower(), "").lower() == SKIP

    def describe(self) -> list[str]:
        out = []
        for src, m in sorted(self.used.items()):
            text = (
                translate("Import", "{source} → {name} (details {details}) [{how}]")
                if m.details
                else translate("Import", "{source} → {name} [{how}]")
            )
            out.append(
                text.format(
                    source=repr(src),
                    name=shown_name(m.key, m.name),
                    details=repr(m.details),
                    how=translate("Import", m.how),
                )
            )
        return out


# --------------------------------------------------------------------------- named medications

#: Medicines whose class is certain from the name alone (lower case; the generic name, as written in
#: English and German). Only these are classified; every other name is "other" (the person can change
#: it in Preferences > Therapies). Brand names are left out: one brand can sell combinations.
KNOWN_DRUG_CLASSES: dict[str, DrugClass] = {
    **dict.fromkeys(("ibuprofen", "naproxen", "diclofenac", "celecoxib", "meloxicam"), DrugClass.NSAID),
    **dict.fromkeys(("paracetamol", "acetaminophen"), DrugClass.PARACETAMOL),
    **dict.fromkeys(("carisoprodol", "cyclobenzaprine", "methocarbamol", "tizanidine"), DrugClass.MUSCLE_RELAXANT),
    **dict.fromkeys(
        ("tramadol", "codeine", "codein", "oxycodone", "oxycodon", "morphine", "morphin"), DrugClass.OPIOID
    ),
}
#: Words that say "a medicine" without saying which: they stay on the generic Medication therapy.
GENERIC_MEDICATION_WORDS = frozenset(
    {
        "medication",
        "medications",
        "medicine",
        "meds",
        "painkiller",
        "painkillers",
        "pain killer",
        "tablette",
        "schmerzmittel",
    }
)
GENERIC_MEDICATION = "medication"


def split_dose(text: str) -> tuple[str, str | None]:
    """A medication as apps often name it, "Ibuprofen 400mg": the name and the dose written after it
    (when the words after the name read wholly as a dose, domain.medications.parse_dose), else the text
    and None."""
    words = text.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if parse_dose(tail) is not None:
            return " ".join(words[:i]), tail
    return " ".join(words), None


@dataclass(frozen=True, slots=True)
class SessionDose:
    """A session's dose as a file gave it: structured (amount, unit, schedule) or as text."""

    text: str | None = None
    amount: float | None = None
    unit: str | None = None
    schedule: str | None = None

    @property
    def structured(self) -> bool:
        return self.amount is not None

    def session(
        self, therapy_key: str, started_at: datetime, *, details: str | None = None, note: str | None = None
    ) -> TherapySessionDraft:
        return TherapySessionDraft(
            therapy_key,
            started_at,
            details=details,
            dose=self.text,
            note=note,
            dose_amount=self.amount,
            dose_unit=self.unit,
            dose_schedule=self.schedule,
        )


def session_dose(text: str | None) -> SessionDose:
    """A dose as entered: the structured dose where it reads as amount + unit (+ schedule), with the
    same parser as the log command and revision 0004; otherwise the text as it was."""
    dose = parse_dose(text)
    if dose is None:
        return SessionDose(text or None)
    return SessionDose(None, dose.amount, dose.unit.value, None if dose.schedule is None else dose.schedule.value)


@dataclass(frozen=True, slots=True)
class MedicationUse:
    """What a foreign row took: the therapy (a named medication), the dose, and the name as written
    when the dose written in it was not used."""

    therapy: TherapyType
    dose: SessionDose
    details: str | None = None

    def session(self, started_at: datetime, *, note: str | None = None) -> TherapySessionDraft:
        return self.dose.session(self.therapy.key, started_at, details=self.details, note=note)

    def mapping(self) -> TherapyMatch:
        """How the name was mapped, for the preview ("'Ibuprofen 400mg' → Ibuprofen [medication by name]")."""
        return TherapyMatch(
            self.therapy.key, self.therapy.name, self.details, QT_TRANSLATE_NOOP("Import", "medication by name")
        )


def names_a_medication(match: TherapyMatch | None, text: str, *, taken: bool) -> bool:
    """Whether ``text`` from a foreign file is a medication to keep by name: a name matched to the
    generic Medication through the list of common names (ibuprofen, …), or a name that matched nothing
    where the file says it was taken (a medication row, a treatment column) — never a generic word
    ("painkiller"), nor a name the person mapped to a therapy with --map (one mapped to "skip" matches
    nothing: the importer skips it before asking)."""
    if not text or NamedMedications.is_generic(text):
        return False
    if match is None:
        return taken
    return match.key == GENERIC_MEDICATION and match.how == "known name"


class NamedMedications:
    """Named medications for what a foreign file says was taken: the journal's therapy of that name
    (case does not count), else a new medication (``finish`` offers them in ``batch.therapies``) with
    its class from KNOWN_DRUG_CLASSES or "other". A dose written after the name ("Ibuprofen 400mg")
    is the session's structured dose unless the file gives a dose of its own that reads as one; then
    the text as written stays in the session's details, so nothing is lost."""

    def __init__(self, options: ImportOptions):
        self._all = list(options.known_therapies)
        self._by_name = {t.name.lower(): t for t in self._all}
        self.new: dict[str, TherapyType] = {}
        self._refused: set[str] = set()

    @staticmethod
    def is_generic(text: str) -> bool:
        return " ".join(text.split()).lower() in GENERIC_MEDICATION_WORDS

    def use(self, text: str, dose_text: str | None, *, line: int, batch: ImportBatch) -> MedicationUse | None:
        """The medication ``text`` names and the session fields for ``dose_text`` (None: no dose given);
        None when the name cannot be a medication's (the problem is added to ``batch`` once per name,
        at the first row that uses it)."""
        written = " ".join(text.split())
        name, name_dose = split_dose(written)
        try:
            clean = check_therapy_name(name)
        except ValidationError as exc:
            if written.lower() not in self._refused:
                self._refused.add(written.lower())
                shown = written if len(written) <= 40 else written[:39] + "…"
                batch.problems.append(
                    RowProblem(
                        line, translate("Import", "medication {name}: {problem}").format(name=repr(shown), problem=exc)
                    )
                )
            return None
        therapy = self._by_name.get(clean.lower())
        if therapy is None:
            drug_class = KNOWN_DRUG_CLASSES.get(clean.lower(), DrugClass.OTHER)
            therapy = TherapyType(
                key=free_therapy_key(clean, self._all),
                name=clean,
                category=TherapyCategory.DRUG,
                builtin=False,
                drug_class=drug_class.value,
            )
            self._all.append(therapy)
            self._by_name[clean.lower()] = therapy
            self.new[therapy.key] = therapy
        dose = session_dose(dose_text)
        if name_dose is None:
            return MedicationUse(therapy, dose)
        if dose.structured:  # the file's own dose wins; the name as written is kept in the details
            return MedicationUse(therapy, dose, details=written)
        return MedicationUse(therapy, replace(session_dose(name_dose), text=dose.text))

    def finish(self, batch: ImportBatch) -> None:
        """Offer the new medications (the import's preview names those that a new session uses)."""
        batch.therapies.extend(self.new.values())


def region_for(name: str) -> tuple[BodyRegion, ...]:
    low = name.lower()
    side = (
        "left"
        if re.search(r"\bleft\b|\blinks\b", low)
        else "right"
        if re.search(r"\bright\b|\brechts\b", low)
        else None
    )
    if "upper back" in low:
        return (BodyRegion.UPPER_BACK,)
    if "neck" in low or "nacken" in low:
        return (BodyRegion.NECK,)
    if "sciatica" in low or "leg" in low or "ischias" in low or "bein" in low:
        if side:
            return (BodyRegion.LEG_LEFT if side == "left" else BodyRegion.LEG_RIGHT,)
        return (BodyRegion.OTHER,)
    if "hip" in low or "buttock" in low:
        if side:
            return (BodyRegion.BUTTOCK_HIP_LEFT if side == "left" else BodyRegion.BUTTOCK_HIP_RIGHT,)
        return (BodyRegion.OTHER,)
    if "back" in low or "rücken" in low or "lumbago" in low or "hexenschuss" in low:
        return (BodyRegion.LOWER_BACK,)
    return (BodyRegion.OTHER,)


# --------------------------------------------------------------------------- dates and times

_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_MONTHS.update({"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12, "sept": 9})
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zäÄ]+)\.?,?\s+(\d{4})$")
_MONTH_FIRST = re.compile(r"^([A-Za-zäÄ]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
DATE_ALLOWED = QT_TRANSLATE_NOOP("Import", "a date like 2022-01-22, 22nd Jan 2022, Jan 22, 2022 or 22.01.2022")


def parse_date(text: str, field: str = "date") -> date:
    raw = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return date.fromisoformat(raw)
        m = _DOTTED.match(raw)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = _DAY_FIRST.match(raw)
        if m and m[2][:3].lower() in _MONTHS:
            return date(int(m[3]), _month(m[2]), int(m[1]))
        m = _MONTH_FIRST.match(raw)
        if m and m[1][:3].lower() in _MONTHS:
            return date(int(m[3]), _month(m[1]), int(m[2]))
    except ValueError:
        raise ValidationError(
            field,
            text,
            translate("Import", DATE_ALLOWED),
            translate("Import", "{text} is not a real day").format(text=repr(text)),
        ) from None
    raise ValidationError(
        field,
        text,
        translate("Import", DATE_ALLOWED),
        translate("Import", "{text} is not a date").format(text=repr(text)),
    )


def _month(word: str) -> int:
    low = word.lower()
    return _MONTHS.get(low[:4], _MONTHS[low[:3]])


#: Where a time given as a word is placed (shown to the person in the preview).
TIME_WORDS = {
    "morning": time(9, 0),
    "am": time(9, 0),
    "afternoon": time(15, 0),
    "pm": time(15, 0),
    "evening": time(20, 0),
    "night": time(23, 0),
    "pre-bed": time(22, 0),
    "before bed": time(22, 0),
    "midday": time(12, 0),
    "noon": time(12, 0),
    "all day": time(12, 0),
    "morgens": time(9, 0),
    "vormittags": time(10, 0),
    "mittags": time(12, 0),
    "nachmittags": time(15, 0),
    "abends": time(20, 0),
    "nachts": time(23, 0),
}
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$")
TIME_ALLOWED = QT_TRANSLATE_NOOP(
    "Import", "a clock time like 14:30 or 2:30 PM, a word (morning, afternoon, evening, night) or nothing"
)


def _not_a_time(field: str, text: str) -> ValidationError:
    return ValidationError(
        field,
        text,
        translate("Import", TIME_ALLOWED),
        translate("Import", "{text} is not a time").format(text=repr(text)),
    )


def parse_time(text: str, field: str = "time") -> tuple[time, str | None]:
    """A time of day, and a sentence when it was placed by a rule (a word or nothing)."""
    raw = text.strip()
    if not raw:
        return time(12, 0), translate("Import", "no time given → 12:00")
    low = raw.lower()
    if low in TIME_WORDS:
        t = TIME_WORDS[low]
        return t, f"{raw!r} → {t:%H:%M}"
    m = _CLOCK.match(raw)
    if m:
        hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if m[4]:
            if not 1 <= hour <= 12:
                raise _not_a_time(field, text)
            hour = hour % 12 + (12 if m[4][0].lower() == "p" else 0)
        if m[2] is None and not m[4]:
            raise _not_a_time(field, text)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second), None
    raise _not_a_time(field, text)


def local_moment(day: date, at: time) -> datetime:
    """A moment without an offset in the file: this computer's local time on that day."""
    return datetime.combine(day, at).astimezone()


# --------------------------------------------------------------------------- ratings on other scales


@dataclass
class _Pending:
    line: int
    uid: str
    rating: int
    build: Callable[[int], Draft]
    what: str


@dataclass
class ScaleCollector:
    """Ratings on a 0-4 scale, held until the person's choice decides what becomes of them."""

    source: str
    choice: str | None
    pending: list[_Pending] = field(default_factory=list)

    def add(self, line: int, uid: str, rating: int, build: Callable[[int], Draft], what: str) -> None:
        self.pending.append(_Pending(line, uid, rating, build, what))

    def finish(self, batch: ImportBatch) -> None:
        if not self.pending:
            return
        mapping = dict(SCALE_0_4)
        batch.scales.append(ScaleNotice(self.source, "0-4", len(self.pending), SCALE_0_4, self.choice))
        if self.choice == SCALE_SKIP:
            batch.skipped.extend(
                SkippedItem(p.line, p.what, translate("Import", "a 0-4 rating; you chose to skip those"))
                for p in self.pending
            )
        elif self.choice == SCALE_CONVERT:
            for p in self.pending:
                try:
                    draft = p.build(mapping[p.rating]).validate()
                except ValidationError as exc:
                    batch.problems.append(RowProblem(p.line, str(exc)))
                    continue
                batch.records.append(ImportedRecord(p.line, p.uid, draft))


def check_rating_0_4(text: str, field: str) -> int:
    raw = text.strip()
    allowed = translate("Import", "a whole number from 0 to 4 (this app's symptom scale)")
    try:
        value = int(raw)
    except ValueError:
        raise ValidationError(
            field, text, allowed, translate("Errors", "{value} is not a whole number").format(value=repr(text))
        ) from None
    if not 0 <= value <= 4:
        raise ValidationError(
            field, text, allowed, translate("Import", "{value} is outside the 0-4 scale").format(value=value)
        )
    return value


def add_record(batch: ImportBatch, seen: dict[str, int], line: int, uid: str, draft: Draft, what: str) -> None:
    """Validate and add a record; a row repeating an earlier one is skipped (it would be the same record)."""
    if uid in seen:
        batch.skipped.append(
            SkippedItem(line, what, translate("Import", "the same as line {line}").format(line=seen[uid]))
        )
        return
    seen[uid] = line
    try:
        batch.records.append(ImportedRecord(line, uid, draft.validate()))
    except ValidationError as exc:
        batch.problems.append(RowProblem(line, str(exc)))


def header_index(header: list[str]) -> dict[str, int]:
    return {h.strip().lower(): i for i, h in enumerate(header)}


def summarise_counter(label: str, counter: Counter[str], limit: int = 12) -> str | None:
    if not counter:
        return None
    items = ", ".join(f"{name!r} ×{n}" if n > 1 else repr(name) for name, n in counter.most_common(limit))
    more = translate("Import", " and {count} more").format(count=len(counter) - limit) if len(counter) > limit else ""
    return translate("Import", "{label}: {items}{more}").format(label=label, items=items, more=more)


def normalise_choice(options: ImportOptions) -> str | None:
    return options.scale if options.scale in (SCALE_CONVERT, SCALE_SKIP) else None


def known_keys(options: ImportOptions) -> set[str]:
    return {t.key for t in options.known_therapies}


def therapy_of(options: ImportOptions, key: str) -> TherapyType | None:
    return next((t for t in options.known_therapies if t.key == key), None)

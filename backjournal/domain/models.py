"""The journal's vocabulary: pain entries, therapy sessions, therapy types, PEG check-ins.

Pure Python. Drafts (``*Draft``) are what a person or a file proposes; ``validate()`` turns a
draft into something storage may save, or raises ``ValidationError`` naming the field and the
allowed values. Saved records carry ids and timestamps.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, TypeVar, overload

from backjournal.domain.errors import ValidationError
from backjournal.domain.timeutil import ensure_aware, is_backdated
from backjournal.i18n import QT_TRANSLATE_NOOP, grouped, translate

SCORE_MIN, SCORE_MAX = 0, 10
SCORE_ALLOWED = QT_TRANSLATE_NOOP("Errors", "a whole number from 0 (no pain) to 10 (worst pain imaginable)")
#: PEG's two interference items (Krebs 2009) have their own anchors: they do not rate pain itself
INTERFERENCE_ALLOWED = QT_TRANSLATE_NOOP(
    "Errors", "a whole number from 0 (does not interfere) to 10 (completely interferes)"
)
#: Anchor words of the 0-10 numeric rating scale (Farrar 2001).
SCORE_ANCHORS = {0: QT_TRANSLATE_NOOP("Domain", "No pain"), 10: QT_TRANSLATE_NOOP("Domain", "Worst pain imaginable")}
MAX_MINUTES = 24 * 60
NOTE_MAX = 10_000
SHORT_TEXT_MAX = 500
NAME_MAX = 80


class BodyRegion(enum.StrEnum):
    LOWER_BACK = "lower_back"
    UPPER_BACK = "upper_back"
    NECK = "neck"
    BUTTOCK_HIP_LEFT = "buttock_hip_left"
    BUTTOCK_HIP_RIGHT = "buttock_hip_right"
    LEG_LEFT = "leg_left"
    LEG_RIGHT = "leg_right"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The region's name for people, in the process's language (backjournal.i18n)."""
        return translate("Domain", _REGION_LABELS[self])

    @property
    def english(self) -> str:
        """The name in English, for files written for machines (FHIR bodySite text)."""
        return _REGION_LABELS[self]


_REGION_LABELS = {
    BodyRegion.LOWER_BACK: QT_TRANSLATE_NOOP("Domain", "Lower back"),
    BodyRegion.UPPER_BACK: QT_TRANSLATE_NOOP("Domain", "Upper back"),
    BodyRegion.NECK: QT_TRANSLATE_NOOP("Domain", "Neck"),
    BodyRegion.BUTTOCK_HIP_LEFT: QT_TRANSLATE_NOOP("Domain", "Buttock/hip (left)"),
    BodyRegion.BUTTOCK_HIP_RIGHT: QT_TRANSLATE_NOOP("Domain", "Buttock/hip (right)"),
    BodyRegion.LEG_LEFT: QT_TRANSLATE_NOOP("Domain", "Leg (left)"),
    BodyRegion.LEG_RIGHT: QT_TRANSLATE_NOOP("Domain", "Leg (right)"),
    BodyRegion.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}


class PainQuality(enum.StrEnum):
    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    STABBING = "stabbing"
    THROBBING = "throbbing"
    SHOOTING = "shooting"
    STIFFNESS = "stiffness"

    @property
    def label(self) -> str:
        """The quality's name for people, in the process's language (backjournal.i18n)."""
        return translate("Domain", _QUALITY_LABELS[self])

    @property
    def english(self) -> str:
        return _QUALITY_LABELS[self]


_QUALITY_LABELS = {q: q.value.capitalize() for q in PainQuality}
_QUALITY_NAMES = (
    QT_TRANSLATE_NOOP("Domain", "Aching"),
    QT_TRANSLATE_NOOP("Domain", "Sharp"),
    QT_TRANSLATE_NOOP("Domain", "Burning"),
    QT_TRANSLATE_NOOP("Domain", "Stabbing"),
    QT_TRANSLATE_NOOP("Domain", "Throbbing"),
    QT_TRANSLATE_NOOP("Domain", "Shooting"),
    QT_TRANSLATE_NOOP("Domain", "Stiffness"),
)  # = _QUALITY_LABELS, spelt out for lupdate


class TherapyCategory(enum.StrEnum):
    NON_DRUG = "non-drug"
    DRUG = "drug"
    PROCEDURE = "procedure"


@dataclass(frozen=True, slots=True)
class TherapyType:
    key: str
    name: str
    category: TherapyCategory
    builtin: bool
    id: int | None = None
    #: A person's own notes about a user-defined therapy (its "card").
    notes: str | None = None
    #: For a named medication: its class (domain.medications.DrugClass value); None otherwise.
    drug_class: str | None = None
    #: The lane colour the person chose ("#rrggbb"), None for the default.
    color: str | None = None
    #: Archived: hidden from pickers, its history kept.
    archived: bool = False

    @property
    def is_medication(self) -> bool:
        return self.drug_class is not None


#: Built-in therapy types. Keys are stable: they are stored, exported and used on the command line.
BUILTIN_THERAPIES: tuple[TherapyType, ...] = tuple(
    TherapyType(key=k, name=n, category=c, builtin=True)
    for k, n, c in [
        ("acupuncture", QT_TRANSLATE_NOOP("Therapies", "Acupuncture"), TherapyCategory.NON_DRUG),
        ("cryotherapy", QT_TRANSLATE_NOOP("Therapies", "Whole-body cryotherapy"), TherapyCategory.NON_DRUG),
        ("cold_pack", QT_TRANSLATE_NOOP("Therapies", "Cold pack"), TherapyCategory.NON_DRUG),
        ("heat", QT_TRANSLATE_NOOP("Therapies", "Heat"), TherapyCategory.NON_DRUG),
        ("exercise", QT_TRANSLATE_NOOP("Therapies", "Exercise"), TherapyCategory.NON_DRUG),
        ("physical_therapy", QT_TRANSLATE_NOOP("Therapies", "Physical therapy"), TherapyCategory.NON_DRUG),
        ("massage", QT_TRANSLATE_NOOP("Therapies", "Massage"), TherapyCategory.NON_DRUG),
        ("spinal_manipulation", QT_TRANSLATE_NOOP("Therapies", "Spinal manipulation"), TherapyCategory.NON_DRUG),
        ("mindfulness_cbt", QT_TRANSLATE_NOOP("Therapies", "Mindfulness / CBT"), TherapyCategory.NON_DRUG),
        ("medication", QT_TRANSLATE_NOOP("Therapies", "Medication"), TherapyCategory.DRUG),
        ("kratom", QT_TRANSLATE_NOOP("Therapies", "Kratom"), TherapyCategory.DRUG),
        ("injection", QT_TRANSLATE_NOOP("Therapies", "Injection / procedure"), TherapyCategory.PROCEDURE),
    ]
)
BUILTIN_KEYS = frozenset(t.key for t in BUILTIN_THERAPIES)
_BUILTIN_NAMES = {t.key: t.name for t in BUILTIN_THERAPIES}


def shown_name(key: str, name: str) -> str:
    """A therapy's or factor's name as people read it: a built-in one (as shipped, not renamed) in the
    process's language, any other as the person wrote it. Stored and exported names stay as they are."""
    if _BUILTIN_NAMES.get(key) == name:
        return translate("Therapies", name)
    from backjournal.domain.factors import BUILTIN_FACTOR_NAMES

    if BUILTIN_FACTOR_NAMES.get(key) == name:
        return translate("Factors", name)
    return name


_KEY_RE = re.compile(r"[^a-z0-9]+")


def therapy_key_for(name: str) -> str:
    """A stable key for a user-defined therapy name: lower case, underscores, prefixed ``user_``."""
    slug = _KEY_RE.sub("_", name.strip().lower()).strip("_")
    return f"user_{slug or 'therapy'}"


# --------------------------------------------------------------------------- validation helpers


@overload
def check_score(
    value: object, field_name: str, *, optional: Literal[False] = False, allowed: str = SCORE_ALLOWED
) -> int: ...
@overload
def check_score(value: object, field_name: str, *, optional: bool, allowed: str = SCORE_ALLOWED) -> int | None: ...
def check_score(value: object, field_name: str, *, optional: bool = False, allowed: str = SCORE_ALLOWED) -> int | None:
    """``value`` as a 0-10 score; ``allowed`` (marked for translation) describes the scale's anchors."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        text = value.strip() if isinstance(value, str) else ""
        if re.fullmatch(r"[+-]?[0-9]+", text):  # ASCII digits only: '²' or '١' are not scores
            if len(text) > 20:
                raise ValidationError(
                    field_name,
                    text[:20] + "…",
                    translate("Errors", allowed),
                    translate("Errors", "is out of range"),
                )
            value = int(text)
        else:
            raise ValidationError(
                field_name,
                value,
                translate("Errors", allowed),
                translate("Errors", "{value} is not a whole number").format(value=repr(value)),
            )
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(
            field_name,
            value,
            translate("Errors", allowed),
            translate("Errors", "{value} is out of range").format(value=value),
        )
    return value


def is_storable_text(value: str) -> bool:
    """False for text that cannot be written as UTF-8 (lone surrogates, e.g. from invalid UTF-8 bytes):
    stored, it would break every later export."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(value: str | None, field_name: str, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            field_name,
            value,
            translate("Errors", "text of at most {limit} characters").format(limit=grouped(limit)),
            translate("Errors", "is not text"),
        )
    if "\x00" in value:
        raise ValidationError(
            field_name,
            "…",
            translate("Errors", "text without NUL characters"),
            translate("Errors", "contains a NUL character"),
        )
    if not is_storable_text(value):
        raise ValidationError(
            field_name,
            "…",
            translate("Errors", "Unicode text (UTF-8)"),
            translate("Errors", "contains a broken character (a lone surrogate) that cannot be stored"),
        )
    if len(value) > limit:
        raise ValidationError(
            field_name,
            translate("Errors", "{count} characters").format(count=grouped(len(value))),
            translate("Errors", "text of at most {limit} characters").format(limit=grouped(limit)),
            translate("Errors", "is {count} characters long").format(count=grouped(len(value))),
        )
    return value if value.strip() else None


THERAPY_NAME_ALLOWED = QT_TRANSLATE_NOOP(
    "Errors",
    "a name of 1 to {max} characters on one line, without control characters, that none of your other "
    "therapies has (upper and lower case count as the same)",
)


def _name_allowed() -> str:
    return translate("Errors", THERAPY_NAME_ALLOWED).format(max=NAME_MAX)


def check_therapy_name(value: object) -> str:
    """A therapy's (or medication's) name: spaces at the ends and runs of spaces tidied; refused, with
    what is allowed, when empty, too long, not one line of text, or holding a control character."""
    if not isinstance(value, str):
        raise ValidationError("name", value, _name_allowed(), translate("Errors", "is not text"))
    bad = next((c for c in value if unicodedata.category(c) == "Cc"), None)
    if bad is not None:
        what = (
            translate("Errors", "contains a tab")
            if bad == "\t"
            else translate("Errors", "contains a line break")
            if bad in "\r\n"
            else translate("Errors", "contains the control character {code}").format(code=f"U+{ord(bad):04X}")
        )
        raise ValidationError("name", "…", _name_allowed(), what)
    clean = re.sub(r"\s+", " ", value).strip()
    if not clean:
        raise ValidationError("name", value, _name_allowed(), translate("Errors", "is empty"))
    if len(clean) > NAME_MAX:
        raise ValidationError(
            "name",
            translate("Errors", "{count} characters").format(count=len(clean)),
            _name_allowed(),
            translate("Errors", "is {count} characters long").format(count=len(clean)),
        )
    check_text(clean, "name", NAME_MAX)  # a lone surrogate could not be stored faithfully
    return clean


def check_name_free(name: str, therapies: list[TherapyType], *, except_key: str | None = None) -> None:
    """A therapy name must differ from every other therapy's (case does not count)."""
    other = next((t for t in therapies if t.name.lower() == name.lower() and t.key != except_key), None)
    if other is not None:
        problem = (
            translate("Errors", "{name} already exists (archived: bring it back in Preferences > Therapies)")
            if other.archived
            else translate("Errors", "{name} already exists")
        )
        raise ValidationError("name", name, _name_allowed(), problem.format(name=repr(other.name)))


def free_therapy_key(name: str, therapies: list[TherapyType]) -> str:
    """The key for a new therapy: from its name, with _2, _3… when a renamed one already has it."""
    base = therapy_key_for(name)
    taken = {t.key for t in therapies}
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


def check_minutes(value: object, field_name: str = "minutes") -> int | None:
    allowed = translate("Errors", "a whole number of minutes from 0 to {max}").format(max=MAX_MINUTES)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field_name, value, allowed, translate("Errors", "{value} is not a whole number").format(value=repr(value))
        )
    if not 0 <= value <= MAX_MINUTES:
        raise ValidationError(
            field_name, value, allowed, translate("Errors", "{value} is out of range").format(value=value)
        )
    return value


AnyStrEnum = TypeVar("AnyStrEnum", bound=enum.StrEnum)

#: An object read from a JSON file: its values are any JSON value until validated.
JsonObject = dict[str, Any]


def json_field(data: JsonObject, key: str, default: object = None) -> Any:
    """``data[key]`` (or ``default``), any JSON value: the draft it goes into validates it."""
    return data.get(key, default)


def enum_member(enum_cls: type[AnyStrEnum], value: object) -> AnyStrEnum:
    """The member of ``enum_cls`` whose value is ``value``; ValueError for anything else (also for a
    value that is not text, which no member's value can be)."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a {enum_cls.__name__}")
    return enum_cls(value)


def _parse_enum_list(values: Iterable[object], enum_cls: type[AnyStrEnum], field_name: str) -> tuple[AnyStrEnum, ...]:
    allowed = ", ".join(e.value for e in enum_cls)
    out: list[AnyStrEnum] = []
    for v in values:
        try:
            item = enum_member(enum_cls, v.strip().lower() if isinstance(v, str) else v)
        except ValueError:
            raise ValidationError(
                field_name, v, allowed, translate("Errors", "{value} is not known").format(value=repr(v))
            ) from None
        if item not in out:
            out.append(item)
    return tuple(out)


def parse_regions(values: Iterable[object]) -> tuple[BodyRegion, ...]:
    return _parse_enum_list(values, BodyRegion, "where")


def parse_qualities(values: Iterable[object]) -> tuple[PainQuality, ...]:
    return _parse_enum_list(values, PainQuality, "quality")


# --------------------------------------------------------------------------- records


DEFAULT_REGIONS: tuple[BodyRegion, ...] = (BodyRegion.LOWER_BACK,)


def parse_where(text: str) -> tuple[tuple[BodyRegion, ...], tuple[int, ...]]:
    """``--where`` as typed: ``lower_back,leg_left`` (regions) or ``lower_back=6,leg_left=4`` (a 0-10
    score for each region). Returns (regions, region scores); the scores are () or one per region.

    Refused (``ValidationError`` naming the problem and the allowed values): an unknown region, a
    score outside 0-10, a region named twice, a malformed pair (``lower_back=``, ``=6``,
    ``lower_back=6=7``), nothing at all, and scores for some regions but not for the others."""
    allowed_regions = ", ".join(r.value for r in BodyRegion)
    allowed = translate("Errors", "REGION,... or REGION=SCORE,... with REGION one of {regions} and SCORE 0-10").format(
        regions=allowed_regions
    )
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        raise ValidationError("where", text, allowed, translate("Errors", "names no body region"))
    regions: list[BodyRegion] = []
    scores: list[int] = []
    for part in parts:
        name, sep, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if sep and (not name or not value or "=" in value):
            raise ValidationError(
                "where", part, allowed, translate("Errors", "{part} is not REGION=SCORE").format(part=repr(part))
            )
        [region] = parse_regions([name])
        if region in regions:
            raise ValidationError(
                "where",
                part,
                translate("Errors", "each region once; {allowed}").format(allowed=allowed),
                translate("Errors", "{region} is named twice").format(region=region.value),
            )
        regions.append(region)
        if sep:
            score = check_score(value, translate("Errors", "score for {region}").format(region=region.value))
            assert score is not None
            scores.append(score)
    if scores and len(scores) != len(regions):
        raise ValidationError(
            "where",
            text,
            translate("Errors", "a score for every region or for none (e.g. lower_back=6,leg_left=4)"),
            translate("Errors", "gives a score for some regions but not for the others"),
        )
    return tuple(regions), tuple(scores)


def overall_from_region_scores(scores: tuple[int, ...]) -> int:
    """The entry's overall score when only region scores were given: the highest of them. A clinician
    reads the one 0-10 number as how bad the pain was; the worst place is that, where a mean would let
    a mild neck lower a severe leg (docs/formats.md, "Scores by region")."""
    return max(scores)


@dataclass(frozen=True, slots=True)
class PainEntryDraft:
    """``score`` is the overall 0-10 score as entered. ``region_scores`` is empty, or one 0-10 score per
    region in the order of ``regions`` (the person chose to score each region); with region scores and
    no overall score (None) the overall score becomes the highest region score."""

    felt_at: datetime
    score: int | None
    regions: tuple[BodyRegion, ...] = DEFAULT_REGIONS
    qualities: tuple[PainQuality, ...] = ()
    note: str | None = None
    region_scores: tuple[int, ...] = ()

    def validate(self) -> PainEntryDraft:
        allowed_regions = ", ".join(r.value for r in BodyRegion)
        region_scores: tuple[int, ...] = ()
        if self.region_scores:
            named: list[BodyRegion] = []
            for given in self.regions:
                [region] = parse_regions([given])
                if region in named:
                    raise ValidationError(
                        "where",
                        region.value,
                        translate("Errors", "each region once when each region has its own score"),
                        translate("Errors", "{region} is named twice").format(region=region.value),
                    )
                named.append(region)
            regions = tuple(named)
            if len(self.region_scores) != len(regions):
                raise ValidationError(
                    "where",
                    translate("Errors", "{scores} scores for {regions} regions").format(
                        scores=len(self.region_scores), regions=len(regions)
                    ),
                    translate("Errors", "one score for each region, or none"),
                    translate("Errors", "needs a score for every region"),
                )
            checked = []
            for region, score_given in zip(regions, self.region_scores, strict=True):
                one = check_score(score_given, translate("Errors", "score for {region}").format(region=region.value))
                assert one is not None
                checked.append(one)
            region_scores = tuple(checked)
        else:
            regions = parse_regions(self.regions)
        if not regions:
            raise ValidationError(
                "where", "", allowed_regions, translate("Errors", "at least one body region is needed")
            )
        score = self.score
        if score is None and region_scores:
            score = overall_from_region_scores(region_scores)
        return replace(
            self,
            felt_at=ensure_aware(self.felt_at, field="time"),
            score=check_score(score, "score"),
            regions=regions,
            qualities=parse_qualities(self.qualities),
            note=check_text(self.note, "note", NOTE_MAX),
            region_scores=region_scores,
        )


@dataclass(frozen=True, slots=True)
class PainEntry:
    id: int
    uid: str
    felt_at: datetime
    score: int
    regions: tuple[BodyRegion, ...]
    qualities: tuple[PainQuality, ...]
    note: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    #: () or one 0-10 score per region, in the order of ``regions``.
    region_scores: tuple[int, ...] = ()

    @property
    def backdated(self) -> bool:
        return is_backdated(self.felt_at, self.created_at)

    @property
    def scores_by_region(self) -> dict[BodyRegion, int]:
        return dict(zip(self.regions, self.region_scores, strict=True)) if self.region_scores else {}

    def where_text(self) -> str:
        """The regions as a person reads them, each with its score when scored ("Lower back 6, Leg (left) 4")."""
        if self.region_scores:
            return ", ".join(f"{r.label} {s}" for r, s in zip(self.regions, self.region_scores, strict=True))
        return ", ".join(r.label for r in self.regions)

    def as_draft(self) -> PainEntryDraft:
        return PainEntryDraft(self.felt_at, self.score, self.regions, self.qualities, self.note, self.region_scores)


@dataclass(frozen=True, slots=True)
class TherapySessionDraft:
    therapy_key: str
    started_at: datetime
    minutes: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    details: str | None = None
    dose: str | None = None
    provider: str | None = None
    note: str | None = None
    #: Structured dose, as entered (domain.medications): amount and unit together, schedule optional.
    dose_amount: float | str | None = None  # as typed in a form until validate() reads it
    dose_unit: str | None = None
    dose_schedule: str | None = None

    def validate(self) -> TherapySessionDraft:
        from backjournal.domain.medications import check_amount, check_schedule, check_unit

        amount = None if self.dose_amount is None else check_amount(self.dose_amount)
        unit = None if self.dose_unit is None else check_unit(self.dose_unit)
        if (amount is None) != (unit is None):
            raise ValidationError(
                "dose",
                f"{self.dose_amount} {self.dose_unit}",
                translate("Errors", "an amount and a unit together (e.g. 400 mg), or neither"),
                translate("Errors", "needs both an amount and a unit"),
            )
        schedule = check_schedule(self.dose_schedule)
        if schedule is not None and amount is None:
            raise ValidationError(
                "dose",
                self.dose_schedule,
                translate("Errors", "an amount and a unit before 'as needed'/'scheduled'"),
                translate("Errors", "has a schedule without an amount"),
            )
        return replace(
            self,
            dose_amount=amount,
            dose_unit=None if unit is None else unit.value,
            dose_schedule=None if schedule is None else schedule.value,
            started_at=ensure_aware(self.started_at, field="time"),
            minutes=check_minutes(self.minutes),
            pain_before=check_score(self.pain_before, "pain before", optional=True),
            pain_after=check_score(self.pain_after, "pain after", optional=True),
            details=check_text(self.details, "details", SHORT_TEXT_MAX),
            dose=check_text(self.dose, "dose", SHORT_TEXT_MAX),
            provider=check_text(self.provider, "provider", SHORT_TEXT_MAX),
            note=check_text(self.note, "note", NOTE_MAX),
        )


@dataclass(frozen=True, slots=True)
class TherapySession:
    id: int
    uid: str
    therapy: TherapyType
    started_at: datetime
    minutes: int | None
    pain_before: int | None
    pain_after: int | None
    details: str | None
    dose: str | None
    provider: str | None
    note: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    dose_amount: float | None = None
    dose_unit: str | None = None
    dose_schedule: str | None = None

    @property
    def backdated(self) -> bool:
        return is_backdated(self.started_at, self.created_at)

    @property
    def dose_text(self) -> str | None:
        """The dose as the person entered it: the structured part, then any free text."""
        parts = []
        if self.dose_amount is not None and self.dose_unit is not None:
            from backjournal.domain.medications import Dose, DoseSchedule, DoseUnit

            parts.append(
                Dose(
                    self.dose_amount,
                    DoseUnit(self.dose_unit),
                    DoseSchedule(self.dose_schedule) if self.dose_schedule else None,
                ).text()
            )
        if self.dose:
            parts.append(self.dose)
        return "; ".join(parts) or None

    @property
    def change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    def as_draft(self) -> TherapySessionDraft:
        return TherapySessionDraft(
            self.therapy.key,
            self.started_at,
            self.minutes,
            self.pain_before,
            self.pain_after,
            self.details,
            self.dose,
            self.provider,
            self.note,
            self.dose_amount,
            self.dose_unit,
            self.dose_schedule,
        )


@dataclass(frozen=True, slots=True)
class PegDraft:
    """PEG (Krebs 2009): three 0-10 items about the past week. Score = mean of the three."""

    answered_at: datetime
    pain: int
    enjoyment: int
    activity: int
    note: str | None = None

    def validate(self) -> PegDraft:
        return replace(
            self,
            answered_at=ensure_aware(self.answered_at, field="time"),
            pain=check_score(self.pain, "PEG pain"),
            enjoyment=check_score(self.enjoyment, "PEG enjoyment of life", allowed=INTERFERENCE_ALLOWED),
            activity=check_score(self.activity, "PEG general activity", allowed=INTERFERENCE_ALLOWED),
            note=check_text(self.note, "note", NOTE_MAX),
        )


@dataclass(frozen=True, slots=True)
class PegCheckin:
    id: int
    uid: str
    answered_at: datetime
    pain: int
    enjoyment: int
    activity: int
    note: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def score(self) -> float:
        return round((self.pain + self.enjoyment + self.activity) / 3, 2)

    def as_draft(self) -> PegDraft:
        return PegDraft(self.answered_at, self.pain, self.enjoyment, self.activity, self.note)


#: One stored record of the journal.
JournalRecord = PainEntry | TherapySession | PegCheckin


class RecordKind(enum.StrEnum):
    PAIN = "pain"
    SESSION = "session"
    PEG = "peg"
    THERAPY = "therapy"
    #: Daily factors or their values (no record of the journal's lists; told so that views refresh).
    FACTOR = "factor"


@dataclass(frozen=True, slots=True)
class RecordRef:
    """Points at one record of the journal: what kind, which id."""

    kind: RecordKind
    id: int


@dataclass(frozen=True, slots=True)
class JournalChange:
    """What one service call changed, so each screen decides whether to refresh (Anki's way)."""

    kinds: frozenset[RecordKind]
    refs: tuple[RecordRef, ...] = field(default=())

"""Daily factors: things a person rates once a day beside their pain (sleep quality, mood, stress,
physical activity, or their own, e.g. "long drive"), on a 0-10 scale or as yes/no.

Pure Python. A factor is identified by its stable ``key`` (built-ins: ``sleep_quality``, ``mood``,
``stress``, ``physical_activity``; the person's own: ``own_<slug>``). Built-ins exist in every
journal but are hidden (``enabled`` False) until the person turns them on. One value per factor and
local day: a new value for the same day replaces the old one. Yes/no values are stored as 1/0.

Read API for analysis (e.g. Insights): ``FactorService.daily_values(start, end)`` returns
``list[FactorDay]`` (factor key, day, value), oldest first, with ``FactorService.factors()`` for the
names and kinds.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from datetime import date

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, check_text, enum_member, shown_name
from backjournal.i18n import QT_TRANSLATE_NOOP, translate


class FactorKind(enum.StrEnum):
    SCALE = "scale"  # 0-10
    YESNO = "yesno"  # 1 yes, 0 no

    @property
    def label(self) -> str:
        """The kind for people, in the process's language ("0-10" or "yes/no")."""
        return "0-10" if self is FactorKind.SCALE else translate("Domain", "yes/no")


KIND_ALLOWED = QT_TRANSLATE_NOOP("Errors", "scale (0-10) or yesno (yes/no)")
SCALE_ALLOWED = QT_TRANSLATE_NOOP("Errors", "a whole number from 0 to 10")
YESNO_ALLOWED = QT_TRANSLATE_NOOP("Errors", "yes or no (also y/n, 1/0, true/false)")
_YES = {"yes", "y", "1", "true", "on"}
_NO = {"no", "n", "0", "false", "off"}


@dataclass(frozen=True, slots=True)
class Factor:
    key: str
    name: str
    kind: FactorKind
    builtin: bool
    enabled: bool = True
    id: int | None = None

    def parse_value(self, value: object) -> int:
        return check_factor_value(self.kind, value, shown_name(self.key, self.name))

    def value_text(self, value: int) -> str:
        if self.kind is FactorKind.YESNO:
            return "yes" if value else "no"
        return str(value)


#: Built-in factors, hidden until turned on. Keys are stable (stored, exported, on the command line).
BUILTIN_FACTORS: tuple[Factor, ...] = (
    Factor(
        "sleep_quality", QT_TRANSLATE_NOOP("Factors", "Sleep quality"), FactorKind.SCALE, builtin=True, enabled=False
    ),
    Factor("mood", QT_TRANSLATE_NOOP("Factors", "Mood"), FactorKind.SCALE, builtin=True, enabled=False),
    Factor("stress", QT_TRANSLATE_NOOP("Factors", "Stress"), FactorKind.SCALE, builtin=True, enabled=False),
    Factor(
        "physical_activity",
        QT_TRANSLATE_NOOP("Factors", "Physical activity"),
        FactorKind.SCALE,
        builtin=True,
        enabled=False,
    ),
)
BUILTIN_FACTOR_KEYS = frozenset(f.key for f in BUILTIN_FACTORS)
BUILTIN_FACTOR_NAMES = {f.key: f.name for f in BUILTIN_FACTORS}  # shown through models.shown_name

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def factor_key_for(name: str) -> str:
    """The stable key of a person's own factor: ``own_`` and the name in lower case with underscores."""
    slug = _SLUG_RE.sub("_", name.strip().lower()).strip("_")
    return f"own_{slug or 'factor'}"


def check_kind(value: object) -> FactorKind:
    try:
        return enum_member(FactorKind, value.strip().lower() if isinstance(value, str) else value)
    except ValueError:
        raise ValidationError(
            "kind",
            value,
            KIND_ALLOWED,
            translate("Errors", "{value} is not a kind of factor").format(value=repr(value)),
        ) from None


def check_factor_name(value: object) -> str:
    name = check_text(value if value is None or isinstance(value, str) else str(value), "factor name", NAME_MAX)
    if name is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "factor name"),
            value,
            translate("Errors", "a name of 1 to {max} characters").format(max=NAME_MAX),
            QT_TRANSLATE_NOOP("Errors", "is empty"),
        )
    name = " ".join(name.split())
    if not _SLUG_RE.sub("", name.lower()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "factor name"),
            value,
            QT_TRANSLATE_NOOP("Errors", "a name with at least one letter or digit (a-z, 0-9)"),
            QT_TRANSLATE_NOOP("Errors", "has no letter or digit"),
        )
    return name


def check_factor_value(kind: FactorKind, value: object, name: str = "value") -> int:
    field_name = translate("Errors", "{name} value").format(name=name) if name != "value" else "value"
    if kind is FactorKind.YESNO:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int) and value in (0, 1):
            return value
        text = value.strip().lower() if isinstance(value, str) else None
        if text in _YES:
            return 1
        if text in _NO:
            return 0
        raise ValidationError(
            field_name, value, YESNO_ALLOWED, translate("Errors", "{value} is not yes or no").format(value=repr(value))
        )
    not_whole = translate("Errors", "{value} is not a whole number").format(value=repr(value))
    if isinstance(value, bool):
        raise ValidationError(field_name, value, SCALE_ALLOWED, not_whole)
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"[+-]?[0-9]{1,20}", text):
            raise ValidationError(field_name, value, SCALE_ALLOWED, not_whole)
        value = int(text)
    if not isinstance(value, int):
        raise ValidationError(field_name, value, SCALE_ALLOWED, not_whole)
    if not 0 <= value <= 10:
        raise ValidationError(
            field_name, value, SCALE_ALLOWED, translate("Errors", "{value} is out of range").format(value=value)
        )
    return value


@dataclass(frozen=True, slots=True)
class FactorDay:
    """One factor's value on one local day (yes/no as 1/0)."""

    factor_key: str
    day: date
    value: int
    uid: str = ""


def new_uid() -> str:
    return str(uuid.uuid4())

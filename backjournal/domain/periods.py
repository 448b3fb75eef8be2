"""Marked periods: spans a person names on their charts (an acupuncture course, a new medication).

They are the person's data, kept in the journal's ``marked_periods`` table (storage) with a uid
(their identity across export and import, and what removal refers to), and carried by the journal's
JSON export as the list ``settings.marked_periods`` of ``{"uid", "label", "start", "end",
"therapy"}`` (ISO dates; ``therapy`` a therapy key or null). ``validate`` and ``from_dict`` check
what a person typed or a file holds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, is_storable_text
from backjournal.domain.timeutil import DATE_HELP
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

SETTING_KEY = "marked_periods"  # the name the JSON export (and journals before revision 0002) use
# Namespace of the uids given to periods that have none yet (a JSON file of an older version, the
# settings list of a journal before revision 0002: see storage/migrations/versions/0002_*.py).
PERIOD_UID_NAMESPACE = uuid.UUID("6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41")
UID_HELP = "a marked period's uid (as 'backjournal period list' shows it)"


@dataclass(frozen=True, slots=True)
class MarkedPeriod:
    label: str
    start: date
    end: date
    therapy: str | None = None
    # None until the journal keeps it. Not compared: two periods are equal by what they say; the
    # journal tells them apart by uid.
    uid: str | None = field(default=None, compare=False)

    def validate(self) -> MarkedPeriod:
        label = (self.label or "").strip() if isinstance(self.label, str) else ""
        if not label or len(label) > NAME_MAX or "\x00" in label or not is_storable_text(label):
            raise ValidationError(
                "label", self.label, translate("Errors", "a label of 1 to {max} characters").format(max=NAME_MAX)
            )
        for name, value in (("start", self.start), ("end", self.end)):
            if not isinstance(value, date):
                raise ValidationError(name, value, DATE_HELP, QT_TRANSLATE_NOOP("Errors", "is not a date"))
        if self.end < self.start:
            raise ValidationError(
                "end",
                self.end.isoformat(),
                translate("Errors", "a day on or after the start ({start})").format(start=self.start),
                QT_TRANSLATE_NOOP("Errors", "is before the start"),
            )
        return MarkedPeriod(label, self.start, self.end, self.therapy or None, check_uid(self.uid))

    def with_uid(self, uid: str | None = None) -> MarkedPeriod:
        """This period with ``uid`` (a new random one when None)."""
        return replace(self, uid=check_uid(uid) if uid is not None else str(uuid.uuid4()))

    def as_dict(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "therapy": self.therapy,
        }
        if self.uid is not None:
            out = {"uid": self.uid, **out}
        return out

    @classmethod
    def from_dict(cls, data: object) -> MarkedPeriod:
        if not isinstance(data, dict):
            raise ValidationError(
                "marked period", data, QT_TRANSLATE_NOOP("Errors", "an object with uid, label, start, end and therapy")
            )
        try:
            start = date.fromisoformat(str(data.get("start")))
            end = date.fromisoformat(str(data.get("end")))
        except ValueError:
            raise ValidationError(
                "marked period", data, DATE_HELP, QT_TRANSLATE_NOOP("Errors", "has a start or end that is not a date")
            ) from None
        therapy = data.get("therapy") or None
        if therapy is not None and not isinstance(therapy, str):
            raise ValidationError(
                "marked period", data, QT_TRANSLATE_NOOP("Errors", "a therapy key or null as its therapy")
            )
        uid = data.get("uid")
        return cls(str(data.get("label") or ""), start, end, therapy, uid).validate()

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and self.end >= start


def check_uid(uid: object) -> str | None:
    """``uid`` as a canonical UUID string (None stays None); ValidationError otherwise."""
    if uid is None:
        return None
    try:
        return str(uuid.UUID(str(uid))) if isinstance(uid, str) and len(uid) <= 36 else _bad_uid(uid)
    except ValueError:
        return _bad_uid(uid)


def _bad_uid(uid: object) -> str:
    raise ValidationError(
        "uid", uid, QT_TRANSLATE_NOOP("Errors", "a UUID such as 6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41")
    )


def content_uid(period: MarkedPeriod, occurrence: int = 0) -> str:
    """The uid of a period that has none, from its content (and its place among equal ones), so
    the same period read twice from an older file gets the same uid. Revision 0002 computes it the
    same way (a test keeps the two equal)."""
    key = "\x1f".join(
        [period.label, period.start.isoformat(), period.end.isoformat(), period.therapy or "", str(occurrence)]
    )
    return str(uuid.uuid5(PERIOD_UID_NAMESPACE, key))


def with_content_uids(periods: list[MarkedPeriod]) -> list[MarkedPeriod]:
    """``periods`` with a content uid for each one that has none (equal ones numbered in order)."""
    seen: dict[tuple[str, date, date, str | None], int] = {}
    out = []
    for p in periods:
        if p.uid is None:
            key = (p.label, p.start, p.end, p.therapy)
            n = seen.get(key, 0)
            seen[key] = n + 1
            p = replace(p, uid=content_uid(p, n))
        out.append(p)
    return out

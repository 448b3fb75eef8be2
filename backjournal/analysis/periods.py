"""Marked periods: spans a person names on their charts (an acupuncture course, a new medication).

They are journal data, kept as the setting ``marked_periods`` (a list of
``{"label", "start", "end", "therapy"}`` with ISO dates; ``therapy`` a therapy key or null), so
they travel with the journal's JSON export. ``MarkedPeriod.from_dict`` validates what it reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX
from backjournal.domain.timeutil import DATE_HELP

SETTING_KEY = "marked_periods"


@dataclass(frozen=True, slots=True)
class MarkedPeriod:
    label: str
    start: date
    end: date
    therapy: str | None = None

    def validate(self) -> MarkedPeriod:
        label = (self.label or "").strip() if isinstance(self.label, str) else ""
        if not label or len(label) > NAME_MAX or "\x00" in label:
            raise ValidationError("label", self.label, f"a label of 1 to {NAME_MAX} characters")
        for name, value in (("start", self.start), ("end", self.end)):
            if not isinstance(value, date):
                raise ValidationError(name, value, DATE_HELP, "is not a date")
        if self.end < self.start:
            raise ValidationError("end", self.end.isoformat(), f"a day on or after the start ({self.start})",
                                  "is before the start")
        return MarkedPeriod(label, self.start, self.end, self.therapy or None)

    def as_dict(self) -> dict:
        return {"label": self.label, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "therapy": self.therapy}

    @classmethod
    def from_dict(cls, data: dict) -> MarkedPeriod:
        if not isinstance(data, dict):
            raise ValidationError("marked period", data, "an object with label, start, end and therapy")
        try:
            start = date.fromisoformat(str(data.get("start")))
            end = date.fromisoformat(str(data.get("end")))
        except ValueError:
            raise ValidationError("marked period", data, DATE_HELP, "has a start or end that is not a date") from None
        return cls(str(data.get("label") or ""), start, end, data.get("therapy") or None).validate()

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and self.end >= start

"""The person's preferences: one typed declaration with defaults and a version (ARCHITECTURE habit 10).

These are the person's data, so they live in the journal's ``settings`` table (one row per
setting, JSON values) and travel with it in a JSON export; window layout stays in QSettings.
``services.settings.SettingsService`` reads and writes them.

Reading is forgiving, writing is strict: a stored value that is missing, of an old shape or out of
range reads as its default (a damaged or hand-edited row never stops the app), while
``Preferences.checked()`` raises ``ValidationError`` naming the setting and its allowed values.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

from backjournal.domain.errors import ValidationError
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

#: bumped when a setting changes meaning; ``from_stored`` converts older versions
SETTINGS_VERSION = 1
VERSION_KEY = "preferences_version"

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
THEMES = ("system", "light", "dark")
# Labels are English here and marked for translation; the window shows translate("Settings", label).
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
}
PAPER_SIZES = ("auto", "a4", "letter")
PAPER_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Settings", "As usual here (from the language settings)"),
    "a4": "A4",
    "letter": QT_TRANSLATE_NOOP("Settings", "US Letter"),
}
TRENDS_RANGES = ("2w", "30d", "90d", "1y", "all")  # services.trends.RANGE_KEYS
#: the optional fields of Today's forms (the score, the therapy and the times always show)
TODAY_FIELDS = {
    "pain_where": QT_TRANSLATE_NOOP("Settings", "Pain: where"),
    "pain_qualities": QT_TRANSLATE_NOOP("Settings", "Pain: what it feels like"),
    "pain_note": QT_TRANSLATE_NOOP("Settings", "Pain: note"),
    "session_minutes": QT_TRANSLATE_NOOP("Settings", "Session: duration"),
    "session_before_after": QT_TRANSLATE_NOOP("Settings", "Session: pain before and after"),
    "session_details": QT_TRANSLATE_NOOP("Settings", "Session: details"),
    "session_dose": QT_TRANSLATE_NOOP("Settings", "Session: dose"),
    "session_provider": QT_TRANSLATE_NOOP("Settings", "Session: provider / place"),
    "session_note": QT_TRANSLATE_NOOP("Settings", "Session: note"),
}
ALL_DAYS = frozenset(range(7))


@dataclass(frozen=True)
class Preferences:
    """Every preference with its default. Days are 0 = Monday … 6 = Sunday."""

    reminder_enabled: bool = False
    reminder_time: time = time(20, 0)
    reminder_days: frozenset[int] = ALL_DAYS
    week_start: int = 0
    peg_day: int = 6
    trends_range: str = "90d"
    today_fields: frozenset[str] = frozenset(TODAY_FIELDS)
    paper: str = "auto"
    theme: str = "system"
    #: Today's "Score each region": each chosen region gets its own 0-10 score (off: one score for all)
    score_each_region: bool = False

    # ------------------------------------------------------------------ checks
    def checked(self) -> Preferences:
        """Self, or ``ValidationError`` naming the first setting out of range and what is allowed."""
        if not isinstance(self.reminder_enabled, bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "reminder"), self.reminder_enabled, QT_TRANSLATE_NOOP("Errors", "on or off")
            )
        if not isinstance(self.score_each_region, bool):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "score each region"),
                self.score_each_region,
                QT_TRANSLATE_NOOP("Errors", "on or off"),
            )
        if not isinstance(self.reminder_time, time):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "reminder time"),
                self.reminder_time,
                QT_TRANSLATE_NOOP("Errors", "a time of day HH:MM"),
            )
        days = QT_TRANSLATE_NOOP("Errors", "days 0 (Monday) to 6 (Sunday)")
        if not all(isinstance(d, int) and 0 <= d <= 6 for d in self.reminder_days):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "reminder days"), sorted(self.reminder_days, key=str), days
            )
        if self.reminder_enabled and not self.reminder_days:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "reminder days"),
                translate("Errors", "none"),
                QT_TRANSLATE_NOOP("Errors", "at least one day while the reminder is on"),
            )
        for name in ("week_start", "peg_day"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 6:
                raise ValidationError(name.replace("_", " "), value, days)
        if self.week_start not in (0, 6):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "week start"),
                DAY_NAMES[self.week_start],
                QT_TRANSLATE_NOOP("Errors", "Monday or Sunday"),
            )
        if self.trends_range not in TRENDS_RANGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "default Trends range"), self.trends_range, ", ".join(TRENDS_RANGES)
            )
        unknown = set(self.today_fields) - set(TODAY_FIELDS)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "fields Today shows"), ", ".join(sorted(unknown)), ", ".join(TODAY_FIELDS)
            )
        if self.paper not in PAPER_SIZES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "report paper size"), self.paper, ", ".join(PAPER_SIZES))
        if self.theme not in THEMES:
            raise ValidationError("theme", self.theme, ", ".join(THEMES))
        return self

    # ------------------------------------------------------------------ questions
    def reminds_on(self, weekday: int) -> bool:
        return self.reminder_enabled and weekday in self.reminder_days

    @property
    def report_paper(self) -> str | None:
        """The paper for services.report (None: the locale's)."""
        return None if self.paper == "auto" else self.paper

    # ------------------------------------------------------------------ storage form
    def to_stored(self) -> dict[str, object]:
        """One JSON-able value per setting, plus the version."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, time):
                value = value.strftime("%H:%M")
            elif isinstance(value, frozenset):
                value = sorted(value)
            out[f.name] = value
        out[VERSION_KEY] = SETTINGS_VERSION
        return out

    @classmethod
    def from_stored(cls, stored: dict[str, object]) -> Preferences:
        """Preferences from the settings table; anything missing or unusable reads as its default."""
        prefs = cls()
        for f in fields(cls):
            if f.name not in stored:
                continue
            try:
                value = _parse(f.name, stored[f.name])
                changes: dict[str, Any] = {f.name: value}  # the type _parse gives this field, checked below
                candidate = replace(prefs, **changes)
                candidate.checked()
            except (TypeError, ValueError, ValidationError):
                continue  # a damaged or foreign value: keep the default, never stop the app
            prefs = candidate
        return prefs

    def differences(self, other: Preferences) -> dict[str, object]:
        """The stored values of ``other`` that differ from self."""
        mine, theirs = self.to_stored(), other.to_stored()
        return {k: v for k, v in theirs.items() if mine.get(k) != v}


def _parse(name: str, raw: object) -> object:
    if name == "reminder_time":
        if not isinstance(raw, str):
            raise TypeError(name)
        hours, minutes = raw.split(":")
        return time(int(hours), int(minutes))
    if name == "reminder_days":
        if not isinstance(raw, list):
            raise TypeError(name)
        return frozenset(int(d) for d in raw)
    if name == "today_fields":
        if not isinstance(raw, list):
            raise TypeError(name)
        return frozenset(str(x) for x in raw)
    if name in ("reminder_enabled", "score_each_region") and not isinstance(raw, bool):
        raise TypeError(name)
    if name in ("week_start", "peg_day") and (not isinstance(raw, int) or isinstance(raw, bool)):
        raise TypeError(name)
    return raw


def parse_time(text: str) -> time:
    """A reminder time typed as HH:MM (24-hour), or ``ValidationError``."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "reminder time"),
            text,
            QT_TRANSLATE_NOOP("Errors", "a time of day HH:MM, 00:00 to 23:59"),
        ) from None

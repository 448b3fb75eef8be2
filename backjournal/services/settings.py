"""The person's preferences (domain.settings.Preferences), kept in the journal's ``settings`` table.

One row per setting plus ``preferences_version``; they travel with the journal (JSON export,
backups, a moved journal). ``save`` checks the whole set first (``ValidationError`` names the
setting and what is allowed; nothing is written), writes only what changed, in one transaction,
and tells its listeners (the window applies the theme, Today its fields, Trends its range).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import TYPE_CHECKING

from backjournal.domain.settings import VERSION_KEY, Preferences
from backjournal.services.listeners import HasListeners
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:  # the light start reads the preferences before SQLAlchemy is imported
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

Listener = Callable[[Preferences], None]
_KEYS = tuple(f.name for f in fields(Preferences))


def preferences_from(stored: dict[str, object]) -> Preferences:
    """The preferences in a journal's stored settings (``settings.all()`` of a unit of work, or of the
    light start's plain read); defaults for anything not stored."""
    return Preferences.from_stored({k: v for k, v in stored.items() if k in _KEYS})


class SettingsService(HasListeners):
    def __init__(self, *, unit_of_work: UnitOfWorkFactory | None = None, reads: ReadsFactory | None = None):
        """``reads`` for the reads (default the unit of work); built with it alone, it only reads
        (services/reading.py)."""
        self._reads, self._uow = reads_and_writes("SettingsService", unit_of_work, reads)
        self._listeners: list[Listener] = []

    def preferences(self) -> Preferences:
        """The stored preferences; defaults for anything not stored (a new journal: all defaults)."""
        with self._reads() as uow:  # a few rows: read each time, so a restore or import shows at once
            return preferences_from(uow.settings.all())

    def save(self, prefs: Preferences) -> Preferences:
        """Check and store ``prefs``; returns them. Listeners hear only when something changed."""
        prefs.checked()
        changed = self.preferences().differences(prefs)
        if not changed:
            return prefs
        with self._uow() as uow:
            for key, value in changed.items():
                uow.settings.set(key, value)
            uow.settings.set(VERSION_KEY, prefs.to_stored()[VERSION_KEY])
        self._tell(prefs)
        return prefs

"""The person's preferences (domain.settings.Preferences), kept in the journal's ``settings`` table.

One row per setting plus ``preferences_version``; they travel with the journal (JSON export,
backups, a moved journal). ``save`` checks the whole set first (``ValidationError`` names the
setting and what is allowed; nothing is written), writes only what changed, in one transaction,
and tells its listeners (the window applies the theme, Today its fields, Trends its range).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from backjournal.domain.settings import VERSION_KEY, Preferences
from backjournal.services.listeners import HasListeners
from backjournal.storage.unit_of_work import UnitOfWorkFactory

Listener = Callable[[Preferences], None]
_KEYS = tuple(f.name for f in fields(Preferences))


class SettingsService(HasListeners):
    def __init__(self, *, unit_of_work: UnitOfWorkFactory):
        self._uow = unit_of_work
        self._listeners: list[Listener] = []

    def preferences(self) -> Preferences:
        """The stored preferences; defaults for anything not stored (a new journal: all defaults)."""
        with self._uow() as uow:  # a few rows: read each time, so a restore or import shows at once
            stored = {k: v for k, v in uow.settings.all().items() if k in _KEYS}
        return Preferences.from_stored(stored)

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

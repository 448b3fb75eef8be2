"""The journal's own identity: a random UUID made when the journal is created (or first opened by a
BackJournal that knows identities), kept in the journal's settings as ``journal_id``.

It is journal data like marked periods: it travels with the JSON export (a fresh journal that
imports the file takes it over; a journal that already has records keeps its own) and with every
backup and restore, because it lives in the journal file. The FHIR export derives the Patient and
every record's fullUrl from it, so exports of two people's journals never share a Patient.
It identifies the journal, not the person: it is random and says nothing about anyone.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:  # the one-entry write path (services/quick_log.py) checks identities without SQLAlchemy
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

SETTING_KEY = "journal_id"


def valid_journal_id(value: object) -> TypeGuard[str]:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def ensure_journal_id(unit_of_work: UnitOfWorkFactory) -> str:
    """The journal's identity, made and stored first if the journal has none (or an unusable one)."""
    with unit_of_work() as uow:
        value: object = uow.settings.get(SETTING_KEY)
        if valid_journal_id(value):
            return value
    with unit_of_work() as uow:
        stored: object = uow.settings.get(SETTING_KEY)  # another program may have made it meanwhile
        if valid_journal_id(stored):
            return stored
        made = str(uuid.uuid4())
        uow.settings.set(SETTING_KEY, made)
        return made

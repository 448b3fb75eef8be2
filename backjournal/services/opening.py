"""Opening a journal folder and building the services over it.

Both front ends (window and command line) open a journal through ``open_journal``, so the same
checks run for both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from backjournal.paths import ensure_private_dir, journal_path
from backjournal.services.journal import JournalService
from backjournal.storage.database import Database, open_database
from backjournal.storage.maintenance import compact
from backjournal.storage.unit_of_work import UnitOfWorkFactory, unit_of_work_factory


@dataclass
class OpenJournal:
    """An open journal: where it is, its database and the services over it."""

    data_dir: Path
    db: Database
    uow: UnitOfWorkFactory
    journal: JournalService
    closers: list = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        for closer in reversed(self.closers):
            closer()
        self.closers.clear()
        self.db.close()


def open_journal(data_dir: Path, *, create: bool = True) -> OpenJournal:
    ensure_private_dir(data_dir)
    db = open_database(journal_path(data_dir), create=create)
    uow = unit_of_work_factory(db)
    journal = JournalService(unit_of_work=uow, compact=partial(compact, db))
    return OpenJournal(data_dir=data_dir, db=db, uow=uow, journal=journal)

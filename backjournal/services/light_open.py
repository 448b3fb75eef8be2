"""The window's light start: the Trends chart painted from a plain sqlite3 read, before the storage
stack (SQLAlchemy, the ORM, our repositories) is imported (issue 12). The window then opens the
journal as always (services/opening.py ``open_journal``) right after the chart's first paint. The
command line's report reads a journal under the same conditions (services/report.py ``write_light``).

``open_light`` runs the same open gate as every open (services/journal_gate.py ``check_before_open``:
a known journal that is gone, an interrupted conversion, ``quick_check`` + ``foreign_key_check``)
and returns the journal's reads over one read-only sqlite3 connection (storage/plain_reads.py
``read_journal``), or None when the light start does not apply and the normal path must do
everything, exactly as before:

- the journal file does not exist yet (a first run creates it; a known journal that is gone is explained),
- it is encrypted (the passphrase dialog, SQLCipher),
- its schema is not this version's head (backup and migration, or a newer schema refused),
- an empty-trash is still to be finished (the normal open finishes it),
- the gate or the read fails for any reason (the normal path meets the problem again and offers
  what it always offers: recovery from a backup, an explanation).

When it applies, the caller passes ``gate_passed=True`` to ``open_journal`` afterwards, so the gate
runs once. ``LightJournal.close`` closes the connection: nothing of the light read keeps the file
open (a later write, backup, restore or encryption is never blocked by it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from backjournal.paths import journal_path
from backjournal.services.journal_gate import check_before_open
from backjournal.services.known_journals import KnownJournals
from backjournal.services.trends import TrendsService
from backjournal.storage import crypto
from backjournal.storage.plain_reads import ReadUnitOfWork, read_journal
from backjournal.storage.pragmas import PURGE_PENDING
from backjournal.storage.revisions import head_revision


@dataclass
class LightJournal:
    """A plain journal at head that passed the open gate, with its reads over one open connection."""

    path: Path
    data: ReadUnitOfWork
    _stack: ExitStack = field(repr=False)

    @contextmanager
    def reads(self) -> Iterator[ReadUnitOfWork]:
        """A ``ReadsFactory`` (storage/plain_reads.py) over the one connection, for the reading services."""
        yield self.data

    def trends(self) -> TrendsService:
        """A read-only trends service over this read (the composition root's is built after it, with
        the storage stack, in services/composition.py)."""
        return TrendsService(reads=self.reads)

    def close(self) -> None:
        self._stack.close()


def open_light(data_dir: Path) -> LightJournal | None:
    """The gate, then the reads of a plain journal at head; None when the normal path must open it."""
    data_dir = Path(data_dir)
    path = journal_path(data_dir)
    if not path.is_file() or crypto.is_encrypted(path):
        return None
    try:
        check_before_open(data_dir, path, KnownJournals(), create=False, start_new=False, passphrase=None)
    except Exception:  # the normal path runs the gate again and explains or offers recovery
        return None
    if crypto.is_encrypted(path):  # a conversion the gate finished just now
        return None
    stack = ExitStack()
    try:
        data = stack.enter_context(read_journal(path))
        at_head = data.schema.revision() == head_revision()
        if at_head and not data.schema.user_version() & PURGE_PENDING:
            return LightJournal(path, data, stack)
    except Exception:  # e.g. the file changed under us: the normal path opens it
        pass
    stack.close()
    return None

"""Making deleted text really gone: VACUUM and a truncating WAL checkpoint (docs/reliability.md item 18).

Every connection runs with ``PRAGMA secure_delete=ON`` (storage/engine.py), so SQLite overwrites
the bytes of deleted rows with zeros. What remains afterwards is (a) old copies of pages in the
write-ahead log and (b) free pages; ``compact`` rebuilds the file (VACUUM, with its temporary copy
kept in memory, not in /tmp) and then checkpoints the WAL with TRUNCATE so the -wal file is empty.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy.pool import PoolProxiedConnection

from backjournal.domain.errors import JournalLockedError
from backjournal.failures import environment_error
from backjournal.storage.database import Database
from backjournal.storage.pragmas import PURGE_PENDING

__all__ = ["PURGE_PENDING", "compact", "finish_pending_purge", "purge_pending"]


def _driver(raw: PoolProxiedConnection) -> Any:
    """The driver's own connection (sqlite3 or sqlcipher3) under a pooled one."""
    con = raw.driver_connection
    assert con is not None  # a connection just checked out of the pool is open
    return con


def purge_pending(db: Database) -> bool:
    """True when an empty-trash was interrupted before its compaction finished (a crash, a kill)."""
    raw = db.engine.raw_connection()
    try:
        return bool(int(_driver(raw).execute("PRAGMA user_version").fetchone()[0]) & PURGE_PENDING)
    except db.driver_error as exc:
        raise environment_error(exc, db.path, doing="reading the journal's state") from exc
    finally:
        raw.close()


def finish_pending_purge(db: Database) -> bool:
    """Run the compaction an interrupted empty-trash left undone. True when there was one."""
    if not purge_pending(db):
        return False
    compact(db)
    return True


def compact(db: Database, *, attempts: int = 20) -> None:
    """VACUUM the journal and empty its WAL file, then clear the purge mark (``PURGE_PENDING``).
    Raises JournalLockedError if a reader blocks it (the mark stays: the next open finishes it)."""
    raw = db.engine.raw_connection()
    try:
        con = _driver(raw)
        try:
            con.execute("PRAGMA temp_store=MEMORY")
            con.execute("VACUUM")
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            if version & PURGE_PENDING:  # VACUUM kept it; the text is gone from the main file now
                con.execute(f"PRAGMA user_version = {version & ~PURGE_PENDING}")
            for _ in range(attempts):
                busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    break
                time.sleep(0.1)
            else:
                raise JournalLockedError(
                    f"The trash of {db.path} was emptied, but another program is reading the journal, "
                    "so old copies of the deleted text may remain in its write-ahead log until it closes.",
                    hint="Close other programs using the journal (another BackJournal, a backup tool), "
                    "then empty the trash again.",
                )
        finally:
            con.execute("PRAGMA temp_store=DEFAULT")
    except db.driver_error as exc:  # sqlite3 or sqlcipher3: disk full, read-only, locked
        raise environment_error(exc, db.path, doing="compacting the journal") from exc
    finally:
        raw.close()

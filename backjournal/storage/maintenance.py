"""Making deleted text really gone: VACUUM and a truncating WAL checkpoint (docs/reliability.md item 18).

Every connection runs with ``PRAGMA secure_delete=ON`` (storage/engine.py), so SQLite overwrites
the bytes of deleted rows with zeros. What remains afterwards is (a) old copies of pages in the
write-ahead log and (b) free pages; ``compact`` rebuilds the file (VACUUM, with its temporary copy
kept in memory, not in /tmp) and then checkpoints the WAL with TRUNCATE so the -wal file is empty.
"""

from __future__ import annotations

import time

from backjournal.domain.errors import JournalLockedError, StorageEnvironmentError
from backjournal.storage.database import Database


def compact(db: Database, *, attempts: int = 20) -> None:
    """VACUUM the journal and empty its WAL file. Raises JournalLockedError if a reader blocks it."""
    raw = db.engine.raw_connection()
    try:
        con = raw.driver_connection
        try:
            con.execute("PRAGMA temp_store=MEMORY")
            con.execute("VACUUM")
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
    except db.engine.dialect.dbapi.Error as exc:  # sqlite3 or sqlcipher3: disk full, read-only, locked
        raise StorageEnvironmentError(f"The journal {db.path} could not be compacted: {exc}") from exc
    finally:
        raw.close()

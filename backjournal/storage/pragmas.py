"""The pragmas every connection to a journal gets (docs/reliability.md item 1), in a module without
SQLAlchemy so that the engine (storage/engine.py) and the one-entry write path
(storage/quick_write.py) share them."""

from __future__ import annotations

#: How long a connection waits for another writer (another command, the window) before "in use".
BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",  # first: switching to WAL may itself wait for a lock
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",  # deleted rows are overwritten with zeros (docs/reliability.md item 18)
)

#: A bit of SQLite's ``PRAGMA user_version`` (unused otherwise): rows were purged from the trash and
#: the file has not been compacted since (storage/maintenance.py). Set in the DELETE's own
#: transaction, cleared after VACUUM.
PURGE_PENDING = 1

"""Schema revisions known to this version, and the revision stamped in a journal file, without Alembic.

Opening a journal at head (nearly every start) needs no Alembic: ``open_database`` compares the
stamped revision with ``HEAD_REVISION`` and imports Alembic only to migrate. ``SCHEMA_REVISIONS``
lists the revisions in migrations/versions/ oldest first; tests/storage/test_migrations.py keeps it
equal to what Alembic reads from that folder, so adding a revision without adding it here fails.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: Every revision in migrations/versions/, oldest first (kept in sync with the folder by a test).
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION: str = SCHEMA_REVISIONS[-1]


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return set(SCHEMA_REVISIONS)


def read_revision(db_path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision stamped in a journal file, read without writing anything."""
    from backjournal.storage.backup import inspect_uri

    if passphrase is not None:  # an encrypted journal (storage/crypto.py)
        from backjournal.storage import crypto

        enc = crypto.connect(Path(db_path), passphrase, inspect=True)  # no -wal/-shm left behind
        try:
            if not enc.execute("SELECT 1 FROM sqlite_master WHERE name='alembic_version'").fetchone():
                return None
            row = enc.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            enc.close()

    uri = inspect_uri(Path(db_path))  # no -wal/-shm created beside a file we only look at
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        from backjournal.failures import environment_error

        raise environment_error(exc, Path(db_path), doing="reading the schema version") from exc
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        from backjournal.domain.errors import DamagedJournalError
        from backjournal.failures import classify, environment_error

        if classify(exc, Path(db_path)).environmental:  # a full disk is not damage
            raise environment_error(exc, Path(db_path)) from exc
        raise DamagedJournalError(f"The journal {db_path} cannot be read as a database: {exc}") from exc
    finally:
        con.close()

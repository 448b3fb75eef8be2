"""One new pain entry written with the standard library's sqlite3 alone: ``backjournal log pain``
then never imports SQLAlchemy, which was most of that command's time (issue 12).

It writes exactly the rows ``PainEntryRepository.add`` writes (tests/storage/test_quick_write.py
compares every column): the entry (a new uuid4 uid, ``created_at`` = ``updated_at`` = the time of
writing in naive UTC, the moment in naive UTC with its offset in minutes), then its regions and
qualities in their order, in one ``BEGIN IMMEDIATE`` transaction on a connection with the same
pragmas as every other (storage/pragmas.py). Datetimes are stored as SQLAlchemy's SQLite dialect
stores them (``YYYY-MM-DD HH:MM:SS.ffffff``).

It writes nothing and returns None whenever the journal needs more than an insert; the caller then
takes the normal path (services/opening.py), which does what is needed and reports any problem
as it always did: the file cannot be opened or written, the schema is not at head, an empty-trash
is still to be finished, the journal has no identity yet, or ``accept`` says no. Only a failure of
the COMMIT itself is raised (translated by failures.py), since retrying could write the entry twice.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from backjournal.domain.models import PainEntryDraft
from backjournal.domain.timeutil import offset_minutes, to_utc_naive, utc_now
from backjournal.storage.pragmas import PRAGMAS, PURGE_PENDING


def sql_datetime(value: datetime | None) -> str | None:
    """A naive datetime as SQLAlchemy's SQLite ``DateTime`` stores it."""
    if value is None:
        return None
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def pain_entry_columns(draft: PainEntryDraft) -> dict[str, Any]:
    """A pain entry's own columns from a validated draft (not its identity, not its regions and
    qualities); ``PainEntryRepository`` writes the same values."""
    return {
        "felt_at_utc": to_utc_naive(draft.felt_at),
        "utc_offset_min": offset_minutes(draft.felt_at),
        "score": draft.score,
        "note": draft.note,
    }


@dataclass(frozen=True)
class JournalState:
    """What decides whether an insert alone is enough, read inside the writing transaction."""

    revision: str | None  # the schema revision stamped in the file
    purge_pending: bool  # an empty-trash a crash interrupted (the normal open finishes it)
    setting: Any  # the value of the setting asked for (json-decoded), None when absent


@dataclass(frozen=True)
class WrittenEntry:
    id: int
    uid: str
    felt_at_utc: datetime
    utc_offset_min: int
    created_at: datetime
    updated_at: datetime


def append_pain_entry(
    path: Path, draft: PainEntryDraft, *, setting_key: str, accept: Callable[[JournalState], bool]
) -> WrittenEntry | None:
    """Insert one validated pain entry into the journal at ``path`` (a plain, unencrypted file that
    passed the open gate), or write nothing and return None (see the module docstring)."""
    import contextlib
    import json
    from urllib.parse import quote

    try:  # mode=rw: never creates a file (the normal path decides about a missing journal)
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        try:
            for pragma in PRAGMAS:
                con.execute(pragma)
            con.execute("BEGIN IMMEDIATE")
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
            user_version = int(con.execute("PRAGMA user_version").fetchone()[0])
            value = con.execute("SELECT value FROM settings WHERE key = ?", (setting_key,)).fetchone()
            state = JournalState(
                revision=revision[0] if revision else None,
                purge_pending=bool(user_version & PURGE_PENDING),
                setting=json.loads(value[0]) if value else None,
            )
            if not accept(state):
                con.execute("ROLLBACK")
                return None
            now = to_utc_naive(utc_now())
            uid = str(uuid.uuid4())
            columns = pain_entry_columns(draft)
            cursor = con.execute(
                "INSERT INTO pain_entries (uid, created_at, updated_at, deleted_at, felt_at_utc, utc_offset_min, "
                "score, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    sql_datetime(now),
                    sql_datetime(now),
                    None,
                    sql_datetime(columns["felt_at_utc"]),
                    columns["utc_offset_min"],
                    columns["score"],
                    columns["note"],
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
            if draft.regions:
                con.executemany(
                    "INSERT INTO pain_entry_regions (entry_id, region, position) VALUES (?, ?, ?)",
                    [(entry_id, r.value, i) for i, r in enumerate(draft.regions)],
                )
            if draft.qualities:
                con.executemany(
                    "INSERT INTO pain_entry_qualities (entry_id, quality, position) VALUES (?, ?, ?)",
                    [(entry_id, q.value, i) for i, q in enumerate(draft.qualities)],
                )
        except (sqlite3.Error, ValueError):  # nothing committed: the normal path reports it its own way
            if con.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    con.execute("ROLLBACK")
            return None
        try:
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            from backjournal.failures import environment_error

            raise environment_error(exc, path) from exc  # worded as the normal path words it
        return WrittenEntry(
            id=entry_id,
            uid=uid,
            felt_at_utc=columns["felt_at_utc"],
            utc_offset_min=columns["utc_offset_min"],
            created_at=now,
            updated_at=now,
        )
    finally:
        con.close()

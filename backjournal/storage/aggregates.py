"""Light, fast reads for charts and statistics, inside a unit of work.

Charts never need whole records: they need one row per local day (mean, lowest, highest and the
number of pain entries) and a few columns of each therapy session. Those come straight from SQL
(``GROUP BY`` the local day) as plain tuples, so ten years of entries never become ORM objects.

The local day of an entry is the day on the person's clock when they felt it:
``date(felt_at_utc, '+60 minutes')`` for an entry made at UTC+1. Soft-deleted rows never count.

The SQL itself is in storage/plain_reads.py (``AggregateReads``), written once as SQL text over a
DB-API connection: ``AggregateRepository`` runs it on its Session's driver connection, the light
path (the Trends chart painted before SQLAlchemy is imported) on a plain sqlite3 connection.

Many records are written with the repositories' ``add_many`` (storage/repositories.py).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from backjournal.storage.plain_reads import (
    AggregateReads,
    DailyRow,
    DBAPIConnection,
    SessionPointRow,
)

__all__ = ["AggregateRepository", "DailyRow", "SessionConnection", "SessionPointRow", "session_connection"]


def session_connection(session: Session) -> DBAPIConnection:
    """The DB-API connection under ``session``, in its transaction (begun now if it was not), for the
    SQL-text reads of storage/plain_reads.py. What the session holds is flushed first, as an ORM
    query's autoflush would, so the reads see it."""
    session.flush()
    driver = session.connection().connection.driver_connection
    assert driver is not None  # a live connection of the session's transaction
    connection: DBAPIConnection = driver
    return connection


class SessionConnection:
    """Mixin for an ORM repository (``self.s``, its Session) that inherits SQL-text reads from
    storage/plain_reads.py: they run on the Session's own connection."""

    s: Session

    def connection(self) -> DBAPIConnection:
        return session_connection(self.s)


class AggregateRepository(SessionConnection, AggregateReads):
    """Aggregates for charts and statistics (storage/plain_reads.py). Works inside the caller's Session."""

    def __init__(self, session: Session):
        self.s = session

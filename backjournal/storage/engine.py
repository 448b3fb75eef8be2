"""Engine creation and the pragmas every connection gets (docs/reliability.md item 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from backjournal.storage.pragmas import BUSY_TIMEOUT_MS, PRAGMAS

__all__ = ["BUSY_TIMEOUT_MS", "IMMEDIATE_OPTION", "PRAGMAS", "make_engine"]

#: Execution option that makes a transaction BEGIN IMMEDIATE (storage/database.py sets it for sessions).
IMMEDIATE_OPTION = "backjournal_immediate"


def make_engine(db_path: Path, *, readonly: bool = False, passphrase: str | None = None) -> Engine:
    """An engine on a real SQLite file with WAL, synchronous=FULL, foreign keys and no trusted schema.

    With ``passphrase`` the file is an SQLCipher one (storage/crypto.py): SQLAlchemy's pysqlcipher
    dialect sends ``PRAGMA key`` before our pragmas on every new connection.
    """
    url: URL | str
    if passphrase is not None:
        from backjournal.storage import crypto

        crypto.sqlcipher()  # a clear EncryptionError when sqlcipher3 is missing
        url = URL.create(
            "sqlite+pysqlcipher",
            password=passphrase,
            database=str(db_path),
            query={"mode": "ro", "uri": "true"} if readonly else {},
        )
        if readonly:
            url = url.set(database=f"file:{db_path}")
    elif readonly:
        url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{db_path}"
    engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=4)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling is switched off so that BEGIN is ours
        # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock at the start, waiting up to busy_timeout for another writer.
        # A deferred BEGIN that reads first and then writes cannot wait: when another command committed
        # in between, SQLite answers SQLITE_BUSY at once, and two commands run at the same moment
        # failed with "in use". On a read-only file the write lock is refused: a reading transaction then.
        # Only the units of work (Database.transaction) ask for it; a plain connection's reads stay deferred.
        if readonly or not conn.get_execution_options().get(IMMEDIATE_OPTION):
            conn.exec_driver_sql("BEGIN")
            return
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as exc:
            if "readonly" not in str(exc.orig).lower() and "read-only" not in str(exc.orig).lower():
                raise
            conn.exec_driver_sql("BEGIN")

    return engine

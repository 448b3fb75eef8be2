"""Opening a journal: schema checks, Alembic migrations, sessions.

``open_database`` is the one way in. It
- refuses a journal whose schema is newer than this app (the file is not touched: it is inspected
  through a read-only connection before any pragma that would write),
- never creates a journal unless asked to,
- runs Alembic migrations (render_as_batch) and calls ``before_migrate`` first, so a backup can be
  taken of every journal before its schema changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from backjournal.domain.errors import (
    JournalMissingError,
    SchemaTooNewError,
    StorageEnvironmentError,
)
from backjournal.storage.engine import IMMEDIATE_OPTION, make_engine
from backjournal.storage.revisions import head_revision, known_revisions, read_revision

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "Database",
    "alembic_config",
    "alembic_head_and_revisions",
    "head_revision",
    "known_revisions",
    "open_database",
    "read_revision",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
JOURNAL_FILENAME = "journal.sqlite3"

#: Called with (db_path, current_revision, target_revision) before a schema upgrade.
BeforeMigrate = Callable[[Path, str | None, str], None]


def alembic_config(db_url: str | None = None) -> Config:
    """Alembic's configuration for our migrations folder (imports Alembic: only to migrate or test)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db_url:
        cfg.set_main_option("sqlalchemy.url", db_url)
    return cfg


def alembic_head_and_revisions() -> tuple[str, list[str]]:
    """What Alembic reads from migrations/versions/: the head and every revision, oldest first
    (the test keeping storage/revisions.py in sync compares against this)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head, [rev.revision for rev in reversed(list(script.walk_revisions()))]


@dataclass
class Database:
    """An open journal: its file, its engine, and transactions on it."""

    path: Path
    engine: Engine
    #: An encrypted journal's passphrase (None for a plain one); kept to rebuild the engine.
    passphrase: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine.execution_options(**{IMMEDIATE_OPTION: True}), expire_on_commit=False)
        self._watch: PoolProxiedConnection | None = (
            None  # the connection data_version() asks (PRAGMA data_version is per connection)
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work. Commits on success, rolls back on any exception."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise translate_operational_error(exc, self.path) from exc
        finally:
            session.close()

    #: Reads use the same all-or-nothing transaction (one consistent snapshot of the journal).
    reading = transaction

    @property
    def driver_error(self) -> type[Exception]:
        """The base exception of the DB-API driver (sqlite3's, or sqlcipher3's for an encrypted journal)."""
        dbapi = self.engine.dialect.dbapi
        assert dbapi is not None  # an engine made by create_engine has loaded its driver
        error: type[Exception] = dbapi.Error
        return error

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` on one connection kept for it: the number changes when any
        other connection (ours from the pool, the command line, another program) commits to the file."""
        try:
            if self._watch is None:
                self._watch = self.engine.raw_connection()
            cursor = self._watch.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                row = cursor.fetchone()
                assert row is not None  # the pragma always answers one row
                return int(row[0])
            finally:
                cursor.close()
        except OperationalError as exc:  # opening the connection (SQLAlchemy wraps it)
            raise translate_operational_error(exc, self.path) from exc
        except self.driver_error as exc:  # the pragma itself (sqlite3 or sqlcipher3)
            self._release_watch()
            raise StorageEnvironmentError(f"The journal {self.path} could not be read: {exc}") from exc

    def _release_watch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()  # back to the pool; dispose() below closes it for good

    def close(self) -> None:
        self._release_watch()
        self.engine.dispose()

    def reconnect(self, passphrase: str | None) -> None:
        """Close every connection and use a new engine on the same file, e.g. after the file was
        encrypted, re-keyed, decrypted or replaced by a restore. Transactions started later use it."""
        self.close()
        self.engine = make_engine(self.path, passphrase=passphrase)
        self.passphrase = passphrase
        self._sessions = sessionmaker(self.engine.execution_options(**{IMMEDIATE_OPTION: True}), expire_on_commit=False)


def translate_operational_error(exc: OperationalError, path: Path) -> StorageEnvironmentError:
    """Turn SQLite's environment failures into errors a person can act on (failures.py decides the cause)."""
    from backjournal.failures import environment_error

    return environment_error(exc.orig if exc.orig is not None else exc, path)


def open_database(
    db_path: Path,
    *,
    create: bool = True,
    before_migrate: BeforeMigrate | None = None,
    passphrase: str | None = None,
) -> Database:
    """Open (and migrate) the journal at ``db_path``.

    Raises ``JournalMissingError`` when the file is absent and ``create`` is false,
    ``SchemaTooNewError`` when the file was written by a newer BackJournal (the file is untouched).
    """
    db_path = Path(db_path)
    exists = db_path.exists()
    if not exists and not create:
        raise JournalMissingError(f"The journal {db_path} was not found.")
    head = head_revision()
    current = read_revision(db_path, passphrase) if exists else None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"The journal {db_path} was written by a newer BackJournal (schema {current}); "
            f"this version understands schemas up to {head}."
        )
    if not exists:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _create_private_file(db_path)
    engine = make_engine(db_path, passphrase=passphrase)
    if current != head:
        if before_migrate is not None and current is not None:
            before_migrate(db_path, current, head)
        try:
            upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise translate_operational_error(exc, db_path) from exc
        except BaseException:
            engine.dispose()  # no connection may stay open on a half-migrated file: the caller rolls it back
            raise
    return Database(path=db_path, engine=engine, passphrase=passphrase)


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command  # Alembic loads only when a journal's schema is not at head

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite writes to it."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)

"""Opening a journal folder and building the services over it.

Both front ends (window and command line) open a journal through ``open_journal``, so the same
checks run for both, in this order, before anything is written:

1. A journal path we have seen before (services/known_journals.py) that is gone gives
   ``JournalMissingError``: a new empty journal is only created on a first run or on purpose
   (``start_new=True``).
2. Integrity gate: ``quick_check`` + ``foreign_key_check`` through a read-only connection. A failure
   gives ``DamagedJournalError``; the file's bytes are unchanged.
3. ``open_database`` refuses a newer schema (``SchemaTooNewError``) and, before migrating an older
   one, calls back here: a verified ``pre-upgrade-<rev>-<time>`` backup is made. If the migration
   raises, the half-migrated file is renamed ``*.broken-<time>``, the backup is copied back into
   place (logically identical to the journal before) and ``MigrationFailedError`` is raised.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from backjournal.domain.backups import BackupInfo, BackupKind, MigrationFailedError, RestoreResult
from backjournal.domain.errors import (
    DamagedJournalError,
    EncryptionError,
    JournalMissingError,
    SchemaTooNewError,
    StorageEnvironmentError,
)
from backjournal.domain.models import RecordKind
from backjournal.domain.timeutil import utc_now
from backjournal.paths import ensure_private_dir, journal_path
from backjournal.services.backups import BackupService, Clock
from backjournal.services.identity import ensure_journal_id
from backjournal.services.journal import JournalService
from backjournal.services.journal_gate import check_before_open, gate_integrity
from backjournal.services.known_journals import KnownJournals
from backjournal.storage import backup as files
from backjournal.storage.database import Database, open_database
from backjournal.storage.maintenance import compact, finish_pending_purge
from backjournal.storage.unit_of_work import UnitOfWorkFactory, unit_of_work_factory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenJournal:
    """An open journal: where it is, its database and the services over it. Complete when
    constructed (``open_journal`` passes everything, the window's instance lock included); nothing
    is set on it afterwards."""

    data_dir: Path
    db: Database
    uow: UnitOfWorkFactory
    journal: JournalService
    backups: BackupService
    #: The window's single-instance lock (instance_lock.InstanceLock), when this process holds it:
    #: conversions that need the journal to themselves use it instead of taking it again.
    instance_lock: object | None = None

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def encrypted(self) -> bool:
        """True when the journal is encrypted at rest (it was opened with a passphrase)."""
        return self.db.passphrase is not None

    def close(self) -> None:
        self.db.close()


def open_journal(
    data_dir: Path,
    *,
    create: bool = True,
    start_new: bool = False,
    clock: Clock = utc_now,
    passphrase: str | None = None,
    instance_lock: object | None = None,
    gate_passed: bool = False,
) -> OpenJournal:
    """Open the journal in ``data_dir``; see the module docstring for the checks, in order.
    ``instance_lock``: the window's single-instance lock when this process holds it (kept on the
    OpenJournal for conversions that need the journal to themselves).

    An encrypted journal (storage/crypto.py) needs ``passphrase``; a missing or wrong one raises
    ``EncryptionError`` before anything is written. For a plain journal ``passphrase`` is ignored.

    ``gate_passed``: the window's light start (services/light_open.py) ran steps 1 and 2 on this plain
    journal moments ago, in this process; they are not run twice.
    """
    data_dir = Path(data_dir)
    path = journal_path(data_dir)
    known = KnownJournals()
    if gate_passed and path.is_file():
        passphrase = None  # a plain journal (the light start opens no other)
    else:
        passphrase = check_before_open(data_dir, path, known, create=create, start_new=start_new, passphrase=passphrase)
    ensure_private_dir(data_dir)
    backups = BackupService(journal_path=path, clock=clock, passphrase=passphrase if path.exists() else None)
    db = _open_guarded(backups, create=create)
    finish_pending_purge(db)  # an empty-trash a crash interrupted: its deleted text goes now
    known.remember(path)
    uow = unit_of_work_factory(db)
    _identity_if_possible(uow)
    journal = JournalService(
        unit_of_work=uow,
        compact=partial(compact, db),  # compact: empty_trash
        change_token=db.data_version,
    )  # notices writes of other programs
    return OpenJournal(data_dir=data_dir, db=db, uow=uow, journal=journal, backups=backups, instance_lock=instance_lock)


def _open_guarded(backups: BackupService, *, create: bool) -> Database:
    guard = _MigrationGuard(backups)
    try:
        return open_database(
            backups.journal_path, create=create, before_migrate=guard.before_migrate, passphrase=backups.passphrase
        )
    except (SchemaTooNewError, JournalMissingError, DamagedJournalError, EncryptionError):
        raise
    except BaseException as exc:
        if guard.backup is None:
            raise
        guard.roll_back(exc)
        raise  # roll_back always raises; kept for the reader


def restore_open_journal(opened: OpenJournal, file: Path, *, passphrase: str | None = None) -> RestoreResult:
    """Restore ``file`` over the journal that ``opened`` has open, and go on using it.

    The file is verified before anything is closed (an encrypted one with ``passphrase``, by default
    the journal's). Then every pooled connection is closed, the journal is swapped
    (BackupService.restore: current journal backed up first), the restored journal goes through the
    same gate and migration as at start, and the engine reconnects to the new file (with the restored
    journal's passphrase). Every listener is told that everything changed.
    """
    backups = opened.backups
    backups.verify_restorable(file, passphrase=passphrase)
    opened.db.close()  # engine.dispose(): no connection of ours keeps the old file or its WAL open
    result = backups.restore(file, passphrase=passphrase)
    gate_integrity(opened.path, result.passphrase)
    _open_guarded(backups, create=False).close()  # migrates an older backup
    opened.db.reconnect(result.passphrase)
    _identity_if_possible(opened.uow)  # a backup from before journal identities gets one now
    opened.journal.notify(set(RecordKind))
    return result


def _identity_if_possible(uow: UnitOfWorkFactory) -> None:
    """Give the journal its random identity (services/identity.py) when it has none: at creation,
    or on the first open of an older journal. A journal that cannot be written just now (full disk,
    read-only) still opens; the identity is made by the first export that needs it, which reports
    the problem if it persists."""
    try:
        ensure_journal_id(uow)
    except StorageEnvironmentError as exc:
        log.info("journal identity not stored yet: %s", exc)


class _MigrationGuard:
    def __init__(self, backups: BackupService):
        self.backups = backups
        self.backup: BackupInfo | None = None

    def before_migrate(self, db_path: Path, current: str | None, head: str) -> None:
        # copy_database verifies the copy with integrity_check before it gets its final name.
        self.backup = self.backups.back_up(BackupKind.PRE_UPGRADE, revision=current or "none")

    def roll_back(self, cause: BaseException) -> None:
        assert self.backup is not None  # taken by before_migrate, which ran before any migration step
        journal = self.backups.journal_path
        stamp = files.utc_stamp(self.backups.clock())
        broken = files.move_aside(journal, f".broken-{stamp}")
        files.copy_database(self.backup.path, journal)
        raise MigrationFailedError(
            f"Upgrading the journal {journal} failed ({type(cause).__name__}: {cause}). The journal was put "
            f"back from {self.backup.path}; the half-upgraded file was kept as {broken}."
        ) from cause

"""Backup, check and restore of one journal file: the use cases behind File > Back up / Restore and the CLI.

Where: ``backups/`` next to the journal (0700), every file 0600. When: on every start of the window
(at most once a UTC day), before every schema upgrade, before every restore, and when asked.
Retention: domain/backups.py ``plan_retention``. A restore is verified first (integrity, schema
revision known and not newer), backs up the current journal first, and swaps atomically; the
journal must be closed while it runs (the window closes its engine, restores, reopens).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from backjournal.domain.backups import (
    BackupInfo,
    BackupKind,
    CheckReport,
    RestoreResult,
    RetentionPolicy,
    UnusableBackupError,
    backup_filename,
    parse_backup_filename,
    plan_retention,
)
from backjournal.domain.errors import (
    DamagedJournalError,
    EncryptionError,
    JournalMissingError,
    StorageEnvironmentError,
)
from backjournal.domain.timeutil import utc_now
from backjournal.paths import OutputPathError, backups_dir, ensure_private_dir, managed_file_problem
from backjournal.storage import backup as files
from backjournal.storage import crypto
from backjournal.storage.revisions import known_revisions, read_revision

Clock = Callable[[], datetime]

#: Tables every BackJournal journal has; a file without them is not a journal.
REQUIRED_TABLES = {"pain_entries", "therapy_sessions", "therapy_types", "alembic_version"}


@dataclass
class BackupService:
    journal_path: Path
    clock: Clock = utc_now
    policy: RetentionPolicy = field(default_factory=RetentionPolicy)
    #: An encrypted journal's passphrase: its backups are encrypted with it too (storage/crypto.py).
    passphrase: str | None = field(default=None, repr=False)

    @property
    def folder(self) -> Path:
        return backups_dir(self.journal_path)

    # ------------------------------------------------------------------ making backups
    def back_up(
        self, kind: BackupKind = BackupKind.MANUAL, *, revision: str | None = None, rotate: bool = True
    ) -> BackupInfo:
        """A verified backup in the backups folder, then the folder thinned by the retention rule."""
        if not self.journal_path.exists():
            raise JournalMissingError(f"The journal {self.journal_path} was not found; nothing to back up.")
        ensure_private_dir(self.folder)
        moment = self.clock()
        target = self.folder / backup_filename(kind, moment, revision=revision)
        while target.exists():  # two backups in one microsecond (a fast test clock)
            moment += timedelta(microseconds=1)
            target = self.folder / backup_filename(kind, moment, revision=revision)
        files.copy_database(self.journal_path, target, passphrase=self.passphrase)
        parsed = parse_backup_filename(target.name)
        assert parsed is not None  # the name was made by backup_filename just above
        kind_, created, rev = parsed
        info = BackupInfo(path=target, kind=kind_, created_at=created, size=target.stat().st_size, revision=rev)
        if rotate:
            self.rotate(protect=target)
        return info

    def back_up_to(self, destination: Path) -> Path:
        """A verified backup at a place the person chose (not rotated, never deleted by us)."""
        if not self.journal_path.exists():
            raise JournalMissingError(f"The journal {self.journal_path} was not found; nothing to back up.")
        destination = Path(destination).expanduser().absolute()
        problem = managed_file_problem(destination, journals=[self.journal_path])
        if problem:
            raise OutputPathError("backup file", str(destination), "a file outside what BackJournal manages", problem)
        return files.copy_database(self.journal_path, destination, passphrase=self.passphrase)

    def back_up_if_due(self) -> BackupInfo | None:
        """The automatic backup on start: made unless one was already made today (UTC)."""
        today = self.clock().date()
        if any(b.kind is BackupKind.AUTO and b.created_at.date() == today for b in self.list()):
            return None
        return self.back_up(BackupKind.AUTO)

    def list(self) -> list[BackupInfo]:
        return files.list_backups(self.folder)

    def rotate(self, *, protect: Path | None = None) -> builtins.list[Path]:
        """Delete the backups the retention rule no longer keeps. Returns what was deleted."""
        plan = plan_retention(self.list(), self.clock(), self.policy)
        deleted = []
        for path in plan.drop:
            if protect is not None and path == protect:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            deleted.append(path)
        return deleted

    # ------------------------------------------------------------------ checking
    def check(self, *, full: bool = True) -> CheckReport:
        if not self.journal_path.exists():
            raise JournalMissingError(f"The journal {self.journal_path} was not found.")
        return files.check_database(self.journal_path, full=full, passphrase=self.passphrase)

    def backup_key(self, file: Path, passphrase: str | None = None) -> str | None:
        """The passphrase that opens ``file``: None for a plain file; for an encrypted one ``passphrase``
        or else the journal's. ``EncryptionError`` (nothing changed) when none is known or it does not open it."""
        file = Path(file)
        if not crypto.is_encrypted(file):
            return None
        key = passphrase if passphrase is not None else self.passphrase
        if key is None:
            raise EncryptionError(
                f"{file} is an encrypted backup; its passphrase is needed to restore it. Nothing was changed.",
                hint="Give the passphrase the backup was made with.",
            )
        try:
            crypto.verify_passphrase(file, key)
        except EncryptionError as exc:
            raise EncryptionError(
                f"The passphrase does not open the backup {file}. Nothing was changed.",
                hint="A backup opens with the passphrase the journal had when the backup was made.",
            ) from exc
        return key

    def verify_restorable(self, file: Path, *, passphrase: str | None = None) -> str:
        """Raise ``UnusableBackupError`` unless ``file`` is a sound journal this version understands.

        An encrypted ``file`` is checked with ``passphrase`` (default: the journal's); a missing or wrong
        one raises ``EncryptionError``.
        """
        file = Path(file)
        if not file.is_file():
            raise UnusableBackupError(f"{file} does not exist or is not a file.")
        key = self.backup_key(file, passphrase)
        report = files.check_database(file, full=True, passphrase=key)
        if not report.ok:
            raise UnusableBackupError(f"{file} is damaged and was not restored: {report.summary()}")
        tables = files.table_names(file, key)
        if not tables >= REQUIRED_TABLES:
            raise UnusableBackupError(
                f"{file} is not a BackJournal journal (it lacks {', '.join(sorted(REQUIRED_TABLES - tables))})."
            )
        try:
            revision = read_revision(file, key)
        except (DamagedJournalError, StorageEnvironmentError) as exc:
            raise UnusableBackupError(f"{file} cannot be read: {exc}") from exc
        if revision is None:
            raise UnusableBackupError(f"{file} is not a BackJournal journal (it has no schema revision).")
        if revision not in known_revisions():
            raise UnusableBackupError(
                f"{file} was written by a newer BackJournal (schema {revision}); install that version to use it."
            )
        return revision

    # ------------------------------------------------------------------ restoring
    def restore(self, file: Path, *, passphrase: str | None = None) -> RestoreResult:
        """Replace the journal with a verified copy of ``file``. The journal must be closed.

        Order: verify the file -> stage a verified copy next to the journal -> back up the current
        journal (``pre-restore-*``) and fold its WAL in, or, if it is damaged, rename it aside with its
        -wal/-shm (never written) -> ``os.replace`` the staged copy over the journal -> fsync the folder.
        A crash at any point leaves either the old journal or the restored one, each whole.

        Encryption: ``passphrase`` opens an encrypted ``file`` (default: the journal's passphrase). An
        encrypted journal stays encrypted with its own passphrase: a backup under another passphrase,
        or a plain one, is converted into the staged copy (verified by storage/crypto.py). A plain or
        missing journal takes the backup as it is. ``RestoreResult.passphrase`` is the journal's
        passphrase afterwards, and so is ``self.passphrase``.
        """
        file = Path(file).expanduser().absolute()
        journal = self.journal_path.absolute()
        if file == journal:
            raise UnusableBackupError("The journal cannot be restored from itself.")
        backup_key = self.backup_key(file, passphrase) if file.is_file() else None
        self.verify_restorable(file, passphrase=backup_key)
        journal_key = self._journal_key(journal)
        target_key = journal_key if journal_key is not None else backup_key
        journal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        staged = journal.with_name(f".{journal.name}.restoring")
        staged.unlink(missing_ok=True)  # left by a crash during an earlier restore
        if backup_key == target_key:
            files.copy_database(file, staged, passphrase=backup_key)
        else:  # into the journal's own encryption: a verified sqlcipher_export copy
            crypto.convert(file, staged, source_key=backup_key, target_key=target_key)
        safety: Path | None = None
        moved: Path | None = None
        try:
            if journal.exists():
                if files.check_database(journal, passphrase=journal_key).ok:
                    self.passphrase = journal_key
                    safety = self.back_up(BackupKind.PRE_RESTORE).path
                    files.settle_journal(journal, journal_key)
                else:
                    moved = files.move_aside(journal, f".damaged-{files.utc_stamp(self.clock())}")
            files.replace_journal(staged, journal)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        self.passphrase = target_key
        return RestoreResult(
            restored_from=file, journal=journal, safety_backup=safety, moved_aside=moved, passphrase=target_key
        )

    def _journal_key(self, journal: Path) -> str | None:
        """The current journal's passphrase (None when plain or absent); EncryptionError if it is not known."""
        if not crypto.is_encrypted(journal):
            return None
        if self.passphrase is None:
            raise EncryptionError(
                f"The journal {journal} is encrypted; its passphrase is needed to back it up "
                "before the restore. Nothing was changed.",
                hint="Give the journal's passphrase (--passphrase-file FILE or BACKJOURNAL_PASSPHRASE).",
            )
        crypto.verify_passphrase(journal, self.passphrase)
        return self.passphrase

    def finish_interrupted_purge(self) -> bool:
        """The compaction of an empty-trash a crash interrupted, done now (without migrating the journal).
        True when there was one to finish."""
        from backjournal.storage.database import Database
        from backjournal.storage.engine import make_engine
        from backjournal.storage.maintenance import finish_pending_purge

        if not self.journal_path.exists():
            return False
        db = Database(
            path=self.journal_path,
            engine=make_engine(self.journal_path, passphrase=self.passphrase),
            passphrase=self.passphrase,
        )
        try:
            return finish_pending_purge(db)
        finally:
            db.close()

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup that verifies (damaged ones are skipped), or None when there is none."""
        for info in self.list():
            try:
                self.verify_restorable(info.path)
            except (UnusableBackupError, EncryptionError):  # damaged, or under another passphrase
                continue
            return info
        return None

    def move_damaged_aside(self) -> Path:
        """Rename a damaged journal (and its -wal/-shm) aside, unchanged, so a new or restored one can take
        its place."""
        return files.move_aside(self.journal_path, f".damaged-{files.utc_stamp(self.clock())}")

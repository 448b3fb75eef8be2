"""Consistent copies of a journal file, their verification, and the atomic swap of a restore.

Every copy is made with SQLite's online backup API (``sqlite3.Connection.backup``), never by
copying the live file: one ``backup_step(-1)`` copies every page inside one read transaction, so the
copy is a snapshot of one committed state even while another connection writes (WAL readers do
not block the writer). The copy goes into a pre-created 0600 temporary file in the destination
folder -> switched to rollback-journal mode (a single self-contained file) -> fsync ->
``integrity_check`` -> ``os.replace`` -> fsync of the folder. A failure at any step leaves no
temporary file and the destination as it was.

Checks open the file read-only (``mode=ro``) and run no pragma that writes, so a damaged file's
bytes stay exactly as they were.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from backjournal.domain.backups import (
    BackupInfo,
    CheckReport,
    parse_backup_filename,
)
from backjournal.domain.errors import DamagedJournalError, JournalLockedError, StorageEnvironmentError
from backjournal.failures import Cause, classify, environment_error
from backjournal.fileio import PRIVATE_FILE_MODE, fsync_dir
from backjournal.storage import crypto

SIDECARS = ("-wal", "-shm", "-journal")


def _ro_connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StorageEnvironmentError(f"{path} does not exist or is not a file.")
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def inspect_uri(path: Path) -> str:
    """A read-only URI that leaves the file's folder exactly as it was.

    Without a -wal file the main file is the whole database: opened ``immutable`` SQLite creates no
    -wal/-shm beside it. With a -wal (a running writer, or a crash) ``mode=ro`` reads through it.
    For inspection only (checks, the schema revision), never for backups of a live journal.
    """
    if path.is_file() and not Path(f"{path}-wal").exists():
        return f"file:{path}?mode=ro&immutable=1"
    return f"file:{path}?mode=ro"


def inspect_connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StorageEnvironmentError(f"{path} does not exist or is not a file.")
    return sqlite3.connect(inspect_uri(path), uri=True)


def check_database(path: Path, *, full: bool = False, passphrase: str | None = None) -> CheckReport:
    """``quick_check`` (or the full ``integrity_check``) and ``foreign_key_check``, read-only.

    With ``passphrase``: an encrypted journal (a wrong passphrase raises EncryptionError).
    """
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        return CheckReport(
            path=path, error="is empty (0 bytes): the journal's content is gone from this file", full=full
        )
    try:
        con = inspect_connect(path) if passphrase is None else crypto.connect(path, passphrase, inspect=True)
    except crypto.db_errors() as exc:
        _raise_if_environmental(exc, path)
        return CheckReport(path=path, error=f"cannot be opened: {exc}", full=full)
    try:
        pragma = "integrity_check" if full else "quick_check"
        integrity = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}(100)")]
        fks = [f"{r[0]} row {r[1]} refers to a missing {r[2]} row" for r in con.execute("PRAGMA foreign_key_check")]
        return CheckReport(path=path, integrity=integrity, foreign_keys=fks, full=full)
    except crypto.db_errors("DatabaseError") as exc:
        _raise_if_environmental(exc, path)
        return CheckReport(path=path, error=f"is not a readable database ({exc})", full=full)
    finally:
        con.close()


def _raise_if_environmental(exc: BaseException, path: Path) -> None:
    """A full disk, a read-only mount, missing permissions or a busy file are not damage: raise them as
    what they are, so nobody is told to restore an older backup over a sound journal."""
    cause = classify(exc, path)
    if cause.environmental:
        raise environment_error(exc, path, doing="the check", cause=cause) from exc


def table_names(path: Path, passphrase: str | None = None) -> set[str]:
    """The tables in a database file (encrypted: with ``passphrase``), read-only."""
    con = inspect_connect(Path(path)) if passphrase is None else crypto.connect(Path(path), passphrase, inspect=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except crypto.db_errors("DatabaseError") as exc:
        raise DamagedJournalError(f"{path} cannot be read as a database: {exc}") from exc
    finally:
        con.close()


def copy_database(source: Path, destination: Path, *, verify: bool = True, passphrase: str | None = None) -> Path:
    """A verified, consistent, private (0600) copy of ``source`` at ``destination``, made atomically."""
    source, destination = Path(source), Path(destination)
    directory = destination.parent
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _env_error(exc, destination) from exc
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        os.close(fd)
        _backup_pages(source, tmp, passphrase)
        _fsync_file(tmp)
        if verify:
            report = check_database(tmp, full=True, passphrase=passphrase)
            if not report.ok:
                raise DamagedJournalError(f"The copy of {source} did not verify: {report.summary()}")
        os.replace(tmp, destination)
        fsync_dir(directory)
    except BaseException as exc:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in SIDECARS)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, OSError):
            raise _env_error(exc, destination) from exc
        raise
    return destination


def _backup_pages(source: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy every page; with ``passphrase`` both files are encrypted with it (SQLCipher's backup API)."""
    try:
        src = _ro_connect(source) if passphrase is None else crypto.connect(source, passphrase, readonly=True)
    except crypto.db_errors() as exc:
        raise environment_error(exc, source, doing="the backup") from exc
    try:
        dst = (
            sqlite3.connect(target, isolation_level=None) if passphrase is None else crypto.connect(target, passphrase)
        )
        try:
            src.backup(dst, pages=-1)  # one step: one read transaction, one consistent snapshot
            # The copy is a single self-contained file: no -wal to lose when it is moved or mailed.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            dst.close()
    except crypto.db_errors("DatabaseError") as exc:
        cause = classify(exc, target)  # the copy's folder first (a full disk is the common case) ...
        if not cause.environmental:
            cause = classify(exc, source)  # ... then the journal's
        if cause in (Cause.DAMAGED, Cause.NOT_A_DATABASE):
            raise DamagedJournalError(f"{source} cannot be read as a database: {exc}") from exc
        where = target.parent if classify(exc, target).environmental else source
        raise environment_error(exc, where, doing=f"copying {source.name}", cause=cause) from exc
    finally:
        src.close()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder`` that we made (recognised by name), newest first."""
    out: list[BackupInfo] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        parsed = parse_backup_filename(entry.name)
        if parsed is None or not entry.is_file():
            continue
        kind, moment, revision = parsed
        out.append(BackupInfo(path=entry, kind=kind, created_at=moment, size=entry.stat().st_size, revision=revision))
    return sorted(out, key=lambda b: b.created_at, reverse=True)


def settle_journal(path: Path, passphrase: str | None = None) -> None:
    """Fold the WAL into the main file and leave it as one self-contained file (no -wal / -shm).

    Called on a closed, healthy journal before it is replaced or moved: a stale -wal left beside a
    replaced main file would be replayed onto the new file and corrupt it. If another program still
    has the journal open, switching the journal mode fails and we raise ``JournalLockedError``.
    An encrypted journal needs its ``passphrase``.
    """
    if passphrase is None:
        con = sqlite3.connect(path, isolation_level=None, timeout=2)
    else:
        con = crypto.connect(path, passphrase)
        con.execute("PRAGMA busy_timeout=2000").fetchall()
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except crypto.db_errors("OperationalError") as exc:
        raise environment_error(exc, path) from exc
    finally:
        con.close()
    leftovers = [s for s in SIDECARS if Path(f"{path}{s}").exists()]
    if str(mode).lower() != "delete" or leftovers:
        raise JournalLockedError(
            f"The journal {path} is in use by another program (journal mode {mode}, files {leftovers} remain)."
        )


def move_aside(path: Path, suffix: str) -> Path:
    """Rename ``path`` and its -wal/-shm/-journal together to ``<path><suffix>``: the file is kept, never written."""
    target = path.with_name(path.name + suffix)
    n = 1
    while any(Path(f"{target}{s}").exists() for s in ("", *SIDECARS)):
        n += 1
        target = path.with_name(f"{path.name}{suffix}-{n}")
    try:
        for s in SIDECARS:  # the sidecars first: a main file without its WAL would lose commits
            side = Path(f"{path}{s}")
            if side.exists():
                os.replace(side, Path(f"{target}{s}"))
        os.replace(path, target)
        fsync_dir(path.parent)
    except OSError as exc:
        raise _env_error(exc, path) from exc
    return target


def replace_journal(new_file: Path, journal: Path) -> None:
    """Atomically put ``new_file`` (a verified, self-contained copy in the same folder) at ``journal``."""
    if any(Path(f"{journal}{s}").exists() for s in ("-wal", "-journal")):
        raise JournalLockedError(f"The journal {journal} still has a write-ahead log; it was not replaced.")
    with contextlib.suppress(FileNotFoundError):
        Path(f"{journal}-shm").unlink()
    try:
        os.replace(new_file, journal)
        fsync_dir(journal.parent)
    except OSError as exc:
        raise _env_error(exc, journal) from exc


def utc_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _env_error(exc: OSError, target: Path) -> StorageEnvironmentError:
    from backjournal.fileio import _env_error as env_error

    return env_error(exc, target)

"""Why a storage operation failed, decided in one place for every caller (the log command, check,
backups, restore, encrypt, exports and the window), so the message names the real cause.

``classify`` reads the operating system's errno (ENOSPC, EDQUOT, EROFS, EACCES, EPERM) or SQLite's
result code (SQLITE_FULL, READONLY, PERM, BUSY, LOCKED, CORRUPT, NOTADB). SQLite reports some
environment failures only as a generic I/O error or "unable to open" (a -shm file that cannot be
created on a full disk is a "disk I/O error"); for those the folder is looked at (free space, a
read-only mount, write permission) before anything is called damage. A full disk is never a
damaged journal, so nobody is offered an older backup because the disk was full.

``environment_error`` turns a cause into the typed error (domain.errors) with its message and hint.
No Qt and no SQLAlchemy here: storage passes ``exc.orig`` of an SQLAlchemy error.
"""

from __future__ import annotations

import enum
import errno
import os
from pathlib import Path

from backjournal.domain.errors import (
    DiskFullError,
    JournalLockedError,
    ReadOnlyStorageError,
    StorageEnvironmentError,
    StoragePermissionError,
)


class Cause(enum.Enum):
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    NO_PERMISSION = "no permission"
    BUSY = "in use"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not a database"
    OTHER = "other"

    @property
    def environmental(self) -> bool:
        """The environment's fault: the file itself may be perfectly sound."""
        return self in (Cause.DISK_FULL, Cause.READ_ONLY, Cause.NO_PERMISSION, Cause.BUSY)


# SQLite primary result codes (sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

_ERRNO = {
    errno.ENOSPC: Cause.DISK_FULL,
    errno.EROFS: Cause.READ_ONLY,
    errno.EACCES: Cause.NO_PERMISSION,
    errno.EPERM: Cause.NO_PERMISSION,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = Cause.DISK_FULL
_SQLITE = {
    SQLITE_FULL: Cause.DISK_FULL,
    SQLITE_PERM: Cause.NO_PERMISSION,
    SQLITE_BUSY: Cause.BUSY,
    SQLITE_LOCKED: Cause.BUSY,
    SQLITE_CORRUPT: Cause.DAMAGED,
    SQLITE_NOTADB: Cause.NOT_A_DATABASE,
}
_TEXT = (
    ("disk is full", Cause.DISK_FULL),
    ("no space left", Cause.DISK_FULL),
    ("readonly", Cause.READ_ONLY),
    ("read-only", Cause.READ_ONLY),
    ("locked", Cause.BUSY),
    ("busy", Cause.BUSY),
    ("malformed", Cause.DAMAGED),
    ("not a database", Cause.NOT_A_DATABASE),
    ("permission denied", Cause.NO_PERMISSION),
)


def classify(exc: BaseException, path: Path | None = None) -> Cause:
    """The cause of ``exc`` (an OSError, or an sqlite3 / sqlcipher3 error) met while using ``path``."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO.get(exc.errno) or probe(path) or Cause.OTHER
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary is None:
        low = str(exc).lower()
        primary_cause = next((cause for text, cause in _TEXT if text in low), None)
        if primary_cause is not None and primary_cause is not Cause.READ_ONLY:
            return primary_cause
        if primary_cause is Cause.READ_ONLY:
            return probe(path) or Cause.READ_ONLY
        return probe(path) or Cause.OTHER
    if primary in _SQLITE:
        return _SQLITE[primary]
    if primary == SQLITE_READONLY:  # the mount, the file's mode or a folder we cannot write
        return probe(path) or Cause.READ_ONLY
    # SQLITE_IOERR, SQLITE_CANTOPEN and the rest: look at the folder before blaming the file.
    return probe(path) or Cause.OTHER


def probe(path: Path | None) -> Cause | None:
    """An environmental reason to fail at ``path``: no free space, a read-only mount, no write access."""
    if path is None:
        return None
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    if st.f_flag & getattr(os, "ST_RDONLY", 1):
        return Cause.READ_ONLY
    if st.f_bavail * st.f_frsize < 64 * 1024:  # not even room for a -shm file and a few pages
        return Cause.DISK_FULL
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        return Cause.NO_PERMISSION
    return None


def environment_error(
    exc: BaseException, path: Path, *, doing: str = "", cause: Cause | None = None
) -> StorageEnvironmentError:
    """The typed, plainly worded error for ``exc`` met at ``path`` while ``doing`` (e.g. "the backup").

    Damage and "not a database" give a plain StorageEnvironmentError here; callers that decide about
    damage (the integrity gate, check) look at ``classify`` themselves.
    """
    cause = cause or classify(exc, path)
    detail = str(getattr(exc, "strerror", None) or exc)
    what = f"; {doing} was not done" if doing else ""
    if cause is Cause.DISK_FULL:
        return DiskFullError(f"The disk is full: {path} ({detail}){what}.")
    if cause is Cause.READ_ONLY:
        return ReadOnlyStorageError(
            f"{path} cannot be written: it is read-only or on a read-only disk ({detail}){what}."
        )
    if cause is Cause.NO_PERMISSION:
        return StoragePermissionError(f"No permission to use {path} ({detail}){what}.")
    if cause is Cause.BUSY:
        return locked_error(path, detail, what)
    return StorageEnvironmentError(f"{path} could not be used ({detail}){what}.")


def locked_error(path: Path, detail: str = "", what: str = "") -> JournalLockedError:
    """ "In use": naming the BackJournal window only when one really holds the journal's folder."""
    from backjournal.instance_lock import InstanceLock

    folder = Path(path).parent
    holder = None
    probe_lock = InstanceLock(folder)
    try:
        if folder.is_dir() and probe_lock.path.exists() and not probe_lock.try_acquire():
            holder = probe_lock.holder_pid() or 0
    except OSError:
        holder = None
    finally:
        probe_lock.release()
    detail = f" ({detail})" if detail else ""
    if holder == os.getpid():  # our own window holds the folder: the one blocking us is another program
        holder = None
    if holder is not None:
        who = f" (process {holder})" if holder else ""
        return JournalLockedError(
            f"The journal {path} is locked by a BackJournal window{who}{detail}{what}.",
            hint="Close the other BackJournal window that uses this journal, then try again.",
        )
    return JournalLockedError(f"The journal {path} is in use by another program{detail}{what}.")

"""One BackJournal window per journal: an OS file lock in the journal's folder (docs/reliability.md item 9).

The lock is a kernel lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on the file
``.backjournal-instance.lock`` in the data folder. The kernel drops it when the holding process
ends for any reason, kill -9 included, so a crash never leaves a stale lock: the lock *file* may
stay behind, but nobody holds a lock on it and the next launch takes it.

The holder writes its process id into the file, for messages only ("open in process 1234").
No Qt here: the command line uses the same lock for commands that replace the journal file
(encrypt, decrypt, change-passphrase), which must not run under an open window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from backjournal.domain.errors import JournalLockedError
from backjournal.paths import INSTANCE_LOCK_FILENAME as LOCK_FILENAME


class InstanceLock:
    """A non-blocking, crash-safe exclusive lock on a journal folder."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it. True when we hold it now."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # a full disk, a read-only folder: say which
            from backjournal.failures import environment_error

            raise environment_error(exc, self.path, doing="taking the journal's lock") from exc
        try:
            if not _lock(fd):
                os.close(fd)
                return False
        except OSError:
            os.close(fd)
            raise
        try:  # the process id is for messages only: a full disk must not stop the lock
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        self._fd = fd
        return True

    def acquire(self, what: str = "This command") -> None:
        """Take the lock or raise JournalLockedError naming the holder."""
        if not self.try_acquire():
            holder = self.holder_pid()
            who = f" (process {holder})" if holder else ""
            raise JournalLockedError(
                f"{what} needs the journal in {self.path.parent} to itself, but BackJournal has it open{who}.",
                hint="Close the BackJournal window that uses this journal, then try again.",
            )

    def holder_pid(self) -> int | None:
        try:
            text = self.path.read_text().strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

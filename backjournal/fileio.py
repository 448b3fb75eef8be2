"""Atomic, private file writing: every file BackJournal writes goes through here.

A temporary file in the destination folder (mode 0600) -> write -> fsync -> ``os.replace`` ->
fsync the folder. A failure at any point (full disk, a cancelled export, an exception while
producing the content) leaves the old file byte-identical and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from backjournal.domain.errors import StorageEnvironmentError

PRIVATE_FILE_MODE = 0o600


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike, *, binary: bool = True, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO]:
    """Yield a file object; on a clean exit it atomically becomes ``path`` (mode 0600)."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _env_error(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        opened: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with opened as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(directory)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _env_error(exc, target) from exc
        raise


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    with atomic_writer(path) as fh:
        fh.write(data)
    return Path(path)


def atomic_write_text(path: str | os.PathLike, text: str, *, newline: str | None = None) -> Path:
    with atomic_writer(path, binary=False, newline=newline) as fh:
        fh.write(text)
    return Path(path)


def _env_error(exc: OSError, target: Path) -> StorageEnvironmentError:
    from backjournal.failures import environment_error

    return environment_error(exc, target, doing=f"writing {target.name}")

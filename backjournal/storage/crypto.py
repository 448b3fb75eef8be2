"""Encryption at rest with SQLCipher (the optional ``sqlcipher3`` package), per journal.

- An encrypted journal is recognised by its first 16 bytes: a plain SQLite file starts with
  ``SQLite format 3\\0``; an SQLCipher file is random-looking from the first byte.
- Turning encryption on, changing the passphrase and turning it off all go the same way: a new
  file is written with ``sqlcipher_export`` (SQLCipher's documented way to convert between plain
  and encrypted), verified (``integrity_check`` and an equal content digest), and swapped in with
  ``os.replace``. The old file's bytes are then overwritten with zeros before they are unlinked
  (through a second hard link taken before the swap), so the plain text is not simply left in a
  free block of the file system. On SSDs and copy-on-write file systems the drive may still keep
  old copies; docs/privacy.md says so plainly.
- A wrong passphrase raises ``EncryptionError``; nothing is written.

SQLAlchemy connects through its ``sqlite+pysqlcipher`` dialect (storage/engine.py), which sends
``PRAGMA key`` first on every connection; our pragmas (WAL, synchronous=FULL ...) follow.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from backjournal.domain.errors import EncryptionError, StorageEnvironmentError
from backjournal.fileio import PRIVATE_FILE_MODE, fsync_dir

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


#: SQLCipher writes whole pages (at least 512 bytes each): a file of another size is not one.
MIN_PAGE_SIZE = 512


def is_encrypted(path: Path) -> bool:
    """True when ``path`` could be an SQLCipher file: whole pages, not starting with the plain SQLite header.

    A text file, a 0-byte file or a file of odd size is not encrypted (it is not a database at all).
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    except OSError as exc:
        from backjournal.failures import environment_error

        raise environment_error(exc, Path(path), doing="reading the journal's first bytes") from exc
    if size < MIN_PAGE_SIZE or size % MIN_PAGE_SIZE or head[:16] == SQLITE_HEADER:
        return False
    return not has_plain_header_fields(head)


def has_plain_header_fields(head: bytes) -> bool:
    """True when bytes 16-23 of the file are a plain SQLite header's (page size, file format versions,
    the fixed payload fractions 64/32/32), whatever the first 16 bytes say. SQLCipher encrypts these
    bytes, so a file with them is a plain journal whose first bytes were damaged, not an encrypted one."""
    if len(head) < 24:
        return False
    page = int.from_bytes(head[16:18], "big")
    page_ok = page == 1 or (512 <= page <= 32768 and page & (page - 1) == 0)
    return page_ok and head[18] in (1, 2) and head[19] in (1, 2) and head[21:24] == b"\x40\x20\x20"


def sqlcipher() -> Any:
    """The sqlcipher3 module (it ships no type hints), or EncryptionError saying how to get it."""
    try:
        import sqlcipher3
    except ImportError as exc:
        raise EncryptionError(
            "Encryption needs the optional sqlcipher3 package, which is not installed.",
            hint="Install BackJournal with encryption support: pip install 'backjournal[encryption]'.",
        ) from exc
    _quiet(sqlcipher3)
    return sqlcipher3


_QUIETED = False


def _quiet(module: Any) -> None:
    """SQLCipher logs every failed page decryption to stderr; a wrong passphrase is not an error log."""
    global _QUIETED
    if not _QUIETED:
        con = module.connect(":memory:")
        with contextlib.suppress(Exception):
            con.execute("PRAGMA cipher_log_level = NONE").fetchall()
        con.close()
        _QUIETED = True


def db_errors(kind: str = "Error") -> tuple[type[BaseException], ...]:
    """A DB-API error class of both drivers (sqlcipher3's do not derive from sqlite3's)."""
    try:
        import sqlcipher3
    except ImportError:
        return (getattr(sqlite3, kind),)
    return (getattr(sqlite3, kind), getattr(sqlcipher3, kind))


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase(passphrase: str | None) -> str:
    if passphrase is None or not passphrase.strip():
        raise EncryptionError("An empty passphrase cannot protect a journal.", hint="Choose a passphrase.")
    if "\x00" in passphrase:
        raise EncryptionError("A passphrase cannot contain a NUL character.", hint="Choose another passphrase.")
    return passphrase


def connect(path: Path, passphrase: str, *, readonly: bool = False, inspect: bool = False) -> Any:
    """An sqlcipher3 connection (sqlite3's API; untyped) to an encrypted file, keyed and checked. Wrong key ->
    EncryptionError.

    ``inspect``: read-only and, when no -wal is beside the file, ``immutable`` so that looking at a
    closed journal or a backup leaves no -wal/-shm behind (as storage/backup.py ``inspect_uri``).
    """
    module = sqlcipher()
    uri = f"file:{path}?mode={'ro' if readonly or inspect else 'rwc'}"
    if inspect and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    con = module.connect(uri, uri=True, isolation_level=None)
    try:
        con.execute(f"PRAGMA key = {_quote(passphrase)}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        con.close()
        if "not a database" in str(exc):
            raise EncryptionError(f"The passphrase does not open the journal {path}. Nothing was changed.") from exc
        raise StorageEnvironmentError(f"Cannot read {path}: {exc}") from exc
    return con


def connect_any(path: Path, passphrase: str | None, *, readonly: bool = False) -> Any:
    """A DB-API connection to a plain file (sqlite3) or, with a passphrase, an encrypted one."""
    if passphrase is not None:
        return connect(path, passphrase, readonly=readonly)
    return sqlite3.connect(f"file:{path}?mode={'ro' if readonly else 'rwc'}", uri=True, isolation_level=None)


def verify_passphrase(path: Path, passphrase: str | None) -> None:
    """Raise EncryptionError unless ``passphrase`` opens the encrypted journal at ``path``."""
    if passphrase is None:
        raise EncryptionError(
            f"The journal {path} is encrypted; its passphrase is needed to open it.",
            hint="Give the passphrase (window: the passphrase dialog; command line: "
            "--passphrase-file FILE or BACKJOURNAL_PASSPHRASE).",
        )
    connect(path, passphrase, inspect=True).close()


def content_digest(con: Any) -> str:
    """SHA-256 over every table's rows in primary-key order: equal digests, equal journals."""
    h = hashlib.sha256()
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        h.update(table.encode())
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def convert(source: Path, target: Path, *, source_key: str | None, target_key: str | None) -> None:
    """Write ``source`` into the new file ``target`` (plain <-> encrypted, or a new key), then verify it.

    ``target`` must not exist. On any failure ``target`` is removed and ``source`` is untouched.
    """
    module = sqlcipher()
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        src = module.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
        try:
            if source_key is not None:
                src.execute(f"PRAGMA key = {_quote(source_key)}")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            src_digest = content_digest(src)
            user_version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute(f"ATTACH DATABASE ? AS converted KEY {_quote(target_key or '')}", (str(target),))
            src.execute("SELECT sqlcipher_export('converted')").fetchone()
            src.execute(f"PRAGMA converted.user_version = {int(user_version)}")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
        dst = connect_any(target, target_key, readonly=True)
        try:
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok" or content_digest(dst) != src_digest:
                raise StorageEnvironmentError(
                    f"The converted copy of {source} did not verify ({ok}); nothing was changed."
                )
        finally:
            dst.close()
        if (target_key is not None) != is_encrypted(target):
            raise StorageEnvironmentError(
                f"The converted copy of {source} is not in the expected form; nothing was changed."
            )
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if isinstance(exc, module.DatabaseError) and "not a database" in str(exc):
            raise EncryptionError(f"The passphrase does not open {source}. Nothing was changed.") from exc
        if isinstance(exc, (OSError, *db_errors())):
            from backjournal.failures import classify, environment_error

            cause = classify(exc, target)
            if cause.environmental:
                raise environment_error(exc, target, doing="the conversion (nothing was changed)", cause=cause) from exc
            if isinstance(exc, OSError):
                raise environment_error(exc, target, doing="the conversion (nothing was changed)") from exc
            raise StorageEnvironmentError(f"Converting {source} failed: {exc}. Nothing was changed.") from exc
        raise


def settle(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the file and leave rollback-journal mode, so the file stands alone (no -wal/-shm)."""
    con = connect_any(path, passphrase)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        con.execute("PRAGMA journal_mode=DELETE").fetchone()
    except db_errors("OperationalError") as exc:  # locked, full, read-only: failures.py says which
        from backjournal.failures import environment_error

        raise environment_error(exc, path, doing="the conversion (nothing was changed)") from exc
    finally:
        con.close()
    for suffix in SIDECARS:
        leftover = path.with_name(path.name + suffix)
        if leftover.exists():
            raise StorageEnvironmentError(
                f"{leftover} is still in use; close every program using the journal and try again."
            )


def replace_and_shred(new: Path, path: Path) -> None:
    """Atomically put ``new`` in the place of ``path``, then overwrite the old file's bytes and drop them."""
    shred = path.with_name(f".{path.name}.old-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        shred.unlink()
    os.link(path, shred)  # a second name for the old bytes, to overwrite them after the swap
    os.replace(new, path)
    fsync_dir(path.parent)
    shred_file(shred)


def shred_file(path: Path) -> None:
    """Overwrite a file with zeros, fsync, unlink (best effort on SSDs / copy-on-write file systems)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            block = b"\x00" * 65536
            left = size
            while left > 0:
                n = min(left, len(block))
                fh.write(block[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fsync_dir(path.parent)


def conversion_leftovers(folder: Path) -> list[Path]:
    """Files a conversion interrupted by a crash leaves in ``folder``: half-written ``.converting`` copies
    and ``.old-<pid>`` second names of a replaced file (its old, perhaps plain, bytes)."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    return sorted(
        p
        for p in entries
        if p.name.startswith(".") and p.is_file() and (p.name.endswith(".converting") or ".old-" in p.name)
    )


def erase_leftover(leftover: Path, *, live: list[Path]) -> None:
    """Remove a conversion leftover. Its bytes are overwritten first unless it is a second name of a file
    still in use (a crash between taking the second name and the swap): then only the name goes."""
    try:
        st = leftover.stat()
    except FileNotFoundError:
        return
    for other in live:
        try:
            o = other.stat()
        except OSError:
            continue
        if (o.st_dev, o.st_ino) == (st.st_dev, st.st_ino):
            leftover.unlink(missing_ok=True)
            fsync_dir(leftover.parent)
            return
    shred_file(leftover)


def rewrite(path: Path, *, old_key: str | None, new_key: str | None) -> None:
    """Convert the file at ``path`` in place: plain -> encrypted, new passphrase, or encrypted -> plain."""
    settle(path, old_key)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".converting", dir=path.parent)
        os.close(fd)
        os.unlink(tmp_name)
        tmp = Path(tmp_name)
        convert(path, tmp, source_key=old_key, target_key=new_key)
        replace_and_shred(tmp, path)
    except OSError as exc:  # a full disk while writing the copy: the journal is as it was
        from backjournal.failures import environment_error

        raise environment_error(exc, path, doing="the conversion") from exc

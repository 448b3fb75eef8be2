"""Turning encryption on, changing the passphrase, turning it off: the journal and its backups.

Each runs with the journal to itself (the instance lock: no window may have it open), converts
the journal first through a verified copy (storage/crypto.py: sqlcipher_export -> integrity_check
and equal content digest -> atomic swap -> old bytes overwritten), then every backup in the
backups folder the same way, so no plain copy (or copy under the old passphrase) stays behind.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from backjournal.domain.errors import EncryptionError, JournalMissingError
from backjournal.instance_lock import InstanceLock
from backjournal.paths import backups_dir, journal_path
from backjournal.storage import crypto

if TYPE_CHECKING:
    from backjournal.services.opening import OpenJournal


@dataclass
class EncryptionResult:
    journal: Path
    backups_converted: list[Path] = field(default_factory=list)
    backups_skipped: list[Path] = field(default_factory=list)  # under another passphrase: left as they are


def is_journal_encrypted(data_dir: Path) -> bool:
    return crypto.is_encrypted(journal_path(Path(data_dir)))


def is_file_encrypted(path: Path) -> bool:
    """True for an SQLCipher file (a backup, say); False for a plain SQLite file or no file."""
    return crypto.is_encrypted(Path(path))


def check_new_passphrase(passphrase: str | None) -> str:
    """EncryptionError for a passphrase that cannot protect a journal (empty, NUL)."""
    return crypto.check_passphrase(passphrase)


def encrypt_journal(data_dir: Path, passphrase: str, *, lock: InstanceLock | None = None) -> EncryptionResult:
    crypto.check_passphrase(passphrase)
    return _convert(data_dir, old=None, new=passphrase, want_encrypted_before=False, what="Encrypting", lock=lock)


def change_passphrase(data_dir: Path, old: str, new: str, *, lock: InstanceLock | None = None) -> EncryptionResult:
    crypto.check_passphrase(new)
    return _convert(data_dir, old=old, new=new, want_encrypted_before=True, what="Changing the passphrase",
                    lock=lock)


def decrypt_journal(data_dir: Path, passphrase: str, *, lock: InstanceLock | None = None) -> EncryptionResult:
    return _convert(data_dir, old=passphrase, new=None, want_encrypted_before=True, what="Decrypting", lock=lock)


def _convert(data_dir: Path, *, old: str | None, new: str | None, want_encrypted_before: bool,
             what: str, lock: InstanceLock | None = None) -> EncryptionResult:
    """``lock``: the instance lock this process already holds for ``data_dir`` (the window's own); without
    it the lock is taken here, and refused while a window (of this or another process) holds it."""
    path = journal_path(Path(data_dir))
    if not path.exists():
        raise JournalMissingError(f"The journal {path} was not found.")
    if lock is not None and lock.held and lock.path.parent.resolve() == Path(data_dir).resolve():
        holder = contextlib.nullcontext(lock)
    else:
        holder = InstanceLock(Path(data_dir))
    with holder as _lock:
        if crypto.is_encrypted(path) != want_encrypted_before:
            state = "already encrypted" if crypto.is_encrypted(path) else "not encrypted"
            raise EncryptionError(f"{what} is not possible: the journal {path} is {state}. Nothing was changed.",
                                  hint="See 'backjournal --help' for encrypt, change-passphrase and decrypt.")
        if old is not None:
            crypto.verify_passphrase(path, old)
        crypto.rewrite(path, old_key=old, new_key=new)
        result = EncryptionResult(journal=path)
        folder = backups_dir(path)
        for backup in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
            if backup.name.startswith("."):
                continue
            encrypted = crypto.is_encrypted(backup)
            if not encrypted and old is None or encrypted and old is not None and _opens(backup, old):
                crypto.rewrite(backup, old_key=old if encrypted else None, new_key=new)
                result.backups_converted.append(backup)
            elif not encrypted and new is not None:  # a plain backup of a journal that was encrypted
                crypto.rewrite(backup, old_key=None, new_key=new)
                result.backups_converted.append(backup)
            else:
                result.backups_skipped.append(backup)
        return result


def _opens(path: Path, passphrase: str) -> bool:
    try:
        crypto.verify_passphrase(path, passphrase)
    except EncryptionError:
        return False
    return True


def check_journal_passphrase(data_dir: Path, passphrase: str) -> None:
    """Raise EncryptionError unless ``passphrase`` opens the journal in ``data_dir``."""
    crypto.verify_passphrase(journal_path(Path(data_dir)), passphrase)


def convert_open_journal(opened: OpenJournal, *, old: str | None, new: str | None) -> EncryptionResult:
    """Encrypt (``old`` None), re-key, or decrypt (``new`` None) the journal a window has open, and go on.

    The window's own instance lock (``opened.instance_lock``) is used, not taken again. Every connection
    of ours is closed first (the file is replaced), then the engine reconnects with the journal's
    passphrase afterwards. If anything fails the journal is as it was and the engine reconnects to it
    unchanged; should the journal have been converted before a backup failed, the engine follows the
    journal (it is never left pointing at a key the file no longer has).
    """
    data_dir = opened.data_dir
    if old is not None:
        check_journal_passphrase(data_dir, old)  # a wrong passphrase: nothing is closed or changed
    if new is not None:
        crypto.check_passphrase(new)
    crypto.sqlcipher()  # a clear EncryptionError when sqlcipher3 is missing, before anything is closed
    lock = getattr(opened, "instance_lock", None)
    opened.db.close()
    try:
        if old is None:
            result = encrypt_journal(data_dir, new, lock=lock)
        elif new is None:
            result = decrypt_journal(data_dir, old, lock=lock)
        else:
            result = change_passphrase(data_dir, old, new, lock=lock)
    except BaseException:
        _follow_the_file(opened, old, new)
        raise
    _use_key(opened, new)
    return result


def _follow_the_file(opened: OpenJournal, old: str | None, new: str | None) -> None:
    path = opened.path
    key = old
    if not crypto.is_encrypted(path):
        key = None
    elif new is not None and _opens(path, new):
        key = new
    _use_key(opened, key)


def _use_key(opened: OpenJournal, key: str | None) -> None:
    opened.db.reconnect(key)
    if opened.backups is not None:
        opened.backups.passphrase = key

"""Turning encryption on, changing the passphrase, turning it off: the journal and its backups.

Each runs with the journal to itself (the instance lock: no window may have it open), converts
the journal first through a verified copy (storage/crypto.py: sqlcipher_export -> integrity_check
and equal content digest -> atomic swap -> old bytes overwritten), then every backup in the
backups folder the same way, so no plain copy (or copy under the old passphrase) stays behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from backjournal.domain.errors import EncryptionError, JournalMissingError
from backjournal.instance_lock import InstanceLock
from backjournal.paths import backups_dir, journal_path
from backjournal.storage import crypto


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


def encrypt_journal(data_dir: Path, passphrase: str) -> EncryptionResult:
    crypto.check_passphrase(passphrase)
    return _convert(data_dir, old=None, new=passphrase, want_encrypted_before=False, what="Encrypting")


def change_passphrase(data_dir: Path, old: str, new: str) -> EncryptionResult:
    crypto.check_passphrase(new)
    return _convert(data_dir, old=old, new=new, want_encrypted_before=True, what="Changing the passphrase")


def decrypt_journal(data_dir: Path, passphrase: str) -> EncryptionResult:
    return _convert(data_dir, old=passphrase, new=None, want_encrypted_before=True, what="Decrypting")


def _convert(data_dir: Path, *, old: str | None, new: str | None, want_encrypted_before: bool,
             what: str) -> EncryptionResult:
    path = journal_path(Path(data_dir))
    if not path.exists():
        raise JournalMissingError(f"The journal {path} was not found.")
    with InstanceLock(Path(data_dir)) as _lock:
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

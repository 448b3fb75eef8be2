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
from typing import TYPE_CHECKING, Any

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
    return _convert(data_dir, old=old, new=new, want_encrypted_before=True, what="Changing the passphrase", lock=lock)


def decrypt_journal(data_dir: Path, passphrase: str, *, lock: InstanceLock | None = None) -> EncryptionResult:
    return _convert(data_dir, old=passphrase, new=None, want_encrypted_before=True, what="Decrypting", lock=lock)


#: Written (under the instance lock) before a conversion starts and removed when every file is done:
#: a crash in between is finished or rolled back on the next start (``recover_conversion``).
MARKER_NAME = ".backjournal-conversion.json"


@dataclass
class ConversionRecovery:
    """What ``recover_conversion`` found and did after an interrupted conversion."""

    to: str | None = None  # "encrypted", "plain" or "rekey"; None: only leftovers, no marker
    finished: bool = False  # the journal had been converted: the remaining backups were done now
    rolled_back: bool = False  # the journal had not been converted: it stays as it was
    erased: list[Path] = field(default_factory=list)  # leftover copies overwritten and removed
    converted: list[Path] = field(default_factory=list)  # plain backups encrypted now
    remaining: list[Path] = field(default_factory=list)  # plain backups beside an encrypted journal, not done

    @property
    def complete(self) -> bool:
        return not self.remaining

    def summary(self) -> str:
        parts = []
        if self.finished:
            parts.append(
                f"finished an interrupted change of encryption ({self.to}); "
                f"{len(self.converted)} backup(s) converted now"
            )
        if self.rolled_back:
            parts.append(f"rolled back an interrupted change of encryption ({self.to}); the journal is as it was")
        if self.erased:
            parts.append(f"{len(self.erased)} leftover cop{'y' if len(self.erased) == 1 else 'ies'} erased")
        if self.remaining:
            parts.append(
                f"{len(self.remaining)} unencrypted backup(s) remain beside the encrypted journal "
                "(give the journal's passphrase to finish)"
            )
        return "; ".join(parts)


def _marker(data_dir: Path) -> Path:
    return Path(data_dir) / MARKER_NAME


def _write_marker(data_dir: Path, to: str) -> None:
    import json
    import os

    from backjournal.fileio import atomic_write_text

    atomic_write_text(_marker(data_dir), json.dumps({"version": 1, "to": to, "pid": os.getpid()}) + "\n")


def _read_marker(data_dir: Path) -> dict[str, Any] | None:
    import json

    try:
        data = json.loads(_marker(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"to": None}
    return data if isinstance(data, dict) else {"to": None}


def _running_elsewhere(marker: dict[str, Any] | None) -> bool:
    """True while the process that wrote the marker is still running (its conversion is not a crash)."""
    import os

    pid = (marker or {}).get("pid")
    if not isinstance(pid, int) or pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _backup_files(path: Path) -> list[Path]:
    folder = backups_dir(path)
    return sorted(b for b in folder.glob("*.sqlite3") if not b.name.startswith(".")) if folder.is_dir() else []


def conversion_pending(data_dir: Path) -> bool:
    """An interrupted conversion or its leftovers are there (and no conversion is running now)."""
    path = journal_path(Path(data_dir))
    marker = _read_marker(Path(data_dir))
    if _running_elsewhere(marker):
        return False
    return marker is not None or bool(
        crypto.conversion_leftovers(path.parent) or crypto.conversion_leftovers(backups_dir(path))
    )


def recover_conversion(data_dir: Path, passphrase: str | None = None) -> ConversionRecovery | None:
    """Finish or roll back a conversion a crash interrupted (encrypt, change-passphrase, decrypt).

    Leftover copies are overwritten and removed (a second name of a file still in use only loses the
    name). Then, by the marker: the journal was not converted -> rolled back (it is as it was); it was
    -> finished: with ``passphrase`` (the journal's) every plain backup beside an encrypted journal is
    encrypted, so no plain copy outlives the conversion. Without it they are listed in ``remaining``
    and the marker stays. None when nothing was pending (or a conversion is running right now).
    """
    data_dir = Path(data_dir)
    path = journal_path(data_dir)
    marker = _read_marker(data_dir)
    if _running_elsewhere(marker):
        return None
    leftovers = crypto.conversion_leftovers(data_dir) + crypto.conversion_leftovers(backups_dir(path))
    if marker is None and not leftovers:
        return None
    result = ConversionRecovery(to=(marker or {}).get("to"))
    live = [path, *_backup_files(path)]
    for leftover in leftovers:
        crypto.erase_leftover(leftover, live=live)
        result.erased.append(leftover)
    if marker is not None:
        encrypted_now = crypto.is_encrypted(path)
        if (result.to == "encrypted" and not encrypted_now) or (result.to == "plain" and encrypted_now):
            result.rolled_back = True
        else:
            result.finished = True
        if encrypted_now:  # no plain backup may stay beside an encrypted journal
            plain = [b for b in _backup_files(path) if not crypto.is_encrypted(b)]
            if plain and passphrase is not None:
                crypto.verify_passphrase(path, passphrase)
                for backup in plain:
                    crypto.rewrite(backup, old_key=None, new_key=passphrase)
                    result.converted.append(backup)
            elif plain:
                result.remaining = plain
        if result.complete:
            _marker(data_dir).unlink(missing_ok=True)
            from backjournal.fileio import fsync_dir

            fsync_dir(data_dir)
    return result


def _convert(
    data_dir: Path,
    *,
    old: str | None,
    new: str | None,
    want_encrypted_before: bool,
    what: str,
    lock: InstanceLock | None = None,
) -> EncryptionResult:
    """``lock``: the instance lock this process already holds for ``data_dir`` (the window's own); without
    it the lock is taken here, and refused while a window (of this or another process) holds it."""
    path = journal_path(Path(data_dir))
    if not path.exists():
        raise JournalMissingError(f"The journal {path} was not found.")
    holder: contextlib.AbstractContextManager[InstanceLock]
    if lock is not None and lock.held and lock.path.parent.resolve() == Path(data_dir).resolve():
        holder = contextlib.nullcontext(lock)
    else:
        holder = InstanceLock(Path(data_dir))
    with holder as _lock:
        to = "plain" if new is None else ("encrypted" if old is None else "rekey")
        if crypto.is_encrypted(path) != want_encrypted_before and _read_marker(Path(data_dir)) is not None:
            # An earlier conversion to the same end was interrupted: finish it (or roll it back) first.
            recovered = recover_conversion(Path(data_dir), passphrase=new if new is not None else None)
            if recovered is not None and recovered.to == to and recovered.finished and recovered.complete:
                return EncryptionResult(journal=path, backups_converted=recovered.converted)
        else:
            recover_conversion(Path(data_dir), passphrase=old)
        if crypto.is_encrypted(path) != want_encrypted_before:
            state = "already encrypted" if crypto.is_encrypted(path) else "not encrypted"
            raise EncryptionError(
                f"{what} is not possible: the journal {path} is {state}. Nothing was changed.",
                hint="See 'backjournal --help' for encrypt, change-passphrase and decrypt.",
            )
        if old is not None:
            crypto.verify_passphrase(path, old)
        _write_marker(Path(data_dir), to)  # before the first byte changes: a crash is finished next start
        crypto.rewrite(path, old_key=old, new_key=new)
        result = EncryptionResult(journal=path)
        folder = backups_dir(path)
        for backup in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
            if backup.name.startswith("."):
                continue
            encrypted = crypto.is_encrypted(backup)
            if (not encrypted and old is None) or (encrypted and old is not None and _opens(backup, old)):
                crypto.rewrite(backup, old_key=old if encrypted else None, new_key=new)
                result.backups_converted.append(backup)
            elif not encrypted and new is not None:  # a plain backup of a journal that was encrypted
                crypto.rewrite(backup, old_key=None, new_key=new)
                result.backups_converted.append(backup)
            else:
                result.backups_skipped.append(backup)
        _marker(Path(data_dir)).unlink(missing_ok=True)
        return result


def _opens(path: Path, passphrase: str) -> bool:
    try:
        crypto.verify_passphrase(path, passphrase)
    except EncryptionError:
        return False
    return True


def check_journal_passphrase(data_dir: Path, passphrase: str | None) -> None:
    """Raise EncryptionError unless ``passphrase`` opens the journal in ``data_dir`` (None: none was given)."""
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
    if old is None and new is None:
        raise ValueError("convert_open_journal needs the old or the new passphrase (both are None)")
    if old is not None:
        check_journal_passphrase(data_dir, old)  # a wrong passphrase: nothing is closed or changed
    if new is not None:
        crypto.check_passphrase(new)
    crypto.sqlcipher()  # a clear EncryptionError when sqlcipher3 is missing, before anything is closed
    lock = getattr(opened, "instance_lock", None)
    opened.db.close()
    try:
        if old is None:
            assert new is not None  # refused above
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

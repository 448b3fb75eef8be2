"""The checks before a journal file is opened for use, without SQLAlchemy (steps 1 and 2 of
services/opening.py): shared by ``open_journal`` and the one-entry write path (services/quick_log.py),
so both run exactly the same gate."""

from __future__ import annotations

from pathlib import Path

from backjournal.domain.errors import DamagedJournalError, JournalMissingError
from backjournal.services.known_journals import KnownJournals
from backjournal.storage import backup as files
from backjournal.storage import crypto


def check_before_open(
    data_dir: Path, path: Path, known: KnownJournals, *, create: bool, start_new: bool, passphrase: str | None
) -> str | None:
    """A missing journal that existed before gives ``JournalMissingError`` (a new empty journal is
    made only on a first run or on purpose); an existing one gets its passphrase checked (an
    encrypted journal), an interrupted conversion finished or rolled back, and the integrity gate.
    Returns the passphrase to open it with: None for a plain journal."""
    if not path.exists():
        if not create:
            raise JournalMissingError(f"The journal {path} was not found.")
        if not start_new and known.knows(path):
            raise JournalMissingError(
                f"The journal {path} was not found. It existed before, so no new empty journal was created."
            )
        return passphrase
    if crypto.is_encrypted(path):
        crypto.verify_passphrase(path, passphrase)
    else:
        passphrase = None
    # A conversion (encrypt, change-passphrase, decrypt) a crash interrupted: finished or rolled back
    # now, its leftover copies erased, so no plain copy outlives it (services/encryption.py).
    from backjournal.services.encryption import recover_conversion

    recover_conversion(data_dir, passphrase=passphrase)
    gate_integrity(path, passphrase)
    return passphrase


def gate_integrity(path: Path, passphrase: str | None = None) -> None:
    """Raise ``DamagedJournalError`` unless the journal passes quick_check and foreign_key_check (read-only)."""
    report = files.check_database(path, full=False, passphrase=passphrase)
    if not report.ok:
        raise DamagedJournalError(report.summary())

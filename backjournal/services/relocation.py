"""Moving the journal to another folder without ever being without it.

Copy, verify, switch, and keep the old copy until the person says it can go:

1. ``check_target`` refuses a folder inside the current data folder (or the folder itself), a folder
   that already holds a journal, and a path that is a file; it returns the location risks (a
   cloud-synced or network folder) for the front end to warn about, as at start.
2. ``move_journal`` copies the journal with the backup API (``BackupService.back_up_to``: SQLite's
   online backup, integrity-checked before the copy gets its name; an encrypted journal stays
   encrypted) and copies the backups folder; then it opens the copy through the same gate as at
   start and compares every table's row count and the settings with the original. Only then does
   it write ``journal-location.json`` in the config folder (paths.chosen_data_dir), which the next
   start (window and command line) opens, and it remembers where the old copy is.
3. ``remove_old_copy`` deletes the old journal, its -wal/-shm and the backups BackJournal made there,
   once the person confirms; the old folder goes only if nothing else is left in it.

A failure before the switch removes the half-made copy and leaves everything as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backjournal.domain.backups import parse_backup_filename
from backjournal.domain.errors import ConflictError, StorageEnvironmentError, ValidationError
from backjournal.fileio import atomic_write_text
from backjournal.location_risk import LocationRisk, Mount, location_risks, real_path
from backjournal.paths import (
    COMPANION_SUFFIXES,
    JOURNAL_FILENAME,
    LOCATION_FILENAME,
    backups_dir,
    config_dir,
    ensure_private_dir,
    journal_path,
)
from backjournal.services.backups import BackupService
from backjournal.services.known_journals import KnownJournals
from backjournal.services.opening import OpenJournal, open_journal

LOCATION_VERSION = 1


@dataclass(frozen=True)
class MoveResult:
    old_dir: Path
    new_dir: Path
    counts: dict[str, int]
    backups_copied: int


def check_target(current_dir: Path, target: Path, mounts: Iterable[Mount] | None = None) -> list[LocationRisk]:
    """Refuse an impossible target (``ValidationError`` / ``ConflictError``); return its risks."""
    field = "new journal folder"
    if not str(target).strip():
        raise ValidationError(field, "", "a folder outside the current journal folder")
    target = Path(os.path.abspath(Path(target).expanduser()))
    here, there = Path(os.path.realpath(current_dir)), Path(os.path.realpath(target))
    if there == here or here in there.parents:
        raise ValidationError(
            field,
            str(target),
            f"a folder outside the current journal folder {current_dir}",
            "is the current journal folder or inside it",
        )
    if target.exists() and not target.is_dir():
        raise ValidationError(field, str(target), "a folder", "is a file")
    if (target / JOURNAL_FILENAME).exists() or any(
        (target / f"{JOURNAL_FILENAME}{s}").exists() for s in COMPANION_SUFFIXES
    ):
        raise ConflictError(
            f"{target} already holds a BackJournal journal; choose an empty folder, or open that "
            "journal with --data-dir instead."
        )
    return location_risks(real_path(target / JOURNAL_FILENAME), mounts)


def fingerprint(opened: OpenJournal) -> dict[str, Any]:
    """What must be the same in the copy: how many records of each kind (trash included), the
    therapies, and every setting."""
    journal = opened.journal
    with opened.uow() as uow:
        settings = uow.settings.all()
    return {
        **journal.counts(),
        "trash": len(journal.trash()),
        "therapies": sorted((t.key, t.name) for t in journal.therapy_types()),
        "settings": settings,
    }


def move_journal(opened: OpenJournal, target: Path) -> MoveResult:
    """Copy and verify the open journal in ``target``, then record ``target`` as where it lives.

    The copy is opened through the start-up gate (services.opening.open_journal), so it is checked
    exactly as the next start will check it, and its ``fingerprint`` must equal the original's.
    """
    current_dir, passphrase = opened.data_dir, opened.db.passphrase
    expected = fingerprint(opened)
    counts = {k: v for k, v in expected.items() if isinstance(v, int)}
    target = Path(os.path.abspath(Path(target).expanduser()))
    check_target(current_dir, target, mounts=[])
    source = journal_path(current_dir)
    made_dir = not target.exists()
    ensure_private_dir(target)
    new_journal = journal_path(target)
    copied: list[Path] = []
    try:
        BackupService(journal_path=source, passphrase=passphrase).back_up_to(new_journal)
        copied.append(new_journal)
        copied += _copy_backups(backups_dir(source), backups_dir(new_journal))
        copy = open_journal(target, create=False, passphrase=passphrase)
        try:
            got = fingerprint(copy)
        finally:
            copy.close()
        if got != expected:
            raise StorageEnvironmentError(
                f"The copy in {target} does not match the journal ({got} instead of {expected}); it was removed "
                "and the journal stays where it is."
            )
    except BaseException:
        _remove_files([*copied, *(Path(f"{new_journal}{s}") for s in COMPANION_SUFFIXES)])
        _remove_if_empty(backups_dir(new_journal))
        if made_dir:
            _remove_if_empty(target)
        raise
    JournalLocation().switch(target, old=current_dir)
    return MoveResult(current_dir, target, counts, len(copied) - 1)


def _copy_backups(source: Path, destination: Path) -> list[Path]:
    if not source.is_dir():
        return []
    out = []
    for file in sorted(source.iterdir()):
        if file.is_file() and parse_backup_filename(file.name):
            destination.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = destination / file.name
            try:
                shutil.copyfile(file, target)
                os.chmod(target, 0o600)
            except OSError as exc:
                raise StorageEnvironmentError(
                    f"The backup {file.name} could not be copied to {destination}: {exc.strerror or exc}"
                ) from exc
            out.append(target)
    return out


def remove_old_copy(old_dir: Path) -> list[Path]:
    """Delete the old journal, its companions and our backups in ``old_dir``; returns what was removed."""
    old_journal = journal_path(old_dir)
    files = [old_journal, *(Path(f"{old_journal}{s}") for s in COMPANION_SUFFIXES)]
    backups = backups_dir(old_journal)
    if backups.is_dir():
        files += [f for f in backups.iterdir() if f.is_file() and parse_backup_filename(f.name)]
    removed = _remove_files(files)
    _remove_if_empty(backups)
    for leftover in old_dir.glob(".backjournal-*"):
        _remove_files([leftover])
    _remove_if_empty(old_dir)
    KnownJournals().forget(old_journal)
    JournalLocation().old_copy_removed()
    return removed


def _remove_files(files: Iterable[Path]) -> list[Path]:
    removed: list[Path] = []
    for f in files:
        try:
            f.unlink()
            removed.append(f)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StorageEnvironmentError(f"{f} could not be removed: {exc.strerror or exc}") from exc
    return removed


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty, or already gone: either way it stays as it is
        folder.rmdir()


class JournalLocation:
    """``journal-location.json``: where the journal lives now, and an old copy still kept."""

    def __init__(self, folder: Path | None = None):
        self.file = (folder or config_dir()) / LOCATION_FILENAME

    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def old_copy(self, current_dir: Path) -> Path | None:
        """The folder of the old copy still kept after a move to ``current_dir``, or None."""
        data = self.read()
        old = data.get("old_copy")
        if not isinstance(old, str) or data.get("data_dir") != str(current_dir):
            return None
        return Path(old) if journal_path(Path(old)).exists() else None

    def switch(self, new_dir: Path, *, old: Path) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(
            self.file,
            json.dumps({"version": LOCATION_VERSION, "data_dir": str(new_dir), "old_copy": str(old)}, indent=2) + "\n",
        )

    def old_copy_removed(self) -> None:
        data = self.read()
        if data.pop("old_copy", None) is not None:
            atomic_write_text(self.file, json.dumps(data, indent=2) + "\n")

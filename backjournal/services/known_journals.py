"""The journals that have existed on this computer, so a vanished one is noticed, not replaced.

A person whose journal file went missing (an unmounted drive, a sync client that moved it, a
mistaken delete) must not be greeted by a fresh empty journal that hides the loss (Joplin #7489).
We remember every journal we opened in ``known-journals.json`` in the config folder; a remembered
path that is gone gives ``JournalMissingError`` instead of a new file. A journal folder holding
our backups counts as known too, in case the config folder itself was lost.
"""

from __future__ import annotations

import json
from pathlib import Path

from backjournal.domain.backups import parse_backup_filename
from backjournal.fileio import atomic_write_text
from backjournal.paths import backups_dir, config_dir

REGISTRY_NAME = "known-journals.json"


class KnownJournals:
    def __init__(self, folder: Path | None = None):
        self.file = (folder or config_dir()) / REGISTRY_NAME

    def paths(self) -> list[str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            return []  # an unreadable registry only weakens the check; it never blocks opening
        journals = data.get("journals", []) if isinstance(data, dict) else []
        return [p for p in journals if isinstance(p, str)]

    def knows(self, journal: Path) -> bool:
        key = str(Path(journal).absolute())
        if key in self.paths():
            return True
        folder = backups_dir(Path(journal))
        try:
            return folder.is_dir() and any(parse_backup_filename(p.name) for p in folder.iterdir())
        except OSError:
            return False

    def remember(self, journal: Path) -> None:
        key = str(Path(journal).absolute())
        known = self.paths()
        if key in known:
            return
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(self.file, json.dumps({"version": 1, "journals": [*known, key]}, indent=2) + "\n")

    def forget(self, journal: Path) -> None:
        key = str(Path(journal).absolute())
        known = self.paths()
        if key in known:
            atomic_write_text(
                self.file, json.dumps({"version": 1, "journals": [p for p in known if p != key]}, indent=2) + "\n"
            )

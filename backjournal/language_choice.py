"""The language the person chose in Preferences (System, English, Deutsch, ...), kept per computer.

It is this computer's setting, not the journal's: the same journal file opens in either language
(the journal stores no translated text), and the language is needed before a journal is open
(welcome, passphrase and recovery dialogs). Stored as ``language.json`` in the config folder (beside
``journal-location.json``), readable by the user only; read by the window and the command line alike.
No file, an unreadable one or "system" means: follow the system (see backjournal/i18n.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from backjournal.domain.errors import ValidationError
from backjournal.i18n import LANGUAGE_NAMES
from backjournal.paths import config_dir, ensure_private_dir

LANGUAGE_FILENAME = "language.json"
SYSTEM = "system"


class LanguageChoice:
    def __init__(self, *, folder: Path | None = None):
        self.file = (folder or config_dir()) / LANGUAGE_FILENAME

    def chosen(self) -> str | None:
        """The chosen language code, or None to follow the system."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # no file, or an unreadable one: follow the system, never a crash
        value = data.get("language") if isinstance(data, dict) else None
        return value if value in LANGUAGE_NAMES else None

    def choose(self, language: str | None) -> None:
        """Keep ``language`` (a code from i18n.LANGUAGE_NAMES, or None / "system" to follow the system)."""
        if language in (None, SYSTEM):
            value = SYSTEM
        elif language in LANGUAGE_NAMES:
            value = language
        else:
            raise ValidationError("language", language, ", ".join([SYSTEM, *LANGUAGE_NAMES]))
        from backjournal.fileio import atomic_write_text

        ensure_private_dir(self.file.parent)
        atomic_write_text(self.file, json.dumps({"language": value}) + "\n")

"""Where the journal lives: ``--data-dir`` > ``BACKJOURNAL_DATA_DIR`` > the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from backjournal import APP_NAME

DATA_DIR_ENV = "BACKJOURNAL_DATA_DIR"
CONFIG_DIR_ENV = "BACKJOURNAL_CONFIG_DIR"
BACKUPS_DIRNAME = "backups"
JOURNAL_FILENAME = "journal.sqlite3"


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the data directory readable by its owner only (0700); tighten an existing one we own."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if path.stat().st_uid == os.getuid() and (path.stat().st_mode & 0o077):
            path.chmod(0o700)
    except OSError:
        pass
    return path


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILENAME


def config_dir() -> Path:
    """Where BackJournal keeps its own small files (not the journal): ``BACKJOURNAL_CONFIG_DIR`` or the platform's."""
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_config_dir(APP_NAME, appauthor=False))


def backups_dir(journal: Path) -> Path:
    """The backups folder next to a journal file."""
    return journal.parent / BACKUPS_DIRNAME

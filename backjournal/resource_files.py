"""Where BackJournal finds the files it ships beside its code, through importlib.resources.

They live in the repository's top-level resources/ folder (cards/, icons/, linux/) and are installed
as the package ``backjournal.resources`` (pyproject.toml maps that package onto resources/). The
same lookup therefore works in a wheel, in the editable install ./dev makes, and in the PyInstaller
bundle. The Alembic migrations are package data of backjournal.storage (storage/migrations/).

BackJournal is installed as files (not run from a zip), so every lookup returns a real path: Qt and
the card loader open them by name.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from backjournal import APP_ID

PACKAGE = "backjournal.resources"


class ResourceMissingError(FileNotFoundError):
    """A file BackJournal ships is not where the installation should have put it."""


def resource_path(*parts: str) -> Path:
    """``resource_path("cards")`` is the installed resources/cards folder (a file or a folder)."""
    try:
        root = files(PACKAGE)
    except ModuleNotFoundError as exc:
        raise ResourceMissingError(
            f"BackJournal's resources (package {PACKAGE}) are not installed; reinstall BackJournal "
            "(in a checkout: ./dev setup)"
        ) from exc
    if not isinstance(root, Path):
        raise ResourceMissingError(f"BackJournal's resources ({root}) are not files on disk; install it unzipped")
    target = root.joinpath(*parts)
    if not target.exists():
        raise ResourceMissingError(f"{target} is missing from BackJournal's resources (installation incomplete?)")
    return target


def cards_dir() -> Path:
    """The reference cards, one Markdown file each (docs/cards.md)."""
    return resource_path("cards")


def icon_path() -> Path:
    """The application icon (SVG)."""
    return resource_path("icons", "backjournal.svg")


def desktop_file() -> Path:
    """The freedesktop.org launcher, installed as applications/<APP_ID>.desktop."""
    return resource_path("linux", f"{APP_ID}.desktop")


def metainfo_file() -> Path:
    """The AppStream metadata, installed as metainfo/<APP_ID>.metainfo.xml."""
    return resource_path("linux", f"{APP_ID}.metainfo.xml")

"""Where the journal lives: ``--data-dir`` > ``BACKJOURNAL_DATA_DIR`` > the folder the person moved it to
(``journal-location.json`` in the config folder, written by services.relocation) > the platform's user
data dir."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from backjournal import APP_NAME
from backjournal.domain.errors import ValidationError

DATA_DIR_ENV = "BACKJOURNAL_DATA_DIR"
CONFIG_DIR_ENV = "BACKJOURNAL_CONFIG_DIR"
BACKUPS_DIRNAME = "backups"
JOURNAL_FILENAME = "journal.sqlite3"
LOCATION_FILENAME = "journal-location.json"


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return chosen_data_dir() or Path(user_data_dir(APP_NAME, appauthor=False))


def chosen_data_dir() -> Path | None:
    """The folder the journal was moved to (Preferences > Journal folder), or None."""
    import json

    try:
        data = json.loads((config_dir() / LOCATION_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no file, or an unreadable one: the default place, never a crash
    folder = data.get("data_dir") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and os.path.isabs(folder) else None


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


# --------------------------------------------------------------------------- files a command may write

#: The files SQLite keeps beside a journal while it is open (or after a crash).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
#: The window's single-instance lock in the data folder (instance_lock.py).
INSTANCE_LOCK_FILENAME = ".backjournal-instance.lock"


@dataclass(frozen=True)
class OutputKind:
    """What a command writes: a name for messages and the file name endings that fit it (first: default)."""

    what: str
    suffixes: tuple[str, ...]


REPORT_OUTPUT = OutputKind("a PDF report", (".pdf",))
CSV_OUTPUT = OutputKind("a CSV export", (".csv",))
JSON_OUTPUT = OutputKind("a JSON export", (".json",))
FHIR_OUTPUT = OutputKind("a FHIR export", (".json",))
CHART_OUTPUT = OutputKind("a chart", (".png", ".svg", ".pdf"))
BACKUP_OUTPUT = OutputKind("a backup", (".sqlite3", ".sqlite", ".db"))


@dataclass(frozen=True)
class OutputPath:
    """A checked target: ``path`` to write, and ``note`` saying how it was corrected (None: as given)."""

    path: Path
    note: str | None = None


def check_output_path(
    target: str | os.PathLike, kind: OutputKind, *, journals: Iterable[Path] = (), field: str = "-o"
) -> OutputPath:
    """The one check every command and every save dialog runs before writing a file of its own.

    Refused (``OutputPathError``, nothing written): an empty name or one with a NUL byte; a folder; a
    target folder that does not exist (named; never created silently); an ending that does not fit
    ``kind`` (a name without any ending gets the default one, and ``note`` says so); and any file
    BackJournal manages: a journal, its -wal/-shm/-journal, the instance lock, a file the journal's
    name begins with (kept-aside copies) and anything in its backups folder. ``journals`` are the
    journal files to protect (the open one, the known ones); a folder that holds a journal file is
    protected too, known or not. Paths are compared after resolving symlinks and ``..``, and an
    existing target also by (device, inode), so a hard link to the journal is caught.
    """
    journals = list(journals)
    text = os.fspath(target) if not isinstance(target, str) else target
    if not text.strip():
        raise OutputPathError(field, text, f"the name of {kind.what} to write", "is empty")
    if "\x00" in text:
        raise OutputPathError(field, text, "a file name without NUL characters", "contains a NUL character")
    path = Path(os.path.abspath(Path(text).expanduser()))
    if path.is_dir():
        raise OutputPathError(field, str(path), f"a file name for {kind.what}, not a folder", "is a folder")
    _refuse_special(path, kind, field)
    folder = Path(os.path.realpath(path.parent))
    if not folder.is_dir():
        raise OutputPathError(
            field,
            str(path),
            "a file in a folder that exists",
            f"its folder {path.parent} does not exist (it is not created for you)",
        )
    _refuse_managed(path, journals, field)
    note = None
    suffix = path.suffix.lower()
    if not any(path.name.lower().endswith(s) for s in kind.suffixes):
        if suffix[1:].isalnum() and len(suffix) <= 9:
            raise OutputPathError(
                field,
                path.name,
                "a name ending in " + " or ".join(kind.suffixes),
                "does not end in " + " or ".join(kind.suffixes) + f" ({kind.what} is written)",
            )
        path = path.with_name(path.name + kind.suffixes[0])
        note = f"added {kind.suffixes[0]} to the file name: writing {path}"
        _refuse_managed(path, journals, field)
        _refuse_special(path, kind, field)
    return OutputPath(path=path, note=note)


def _refuse_special(path: Path, kind: OutputKind, field: str) -> None:
    """A device, pipe or socket (``/dev/null``, ``/dev/stdout``) is not replaced by a file: the atomic
    rename would put a regular file in its place."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise OutputPathError(
            field,
            str(path),
            f"a regular file for {kind.what}",
            "is a device, pipe or other special file, not a regular file",
        )


def _refuse_managed(path: Path, journals: Iterable[Path], field: str) -> None:
    problem = managed_file_problem(path, journals=journals)
    if problem:
        raise OutputPathError(field, str(path), "a file outside the journal's own files and backups", problem)


class OutputPathError(ValidationError):
    """A target file that must not be written (see ``check_output_path``). Nothing was written."""

    def __init__(self, field: str, value: object, allowed: str, problem: str):
        super().__init__(field, value, allowed, f"{str(value)!r} {problem}")


def managed_file_problem(target: Path, *, journals: Iterable[Path] = ()) -> str | None:
    """Why ``target`` is a file BackJournal manages (see ``check_output_path``), or None."""
    real = Path(os.path.realpath(target))
    folders = {Path(os.path.realpath(Path(j).parent)): Path(j).name for j in journals}
    # A folder that holds a journal (known or not), and a backups folder beside one, are protected too.
    for candidate in (real.parent, real.parent.parent):
        if (candidate / JOURNAL_FILENAME).exists():
            folders.setdefault(candidate, JOURNAL_FILENAME)
    try:
        target_id = _file_id(target)
    except OSError:
        target_id = None
    for folder, name in folders.items():
        why = _managed_in(real, folder, name)
        if why:
            return why
        if target_id is not None:
            for managed, label in _managed_files(folder, name):
                try:
                    if _file_id(managed) == target_id:
                        return f"is another name (a hard link) for {label}"
                except OSError:
                    continue
    return None


def _managed_in(real: Path, folder: Path, name: str) -> str | None:
    journal = folder / name
    if real == journal:
        return f"is the journal {journal} itself"
    for suffix in COMPANION_SUFFIXES:
        if real == Path(f"{journal}{suffix}"):
            return f"is the journal's {suffix[1:]} file, part of the journal {journal}"
    backups = folder / BACKUPS_DIRNAME
    if real == backups or backups in real.parents:
        return f"is inside the backups folder {backups}, which BackJournal manages"
    if real.parent == folder:
        if real.name == INSTANCE_LOCK_FILENAME:
            return "is BackJournal's lock file for this journal"
        if real.name.startswith((name, f".{name}")):
            return f"is a file BackJournal keeps beside the journal {journal}"
    return None


def _managed_files(folder: Path, name: str):
    journal = folder / name
    yield journal, f"the journal {journal}"
    for suffix in COMPANION_SUFFIXES:
        yield Path(f"{journal}{suffix}"), f"the journal's {suffix[1:]} file"
    yield folder / INSTANCE_LOCK_FILENAME, "BackJournal's lock file"
    backups = folder / BACKUPS_DIRNAME
    try:
        for entry in backups.iterdir():
            yield entry, f"the backup {entry}"
    except OSError:
        return


def _file_id(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino

"""The target check every front end runs before it writes a file the person named (paths.check_output_path).

Protected are the journal the front end has open and every journal this computer has opened
(services/known_journals.py), with their companion files, lock and backups folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from backjournal.paths import OutputKind, OutputPath, check_output_path
from backjournal.services.known_journals import KnownJournals


def check_output(
    target: str | os.PathLike[str], kind: OutputKind, *, journal: Path | None = None, field: str = "-o"
) -> OutputPath:
    """``check_output_path`` with the open ``journal`` and every known journal protected."""
    journals = [Path(journal)] if journal is not None else []
    journals += [Path(p) for p in KnownJournals().paths()]
    return check_output_path(target, kind, journals=journals, field=field)

"""Importers for other apps' CSV exports: Bearable, Daylio, Flaredown.

Each module has ``looks_like(header) -> bool`` and ``parse(text, *, options, name) -> ImportBatch``.
They never write anything and never stretch a scale that is not 0-10 without the person's choice.
"""

from __future__ import annotations

from backjournal.domain.errors import ImportFileError
from backjournal.reports.batch import ImportBatch, ImportOptions
from backjournal.reports.importers import bearable, daylio, flaredown

_MODULES = {"bearable": bearable, "daylio": daylio, "flaredown": flaredown}
FOREIGN_FORMATS = tuple(_MODULES)


def detect_foreign(header: list[str]) -> str | None:
    for name, module in _MODULES.items():
        if module.looks_like(header):
            return name
    return None


def parse_foreign(fmt: str, text: str, *, options: ImportOptions, name: str = "the file") -> ImportBatch:
    module = _MODULES.get(fmt)
    if module is None:
        raise ImportFileError(f"No importer for {fmt!r}; known: {', '.join(FOREIGN_FORMATS)}.")
    return module.parse(text, options=options, name=name)

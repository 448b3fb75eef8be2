"""Importers for other apps' CSV exports: Bearable, Daylio, Flaredown.

Each module has ``looks_like(header) -> bool`` and ``parse(text, *, options, name) -> ImportBatch``.
They never write anything and never stretch a scale that is not 0-10 without the person's choice.
"""

from __future__ import annotations

from typing import Protocol

from backjournal.domain.errors import ImportFileError
from backjournal.exchange.batch import ImportBatch, ImportOptions
from backjournal.exchange.importers import bearable, daylio, flaredown
from backjournal.exchange.sniff import require
from backjournal.exchange.textio import csv_rows


class _Importer(Protocol):
    """What each importer module offers."""

    def looks_like(self, header: list[str]) -> bool: ...

    def parse(self, text: str, *, options: ImportOptions, name: str = ...) -> ImportBatch: ...


_MODULES: dict[str, _Importer] = {"bearable": bearable, "daylio": daylio, "flaredown": flaredown}
FOREIGN_FORMATS = tuple(_MODULES)


def detect_foreign(header: list[str]) -> str | None:
    for name, module in _MODULES.items():
        if module.looks_like(header):
            return name
    return None


#: the layout (exchange/sniff.py) each importer needs
_LAYOUTS = {"bearable": "Bearable export", "daylio": "Daylio export", "flaredown": "Flaredown export"}


def parse_foreign(fmt: str, text: str, *, options: ImportOptions, name: str = "the file") -> ImportBatch:
    module = _MODULES.get(fmt)
    if module is None:
        raise ImportFileError(f"No importer for {fmt!r}; known: {', '.join(FOREIGN_FORMATS)}.")
    first = next(csv_rows(text, name=name, max_rows=1), None)
    if first is not None and (problem := require(_LAYOUTS[fmt], first[1], name=name)):
        raise ImportFileError(problem)  # a format chosen with --format: its required columns are named
    return module.parse(text, options=options, name=name)

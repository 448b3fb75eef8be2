"""Why a CSV header is not one BackJournal can read, in words that name the real problem.

Called only after no format recognised the header. Two problems are told apart from "not a format
we know":

- the columns are separated by semicolons or tabs (a spreadsheet set to a European locale saves
  CSV with ";"): said as such, with the remedy (save with commas);
- the header is close to a known format (at least two of its typical column names) but a required
  column is missing: the missing column is named, with the columns that format needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from backjournal.exchange import csv_io


@dataclass(frozen=True)
class Layout:
    label: str
    #: every set must be met by one of its names (e.g. "date" or "date formatted")
    required: tuple[tuple[str, ...], ...]
    typical: frozenset[str]


LAYOUTS = (
    Layout("BackJournal CSV", tuple((c,) for c in csv_io.REQUIRED_COLUMNS), frozenset(csv_io.COLUMNS)),
    Layout(
        "Bearable export",
        (("date", "date formatted"), ("category",), ("rating/amount", "rating", "amount"), ("detail",)),
        frozenset({"date", "date formatted", "weekday", "time of day", "category", "rating/amount", "detail", "notes"}),
    ),
    Layout(
        "Daylio export",
        (("full_date",), ("mood",), ("activities",)),
        frozenset({"full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"}),
    ),
    Layout(
        "Flaredown export",
        (("date",), ("tags",)),
        frozenset({"date", "tags", "foods", "weather", "temperature", "humidity", "pressure", "treatments"}),
    ),
)


def _names(header: list[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff").strip().lower() for h in header]


def missing_columns(layout: Layout, header: list[str]) -> list[str]:
    names = set(_names(header))
    return [
        alts[0] if len(alts) == 1 else " or ".join(repr(a) for a in alts).strip("'")
        for alts in layout.required
        if not names & set(alts)
    ]


def _closest(header: list[str]) -> tuple[Layout, list[str]] | None:
    names = set(_names(header))
    best = None
    for layout in LAYOUTS:
        score = len(names & layout.typical)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, layout)
    if best is None:
        return None
    layout = best[1]
    return layout, missing_columns(layout, header)


def _describe_missing(name: str, layout: Layout, missing: list[str]) -> str:
    which = " and ".join(f"'{m}'" for m in missing)
    needs = ", ".join(" or ".join(alts) for alts in layout.required)
    return (
        f"{name} looks like a {layout.label} but has no {which} column{'s' if len(missing) > 1 else ''}; "
        f"it needs the columns {needs}."
    )


def header_problem(header: list[str], *, name: str = "the file") -> str | None:
    """A sentence naming what is wrong with ``header``, or None when nothing more specific is known."""
    if len(header) == 1:
        cell = header[0]
        for sep, word in ((";", "semicolons"), ("\t", "tabs")):
            parts = cell.split(sep)
            if len(parts) > 1 and _closest(parts) is not None:
                return (
                    f"{name} separates its columns with {word}, not commas (as spreadsheets set to some "
                    'languages save CSV); save it again as CSV with comma separators (e.g. "CSV UTF-8 '
                    '(comma delimited)") and import that.'
                )
    close = _closest(header)
    if close is not None and close[1]:
        return _describe_missing(name, *close)
    return None


def require(layout_label: str, header: list[str], *, name: str = "the file") -> str | None:
    """When a format was chosen (``--format``): a sentence naming its missing columns, or None."""
    layout = next(layout for layout in LAYOUTS if layout.label == layout_label)
    missing = missing_columns(layout, header)
    if missing:
        return header_problem(header, name=name) if len(header) == 1 else _describe_missing(name, layout, missing)
    return None

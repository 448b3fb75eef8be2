"""What an import file proposes, before anything is written: validated drafts with their identity.

Every reader (our CSV and JSON, the Bearable, Daylio and Flaredown importers) turns a file into an
``ImportBatch``. Nothing here touches the journal: the exchange service compares the batch with the
journal, shows it to the person, and writes it in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from backjournal.domain.errors import RowProblem
from backjournal.domain.factors import Factor, FactorDay
from backjournal.domain.models import PainEntryDraft, PegDraft, TherapySessionDraft, TherapyType
from backjournal.domain.periods import MarkedPeriod
from backjournal.i18n import translate

Draft = PainEntryDraft | TherapySessionDraft | PegDraft

#: Namespace of the deterministic uids given to records from files that carry none (foreign apps).
IMPORT_NAMESPACE = uuid.UUID("0b7d3c1e-6f1a-5c4e-9a57-2f0f4b1e8d21")

#: Refuse files larger than this before reading them (a 10-year journal in our JSON is ~15 MB).
MAX_IMPORT_BYTES = 64 * 1024 * 1024
#: Refuse files with more records than this (ten years of 20 entries a day is 73,000).
MAX_IMPORT_ROWS = 250_000

SCALE_CONVERT = "convert"
SCALE_SKIP = "skip"
SCALE_CHOICES = (SCALE_CONVERT, SCALE_SKIP)


def stable_uid(source: str, *parts: object) -> str:
    """A uid that is the same every time the same row of the same kind of file is imported."""
    return str(uuid.uuid5(IMPORT_NAMESPACE, "\x1f".join([source, *map(str, parts)])))


@dataclass(frozen=True, slots=True)
class ImportedRecord:
    """One record a file proposes: a validated draft, its uid, and its timestamps if the file has them."""

    line: int
    uid: str
    draft: Draft
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """Something in the file that does not become a record, and why (shown to the person)."""

    line: int
    what: str
    reason: str

    def __str__(self) -> str:
        return translate("Import", "line {line}: {what} — {reason}").format(
            line=self.line, what=self.what, reason=self.reason
        )


@dataclass(frozen=True, slots=True)
class ScaleNotice:
    """Ratings on a scale that is not 0-10. They are never stretched without the person's choice.

    ``choice`` is None until the person decides: ``convert`` (with ``mapping``) or ``skip``.
    """

    source: str
    scale: str
    count: int
    mapping: tuple[tuple[int, int], ...]
    choice: str | None

    def mapping_text(self) -> str:
        return ", ".join(f"{a}→{b}" for a, b in self.mapping)

    def describe(self) -> str:
        head = translate("Import", "{count} {source} on a {scale} scale").format(
            count=self.count, source=translate("Import", self.source), scale=self.scale
        )
        if self.choice == SCALE_CONVERT:
            text = translate("Import", "{head}: converted to 0-10 as {mapping}")
        elif self.choice == SCALE_SKIP:
            text = translate("Import", "{head}: not imported (you chose to skip them)")
        else:
            text = translate(
                "Import", "{head}: not imported until you choose — convert to 0-10 as {mapping}, or skip them"
            )
        return text.format(head=head, mapping=self.mapping_text())


@dataclass
class ImportBatch:
    """Everything a file proposes, validated. ``problems`` is empty for a batch that may be written."""

    format: str
    records: list[ImportedRecord] = field(default_factory=list)
    #: Therapy types the records refer to that the journal may not have yet (user-defined ones),
    #: and therapy notes (for built-in types too) carried by a whole-journal file.
    therapies: list[TherapyType] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    #: Marked periods a whole-journal file carries (each with its uid), not part of ``settings``.
    periods: list[MarkedPeriod] = field(default_factory=list)
    #: Daily factors the file defines (own ones to add; built-ins to turn on) and their values
    #: (each FactorDay with its uid).
    factors: list[Factor] = field(default_factory=list)
    factor_values: list[FactorDay] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    scales: list[ScaleNotice] = field(default_factory=list)
    #: Plain sentences on how foreign data was mapped ("activity 'Yoga' -> Exercise").
    mappings: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def undecided_scales(self) -> list[ScaleNotice]:
        return [s for s in self.scales if s.choice is None]

    @property
    def foreign(self) -> bool:
        return self.format not in ("backjournal-csv", "backjournal-json")


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The person's choices for an import: how to treat a non-0-10 scale, and therapy names.

    ``therapy_map`` maps a name in the file (case-insensitive) to a therapy key, or to ``skip``.
    ``known_therapies`` are the journal's therapy types, for matching names in foreign files.
    """

    scale: str | None = None
    therapy_map: dict[str, str] = field(default_factory=dict)
    known_therapies: tuple[TherapyType, ...] = ()

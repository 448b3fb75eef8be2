"""BackJournal's own CSV: one row per pain entry, therapy session or PEG check-in.

UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding), CRLF line ends, a header
row, times as ISO 8601 with their offset. Text cells are quoted; numeric cells are bare numbers.
A text cell that begins with = + - @ TAB CR LF (which a spreadsheet could run as a formula) or with
an apostrophe gets one leading apostrophe; re-import removes exactly that apostrophe, so every text
comes back as it was. The columns are documented in docs/formats.md.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any, Literal, overload

from backjournal.domain.errors import ImportFileError, RowProblem, ValidationError
from backjournal.domain.medications import check_amount, check_drug_class
from backjournal.domain.models import (
    DEFAULT_REGIONS,
    NAME_MAX,
    BodyRegion,
    JournalRecord,
    PainEntryDraft,
    PegDraft,
    TherapyCategory,
    TherapySessionDraft,
    TherapyType,
    parse_qualities,
    parse_regions,
    parse_where,
)
from backjournal.exchange.batch import Draft, ImportBatch, ImportedRecord, stable_uid
from backjournal.exchange.records import record_to_dict
from backjournal.exchange.textio import csv_rows
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "backjournal-csv"

#: The columns before named medications; a hand-written row's uid comes from these (unchanged).
UID_COLUMNS = [
    "record_type",
    "uid",
    "at",
    "score",
    "regions",
    "qualities",
    "therapy",
    "therapy_name",
    "therapy_category",
    "minutes",
    "pain_before",
    "pain_after",
    "details",
    "dose",
    "provider",
    "peg_pain",
    "peg_enjoyment",
    "peg_activity",
    "peg_score",
    "note",
    "backdated",
    "created_at",
    "updated_at",
]
#: Every column written. Named medications added therapy_class and the structured dose (amount, unit,
#: schedule); "dose" keeps a free-text dose that is not structured.
COLUMNS = [
    "record_type",
    "uid",
    "at",
    "score",
    "regions",
    "qualities",
    "therapy",
    "therapy_name",
    "therapy_category",
    "therapy_class",
    "minutes",
    "pain_before",
    "pain_after",
    "details",
    "dose",
    "dose_amount",
    "dose_unit",
    "dose_schedule",
    "provider",
    "peg_pain",
    "peg_enjoyment",
    "peg_activity",
    "peg_score",
    "note",
    "backdated",
    "created_at",
    "updated_at",
    "region_scores",
]
#: The columns a file must have; every other column may be left out (docs/formats.md).
REQUIRED_COLUMNS = ("record_type", "at")
#: The journal's field names (in validation errors) as the CSV columns a person sees.
FIELD_TO_COLUMN = {
    "where": "regions",
    "quality": "qualities",
    "time": "at",
    "pain before": "pain_before",
    "pain after": "pain_after",
    "PEG pain": "peg_pain",
    "PEG enjoyment of life": "peg_enjoyment",
    "PEG general activity": "peg_activity",
    "dose amount": "dose_amount",
    "dose unit": "dose_unit",
    "dose schedule": "dose_schedule",
    "class": "therapy_class",
}
#: Columns computed on export and ignored on import.
DERIVED = {"peg_score", "backdated"}
LIST_SEPARATOR = ";"
#: A hand-written row without regions means the lower back (as on the command line).
PAIN_DEFAULT_REGIONS = DEFAULT_REGIONS

#: A text cell starting with one of these is prefixed with an apostrophe (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
GUARD = "'"


def neutralise(text: str) -> str:
    """Text made safe for a spreadsheet; ``restore`` undoes exactly this."""
    if text.startswith(FORMULA_STARTS) or text.startswith(GUARD):
        return GUARD + text
    return text


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith(GUARD) else cell


# --------------------------------------------------------------------------- export


def _row(record: JournalRecord) -> dict[str, Any]:
    """A record's CSV row: the shared fields (exchange.records) under the CSV's column names."""
    d = record_to_dict(record)  # raises TypeError for anything that is not a journal record
    row = {
        "record_type": d["kind"],
        "uid": d["uid"],
        "at": d["at"],
        "note": d["note"],
        "created_at": d["created_at"],
        "updated_at": d["updated_at"],
    }
    if d["kind"] == "pain":
        row.update(
            score=d["score"],
            regions=LIST_SEPARATOR.join(d["regions"]),
            region_scores=LIST_SEPARATOR.join(f"{r}={v}" for r, v in d["region_scores"].items()) or None,
            qualities=LIST_SEPARATOR.join(d["qualities"]),
            backdated=int(d["backdated"]),
        )
    elif d["kind"] == "session":
        row.update(
            {
                k: d[k]
                for k in (
                    "therapy",
                    "therapy_name",
                    "therapy_class",
                    "minutes",
                    "pain_before",
                    "pain_after",
                    "details",
                    "dose",
                    "dose_amount",
                    "dose_unit",
                    "dose_schedule",
                    "provider",
                )
            },
            therapy_category=d["category"],
            backdated=int(d["backdated"]),
        )
    else:
        row.update(peg_pain=d["pain"], peg_enjoyment=d["enjoyment"], peg_activity=d["activity"], peg_score=d["score"])
    return row


def _cell(value: object) -> str:
    """One CSV field: numbers bare, text quoted (and neutralised), empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = neutralise(str(value))
    return '"' + text.replace('"', '""') + '"'


def iter_csv_lines(records: Iterable[JournalRecord]) -> Iterable[str]:
    """The CSV text line by line (CRLF ends), header first. Records in the order given."""
    yield ",".join(COLUMNS) + "\r\n"
    for record in records:
        row = _row(record)
        yield ",".join(_cell(row.get(c)) for c in COLUMNS) + "\r\n"


def write_csv(records: Iterable[JournalRecord], fh: IO[bytes]) -> int:
    """Write to a binary file object; returns the number of records written."""
    fh.write(b"\xef\xbb\xbf")
    lines = 0
    for line in iter_csv_lines(records):
        fh.write(line.encode("utf-8"))
        lines += 1
    return max(lines - 1, 0)


def csv_text(records: Iterable[JournalRecord]) -> str:
    return "".join(iter_csv_lines(records))


# --------------------------------------------------------------------------- import


def looks_like(header: list[str]) -> bool:
    """Our CSV: it has the required columns (a hand-written file may leave out ``uid`` and others)."""
    names = {h.strip().lstrip("\ufeff").lower() for h in header}
    return set(REQUIRED_COLUMNS) <= names


#: Marked for translation; ValidationError shows it in the process's language.
ISO_WITH_OFFSET = QT_TRANSLATE_NOOP("Errors", "ISO 8601 with an offset, e.g. 2026-03-14T08:30:00+01:00")


def _int_cell(value: str, field: str, allowed: str) -> int | None:
    v = value.strip()
    if not v:
        return None
    try:
        return int(v)
    except ValueError:
        raise ValidationError(
            field, value, allowed, translate("Errors", "{value} is not a whole number").format(value=repr(value))
        ) from None


def _required_int(value: str, field: str, allowed: str) -> int:
    number = _int_cell(value, field, allowed)
    if number is None:
        raise ValidationError(field, "", allowed, QT_TRANSLATE_NOOP("Errors", "is empty"))
    return number


@overload
def _moment(value: str, field: str, *, required: Literal[True] = True) -> datetime: ...
@overload
def _moment(value: str, field: str, *, required: bool) -> datetime | None: ...
def _moment(value: str, field: str, *, required: bool = True) -> datetime | None:
    v = value.strip()
    if not v:
        if required:
            raise ValidationError(field, value, ISO_WITH_OFFSET, QT_TRANSLATE_NOOP("Errors", "is empty"))
        return None
    try:
        moment = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            field,
            value,
            ISO_WITH_OFFSET,
            translate("Errors", "{value} is not a date and time").format(value=repr(value)),
        ) from None
    return check_offset(moment, field)


def check_offset(moment: datetime, field: str) -> datetime:
    """An aware moment whose offset the journal can keep: whole minutes, at most 14 hours."""
    off = moment.utcoffset()
    if off is None:
        moment = moment.astimezone()  # no offset: this computer's local time (documented)
        off = moment.utcoffset()
        assert off is not None  # astimezone() gives an aware moment
    seconds = off.total_seconds()
    if seconds % 60 or abs(seconds) > 14 * 3600:
        raise ValidationError(
            field,
            moment.isoformat(),
            translate("Errors", "an offset in whole minutes between -14:00 and +14:00"),
            translate("Errors", "the offset {offset} cannot be kept").format(offset=off),
        )
    return moment


def check_uid(value: str, field: str = "uid") -> str:
    v = value.strip()
    if len(v) > 36 or any(not (c.isascii() and (c.isalnum() or c in "-._")) for c in v):
        raise ValidationError(
            field,
            value,
            QT_TRANSLATE_NOOP("Errors", "up to 36 letters, digits, '-', '.' or '_'"),
            QT_TRANSLATE_NOOP("Errors", "is not a valid uid"),
        )
    return v


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(LIST_SEPARATOR) if p.strip())


def parse_csv(text: str, *, name: str = "the file") -> ImportBatch:
    """Read our CSV. Every row is validated; every bad row lands in ``batch.problems``."""
    batch = ImportBatch(format=FORMAT)
    rows = csv_rows(text, name=name)
    first = next(rows, None)
    if first is None:
        return batch
    _, header = first
    cols = [h.strip().lstrip("\ufeff").lower() for h in header]
    if not looks_like(cols):
        from backjournal.exchange.sniff import require

        raise ImportFileError(
            require("BackJournal CSV", header, name=name)
            or translate("Import", "{name} is not BackJournal's CSV; it needs the columns {columns}.").format(
                name=name, columns=", ".join(REQUIRED_COLUMNS)
            )
        )
    therapies: dict[str, TherapyType] = {}
    seen: dict[str, int] = {}
    for line, cells in rows:
        batch.rows_read += 1
        if len(cells) > len(cols):
            batch.problems.append(
                RowProblem(
                    line,
                    translate("Import", "has {cells} cells; the header has {header}").format(
                        cells=len(cells), header=len(cols)
                    ),
                )
            )
            continue
        cells = cells + [""] * (len(cols) - len(cells))  # a hand-written row may leave out trailing cells
        raw = dict(zip(cols, cells, strict=True))
        cell = {k: restore(v) for k, v in raw.items()}
        try:
            record, therapy = _record(line, cell, raw)
        except ValidationError as exc:
            column = FIELD_TO_COLUMN.get(exc.field, exc.field)
            batch.problems.append(
                RowProblem(
                    line,
                    translate("Errors", "{field}: {problem}; allowed: {allowed}").format(
                        field=column, problem=exc.problem, allowed=exc.allowed
                    ),
                )
            )
            continue
        if record.uid in seen:
            batch.problems.append(
                RowProblem(
                    line,
                    translate("Import", "uid {uid} repeats line {line}").format(uid=record.uid, line=seen[record.uid]),
                )
            )
            continue
        seen[record.uid] = line
        if therapy is not None and therapy.key not in therapies:
            therapies[therapy.key] = therapy
        batch.records.append(record)
    batch.therapies = list(therapies.values())
    return batch


def _record(line: int, cell: dict[str, str], raw: dict[str, str]) -> tuple[ImportedRecord, TherapyType | None]:
    kind = cell.get("record_type", "").strip().lower()
    uid = check_uid(cell.get("uid", ""))
    if not uid:  # a hand-written row: identity from its content, so re-importing adds nothing twice
        # region_scores (a later column) counts only when filled, so an older file's rows keep their uids
        uid = stable_uid(
            FORMAT,
            *(raw.get(c, "") for c in UID_COLUMNS if c not in DERIVED),
            *([raw["region_scores"]] if raw.get("region_scores") else []),
        )
    at = _moment(cell.get("at", ""), "at")
    created = _moment(cell.get("created_at", ""), "created_at", required=False)
    updated = _moment(cell.get("updated_at", ""), "updated_at", required=False)
    note = cell.get("note") or None
    score_allowed = translate("Errors", "a whole number from 0 to 10")
    therapy = None
    draft: Draft
    if kind == "pain":
        score = _required_int(cell.get("score", ""), "score", score_allowed)
        regions, region_scores = _regions_and_scores(cell.get("regions", ""), cell.get("region_scores", ""))
        draft = PainEntryDraft(
            felt_at=at,
            score=score,
            regions=regions,
            qualities=parse_qualities(_split(cell.get("qualities", ""))),
            note=note,
            region_scores=region_scores,
        )
    elif kind == "session":
        key = cell.get("therapy", "").strip()
        if not key:
            raise ValidationError(
                "therapy", "", translate("Import", "a therapy key"), QT_TRANSLATE_NOOP("Errors", "is empty")
            )
        name = (cell.get("therapy_name") or "").strip()
        if key.startswith("user_"):
            if not name or len(name) > NAME_MAX:
                raise ValidationError(
                    "therapy_name",
                    name,
                    translate("Errors", "a name of 1 to {max} characters for {key}").format(max=NAME_MAX, key=key),
                )
            try:
                category = TherapyCategory(cell.get("therapy_category", "").strip() or "non-drug")
            except ValueError:
                raise ValidationError(
                    "therapy_category", cell.get("therapy_category"), ", ".join(c.value for c in TherapyCategory)
                ) from None
            drug_class = (cell.get("therapy_class") or "").strip() or None
            therapy = TherapyType(
                key=key,
                name=name,
                category=category,
                builtin=False,
                drug_class=None if drug_class is None else check_drug_class(drug_class).value,
            )
        draft = TherapySessionDraft(
            therapy_key=key,
            started_at=at,
            minutes=_int_cell(cell.get("minutes", ""), "minutes", "a whole number of minutes"),
            pain_before=_int_cell(cell.get("pain_before", ""), "pain_before", score_allowed),
            pain_after=_int_cell(cell.get("pain_after", ""), "pain_after", score_allowed),
            details=cell.get("details") or None,
            dose=cell.get("dose") or None,
            dose_amount=check_amount(amount) if (amount := (cell.get("dose_amount") or "").strip()) else None,
            dose_unit=cell.get("dose_unit") or None,
            dose_schedule=cell.get("dose_schedule") or None,
            provider=cell.get("provider") or None,
            note=note,
        )
    elif kind == "peg":
        items = [
            _required_int(cell.get(f"peg_{k}", ""), f"peg_{k}", score_allowed)
            for k in ("pain", "enjoyment", "activity")
        ]
        draft = PegDraft(answered_at=at, pain=items[0], enjoyment=items[1], activity=items[2], note=note)
    else:
        raise ValidationError("record_type", kind, QT_TRANSLATE_NOOP("Errors", "pain, session or peg"))
    return ImportedRecord(line, uid, draft.validate(), created, updated), therapy


def _regions_and_scores(regions_cell: str, scores_cell: str) -> tuple[tuple[BodyRegion, ...], tuple[int, ...]]:
    """The regions (lower back when none) and, from ``region_scores`` ("lower_back=6;leg_left=4"), one
    score for each of them in their order, or () when that cell is empty."""
    regions = _split(regions_cell)
    if not scores_cell.strip():
        return parse_regions(regions) or PAIN_DEFAULT_REGIONS, ()
    try:
        scored_regions, scores = parse_where(scores_cell.replace(LIST_SEPARATOR, ","))
    except ValidationError as exc:  # named by this column, not by --where
        problem = exc.problem if exc.field == "where" else f"{exc.field_label} {exc.problem}"
        raise ValidationError("region_scores", exc.value, exc.allowed.replace(",...", ";..."), problem) from None
    if not scores:
        raise ValidationError(
            "region_scores",
            scores_cell,
            QT_TRANSLATE_NOOP("Errors", "REGION=SCORE for each region, e.g. lower_back=6;leg_left=4"),
            QT_TRANSLATE_NOOP("Errors", "gives no scores"),
        )
    by_region = dict(zip(scored_regions, scores, strict=True))
    if not regions:
        return scored_regions, scores
    named = parse_regions(regions)
    if sorted(named) != sorted(by_region) or len(named) != len(regions):
        raise ValidationError(
            "region_scores",
            scores_cell,
            translate("Errors", "a score for each region of the entry ({regions})").format(regions=", ".join(regions)),
            QT_TRANSLATE_NOOP("Errors", "names other regions than the regions column"),
        )
    return named, tuple(by_region[r] for r in named)


def rows_as_dicts(text: str) -> list[dict[str, str]]:
    """Test/debug helper: the CSV as dictionaries (guards removed)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    return [{k: restore(v) for k, v in row.items()} for row in reader]

"""BackJournal's own JSON: the whole journal, versioned, lossless.

Export -> import into an empty journal -> export gives the same data: uids, times with their
offsets, created/updated timestamps (to the microsecond), every text as typed, user-defined
therapies with their notes (and notes on built-in ones), PEG check-ins and the settings that are
data. Records in the trash are not exported. Layout: one record per line, so a problem can be
reported by line number. Fields are documented in docs/formats.md.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Literal, TypeVar, overload

from backjournal.domain.errors import ImportFileError, RowProblem, ValidationError
from backjournal.domain.factors import (
    BUILTIN_FACTOR_KEYS,
    Factor,
    FactorDay,
    check_factor_name,
    check_factor_value,
    check_kind,
)
from backjournal.domain.medications import check_drug_class
from backjournal.domain.models import (
    BUILTIN_KEYS,
    NAME_MAX,
    NOTE_MAX,
    PainEntry,
    PainEntryDraft,
    PegCheckin,
    PegDraft,
    TherapyCategory,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
    check_text,
    enum_member,
    parse_qualities,
    parse_regions,
)
from backjournal.domain.periods import SETTING_KEY as PERIODS_KEY
from backjournal.domain.periods import MarkedPeriod, with_content_uids
from backjournal.exchange.batch import MAX_IMPORT_ROWS, ImportBatch, ImportedRecord
from backjournal.exchange.csv_io import ISO_WITH_OFFSET, check_offset, check_uid
from backjournal.exchange.records import (
    factor_to_dict,
    factor_value_fields,
    iso,
    pain_fields,
    peg_fields,
    session_fields,
    therapy_to_dict,
)
from backjournal.i18n import QT_TRANSLATE_NOOP, grouped, translate

FORMAT = "backjournal-json"
FORMAT_TAG = "backjournal-journal"
VERSION = 1
ARRAYS = ("therapies", "pain_entries", "therapy_sessions", "peg_checkins", "factors", "factor_values")


def _order(moment: datetime, uid: str) -> tuple[float, str]:
    return (moment.timestamp(), uid)


def journal_document(
    *,
    therapies: Iterable[TherapyType],
    pain: Iterable[PainEntry],
    sessions: Iterable[TherapySession],
    peg: Iterable[PegCheckin],
    settings: dict[str, Any],
    exported_at: datetime,
    app_version: str,
    start: date | None = None,
    end: date | None = None,
    factors: Iterable[Factor] = (),
    factor_values: Iterable[FactorDay] = (),
) -> dict[str, Any]:
    """The export as a plain dict (sorted deterministically: time, then uid)."""
    therapies = list(therapies)
    users = sorted((t for t in therapies if not t.builtin), key=lambda t: t.key)
    builtin = [t for t in therapies if t.builtin]
    return {
        "format": FORMAT_TAG,
        "version": VERSION,
        "app": f"BackJournal {app_version}",
        "exported_at": iso(exported_at),
        "period": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        "settings": dict(sorted(settings.items())),
        "therapies": [therapy_to_dict(t) for t in [*builtin, *users]],
        "pain_entries": [pain_fields(e) for e in sorted(pain, key=lambda e: _order(e.felt_at, e.uid))],
        "therapy_sessions": [session_fields(s) for s in sorted(sessions, key=lambda s: _order(s.started_at, s.uid))],
        "peg_checkins": [peg_fields(p) for p in sorted(peg, key=lambda p: _order(p.answered_at, p.uid))],
        "factors": [factor_to_dict(f) for f in factors],
        "factor_values": [factor_value_fields(v) for v in sorted(factor_values, key=lambda v: (v.day, v.factor_key))],
    }


def dumps(doc: dict[str, Any]) -> str:
    """Pretty enough to read, one record per line (so line numbers point at records)."""

    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    out = ["{"]
    keys = list(doc)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = doc[key]
        if key in ARRAYS:
            if not value:
                out.append(f" {one(key)}: []{comma}")
                continue
            out.append(f" {one(key)}: [")
            out.extend(f"  {one(item)}{',' if j < len(value) - 1 else ''}" for j, item in enumerate(value))
            out.append(f" ]{comma}")
        else:
            out.append(f" {one(key)}: {one(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- import


def looks_like(text: str) -> bool:
    head = text.lstrip()[:400]
    return head.startswith("{") and FORMAT_TAG in head


def record_lines(text: str) -> dict[str, list[int]]:
    """Line number of each element of the top-level arrays (a tiny scanner; strings are skipped)."""
    lines: dict[str, list[int]] = {}
    depth, i, n, line = 0, 0, len(text), 1
    last_key: str | None = None
    current: str | None = None
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                if text[j] == "\\":
                    j += 1
                j += 1
            if depth == 1:
                last_key = text[i + 1 : j]
            elif depth == 2 and current is not None:
                lines[current].append(line)
            line += text.count("\n", i, j)
            i = j
        elif c in "[{":
            if depth == 1 and c == "[":
                current = last_key
                lines.setdefault(current or "", [])
            elif depth == 2 and current is not None:
                lines[current].append(line)
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 1:
                current = None
        elif (
            depth == 2
            and current is not None
            and not c.isspace()
            and c != ","
            and (i == 0 or text[i - 1] in "[, \n\t\r")
        ):
            lines[current].append(line)
        i += 1
    return lines


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def load_with_lines(text: str) -> tuple[Any, dict[str, list[int]]] | None:
    """``(json.loads(text), record_lines(text))`` for a top-level object, or None (then use those two).

    json.loads holds Python's GIL for the whole text (30-60 ms for ten years), so a window importing in a
    worker thread stopped painting meanwhile, and record_lines looks at every character in Python. This
    decodes the top-level arrays one element at a time with the same decoder (the GIL is free between
    elements) and counts the lines in C. Anything unusual (not an object, a key twice, an error) returns
    None: the caller takes the plain path, which gives the same result or the same error message."""
    try:
        i = _SPACE.match(text, 0).end()  # type: ignore[union-attr]  # the pattern matches the empty string
        if text[i : i + 1] != "{":
            return None
        doc: dict[str, Any] = {}
        lines: dict[str, list[int]] = {}
        line, counted = 1, 0
        i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        if text[i : i + 1] == "}":
            return (doc, lines) if not text[_SPACE.match(text, i + 1).end() :] else None  # type: ignore[union-attr]
        while True:
            key, i = _DECODER.raw_decode(text, i)
            if not isinstance(key, str) or key in doc:
                return None
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
            if text[i : i + 1] != ":":
                return None
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            if text[i : i + 1] == "[":
                items: list[Any] = []
                starts = lines[key] = []
                i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                if text[i : i + 1] == "]":
                    i += 1
                else:
                    while True:
                        line += text.count("\n", counted, i)
                        counted = i
                        starts.append(line)
                        value, i = _DECODER.raw_decode(text, i)
                        items.append(value)
                        i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
                        if text[i : i + 1] == ",":
                            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                        elif text[i : i + 1] == "]":
                            i += 1
                            break
                        else:
                            return None
                doc[key] = items
            else:
                doc[key], i = _DECODER.raw_decode(text, i)
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
            if text[i : i + 1] == ",":
                i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            elif text[i : i + 1] == "}":
                break
            else:
                return None
        return (doc, lines) if not text[_SPACE.match(text, i + 1).end() :] else None  # type: ignore[union-attr]
    except (ValueError, RecursionError):
        return None


_T = TypeVar("_T")


class _Fields:
    """Typed access to one JSON object's fields; every mistake is a ValidationError naming the field.
    (Its methods int and bool shadow the builtins inside the class: annotations say builtins.int.)"""

    def __init__(self, obj: dict[str, Any], where: str):
        self.obj, self.where = obj, where

    def _get(
        self, key: str, types: type[_T] | tuple[type[_T], ...], required: builtins.bool, allowed: str
    ) -> _T | None:
        if key not in self.obj or self.obj[key] is None:
            if required:
                raise ValidationError(f"{self.where} {key}", None, allowed, QT_TRANSLATE_NOOP("Errors", "is missing"))
            return None
        value = self.obj[key]
        wrong = translate("Errors", "{value} has the wrong type").format(value=repr(value))
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            raise ValidationError(f"{self.where} {key}", value, allowed, wrong)
        if not isinstance(value, types):
            raise ValidationError(f"{self.where} {key}", value, allowed, wrong)
        return value

    @overload
    def text(self, key: str, required: Literal[True]) -> str: ...
    @overload
    def text(self, key: str, required: bool = False) -> str | None: ...
    def text(self, key: str, required: bool = False) -> str | None:
        value = self._get(key, str, required, QT_TRANSLATE_NOOP("Errors", "text"))
        assert value is not None or not required
        return value

    @overload
    def int(self, key: str, required: Literal[True]) -> int: ...
    @overload
    def int(self, key: str, required: bool = False) -> int | None: ...
    def int(self, key: str, required: bool = False) -> int | None:
        value = self._get(key, builtins.int, required, QT_TRANSLATE_NOOP("Errors", "a whole number"))
        assert value is not None or not required
        return value

    def bool(self, key: str) -> bool:
        return builtins.bool(self._get(key, builtins.bool, True, QT_TRANSLATE_NOOP("Errors", "true or false")))

    def strings(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, False, QT_TRANSLATE_NOOP("Errors", "a list of words")) or []
        if not all(isinstance(v, str) for v in value):
            raise ValidationError(
                f"{self.where} {key}",
                value,
                QT_TRANSLATE_NOOP("Errors", "a list of words"),
                QT_TRANSLATE_NOOP("Errors", "holds something that is not text"),
            )
        return tuple(value)

    @overload
    def moment(self, key: str, required: Literal[True] = True) -> datetime: ...
    @overload
    def moment(self, key: str, required: builtins.bool) -> datetime | None: ...
    def moment(self, key: str, required: builtins.bool = True) -> datetime | None:
        value = self.text(key, required)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(
                f"{self.where} {key}",
                value,
                ISO_WITH_OFFSET,
                translate("Errors", "{value} is not a date and time").format(value=repr(value)),
            ) from None
        return check_offset(moment, f"{self.where} {key}")

    def uid(self) -> str:
        uid = check_uid(self.text("uid", True) or "", f"{self.where} uid")
        if not uid:
            raise ValidationError(
                f"{self.where} uid", "", QT_TRANSLATE_NOOP("Errors", "a uid"), QT_TRANSLATE_NOOP("Errors", "is empty")
            )
        return uid


def parse_json(text: str, *, name: str = "the file") -> ImportBatch:
    batch = ImportBatch(format=FORMAT)
    quick = load_with_lines(text)
    try:
        doc = quick[0] if quick is not None else json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            translate("Import", "{name} is not valid JSON: {message} at line {line}, column {column}.").format(
                name=name, message=exc.msg, line=exc.lineno, column=exc.colno
            )
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ImportFileError(
            translate("Import", "{name} cannot be read as JSON ({error}).").format(
                name=name, error=f"{type(exc).__name__}: {str(exc)[:80]}"
            )
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_TAG:
        raise ImportFileError(
            translate("Import", '{name} is JSON but not a BackJournal journal (no "format": "{tag}").').format(
                name=name, tag=FORMAT_TAG
            )
        )
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFileError(
            translate("Import", '{name}: "version" must be a whole number from 1; found {version}.').format(
                name=name, version=repr(version)
            )
        )
    if version > VERSION:
        raise ImportFileError(
            translate(
                "Import",
                "{name} was written by a newer BackJournal (format version {version}; this one reads up to "
                "{supported}). Install the newer version to import it.",
            ).format(name=name, version=version, supported=VERSION)
        )
    arrays = {}
    for key in ARRAYS:
        value = doc.get(key, [])
        if not isinstance(value, list):
            raise ImportFileError(f'{name}: "{key}" must be a list.')
        arrays[key] = value
    total = sum(len(v) for v in arrays.values())
    if total > MAX_IMPORT_ROWS:
        raise ImportFileError(
            translate("Import", "{name} has {total} records; at most {max} can be imported at once.").format(
                name=name, total=grouped(total), max=grouped(MAX_IMPORT_ROWS)
            )
        )
    batch.rows_read = total
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(k, str) and 0 < len(k) <= 100 for k in settings):
        raise ImportFileError(f'{name}: "settings" must be an object with names of 1 to 100 characters.')
    settings = dict(settings)
    batch.periods = _periods(settings.pop(PERIODS_KEY, []), name)
    batch.settings = settings

    lines = quick[1] if quick is not None else record_lines(text)

    def line_of(key: str, index: int) -> int:
        found = lines.get(key, [])
        return found[index] if index < len(found) else 0

    readers: dict[str, Callable[[_Fields, int], TherapyType | ImportedRecord | Factor | FactorDay]] = {
        "therapies": _therapy,
        "pain_entries": _pain,
        "therapy_sessions": _session,
        "peg_checkins": _peg,
        "factors": _factor,
        "factor_values": _factor_value,
    }
    factor_keys: dict[str, Factor] = {}
    seen: dict[str, str] = {}
    keys_seen: set[str] = set()
    for key in ARRAYS:
        for index, obj in enumerate(arrays[key]):
            where = f"{key}[{index}]"
            line = line_of(key, index)
            try:
                if not isinstance(obj, dict):
                    raise ValidationError(where, obj, "an object", "is not an object")
                item = readers[key](_Fields(obj, where), line)
            except ValidationError as exc:
                batch.problems.append(RowProblem(line, f"{where}: {exc}"))
                continue
            if isinstance(item, Factor):
                if item.key in factor_keys:
                    batch.problems.append(RowProblem(line, f"{where}: factor key {item.key!r} repeats"))
                    continue
                factor_keys[item.key] = item
                batch.factors.append(item)
                continue
            if isinstance(item, FactorDay):
                if item.uid in seen:
                    batch.problems.append(RowProblem(line, f"{where}: uid {item.uid} repeats {seen[item.uid]}"))
                    continue
                seen[item.uid] = where
                batch.factor_values.append(item)
                continue
            if isinstance(item, TherapyType):
                if item.key in keys_seen:
                    batch.problems.append(RowProblem(line, f"{where}: therapy key {item.key!r} repeats"))
                    continue
                keys_seen.add(item.key)
                batch.therapies.append(item)
                continue
            if item.uid in seen:
                batch.problems.append(RowProblem(line, f"{where}: uid {item.uid} repeats {seen[item.uid]}"))
                continue
            seen[item.uid] = where
            batch.records.append(item)
    return batch


def _therapy(f: _Fields, line: int) -> TherapyType:
    key = (f.text("key", True) or "").strip()
    name = (f.text("name", True) or "").strip()
    builtin = f.bool("builtin")
    if not key or len(key) > 100:
        raise ValidationError(f"{f.where} key", key, "a key of 1 to 100 characters")
    if builtin and key not in BUILTIN_KEYS:
        raise ValidationError(
            f"{f.where} key", key, ", ".join(sorted(BUILTIN_KEYS)), f"{key!r} is not a built-in therapy"
        )
    if not builtin and not key.startswith("user_"):
        raise ValidationError(f"{f.where} key", key, "a key starting with user_ for your own therapies")
    if not name or len(name) > NAME_MAX:
        raise ValidationError(f"{f.where} name", name, f"a name of 1 to {NAME_MAX} characters")
    try:
        category = enum_member(TherapyCategory, f.text("category", True))
    except ValueError:
        raise ValidationError(
            f"{f.where} category", f.obj.get("category"), ", ".join(c.value for c in TherapyCategory)
        ) from None
    notes = check_text(f.text("notes"), f"{f.where} notes", NOTE_MAX)
    drug_class = f.text("drug_class")
    if drug_class is not None:
        drug_class = check_drug_class(drug_class).value
    color = f.text("color")
    if color is not None and not re.fullmatch(r"#[0-9a-f]{6}", color):
        raise ValidationError(f"{f.where} color", color, "#rrggbb in lower case, or null")
    archived = bool(f.obj.get("archived")) if isinstance(f.obj.get("archived"), bool) else False
    return TherapyType(
        key=key,
        name=name,
        category=category,
        builtin=builtin,
        notes=notes,
        drug_class=drug_class,
        color=color,
        archived=archived,
    )


def _factor(f: _Fields, line: int) -> Factor:
    key = (f.text("key", True) or "").strip()
    builtin = f.bool("builtin")
    if builtin and key not in BUILTIN_FACTOR_KEYS:
        raise ValidationError(
            f"{f.where} key", key, ", ".join(sorted(BUILTIN_FACTOR_KEYS)), f"{key!r} is not a built-in factor"
        )
    if not builtin and (not key.startswith("own_") or len(key) > 100):
        raise ValidationError(
            f"{f.where} key", key, "a key starting with own_ (at most 100 characters) for your own factors"
        )
    name = check_factor_name(f.text("name", True))
    kind = check_kind(f.text("kind", True))
    return Factor(key, name, kind, builtin=builtin, enabled=f.bool("enabled"))


def _factor_value(f: _Fields, line: int) -> FactorDay:
    day_text = f.text("day", True) or ""
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise ValidationError(f"{f.where} day", day_text, "a day as YYYY-MM-DD", f"{day_text!r} is not a day") from None
    value = f.int("value", True)
    check_factor_value(check_kind("scale"), value, f"{f.where}")
    return FactorDay((f.text("factor", True) or "").strip(), day, value, f.uid())


def _stamps(f: _Fields) -> tuple[datetime | None, datetime | None]:
    return f.moment("created_at", False), f.moment("updated_at", False)


def _pain(f: _Fields, line: int) -> ImportedRecord:
    score = f.int("score", True)
    raw_regions = f.strings("regions")
    region_scores = _region_scores(f, raw_regions)
    # with region scores each region is read on its own, so one named twice is refused, not merged
    regions = tuple(parse_regions([r])[0] for r in raw_regions) if region_scores else parse_regions(raw_regions)
    draft = PainEntryDraft(
        felt_at=f.moment("at"),
        score=score,
        regions=regions,
        qualities=parse_qualities(f.strings("qualities")),
        note=f.text("note"),
        region_scores=region_scores,
    ).validate()
    return ImportedRecord(line, f.uid(), draft, *_stamps(f))


def _region_scores(f: _Fields, regions: tuple[str, ...]) -> tuple[int, ...]:
    """``region_scores`` ({region: 0-10} for each of the entry's regions, or {} / absent: not scored),
    in the order of ``regions``."""
    allowed = 'an object with a 0-10 score for each of the entry\'s regions, e.g. {"lower_back": 6}, or {}'
    raw = f._get("region_scores", dict, False, allowed) or {}
    if not raw:
        return ()
    if sorted(raw) != sorted(regions):
        raise ValidationError(
            f"{f.where} region_scores",
            ", ".join(raw),
            allowed,
            f"names {', '.join(raw)} but the entry's regions are {', '.join(regions)}",
        )
    for region, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                f"{f.where} region_scores {region}",
                value,
                "a whole number from 0 to 10",
                f"{value!r} has the wrong type",
            )
    return tuple(raw[r] for r in regions)


def _session(f: _Fields, line: int) -> ImportedRecord:
    draft = TherapySessionDraft(
        therapy_key=(f.text("therapy", True) or "").strip(),
        started_at=f.moment("at"),
        minutes=f.int("minutes"),
        pain_before=f.int("pain_before"),
        pain_after=f.int("pain_after"),
        details=f.text("details"),
        dose=f.text("dose"),
        provider=f.text("provider"),
        note=f.text("note"),
        dose_amount=f._get("dose_amount", (int, float), False, "a positive number"),
        dose_unit=f.text("dose_unit"),
        dose_schedule=f.text("dose_schedule"),
    ).validate()
    return ImportedRecord(line, f.uid(), draft, *_stamps(f))


def _peg(f: _Fields, line: int) -> ImportedRecord:
    draft = PegDraft(
        answered_at=f.moment("at"),
        pain=f.int("pain", True),
        enjoyment=f.int("enjoyment", True),
        activity=f.int("activity", True),
        note=f.text("note"),
    ).validate()
    return ImportedRecord(line, f.uid(), draft, *_stamps(f))


def _periods(raw: object, name: str) -> list[MarkedPeriod]:
    """The file's marked periods, validated; a period without a uid (a file of an older version)
    gets one from its content, so importing the same file twice adds it once."""
    if not isinstance(raw, list):
        raise ImportFileError(f'{name}: "settings.marked_periods" must be a list of periods.')
    periods = []
    for number, item in enumerate(raw, 1):
        try:
            periods.append(MarkedPeriod.from_dict(item))
        except ValidationError as exc:
            raise ImportFileError(f"{name}: marked period {number}: {exc}") from None
    periods = with_content_uids(periods)
    uids = [p.uid for p in periods]
    if len(set(uids)) != len(uids):
        raise ImportFileError(f"{name}: two marked periods have the same uid; each needs its own.")
    return periods

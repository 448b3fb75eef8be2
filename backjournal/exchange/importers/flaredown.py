"""Flaredown CSV export, wide: ``Date``, one column per condition, symptom and treatment, then
``Tags``, ``Foods`` and weather columns.

Columns are told apart by what they hold: whole numbers are ratings (Flaredown rates conditions
and symptoms 0-4), anything else (``Taken``, ``Not Taken``, a dose such as ``400 mg``) is a
treatment. One bad cell never changes what a column means (``classify``): a column that names pain
and holds whole numbers is a pain rating column, and any other value in it is a bad row (reported
with its line; the import is refused); another column whose values are mostly whole numbers stays a
rating column (skipped, its odd cells listed as skipped); "Taken"/"Not Taken" make a treatment
column. What maps:
- ratings of a column that names pain (Back pain, Sciatica, ...) -> pain entries at noon local
  time of that day, held until the person chooses to convert 0-4 or skip (never stretched
  silently); other ratings (Fatigue, Depression, ...) are skipped and listed;
- treatments that were taken -> sessions: a treatment matched to a therapy (Physical therapy, Heat,
  …) of that therapy; any other one of the named medication of its name (the journal's, else a new
  one: common.NamedMedications); the dose structured where it reads as amount + unit, else as
  entered;
- ``Tags`` go into the note of that day's pain entries; foods and weather are skipped.
Identity per cell (date, column, value), so a later, longer export re-imports nothing twice.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import time
from functools import partial

from backjournal.domain.errors import RowProblem, ValidationError
from backjournal.domain.models import PainEntryDraft
from backjournal.exchange.batch import ImportBatch, ImportOptions, SkippedItem, stable_uid
from backjournal.exchange.importers.common import (
    GENERIC_MEDICATION,
    PAIN_WORDS,
    NamedMedications,
    ScaleCollector,
    TherapyMatch,
    TherapyMatcher,
    add_record,
    check_rating_0_4,
    local_moment,
    names_a_medication,
    normalise_choice,
    parse_date,
    region_for,
    session_dose,
    summarise_counter,
)
from backjournal.exchange.textio import csv_rows
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "flaredown"
NOT_TAKEN = {"not taken", "no", "false", "0"}
TAKEN = {"taken", "yes", "true", "x", "✓"}
_INT = re.compile(r"^-?\d+$")


def looks_like(header: list[str]) -> bool:
    names = [h.strip().lower() for h in header]
    return bool(names) and names[0] == "date" and "tags" in names


def parse(text: str, *, options: ImportOptions, name: str = "the file") -> ImportBatch:
    batch = ImportBatch(format=FORMAT)
    rows = list(csv_rows(text, name=name))
    if not rows:
        return batch
    header = [h.strip() for h in rows[0][1]]
    body = rows[1:]
    lower = [h.lower() for h in header]
    tags_at = lower.index("tags") if "tags" in lower else len(header)
    data_cols = list(range(1, tags_at))
    extra_cols = [header[i] for i in range(tags_at + 1, len(header))]
    kinds = {
        i: classify(header[i], [cells[i].strip() for _, cells in body if i < len(cells) and cells[i].strip()])
        for i in data_cols
    }
    matcher = TherapyMatcher(options)
    medications = NamedMedications(options)
    scale = ScaleCollector(QT_TRANSLATE_NOOP("Import", "Flaredown pain ratings"), normalise_choice(options))
    seen: dict[str, int] = {}
    known = {t.key for t in options.known_therapies}
    skipped_ratings: Counter[str] = Counter()
    not_taken = 0
    for line, cells in body:
        batch.rows_read += 1
        if len(cells) > len(header):
            batch.problems.append(
                RowProblem(
                    line,
                    translate("Import", "has {cells} cells; the header has {header}").format(
                        cells=len(cells), header=len(header)
                    ),
                )
            )
            continue
        try:
            day = parse_date(cells[0], "Date")
        except ValidationError as exc:
            batch.problems.append(RowProblem(line, str(exc)))
            continue
        moment = local_moment(day, time(12, 0))
        tags = cells[tags_at].strip() if tags_at < len(cells) else ""
        pain_today = False
        for i in data_cols:
            value = cells[i].strip() if i < len(cells) else ""
            if not value or kinds[i] == "empty":
                continue
            column = header[i]
            what = f"{day} {column}: {value}"
            uid = stable_uid(FORMAT, day.isoformat(), column, value)
            if kinds[i] == "rating":
                skipped_ratings[column] += 1
                if not _INT.match(value):
                    batch.skipped.append(
                        SkippedItem(
                            line,
                            what,
                            translate("Import", "not a whole number in a column of ratings that are not about pain"),
                        )
                    )
                continue
            if kinds[i] == "pain":
                try:
                    rating = check_rating_0_4(value, column)
                except ValidationError as exc:
                    batch.problems.append(RowProblem(line, str(exc)))
                    continue
                if uid in seen:
                    continue
                seen[uid] = line
                note = f"Flaredown: {column}, rated {rating} on 0-4" + (f"\nTags: {tags}" if tags else "")
                regions = region_for(column)
                scale.add(
                    line, uid, rating, partial(PainEntryDraft, moment, regions=regions, qualities=(), note=note), what
                )
                pain_today = True
                continue
            if value.lower() in NOT_TAKEN:
                not_taken += 1
                continue
            try:
                match = matcher.match(column)
            except ValidationError as exc:
                batch.problems.append(RowProblem(line, str(exc)))
                continue
            if match is None and column.lower() in {k.lower() for k in options.therapy_map}:
                batch.skipped.append(SkippedItem(line, what, translate("Import", "you chose to skip this treatment")))
                continue
            dose = None if value.lower() in TAKEN else value
            if names_a_medication(match, column, taken=True):
                used = medications.use(column, dose, line=line, batch=batch)
                if used is not None:
                    matcher.used[" ".join(column.split())] = used.mapping()
                    add_record(batch, seen, line, uid, used.session(moment), what)
                continue
            key, details = (match.key, match.details) if match else (GENERIC_MEDICATION, column)
            if known and key not in known:
                batch.skipped.append(
                    SkippedItem(
                        line, what, translate("Import", "{key} is not a therapy of this journal").format(key=repr(key))
                    )
                )
                continue
            if match is None:
                matcher.used.setdefault(column, _as_medication(column))
            add_record(batch, seen, line, uid, session_dose(dose).session(key, moment, details=details), what)
        if tags and not pain_today:
            batch.skipped.append(
                SkippedItem(
                    line,
                    translate("Import", "{day} tags: {tags}").format(day=day, tags=tags),
                    translate("Import", "no pain rating that day to attach them to"),
                )
            )
    scale.finish(batch)
    medications.finish(batch)
    batch.mappings.extend(matcher.describe())
    if summary := summarise_counter(translate("Import", "ratings that are not about pain (skipped)"), skipped_ratings):
        batch.mappings.append(summary)
    if not_taken:
        batch.mappings.append(
            translate("Import", "%n treatment cells marked not taken (nothing to import)", None, not_taken)
        )
    if extra_cols:
        batch.mappings.append(
            translate("Import", "columns not imported: {columns}").format(columns=", ".join(extra_cols))
        )
    return batch


def classify(header: str, values: list[str]) -> str:
    """What a column holds, decided by all of its values so that one bad cell cannot change it:
    ``empty``, ``pain`` (ratings of pain), ``rating`` (other ratings) or ``treatment``."""
    if not values:
        return "empty"
    whole = sum(1 for v in values if _INT.match(v))
    taken_words = any(v.lower() in TAKEN | NOT_TAKEN - {"0"} for v in values)
    if taken_words or not whole:
        return "treatment"
    if PAIN_WORDS.search(header):
        return "pain"  # every value that is not a whole number 0-4 is a bad row
    return "rating" if whole * 2 > len(values) else "treatment"


def _as_medication(column: str) -> TherapyMatch:
    return TherapyMatch(
        GENERIC_MEDICATION,
        "Medication",
        column,
        QT_TRANSLATE_NOOP("Import", "treatment not otherwise known"),
    )

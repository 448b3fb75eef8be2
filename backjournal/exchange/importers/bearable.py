"""Bearable CSV export: long format, one row per reading.

Columns (vary by version): ``date, [date formatted,] weekday, time of day, category,
rating/amount, detail, notes``. What maps:
- Symptom rows whose detail names pain (back pain, sciatica, ...) -> pain entries. Their rating is
  on Bearable's 0-4 symptom scale (or a severity word appended to the detail, "(Mild)"): held
  until the person chooses to convert or skip (see common.ScaleCollector). The original rating
  and the detail are kept in the note.
- Medication / supplement rows -> sessions of the named medication (the journal's of that name, else a
  new one: common.NamedMedications; a row matched to another therapy keeps that one), the amount as the
  dose (structured where it reads as amount + unit, else as entered). A generic word ("painkiller")
  stays on "Medication" with the word as details.
- Rows of other categories whose detail names a therapy (Yoga, Massage, ...) -> sessions.
- Mood and energy ratings -> the person's own 0-10 factors "Mood (Bearable rating)" and "Energy
  (Bearable rating)" holding the rating as it was (never stretched; a value that is not a whole
  number from 0 to 10 is skipped with the reason); sleep -> "Sleep hours (Bearable)" in whole hours
  (halves rounded up; more than 10 hours is skipped). The latest reading of a day counts.
- Factor / tag rows that name no therapy -> a yes/no factor of that name, yes on that day.
- Everything else (other symptoms, ...) is skipped and listed with the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import partial

from backjournal.domain.errors import RowProblem, ValidationError
from backjournal.domain.factors import FactorKind
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
    header_index,
    local_moment,
    names_a_medication,
    normalise_choice,
    parse_date,
    parse_time,
    region_for,
    session_dose,
    summarise_counter,
)
from backjournal.exchange.importers.factors import FactorCollector
from backjournal.exchange.textio import csv_rows
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "bearable"
SEVERITY = {"none": 0, "mild": 1, "moderate": 2, "severe": 3, "very severe": 4, "extreme": 4, "unbearable": 4}
_SEVERITY_RE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
MEDICATION_CATEGORIES = ("medication", "meds", "supplement")
RATED_FACTORS = {"mood": "Mood (Bearable rating)", "energy": "Energy (Bearable rating)"}
SLEEP_FACTOR = "Sleep hours (Bearable)"
FACTOR_CATEGORIES = ("factor", "tag")
SYMPTOM_CATEGORIES = ("symptom", "pain")


def looks_like(header: list[str]) -> bool:
    names = set(header_index(header))
    return (
        {"category", "detail"} <= names
        and bool(names & {"rating/amount", "rating", "amount"})
        and ("date" in names or "date formatted" in names)
    )


def _day(*candidates: str) -> date:
    """The first candidate that reads as a date (an ISO timestamp counts by its date part)."""
    error = None
    for text in candidates:
        raw = text.strip()
        if not raw:
            continue
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]", raw):
            raw = raw[:10]
        try:
            return parse_date(raw, "date")
        except ValidationError as exc:
            error = error or exc
    raise error or ValidationError(
        "date",
        "",
        translate("Import", "a date like 2022-01-22 or 22nd Jan 2022"),
        translate("Import", "is empty"),
    )


def _factor_value(amount: str, *, sleep: bool) -> tuple[int | None, str]:
    """A Bearable rating (whole number 0-10) or sleep hours (whole hours, halves up, at most 10)."""
    text = amount.strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None, translate("Import", "{amount} is not a number").format(amount=repr(amount))
    if sleep:
        hours = int(number + 0.5) if number >= 0 else -1
        if not 0 <= hours <= 10:
            return None, translate("Import", "{amount} hours of sleep do not fit a 0-10 factor").format(amount=amount)
        return hours, ""
    if number != int(number) or not 0 <= number <= 10:
        return None, translate(
            "Import", "{amount} is not a whole number from 0 to 10 (kept as rated, never stretched)"
        ).format(amount=repr(amount))
    return int(number), ""


def parse(text: str, *, options: ImportOptions, name: str = "the file") -> ImportBatch:
    batch = ImportBatch(format=FORMAT)
    rows = csv_rows(text, name=name)
    first = next(rows, None)
    if first is None:
        return batch
    col = header_index(first[1])
    matcher = TherapyMatcher(options)
    scale = ScaleCollector(QT_TRANSLATE_NOOP("Import", "Bearable pain ratings"), normalise_choice(options))
    seen: dict[str, int] = {}
    skipped_categories: Counter[str] = Counter()
    times_placed: Counter[str] = Counter()
    factors = FactorCollector(FORMAT)
    medications = NamedMedications(options)

    def get(cells: list[str], *names: str) -> str:
        for n in names:
            i = col.get(n)
            if i is not None and i < len(cells):
                return cells[i]
        return ""

    for line, cells in rows:
        batch.rows_read += 1
        try:
            day = _day(get(cells, "date"), get(cells, "date formatted"))
            at_time, placed = parse_time(get(cells, "time of day", "time"), "time of day")
            if placed:
                times_placed[placed] += 1
            moment = local_moment(day, at_time)
        except ValidationError as exc:
            batch.problems.append(RowProblem(line, str(exc)))
            continue
        category = get(cells, "category").strip()
        cat = category.lower()
        detail_raw = " ".join(get(cells, "detail").split())
        amount = get(cells, "rating/amount", "rating", "amount").strip()
        notes = get(cells, "notes", "note").strip() or None
        uid = stable_uid(FORMAT, *cells)
        sev = _SEVERITY_RE.match(detail_raw)
        detail, severity = (sev[1].strip(), sev[2].strip()) if sev else (detail_raw, None)
        what = translate("Import", "{category}: {detail}").format(
            category=category or translate("Import", "row"),
            detail=detail_raw or amount or translate("Import", "(empty)"),
        )

        if cat.startswith(SYMPTOM_CATEGORIES) and PAIN_WORDS.search(detail):
            try:
                if amount:
                    rating = check_rating_0_4(amount, "rating/amount")
                elif severity and severity.lower() in SEVERITY:
                    rating = SEVERITY[severity.lower()]
                else:
                    raise ValidationError(
                        "rating/amount",
                        amount or severity or "",
                        translate("Import", "a 0-4 rating or a severity word ({words})").format(
                            words=", ".join(SEVERITY)
                        ),
                        translate("Import", "no rating"),
                    )
            except ValidationError as exc:
                batch.problems.append(RowProblem(line, str(exc)))
                continue
            if uid in seen:
                batch.skipped.append(
                    SkippedItem(line, what, translate("Import", "the same as line {line}").format(line=seen[uid]))
                )
                continue
            seen[uid] = line
            note = f"Bearable: {detail_raw}, rated {rating} on 0-4" + (f"\n{notes}" if notes else "")
            regions = region_for(detail)
            scale.add(
                line, uid, rating, partial(PainEntryDraft, moment, regions=regions, qualities=(), note=note), what
            )
            continue

        rated = next((n for c, n in RATED_FACTORS.items() if cat.startswith(c)), None)
        if rated is not None or cat.startswith("sleep"):
            value, reason = _factor_value(amount, sleep=rated is None)
            if value is None:
                batch.skipped.append(SkippedItem(line, what, reason))
            else:
                factors.scale(rated or SLEEP_FACTOR, moment, value)
            continue

        is_med = cat.startswith(MEDICATION_CATEGORIES)
        if is_med or detail:
            try:
                match = matcher.match(detail) if detail else None
            except ValidationError as exc:
                batch.problems.append(RowProblem(line, str(exc)))
                continue
            if is_med and matcher.skipped_by_person(detail):
                batch.skipped.append(SkippedItem(line, what, translate("Import", "you chose to skip this medication")))
                continue
            dose_text = amount if is_med and amount else None
            if names_a_medication(match, detail, taken=is_med):
                used = medications.use(detail, dose_text, line=line, batch=batch)
                if used is not None:
                    matcher.used[detail] = used.mapping()
                    add_record(batch, seen, line, uid, used.session(moment, note=notes), what)
                continue
            if match is None and is_med and detail:
                match_key, details = GENERIC_MEDICATION, detail
                matcher.used.setdefault(
                    detail,
                    TherapyMatch(
                        GENERIC_MEDICATION,
                        "Medication",
                        detail,
                        QT_TRANSLATE_NOOP("Import", "a medication in Bearable"),
                    ),
                )
            elif match is not None:
                match_key, details = match.key, match.details
            else:
                match_key = None
            if match_key is not None and (
                not options.known_therapies or match_key in {t.key for t in options.known_therapies}
            ):
                draft = session_dose(dose_text).session(match_key, moment, details=details, note=notes)
                add_record(batch, seen, line, uid, draft, what)
                continue
        own = (
            factors.factor(detail, FactorKind.YESNO)
            if detail and cat.startswith(FACTOR_CATEGORIES) and not matcher.skipped_by_person(detail)
            else None
        )
        if own is not None and own.kind is FactorKind.YESNO:
            factors.yes(detail, moment)
            continue
        skipped_categories[category or translate("Import", "(no category)")] += 1
        reason = (
            translate("Import", "a symptom that is not pain")
            if cat.startswith(SYMPTOM_CATEGORIES)
            else translate("Import", 'not pain and not a therapy BackJournal knows (use --map "NAME=KEY" to map it)')
            if detail
            else translate("Import", "nothing BackJournal records")
        )
        batch.skipped.append(SkippedItem(line, what, reason))

    scale.finish(batch)
    factors.finish(batch, no_on_entry_days=False)
    medications.finish(batch)
    batch.mappings.extend(matcher.describe())
    for placed, n in sorted(times_placed.items()):
        batch.mappings.append(translate("Import", "time of day {placed} (%n rows)", None, n).format(placed=placed))
    if summary := summarise_counter(translate("Import", "skipped categories"), skipped_categories):
        batch.mappings.append(summary)
    return batch

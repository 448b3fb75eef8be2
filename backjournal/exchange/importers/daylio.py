"""Daylio CSV export: ``full_date,date,weekday,time,mood,activities,note_title,note``.

Daylio has no pain scale. What maps: each activity that names a therapy (matched by name, by a list
of common names in English and German, or by the person's ``--map``) becomes a session at the
entry's time (an activity naming a medicine, "Ibuprofen" or "Ibuprofen 400mg", becomes a session of
the journal's medication of that name or a new one: common.NamedMedications, as for Bearable and
Flaredown; an unknown name counts as a medicine only with a dose written after it), with the mood
word and the note kept in the session's note. The mood is a 5-point word scale and is never turned
into a pain score. Entries with no therapy activity are skipped and listed. The mood becomes the
person's own factor "Daylio mood (1-5)" (awful 1 … rad 5, German words too; never stretched to 0-10;
the day's latest entry counts), and each activity that is not a therapy a yes/no factor of its name:
yes on the days an entry has it, no on the other days with an entry. Exports are localised (German
dates, weekday names and moods): only ``full_date`` and ``time`` are read for the moment, and the
mood is kept as the word it is.
"""

from __future__ import annotations

import re
from collections import Counter

from backjournal.domain.errors import RowProblem, ValidationError
from backjournal.domain.factors import FactorKind
from backjournal.domain.models import TherapySessionDraft
from backjournal.exchange.batch import ImportBatch, ImportOptions, SkippedItem, stable_uid
from backjournal.exchange.importers.common import (
    NamedMedications,
    TherapyMatcher,
    add_record,
    header_index,
    local_moment,
    names_a_medication,
    parse_date,
    parse_time,
    split_dose,
    summarise_counter,
)
from backjournal.exchange.importers.factors import FactorCollector
from backjournal.exchange.textio import csv_rows
from backjournal.i18n import translate

FORMAT = "daylio"
MOOD_FACTOR = "Daylio mood (1-5)"
#: Daylio's five default moods (English and German exports); custom mood names are not guessed.
MOODS = {
    "rad": 5,
    "super": 5,
    "good": 4,
    "gut": 4,
    "meh": 3,
    "okay": 3,
    "ok": 3,
    "so lala": 3,
    "naja": 3,
    "bad": 2,
    "schlecht": 2,
    "awful": 1,
    "schrecklich": 1,
    "furchtbar": 1,
}
_SPLIT = re.compile(r"\s*\|\s*")


def looks_like(header: list[str]) -> bool:
    names = set(header_index(header))
    return {"full_date", "mood", "activities"} <= names


def parse(text: str, *, options: ImportOptions, name: str = "the file") -> ImportBatch:
    batch = ImportBatch(format=FORMAT)
    rows = csv_rows(text, name=name)
    first = next(rows, None)
    if first is None:
        return batch
    col = header_index(first[1])
    matcher = TherapyMatcher(options)
    medications = NamedMedications(options)
    seen: dict[str, int] = {}
    unmatched: Counter[str] = Counter()
    known = {t.key for t in options.known_therapies}
    factors = FactorCollector(FORMAT)
    unknown_moods: Counter[str] = Counter()

    def get(cells: list[str], key: str) -> str:
        i = col.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    for line, cells in rows:
        batch.rows_read += 1
        try:
            day = parse_date(get(cells, "full_date"), "full_date")
            at_time, _ = parse_time(get(cells, "time"), "time")
        except ValidationError as exc:
            batch.problems.append(RowProblem(line, str(exc)))
            continue
        moment = local_moment(day, at_time)
        mood = " ".join(get(cells, "mood").split())
        title = get(cells, "note_title").strip()
        body = get(cells, "note").strip()
        note_parts = [f"Daylio mood: {mood}" if mood else None, title or None, body or None]
        note = "\n".join(p for p in note_parts if p) or None
        activities = [a for a in _SPLIT.split(get(cells, "activities").strip()) if a]
        factors.entry_day(day)
        if mood:
            if mood.lower() in MOODS:
                factors.scale(MOOD_FACTOR, moment, MOODS[mood.lower()])
            else:
                unknown_moods[mood] += 1
        made = 0
        for activity in activities:
            try:
                match = matcher.match(activity)
            except ValidationError as exc:
                batch.problems.append(RowProblem(line, str(exc)))
                continue
            uid = stable_uid(FORMAT, get(cells, "full_date"), get(cells, "time"), activity, mood, title, body)
            # Daylio says nothing was taken: a name the list does not know is a medicine only with a dose.
            if names_a_medication(match, activity, taken=split_dose(activity)[1] is not None):
                used = medications.use(activity, None, line=line, batch=batch)
                if used is not None:
                    matcher.used[" ".join(activity.split())] = used.mapping()
                    add_record(batch, seen, line, uid, used.session(moment, note=note), f"{day} {activity}")
                    made += 1
                continue
            if match is None or (known and match.key not in known):
                own = None if matcher.skipped_by_person(activity) else factors.factor(activity, FactorKind.YESNO)
                if own is not None and own.kind is FactorKind.YESNO:
                    factors.yes(activity, moment)
                    made += 1
                else:
                    unmatched[activity] += 1
                continue
            draft = TherapySessionDraft(match.key, moment, details=match.details, note=note)
            add_record(batch, seen, line, uid, draft, f"{day} {activity}")
            made += 1
        if not made and not (mood and mood.lower() in MOODS):
            what = translate("Import", "entry of {day}").format(day=day) + (f" ({mood})" if mood else "")
            reason = translate("Import", "no activity and no mood BackJournal records; a mood is never a pain score")
            batch.skipped.append(SkippedItem(line, what, reason))
    medications.finish(batch)
    factors.finish(batch, no_on_entry_days=True)
    if summary := summarise_counter(
        translate("Import", "moods that are not Daylio's five default words (not imported)"), unknown_moods
    ):
        batch.mappings.append(summary)
    batch.mappings.extend(matcher.describe())
    if summary := summarise_counter(
        translate("Import", 'activities that are not therapies (ignored; map one with --map "NAME=KEY")'), unmatched
    ):
        batch.mappings.append(summary)
    return batch

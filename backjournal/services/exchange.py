"""Export and import: the journal out to CSV / JSON / FHIR, and files back in, all or nothing.

Import runs in two steps so a person can see what will happen before anything is written:

    plan = exchange.prepare(path)          # read, decode, detect, parse and validate EVERYTHING
    print(plan.preview_lines())            # what is new, already there, skipped, how scales map
    result = exchange.apply(plan)          # one transaction: every new record, or none

``prepare`` raises ``ImportRejectedError`` (every bad row with its line and reason) or another
``ImportFileError``; it never writes. ``apply`` writes in one unit of work (user-defined therapy
types first, then each kind of record with one bulk insert), so a failure half-way (a full disk, a
bug) rolls everything back. Re-importing a file adds nothing twice: records keep
their uid (ours) or get a uuid5 computed from the row (foreign files).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from backjournal import __version__
from backjournal.domain.courses import EXPORT_KEY as COURSES_KEY
from backjournal.domain.courses import Course, course_as_dict, course_from_dict
from backjournal.domain.errors import (
    BackJournalError,
    ImportFileError,
    ImportRejectedError,
    RowProblem,
    ValidationError,
)
from backjournal.domain.factors import Factor, FactorDay, FactorKind
from backjournal.domain.models import (
    JournalRecord,
    PainEntry,
    PainEntryDraft,
    PegDraft,
    RecordKind,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
    shown_name,
)
from backjournal.domain.periods import SETTING_KEY as PERIODS_KEY
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.timeutil import utc_now
from backjournal.domain.trials import EXPORT_KEY as TRIALS_KEY
from backjournal.domain.trials import Trial, trial_as_dict, trial_from_dict
from backjournal.exchange import csv_io, fhir, json_io
from backjournal.exchange.batch import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_ROWS,
    Draft,
    ImportBatch,
    ImportedRecord,
    ImportOptions,
    ScaleNotice,
    SkippedItem,
)
from backjournal.exchange.importers import FOREIGN_FORMATS, detect_foreign, parse_foreign
from backjournal.exchange.sniff import header_problem
from backjournal.exchange.textio import csv_rows, decode_text, read_file_bytes
from backjournal.fileio import atomic_writer
from backjournal.i18n import QT_TRANSLATE_NOOP, active_language, grouped, translate, use_language
from backjournal.services.identity import SETTING_KEY as IDENTITY_KEY
from backjournal.services.identity import ensure_journal_id, valid_journal_id
from backjournal.services.journal import JournalService
from backjournal.storage.repositories import AnyRecordRepository, DraftWithIdentity
from backjournal.storage.unit_of_work import UnitOfWork, UnitOfWorkFactory


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    JSON = "json"
    FHIR = "fhir"


#: Formats ``import`` understands; ``--format`` takes these names.
IMPORT_FORMATS = {
    "csv": csv_io.FORMAT,
    "json": json_io.FORMAT,
    **{name: name for name in FOREIGN_FORMATS},
}
IMPORT_FORMATS_HELP = ", ".join(IMPORT_FORMATS)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    pain: int
    sessions: int
    peg: int

    @property
    def total(self) -> int:
        return self.pain + self.sessions + self.peg


@dataclass
class ImportPlan:
    """What an import will do, computed against the journal as it is now. Nothing is written yet."""

    source: Path
    batch: ImportBatch
    new: list[ImportedRecord]
    already: int
    new_therapies: list[TherapyType]
    therapy_notes: dict[str, str]
    settings: dict[str, Any]
    kept: list[str] = field(default_factory=list)
    #: Marked periods of the file whose uid the journal does not have yet.
    periods: list[MarkedPeriod] = field(default_factory=list)
    #: Therapy courses and personal trials of the file (JSON) whose uid the journal does not have yet.
    courses: list[Course] = field(default_factory=list)
    trials: list[Trial] = field(default_factory=list)
    #: Own factors to add / built-in factors to turn on, and factor values for days without one.
    new_factors: list[Factor] = field(default_factory=list)
    enable_factors: list[str] = field(default_factory=list)
    factor_values: list[FactorDay] = field(default_factory=list)

    @property
    def format(self) -> str:
        return self.batch.format

    @property
    def skipped(self) -> list[SkippedItem]:
        return self.batch.skipped

    @property
    def scales(self) -> list[ScaleNotice]:
        return self.batch.scales

    @property
    def needs_scale_choice(self) -> bool:
        return bool(self.batch.undecided_scales)

    def counts(self) -> dict[str, int]:
        out = {"pain": 0, "session": 0, "peg": 0}
        for r in self.new:
            out[_kind(r.draft).value] += 1
        return out

    def summary(self) -> str:
        c = self.counts()
        n_pain, n_sessions, n_peg = c["pain"], c["session"], c["peg"]
        # plain names as counts: lupdate does not see a message whose count is a subscript or a call
        pain = translate("Import", "%n pain entries", None, n_pain)
        sessions = translate("Import", "%n therapy sessions", None, n_sessions)
        peg = translate("Import", "%n PEG check-ins", None, n_peg)
        return translate(
            "Import", "To import: {pain}, {sessions}, {peg}; already in the journal: {already}; skipped: {skipped}"
        ).format(
            pain=pain,
            sessions=sessions,
            peg=peg,
            already=self.already,
            skipped=len(self.skipped),
        )

    def preview_lines(self, *, limit: int = 20) -> list[str]:
        """Plain lines for a terminal or a dialog: what will be imported, skipped, and how it maps."""
        fmt = _FORMAT_NAMES.get(self.format)
        lines = [
            translate("Import", "File: {name} ({format})").format(
                name=self.source.name, format=translate("Import", fmt) if fmt else self.format
            ),
            self.summary() + ".",
        ]
        if self.courses or self.trials:
            lines.append(
                translate("Import", "Therapy courses to add: {courses}; personal trials to add: {trials}").format(
                    courses=len(self.courses), trials=len(self.trials)
                )
            )
        if self.periods:
            lines.append(
                translate("Import", "Marked periods to add: {periods}").format(
                    periods=", ".join(f"{p.label} ({p.start} – {p.end})" for p in self.periods)
                )
            )
        if self.new_factors:
            lines.append(
                translate("Import", "New factors: {factors}").format(
                    factors=", ".join(f"{f.name} ({f.kind.label})" for f in self.new_factors)
                )
            )
        if self.factor_values:
            lines.append(
                translate("Import", "Daily factor values to add: {count}").format(count=len(self.factor_values))
            )
        medications = [t for t in self.new_therapies if t.is_medication]
        others = [t for t in self.new_therapies if not t.is_medication]
        if medications:
            lines.append(
                translate("Import", "New medications: {medications}").format(
                    medications=", ".join(f"{t.name} ({t.drug_class})" for t in medications)
                )
            )
        if others:
            lines.append(
                translate("Import", "New therapy types: {therapies}").format(
                    therapies=", ".join(f"{t.name} ({t.category.value})" for t in others)
                )
            )
        lines.extend(translate("Import", "Scale: {text}").format(text=s.describe()) for s in self.scales)
        lines.extend(translate("Import", "Mapped: {text}").format(text=m) for m in self.batch.mappings)
        lines.extend(translate("Import", "Kept: {text}").format(text=k) for k in self.kept)
        if self.skipped:
            lines.append(translate("Import", "Skipped ({count}):").format(count=len(self.skipped)))
            lines.extend(f"  {s}" for s in self.skipped[:limit])
            if len(self.skipped) > limit:
                lines.append("  " + translate("Import", "… and {count} more").format(count=len(self.skipped) - limit))
        return lines


@dataclass(frozen=True)
class ImportResult:
    pain: int
    sessions: int
    peg: int
    therapies: int
    already: int
    skipped: int
    periods: int = 0
    factor_values: int = 0
    factors: int = 0

    @property
    def total(self) -> int:
        return self.pain + self.sessions + self.peg


_FORMAT_NAMES = {
    csv_io.FORMAT: QT_TRANSLATE_NOOP("Import", "BackJournal CSV"),
    json_io.FORMAT: QT_TRANSLATE_NOOP("Import", "BackJournal JSON"),
    "bearable": QT_TRANSLATE_NOOP("Import", "Bearable CSV export"),
    "daylio": QT_TRANSLATE_NOOP("Import", "Daylio CSV export"),
    "flaredown": QT_TRANSLATE_NOOP("Import", "Flaredown CSV export"),
}


def _kind(draft: Draft) -> RecordKind:
    if isinstance(draft, PainEntryDraft):
        return RecordKind.PAIN
    if isinstance(draft, TherapySessionDraft):
        return RecordKind.SESSION
    assert isinstance(draft, PegDraft)
    return RecordKind.PEG


def _repo(uow: UnitOfWork, kind: RecordKind) -> AnyRecordRepository:
    repos: dict[RecordKind, AnyRecordRepository] = {
        RecordKind.PAIN: uow.pain,
        RecordKind.SESSION: uow.sessions,
        RecordKind.PEG: uow.peg,
    }
    return repos[kind]


def _moment(record: JournalRecord) -> datetime:
    if isinstance(record, PainEntry):
        return record.felt_at
    if isinstance(record, TherapySession):
        return record.started_at
    return record.answered_at


_Read = TypeVar("_Read", Course, Trial)


def _new_by_uid(
    raw: object, key: str, reader: Callable[[object], _Read], have: set[str], problems: list[RowProblem]
) -> list[_Read]:
    """The items of ``settings[key]`` (courses or trials) whose uid the journal does not have yet;
    an unreadable one is a problem."""
    if not isinstance(raw, list):
        problems.append(RowProblem(1, translate("Import", "settings.{key} must be a list").format(key=key)))
        return []
    out: list[_Read] = []
    for item in raw:
        try:
            read = reader(item)
        except ValidationError as exc:
            problems.append(RowProblem(1, f"settings.{key}: {exc}"))
            continue
        if read.uid in have:
            continue
        have.add(read.uid)
        out.append(read)
    return out


class ExchangeService:
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory,
        journal: JournalService | None = None,
        max_bytes: int = MAX_IMPORT_BYTES,
        max_rows: int = MAX_IMPORT_ROWS,
    ):
        self._uow = unit_of_work
        self._journal = journal
        self.max_bytes = max_bytes
        self.max_rows = max_rows

    @property
    def journal(self) -> JournalService | None:
        """The journal service told of imported records (None: nobody is told)."""
        return self._journal

    # ------------------------------------------------------------------ export
    def export(
        self,
        fmt: ExportFormat | str,
        path: str | Path,
        *,
        start: date | None = None,
        end: date | None = None,
        now: datetime | None = None,
    ) -> ExportResult:
        """Write the journal (or the days start..end) to ``path`` atomically, readable by the user only."""
        try:
            fmt = ExportFormat(fmt)
        except ValueError:
            raise ValidationError("format", fmt, ", ".join(f.value for f in ExportFormat)) from None
        if start and end and end < start:
            raise ValidationError(
                "--to",
                end.isoformat(),
                translate("Errors", "a day on or after {day}").format(day=start.isoformat()),
                translate("Errors", "is before --from"),
            )
        now = now or utc_now()
        with self._uow() as uow:
            pain = uow.pain.list(start, end)
            sessions = uow.sessions.list(start, end)
            peg = uow.peg.list(start, end)
            therapies = uow.therapies.all()
            settings = uow.settings.all()
            periods = uow.periods.all()
            courses = uow.courses.all()
            trials = uow.trials.all()
            factors = uow.factors.all()
            factor_values = uow.factors.values(start, end)
        if periods:  # carried in the JSON export's settings, as before they had their own table
            settings[PERIODS_KEY] = [p.as_dict() for p in periods]
        if courses:  # the same way (docs/formats.md): added once by their uid on import
            settings[COURSES_KEY] = [course_as_dict(c) for c in courses]
        if trials:
            settings[TRIALS_KEY] = [trial_as_dict(t) for t in trials]
        path = Path(path)
        if fmt is ExportFormat.CSV:
            records: list[JournalRecord] = sorted(
                [*pain, *sessions, *peg], key=lambda r: (_moment(r).timestamp(), r.uid)
            )
            with atomic_writer(path) as fh:
                csv_io.write_csv(records, fh)
        elif fmt is ExportFormat.JSON:
            doc = json_io.journal_document(
                therapies=therapies,
                pain=pain,
                sessions=sessions,
                peg=peg,
                settings=settings,
                exported_at=now,
                app_version=__version__,
                start=start,
                end=end,
                factors=factors,
                factor_values=factor_values,
            )
            with atomic_writer(path) as fh:
                fh.write(json_io.dumps(doc).encode("utf-8"))
        else:
            bundle = fhir.build_bundle(
                pain=pain,
                sessions=sessions,
                peg=peg,
                generated_at=now,
                app_version=__version__,
                journal_id=ensure_journal_id(self._uow),
            )
            with atomic_writer(path) as fh:
                fh.write(fhir.dumps(bundle).encode("utf-8"))
        return ExportResult(path, fmt, len(pain), len(sessions), len(peg))

    # ------------------------------------------------------------------ import
    def known_therapies(self) -> tuple[TherapyType, ...]:
        with self._uow() as uow:
            return tuple(uow.therapies.all())

    def read(self, path: str | Path, *, fmt: str | None = None, options: ImportOptions | None = None) -> ImportBatch:
        """Read and validate a file into a batch. Raises ImportFileError / ImportRejectedError."""
        path = Path(path)
        options = options or ImportOptions()
        if not options.known_therapies:
            options = replace(options, known_therapies=self.known_therapies())
        if fmt is not None and fmt not in IMPORT_FORMATS:
            raise ValidationError("--format", fmt, IMPORT_FORMATS_HELP)
        return _read_batch(path, fmt, options, self.max_bytes, self.max_rows)

    def read_apart(
        self,
        path: str | Path,
        *,
        fmt: str | None = None,
        options: ImportOptions | None = None,
        check: Callable[[], None] = lambda: None,
    ) -> ImportBatch:
        """As ``read``, but the file is read and checked in a child process started with 'spawn' (pure
        Python work that, in a worker thread, competes with the window's thread for the GIL: issue 12,
        the import's stall). The batch comes back in chunks, each unpickled on its own, so this thread
        never holds the GIL for long either. ``check`` may raise (Cancel): the child is stopped."""
        import pickle

        from backjournal.services.apart import child_process

        path = Path(path)
        options = options or ImportOptions()
        if not options.known_therapies:
            options = replace(options, known_therapies=self.known_therapies())
        if fmt is not None and fmt not in IMPORT_FORMATS:
            raise ValidationError("--format", fmt, IMPORT_FORMATS_HELP)

        def stopped(code: int | None) -> Exception:
            return ImportFileError(
                translate(
                    "Import",
                    "{name} could not be read: the reading process stopped (exit code {code}). Nothing was imported.",
                ).format(name=path.name, code=code)
            )

        parts: list[Any] = []
        with child_process(
            _read_in_child,
            (path, fmt, options, self.max_bytes, self.max_rows, active_language()),
            name="backjournal-import",
            check=check,
            stopped=stopped,
        ) as next_message:
            while (data := next_message()) != b"":
                parts.append(pickle.loads(data))
                check()
        status, payload = parts[0]
        if status == "rejected":
            problems, source = payload
            raise ImportRejectedError(problems, source=source)
        if status == "error":
            exc_type, text = payload
            raise exc_type(text) if exc_type is ImportFileError else BackJournalError(text)
        batch: ImportBatch = payload
        for kind, chunk in parts[1:]:
            getattr(batch, kind).extend(chunk)
        return batch

    def prepare(
        self,
        path: str | Path,
        *,
        fmt: str | None = None,
        options: ImportOptions | None = None,
        apart: bool = False,
        check: Callable[[], None] = lambda: None,
    ) -> ImportPlan:
        """Read and check ``path`` and plan what an import adds. ``apart``: read it in a child process
        (``read_apart``; the window, whose event loop must keep running); the command line reads here."""
        if apart:
            batch = self.read_apart(path, fmt=fmt, options=options, check=check)
        else:
            batch = self.read(path, fmt=fmt, options=options)
        with self._uow() as uow:
            return self._plan(Path(path), batch, uow)

    def _plan(self, source: Path, batch: ImportBatch, uow: UnitOfWork) -> ImportPlan:
        existing = {t.key: t for t in uow.therapies.all()}
        by_name = {t.name.lower(): t for t in existing.values()}
        problems: list[RowProblem] = []
        new_therapies: list[TherapyType] = []
        notes: dict[str, str] = {}
        kept: list[str] = []
        offered = {t.key: t for t in batch.therapies}
        for t in batch.therapies:
            have = existing.get(t.key)
            if have is None:
                clash = by_name.get(t.name.lower())
                if clash is not None:
                    line = next((r.line for r in batch.records if getattr(r.draft, "therapy_key", None) == t.key), 1)
                    problems.append(
                        RowProblem(
                            line,
                            translate(
                                "Import", "therapy {name} ({key}) clashes with {other} ({other_key}) in this journal"
                            ).format(name=repr(t.name), key=t.key, other=repr(clash.name), other_key=clash.key),
                        )
                    )
                    continue
                new_therapies.append(t)
                by_name[t.name.lower()] = t
            elif t.notes and not have.notes:
                notes[t.key] = t.notes
            elif t.notes and have.notes != t.notes:
                kept.append(
                    translate("Import", "your notes on {name} (the file's notes differ)").format(
                        name=shown_name(have.key, have.name)
                    )
                )
        uids = {
            RecordKind.PAIN: uow.pain.uids(),
            RecordKind.SESSION: uow.sessions.uids(),
            RecordKind.PEG: uow.peg.uids(),
        }
        new: list[ImportedRecord] = []
        already = 0
        for r in batch.records:
            kind = _kind(r.draft)
            draft = r.draft
            if (
                isinstance(draft, TherapySessionDraft)
                and draft.therapy_key not in existing
                and draft.therapy_key not in offered
            ):
                problems.append(
                    RowProblem(
                        r.line,
                        translate(
                            "Import", "therapy: {key} is not a therapy of this journal and the file does not define it"
                        ).format(key=repr(draft.therapy_key)),
                    )
                )
                continue
            if r.uid in uids[kind]:
                already += 1
            else:
                new.append(r)
        if batch.foreign:  # a medication named by another app's file comes with its first new session
            used = {r.draft.therapy_key for r in new if isinstance(r.draft, TherapySessionDraft)}
            new_therapies = [t for t in new_therapies if t.key in used]
        have_periods = uow.periods.uids()
        periods = [p for p in batch.periods if p.uid not in have_periods]
        for p in periods:
            if p.therapy is not None and p.therapy not in existing and p.therapy not in offered:
                problems.append(
                    RowProblem(
                        1,
                        translate(
                            "Import",
                            "marked period {label}: therapy {key} is not a therapy of this journal and the file "
                            "does not define it",
                        ).format(label=repr(p.label), key=repr(p.therapy)),
                    )
                )
        courses = _new_by_uid(
            batch.settings.get(COURSES_KEY, []),
            COURSES_KEY,
            course_from_dict,
            {c.uid for c in uow.courses.all()},
            problems,
        )
        trials = _new_by_uid(
            batch.settings.get(TRIALS_KEY, []), TRIALS_KEY, trial_from_dict, {t.uid for t in uow.trials.all()}, problems
        )
        for course in courses:
            if course.therapy not in existing and course.therapy not in offered:
                problems.append(
                    RowProblem(
                        1,
                        translate(
                            "Import",
                            "therapy course: therapy {key} is not a therapy of this journal and the file does not "
                            "define it",
                        ).format(key=repr(course.therapy)),
                    )
                )
        new_factors, enable, factor_values = self._plan_factors(batch, uow, problems, kept)
        if problems:
            raise ImportRejectedError(sorted(problems, key=lambda p: p.line), source=source.name)
        current = uow.settings.all()
        fresh = not any(uids.values())
        settings = {}
        for k, v in batch.settings.items():
            if k in (COURSES_KEY, TRIALS_KEY):  # journal data, added above by uid
                continue
            if k == IDENTITY_KEY and not valid_journal_id(v):
                kept.append(translate("Import", "this journal's own identity (the file's is not a valid one)"))
            elif k not in current or (fresh and current[k] != v):
                settings[k] = v  # a fresh journal takes over the file's identity: it is the same journal moved
            elif current[k] != v:
                kept.append(
                    translate("Import", "this journal's own identity (the file comes from another journal)")
                    if k == IDENTITY_KEY
                    else translate("Import", "your setting {key} (the file has another value)").format(key=repr(k))
                )
        return ImportPlan(
            source,
            batch,
            new,
            already,
            new_therapies,
            notes,
            settings,
            kept,
            periods,
            courses,
            trials,
            new_factors,
            enable,
            factor_values,
        )

    @staticmethod
    def _plan_factors(
        batch: ImportBatch, uow: UnitOfWork, problems: list[RowProblem], kept: list[str]
    ) -> tuple[list[Factor], list[str], list[FactorDay]]:
        """Factors the file defines that the journal lacks (a name clash is a problem), built-ins it has
        turned on, and its values for days the journal has none of (the journal's own value is kept)."""
        existing = {f.key: f for f in uow.factors.all()}
        by_name = {f.name.lower(): f for f in existing.values()}
        new_factors: list[Factor] = []
        enable: list[str] = []
        for f in batch.factors:
            have = existing.get(f.key)
            if have is None:
                clash = by_name.get(f.name.lower())
                if clash is not None:
                    problems.append(
                        RowProblem(
                            1,
                            translate(
                                "Import", "factor {name} ({key}) clashes with {other} ({other_key}) in this journal"
                            ).format(name=repr(f.name), key=f.key, other=repr(clash.name), other_key=clash.key),
                        )
                    )
                    continue
                new_factors.append(f)
                by_name[f.name.lower()] = f
            elif f.enabled and not have.enabled:
                enable.append(f.key)
        known = {**existing, **{f.key: f for f in new_factors}}
        have_uids = uow.factors.uids()
        have_days = {(v.factor_key, v.day): v for v in uow.factors.values()}
        values: list[FactorDay] = []
        seen: set[tuple[str, date]] = set()
        kept_days = 0
        for v in batch.factor_values:
            if v.factor_key not in known:
                problems.append(
                    RowProblem(
                        1,
                        translate(
                            "Import",
                            "factor value: {key} is not a factor of this journal and the file does not define it",
                        ).format(key=repr(v.factor_key)),
                    )
                )
                continue
            if known[v.factor_key].kind is FactorKind.YESNO and v.value not in (0, 1):
                problems.append(
                    RowProblem(
                        1,
                        translate(
                            "Import", "factor value: {name} on {day} is {value}; allowed: 1 (yes) or 0 (no)"
                        ).format(name=known[v.factor_key].name, day=v.day, value=v.value),
                    )
                )
                continue
            if v.uid in have_uids or (v.factor_key, v.day) in seen:
                continue
            mine = have_days.get((v.factor_key, v.day))
            if mine is not None:
                if mine.value != v.value:
                    kept_days += 1
                continue
            seen.add((v.factor_key, v.day))
            values.append(v)
        if kept_days:
            kept.append(
                translate("Import", "your own factor values on %n days (the file has other values)", None, kept_days)
            )
        return new_factors, enable, values

    def apply(self, plan: ImportPlan) -> ImportResult:
        """Write a prepared plan in ONE transaction; records that appeared meanwhile are not added twice."""
        if plan.needs_scale_choice:
            names = "; ".join(s.describe() for s in plan.batch.undecided_scales)
            raise ImportFileError(
                translate(
                    "Import", "Choose how to treat ratings that are not on the 0-10 scale first: {names}."
                ).format(names=names)
            )
        counts = {RecordKind.PAIN: 0, RecordKind.SESSION: 0, RecordKind.PEG: 0}
        already = plan.already
        with self._uow() as uow:
            have = {t.key for t in uow.therapies.all()}
            added_types = 0
            for t in plan.new_therapies:
                if t.key not in have:
                    uow.therapies.add(t)
                    added_types += 1
            for key, text in plan.therapy_notes.items():
                uow.therapies.set_notes(key, text)
            uids = {
                RecordKind.PAIN: uow.pain.uids(),
                RecordKind.SESSION: uow.sessions.uids(),
                RecordKind.PEG: uow.peg.uids(),
            }
            todo: dict[RecordKind, list[DraftWithIdentity]] = {kind: [] for kind in counts}
            for r in plan.new:
                kind = _kind(r.draft)
                if r.uid in uids[kind]:
                    already += 1
                    continue
                todo[kind].append(DraftWithIdentity(r.draft, r.uid, r.created_at, r.updated_at))
                uids[kind].add(r.uid)
            for kind, records in todo.items():
                counts[kind] = _repo(uow, kind).add_many(records)
            for k, v in plan.settings.items():
                uow.settings.set(k, v)
            have_periods = uow.periods.uids()
            added_periods = 0
            for period in plan.periods:
                if period.uid not in have_periods:
                    uow.periods.add(period)
                    added_periods += 1
            have_courses = {c.uid for c in uow.courses.all()}
            for course in plan.courses:
                if course.uid not in have_courses:
                    uow.courses.add(course)
            have_trials = {t.uid for t in uow.trials.all()}
            for trial in plan.trials:
                if trial.uid not in have_trials:
                    uow.trials.add(trial)
            added_factors, added_values = self._apply_factors(plan, uow)
        result = ImportResult(
            counts[RecordKind.PAIN],
            counts[RecordKind.SESSION],
            counts[RecordKind.PEG],
            added_types,
            already,
            len(plan.skipped),
            added_periods,
            added_values,
            added_factors,
        )
        if self._journal is not None:  # the open window refreshes what the import changed
            kinds = {k for k, n in counts.items() if n}
            if added_types or plan.therapy_notes:
                kinds.add(RecordKind.THERAPY)
            if added_factors or added_values or plan.enable_factors:
                kinds.add(RecordKind.FACTOR)
            if kinds:
                self._journal.notify(kinds)
        return result

    @staticmethod
    def _apply_factors(plan: ImportPlan, uow: UnitOfWork) -> tuple[int, int]:
        have = {f.key for f in uow.factors.all()}
        added = 0
        for f in plan.new_factors:
            if f.key not in have:
                uow.factors.add(f)
                added += 1
        for key in plan.enable_factors:
            uow.factors.set_enabled(key, True)
        have_uids = uow.factors.uids()
        values = 0
        for v in plan.factor_values:
            if v.uid in have_uids or uow.factors.value_on(v.factor_key, v.day) is not None:
                continue  # written meanwhile: the journal's own value stays
            uow.factors.set_value(v.factor_key, v.day, v.value, uid=v.uid)
            values += 1
        return added, values

    def import_file(
        self, path: str | Path, *, fmt: str | None = None, options: ImportOptions | None = None
    ) -> ImportResult:
        return self.apply(self.prepare(path, fmt=fmt, options=options))


def _read_batch(path: Path, fmt: str | None, options: ImportOptions, max_bytes: int, max_rows: int) -> ImportBatch:
    """``ExchangeService.read`` after its checks: read, decode, parse and validate (no journal needed)."""
    text = decode_text(read_file_bytes(path, limit=max_bytes), name=path.name)
    kind = IMPORT_FORMATS[fmt] if fmt else detect_format(text, name=path.name)
    if kind == json_io.FORMAT:
        batch = json_io.parse_json(text, name=path.name)
    elif kind == csv_io.FORMAT:
        batch = csv_io.parse_csv(text, name=path.name)
    else:
        batch = parse_foreign(kind, text, options=options, name=path.name)
    if batch.rows_read > max_rows:
        raise ImportFileError(
            translate(
                "Import", "{name} has {rows} rows; at most {max_rows} can be imported at once. Split the file."
            ).format(name=path.name, rows=grouped(batch.rows_read), max_rows=grouped(max_rows))
        )
    if batch.problems:
        raise ImportRejectedError(sorted(batch.problems, key=lambda p: p.line), source=path.name)
    return batch


CHUNK = 2000  # records per message from the reading process: each unpickles in a few milliseconds


def _read_in_child(
    send: Any, path: Path, fmt: str | None, options: ImportOptions, max_bytes: int, max_rows: int, language: str
) -> None:
    """``ExchangeService.read_apart``'s child process. Sends pickled messages, then b"": first
    ("ok", the batch without its records and factor values), then (list name, a chunk of it) pairs;
    or ("rejected", (problems, source)), or ("error", (ImportFileError or BackJournalError, text)).
    ``language``: the parent's, so that the reasons and mappings it writes read as the window does."""
    import pickle

    use_language(language)
    try:
        try:
            batch = _read_batch(path, fmt, options, max_bytes, max_rows)
        except ImportRejectedError as exc:
            send.send_bytes(pickle.dumps(("rejected", (exc.problems, path.name))))
        except BaseException as exc:  # everything goes back to the parent, which raises it
            text = str(exc) if isinstance(exc, BackJournalError) else f"{type(exc).__name__}: {exc}"
            kind = ImportFileError if isinstance(exc, ImportFileError) else BackJournalError
            send.send_bytes(pickle.dumps(("error", (kind, text))))
        else:
            lists: dict[str, list[Any]] = {"records": batch.records, "factor_values": batch.factor_values}
            send.send_bytes(pickle.dumps(("ok", replace(batch, records=[], factor_values=[]))))
            for kind_name, items in lists.items():
                for start in range(0, len(items), CHUNK):
                    send.send_bytes(pickle.dumps((kind_name, items[start : start + CHUNK])))
        send.send_bytes(b"")
    finally:
        send.close()


def detect_format(text: str, *, name: str = "the file") -> str:
    """Which format a file is in, from its content (not its name)."""
    text = text.lstrip("\ufeff")
    head = text.lstrip(" \t\r\n")
    if head.startswith(("{", "[")):
        if json_io.looks_like(head):
            return json_io.FORMAT
        if '"resourceType"' in head[:2000]:
            raise ImportFileError(
                translate(
                    "Import",
                    "{name} is a FHIR bundle; BackJournal writes FHIR for physicians' systems but imports its own "
                    "JSON or CSV, and Bearable, Daylio or Flaredown CSV.",
                ).format(name=name)
            )
        raise ImportFileError(
            translate("Import", "{name} is JSON but not a BackJournal journal; allowed: {allowed}.").format(
                name=name, allowed=IMPORT_FORMATS_HELP
            )
        )
    try:
        first = next(csv_rows(text, name=name, max_rows=1), None)
    except ImportFileError:
        first = None
    if first is not None:
        header = first[1]
        if csv_io.looks_like(header):
            return csv_io.FORMAT
        foreign = detect_foreign(header)
        if foreign:
            return foreign
        problem = header_problem(header, name=name)
        if problem:
            raise ImportFileError(problem)
    raise ImportFileError(
        translate(
            "Import", "{name} is not a format BackJournal can import; allowed: {allowed} (or name one with --format)."
        ).format(name=name, allowed=IMPORT_FORMATS_HELP)
    )

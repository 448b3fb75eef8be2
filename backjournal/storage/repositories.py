"""Repositories: the journal's records in and out of SQLite, as domain objects.

Each repository works inside a Session that the caller's unit of work opened
(``Database.transaction()``); none commits on its own.

Dated records are written one at a time with ``add`` (a person logging an entry: the ORM, one
flush, the stored record back) or many at once with ``add_many`` (an import, the demo journal:
SQLAlchemy Core ``insert()`` with executemany, one statement per table).
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Generic, Literal, NamedTuple, TypeVar, overload

from sqlalchemy import Select, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session

from backjournal.domain.courses import Course, CourseEnd
from backjournal.domain.errors import ConflictError, NotFoundError
from backjournal.domain.models import (
    BodyRegion,
    PainEntry,
    PainEntryDraft,
    PainQuality,
    PegCheckin,
    PegDraft,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
)
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.timeutil import from_utc, offset_minutes, to_utc_naive, utc_now
from backjournal.domain.trials import Trial
from backjournal.storage.aggregates import SessionConnection
from backjournal.storage.plain_reads import (
    CourseReads,
    MarkedPeriodReads,
    PainReads,
    PegReads,
    SessionReads,
    SettingsReads,
    TherapyTypeReads,
    TrialReads,
    course_from_values,
    peg_from_values,
    region_scores,
    session_from_values,
    therapy_from_values,
    trial_from_values,
)
from backjournal.storage.quick_write import pain_entry_columns
from backjournal.storage.tables import (
    Base,
    MarkedPeriodRow,
    PainEntryRow,
    PainQualityRow,
    PainRegionRow,
    PegCheckinRow,
    PersonalTrialRow,
    SettingRow,
    TherapyCourseRow,
    TherapySessionRow,
    TherapyTypeRow,
)


def _table(row_class: type[Base]) -> Table:
    """The table a declarative class maps (typed as a FromClause by the declarative base)."""
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


def _now_naive() -> datetime:
    return to_utc_naive(utc_now())


@overload
def _aware_utc(naive: datetime) -> datetime: ...
@overload
def _aware_utc(naive: datetime | None) -> datetime | None: ...
def _aware_utc(naive: datetime | None) -> datetime | None:
    return None if naive is None else from_utc(naive, 0)


# --------------------------------------------------------------------------- therapy types


def therapy_from_row(row: TherapyTypeRow) -> TherapyType:
    return therapy_from_values(
        (row.id, row.key, row.name, row.category, row.builtin, row.notes, row.drug_class, row.color, row.archived_at)
    )


class TherapyTypeRepository(SessionConnection, TherapyTypeReads):
    """Therapy types; ``all`` and ``find`` are the SQL-text reads of storage/plain_reads.py."""

    def __init__(self, session: Session):
        self.s = session

    def row_for_key(self, key: str) -> TherapyTypeRow:
        row = self.s.scalar(select(TherapyTypeRow).where(TherapyTypeRow.key == key))
        if row is None:
            raise NotFoundError(f"No therapy type with key {key!r}.")
        return row

    def add(self, therapy: TherapyType) -> TherapyType:
        clash = self.s.scalar(
            select(TherapyTypeRow).where(
                (TherapyTypeRow.key == therapy.key) | (func.lower(TherapyTypeRow.name) == therapy.name.lower())
            )
        )
        if clash is not None:
            raise ConflictError(f"A therapy named {clash.name!r} already exists.")
        now = _now_naive()
        row = TherapyTypeRow(
            key=therapy.key,
            name=therapy.name,
            category=therapy.category.value,
            builtin=therapy.builtin,
            notes=therapy.notes,
            drug_class=therapy.drug_class,
            color=therapy.color,
            archived_at=now if therapy.archived else None,
            created_at=now,
            updated_at=now,
        )
        self.s.add(row)
        self.s.flush()
        return therapy_from_row(row)

    def set_notes(self, key: str, notes: str | None) -> TherapyType:
        row = self.row_for_key(key)
        row.notes = notes
        row.updated_at = _now_naive()
        self.s.flush()
        return therapy_from_row(row)

    def change(
        self,
        key: str,
        *,
        name: str | None = None,
        category: str | None = None,
        color: str | Literal[False] | None = False,
        archived: bool | None = None,
        drug_class: str | Literal[False] | None = False,
    ) -> TherapyType:
        """Rename, re-categorise, recolour (None: default colour), archive/unarchive, set the class of
        a therapy type. ``False`` for ``color``/``drug_class`` leaves them as they are."""
        row = self.row_for_key(key)
        if name is not None and name != row.name:
            clash = self.s.scalar(
                select(TherapyTypeRow).where(
                    func.lower(TherapyTypeRow.name) == name.lower(), TherapyTypeRow.id != row.id
                )
            )
            if clash is not None:
                raise ConflictError(f"A therapy named {clash.name!r} already exists.")
            row.name = name
        if category is not None:
            row.category = category
        if color is not False:
            row.color = color
        if drug_class is not False:
            row.drug_class = drug_class
        if archived is not None and archived != (row.archived_at is not None):
            row.archived_at = _now_naive() if archived else None
        row.updated_at = _now_naive()
        self.s.flush()
        return therapy_from_row(row)

    def delete_user_type(self, key: str) -> None:
        row = self.row_for_key(key)
        if row.builtin:
            raise ConflictError(f"{row.name!r} is built in and cannot be removed.")
        used = self.s.scalar(
            select(func.count()).select_from(TherapySessionRow).where(TherapySessionRow.therapy_type_id == row.id)
        )
        if used:
            raise ConflictError(f"{row.name!r} is used by {used} session(s); delete those first.")
        self.s.delete(row)
        self.s.flush()


# --------------------------------------------------------------------------- dated records


class DraftWithIdentity(NamedTuple):
    """A validated draft and the identity it is written with: the uid and timestamps it keeps
    (an import), or None for each to get a new uuid4 and the time of writing."""

    draft: Any  # PainEntryDraft | TherapySessionDraft | PegDraft, matching the repository
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


RowT = TypeVar("RowT", PainEntryRow, TherapySessionRow, PegCheckinRow)
DraftT = TypeVar("DraftT", bound=PainEntryDraft | TherapySessionDraft | PegDraft)
RecordT = TypeVar("RecordT", bound=PainEntry | TherapySession | PegCheckin)


class _RecordRepository(Generic[RowT, DraftT, RecordT]):
    """What pain entries, therapy sessions and PEG check-ins share: a uid, timestamps, a moment
    column in UTC with its offset, soft delete. Subclasses name their row class, the moment column,
    how a row becomes a domain record and how a draft fills a row."""

    row_class: type[RowT]
    moment_column: str
    label: str

    def __init__(self, session: Session):
        self.s = session

    # subclass hooks
    def _to_domain(self, row: RowT) -> RecordT:
        raise NotImplementedError

    def _columns(self, draft: DraftT) -> dict[str, Any]:
        """The record's own column values from a draft (not its identity, not child rows)."""
        raise NotImplementedError

    def _fill(self, row: RowT, draft: DraftT) -> None:
        for name, value in self._columns(draft).items():
            setattr(row, name, value)

    def _insert_rows(self, rows: builtins.list[dict[str, Any]], drafts: builtins.list[DraftT]) -> dict[str, int] | None:
        """Write the rows built by ``add_many`` (and any child rows of ``drafts``, in the same order);
        a subclass that needs the new ids returns them by uid."""
        self.s.connection().execute(insert(_table(self.row_class)), rows)
        return None

    def _extra_filters(self, q: Select[Any], **filters: Any) -> Select[Any]:
        return q

    # shared behaviour
    def _row(self, record_id: int) -> RowT:
        row = self.s.get(self.row_class, record_id)
        if row is None:
            raise NotFoundError(f"No {self.label} with id {record_id}.")
        return row

    def get(self, record_id: int) -> RecordT:
        return self._to_domain(self._row(record_id))

    @staticmethod
    def _identity(
        uid: str | None, created_at: datetime | None, updated_at: datetime | None, now: datetime
    ) -> dict[str, Any]:
        return {
            "uid": uid or str(uuid.uuid4()),
            "created_at": to_utc_naive(created_at) if created_at else now,
            "updated_at": to_utc_naive(updated_at) if updated_at else now,
        }

    def add(
        self,
        draft: DraftT,
        *,
        uid: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> RecordT:
        row = self.row_class(**self._identity(uid, created_at, updated_at, _now_naive()))
        self._fill(row, draft)
        self.s.add(row)
        self.s.flush()
        return self._to_domain(row)

    def add_many(self, drafts_with_identity: Iterable[DraftWithIdentity]) -> int:
        """Write many validated drafts in the caller's transaction with executemany; returns how many.

        Each keeps its uid and timestamps as ``add`` would (new ones where None). The uids must
        not be in the journal yet (the caller dedupes; a clash raises IntegrityError and the
        caller's transaction rolls back). Ids follow the order given.
        """
        records = list(drafts_with_identity)
        if not records:
            return 0
        now = _now_naive()
        rows = [
            {**self._identity(uid, created_at, updated_at, now), "deleted_at": None, **self._columns(draft)}
            for draft, uid, created_at, updated_at in records
        ]
        self._insert_rows(rows, [r.draft for r in records])
        return len(rows)

    def update(self, record_id: int, draft: DraftT) -> RecordT:
        row = self._row(record_id)
        self._fill(row, draft)
        row.updated_at = _now_naive()
        self.s.flush()
        return self._to_domain(row)

    def set_deleted(self, record_id: int, deleted: bool) -> RecordT:
        row = self._row(record_id)
        row.deleted_at = _now_naive() if deleted else None
        self.s.flush()
        return self._to_domain(row)

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(self.row_class.uid)))

    def count(self) -> int:
        cls = self.row_class
        return self.s.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))) or 0

    def purge_deleted(self) -> int:
        cls = self.row_class
        ids = list(self.s.scalars(select(cls.id).where(cls.deleted_at.is_not(None))))
        if ids:
            self.s.execute(delete(cls).where(cls.id.in_(ids)))
        return len(ids)


#: Any of the three record repositories (the services pick one by the record's kind).
AnyRecordRepository = _RecordRepository[Any, Any, Any]


def pain_from_row(row: PainEntryRow) -> PainEntry:
    return PainEntry(
        id=row.id,
        uid=row.uid,
        felt_at=from_utc(row.felt_at_utc, row.utc_offset_min),
        score=row.score,
        regions=tuple(BodyRegion(r.region) for r in row.regions),
        qualities=tuple(PainQuality(q.quality) for q in row.qualities),
        note=row.note,
        created_at=_aware_utc(row.created_at),
        updated_at=_aware_utc(row.updated_at),
        deleted_at=_aware_utc(row.deleted_at),
        region_scores=region_scores([r.score for r in row.regions]),
    )


class PainEntryRepository(SessionConnection, PainReads, _RecordRepository[PainEntryRow, PainEntryDraft, PainEntry]):
    """``list`` is storage/plain_reads.py ``PainReads.list`` (one SQL for the ORM and the light read)."""

    def __init__(self, session: Session):
        _RecordRepository.__init__(self, session)

    row_class, moment_column, label = PainEntryRow, "felt_at_utc", "pain entry"

    def _to_domain(self, row: PainEntryRow) -> PainEntry:
        return pain_from_row(row)

    def _columns(self, draft: PainEntryDraft) -> dict[str, Any]:
        return pain_entry_columns(draft)  # the same values as the one-entry path (storage/quick_write.py)

    def _fill(self, row: PainEntryRow, draft: PainEntryDraft) -> None:
        super()._fill(row, draft)
        row.regions = [
            PainRegionRow(region=r.value, position=i, score=s)
            for i, (r, s) in enumerate(zip(draft.regions, _scores_or_none(draft), strict=True))
        ]
        row.qualities = [PainQualityRow(quality=q.value, position=i) for i, q in enumerate(draft.qualities)]

    def add(
        self,
        draft: PainEntryDraft,
        *,
        uid: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> PainEntry:
        """As the base class, but as Core inserts (the entry, then its regions and qualities), not
        through the ORM's flush: ``backjournal log pain`` then never configures the mappers, a fixed
        cost of every such command (issue 12)."""
        assert draft.score is not None  # a validated draft has its overall score
        row = {**self._identity(uid, created_at, updated_at, _now_naive()), "deleted_at": None, **self._columns(draft)}
        entry_id = self._insert_rows([row], [draft])[row["uid"]]
        return PainEntry(
            id=entry_id,
            uid=row["uid"],
            felt_at=from_utc(row["felt_at_utc"], row["utc_offset_min"]),
            score=draft.score,
            regions=tuple(draft.regions),
            qualities=tuple(draft.qualities),
            note=draft.note,
            created_at=_aware_utc(row["created_at"]),
            updated_at=_aware_utc(row["updated_at"]),
            deleted_at=None,
            region_scores=tuple(draft.region_scores),
        )

    def _insert_rows(
        self, rows: builtins.list[dict[str, Any]], drafts: builtins.list[PainEntryDraft]
    ) -> dict[str, int]:
        """Entries first (RETURNING uid, id), then their region and quality rows in their order;
        returns each uid's new id."""
        table = _table(PainEntryRow)
        conn = self.s.connection()
        ids: dict[str, int] = dict(conn.execute(insert(table).returning(table.c.uid, table.c.id), rows).all())
        regions: builtins.list[dict[str, Any]] = []
        qualities: builtins.list[dict[str, Any]] = []
        for row, draft in zip(rows, drafts, strict=True):
            entry_id = ids[row["uid"]]
            regions.extend(
                {"entry_id": entry_id, "region": r.value, "position": i, "score": s}
                for i, (r, s) in enumerate(zip(draft.regions, _scores_or_none(draft), strict=True))
            )
            qualities.extend(
                {"entry_id": entry_id, "quality": q.value, "position": i} for i, q in enumerate(draft.qualities)
            )
        for child, child_rows in ((PainRegionRow, regions), (PainQualityRow, qualities)):
            if child_rows:
                conn.execute(insert(_table(child)), child_rows)
        return ids


def _scores_or_none(draft: PainEntryDraft) -> tuple[int | None, ...]:
    """The score column of each region row of a validated draft: its score, or NULL for every region."""
    return tuple(draft.region_scores) if draft.region_scores else (None,) * len(draft.regions)


def session_from_row(row: TherapySessionRow) -> TherapySession:
    """The mapping of storage/plain_reads.py ``session_from_values`` over an ORM row."""
    t = row.therapy
    return session_from_values(
        (
            row.id,
            row.uid,
            row.started_at_utc,
            row.utc_offset_min,
            row.minutes,
            row.pain_before,
            row.pain_after,
            row.details,
            row.dose,
            row.provider,
            row.note,
            row.created_at,
            row.updated_at,
            row.deleted_at,
            row.dose_amount,
            row.dose_unit,
            row.dose_schedule,
            *(t.id, t.key, t.name, t.category, t.builtin, t.notes, t.drug_class, t.color, t.archived_at),
        )
    )


class TherapySessionRepository(
    SessionConnection, SessionReads, _RecordRepository[TherapySessionRow, TherapySessionDraft, TherapySession]
):
    """``list`` is storage/plain_reads.py ``SessionReads.list`` (one SQL for the ORM and the light read)."""

    row_class, moment_column, label = TherapySessionRow, "started_at_utc", "therapy session"

    def __init__(self, session: Session):
        _RecordRepository.__init__(self, session)
        self.types = TherapyTypeRepository(session)

    def _to_domain(self, row: TherapySessionRow) -> TherapySession:
        return session_from_row(row)

    def _extra_filters(self, q: Select[Any], **filters: Any) -> Select[Any]:
        therapy_keys: set[str] | None = filters.pop("therapy_keys", None)
        if filters:
            raise TypeError(f"therapy sessions cannot be filtered by {', '.join(filters)}")
        if therapy_keys:
            q = q.join(TherapySessionRow.therapy).where(TherapyTypeRow.key.in_(therapy_keys))
        return q

    def latest_therapy_key(self, therapy_keys: set[str]) -> str | None:
        """The therapy key (of ``therapy_keys``) of the latest session not in the trash, or None."""
        if not therapy_keys:
            return None
        return self.s.scalar(
            select(TherapyTypeRow.key)
            .join(TherapySessionRow, TherapySessionRow.therapy_type_id == TherapyTypeRow.id)
            .where(TherapyTypeRow.key.in_(therapy_keys), TherapySessionRow.deleted_at.is_(None))
            .order_by(TherapySessionRow.started_at_utc.desc(), TherapySessionRow.id.desc())
            .limit(1)
        )

    def _columns(self, draft: TherapySessionDraft) -> dict[str, Any]:
        return {
            "started_at_utc": to_utc_naive(draft.started_at),
            "utc_offset_min": offset_minutes(draft.started_at),
            "minutes": draft.minutes,
            "pain_before": draft.pain_before,
            "pain_after": draft.pain_after,
            "details": draft.details,
            "dose": draft.dose,
            "provider": draft.provider,
            "note": draft.note,
            "dose_amount": draft.dose_amount,
            "dose_unit": draft.dose_unit,
            "dose_schedule": draft.dose_schedule,
        }

    def _fill(self, row: TherapySessionRow, draft: TherapySessionDraft) -> None:
        therapy_row = self.types.row_for_key(self.types.find(draft.therapy_key).key)  # before any change
        super()._fill(row, draft)
        row.therapy = therapy_row
        row.therapy_type_id = therapy_row.id

    def _insert_rows(
        self, rows: builtins.list[dict[str, Any]], drafts: builtins.list[TherapySessionDraft]
    ) -> dict[str, int] | None:
        """Each session's therapy resolved as ``add`` does (key, else name), with one query for all keys."""
        ids = dict(self.s.execute(select(TherapyTypeRow.key, TherapyTypeRow.id)).all())
        for key in {d.therapy_key for d in drafts} - ids.keys():
            ids[key] = self.types.row_for_key(self.types.find(key).key).id  # a name, or ValidationError
        for row, draft in zip(rows, drafts, strict=True):
            row["therapy_type_id"] = ids[draft.therapy_key]
        return super()._insert_rows(rows, drafts)


def peg_from_row(row: PegCheckinRow) -> PegCheckin:
    """The mapping of storage/plain_reads.py ``peg_from_values`` over an ORM row."""
    return peg_from_values(
        (
            row.id,
            row.uid,
            row.answered_at_utc,
            row.utc_offset_min,
            row.pain,
            row.enjoyment,
            row.activity,
            row.note,
            row.created_at,
            row.updated_at,
            row.deleted_at,
        )
    )


class PegRepository(SessionConnection, PegReads, _RecordRepository[PegCheckinRow, PegDraft, PegCheckin]):
    """``list`` and ``latest`` are storage/plain_reads.py ``PegReads``'s (one SQL for both paths)."""

    def __init__(self, session: Session):
        _RecordRepository.__init__(self, session)

    row_class, moment_column, label = PegCheckinRow, "answered_at_utc", "PEG check-in"

    def _to_domain(self, row: PegCheckinRow) -> PegCheckin:
        return peg_from_row(row)

    def _columns(self, draft: PegDraft) -> dict[str, Any]:
        return {
            "answered_at_utc": to_utc_naive(draft.answered_at),
            "utc_offset_min": offset_minutes(draft.answered_at),
            "pain": draft.pain,
            "enjoyment": draft.enjoyment,
            "activity": draft.activity,
            "note": draft.note,
        }


# --------------------------------------------------------------------------- settings that are data


class SettingsRepository(SessionConnection, SettingsReads):
    def __init__(self, session: Session):
        self.s = session

    def mark_purge_pending(self) -> None:
        """Remember, in this transaction, that deleted rows still need VACUUM + checkpoint
        (storage/maintenance.py): committed together with the DELETE, so a crash before the compaction
        finishes leaves the mark, and the next open or ``check`` finishes it."""
        from backjournal.storage.maintenance import PURGE_PENDING

        version = self.s.execute(text("PRAGMA user_version")).scalar() or 0
        self.s.execute(text(f"PRAGMA user_version = {int(version) | PURGE_PENDING}"))

    def get(self, key: str, default: Any = None) -> Any:
        table = _table(SettingRow)  # a Core query: opening a journal (its identity) configures no mapper
        value = self.s.connection().execute(select(table.c.value).where(table.c.key == key)).scalar()
        return default if value is None else json.loads(value)

    def set(self, key: str, value: object) -> None:
        row = self.s.get(SettingRow, key)
        text = json.dumps(value, sort_keys=True)
        if row is None:
            self.s.add(SettingRow(key=key, value=text))
        else:
            row.value = text
        self.s.flush()


class MarkedPeriodRepository(SessionConnection, MarkedPeriodReads):
    """Marked periods in the order the charts and ``period list`` show them (by their days)."""

    def __init__(self, session: Session):
        self.s = session

    @staticmethod
    def _to_domain(row: MarkedPeriodRow) -> MarkedPeriod:
        return MarkedPeriod(row.label, row.start_day, row.end_day, row.therapy_key, row.uid)

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(MarkedPeriodRow.uid)))

    def add(self, period: MarkedPeriod) -> MarkedPeriod:
        """Keep a validated period that has its uid; ConflictError when that uid is already kept."""
        if period.uid is None:
            raise ValueError("a marked period is kept with its uid")
        if self.s.scalar(select(MarkedPeriodRow.id).where(MarkedPeriodRow.uid == period.uid)) is not None:
            raise ConflictError(f"The marked period {period.uid} is already in the journal.")
        self.s.add(
            MarkedPeriodRow(
                uid=period.uid,
                label=period.label,
                start_day=period.start,
                end_day=period.end,
                therapy_key=period.therapy,
                created_at=_now_naive(),
            )
        )
        self.s.flush()
        return period

    def remove(self, uid: str) -> MarkedPeriod:
        """Remove the period with this uid; NotFoundError if there is none."""
        row = self.s.scalar(select(MarkedPeriodRow).where(MarkedPeriodRow.uid == uid))
        if row is None:
            raise NotFoundError(f"No marked period with uid {uid}; 'backjournal period list' shows them.")
        period = self._to_domain(row)
        self.s.delete(row)
        self.s.flush()
        return period


class CourseRepository(SessionConnection, CourseReads):
    """Therapy courses (domain.courses.Course), oldest start first."""

    def __init__(self, session: Session):
        self.s = session

    @staticmethod
    def _to_domain(row: TherapyCourseRow) -> Course:
        return course_from_values(
            (
                row.id,
                row.uid,
                row.therapy_key,
                row.start_day,
                row.planned_end_day,
                row.sessions_planned,
                row.per_week,
                row.provider,
                row.goal,
                row.baseline_days,
                row.ended_on,
                row.end_reason,
                row.pgic,
                row.end_note,
            )
        )

    def _row(self, course_id: int) -> TherapyCourseRow:
        row = self.s.get(TherapyCourseRow, course_id)
        if row is None:
            raise NotFoundError(f"No course with id {course_id}; 'backjournal course list' shows them.")
        return row

    def get(self, course_id: int) -> Course:
        return self._to_domain(self._row(course_id))

    def add(self, course: Course) -> Course:
        """Keep ``course`` (validated, therapy key resolved). ``course.id`` 0 gets a new id; another
        id (an undone delete put back) is kept as it was."""
        if self.s.scalar(select(TherapyCourseRow.id).where(TherapyCourseRow.uid == course.uid)) is not None:
            raise ConflictError(f"The course {course.uid} is already in the journal.")
        now = _now_naive()
        row = TherapyCourseRow(
            uid=course.uid,
            therapy_key=course.therapy,
            start_day=course.start,
            planned_end_day=course.planned_end,
            sessions_planned=course.sessions_planned,
            per_week=course.per_week,
            provider=course.provider,
            goal=course.goal,
            baseline_days=course.baseline_days,
            created_at=now,
            updated_at=now,
        )
        if course.id:
            row.id = course.id
        self._write_end(row, course.ended)
        self.s.add(row)
        self.s.flush()
        return self._to_domain(row)

    @staticmethod
    def _write_end(row: TherapyCourseRow, end: CourseEnd | None) -> None:
        row.ended_on = end.on if end else None
        row.end_reason = end.reason.value if end else None
        row.pgic = end.pgic if end else None
        row.end_note = end.note if end else None

    def set_end(self, course_id: int, end: CourseEnd | None) -> Course:
        row = self._row(course_id)
        self._write_end(row, end)
        row.updated_at = _now_naive()
        self.s.flush()
        return self._to_domain(row)

    def remove(self, course_id: int) -> Course:
        row = self._row(course_id)
        course = self._to_domain(row)
        self.s.delete(row)
        self.s.flush()
        return course


class TrialRepository(SessionConnection, TrialReads):
    """Personal trials (domain.trials.Trial), oldest first; ``all`` is storage/plain_reads.py
    ``TrialReads.all``."""

    def __init__(self, session: Session):
        self.s = session

    @staticmethod
    def _to_domain(row: PersonalTrialRow) -> Trial:
        return trial_from_values(
            (
                row.id,
                row.uid,
                row.regimen_a,
                row.regimen_b,
                row.pairs,
                row.period_days,
                row.washout_days,
                row.seed,
                row.orders,
                row.start_day,
                row.stopped_on,
                row.side_effects,
            )
        )

    def _row(self, trial_id: int) -> PersonalTrialRow:
        row = self.s.get(PersonalTrialRow, trial_id)
        if row is None:
            raise NotFoundError(f"No personal trial with id {trial_id}; 'backjournal trial show' shows the latest.")
        return row

    def get(self, trial_id: int) -> Trial:
        return self._to_domain(self._row(trial_id))

    def add(self, trial: Trial) -> Trial:
        now = _now_naive()
        row = PersonalTrialRow(
            uid=trial.uid,
            regimen_a=trial.regimen_a,
            regimen_b=trial.regimen_b,
            pairs=trial.pairs,
            period_days=trial.period_days,
            washout_days=trial.washout_days,
            seed=trial.seed,
            orders=",".join(trial.orders),
            start_day=trial.start,
            stopped_on=trial.stopped_on,
            side_effects=json.dumps({str(k): v for k, v in trial.side_effects.items()}, sort_keys=True),
            created_at=now,
            updated_at=now,
        )
        if trial.id:
            row.id = trial.id
        self.s.add(row)
        self.s.flush()
        return self._to_domain(row)

    def update(self, trial: Trial) -> Trial:
        row = self._row(trial.id)
        row.stopped_on = trial.stopped_on
        row.side_effects = json.dumps({str(k): v for k, v in trial.side_effects.items()}, sort_keys=True)
        row.updated_at = _now_naive()
        self.s.flush()
        return self._to_domain(row)

    def remove(self, trial_id: int) -> Trial:
        row = self._row(trial_id)
        trial = self._to_domain(row)
        self.s.delete(row)
        self.s.flush()
        return trial

"""Repositories: the journal's records in and out of SQLite, as domain objects.

Each repository works inside a Session that the caller's unit of work opened
(``Database.transaction()``); none commits on its own.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from backjournal.domain.errors import ConflictError, NotFoundError, ValidationError
from backjournal.domain.models import (
    BodyRegion,
    PainEntry,
    PainEntryDraft,
    PainQuality,
    PegCheckin,
    PegDraft,
    TherapyCategory,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
)
from backjournal.domain.timeutil import from_utc, offset_minutes, to_utc_naive, utc_now
from backjournal.storage.tables import (
    PainEntryRow,
    PainQualityRow,
    PainRegionRow,
    PegCheckinRow,
    SettingRow,
    TherapySessionRow,
    TherapyTypeRow,
)


def _now_naive() -> datetime:
    return to_utc_naive(utc_now())


def _aware_utc(naive: datetime | None) -> datetime | None:
    return None if naive is None else from_utc(naive, 0)


def _day_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC bounds wide enough to catch every local day in [start, end]; exact filter done after."""
    lo = datetime(start.year, start.month, start.day) - timedelta(hours=15) if start else None
    hi = datetime(end.year, end.month, end.day) + timedelta(days=1, hours=15) if end else None
    return lo, hi


def _in_days(moment: datetime, start: date | None, end: date | None) -> bool:
    day = moment.date()
    return (start is None or day >= start) and (end is None or day <= end)


# --------------------------------------------------------------------------- therapy types


def therapy_from_row(row: TherapyTypeRow) -> TherapyType:
    return TherapyType(
        key=row.key, name=row.name, category=TherapyCategory(row.category),
        builtin=row.builtin, id=row.id, notes=row.notes,
    )


class TherapyTypeRepository:
    def __init__(self, session: Session):
        self.s = session

    def all(self) -> list[TherapyType]:
        rows = self.s.scalars(select(TherapyTypeRow).order_by(TherapyTypeRow.builtin.desc(), TherapyTypeRow.id))
        return [therapy_from_row(r) for r in rows]

    def row_for_key(self, key: str) -> TherapyTypeRow:
        row = self.s.scalar(select(TherapyTypeRow).where(TherapyTypeRow.key == key))
        if row is None:
            raise NotFoundError(f"No therapy type with key {key!r}.")
        return row

    def find(self, key_or_name: str) -> TherapyType:
        """A therapy by stable key or (case-insensitive) name; the error lists what is allowed."""
        wanted = key_or_name.strip()
        row = self.s.scalar(select(TherapyTypeRow).where(TherapyTypeRow.key == wanted))
        if row is None:
            row = self.s.scalar(select(TherapyTypeRow).where(func.lower(TherapyTypeRow.name) == wanted.lower()))
        if row is None:
            allowed = ", ".join(t.key for t in self.all())
            raise ValidationError("therapy", key_or_name, f"one of {allowed} (or a user-defined name)", f"{key_or_name!r} is not a known therapy")
        return therapy_from_row(row)

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
            key=therapy.key, name=therapy.name, category=therapy.category.value, builtin=therapy.builtin,
            notes=therapy.notes, created_at=now, updated_at=now,
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

    def delete_user_type(self, key: str) -> None:
        row = self.row_for_key(key)
        if row.builtin:
            raise ConflictError(f"{row.name!r} is built in and cannot be removed.")
        used = self.s.scalar(select(func.count()).select_from(TherapySessionRow).where(TherapySessionRow.therapy_type_id == row.id))
        if used:
            raise ConflictError(f"{row.name!r} is used by {used} session(s); delete those first.")
        self.s.delete(row)
        self.s.flush()


# --------------------------------------------------------------------------- pain entries


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
    )


class PainEntryRepository:
    def __init__(self, session: Session):
        self.s = session

    def _row(self, entry_id: int) -> PainEntryRow:
        row = self.s.get(PainEntryRow, entry_id)
        if row is None:
            raise NotFoundError(f"No pain entry with id {entry_id}.")
        return row

    def get(self, entry_id: int) -> PainEntry:
        return pain_from_row(self._row(entry_id))

    def add(self, draft: PainEntryDraft, *, uid: str | None = None, created_at: datetime | None = None,
            updated_at: datetime | None = None) -> PainEntry:
        now = _now_naive()
        row = PainEntryRow(
            uid=uid or str(uuid.uuid4()),
            created_at=to_utc_naive(created_at) if created_at else now,
            updated_at=to_utc_naive(updated_at) if updated_at else now,
        )
        self._fill(row, draft)
        self.s.add(row)
        self.s.flush()
        return pain_from_row(row)

    def update(self, entry_id: int, draft: PainEntryDraft) -> PainEntry:
        row = self._row(entry_id)
        self._fill(row, draft)
        row.updated_at = _now_naive()
        self.s.flush()
        return pain_from_row(row)

    def _fill(self, row: PainEntryRow, draft: PainEntryDraft) -> None:
        row.felt_at_utc = to_utc_naive(draft.felt_at)
        row.utc_offset_min = offset_minutes(draft.felt_at)
        row.score = draft.score
        row.note = draft.note
        row.regions = [PainRegionRow(region=r.value, position=i) for i, r in enumerate(draft.regions)]
        row.qualities = [PainQualityRow(quality=q.value, position=i) for i, q in enumerate(draft.qualities)]

    def set_deleted(self, entry_id: int, deleted: bool) -> PainEntry:
        row = self._row(entry_id)
        row.deleted_at = _now_naive() if deleted else None
        self.s.flush()
        return pain_from_row(row)

    def list(self, start: date | None = None, end: date | None = None, *, deleted: bool = False) -> list[PainEntry]:
        q = select(PainEntryRow).order_by(PainEntryRow.felt_at_utc, PainEntryRow.id)
        q = q.where(PainEntryRow.deleted_at.is_not(None) if deleted else PainEntryRow.deleted_at.is_(None))
        lo, hi = _day_bounds(start, end)
        if lo:
            q = q.where(PainEntryRow.felt_at_utc >= lo)
        if hi:
            q = q.where(PainEntryRow.felt_at_utc < hi)
        return [e for e in map(pain_from_row, self.s.scalars(q)) if _in_days(e.felt_at, start, end)]

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(PainEntryRow.uid)))

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(PainEntryRow).where(PainEntryRow.deleted_at.is_(None)))

    def purge_deleted(self) -> int:
        ids = list(self.s.scalars(select(PainEntryRow.id).where(PainEntryRow.deleted_at.is_not(None))))
        if ids:
            self.s.execute(delete(PainEntryRow).where(PainEntryRow.id.in_(ids)))
        return len(ids)


# --------------------------------------------------------------------------- therapy sessions


def session_from_row(row: TherapySessionRow) -> TherapySession:
    return TherapySession(
        id=row.id,
        uid=row.uid,
        therapy=therapy_from_row(row.therapy),
        started_at=from_utc(row.started_at_utc, row.utc_offset_min),
        minutes=row.minutes,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        details=row.details,
        dose=row.dose,
        provider=row.provider,
        note=row.note,
        created_at=_aware_utc(row.created_at),
        updated_at=_aware_utc(row.updated_at),
        deleted_at=_aware_utc(row.deleted_at),
    )


class TherapySessionRepository:
    def __init__(self, session: Session):
        self.s = session
        self.types = TherapyTypeRepository(session)

    def _row(self, session_id: int) -> TherapySessionRow:
        row = self.s.get(TherapySessionRow, session_id)
        if row is None:
            raise NotFoundError(f"No therapy session with id {session_id}.")
        return row

    def get(self, session_id: int) -> TherapySession:
        return session_from_row(self._row(session_id))

    def add(self, draft: TherapySessionDraft, *, uid: str | None = None, created_at: datetime | None = None,
            updated_at: datetime | None = None) -> TherapySession:
        now = _now_naive()
        row = TherapySessionRow(
            uid=uid or str(uuid.uuid4()),
            created_at=to_utc_naive(created_at) if created_at else now,
            updated_at=to_utc_naive(updated_at) if updated_at else now,
        )
        self._fill(row, draft)
        self.s.add(row)
        self.s.flush()
        return session_from_row(row)

    def update(self, session_id: int, draft: TherapySessionDraft) -> TherapySession:
        row = self._row(session_id)
        self._fill(row, draft)
        row.updated_at = _now_naive()
        self.s.flush()
        return session_from_row(row)

    def _fill(self, row: TherapySessionRow, draft: TherapySessionDraft) -> None:
        therapy_row = self.types.row_for_key(self.types.find(draft.therapy_key).key)
        row.therapy = therapy_row
        row.therapy_type_id = therapy_row.id
        row.started_at_utc = to_utc_naive(draft.started_at)
        row.utc_offset_min = offset_minutes(draft.started_at)
        row.minutes = draft.minutes
        row.pain_before = draft.pain_before
        row.pain_after = draft.pain_after
        row.details = draft.details
        row.dose = draft.dose
        row.provider = draft.provider
        row.note = draft.note

    def set_deleted(self, session_id: int, deleted: bool) -> TherapySession:
        row = self._row(session_id)
        row.deleted_at = _now_naive() if deleted else None
        self.s.flush()
        return session_from_row(row)

    def list(self, start: date | None = None, end: date | None = None, *, therapy_keys: set[str] | None = None,
             deleted: bool = False) -> list[TherapySession]:
        q = select(TherapySessionRow).order_by(TherapySessionRow.started_at_utc, TherapySessionRow.id)
        q = q.where(TherapySessionRow.deleted_at.is_not(None) if deleted else TherapySessionRow.deleted_at.is_(None))
        lo, hi = _day_bounds(start, end)
        if lo:
            q = q.where(TherapySessionRow.started_at_utc >= lo)
        if hi:
            q = q.where(TherapySessionRow.started_at_utc < hi)
        if therapy_keys:
            q = q.join(TherapySessionRow.therapy).where(TherapyTypeRow.key.in_(therapy_keys))
        return [x for x in map(session_from_row, self.s.scalars(q)) if _in_days(x.started_at, start, end)]

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(TherapySessionRow.uid)))

    def count(self) -> int:
        return self.s.scalar(
            select(func.count()).select_from(TherapySessionRow).where(TherapySessionRow.deleted_at.is_(None))
        )

    def purge_deleted(self) -> int:
        ids = list(self.s.scalars(select(TherapySessionRow.id).where(TherapySessionRow.deleted_at.is_not(None))))
        if ids:
            self.s.execute(delete(TherapySessionRow).where(TherapySessionRow.id.in_(ids)))
        return len(ids)


# --------------------------------------------------------------------------- PEG


def peg_from_row(row: PegCheckinRow) -> PegCheckin:
    return PegCheckin(
        id=row.id, uid=row.uid,
        answered_at=from_utc(row.answered_at_utc, row.utc_offset_min),
        pain=row.pain, enjoyment=row.enjoyment, activity=row.activity, note=row.note,
        created_at=_aware_utc(row.created_at), updated_at=_aware_utc(row.updated_at),
        deleted_at=_aware_utc(row.deleted_at),
    )


class PegRepository:
    def __init__(self, session: Session):
        self.s = session

    def _row(self, peg_id: int) -> PegCheckinRow:
        row = self.s.get(PegCheckinRow, peg_id)
        if row is None:
            raise NotFoundError(f"No PEG check-in with id {peg_id}.")
        return row

    def get(self, peg_id: int) -> PegCheckin:
        return peg_from_row(self._row(peg_id))

    def add(self, draft: PegDraft, *, uid: str | None = None, created_at: datetime | None = None,
            updated_at: datetime | None = None) -> PegCheckin:
        now = _now_naive()
        row = PegCheckinRow(
            uid=uid or str(uuid.uuid4()),
            created_at=to_utc_naive(created_at) if created_at else now,
            updated_at=to_utc_naive(updated_at) if updated_at else now,
        )
        self._fill(row, draft)
        self.s.add(row)
        self.s.flush()
        return peg_from_row(row)

    def update(self, peg_id: int, draft: PegDraft) -> PegCheckin:
        row = self._row(peg_id)
        self._fill(row, draft)
        row.updated_at = _now_naive()
        self.s.flush()
        return peg_from_row(row)

    def _fill(self, row: PegCheckinRow, draft: PegDraft) -> None:
        row.answered_at_utc = to_utc_naive(draft.answered_at)
        row.utc_offset_min = offset_minutes(draft.answered_at)
        row.pain, row.enjoyment, row.activity = draft.pain, draft.enjoyment, draft.activity
        row.note = draft.note

    def set_deleted(self, peg_id: int, deleted: bool) -> PegCheckin:
        row = self._row(peg_id)
        row.deleted_at = _now_naive() if deleted else None
        self.s.flush()
        return peg_from_row(row)

    def list(self, start: date | None = None, end: date | None = None, *, deleted: bool = False) -> list[PegCheckin]:
        q = select(PegCheckinRow).order_by(PegCheckinRow.answered_at_utc, PegCheckinRow.id)
        q = q.where(PegCheckinRow.deleted_at.is_not(None) if deleted else PegCheckinRow.deleted_at.is_(None))
        lo, hi = _day_bounds(start, end)
        if lo:
            q = q.where(PegCheckinRow.answered_at_utc >= lo)
        if hi:
            q = q.where(PegCheckinRow.answered_at_utc < hi)
        return [p for p in map(peg_from_row, self.s.scalars(q)) if _in_days(p.answered_at, start, end)]

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(PegCheckinRow.uid)))

    def purge_deleted(self) -> int:
        ids = list(self.s.scalars(select(PegCheckinRow.id).where(PegCheckinRow.deleted_at.is_not(None))))
        if ids:
            self.s.execute(delete(PegCheckinRow).where(PegCheckinRow.id.in_(ids)))
        return len(ids)


# --------------------------------------------------------------------------- settings that are data


class SettingsRepository:
    def __init__(self, session: Session):
        self.s = session

    def get(self, key: str, default=None):
        row = self.s.get(SettingRow, key)
        return default if row is None else json.loads(row.value)

    def set(self, key: str, value) -> None:
        row = self.s.get(SettingRow, key)
        text = json.dumps(value, sort_keys=True)
        if row is None:
            self.s.add(SettingRow(key=key, value=text))
        else:
            row.value = text
        self.s.flush()

    def all(self) -> dict:
        return {r.key: json.loads(r.value) for r in self.s.scalars(select(SettingRow).order_by(SettingRow.key))}

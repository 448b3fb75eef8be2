"""Light, fast reads and writes for charts and the demo journal.

Charts never need whole records: they need one row per local day (mean, lowest, highest and the
number of pain entries) and a few columns of each therapy session. Those come straight from SQL
(``GROUP BY`` the local day) as plain tuples, so ten years of entries never become ORM objects.

The local day of an entry is the day on the person's clock when they felt it:
``date(felt_at_utc, '+60 minutes')`` for an entry made at UTC+1. Soft-deleted rows never count.

``bulk_insert`` writes many validated drafts in the caller's transaction with ``executemany``
(child region/quality rows and uids included). It is what the demo generator uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, insert, select
from sqlalchemy.orm import Session

from backjournal.domain.errors import NotFoundError
from backjournal.domain.models import PainEntryDraft, PegDraft, TherapySessionDraft
from backjournal.domain.timeutil import offset_minutes, to_utc_naive, utc_now
from backjournal.storage.tables import (
    PainEntryRow,
    PainQualityRow,
    PainRegionRow,
    PegCheckinRow,
    TherapySessionRow,
    TherapyTypeRow,
)

#: (day 'YYYY-MM-DD', mean, min, max, count)
DailyRow = tuple[str, float, int, int, int]
#: (day 'YYYY-MM-DD', therapy key, pain before, pain after, minutes, session id)
SessionPointRow = tuple[str, str, int | None, int | None, int | None, int]

# Offsets on Earth lie within -12 h .. +14 h; these margins let the UTC index narrow the scan
# before the exact filter on the local day.
_EARLIEST_OFFSET = timedelta(hours=14)
_LATEST_OFFSET = timedelta(hours=12)


def local_day(utc_col, offset_col):
    """SQL for the local calendar day ('YYYY-MM-DD') of a stored UTC moment and its offset."""
    return func.date(utc_col, func.printf("%+d minutes", offset_col))


def _utc_window(utc_col, start: date | None, end: date | None) -> list:
    conds = []
    if start is not None:
        conds.append(utc_col >= datetime(start.year, start.month, start.day) - _EARLIEST_OFFSET)
    if end is not None:
        conds.append(utc_col < datetime(end.year, end.month, end.day) + timedelta(days=1) + _LATEST_OFFSET)
    return conds


def _day_window(day_expr, start: date | None, end: date | None) -> list:
    conds = []
    if start is not None:
        conds.append(day_expr >= start.isoformat())
    if end is not None:
        conds.append(day_expr <= end.isoformat())
    return conds


class AggregateRepository:
    """Aggregates for charts and statistics, and a bulk writer. Works inside the caller's Session."""

    def __init__(self, session: Session):
        self.s = session

    # ------------------------------------------------------------------ reads
    def daily_pain(self, start: date | None = None, end: date | None = None) -> list[DailyRow]:
        """One row per local day that has at least one (not deleted) pain entry, oldest first."""
        p = PainEntryRow
        day = local_day(p.felt_at_utc, p.utc_offset_min).label("day")
        q = (
            select(day, func.avg(p.score), func.min(p.score), func.max(p.score), func.count(p.id))
            .where(p.deleted_at.is_(None), *_utc_window(p.felt_at_utc, start, end))
            .group_by(day)
            .order_by(day)
        )
        if start is not None or end is not None:
            q = q.having(and_(*_day_window(day, start, end)))
        return [(r[0], float(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in self.s.execute(q)]

    def session_points(self, start: date | None = None, end: date | None = None,
                       therapy_keys: Iterable[str] | None = None) -> list[SessionPointRow]:
        """Sessions as (local day, therapy key, before, after, minutes, id), oldest first."""
        t = TherapySessionRow
        day = local_day(t.started_at_utc, t.utc_offset_min)
        q = (
            select(day, TherapyTypeRow.key, t.pain_before, t.pain_after, t.minutes, t.id)
            .join(TherapyTypeRow, TherapyTypeRow.id == t.therapy_type_id)
            .where(t.deleted_at.is_(None), *_utc_window(t.started_at_utc, start, end),
                   *_day_window(day, start, end))
            .order_by(t.started_at_utc, t.id)
        )
        if therapy_keys is not None:
            q = q.where(TherapyTypeRow.key.in_(list(therapy_keys)))
        return [tuple(r) for r in self.s.execute(q)]

    def day_span(self) -> tuple[date, date] | None:
        """The first and last local day with a pain entry or a session (not deleted), or None."""
        spans = []
        for utc_col, off_col, deleted in (
            (PainEntryRow.felt_at_utc, PainEntryRow.utc_offset_min, PainEntryRow.deleted_at),
            (TherapySessionRow.started_at_utc, TherapySessionRow.utc_offset_min, TherapySessionRow.deleted_at),
        ):
            day = local_day(utc_col, off_col)
            row = self.s.execute(select(func.min(day), func.max(day)).where(deleted.is_(None))).one()
            if row[0] is not None:
                spans.append((date.fromisoformat(row[0]), date.fromisoformat(row[1])))
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def record_count(self, *, include_deleted: bool = True) -> int:
        """How many pain entries, sessions and PEG check-ins the journal holds (the trash too)."""
        total = 0
        for row in (PainEntryRow, TherapySessionRow, PegCheckinRow):
            q = select(func.count()).select_from(row)
            if not include_deleted:
                q = q.where(row.deleted_at.is_(None))
            total += self.s.scalar(q)
        return total

    # ------------------------------------------------------------------ bulk write
    def bulk_insert(self, pain: Sequence[PainEntryDraft] = (), sessions: Sequence[TherapySessionDraft] = (),
                    peg: Sequence[PegDraft] = ()) -> tuple[int, int, int]:
        """Insert validated drafts with executemany in the caller's transaction.

        Ids are assigned here (after the current highest) so region and quality rows can be
        written in the same pass. ``created_at``/``updated_at`` are the moment each record
        describes (generated history is not back-dated), capped at now. Returns the counts.
        """
        now = to_utc_naive(utc_now())
        keys = {k: i for k, i in self.s.execute(select(TherapyTypeRow.key, TherapyTypeRow.id))}

        next_id = (self.s.scalar(select(func.max(PainEntryRow.id))) or 0) + 1
        pain_rows, region_rows, quality_rows = [], [], []
        for offset, d in enumerate(pain):
            rid = next_id + offset
            utc = to_utc_naive(d.felt_at)
            stamp = min(utc, now)
            pain_rows.append({
                "id": rid, "uid": str(uuid.uuid4()), "felt_at_utc": utc, "utc_offset_min": offset_minutes(d.felt_at),
                "score": d.score, "note": d.note, "created_at": stamp, "updated_at": stamp, "deleted_at": None,
            })
            region_rows.extend({"entry_id": rid, "region": r.value, "position": i} for i, r in enumerate(d.regions))
            quality_rows.extend({"entry_id": rid, "quality": q.value, "position": i} for i, q in enumerate(d.qualities))

        missing = sorted({d.therapy_key for d in sessions} - keys.keys())
        if missing:
            raise NotFoundError(f"No therapy type with key {missing[0]!r}.")
        session_rows = []
        for d in sessions:
            utc = to_utc_naive(d.started_at)
            stamp = min(utc, now)
            session_rows.append({
                "uid": str(uuid.uuid4()), "therapy_type_id": keys[d.therapy_key], "started_at_utc": utc,
                "utc_offset_min": offset_minutes(d.started_at), "minutes": d.minutes,
                "pain_before": d.pain_before, "pain_after": d.pain_after, "details": d.details, "dose": d.dose,
                "provider": d.provider, "note": d.note, "created_at": stamp, "updated_at": stamp, "deleted_at": None,
            })

        peg_rows = []
        for d in peg:
            utc = to_utc_naive(d.answered_at)
            stamp = min(utc, now)
            peg_rows.append({
                "uid": str(uuid.uuid4()), "answered_at_utc": utc, "utc_offset_min": offset_minutes(d.answered_at),
                "pain": d.pain, "enjoyment": d.enjoyment, "activity": d.activity, "note": d.note,
                "created_at": stamp, "updated_at": stamp, "deleted_at": None,
            })

        conn = self.s.connection()
        for table, rows in (
            (PainEntryRow.__table__, pain_rows),
            (PainRegionRow.__table__, region_rows),
            (PainQualityRow.__table__, quality_rows),
            (TherapySessionRow.__table__, session_rows),
            (PegCheckinRow.__table__, peg_rows),
        ):
            if rows:
                conn.execute(insert(table), rows)
        return len(pain_rows), len(session_rows), len(peg_rows)

"""Light, fast reads for charts and statistics.

Charts never need whole records: they need one row per local day (mean, lowest, highest and the
number of pain entries) and a few columns of each therapy session. Those come straight from SQL
(``GROUP BY`` the local day) as plain tuples, so ten years of entries never become ORM objects.

The local day of an entry is the day on the person's clock when they felt it:
``date(felt_at_utc, '+60 minutes')`` for an entry made at UTC+1. Soft-deleted rows never count.

Many records are written with the repositories' ``add_many`` (storage/repositories.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, select
from sqlalchemy.orm import Session

from backjournal.storage.tables import (
    PainEntryRow,
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


def local_day(utc_col: SQLColumnExpression[datetime], offset_col: SQLColumnExpression[int]) -> ColumnElement[str]:
    """SQL for the local calendar day ('YYYY-MM-DD') of a stored UTC moment and its offset."""
    return func.date(utc_col, func.printf("%+d minutes", offset_col))


def _utc_window(
    utc_col: SQLColumnExpression[datetime], start: date | None, end: date | None
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if start is not None:
        conds.append(utc_col >= datetime(start.year, start.month, start.day) - _EARLIEST_OFFSET)
    if end is not None:
        conds.append(utc_col < datetime(end.year, end.month, end.day) + timedelta(days=1) + _LATEST_OFFSET)
    return conds


def _day_window(day_expr: SQLColumnExpression[str], start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if start is not None:
        conds.append(day_expr >= start.isoformat())
    if end is not None:
        conds.append(day_expr <= end.isoformat())
    return conds


class AggregateRepository:
    """Aggregates for charts and statistics. Works inside the caller's Session."""

    def __init__(self, session: Session):
        self.s = session

    # ------------------------------------------------------------------ reads
    def daily_pain(
        self, start: date | None = None, end: date | None = None, regions: Iterable[str] | None = None
    ) -> list[DailyRow]:
        """One row per local day that has at least one (not deleted) pain entry, oldest first; with
        ``regions``, only the entries naming at least one of them, each counted with the score of
        that region where the person scored each region (the highest of the named ones), else with its
        overall score (docs/formats.md, "Scores by region")."""
        p = PainEntryRow
        day = local_day(p.felt_at_utc, p.utc_offset_min).label("day")
        named = None
        value: SQLColumnExpression[Any] = p.score
        if regions is not None:
            r = PainRegionRow
            named = (
                select(r.entry_id.label("entry_id"), func.max(r.score).label("region_score"))
                .where(r.region.in_(list(regions)))
                .group_by(r.entry_id)
                .subquery()
            )
            value = func.coalesce(named.c.region_score, p.score)
        q = select(day, func.avg(value), func.min(value), func.max(value), func.count(p.id))
        if named is not None:
            q = q.join_from(p, named, named.c.entry_id == p.id)
        q = q.where(p.deleted_at.is_(None), *_utc_window(p.felt_at_utc, start, end)).group_by(day).order_by(day)
        if start is not None or end is not None:
            q = q.having(and_(*_day_window(day, start, end)))
        return [(r[0], float(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in self.s.execute(q)]

    def session_points(
        self, start: date | None = None, end: date | None = None, therapy_keys: Iterable[str] | None = None
    ) -> list[SessionPointRow]:
        """Sessions as (local day, therapy key, before, after, minutes, id), oldest first."""
        t = TherapySessionRow
        day = local_day(t.started_at_utc, t.utc_offset_min)
        q = (
            select(day, TherapyTypeRow.key, t.pain_before, t.pain_after, t.minutes, t.id)
            .join(TherapyTypeRow, TherapyTypeRow.id == t.therapy_type_id)
            .where(t.deleted_at.is_(None), *_utc_window(t.started_at_utc, start, end), *_day_window(day, start, end))
            .order_by(t.started_at_utc, t.id)
        )
        if therapy_keys is not None:
            q = q.where(TherapyTypeRow.key.in_(list(therapy_keys)))
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in self.s.execute(q)]

    def region_counts(self, start: date | None = None, end: date | None = None) -> list[tuple[str, int]]:
        """(region, pain entries naming it) over the local days [start, end], most named first."""
        return [(region, n) for region, n, _mean, _scored in self.region_summary(start, end)]

    def region_summary(
        self, start: date | None = None, end: date | None = None
    ) -> list[tuple[str, int, float | None, int]]:
        """(region, pain entries naming it, the mean of its own scores or None, how many entries scored
        it) over the local days [start, end], most named first."""
        p, r = PainEntryRow, PainRegionRow
        day = local_day(p.felt_at_utc, p.utc_offset_min)
        n = func.count(r.entry_id)
        q = (
            select(r.region, n, func.avg(r.score), func.count(r.score))
            .join(p, p.id == r.entry_id)
            .where(p.deleted_at.is_(None), *_utc_window(p.felt_at_utc, start, end), *_day_window(day, start, end))
            .group_by(r.region)
            .order_by(n.desc(), r.region)
        )
        return [(str(a), int(b), None if c is None else float(c), int(d)) for a, b, c, d in self.s.execute(q)]

    def day_span(self) -> tuple[date, date] | None:
        """The first and last local day with a pain entry or a session (not deleted), or None.

        Through the UTC index: the first (last) moment in UTC, then the local days of the rows within
        a day and two hours of it only (offsets differ by at most 26 hours), instead of the local
        day of every row in the journal, which made opening Trends cost more the longer the journal."""
        spans = []
        reach = _EARLIEST_OFFSET + _LATEST_OFFSET
        for utc_col, off_col, deleted in (
            (PainEntryRow.felt_at_utc, PainEntryRow.utc_offset_min, PainEntryRow.deleted_at),
            (TherapySessionRow.started_at_utc, TherapySessionRow.utc_offset_min, TherapySessionRow.deleted_at),
        ):
            live = deleted.is_(None)
            first = self.s.scalar(select(utc_col).where(live).order_by(utc_col).limit(1))
            if first is None:
                continue
            last = self.s.scalar(select(utc_col).where(live).order_by(utc_col.desc()).limit(1))
            assert last is not None  # there is a first row
            day = local_day(utc_col, off_col)
            low: str | None = self.s.scalar(
                select(func.min(day)).where(live, utc_col >= first, utc_col <= first + reach)
            )
            high: str | None = self.s.scalar(
                select(func.max(day)).where(live, utc_col >= last - reach, utc_col <= last)
            )
            assert low is not None and high is not None  # the rows found above are in these windows
            spans.append((date.fromisoformat(low), date.fromisoformat(high)))
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
            total += self.s.scalar(q) or 0
        return total

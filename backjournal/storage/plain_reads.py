"""The journal's reads for charts, statistics and the report as SQL text over a DB-API connection:
ONE implementation for both ways of reaching the file (issue 12).

- The normal path (the ORM, inside a unit of work): the repositories in storage/aggregates.py and
  storage/repositories.py inherit these classes and run them on their Session's own driver
  connection (``session_connection``), in the unit of work's transaction.
- The light path (no SQLAlchemy imported: the Trends chart painted before the storage stack loads,
  and the command line's report of a plain journal at head, services/report.py ``write_light``):
  ``read_journal(path)`` opens the file with the standard library's sqlite3, with the pragmas every
  connection gets, read-only (``PRAGMA query_only``), in one read transaction, and closes it after
  the read, so no connection of ours stays open on the file.

Each read class takes any DB-API connection with ``execute(sql, params)`` (sqlite3, sqlcipher3) and
returns plain tuples or domain objects; the mapping from a row's columns to a domain object is here
too, so both paths build the very same objects (tests/storage/test_plain_reads.py compares them).

To add a read for a new caller: a method on the matching ``*Reads`` class (or a
new class, with a field on ``ReadUnitOfWork``); the ORM repository inherits it. Times are stored as
SQLAlchemy's SQLite dialect stores them (``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC,
storage/quick_write.py ``sql_datetime``), days as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from backjournal.domain.courses import Course, CourseEnd, EndReason
from backjournal.domain.errors import ValidationError
from backjournal.domain.factors import Factor, FactorDay, FactorKind
from backjournal.domain.models import (
    BodyRegion,
    PainEntry,
    PainQuality,
    PegCheckin,
    TherapyCategory,
    TherapySession,
    TherapyType,
)
from backjournal.domain.periods import MarkedPeriod
from backjournal.domain.timeutil import from_utc
from backjournal.domain.trials import Trial
from backjournal.storage.pragmas import PRAGMAS
from backjournal.storage.quick_write import sql_datetime

#: (day 'YYYY-MM-DD', mean, min, max, count)
DailyRow = tuple[str, float, int, int, int]
#: (day 'YYYY-MM-DD', therapy key, pain before, pain after, minutes, session id)
SessionPointRow = tuple[str, str, int | None, int | None, int | None, int]

# Offsets on Earth lie within -12 h .. +14 h; these margins let the UTC index narrow the scan
# before the exact filter on the local day.
EARLIEST_OFFSET = timedelta(hours=14)
LATEST_OFFSET = timedelta(hours=12)


class Cursor(Protocol):
    def fetchall(self) -> list[Any]: ...
    def fetchone(self) -> Any: ...
    def __iter__(self) -> Iterator[Any]: ...


class DBAPIConnection(Protocol):
    """What the reads need of a connection: sqlite3's (and sqlcipher3's) ``execute``."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


def local_day_sql(utc_col: str, offset_col: str) -> str:
    """SQL for the local calendar day ('YYYY-MM-DD') of a stored UTC moment and its offset."""
    return f"date({utc_col}, printf('%+d minutes', {offset_col}))"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _utc_window(utc_col: str, start: date | None, end: date | None) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if start is not None:
        conds.append(f"{utc_col} >= ?")
        params.append(sql_datetime(datetime(start.year, start.month, start.day) - EARLIEST_OFFSET))
    if end is not None:
        conds.append(f"{utc_col} < ?")
        params.append(sql_datetime(datetime(end.year, end.month, end.day) + timedelta(days=1) + LATEST_OFFSET))
    return conds, params


def _day_window(day_sql: str, start: date | None, end: date | None) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if start is not None:
        conds.append(f"{day_sql} >= ?")
        params.append(start.isoformat())
    if end is not None:
        conds.append(f"{day_sql} <= ?")
        params.append(end.isoformat())
    return conds, params


def _day(value: str | date | None) -> date | None:
    """A stored day ('YYYY-MM-DD'; the ORM gives it as a date already)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _as_day(value: str | date) -> date:
    day = _day(value)
    assert day is not None
    return day


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


class _Reads:
    """A read class over a DB-API connection (``connection()`` gives it; the ORM repositories
    override it with their Session's driver connection)."""

    def __init__(self, connection: DBAPIConnection):
        self._connection = connection

    def connection(self) -> DBAPIConnection:
        return self._connection

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self.connection().execute(sql, tuple(params)).fetchall())

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.connection().execute(sql, tuple(params)).fetchone()
        return None if row is None else row[0]


class AggregateReads(_Reads):
    """Aggregates for charts and statistics: one row per local day, a few columns per session."""

    def daily_pain(
        self, start: date | None = None, end: date | None = None, regions: Iterable[str] | None = None
    ) -> list[DailyRow]:
        """One row per local day that has at least one (not deleted) pain entry, oldest first; with
        ``regions``, only the entries naming at least one of them, each counted with the score of
        that region where the person scored each region (the highest of the named ones), else with its
        overall score (docs/formats.md, "Scores by region")."""
        day = local_day_sql("p.felt_at_utc", "p.utc_offset_min")
        params: list[Any] = []
        join = ""
        value = "p.score"
        if regions is not None:
            wanted = list(regions)
            join = (
                "JOIN (SELECT entry_id, max(score) AS region_score FROM pain_entry_regions "
                f"WHERE region IN ({_marks(wanted)}) GROUP BY entry_id) AS named ON named.entry_id = p.id "
            )
            params.extend(wanted)
            value = "coalesce(named.region_score, p.score)"
        where, where_params = _utc_window("p.felt_at_utc", start, end)
        having, having_params = _day_window("day", start, end)
        sql = (
            f"SELECT {day} AS day, avg({value}), min({value}), max({value}), count(p.id) "
            f"FROM pain_entries AS p {join}"
            f"WHERE {' AND '.join(['p.deleted_at IS NULL', *where])} GROUP BY day "
            + (f"HAVING {' AND '.join(having)} " if having else "")
            + "ORDER BY day"
        )
        rows = self._rows(sql, [*params, *where_params, *having_params])
        return [(r[0], float(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]

    def session_points(
        self, start: date | None = None, end: date | None = None, therapy_keys: Iterable[str] | None = None
    ) -> list[SessionPointRow]:
        """Sessions as (local day, therapy key, before, after, minutes, id), oldest first."""
        day = local_day_sql("t.started_at_utc", "t.utc_offset_min")
        utc, utc_params = _utc_window("t.started_at_utc", start, end)
        days, day_params = _day_window(day, start, end)
        conds = ["t.deleted_at IS NULL", *utc, *days]
        params: list[Any] = [*utc_params, *day_params]
        if therapy_keys is not None:
            keys = list(therapy_keys)
            conds.append(f"tt.key IN ({_marks(keys)})")
            params.extend(keys)
        sql = (
            f"SELECT {day}, tt.key, t.pain_before, t.pain_after, t.minutes, t.id "
            "FROM therapy_sessions AS t JOIN therapy_types AS tt ON tt.id = t.therapy_type_id "
            f"WHERE {' AND '.join(conds)} ORDER BY t.started_at_utc, t.id"
        )
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in self._rows(sql, params)]

    def therapy_keys_used(self) -> list[str]:
        """The keys of the therapies with at least one (not deleted) session, in the therapies' order
        (through the index on the session's therapy: no walk over every session)."""
        sql = (
            "SELECT tt.key FROM therapy_types AS tt WHERE EXISTS (SELECT 1 FROM therapy_sessions AS t "
            "WHERE t.therapy_type_id = tt.id AND t.deleted_at IS NULL) ORDER BY tt.builtin DESC, tt.id"
        )
        return [r[0] for r in self._rows(sql)]

    def region_counts(self, start: date | None = None, end: date | None = None) -> list[tuple[str, int]]:
        """(region, pain entries naming it) over the local days [start, end], most named first."""
        return [(region, n) for region, n, _mean, _scored in self.region_summary(start, end)]

    def region_summary(
        self, start: date | None = None, end: date | None = None
    ) -> list[tuple[str, int, float | None, int]]:
        """(region, pain entries naming it, the mean of its own scores or None, how many entries scored
        it) over the local days [start, end], most named first."""
        day = local_day_sql("p.felt_at_utc", "p.utc_offset_min")
        utc, utc_params = _utc_window("p.felt_at_utc", start, end)
        days, day_params = _day_window(day, start, end)
        sql = (
            "SELECT r.region, count(r.entry_id) AS n, avg(r.score), count(r.score) "
            "FROM pain_entry_regions AS r JOIN pain_entries AS p ON p.id = r.entry_id "
            f"WHERE {' AND '.join(['p.deleted_at IS NULL', *utc, *days])} "
            "GROUP BY r.region ORDER BY n DESC, r.region"
        )
        return [
            (str(a), int(b), None if c is None else float(c), int(d))
            for a, b, c, d in self._rows(sql, [*utc_params, *day_params])
        ]

    def day_span(self) -> tuple[date, date] | None:
        """The first and last local day with a pain entry or a session (not deleted), or None.

        Through the UTC index: the first (last) moment in UTC, then the local days of the rows within
        a day and two hours of it only (offsets differ by at most 26 hours), instead of the local
        day of every row in the journal, which made opening Trends cost more the longer the journal."""
        spans = []
        reach = EARLIEST_OFFSET + LATEST_OFFSET
        for table, utc_col in (("pain_entries", "felt_at_utc"), ("therapy_sessions", "started_at_utc")):
            live = "deleted_at IS NULL"
            first = self._value(f"SELECT {utc_col} FROM {table} WHERE {live} ORDER BY {utc_col} LIMIT 1")
            if first is None:
                continue
            last = self._value(f"SELECT {utc_col} FROM {table} WHERE {live} ORDER BY {utc_col} DESC LIMIT 1")
            assert last is not None  # there is a first row
            day = local_day_sql(utc_col, "utc_offset_min")
            low = self._value(
                f"SELECT min({day}) FROM {table} WHERE {live} AND {utc_col} >= ? AND {utc_col} <= ?",
                (first, sql_datetime(_moment(first) + reach)),
            )
            high = self._value(
                f"SELECT max({day}) FROM {table} WHERE {live} AND {utc_col} >= ? AND {utc_col} <= ?",
                (sql_datetime(_moment(last) - reach), last),
            )
            assert low is not None and high is not None  # the rows found above are in these windows
            spans.append((date.fromisoformat(low), date.fromisoformat(high)))
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def record_count(self, *, include_deleted: bool = True) -> int:
        """How many pain entries, sessions and PEG check-ins the journal holds (the trash too)."""
        total = 0
        for table in ("pain_entries", "therapy_sessions", "peg_checkins"):
            where = "" if include_deleted else " WHERE deleted_at IS NULL"
            total += int(self._value(f"SELECT count(*) FROM {table}{where}") or 0)
        return total


_THERAPY_COLUMNS = "id, key, name, category, builtin, notes, drug_class, color, archived_at"


def therapy_from_values(values: Sequence[Any]) -> TherapyType:
    """A therapy type from its columns in the order of ``_THERAPY_COLUMNS``."""
    id_, key, name, category, builtin, notes, drug_class, color, archived_at = values
    return TherapyType(
        key=key,
        name=name,
        category=TherapyCategory(category),
        builtin=bool(builtin),
        id=id_,
        notes=notes,
        drug_class=drug_class,
        color=color,
        archived=archived_at is not None,
    )


class TherapyTypeReads(_Reads):
    def all(self) -> list[TherapyType]:
        """All therapy types, built-in first, then in the order they were added."""
        rows = self._rows(f"SELECT {_THERAPY_COLUMNS} FROM therapy_types ORDER BY builtin DESC, id")
        return [therapy_from_values(r) for r in rows]

    def find(self, key_or_name: str) -> TherapyType:
        """A therapy by stable key or (case-insensitive) name; the error lists what is allowed."""
        wanted = key_or_name.strip()
        rows = self._rows(f"SELECT {_THERAPY_COLUMNS} FROM therapy_types WHERE key = ?", (wanted,))
        if not rows:
            rows = self._rows(
                f"SELECT {_THERAPY_COLUMNS} FROM therapy_types WHERE lower(name) = ? LIMIT 1", (wanted.lower(),)
            )
        if not rows:
            allowed = ", ".join(t.key for t in self.all())
            raise ValidationError(
                "therapy",
                key_or_name,
                f"one of {allowed} (or a user-defined name)",
                f"{key_or_name!r} is not a known therapy",
            )
        return therapy_from_values(rows[0])


class MarkedPeriodReads(_Reads):
    """Marked periods in the order the charts and ``period list`` show them (by their days)."""

    def all(self) -> list[MarkedPeriod]:
        rows = self._rows(
            "SELECT label, start_day, end_day, therapy_key, uid FROM marked_periods "
            "ORDER BY start_day, end_day, label, id"
        )
        return [MarkedPeriod(label, _as_day(s), _as_day(e), key, uid) for label, s, e, key, uid in rows]


_COURSE_COLUMNS = (
    "id, uid, therapy_key, start_day, planned_end_day, sessions_planned, per_week, provider, goal, "
    "baseline_days, ended_on, end_reason, pgic, end_note"
)


def course_from_values(values: Sequence[Any]) -> Course:
    """A course from its columns in the order of ``_COURSE_COLUMNS``."""
    (
        id_,
        uid,
        therapy,
        start,
        planned_end,
        planned,
        per_week,
        provider,
        goal,
        baseline,
        ended_on,
        reason,
        pgic,
        note,
    ) = values
    ended = None
    if ended_on is not None and reason is not None:
        ended = CourseEnd(_as_day(ended_on), EndReason(reason), pgic, note)
    return Course(
        id_,
        uid,
        therapy,
        _as_day(start),
        _day(planned_end),
        planned,
        per_week,
        provider,
        goal,
        baseline,
        ended,
    )


class CourseReads(_Reads):
    """Therapy courses (domain.courses.Course), oldest start first."""

    def all(self) -> list[Course]:
        rows = self._rows(f"SELECT {_COURSE_COLUMNS} FROM therapy_courses ORDER BY start_day, id")
        return [course_from_values(r) for r in rows]


def _moment_or_none(value: str | datetime | None) -> datetime | None:
    """A stored naive UTC moment (text; the ORM gives a datetime) as an aware UTC moment, or None."""
    return None if value is None else _utc_moment(value)


def _utc_moment(value: str | datetime) -> datetime:
    """A stored naive UTC moment (text; the ORM gives a datetime) as an aware UTC moment."""
    return from_utc(_stored_moment(value), 0)


def _stored_moment(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else _moment(value)


def in_days(moment: datetime, start: date | None, end: date | None) -> bool:
    """Whether a moment's local day (in the offset it was recorded in) is within [start, end]."""
    day = moment.date()
    return (start is None or day >= start) and (end is None or day <= end)


def _record_window(utc_col: str, start: date | None, end: date | None, deleted: bool) -> tuple[str, list[Any]]:
    """The WHERE of a record list: live (or trashed) rows in UTC bounds wide enough to catch every
    local day in [start, end]; the exact filter on the local day follows in Python (``in_days``)."""
    conds = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
    params: list[Any] = []
    if start is not None:
        conds.append(f"{utc_col} >= ?")
        params.append(sql_datetime(datetime(start.year, start.month, start.day) - timedelta(hours=15)))
    if end is not None:
        conds.append(f"{utc_col} < ?")
        params.append(sql_datetime(datetime(end.year, end.month, end.day) + timedelta(days=1, hours=15)))
    return " AND ".join(conds), params


def region_scores(scores: Sequence[int | None]) -> tuple[int, ...]:
    """An entry's region scores: one per region, or () unless every region has one (a row written by
    hand with only some is read as unscored rather than half-scored)."""
    if not scores or any(s is None for s in scores):
        return ()
    return tuple(int(s) for s in scores if s is not None)


class PainReads(_Reads):
    """Pain entries (domain.models.PainEntry) with their regions and qualities."""

    def list(self, start: date | None = None, end: date | None = None, *, deleted: bool = False) -> list[PainEntry]:
        """Entries whose local day is within [start, end], oldest first: three plain queries (entries,
        regions, qualities), since a long period holds thousands of entries."""
        where, params = _record_window("felt_at_utc", start, end, deleted)
        rows = self._rows(
            "SELECT id, uid, felt_at_utc, utc_offset_min, score, note, created_at, updated_at, deleted_at "
            f"FROM pain_entries WHERE {where} ORDER BY felt_at_utc, id",
            params,
        )
        ids = f"SELECT id FROM pain_entries WHERE {where}"
        regions: dict[int, list[BodyRegion]] = {}
        scores: dict[int, list[int | None]] = {}
        for entry_id, region, score in self._rows(
            f"SELECT entry_id, region, score FROM pain_entry_regions WHERE entry_id IN ({ids}) "
            "ORDER BY entry_id, position",
            params,
        ):
            regions.setdefault(entry_id, []).append(BodyRegion(region))
            scores.setdefault(entry_id, []).append(score)
        qualities: dict[int, list[PainQuality]] = {}
        for entry_id, quality in self._rows(
            f"SELECT entry_id, quality FROM pain_entry_qualities WHERE entry_id IN ({ids}) ORDER BY entry_id, position",
            params,
        ):
            qualities.setdefault(entry_id, []).append(PainQuality(quality))
        out = []
        for id_, uid, felt, offset, score, note, created, updated, deleted_at in rows:
            felt_at = from_utc(_stored_moment(felt), offset)
            if not in_days(felt_at, start, end):
                continue
            out.append(
                PainEntry(
                    id=id_,
                    uid=uid,
                    felt_at=felt_at,
                    score=score,
                    regions=tuple(regions.get(id_, ())),
                    qualities=tuple(qualities.get(id_, ())),
                    note=note,
                    created_at=_utc_moment(created),
                    updated_at=_utc_moment(updated),
                    deleted_at=_moment_or_none(deleted_at),
                    region_scores=region_scores(scores.get(id_, [])),
                )
            )
        return out


_SESSION_COLUMNS = (
    "s.id, s.uid, s.started_at_utc, s.utc_offset_min, s.minutes, s.pain_before, s.pain_after, s.details, "
    "s.dose, s.provider, s.note, s.created_at, s.updated_at, s.deleted_at, s.dose_amount, s.dose_unit, "
    "s.dose_schedule, " + ", ".join(f"tt.{c.strip()}" for c in _THERAPY_COLUMNS.split(","))
)


def session_from_values(values: Sequence[Any]) -> TherapySession:
    """A therapy session from its columns in the order of ``_SESSION_COLUMNS`` (its therapy's last)."""
    (
        id_,
        uid,
        started,
        offset,
        minutes,
        before,
        after,
        details,
        dose,
        provider,
        note,
        created,
        updated,
        deleted,
        amount,
        unit,
        schedule,
    ) = values[:17]
    return TherapySession(
        id=id_,
        uid=uid,
        therapy=therapy_from_values(values[17:]),
        started_at=from_utc(_stored_moment(started), offset),
        minutes=minutes,
        pain_before=before,
        pain_after=after,
        details=details,
        dose=dose,
        provider=provider,
        note=note,
        created_at=_utc_moment(created),
        updated_at=_utc_moment(updated),
        deleted_at=_moment_or_none(deleted),
        dose_amount=amount,
        dose_unit=unit,
        dose_schedule=schedule,
    )


class SessionReads(_Reads):
    """Therapy sessions (domain.models.TherapySession) with their therapy."""

    def list(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        deleted: bool = False,
        therapy_keys: Iterable[str] | None = None,
    ) -> list[TherapySession]:
        """Sessions whose local day (in the offset they were recorded in) is within [start, end],
        oldest first; with ``therapy_keys`` (not empty), only those therapies'."""
        where, params = _record_window("s.started_at_utc", start, end, deleted)
        where = where.replace("deleted_at", "s.deleted_at")
        keys = list(therapy_keys or ())
        if keys:
            where += f" AND tt.key IN ({_marks(keys)})"
            params.extend(keys)
        rows = self._rows(
            f"SELECT {_SESSION_COLUMNS} FROM therapy_sessions AS s "
            f"JOIN therapy_types AS tt ON tt.id = s.therapy_type_id WHERE {where} ORDER BY s.started_at_utc, s.id",
            params,
        )
        sessions = map(session_from_values, rows)
        return [s for s in sessions if in_days(s.started_at, start, end)]


_PEG_COLUMNS = (
    "id, uid, answered_at_utc, utc_offset_min, pain, enjoyment, activity, note, created_at, updated_at, deleted_at"
)


def peg_from_values(values: Sequence[Any]) -> PegCheckin:
    """A PEG check-in from its columns in the order of ``_PEG_COLUMNS``."""
    id_, uid, answered, offset, pain, enjoyment, activity, note, created, updated, deleted = values
    return PegCheckin(
        id=id_,
        uid=uid,
        answered_at=from_utc(_stored_moment(answered), offset),
        pain=pain,
        enjoyment=enjoyment,
        activity=activity,
        note=note,
        created_at=_utc_moment(created),
        updated_at=_utc_moment(updated),
        deleted_at=_moment_or_none(deleted),
    )


class PegReads(_Reads):
    """PEG check-ins (domain.models.PegCheckin)."""

    def list(self, start: date | None = None, end: date | None = None, *, deleted: bool = False) -> list[PegCheckin]:
        """Check-ins whose local day is within [start, end], oldest first."""
        where, params = _record_window("answered_at_utc", start, end, deleted)
        rows = self._rows(f"SELECT {_PEG_COLUMNS} FROM peg_checkins WHERE {where} ORDER BY answered_at_utc, id", params)
        checkins = map(peg_from_values, rows)
        return [p for p in checkins if in_days(p.answered_at, start, end)]

    def latest(self, end: date) -> PegCheckin | None:
        """The newest check-in whose local day is on or before ``end`` (``list(None, end)[-1]``), or
        None, reading only the newest rows (a page at a time) instead of every earlier one."""
        where, params = _record_window("answered_at_utc", None, end, False)
        sql = (
            f"SELECT {_PEG_COLUMNS} FROM peg_checkins WHERE {where} "
            "ORDER BY answered_at_utc DESC, id DESC LIMIT ? OFFSET ?"
        )
        page, offset = 20, 0
        while True:
            rows = self._rows(sql, [*params, page, offset])
            for checkin in map(peg_from_values, rows):
                if in_days(checkin.answered_at, None, end):
                    return checkin
            if len(rows) < page:
                return None
            offset += page


_TRIAL_COLUMNS = (
    "id, uid, regimen_a, regimen_b, pairs, period_days, washout_days, seed, orders, start_day, stopped_on, side_effects"
)


def trial_from_values(values: Sequence[Any]) -> Trial:
    """A personal trial from its columns in the order of ``_TRIAL_COLUMNS``."""
    id_, uid, a, b, pairs, period, washout, seed, orders, start, stopped, side_effects = values
    effects = {int(k): str(v) for k, v in json.loads(side_effects or "{}").items()}
    return Trial(
        id_, uid, a, b, pairs, period, washout, seed, tuple(orders.split(",")), _as_day(start), _day(stopped), effects
    )


class TrialReads(_Reads):
    """Personal trials (domain.trials.Trial), oldest first."""

    def all(self) -> list[Trial]:
        return [trial_from_values(r) for r in self._rows(f"SELECT {_TRIAL_COLUMNS} FROM personal_trials ORDER BY id")]


_FACTOR_COLUMNS = "id, key, name, kind, builtin, enabled"


def factor_from_values(values: Sequence[Any]) -> Factor:
    """A factor from its columns in the order of ``_FACTOR_COLUMNS``."""
    id_, key, name, kind, builtin, enabled = values
    return Factor(key, name, FactorKind(kind), builtin=bool(builtin), enabled=bool(enabled), id=id_)


class FactorReads(_Reads):
    """Daily factors (domain.factors.Factor) and their values."""

    def all(self) -> list[Factor]:
        """Every factor, built-in first, then in the order they were added."""
        rows = self._rows(f"SELECT {_FACTOR_COLUMNS} FROM factors ORDER BY builtin DESC, id")
        return [factor_from_values(r) for r in rows]

    def values(self, start: date | None = None, end: date | None = None) -> list[FactorDay]:
        """The values on the days [start, end], by day, then in the order the factors were added."""
        conds, params = _day_window("v.day", start, end)
        where = f"WHERE {' AND '.join(conds)} " if conds else ""
        rows = self._rows(
            "SELECT f.key, v.day, v.value, v.uid FROM factor_values AS v JOIN factors AS f ON f.id = v.factor_id "
            f"{where}ORDER BY v.day, f.id",
            params,
        )
        return [FactorDay(key, _as_day(day), value, uid) for key, day, value, uid in rows]


class SchemaReads(_Reads):
    def revision(self) -> str | None:
        """The Alembic revision stamped in the file, or None (a file without Alembic's table)."""
        try:
            row = self.connection().execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
        return None if row is None else str(row[0])

    def user_version(self) -> int:
        """``PRAGMA user_version`` (storage/pragmas.py ``PURGE_PENDING`` is a bit of it)."""
        return int(self._value("PRAGMA user_version") or 0)


class SettingsReads(_Reads):
    def all(self) -> dict[str, Any]:
        """Every stored setting, its JSON value decoded."""
        return {k: json.loads(v) for k, v in self._rows("SELECT key, value FROM settings ORDER BY key")}


class Reads(Protocol):
    """What a reading service needs of a unit of work: both storage/unit_of_work.py ``UnitOfWork``
    (the ORM repositories inherit the read classes) and ``ReadUnitOfWork`` (sqlite3 alone) have it."""

    @property
    def aggregates(self) -> AggregateReads: ...
    @property
    def therapies(self) -> TherapyTypeReads: ...
    @property
    def periods(self) -> MarkedPeriodReads: ...
    @property
    def courses(self) -> CourseReads: ...
    @property
    def settings(self) -> SettingsReads: ...
    @property
    def pain(self) -> PainReads: ...
    @property
    def sessions(self) -> SessionReads: ...
    @property
    def peg(self) -> PegReads: ...
    @property
    def trials(self) -> TrialReads: ...
    @property
    def factors(self) -> FactorReads: ...


#: ``with reads() as uow: uow.aggregates.daily_pain(...)``: a unit of work's factory, or a light one
ReadsFactory = Callable[[], AbstractContextManager[Reads]]


@dataclass(frozen=True)
class ReadUnitOfWork:
    """The reads of a unit of work (storage/unit_of_work.py ``UnitOfWork`` has the same names, with
    the ORM repositories that inherit these classes), over one connection in one read transaction."""

    aggregates: AggregateReads
    therapies: TherapyTypeReads
    periods: MarkedPeriodReads
    courses: CourseReads
    settings: SettingsReads
    pain: PainReads
    sessions: SessionReads
    peg: PegReads
    trials: TrialReads
    factors: FactorReads
    schema: SchemaReads


def reads_over(connection: DBAPIConnection) -> ReadUnitOfWork:
    return ReadUnitOfWork(
        aggregates=AggregateReads(connection),
        therapies=TherapyTypeReads(connection),
        periods=MarkedPeriodReads(connection),
        courses=CourseReads(connection),
        settings=SettingsReads(connection),
        pain=PainReads(connection),
        sessions=SessionReads(connection),
        peg=PegReads(connection),
        trials=TrialReads(connection),
        factors=FactorReads(connection),
        schema=SchemaReads(connection),
    )


@contextmanager
def read_journal(path: Path) -> Iterator[ReadUnitOfWork]:
    """The reads over a plain (unencrypted) journal file, with sqlite3 alone: one connection with the
    pragmas every connection gets and ``query_only`` (nothing can be written through it), one read
    transaction (a consistent view), closed on leaving, so nothing of ours keeps the file open
    (a later write, backup, restore or encryption is never blocked by it). The caller has run the
    open gate (services/journal_gate.py) and knows the schema is at head."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        for pragma in PRAGMAS:
            if "journal_mode" not in pragma:  # a reader never changes the file's mode
                connection.execute(pragma)
        connection.execute("PRAGMA query_only=ON")
        connection.execute("BEGIN")
        try:
            yield reads_over(connection)
        finally:
            connection.execute("ROLLBACK")
    finally:
        connection.close()

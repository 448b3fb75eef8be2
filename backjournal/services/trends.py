"""Trends: the numbers behind the charts, for a range of days and a choice of therapies.

Reads go through the unit of work's ``aggregates`` (SQL ``GROUP BY`` local day), never through
whole records, and come back as the analysis package's numpy-backed objects.

Ranges: ``2w`` (14 days), ``30d``, ``90d``, ``1y`` (365 days) end today; ``all`` runs from the
first day with a pain entry or a session to today (or to the last such day when that is later).
Marked periods are journal data: the journal's ``marked_periods`` table (see domain.periods),
each with a uid that removal refers to. They are not records, so they do not pass through
``JournalService``'s change signal: the service tells its own listeners (``add_listener``) after
each change, and ``MarkPeriodCommand`` / ``RemovePeriodCommand`` make adding and removing undoable
through ``services.history``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from backjournal.analysis.daily import DEFAULT_WINDOW, daily_pain_from_rows
from backjournal.analysis.effects import (
    DEFAULT_EFFECT_WINDOW,
    TherapyEffect,
    session_points_from_rows,
    therapy_effects,
)
from backjournal.analysis.trend_data import TrendData
from backjournal.domain.courses import course_spans
from backjournal.domain.errors import NotFoundError, ValidationError
from backjournal.domain.periods import UID_HELP, MarkedPeriod
from backjournal.domain.timeutil import local_now
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.history import Command
from backjournal.services.listeners import HasListeners
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:  # the light path builds this service before SQLAlchemy is imported
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

RANGE_DAYS = {"2w": 14, "30d": 30, "90d": 90, "1y": 365}
RANGE_KEYS = (*RANGE_DAYS, "all")
#: English, marked for translation; the window shows translate("Trends", label)
RANGE_LABELS = {
    "2w": QT_TRANSLATE_NOOP("Trends", "2 weeks"),
    "30d": QT_TRANSLATE_NOOP("Trends", "30 days"),
    "90d": QT_TRANSLATE_NOOP("Trends", "90 days"),
    "1y": QT_TRANSLATE_NOOP("Trends", "1 year"),
    "all": QT_TRANSLATE_NOOP("Trends", "All"),
}
MAX_WINDOW = 365


def today() -> date:
    return local_now().date()


class TrendsService(HasListeners):
    """``unit_of_work`` for the writes (marked periods); ``reads`` for the reads, by default the unit
    of work. The window's light start (ui/light_start.py) reads with storage/plain_reads.py
    ``read_journal`` before SQLAlchemy is loaded: ``TrendsService(reads=...)``, which writes nothing."""

    def __init__(self, *, unit_of_work: UnitOfWorkFactory | None = None, reads: ReadsFactory | None = None):
        self._reads, self._uow = reads_and_writes("TrendsService", unit_of_work, reads)
        self._listeners: list[Callable[[list[MarkedPeriod]], None]] = []

    # ------------------------------------------------------------------ listeners
    def _periods_changed(self, periods: list[MarkedPeriod]) -> None:
        self._tell(list(periods))

    # ------------------------------------------------------------------ ranges
    def span(self) -> tuple[date, date] | None:
        """First and last day with a pain entry or a session, or None for an empty journal."""
        with self._reads() as uow:
            return uow.aggregates.day_span()

    def resolve_range(
        self, key: str | None = None, start: date | None = None, end: date | None = None, *, on: date | None = None
    ) -> tuple[date, date]:
        """The days [start, end] of a named range (``2w`` ... ``all``) or of explicit dates.

        Explicit dates win; a missing end is today, a missing start is the first day of the journal.
        """
        on = on or today()
        if key is not None and key not in RANGE_KEYS:
            raise ValidationError("--range", key, ", ".join(RANGE_KEYS))
        if start is not None and end is not None and end < start:
            raise ValidationError("--to", end.isoformat(), f"a day on or after --from ({start})", "is before --from")
        if start is None and end is None and key in RANGE_DAYS:
            return on - timedelta(days=RANGE_DAYS[key] - 1), on
        span = self.span()
        last = end or (max(on, span[1]) if span else on)
        first = start if start is not None else span[0] if span else last - timedelta(days=RANGE_DAYS["30d"] - 1)
        if first > last:
            if start is not None:
                raise ValidationError("--from", start.isoformat(), f"a day on or before {last}", "is after the end")
            first = last
        return first, last

    # ------------------------------------------------------------------ therapies
    def therapies(self) -> list[tuple[str, str]]:
        """All therapy types as (key, name), built-in first."""
        with self._reads() as uow:
            return [(t.key, t.name) for t in uow.therapies.all()]

    def therapies_used(self) -> list[str]:
        """The keys of the therapies with a session anywhere in the journal (the Trends filter lists them)."""
        with self._reads() as uow:
            return uow.aggregates.therapy_keys_used()

    def check_therapy_keys(self, keys: Iterable[str] | None) -> list[str] | None:
        """Validate a therapy filter (keys or names); None means every therapy."""
        if keys is None:
            return None
        out = []
        with self._reads() as uow:
            for k in keys:
                key = uow.therapies.find(k).key  # ValidationError lists the allowed keys
                if key not in out:
                    out.append(key)
        return out

    # ------------------------------------------------------------------ numbers
    def trend_data(
        self,
        start: date,
        end: date,
        therapy_keys: Iterable[str] | None = None,
        *,
        window: int = DEFAULT_WINDOW,
        effect_window: int = DEFAULT_EFFECT_WINDOW,
        regions: Iterable[str] | None = None,
    ) -> TrendData:
        """Daily pain over [start - pad, end + effect_window] (pad = the longer window), so rolling
        means at ``start`` and the days after late sessions are right; sessions within [start, end].
        ``regions``: only pain entries naming one of these body regions (None: every entry)."""
        _check_window(window, "--window")
        _check_window(effect_window, "--effect-window")
        keys = self.check_therapy_keys(therapy_keys)
        if regions is not None:
            from backjournal.domain.models import parse_regions

            regions = [r.value for r in parse_regions(list(regions))]
            if not regions:
                from backjournal.domain.models import BodyRegion

                raise ValidationError(
                    "--where", "", ", ".join(r.value for r in BodyRegion), "at least one body region is needed"
                )
        pad = max(window, effect_window)
        lo, hi = start - timedelta(days=pad), end + timedelta(days=effect_window)
        with self._reads() as uow:
            rows = uow.aggregates.daily_pain(lo, hi, regions)
            points = uow.aggregates.session_points(start, end, keys)
            types = uow.therapies.all()
            all_types = [(t.key, t.name) for t in types]
            colours = {t.key: t.color for t in types if t.color}
            periods = uow.periods.all()
            courses = uow.courses.all()
        # courses are shaded like marked periods (a course made from a marked period only once)
        spans = course_spans(courses, dict(all_types), today(), periods)
        periods = sorted([*periods, *spans], key=lambda p: (p.start, p.end, p.label))
        sessions = session_points_from_rows(points)
        used = set(sessions.distinct_keys())
        wanted = set(keys) if keys is not None else used
        lanes = tuple((k, n) for k, n in all_types if k in wanted and (k in used or keys is not None))
        return TrendData(
            daily=daily_pain_from_rows(rows, lo, hi),
            sessions=sessions,
            therapies=lanes,
            periods=tuple(periods),
            window=window,
            colours=colours,
        )

    def effects(
        self,
        data: TrendData,
        *,
        window: int = DEFAULT_EFFECT_WINDOW,
        start: date | None = None,
        end: date | None = None,
    ) -> list[TherapyEffect]:
        """Per-therapy effects for the sessions of ``data`` (optionally only those in [start, end])."""
        _check_window(window, "--effect-window")
        sessions = data.sessions
        if start is not None and end is not None:
            sessions = sessions.between(start, end)
        keys = [k for k, _ in data.therapies]
        return therapy_effects(sessions, data.daily, data.names, window=window, keys=keys)

    # ------------------------------------------------------------------ marked periods
    def marked_periods(self) -> list[MarkedPeriod]:
        with self._reads() as uow:
            return uow.periods.all()

    def checked_period(self, period: MarkedPeriod) -> MarkedPeriod:
        """``period`` validated, its therapy (key or name) resolved to a key and given a uid if it had
        none; raises ValidationError."""
        valid = period.validate()
        if valid.uid is None:
            valid = valid.with_uid()
        if valid.therapy is None:
            return valid
        with self._uow() as uow:
            return MarkedPeriod(valid.label, valid.start, valid.end, uow.therapies.find(valid.therapy).key, valid.uid)

    def add_marked_period(self, period: MarkedPeriod) -> list[MarkedPeriod]:
        """Keep ``period`` (a new uid if it has none; the same uid again when an undo puts it back)."""
        valid = self.checked_period(period)
        with self._uow() as uow:
            uow.periods.add(valid)
            periods = uow.periods.all()
        self._periods_changed(periods)
        return periods

    def find_marked_period(self, uid: str) -> MarkedPeriod:
        """The period whose uid is ``uid`` or starts with it (at least 4 characters, as listed)."""
        text = uid.strip().lower() if isinstance(uid, str) else ""
        if len(text) < 4:
            raise ValidationError("uid", uid, f"{UID_HELP}, or at least its first 4 characters")
        periods = self.marked_periods()
        found = [p for p in periods if p.uid is not None and p.uid.startswith(text)]
        if not found:
            raise NotFoundError(f"No marked period has the uid {uid!r}; 'backjournal period list' shows them.")
        if len(found) > 1:
            raise ValidationError(
                "uid",
                uid,
                "more characters of the uid: " + ", ".join(p.uid or "" for p in found),
                "matches more than one period",
            )
        return found[0]

    def remove_marked_period(self, uid: str) -> MarkedPeriod:
        """Remove the period with this uid (or a unique start of it); returns it. NotFoundError if none."""
        period = self.find_marked_period(uid)
        with self._uow() as uow:
            uow.periods.remove(period.uid or "")
            periods = uow.periods.all()
        self._periods_changed(periods)
        return period


@dataclass
class MarkPeriodCommand(Command):
    """Mark a period. Undo removes exactly that period again; redo marks it again."""

    trends: TrendsService
    period: MarkedPeriod
    saved: MarkedPeriod | None = None

    def __post_init__(self) -> None:
        self.text = "mark period"

    def redo(self) -> None:
        if self.saved is None:
            self.saved = self.trends.checked_period(self.period)  # raises before anything is written
        self.trends.add_marked_period(self.saved)

    def undo(self) -> None:
        assert self.saved is not None
        self.trends.remove_marked_period(self.saved.uid or "")


@dataclass
class RemovePeriodCommand(Command):
    """Remove a marked period (by its uid). Undo puts it back with the same uid."""

    trends: TrendsService
    period: MarkedPeriod

    def __post_init__(self) -> None:
        self.text = "remove marked period"

    def redo(self) -> None:
        self.trends.remove_marked_period(self.period.uid or "")

    def undo(self) -> None:
        self.trends.add_marked_period(self.period)


def _check_window(window: int, field: str) -> None:
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= MAX_WINDOW:
        raise ValidationError(field, window, f"a whole number of days from 1 to {MAX_WINDOW}")

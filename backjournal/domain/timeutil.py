"""Time helpers: every moment in the journal is timezone-aware.

We keep the offset a person was in when they felt the pain (a Tuesday morning in Lisbon stays a
Tuesday morning after moving to Berlin), and store the instant in UTC for sorting.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from backjournal.domain.errors import ValidationError

#: An entry created this long after the moment it describes is shown as back-dated.
BACKDATE_THRESHOLD = timedelta(hours=4)

ISO_HELP = "ISO 8601, e.g. 2026-03-14T08:30, 2026-03-14T08:30+01:00 or 2026-03-14"
DATE_HELP = "a date as YYYY-MM-DD, e.g. 2026-03-14"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def local_now() -> datetime:
    """Now, aware, in the machine's local offset."""
    return datetime.now().astimezone()


def ensure_aware(moment: datetime, *, field: str = "time") -> datetime:
    if not isinstance(moment, datetime):
        raise ValidationError(field, moment, ISO_HELP, "is not a date and time")
    if moment.tzinfo is None or moment.utcoffset() is None:
        # A naive time typed by a person means their local time.
        return moment.astimezone()
    return moment


def parse_moment(text: str, *, field: str = "--at") -> datetime:
    """Parse what a person typed as a moment. A bare date means noon that day, local time (but never
    later than now)."""
    raw = text.strip()
    if not raw:
        raise ValidationError(field, text, ISO_HELP, "is empty")
    try:
        if len(raw) == 10:  # a bare date: noon that day, or now if that is today and noon is still ahead
            day = date.fromisoformat(raw)
            noon = datetime(day.year, day.month, day.day, 12, 0).astimezone()
            now = local_now()
            return now if day == now.date() and noon > now else noon
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(field, text, ISO_HELP, f"{text!r} is not a date and time") from None
    return ensure_aware(moment, field=field)


#: How far ahead of the clock a typed time may be (a clock a little off, a slow click on "Save").
FUTURE_SLACK = timedelta(minutes=10)


def check_not_future(moment: datetime, *, field: str = "time", now: datetime | None = None) -> datetime:
    """Refuse a moment that has not happened yet: a journal records what was felt or done.

    Used where a person types a time (the window's forms, ``--at``); imported files keep their
    times as they are.
    """
    now = now or utc_now()
    if moment - now > FUTURE_SLACK:
        raise ValidationError(field, moment.isoformat(timespec="minutes"), "now or earlier", "is in the future")
    return moment


def parse_day(text: str, *, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, text, DATE_HELP, f"{text!r} is not a date") from None


def offset_minutes(moment: datetime) -> int:
    off = moment.utcoffset()
    assert off is not None
    return int(off.total_seconds() // 60)


@lru_cache(maxsize=256)
def _fixed_offset(offset_min: int) -> timezone:
    return timezone.utc if offset_min == 0 else timezone(timedelta(minutes=offset_min))


def from_utc(utc_naive: datetime, offset_min: int) -> datetime:
    """Rebuild an aware moment from stored naive UTC and the offset it was recorded in."""
    if offset_min == 0:
        return utc_naive.replace(tzinfo=timezone.utc)
    return (utc_naive + timedelta(minutes=offset_min)).replace(tzinfo=_fixed_offset(offset_min))


def to_utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def is_backdated(felt_at: datetime, created_at: datetime) -> bool:
    return created_at - felt_at > BACKDATE_THRESHOLD

"""Time helpers: every moment in the journal is timezone-aware.

We keep the offset a person was in when they felt the pain (a Tuesday morning in Lisbon stays a
Tuesday morning after moving to Berlin), and store the instant in UTC for sorting.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from backjournal.domain.errors import ValidationError
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

#: An entry created this long after the moment it describes is shown as back-dated.
BACKDATE_THRESHOLD = timedelta(hours=4)

#: Marked for translation; ValidationError shows them in the process's language.
ISO_HELP = QT_TRANSLATE_NOOP("Errors", "ISO 8601, e.g. 2026-03-14T08:30, 2026-03-14T08:30+01:00 or 2026-03-14")
DATE_HELP = QT_TRANSLATE_NOOP("Errors", "a date as YYYY-MM-DD, e.g. 2026-03-14")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_now() -> datetime:
    """Now, aware, in the machine's local offset."""
    return datetime.now().astimezone()


def ensure_aware(moment: datetime, *, field: str = "time") -> datetime:
    if not isinstance(moment, datetime):
        raise ValidationError(field, moment, ISO_HELP, QT_TRANSLATE_NOOP("Errors", "is not a date and time"))
    if moment.tzinfo is None or moment.utcoffset() is None:
        # A naive time typed by a person means their local time.
        return moment.astimezone()
    return moment


#: The days a person can type: far enough back for any record, and far from the ends of the
#: calendar (year 1 or 9999 in another time zone, or a day plus a week, would overflow).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
DAY_RANGE_HELP = QT_TRANSLATE_NOOP("Errors", "a day from {first} to {last}")


def check_day_range(day: date, *, field: str, text: object = None) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        shown = text if text is not None else day.isoformat()
        raise ValidationError(
            field,
            shown,
            translate("Errors", DAY_RANGE_HELP).format(first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()),
            translate("Errors", "{value} is outside the years {first}-{last}").format(
                value=repr(str(shown)), first=FIRST_DAY.year, last=LAST_DAY.year
            ),
        )
    return day


def _ascii_iso(text: str, field: str, original: str) -> None:
    """ISO 8601 is written with ASCII digits: '２０２６' or '²' are refused, not read as numbers."""
    if not text.isascii():
        raise ValidationError(
            field,
            original,
            ISO_HELP,
            translate("Errors", "{value} is not a date and time (only the digits 0-9 are read)").format(
                value=repr(original)
            ),
        )


def parse_moment(text: str, *, field: str = "--at") -> datetime:
    """Parse what a person typed as a moment. A bare date means noon that day, local time (but never
    later than now). A local time the clocks skip (a daylight-saving gap) is refused with the two
    valid readings, never silently moved."""
    raw = text.strip()
    if not raw:
        raise ValidationError(field, text, ISO_HELP, QT_TRANSLATE_NOOP("Errors", "is empty"))
    _ascii_iso(raw, field, text)
    try:
        if len(raw) == 10:  # a bare date: noon that day, or now if that is today and noon is still ahead
            day = check_day_range(date.fromisoformat(raw), field=field, text=text)
            noon = datetime(day.year, day.month, day.day, 12, 0).astimezone()
            now = local_now()
            return now if day == now.date() and noon > now else noon
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            field, text, ISO_HELP, translate("Errors", "{value} is not a date and time").format(value=repr(text))
        ) from None
    check_day_range(moment.date(), field=field, text=text)
    if moment.tzinfo is None:
        check_local_time_exists(moment, field=field)
    return ensure_aware(moment, field=field)


def check_local_time_exists(naive: datetime, *, field: str = "time") -> datetime:
    """Refuse a local wall-clock time inside a daylight-saving gap (it never happened on this clock);
    the message offers the two moments it could mean, each with its offset."""
    early = naive.replace(fold=0).astimezone()
    late = naive.replace(fold=1).astimezone()
    if early.replace(tzinfo=None) == naive or late.replace(tzinfo=None) == naive:
        return naive
    # In a gap fold=0 reads the time with the offset before the change, fold=1 with the one after.
    before, after = sorted((early, late))
    shown = naive.isoformat(timespec="minutes")
    raise ValidationError(
        field,
        shown,
        translate("Errors", "{before} or {after}").format(
            before=before.isoformat(timespec="minutes"), after=after.isoformat(timespec="minutes")
        ),
        translate("Errors", "{time} does not exist here: the clocks skip that hour for daylight saving time").format(
            time=shown
        ),
    )


#: How far ahead of the clock a typed time may be (a clock a little off, a slow click on "Save").
FUTURE_SLACK = timedelta(minutes=10)


def check_not_future(moment: datetime, *, field: str = "time", now: datetime | None = None) -> datetime:
    """Refuse a moment that has not happened yet: a journal records what was felt or done.

    Used where a person types a time (the window's forms, ``--at``); imported files keep their
    times as they are.
    """
    now = now or utc_now()
    if moment - now > FUTURE_SLACK:
        raise ValidationError(
            field,
            moment.isoformat(timespec="minutes"),
            QT_TRANSLATE_NOOP("Errors", "now or earlier"),
            QT_TRANSLATE_NOOP("Errors", "is in the future"),
        )
    return moment


def parse_day(text: str, *, field: str) -> date:
    raw = text.strip()
    if not raw.isascii():
        raise ValidationError(
            field,
            text,
            DATE_HELP,
            translate("Errors", "{value} is not a date (only the digits 0-9 are read)").format(value=repr(text)),
        )
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            field, text, DATE_HELP, translate("Errors", "{value} is not a date").format(value=repr(text))
        ) from None
    return check_day_range(day, field=field, text=text)


def offset_minutes(moment: datetime) -> int:
    off = moment.utcoffset()
    assert off is not None
    return int(off.total_seconds() // 60)


@lru_cache(maxsize=256)
def _fixed_offset(offset_min: int) -> timezone:
    return UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))


def from_utc(utc_naive: datetime, offset_min: int) -> datetime:
    """Rebuild an aware moment from stored naive UTC and the offset it was recorded in."""
    if offset_min == 0:
        return utc_naive.replace(tzinfo=UTC)
    return (utc_naive + timedelta(minutes=offset_min)).replace(tzinfo=_fixed_offset(offset_min))


def to_utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def is_backdated(felt_at: datetime, created_at: datetime) -> bool:
    return created_at - felt_at > BACKDATE_THRESHOLD

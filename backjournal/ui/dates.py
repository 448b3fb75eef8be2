"""Dates and times shown one way everywhere: the locale's short date (with a four-digit year and the
weekday) and its short time. The UTC offset is added only where it matters: when a moment was
recorded in another offset than this computer's local time at that moment (travel, a journal moved
between time zones), so "09:00" never silently means two different things.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# The C/POSIX locale's own short format ("d MM yyyy") reads badly; it gets an unambiguous one.
_C_DATE = "d MMM yyyy"
_C_TIME = "HH:mm"


def python_date(day: QDate) -> date:
    """The QDate as a datetime.date (QDate.toPython's declared type is object)."""
    value = day.toPython()
    assert isinstance(value, date)
    return value


def date_format(locale: QLocale | None = None, *, weekday: bool = True) -> str:
    """A Qt date format: the locale's short date, always with a four-digit year, after the weekday
    (``weekday=False`` for date fields, where it would only take room)."""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        fmt = _C_DATE
    else:
        fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
    return "ddd " + fmt if weekday else fmt


def time_format(locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return _C_TIME if loc.language() == QLocale.Language.C else loc.timeFormat(QLocale.FormatType.ShortFormat)


def moment_format(locale: QLocale | None = None) -> str:
    return f"{date_format(locale)}  {time_format(locale)}"


def date_text(day: date, locale: QLocale | None = None, *, weekday: bool = True) -> str:
    loc = locale or QLocale()
    return loc.toString(QDate(day.year, day.month, day.day), date_format(loc, weekday=weekday))


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QTime(moment.hour, moment.minute), time_format(loc))


def moment_text(moment: datetime, locale: QLocale | None = None) -> str:
    """The wall-clock time where it was recorded; its UTC offset only if this computer's differs."""
    loc = locale or QLocale()
    text = loc.toString(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)), moment_format(loc)
    )
    offset = moment.utcoffset()
    if offset is not None and moment.astimezone().utcoffset() != offset:
        text += f" ({offset_text(moment)})"
    return text


def offset_text(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

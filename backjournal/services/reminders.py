"""When to remind the person to log, decided without Qt and with an injected clock.

The window's tray (ui/reminders.py) asks ``due(now)`` about once a minute; tests pass a fake
clock instead of sleeping. A reminder is due on a chosen weekday, at or after the chosen time,
once per day, and only while today has no pain entry ("silent when today is already logged").
Where there is no system tray, ``missed_day`` finds the latest reminder day of the last week that
went without a pain entry, for a gentle note on the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from backjournal.domain.settings import Preferences
from backjournal.domain.timeutil import local_now
from backjournal.i18n import day_month, translate, weekday_name
from backjournal.services.journal import JournalService
from backjournal.services.settings import SettingsService

Clock = Callable[[], datetime]
#: how far back a missed day is looked for at start (older gaps are not news)
MISSED_LOOKBACK_DAYS = 7


class ReminderService:
    def __init__(self, *, journal: JournalService, settings: SettingsService, clock: Clock = local_now):
        self.journal = journal
        self.settings = settings
        self.clock = clock
        #: the day the reminder last fired (once a day at most)
        self.fired_on: date | None = None

    def logged_on(self, day: date) -> bool:
        """True when ``day`` (local) has a pain entry."""
        return bool(self.journal.pain_entries(day, day))

    def due(self, now: datetime | None = None) -> bool:
        """True when the reminder should fire now (and has not fired today)."""
        now = now or self.clock()
        prefs = self.settings.preferences()
        if not prefs.reminds_on(now.weekday()) or now.time() < prefs.reminder_time:
            return False
        if self.fired_on == now.date():
            return False
        return not self.logged_on(now.date())

    def fire_if_due(self, now: datetime | None = None) -> tuple[str, str] | None:
        """The notification's (title, text) when due, remembering that it fired today; else None."""
        now = now or self.clock()
        if not self.due(now):
            return None
        self.fired_on = now.date()
        return reminder_message(self.settings.preferences(), now.date())

    def next_due(self, now: datetime | None = None) -> datetime | None:
        """The next moment a reminder could fire (for the tray's tooltip), or None when it is off."""
        now = now or self.clock()
        prefs = self.settings.preferences()
        if not prefs.reminder_enabled or not prefs.reminder_days:
            return None
        for ahead in range(8):
            day = now.date() + timedelta(days=ahead)
            moment = datetime.combine(day, prefs.reminder_time, tzinfo=now.tzinfo)
            if (
                day.weekday() in prefs.reminder_days
                and moment >= now.replace(second=0, microsecond=0)
                and (ahead > 0 or self.fired_on != day)
            ):
                return moment
        return None

    def missed_day(self, *, since: date | None = None, now: datetime | None = None) -> date | None:
        """The latest reminder day before today (within a week, after ``since``) without a pain entry."""
        now = now or self.clock()
        prefs = self.settings.preferences()
        if not prefs.reminder_enabled:
            return None
        today = now.date()
        first = today - timedelta(days=MISSED_LOOKBACK_DAYS)
        if since is not None:
            first = max(first, since + timedelta(days=1))
        logged = {e.felt_at.date() for e in self.journal.pain_entries(first, today - timedelta(days=1))}
        day = today - timedelta(days=1)
        while day >= first:
            if day.weekday() in prefs.reminder_days and day not in logged:
                return day
            day -= timedelta(days=1)
        return None


def reminder_message(prefs: Preferences, day: date) -> tuple[str, str]:
    text: str = translate("Reminders", "How is your pain today? Click here to log it in a few seconds.")
    if day.weekday() == prefs.peg_day:
        text += translate("Reminders", " It is also {day}, your weekly PEG check-in day.").format(
            day=weekday_name(prefs.peg_day)
        )
    return "BackJournal", text


def missed_note(day: date, today: date) -> str:
    if day == today - timedelta(days=1):
        when: str = translate("Reminders", "Yesterday")
    else:
        when = translate("Reminders", "{weekday} {day}").format(weekday=weekday_name(day.weekday()), day=day_month(day))
    return translate(
        "Reminders",
        "{when} has no pain entry. If you remember how it was, you can still log it: set "
        'the time in Today\'s "When" field.',
    ).format(when=when)

"""When Today offers the weekly PEG check-in: on the person's PEG day (Preferences), once that week,
never nagging. Pure rules; the window keeps the day it was dismissed (window state, not journal data).

Offered when today is the PEG day, no check-in was answered in the 6 days before (nor today), and
the offer was not dismissed today. Missing the day means no offer until the next PEG day: the
button "Weekly PEG check-in…" is always there.
"""

from __future__ import annotations

from datetime import date


def peg_offer_due(today: date, *, peg_day: int, last_checkin: date | None, dismissed_on: date | None) -> bool:
    if today.weekday() != peg_day:
        return False
    if dismissed_on == today:
        return False
    return last_checkin is None or (today - last_checkin).days >= 7

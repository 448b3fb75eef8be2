"""The weekly PEG over time (Krebs 2009): each check-in's score (the mean of its three 0-10 items:
average pain, interference with enjoyment of life, interference with general activity, all about the
past week) on the local day it was answered. No bands: the mild/moderate/severe cut-offs seen on
some websites are not from the validation paper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from backjournal.domain.models import PegCheckin
from backjournal.i18n import day_month, translate


@dataclass(frozen=True)
class PegPoint:
    day: date
    score: float  # full precision: (pain + enjoyment + activity) / 3
    pain: int
    enjoyment: int
    activity: int


def peg_points(checkins: Iterable[PegCheckin]) -> list[PegPoint]:
    """``checkins``: domain PegCheckin records (their ``answered_at`` carries the person's offset)."""
    out = [
        PegPoint(c.answered_at.date(), (c.pain + c.enjoyment + c.activity) / 3, c.pain, c.enjoyment, c.activity)
        for c in checkins
    ]
    return sorted(out, key=lambda p: p.day)


def peg_summary(points: list[PegPoint]) -> str:
    """ "5 check-ins, first 6.3 (3 Mar), latest 4.7 (31 Mar)" or "" without check-ins."""
    if not points:
        return ""
    first, last = points[0], points[-1]
    n = len(points)
    if n == 1:
        return translate("Peg", "1 check-in: {score:.1f} on {day}").format(score=last.score, day=_day_year(last.day))
    return translate(
        "Peg", "%n check-ins, first {first:.1f} ({first_day}), latest {last:.1f} ({last_day})", None, n
    ).format(first=first.score, first_day=day_month(first.day), last=last.score, last_day=_day_year(last.day))


def _day_year(day: date) -> str:
    return translate("Text", "{day_month} {year}").format(day_month=day_month(day), year=day.year)

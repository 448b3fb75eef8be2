"""A synthetic but realistic journal, for screenshots, tests and benchmarks (``backjournal demo``).

It only fills an EMPTY journal (no pain entry, session or PEG check-in, not even in the trash).

The model, day by day (numpy, seeded):
- a baseline that drifts slowly (a mean-reverting random walk around 4.5 plus a slow wave),
- flares (about one a month and a half: +2..+4 points fading over 3-10 days, often with leg pain),
- good spells (a few a year: -1.5..-2.5 points for 2-6 weeks),
- courses of therapy with a modest, noisy benefit: acupuncture (weekly, 6-10 sessions, marked
  as a period), physical therapy, cryotherapy series; regular exercise in some months; heat and
  massage now and then; medication on some bad days (a dose is written down),
- 0-4 pain entries a day (some days none, a few holidays with none at all) at morning, midday
  and evening times, a note now and then, and a PEG check-in about weekly.
Sessions carry a pain score before and after that follows the day's level and the therapy's
short-term effect, with noise. Everything is written in one transaction with the repositories'
bulk insert (``add_many``); each record is stamped as created at the moment it describes (generated
history is not back-dated), capped at now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

import numpy as np

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.models import (
    BodyRegion,
    PainEntryDraft,
    PainQuality,
    PegDraft,
    TherapySessionDraft,
)
from backjournal.domain.periods import MarkedPeriod, with_content_uids
from backjournal.domain.timeutil import local_now, utc_now
from backjournal.storage.repositories import DraftWithIdentity
from backjournal.storage.unit_of_work import UnitOfWorkFactory

MAX_YEARS = 30

#: short-term effect (points, negative = relief) and typical minutes of each therapy used
_THERAPY = {
    "acupuncture": (-1.4, 30, "Dr. Lin's practice"),
    "physical_therapy": (-0.9, 45, "Physio on Main Street"),
    "cryotherapy": (-1.8, 3, "Cryo centre"),
    "exercise": (-0.5, 30, None),
    "heat": (-1.0, 20, None),
    "massage": (-1.3, 50, None),
    "medication": (-2.0, None, None),
}
_NOTES = [
    "Slept badly.",
    "Long drive today.",
    "Gardening, stiff afterwards.",
    "Good walk in the park.",
    "Rainy, achy.",
    "Sat at the desk too long.",
    "Carried the shopping.",
    "Felt better after stretching.",
    "Woke up stiff.",
    "Busy day at work.",
    "Played with the kids.",
    "Pain shooting down the left leg.",
]
_EXERCISE_DETAILS = ["walk 5 km", "swimming", "core routine", "yoga", "stationary bike"]


@dataclass(frozen=True)
class DemoSummary:
    start: date
    end: date
    pain_entries: int
    sessions: int
    peg_checkins: int
    periods: int


class DemoService:
    def __init__(self, *, unit_of_work: UnitOfWorkFactory):
        self._uow = unit_of_work

    def fill(self, years: float = 2, seed: int | None = None, *, end: date | None = None) -> DemoSummary:
        if (
            isinstance(years, bool)
            or not isinstance(years, int | float)
            or not 0 < years <= MAX_YEARS
            or round(years * 365.25) < 1
        ):
            raise ValidationError(
                "--years", years, f"a number of years of at least one day (0.003) and at most {MAX_YEARS}"
            )
        with self._uow() as uow:
            existing = uow.aggregates.record_count(include_deleted=True)
        if existing:
            raise ConflictError(
                f"This journal already has {existing} record(s); demo data only goes into an empty journal "
                "(use --data-dir with a new folder)."
            )
        tz = local_now().tzinfo
        assert tz is not None  # local_now() is aware
        end = end or local_now().date()
        pain, sessions, peg, periods = generate(years, seed, end, tz)
        # Nothing in the future: a demo journal ending today stops at the present moment.
        now_local = local_now()
        pain = [d for d in pain if d.felt_at <= now_local]
        sessions = [d for d in sessions if d.started_at <= now_local]
        peg = [d for d in peg if d.answered_at <= now_local]
        with self._uow() as uow:
            # re-check inside the writing transaction: nothing may have arrived meanwhile
            if uow.aggregates.record_count(include_deleted=True):
                raise ConflictError("The journal received records meanwhile; demo data was not added.")
            now = utc_now()
            counts = (
                uow.pain.add_many(_stamped(d, d.felt_at, now) for d in pain),
                uow.sessions.add_many(_stamped(d, d.started_at, now) for d in sessions),
                uow.peg.add_many(_stamped(d, d.answered_at, now) for d in peg),
            )
            for period in with_content_uids(periods):  # the same seed gives the same uids
                uow.periods.add(period)
        first = end - timedelta(days=round(years * 365.25) - 1)
        return DemoSummary(first, end, *counts, len(periods))


def _stamped(
    draft: PainEntryDraft | TherapySessionDraft | PegDraft, moment: datetime, now: datetime
) -> DraftWithIdentity:
    """A generated record with a new uid, created (and last changed) when it happened, or now if later."""
    stamp = min(moment, now)
    return DraftWithIdentity(draft, None, stamp, stamp)


def generate(
    years: float, seed: int | None, end: date, tz: tzinfo
) -> tuple[list[PainEntryDraft], list[TherapySessionDraft], list[PegDraft], list[MarkedPeriod]]:
    """Validated drafts (pain, sessions, PEG) and marked periods for ``years`` ending on ``end``."""
    rng = np.random.default_rng(seed)
    n = round(years * 365.25)
    start = end - timedelta(days=n - 1)
    t = np.arange(n)

    # slow drift: a mean-reverting walk plus a multi-year wave
    walk = np.zeros(n)
    for i in range(1, n):
        walk[i] = walk[i - 1] * 0.985 + rng.normal(0, 0.18)
    level = 4.5 + walk + 0.7 * np.sin(2 * np.pi * t / (365 * 2.7) + rng.uniform(0, 6.3))

    # flares
    flare = np.zeros(n)
    leg = np.zeros(n, dtype=bool)
    for day in np.flatnonzero(rng.random(n) < 1 / 45).tolist():
        amp, tau = rng.uniform(2, 4), rng.uniform(3, 10)
        span = np.arange(day, min(n, day + int(tau * 3)))
        flare[span] += amp * np.exp(-(span - day) / tau)
        if rng.random() < 0.5:
            leg[span[: int(tau)]] = True
    # good spells
    good = np.zeros(n)
    for day in np.flatnonzero(rng.random(n) < 1 / 110).tolist():
        good[day : day + int(rng.integers(14, 42))] -= rng.uniform(1.5, 2.5)

    # therapy courses with a slow benefit that fades after the course
    sessions_at: list[tuple[int, str]] = []
    periods: list[MarkedPeriod] = []
    benefit = np.zeros(n)
    courses = [
        ("acupuncture", 7, (6, 11), 0.9, "Acupuncture course"),
        ("physical_therapy", 3, (8, 13), 0.7, "Physical therapy"),
        ("cryotherapy", 2, (8, 11), 0.5, "Cryotherapy series"),
    ]
    for key, every, (lo, hi), gain, label in courses:
        for begin in np.flatnonzero(rng.random(n) < 1 / 300):
            count = int(rng.integers(lo, hi))
            days = [int(begin + k * every + rng.integers(0, 2)) for k in range(count)]
            days = [d for d in days if d < n]
            if len(days) < 2:
                continue
            sessions_at += [(d, key) for d in days]
            tail = np.arange(days[0], min(n, days[-1] + 45))
            benefit[tail] -= gain * np.minimum(1, (tail - days[0]) / 21) * np.exp(-np.maximum(0, tail - days[-1]) / 20)
            periods.append(MarkedPeriod(label, start + timedelta(days=days[0]), start + timedelta(days=days[-1]), key))
    # exercise habit in some months, heat/massage/medication now and then
    habit = np.repeat(rng.random(n // 30 + 1) < 0.45, 30)[:n]
    for d in np.flatnonzero(habit & (rng.random(n) < 0.4)).tolist():
        sessions_at.append((int(d), "exercise"))
    # a centred 30-day mean; mode="same" would return 30 values for a journal shorter than 30 days
    benefit -= 0.4 * np.convolve(habit.astype(float), np.ones(30) / 30, mode="full")[14 : 14 + n]
    mean = np.clip(level + flare + good + benefit, 0.5, 9.5)
    for d in np.flatnonzero((mean > 5.5) & (rng.random(n) < 0.18)).tolist():
        sessions_at.append((int(d), "heat"))
    for d in np.flatnonzero(rng.random(n) < 1 / 40).tolist():
        sessions_at.append((int(d), "massage"))
    for d in np.flatnonzero((flare > 1.5) & (rng.random(n) < 0.45)).tolist():
        sessions_at.append((int(d), "medication"))

    # pain entries: 0-4 a day, a few holidays without any
    per_day = rng.choice(5, size=n, p=[0.08, 0.17, 0.30, 0.25, 0.20])
    for day in np.flatnonzero(rng.random(n) < 1 / 200).tolist():
        per_day[day : day + int(rng.integers(4, 15))] = 0
    slots = [(7, 30), (12, 30), (17, 0), (21, 0)]
    pain: list[PainEntryDraft] = []
    for d in range(n):
        k = int(per_day[d])
        if not k:
            continue
        on_day = start + timedelta(days=d)
        chosen = sorted(rng.choice(4, size=k, replace=False))
        for s in chosen:
            hour, minute = slots[s]
            moment = datetime.combine(on_day, time(hour, minute), tz) + timedelta(minutes=int(rng.integers(-50, 50)))
            score = int(np.clip(round(mean[d] + (0.4 if s == 3 else 0) + rng.normal(0, 0.9)), 0, 10))
            regions = [BodyRegion.LOWER_BACK]
            if leg[d]:
                regions.append(BodyRegion.LEG_LEFT)
            elif rng.random() < 0.08:
                regions.append(BodyRegion.BUTTOCK_HIP_RIGHT)
            qualities = [PainQuality.ACHING] if rng.random() < 0.3 else []
            if leg[d] and rng.random() < 0.5:
                qualities.append(PainQuality.SHOOTING)
            note = _NOTES[int(rng.integers(len(_NOTES)))] if rng.random() < 0.06 else None
            pain.append(PainEntryDraft(moment, score, tuple(regions), tuple(qualities), note).validate())

    sessions: list[TherapySessionDraft] = []
    for d, key in sorted(sessions_at):
        effect, minutes, provider = _THERAPY[key]
        on_day = start + timedelta(days=d)
        hour = int(rng.integers(8, 19))
        moment = datetime.combine(on_day, time(hour, int(rng.integers(0, 60))), tz)
        before = int(np.clip(round(mean[d] + rng.normal(0.3, 0.8)), 0, 10))
        after = int(np.clip(round(before + effect + rng.normal(0, 0.8)), 0, 10))
        recorded = rng.random() < 0.85
        details = _EXERCISE_DETAILS[int(rng.integers(len(_EXERCISE_DETAILS)))] if key == "exercise" else None
        sessions.append(
            TherapySessionDraft(
                therapy_key=key,
                started_at=moment,
                minutes=None
                if minutes is None
                else max(1, minutes + int(rng.integers(-minutes // 4 - 1, minutes // 4 + 2))),
                pain_before=before if recorded else None,
                pain_after=after if recorded else None,
                details=details,
                dose="400 mg ibuprofen" if key == "medication" else None,
                provider=provider,
                note="Felt looser afterwards." if rng.random() < 0.05 else None,
            ).validate()
        )

    peg: list[PegDraft] = []
    d = int(rng.integers(0, 7))
    while d < n:
        week = mean[max(0, d - 6) : d + 1].mean()
        peg.append(
            PegDraft(
                answered_at=datetime.combine(start + timedelta(days=d), time(20, 0), tz),
                pain=int(np.clip(round(week + rng.normal(0, 0.6)), 0, 10)),
                enjoyment=int(np.clip(round(week * 0.9 + rng.normal(0, 1)), 0, 10)),
                activity=int(np.clip(round(week * 1.0 + rng.normal(0, 1)), 0, 10)),
            ).validate()
        )
        d += int(rng.integers(6, 10)) if rng.random() < 0.85 else 14
    periods.sort(key=lambda p: (p.start, p.end, p.label))
    return pain, sessions, peg, periods

"""Personal (N-of-1) trials: two regimens A and B, agreed with the clinician, compared in pairs of
periods whose order inside each pair is drawn at random from a recorded seed.

Layout: the trial starts on ``start`` and runs ``pairs`` pairs of two periods of ``period_days``
days each, back to back. Inside each pair the order (A then B, or B then A) comes from
``random.Random(seed)``: the same seed always gives the same schedule, and the drawn orders are
also kept in the journal as they were drawn. An optional wash-out of ``washout_days`` days opens
every period: the period's regimen is already taken, but those days are left out of the analysis
(what the previous regimen may still be doing).

Model after Trialist (PREEMPT; Kravitz et al., JAMA Intern Med 2018): a tool for a conversation
with the clinician, not a verdict on a treatment.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import NAME_MAX, SHORT_TEXT_MAX, JsonObject, check_text, json_field
from backjournal.domain.timeutil import DATE_HELP
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

PAIRS_MIN, PAIRS_MAX = 3, 12
PERIOD_DAYS_MIN, PERIOD_DAYS_MAX = 7, 14
SEED_MAX = 2**32 - 1
REGIMENS = ("A", "B")


def draw_orders(seed: int, pairs: int) -> tuple[str, ...]:
    """The order inside each pair, "AB" or "BA", drawn from ``seed`` (reproducible)."""
    rng = random.Random(seed)
    return tuple(rng.choice(("AB", "BA")) for _ in range(pairs))


def new_seed() -> int:
    return secrets.randbelow(SEED_MAX + 1)


@dataclass(frozen=True, slots=True)
class TrialPeriod:
    """One period of the schedule: its number (1-based), pair, regimen and days."""

    number: int
    pair: int
    regimen: str  # "A" or "B"
    start: date
    end: date
    washout_end: date | None  # last wash-out day (None without wash-out)

    @property
    def analysed_start(self) -> date:
        """The first day that counts (after the wash-out)."""
        return self.start if self.washout_end is None else self.washout_end + timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def in_washout(self, day: date) -> bool:
        return self.washout_end is not None and self.start <= day <= self.washout_end


@dataclass(frozen=True, slots=True)
class TrialDraft:
    regimen_a: str
    regimen_b: str
    pairs: int
    period_days: int
    start: date
    washout_days: int = 0
    seed: int | None = None

    def validate(self) -> TrialDraft:
        names = []
        for name, value in (("--a", self.regimen_a), ("--b", self.regimen_b)):
            text = check_text(value, name, NAME_MAX) if isinstance(value, str) else None
            text = (text or "").strip()
            if not text:
                raise ValidationError(
                    name,
                    value,
                    translate("Errors", "a regimen described in 1 to {max} characters").format(max=NAME_MAX),
                )
            names.append(text)
        if names[0].casefold() == names[1].casefold():
            raise ValidationError("--b", self.regimen_b, QT_TRANSLATE_NOOP("Errors", "a regimen different from A"))
        pairs = _int(
            self.pairs,
            "--pairs",
            PAIRS_MIN,
            PAIRS_MAX,
            translate("Errors", "a whole number of pairs from {min} to {max}").format(min=PAIRS_MIN, max=PAIRS_MAX),
        )
        days = _int(
            self.period_days,
            "--days",
            PERIOD_DAYS_MIN,
            PERIOD_DAYS_MAX,
            translate("Errors", "a whole number of days per period from {min} to {max} (1–2 weeks)").format(
                min=PERIOD_DAYS_MIN, max=PERIOD_DAYS_MAX
            ),
        )
        washout = _int(
            self.washout_days,
            "--washout",
            0,
            days - 1,
            translate("Errors", "a whole number of days from 0 to {max} (shorter than a period)").format(max=days - 1),
        )
        if not isinstance(self.start, date):
            raise ValidationError("--from", self.start, DATE_HELP, QT_TRANSLATE_NOOP("Errors", "is not a date"))
        seed = self.seed if self.seed is not None else new_seed()
        seed = _int(
            seed, "--seed", 0, SEED_MAX, translate("Errors", "a whole number from 0 to {max}").format(max=SEED_MAX)
        )
        return TrialDraft(names[0], names[1], pairs, days, self.start, washout, seed)


def _int(value: object, name: str, low: int, high: int, allowed: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(name, value, allowed)
    return value


@dataclass(frozen=True, slots=True)
class Trial:
    id: int
    uid: str
    regimen_a: str
    regimen_b: str
    pairs: int
    period_days: int
    washout_days: int
    seed: int
    orders: tuple[str, ...]
    start: date
    stopped_on: date | None = None
    side_effects: dict[int, str] = field(default_factory=dict)

    def regimen_name(self, regimen: str) -> str:
        return self.regimen_a if regimen == "A" else self.regimen_b

    def schedule(self) -> list[TrialPeriod]:
        out: list[TrialPeriod] = []
        day = self.start
        for pair, order in enumerate(self.orders, 1):
            for regimen in order:
                end = day + timedelta(days=self.period_days - 1)
                washout_end = day + timedelta(days=self.washout_days - 1) if self.washout_days else None
                out.append(TrialPeriod(len(out) + 1, pair, regimen, day, end, washout_end))
                day = end + timedelta(days=1)
        return out

    @property
    def planned_end(self) -> date:
        return self.start + timedelta(days=2 * self.pairs * self.period_days - 1)

    @property
    def last_day(self) -> date:
        return min(self.planned_end, self.stopped_on) if self.stopped_on else self.planned_end

    def period_on(self, day: date) -> TrialPeriod | None:
        """The period ``day`` falls in, or None (before the start, after the end or after stopping)."""
        if day > self.last_day:
            return None
        return next((p for p in self.schedule() if p.contains(day)), None)


def check_side_effects(text: str | None) -> str | None:
    value = check_text(text, "side effects", SHORT_TEXT_MAX)
    return value.strip() or None if value is not None else None


#: the name under which a JSON export's ``settings`` carries the personal trials (docs/formats.md)
EXPORT_KEY = "personal_trials"


def trial_as_dict(t: Trial) -> JsonObject:
    return {
        "uid": t.uid,
        "regimen_a": t.regimen_a,
        "regimen_b": t.regimen_b,
        "pairs": t.pairs,
        "period_days": t.period_days,
        "washout_days": t.washout_days,
        "seed": t.seed,
        "orders": list(t.orders),
        "start": t.start.isoformat(),
        "stopped_on": t.stopped_on.isoformat() if t.stopped_on else None,
        "side_effects": {str(k): v for k, v in sorted(t.side_effects.items())},
    }


def trial_from_dict(data: object) -> Trial:
    """A trial read from a JSON export, validated; its recorded orders are kept as they were drawn."""
    from backjournal.domain.periods import check_uid

    if not isinstance(data, dict):
        raise ValidationError(
            "trial",
            data,
            QT_TRANSLATE_NOOP("Errors", "an object with uid, regimen_a, regimen_b, pairs, period_days, ..."),
        )
    try:
        start = date.fromisoformat(str(data.get("start")))
        stopped = date.fromisoformat(str(data["stopped_on"])) if data.get("stopped_on") else None
    except ValueError:
        raise ValidationError(
            "trial", data.get("start"), DATE_HELP, QT_TRANSLATE_NOOP("Errors", "has a day that is not a date")
        ) from None
    draft = TrialDraft(
        json_field(data, "regimen_a"),
        json_field(data, "regimen_b"),
        json_field(data, "pairs"),
        json_field(data, "period_days"),
        start,
        json_field(data, "washout_days", 0),
        json_field(data, "seed"),
    ).validate()
    assert draft.seed is not None  # validate() draws one when there is none
    orders = data.get("orders")
    if not isinstance(orders, list) or len(orders) != draft.pairs or any(o not in ("AB", "BA") for o in orders):
        raise ValidationError(
            "orders", orders, translate("Errors", "a list of {count} orders, each AB or BA").format(count=draft.pairs)
        )
    effects = data.get("side_effects") or {}
    if not isinstance(effects, dict):
        raise ValidationError("side_effects", effects, QT_TRANSLATE_NOOP("Errors", "an object {period number: text}"))
    clean = {}
    for k, v in effects.items():
        if not str(k).isdigit() or not 1 <= int(k) <= 2 * draft.pairs:
            raise ValidationError(
                "side_effects", k, translate("Errors", "period numbers from 1 to {max}").format(max=2 * draft.pairs)
            )
        text = check_side_effects(v if isinstance(v, str) else None)
        if text:
            clean[int(k)] = text
    uid = check_uid(data.get("uid"))
    if uid is None:
        raise ValidationError("uid", None, QT_TRANSLATE_NOOP("Errors", "a trial's uid (a UUID)"))
    return Trial(
        0,
        uid,
        draft.regimen_a,
        draft.regimen_b,
        draft.pairs,
        draft.period_days,
        draft.washout_days,
        draft.seed,
        tuple(orders),
        start,
        stopped,
        clean,
    )

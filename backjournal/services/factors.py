"""Daily factors: the built-ins (sleep quality, mood, stress, physical activity; hidden until turned
on), the person's own (0-10 or yes/no), one value per factor and local day.

Stable read API for analysis (Insights reads it):

    FactorService(unit_of_work=uow).factors()                    -> list[Factor] (all, enabled or not)
    FactorService(unit_of_work=uow).daily_values(start, end)     -> list[FactorDay] oldest first
        (``start``/``end``: date or None for open; FactorDay(factor_key, day, value), yes/no as 1/0)

Writes tell listeners (``add_listener``); ``SetFactorValueCommand`` makes logging a value undoable
through services.history (undo puts back what that day had, or nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from backjournal.domain.factors import (
    Factor,
    FactorDay,
    check_factor_name,
    check_kind,
    factor_key_for,
)
from backjournal.domain.timeutil import local_now
from backjournal.services.history import Command
from backjournal.services.listeners import HasListeners
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

Listener = Callable[[], None]


class FactorService(HasListeners):
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory | None = None,
        reads: ReadsFactory | None = None,
        clock: Callable[[], date] | None = None,
    ):
        """``reads`` for the reads (default the unit of work); built with it alone, it only reads
        (services/reading.py)."""
        self._reads, self._uow = reads_and_writes("FactorService", unit_of_work, reads)
        self._today = clock or (lambda: local_now().date())
        self._listeners: list[Listener] = []

    def _changed(self) -> None:
        self._tell()

    # ------------------------------------------------------------------ reads
    def factors(self, *, enabled_only: bool = False) -> list[Factor]:
        with self._reads() as uow:
            found = uow.factors.all()
        return [f for f in found if f.enabled] if enabled_only else found

    def find(self, key_or_name: str) -> Factor:
        with self._uow() as uow:
            return uow.factors.find(key_or_name)

    def daily_values(self, start: date | None = None, end: date | None = None) -> list[FactorDay]:
        """Every factor value in [start, end] (local days, inclusive), oldest first."""
        with self._reads() as uow:
            return uow.factors.values(start, end)

    def values_on(self, day: date) -> dict[str, int]:
        return {v.factor_key: v.value for v in self.daily_values(day, day)}

    def today(self) -> date:
        return self._today()

    # ------------------------------------------------------------------ writes
    def add(self, name: str, kind: str = "scale") -> Factor:
        """Add the person's own factor (enabled). ValidationError/ConflictError change nothing."""
        clean, checked_kind = check_factor_name(name), check_kind(kind)
        with self._uow() as uow:
            added = uow.factors.add(Factor(factor_key_for(clean), clean, checked_kind, builtin=False, enabled=True))
        self._changed()
        return added

    def set_enabled(self, key_or_name: str, enabled: bool) -> Factor:
        with self._uow() as uow:
            factor = uow.factors.set_enabled(uow.factors.find(key_or_name).key, enabled)
        self._changed()
        return factor

    def set_value(self, key_or_name: str, value: object, day: date | None = None) -> tuple[FactorDay, FactorDay | None]:
        """Log ``value`` for the factor on ``day`` (today by default), replacing that day's value.
        Returns (new, previous or None). Bad values raise ValidationError naming what is allowed.
        Logging a hidden factor turns it on (the person is using it)."""
        day = day or self._today()
        with self._uow() as uow:
            factor = uow.factors.find(key_or_name)
            checked = factor.parse_value(value)
            if not factor.enabled:
                uow.factors.set_enabled(factor.key, True)
            before = uow.factors.set_value(factor.key, day, checked)
            now = uow.factors.value_on(factor.key, day)
        self._changed()
        assert now is not None
        return now, before

    def clear_value(self, key_or_name: str, day: date) -> FactorDay | None:
        """Remove the factor's value on ``day``; returns what was there (for undo)."""
        with self._uow() as uow:
            factor = uow.factors.find(key_or_name)
            before = uow.factors.set_value(factor.key, day, None)
        self._changed()
        return before

    def restore(self, key: str, day: date, previous: FactorDay | None) -> None:
        """Put back what ``day`` had (``previous``), or clear it."""
        with self._uow() as uow:
            uow.factors.set_value(
                key, day, None if previous is None else previous.value, uid=None if previous is None else previous.uid
            )
        self._changed()


@dataclass
class SetFactorValueCommand(Command):
    """Log a factor value for a day. Undo puts back the day's earlier value (or none)."""

    factors: FactorService
    key: str
    value: object
    day: date | None = None
    saved: FactorDay | None = None
    previous: FactorDay | None = None

    def __post_init__(self) -> None:
        self.text = f"log {self.key}"

    def redo(self) -> None:
        if self.value is None:  # clear the day's value
            self.day = self.day or self.factors.today()
            self.key = self.factors.find(self.key).key
            self.previous = self.factors.clear_value(self.key, self.day)
            return
        self.saved, self.previous = self.factors.set_value(self.key, self.value, self.day)
        self.key, self.day = self.saved.factor_key, self.saved.day

    def undo(self) -> None:
        assert self.day is not None
        self.factors.restore(self.key, self.day, self.previous)

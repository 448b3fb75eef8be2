"""Daily factors and their values in SQLite (tables ``factors`` and ``factor_values``), as
domain.factors objects. Works inside the caller's session; never commits on its own."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.factors import Factor, FactorDay
from backjournal.domain.timeutil import to_utc_naive, utc_now
from backjournal.storage.aggregates import SessionConnection
from backjournal.storage.plain_reads import FactorReads, factor_from_values
from backjournal.storage.tables import FactorRow, FactorValueRow


def _now() -> datetime:
    return to_utc_naive(utc_now())


def factor_from_row(row: FactorRow) -> Factor:
    return factor_from_values((row.id, row.key, row.name, row.kind, row.builtin, row.enabled))


class FactorRepository(SessionConnection, FactorReads):
    """``all`` and ``values`` are storage/plain_reads.py ``FactorReads``'s (one SQL for both paths)."""

    def __init__(self, session: Session):
        self.s = session

    # ---------------------------------------------------------------- factors
    def _row(self, key_or_name: str) -> FactorRow:
        wanted = key_or_name.strip()
        row = self.s.scalar(select(FactorRow).where(FactorRow.key == wanted))
        if row is None:
            row = self.s.scalar(select(FactorRow).where(func.lower(FactorRow.name) == wanted.lower()))
        if row is None:
            allowed = ", ".join(f.key for f in self.all())
            raise ValidationError(
                "factor",
                key_or_name,
                f"one of {allowed} (or a factor's name)",
                f"{key_or_name!r} is not a known factor",
            )
        return row

    def find(self, key_or_name: str) -> Factor:
        return factor_from_row(self._row(key_or_name))

    def add(self, factor: Factor) -> Factor:
        clash = self.s.scalar(
            select(FactorRow).where((FactorRow.key == factor.key) | (func.lower(FactorRow.name) == factor.name.lower()))
        )
        if clash is not None:
            raise ConflictError(f"A factor named {clash.name!r} already exists.")
        now = _now()
        row = FactorRow(
            key=factor.key,
            name=factor.name,
            kind=factor.kind.value,
            builtin=factor.builtin,
            enabled=factor.enabled,
            created_at=now,
            updated_at=now,
        )
        self.s.add(row)
        self.s.flush()
        return factor_from_row(row)

    def set_enabled(self, key: str, enabled: bool) -> Factor:
        row = self._row(key)
        row.enabled = enabled
        row.updated_at = _now()
        self.s.flush()
        return factor_from_row(row)

    # ---------------------------------------------------------------- values
    def value_on(self, key: str, day: date) -> FactorDay | None:
        row = self.s.scalar(
            select(FactorValueRow).join(FactorValueRow.factor).where(FactorRow.key == key, FactorValueRow.day == day)
        )
        return None if row is None else FactorDay(row.factor.key, row.day, row.value, row.uid)

    def set_value(self, key: str, day: date, value: int | None, *, uid: str | None = None) -> FactorDay | None:
        """The factor's value on ``day`` (replacing any), or none when ``value`` is None.
        Returns what was there before (for undo)."""
        factor = self._row(key)
        row = self.s.scalar(
            select(FactorValueRow).where(FactorValueRow.factor_id == factor.id, FactorValueRow.day == day)
        )
        before = None if row is None else FactorDay(factor.key, row.day, row.value, row.uid)
        now = _now()
        if value is None:
            if row is not None:
                self.s.delete(row)
        elif row is None:
            self.s.add(
                FactorValueRow(
                    uid=uid or str(uuid.uuid4()),
                    factor_id=factor.id,
                    day=day,
                    value=value,
                    created_at=now,
                    updated_at=now,
                )
            )
        else:
            row.value = value
            row.updated_at = now
            if uid:
                row.uid = uid
        self.s.flush()
        return before

    def uids(self) -> set[str]:
        return set(self.s.scalars(select(FactorValueRow.uid)))

"""Unit of work: one transaction, the repositories inside it. Services use only this.

with uow_factory() as uow:
    entry = uow.pain.add(draft)
# committed here; any exception inside rolled everything back
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

from backjournal.storage.aggregates import AggregateRepository
from backjournal.storage.database import Database
from backjournal.storage.factor_repository import FactorRepository
from backjournal.storage.repositories import (
    CourseRepository,
    MarkedPeriodRepository,
    PainEntryRepository,
    PegRepository,
    SettingsRepository,
    TherapySessionRepository,
    TherapyTypeRepository,
    TrialRepository,
)


@dataclass
class UnitOfWork:
    pain: PainEntryRepository
    sessions: TherapySessionRepository
    therapies: TherapyTypeRepository
    peg: PegRepository
    settings: SettingsRepository
    periods: MarkedPeriodRepository
    courses: CourseRepository
    trials: TrialRepository
    aggregates: AggregateRepository  # day-level aggregates for charts and statistics
    factors: FactorRepository  # daily factors (sleep, mood, own factors) and their values


UnitOfWorkFactory = Callable[[], AbstractContextManager[UnitOfWork]]


def unit_of_work_factory(db: Database) -> UnitOfWorkFactory:
    @contextmanager
    def factory() -> Iterator[UnitOfWork]:
        with db.transaction() as session:
            yield UnitOfWork(
                pain=PainEntryRepository(session),
                sessions=TherapySessionRepository(session),
                therapies=TherapyTypeRepository(session),
                peg=PegRepository(session),
                settings=SettingsRepository(session),
                periods=MarkedPeriodRepository(session),
                courses=CourseRepository(session),
                trials=TrialRepository(session),
                aggregates=AggregateRepository(session),
                factors=FactorRepository(session),
            )

    return factory

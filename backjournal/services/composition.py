"""The composition root of the services: ``Services(opened)`` builds each service over an open journal
once, for the window and for the command line alike.

``services/opening.py`` opens the journal (the checks, the migration, the journal and backup
services: ``OpenJournal``, complete when constructed). Everything else that works on that journal is
built here, and only here: a view, menu, dialog or command receives the services it uses as keyword
arguments (tests/unit/test_composition_root.py keeps it so). Each service is built on first use and
then kept (``functools.cached_property``): ``backjournal log pain 5`` builds none of them, a
command builds only what it uses, and the window shares one settings, trends, courses, trials and
factors service between its views, so a change one of them announces reaches every listener.
Modules are imported on first use too: this module imports no service module itself (the window
paints before the storage stack loads; ``--help`` never reaches here).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backjournal.cards.loader import CardLibrary
    from backjournal.services.backups import BackupService
    from backjournal.services.courses import CourseService
    from backjournal.services.demo import DemoService
    from backjournal.services.exchange import ExchangeService
    from backjournal.services.factors import FactorService
    from backjournal.services.insights import InsightsService
    from backjournal.services.journal import JournalService
    from backjournal.services.opening import OpenJournal
    from backjournal.services.reminders import ReminderService
    from backjournal.services.report import ReportService
    from backjournal.services.settings import SettingsService
    from backjournal.services.therapies import TherapyService
    from backjournal.services.trends import TrendsService
    from backjournal.services.trials import TrialService
    from backjournal.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True, eq=False)
class Services:
    """The services over one open journal, each built once, on first use."""

    opened: OpenJournal

    # ------------------------------------------------------------------ built when the journal opened
    @property
    def uow(self) -> UnitOfWorkFactory:
        return self.opened.uow

    @property
    def journal(self) -> JournalService:
        return self.opened.journal

    @property
    def backups(self) -> BackupService:
        return self.opened.backups

    @property
    def data_dir(self) -> Path:
        return self.opened.data_dir

    @property
    def path(self) -> Path:
        return self.opened.path

    def is_encrypted(self) -> bool:
        """Whether the journal is encrypted now (File > Encryption can change it while the window is open)."""
        return self.opened.encrypted

    # ------------------------------------------------------------------ built on first use, then kept
    @cached_property
    def settings(self) -> SettingsService:
        from backjournal.services.settings import SettingsService

        return SettingsService(unit_of_work=self.uow)

    @cached_property
    def therapies(self) -> TherapyService:
        from backjournal.services.therapies import TherapyService

        return TherapyService(journal=self.journal)

    @cached_property
    def trends(self) -> TrendsService:
        from backjournal.services.trends import TrendsService

        return TrendsService(unit_of_work=self.uow)

    @cached_property
    def courses(self) -> CourseService:
        from backjournal.services.courses import CourseService

        settings = self.settings
        return CourseService(unit_of_work=self.uow, week_start=lambda: settings.preferences().week_start)

    @cached_property
    def trials(self) -> TrialService:
        from backjournal.services.trials import TrialService

        return TrialService(unit_of_work=self.uow)

    @cached_property
    def factors(self) -> FactorService:
        from backjournal.services.factors import FactorService

        return FactorService(unit_of_work=self.uow)

    @cached_property
    def insights(self) -> InsightsService:
        from backjournal.services.insights import InsightsService, factor_series

        return InsightsService(unit_of_work=self.uow, factor_series=factor_series(self.factors))

    @cached_property
    def exchange(self) -> ExchangeService:
        from backjournal.services.exchange import ExchangeService

        return ExchangeService(unit_of_work=self.uow, journal=self.journal)

    @cached_property
    def reports(self) -> ReportService:
        """The physician's report over the other services; the cards are read only for a report
        that asks for their section."""
        from backjournal.services.report import ReportService

        return ReportService(
            unit_of_work=self.uow,
            trends=self.trends,
            courses=lambda: self.courses,
            trials=lambda: self.trials,
            insights=lambda: self.insights,
            cards=lambda: self.cards,
        )

    @cached_property
    def reminders(self) -> ReminderService:
        from backjournal.services.reminders import ReminderService

        return ReminderService(journal=self.journal, settings=self.settings)

    @cached_property
    def demo(self) -> DemoService:
        from backjournal.services.demo import DemoService

        return DemoService(unit_of_work=self.uow)

    @cached_property
    def cards(self) -> CardLibrary:
        """The therapy reference cards (resources/cards), read once (CardError when a card is invalid)."""
        from backjournal.cards.loader import CardLibrary

        return CardLibrary.load()


def backups_for(data_dir: Path, *, passphrase: str | None = None) -> BackupService:
    """The backup service of the journal in ``data_dir`` before (or without) opening it: the backup,
    restore and check commands, and the window's recovery dialogs when a journal cannot be opened."""
    from backjournal.paths import journal_path
    from backjournal.services.backups import BackupService

    return BackupService(journal_path=journal_path(data_dir), passphrase=passphrase)

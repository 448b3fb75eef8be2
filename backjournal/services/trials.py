"""Personal (N-of-1) trials: start one (the order inside each pair drawn from a recorded seed), note
side effects per period, stop it, and compute its result (analysis.trials).

Trials are journal data in their own table (``personal_trials``); the service tells its listeners
after each change (Today shows which regimen is on). ``StartTrialCommand`` and ``StopTrialCommand``
make starting and stopping undoable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from backjournal.domain.courses import new_uid
from backjournal.domain.errors import NotFoundError, ValidationError
from backjournal.domain.timeutil import local_now
from backjournal.domain.trials import Trial, TrialDraft, TrialPeriod, check_side_effects, draw_orders
from backjournal.i18n import translate
from backjournal.services.history import Command
from backjournal.services.listeners import HasListeners
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:  # imported where used: the command line loads numpy only for a result
    from backjournal.analysis.trials import TrialResult
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

Listener = Callable[[], None]


def today() -> date:
    return local_now().date()


class TrialService(HasListeners):
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory | None = None,
        reads: ReadsFactory | None = None,
        clock: Callable[[], date] = today,
    ):
        """``reads`` for the reads (default the unit of work); built with it alone, it only reads
        (services/reading.py)."""
        self._reads, self._uow = reads_and_writes("TrialService", unit_of_work, reads)
        self._today = clock
        self._listeners: list[Listener] = []

    def _changed(self) -> None:
        self._tell()

    # ------------------------------------------------------------------ reads
    def trials(self) -> list[Trial]:
        with self._reads() as uow:
            return uow.trials.all()

    def get(self, trial_id: int | None = None) -> Trial:
        """The trial with this id, or the latest one (None); NotFoundError when there is none."""
        if trial_id is None:
            trials = self.trials()
            if not trials:
                raise NotFoundError("No personal trial yet; 'backjournal trial start' starts one.")
            return trials[-1]
        if isinstance(trial_id, bool) or not isinstance(trial_id, int) or trial_id < 1:
            raise ValidationError("ID", trial_id, "a trial id as 'backjournal trial show' shows it")
        with self._uow() as uow:
            return uow.trials.get(trial_id)

    def current(self, on: date | None = None) -> tuple[Trial, TrialPeriod] | None:
        """The trial running on ``on`` (today) and its period, or None."""
        day = on or self._today()
        for trial in reversed(self.trials()):
            period = trial.period_on(day)
            if period is not None:
                return trial, period
        return None

    # ------------------------------------------------------------------ writes
    def checked(self, draft: TrialDraft) -> Trial:
        valid = draft.validate()
        for other in self.trials():
            if other.start <= valid_end(valid) and other.last_day >= valid.start:
                raise ValidationError(
                    "--from",
                    valid.start.isoformat(),
                    f"a day after the trial running until {other.last_day} (one trial at a time)",
                    "overlaps another personal trial",
                )
        assert valid.seed is not None  # validate() draws one when there is none
        return Trial(
            0,
            new_uid(),
            valid.regimen_a,
            valid.regimen_b,
            valid.pairs,
            valid.period_days,
            valid.washout_days,
            valid.seed,
            draw_orders(valid.seed, valid.pairs),
            valid.start,
        )

    def start(self, trial: Trial | TrialDraft) -> Trial:
        if isinstance(trial, TrialDraft):
            trial = self.checked(trial)
        with self._uow() as uow:
            kept = uow.trials.add(trial)
        self._changed()
        return kept

    def remove(self, trial_id: int) -> Trial:
        with self._uow() as uow:
            trial = uow.trials.remove(trial_id)
        self._changed()
        return trial

    def set_side_effects(self, trial_id: int, period: int, text: str | None) -> Trial:
        trial = self.get(trial_id)
        if not 1 <= period <= 2 * trial.pairs:
            raise ValidationError("period", period, f"a period number from 1 to {2 * trial.pairs}")
        effects = dict(trial.side_effects)
        value = check_side_effects(text)
        if value:
            effects[period] = value
        else:
            effects.pop(period, None)
        with self._uow() as uow:
            kept = uow.trials.update(replace(trial, side_effects=effects))
        self._changed()
        return kept

    def stop(self, trial_id: int, on: date) -> Trial:
        trial = self.get(trial_id)
        if on < trial.start:
            raise ValidationError(
                "--on",
                on.isoformat(),
                translate("Errors", "a day on or after the trial's start ({start})").format(start=trial.start),
            )
        with self._uow() as uow:
            kept = uow.trials.update(replace(trial, stopped_on=min(on, trial.planned_end)))
        self._changed()
        return kept

    def put_back(self, trial: Trial) -> Trial:
        """Store ``trial`` as it was (undo of a stop): its last day and side effects as given."""
        with self._uow() as uow:
            kept = uow.trials.update(trial)
        self._changed()
        return kept

    # ------------------------------------------------------------------ result
    def result(self, trial: Trial | int | None = None, *, on: date | None = None) -> TrialResult:
        from backjournal.analysis.daily import daily_pain_from_rows
        from backjournal.analysis.trials import evaluate_trial

        if not isinstance(trial, Trial):
            trial = self.get(trial)
        with self._reads() as uow:
            rows = uow.aggregates.daily_pain(trial.start, trial.planned_end)
            pegs = uow.peg.list(trial.start, trial.planned_end)
        daily = daily_pain_from_rows(rows, trial.start, trial.planned_end)
        peg = [(p.answered_at.date(), (p.pain + p.enjoyment + p.activity) / 3) for p in pegs]
        return evaluate_trial(trial, daily, peg, today=on or self._today())


def valid_end(draft: TrialDraft) -> date:
    from datetime import timedelta

    return draft.start + timedelta(days=2 * draft.pairs * draft.period_days - 1)


@dataclass
class StartTrialCommand(Command):
    """Start a trial. Undo removes it; redo puts it back with the same id, uid, seed and orders."""

    trials: TrialService
    draft: TrialDraft
    saved: Trial | None = None

    def __post_init__(self) -> None:
        self.text = "start personal trial"

    def redo(self) -> None:
        self.saved = self.trials.start(self.saved or self.trials.checked(self.draft))

    def undo(self) -> None:
        assert self.saved is not None
        self.trials.remove(self.saved.id)


@dataclass
class StopTrialCommand(Command):
    """Stop a trial on a day. Undo puts back the last day it had before (running again, or stopped then)."""

    trials: TrialService
    trial_id: int
    on: date
    before: Trial | None = None

    def __post_init__(self) -> None:
        self.text = "stop personal trial"

    def redo(self) -> None:
        self.before = self.trials.get(self.trial_id)
        self.trials.stop(self.trial_id, self.on)

    def undo(self) -> None:
        assert self.before is not None
        now = self.trials.get(self.trial_id)  # side effects noted since are kept
        self.trials.put_back(replace(now, stopped_on=self.before.stopped_on))

"""Insights: what went with better or worse days, over a range (analysis in analysis/insights.py).

Reads the daily pain (SQL aggregates, one day past the range for the next day's pain) and the days
with a session of each therapy used in the range; factors come from ``factor_series`` when the
composition root passes one: a callable ``(start, end) -> iterable of (key, name, kind, {day:
value})`` with kind ``"scale"`` (0-10) or ``"yesno"`` (1/0), so this service does not care where
they are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from backjournal.analysis.daily import daily_pain_from_rows
from backjournal.analysis.insights import KIND_SCALE, KIND_THERAPY, KIND_YESNO, Exposure, InsightsResult, analyse
from backjournal.domain.errors import ValidationError
from backjournal.i18n import translate
from backjournal.services.reading import reads_and_writes

if TYPE_CHECKING:
    from backjournal.services.factors import FactorService
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

FactorSeries = Callable[[date, date], Iterable[tuple[str, str, str, Mapping[date, float]]]]


class InsightsService:
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory | None = None,
        reads: ReadsFactory | None = None,
        factor_series: FactorSeries | None = None,
    ):
        """It only reads: through ``reads``, else the unit of work (services/reading.py)."""
        self._uow, _ = reads_and_writes("InsightsService", unit_of_work, reads)
        self._factor_series = factor_series

    def exposures(self, start: date, end: date) -> list[Exposure]:
        with self._uow() as uow:
            points = uow.aggregates.session_points(start, end)
            names = {t.key: t.name for t in uow.therapies.all()}
        days: dict[str, dict[date, float]] = {}
        for row in points:
            day = row[0] if isinstance(row[0], date) else date.fromisoformat(str(row[0]))
            days.setdefault(row[1], {})[day] = 1.0
        out = [Exposure(key, names.get(key, key), KIND_THERAPY, values) for key, values in days.items()]
        if self._factor_series is not None:
            out += [
                Exposure(key, name, kind, dict(values))
                for key, name, kind, values in self._factor_series(start, end)
                if kind in (KIND_SCALE, KIND_YESNO)
            ]
        return out

    def insights(self, start: date, end: date) -> InsightsResult:
        if end < start:
            raise ValidationError(
                "--to",
                end.isoformat(),
                translate("Errors", "a day on or after --from ({day})").format(day=start),
                translate("Errors", "is before --from"),
            )
        after = end + timedelta(days=1) if end < date.max else end  # the next day's pain of the last day
        with self._uow() as uow:
            rows = uow.aggregates.daily_pain(start, after)
        daily = daily_pain_from_rows(rows, start, after)
        return analyse(daily, self.exposures(start, end), start, end)


def factor_series(factors: FactorService) -> FactorSeries:
    """The journal's factor values as Insights wants them, read through ``factors`` (its
    ``factors()`` for names and kinds, ``daily_values(start, end)`` for the values, yes/no as 1/0)."""

    def series(start: date, end: date) -> Iterable[tuple[str, str, str, Mapping[date, float]]]:
        known = {f.key: f for f in factors.factors()}
        values: dict[str, dict[date, float]] = {}
        for v in factors.daily_values(start, end):
            values.setdefault(v.factor_key, {})[v.day] = float(v.value)
        for key, by_day in values.items():
            factor = known.get(key)
            if factor is None:
                continue
            kind = str(getattr(factor.kind, "value", factor.kind))
            yield key, factor.name, kind, by_day

    return series


def journal_factor_series(reads: ReadsFactory) -> FactorSeries:
    """``factor_series`` over a factor service of its own that reads through ``reads`` (a report
    built without the composition root)."""
    from backjournal.services.factors import FactorService

    return factor_series(FactorService(reads=reads))

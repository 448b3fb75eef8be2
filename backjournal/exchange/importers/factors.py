"""Daily factors from other apps' exports (Bearable, Daylio): one value per factor and day.

Other apps' scales are never stretched: a mood rated 1-5 becomes the person's own factor named with
its scale ("Daylio mood (1-5)") holding the 1-5 value as it was; Bearable's sleep hours become
"Sleep hours (Bearable)" in whole hours. A tag or activity that is not a therapy becomes a yes/no
factor of its own name. Several readings of a 0-10 factor on one day: the latest counts (the
mappings say so); a yes/no factor is yes when any entry that day has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from backjournal.domain.errors import ValidationError
from backjournal.domain.factors import Factor, FactorDay, FactorKind, check_factor_name, factor_key_for
from backjournal.exchange.batch import ImportBatch, stable_uid
from backjournal.i18n import translate


@dataclass
class FactorCollector:
    source: str
    #: factor key -> Factor
    factors: dict[str, Factor] = field(default_factory=dict)
    #: (key, day) -> (moment, value)
    values: dict[tuple[str, date], tuple[datetime, int]] = field(default_factory=dict)
    days: set[date] = field(default_factory=set)
    several: set[str] = field(default_factory=set)

    def factor(self, name: str, kind: FactorKind) -> Factor | None:
        try:
            clean = check_factor_name(name)
        except ValidationError:
            return None
        key = factor_key_for(clean)
        if len(key) > 100:
            return None
        if key not in self.factors:
            self.factors[key] = Factor(key, clean, kind, builtin=False, enabled=True)
        return self.factors[key]

    def scale(self, name: str, moment: datetime, value: int) -> None:
        f = self.factor(name, FactorKind.SCALE)
        if f is None or f.kind is not FactorKind.SCALE:
            return
        k = (f.key, moment.date())
        if k in self.values:
            self.several.add(f.name)
            if self.values[k][0] > moment:
                return
        self.values[k] = (moment, value)

    def yes(self, name: str, moment: datetime) -> None:
        f = self.factor(name, FactorKind.YESNO)
        if f is None or f.kind is not FactorKind.YESNO:
            return
        self.values[(f.key, moment.date())] = (moment, 1)

    def entry_day(self, day: date) -> None:
        """A day the app has an entry on: its yes/no factors without a yes are no that day."""
        self.days.add(day)

    def finish(self, batch: ImportBatch, *, no_on_entry_days: bool) -> None:
        if not self.factors:
            return
        if no_on_entry_days:
            for f in self.factors.values():
                if f.kind is FactorKind.YESNO:
                    for day in self.days:
                        self.values.setdefault((f.key, day), (datetime.min, 0))
        batch.factors.extend(self.factors.values())
        for (key, day), (_, value) in sorted(self.values.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            batch.factor_values.append(FactorDay(key, day, value, stable_uid(self.source, "factor", key, day)))
        counts: dict[str, int] = {}
        for key, _day in self.values:
            counts[key] = counts.get(key, 0) + 1
        parts = [
            translate("Import", "{name} ({kind}, %n days)", None, n).format(
                name=self.factors[k].name, kind=self.factors[k].kind.label
            )
            for k, n in counts.items()
        ]
        batch.mappings.append(translate("Import", "daily factors: {factors}").format(factors=", ".join(parts)))
        if self.several:
            batch.mappings.append(
                translate("Import", "several readings on one day, the latest kept: {names}").format(
                    names=", ".join(sorted(self.several))
                )
            )

"""Daily factors on a real journal file: built-ins hidden until turned on, own factors, one value per
factor and day (a new value replaces it, undoable), bad values change nothing, and the read API
``FactorService.daily_values`` that analysis uses."""

from __future__ import annotations

from datetime import date

import pytest

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.factors import BUILTIN_FACTOR_KEYS, FactorDay, FactorKind
from backjournal.services.factors import FactorService, SetFactorValueCommand
from tests.conftest import content_hash

DAY = date(2026, 3, 15)


@pytest.fixture
def factors(opened):
    return FactorService(unit_of_work=opened.uow, clock=lambda: DAY)


def test_builtins_exist_hidden_until_turned_on(factors):
    found = factors.factors()
    assert {f.key for f in found} == BUILTIN_FACTOR_KEYS
    assert all(f.builtin and not f.enabled and f.kind is FactorKind.SCALE for f in found)
    assert factors.factors(enabled_only=True) == []
    factors.set_enabled("Sleep quality", True)  # by name too
    assert [f.key for f in factors.factors(enabled_only=True)] == ["sleep_quality"]


def test_own_factor_values_replace_per_day_and_undo_restores(factors):
    drive = factors.add("Long drive", "yesno")
    assert (drive.key, drive.kind, drive.enabled, drive.builtin) == ("own_long_drive", FactorKind.YESNO, True, False)
    with pytest.raises(ConflictError):
        factors.add("long DRIVE", "scale")
    factors.set_value("sleep_quality", "7", DAY)
    cmd = SetFactorValueCommand(factors, "sleep_quality", 3, DAY)
    cmd.redo()
    assert factors.values_on(DAY) == {"sleep_quality": 3}, "a new value for the day replaces the old"
    cmd.undo()
    assert factors.values_on(DAY) == {"sleep_quality": 7}
    cmd.redo()
    assert factors.values_on(DAY) == {"sleep_quality": 3}
    first = SetFactorValueCommand(factors, "Long drive", "yes")  # today by default
    first.redo()
    assert factors.values_on(DAY) == {"sleep_quality": 3, "own_long_drive": 1}
    first.undo()
    assert factors.values_on(DAY) == {"sleep_quality": 3}


def test_daily_values_read_api(factors):
    factors.add("Worked on site", "yesno")
    factors.set_value("mood", 6, date(2026, 3, 1))
    factors.set_value("own_worked_on_site", "no", date(2026, 3, 2))
    factors.set_value("mood", 4, date(2026, 3, 3))
    got = factors.daily_values(date(2026, 3, 2), date(2026, 3, 3))
    assert [(v.factor_key, v.day, v.value) for v in got] == [
        ("own_worked_on_site", date(2026, 3, 2), 0),
        ("mood", date(2026, 3, 3), 4),
    ]
    assert all(isinstance(v, FactorDay) and v.uid for v in got)
    assert len(factors.daily_values()) == 3


@pytest.mark.parametrize(
    "key,value,word",
    [
        ("mood", 11, "0 to 10"),
        ("mood", "seven", "whole number"),
        ("mood", True, "whole number"),
        ("own_x", "maybe", "yes or no"),
        ("nope", 3, "not a known factor"),
    ],
)
def test_bad_values_name_what_is_allowed_and_change_nothing(factors, opened, key, value, word):
    factors.add("x", "yesno")
    before = content_hash(opened.path)
    with pytest.raises(ValidationError) as caught:
        factors.set_value(key, value, DAY)
    assert word in str(caught.value)
    assert content_hash(opened.path) == before


@pytest.mark.parametrize(
    "name,kind", [("", "scale"), ("  ", "scale"), ("!!!", "scale"), ("ok", "sometimes"), ("x" * 81, "scale")]
)
def test_bad_new_factors_are_refused(factors, name, kind):
    with pytest.raises(ValidationError):
        factors.add(name, kind)
    assert len(factors.factors()) == 4

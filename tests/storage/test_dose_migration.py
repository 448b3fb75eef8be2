"""Revision 0004 on every frozen journal: free-text doses that read as amount + unit (+ schedule)
become structured, every other text is kept exactly, no row is lost, and downgrade writes the
structured doses back as text."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from alembic import command

from backjournal.domain.medications import Dose, DoseSchedule, DoseUnit, parse_dose
from backjournal.storage import database
from tests.conftest import FIXTURES
from tests.storage.test_migrations import FIXTURE_JOURNALS, table_counts

PARSED = {
    "400 mg": (400.0, "mg", None),
    "2 tablets as needed": (2.0, "tablet", "as-needed"),
    "10ml PRN": (10.0, "ml", "as-needed"),
    "1 patch": (1.0, "patch", None),
    "0,5 g, scheduled": (0.5, "g", "scheduled"),
}
KEPT = ["Ibuprofen 400mg", "a handful", "400 mg twice a day", "½ tablet", "Kratom 3 g — tea"]


def _doses(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT uid, dose, dose_amount, dose_unit, dose_schedule FROM therapy_sessions ORDER BY uid"
        ).fetchall()
    finally:
        con.close()


def _old_doses(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT uid, dose FROM therapy_sessions").fetchall())
    finally:
        con.close()


#: the frozen journals from before 0004 (journal-0004 and later are already past it)
BEFORE_0004 = [p for p in FIXTURE_JOURNALS if (database.read_revision(p) or "") < "0004"]


@pytest.mark.parametrize("fixture", [pytest.param(p, id=p.name) for p in BEFORE_0004])
def test_upgrade_structures_parsable_doses_and_keeps_the_rest(fixture, tmp_path):
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(fixture, path)
    old = _old_doses(path)
    before = table_counts(path)
    command.upgrade(database.alembic_config(f"sqlite:///{path}"), "0004")
    after = table_counts(path)
    assert {k: after[k] for k in before} == before, "no row lost or added"
    assert after["factors"] == 4 and after["factor_values"] == 0
    for uid, dose, amount, unit, schedule in _doses(path):
        text = old[uid]
        structured = parse_dose(text)
        if structured is None:
            assert (dose, amount, unit, schedule) == (text, None, None, None), "unparsed text kept exactly"
        else:
            assert dose is None
            assert (amount, unit, schedule) == (
                structured.amount,
                structured.unit.value,
                structured.schedule and structured.schedule.value,
            )
    if fixture.name == "journal-0003.sqlite3":
        got = {old[u]: (a, un, s) for u, d, a, un, s in _doses(path) if d is None and old[u]}
        assert {k: v for k, v in got.items() if k in PARSED} == PARSED
        kept = {d for _, d, *_ in _doses(path) if d}
        assert set(KEPT) <= kept

    command.downgrade(database.alembic_config(f"sqlite:///{path}"), "0003")
    back = _old_doses(path)
    for uid, text in old.items():
        structured = parse_dose(text)
        assert back[uid] == (text if structured is None else structured.text())
        if structured is not None:
            assert parse_dose(back[uid]) == structured, "the text written back reads as the same dose"


def test_fixture_0003_is_at_0003_and_has_doses():
    fixture = FIXTURES / "journal-0003.sqlite3"
    assert database.read_revision(fixture) == "0003"
    assert set(PARSED) | set(KEPT) <= set(_old_doses(fixture).values())


@pytest.mark.parametrize(
    "text,dose",
    [
        ("400 mg", Dose(400, DoseUnit.MG)),
        ("400mg", Dose(400, DoseUnit.MG)),
        ("2 tablets as needed", Dose(2, DoseUnit.TABLET, DoseSchedule.AS_NEEDED)),
        ("1.5 ml (prn)", Dose(1.5, DoseUnit.ML, DoseSchedule.AS_NEEDED)),
        ("3 puffs scheduled", Dose(3, DoseUnit.PUFF, DoseSchedule.SCHEDULED)),
        ("Ibuprofen 400 mg", None),
        ("400", None),
        ("400 furlongs", None),
        ("0 mg", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_dose(text, dose):
    assert parse_dose(text) == dose

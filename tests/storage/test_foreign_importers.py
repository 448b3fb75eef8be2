"""Bearable, Daylio and Flaredown exports (sample files written from the column descriptions in docs/formats.md)."""

from __future__ import annotations

import pytest

from backjournal.domain.errors import ImportFileError, ImportRejectedError
from backjournal.domain.models import BodyRegion
from backjournal.exchange.batch import ImportOptions
from backjournal.services.exchange import ExchangeService
from tests.conftest import FIXTURES, content_hash

IMPORTS = FIXTURES / "imports"


@pytest.fixture
def exchange(opened):
    return ExchangeService(unit_of_work=opened.uow, journal=opened.journal)


def _pain(opened):
    with opened.uow() as uow:
        return uow.pain.list()


def _sessions(opened):
    with opened.uow() as uow:
        return uow.sessions.list()


def test_bearable_scale_waits_for_the_persons_choice(opened, exchange):
    plan = exchange.prepare(IMPORTS / "bearable.csv")
    assert plan.format == "bearable"
    assert plan.needs_scale_choice
    (notice,) = plan.scales
    assert (notice.scale, notice.count) == ("0-4", 4)
    assert "0→0, 1→3, 2→5, 3→8, 4→10" in notice.describe()
    assert plan.counts() == {"pain": 0, "session": 4, "peg": 0}  # no pain entry until the person chooses
    before = content_hash(opened.path)
    with pytest.raises(ImportFileError, match="0-10 scale"):
        exchange.apply(plan)
    assert content_hash(opened.path) == before
    lines = "\n".join(plan.preview_lines())
    assert "Mood" in lines and "Fatigue" in lines and "'Yoga' → Exercise" in lines


def test_bearable_convert(opened, exchange):
    result = exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="convert"))
    assert (result.pain, result.sessions) == (4, 4)
    pain = _pain(opened)
    assert [p.score for p in pain] == [8, 5, 3, 10]  # 3, 2, Mild=1, 4 on 0-4
    assert pain[0].note.startswith("Bearable: Lower back pain (Severe), rated 3 on 0-4") and "😣" in pain[0].note
    assert pain[1].note.endswith("Better after the walk.\r\nStill sore when sitting.")
    assert pain[2].regions == (BodyRegion.LEG_LEFT,)
    assert pain[2].felt_at.hour == 9  # "morning"
    assert pain[3].regions == (BodyRegion.NECK,) and pain[3].felt_at.hour == 14 and pain[3].felt_at.minute == 30
    sessions = {(s.therapy.key, s.details, s.dose) for s in _sessions(opened)}
    assert ("medication", "Ibuprofen 400mg", "1") in sessions
    assert ("medication", "Magnesium", "2") in sessions
    assert ("exercise", "Yoga", None) in sessions and ("massage", None, None) in sessions
    assert any(s.note == '=HYPERLINK("x")' for s in _sessions(opened))  # text kept as typed
    again = exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="convert"))
    assert again.total == 0 and again.already == 8


def test_bearable_skip_and_old_layout(opened, exchange):
    result = exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="skip"))
    assert result.pain == 0 and result.sessions == 4 and result.skipped == 3 + 4
    old = exchange.prepare(IMPORTS / "bearable_old.csv", options=ImportOptions(scale="convert"))
    days = sorted({r.draft.felt_at.date().isoformat() for r in old.new if hasattr(r.draft, "felt_at")})
    assert days == ["2022-02-01", "2022-02-02"]
    assert any("'pre-bed' → 22:00" in m for m in old.batch.mappings)


def test_daylio_english_and_german(opened, exchange):
    plan = exchange.prepare(IMPORTS / "daylio.csv")
    assert plan.format == "daylio" and not plan.scales  # mood is never turned into pain
    keys = sorted(r.draft.therapy_key for r in plan.new)
    assert keys == ["exercise", "exercise", "heat", "massage", "physical_therapy"]
    physio = next(r for r in plan.new if r.draft.therapy_key == "physical_therapy")
    assert physio.draft.note == 'Daylio mood: awful\nBad day\nPhysio session, "heat" afterwards\nback hurt a lot'
    assert physio.draft.started_at.hour == 18 and physio.draft.started_at.minute == 10
    assert len(plan.skipped) == 2 and "mood alone" in plan.skipped[0].reason
    assert any("'work' ×2" in m for m in plan.batch.mappings)
    exchange.apply(plan)
    de = exchange.prepare(IMPORTS / "daylio_de.csv", options=ImportOptions(therapy_map={"Freunde": "skip"}))
    keys = sorted(r.draft.therapy_key for r in de.new)
    assert keys == ["exercise", "exercise", "heat", "massage", "physical_therapy"]
    assert any(r.draft.note and "schrecklich" in r.draft.note for r in de.new)
    # the person maps an activity the list does not know
    mapped = exchange.prepare(IMPORTS / "daylio.csv", options=ImportOptions(therapy_map={"reading": "mindfulness_cbt"}))
    assert mapped.counts()["session"] == 1 and mapped.already == 5
    with pytest.raises(ImportRejectedError) as info:
        exchange.prepare(IMPORTS / "daylio.csv", options=ImportOptions(therapy_map={"reading": "reiki"}))
    assert "'reiki' is not a therapy of this journal" in info.value.problems[0].reason


def test_flaredown(opened, exchange):
    plan = exchange.prepare(IMPORTS / "flaredown.csv")
    assert plan.format == "flaredown" and plan.scales[0].count == 6 and plan.needs_scale_choice
    result = exchange.import_file(IMPORTS / "flaredown.csv", options=ImportOptions(scale="convert"))
    assert (result.pain, result.sessions) == (6, 7)
    pain = _pain(opened)
    low_back = [p.score for p in pain if p.regions == (BodyRegion.LOWER_BACK,)]
    assert low_back == [8, 5, 10]
    assert "Tags: rainy|long drive" in pain[0].note
    doses = sorted((s.details or s.therapy.key, s.dose or "") for s in _sessions(opened))
    assert ("Ibuprofen", "400 mg") in doses and ("Gabapentin", "300 mg") in doses
    assert ("physical_therapy", "") in doses and ("heat", "") in doses
    assert not any(d == ("Ibuprofen", "Not Taken") for d in doses)
    assert any("Fatigue" in m for m in plan.batch.mappings)
    assert any("Weather" in m for m in plan.batch.mappings)
    assert exchange.import_file(IMPORTS / "flaredown.csv", options=ImportOptions(scale="convert")).total == 0


def test_foreign_bad_rows_are_all_reported(opened, exchange, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("date,weekday,time of day,category,rating/amount,detail,notes\n"
                    "2022-01-01,Sat,08:00,Symptoms,7,Back pain,\n"
                    "31st Feb 2022,,08:00,Symptoms,2,Back pain,\n"
                    "2022-01-02,Sun,25:99,Mood,3,,\n", encoding="utf-8")
    before = content_hash(opened.path)
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path, options=ImportOptions(scale="convert"))
    assert [(p.line) for p in info.value.problems] == [2, 3, 4]
    assert "outside the 0-4 scale" in info.value.problems[0].reason
    assert "not a real day" in info.value.problems[1].reason
    assert content_hash(opened.path) == before

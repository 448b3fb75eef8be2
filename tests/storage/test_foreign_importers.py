"""Bearable, Daylio and Flaredown exports (sample files written from the column descriptions in docs/formats.md)."""

from __future__ import annotations

import pytest

from backjournal.domain.errors import ImportFileError, ImportRejectedError
from backjournal.domain.models import BodyRegion, RecordKind
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


def _medications(opened):
    with opened.uow() as uow:
        return [t for t in uow.therapies.all() if t.is_medication]


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
    sessions = {(s.therapy.name, s.details, s.dose, s.dose_amount, s.dose_unit) for s in _sessions(opened)}
    # each medication by its name ("Ibuprofen 400mg": the dose written in the name is the structured dose,
    # Bearable's amount stays as entered)
    assert ("Ibuprofen", None, "1", 400.0, "mg") in sessions
    assert ("Magnesium", None, "2", None, None) in sessions
    assert ("Exercise", "Yoga", None, None, None) in sessions and ("Massage", None, None, None, None) in sessions
    medications = {t.name: t.drug_class for t in _medications(opened)}
    assert medications == {"Ibuprofen": "nsaid", "Magnesium": "other"}
    assert any(s.note == '=HYPERLINK("x")' for s in _sessions(opened))  # text kept as typed
    again = exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="convert"))
    assert again.total == 0 and again.already == 8


def test_bearable_skip_and_old_layout(opened, exchange):
    result = exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="skip"))
    # Fatigue (a symptom that is not pain) and the 4 pain ratings are skipped; mood and sleep are factors
    assert result.pain == 0 and result.sessions == 4 and result.skipped == 1 + 4
    assert (result.factors, result.factor_values) == (2, 2)
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
    assert plan.skipped == [], "every entry has a therapy, an activity or a mood BackJournal records"
    assert any("daily factors" in m and "work" in m for m in plan.batch.mappings)
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
    doses = sorted((s.therapy.name, s.dose_text or "") for s in _sessions(opened))
    assert ("Ibuprofen", "400 mg") in doses and ("Ibuprofen", "600 mg") in doses and ("Gabapentin", "300 mg") in doses
    assert ("Physical therapy", "") in doses and ("Heat", "") in doses
    assert not any(d == ("Ibuprofen", "Not Taken") for d in doses)
    assert all(s.dose is None and s.details is None for s in _sessions(opened))  # every dose read as amount + unit
    assert {t.name: t.drug_class for t in _medications(opened)} == {"Ibuprofen": "nsaid", "Gabapentin": "other"}
    assert "New medications: Ibuprofen (nsaid), Gabapentin (other)" in plan.preview_lines()
    assert any("Fatigue" in m for m in plan.batch.mappings)
    assert any("Weather" in m for m in plan.batch.mappings)
    assert exchange.import_file(IMPORTS / "flaredown.csv", options=ImportOptions(scale="convert")).total == 0


def test_foreign_bad_rows_are_all_reported(opened, exchange, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "date,weekday,time of day,category,rating/amount,detail,notes\n"
        "2022-01-01,Sat,08:00,Symptoms,7,Back pain,\n"
        "31st Feb 2022,,08:00,Symptoms,2,Back pain,\n"
        "2022-01-02,Sun,25:99,Mood,3,,\n",
        encoding="utf-8",
    )
    before = content_hash(opened.path)
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path, options=ImportOptions(scale="convert"))
    assert [(p.line) for p in info.value.problems] == [2, 3, 4]
    assert "outside the 0-4 scale" in info.value.problems[0].reason
    assert "not a real day" in info.value.problems[1].reason
    assert content_hash(opened.path) == before


def _factor_values(opened):
    with opened.uow() as uow:
        names = {f.key: f.name for f in uow.factors.all()}
        return {(names[v.factor_key], v.day.isoformat()): v.value for v in uow.factors.values()}


def test_bearable_mood_sleep_and_factors_become_daily_factors(opened, exchange, tmp_path):
    exchange.import_file(IMPORTS / "bearable.csv", options=ImportOptions(scale="skip"))
    assert _factor_values(opened) == {
        ("Mood (Bearable rating)", "2022-01-22"): 2,
        ("Sleep hours (Bearable)", "2022-01-23"): 8,
    }  # 7.5 h, halves up
    path = tmp_path / "b.csv"
    path.write_text(
        "date,time of day,category,rating/amount,detail,notes\n"
        "2022-01-01,08:00,Mood,3,,\n2022-01-01,20:00,Mood,4,,\n"  # the latest of the day counts
        "2022-01-01,09:00,Factors,,Long drive,\n2022-01-01,09:00,Sleep,11.5,,\n"
        "2022-01-02,09:00,Mood,3.5,,\n",
        encoding="utf-8",
    )
    plan = exchange.prepare(path, options=ImportOptions(scale="skip"))
    reasons = [s.reason for s in plan.skipped]
    assert any("do not fit" in r for r in reasons) and any("never stretched" in r for r in reasons)
    assert any("latest kept" in m for m in plan.batch.mappings)
    exchange.apply(plan)
    got = _factor_values(opened)
    assert got[("Mood (Bearable rating)", "2022-01-01")] == 4 and got[("Long drive", "2022-01-01")] == 1
    assert exchange.import_file(path, options=ImportOptions(scale="skip")).factor_values == 0, "once only"


def test_daylio_mood_and_activities_become_daily_factors(opened, exchange):
    exchange.import_file(IMPORTS / "daylio.csv")
    got = _factor_values(opened)
    mood = {day: v for (name, day), v in got.items() if name == "Daylio mood (1-5)"}
    assert mood == {"2022-03-01": 4, "2022-03-02": 1, "2022-03-03": 5, "2022-03-04": 4}  # 03-01: the 8:30 PM entry
    work = {day: v for (name, day), v in got.items() if name == "work"}
    assert work == {"2022-03-01": 1, "2022-03-02": 1, "2022-03-03": 0, "2022-03-04": 0}
    assert got[("reading", "2022-03-03")] == 1 and got[("friends", "2022-03-01")] == 1
    de = exchange.prepare(IMPORTS / "daylio_de.csv", options=ImportOptions(therapy_map={"Freunde": "skip"}))
    days = {(v.factor_key, v.day.isoformat()): v.value for v in de.batch.factor_values}
    assert days[("own_daylio_mood_1_5", "2022-03-02")] == 1 and days[("own_daylio_mood_1_5", "2022-03-03")] == 5
    assert ("own_freunde", "2022-03-01") not in days, "an activity the person mapped to skip is not a factor either"
    assert days[("own_arbeit", "2022-03-02")] == 1


def test_an_import_that_adds_only_factors_tells_the_journals_listeners(opened, exchange, tmp_path):
    """The open window hears of factors and their values an import added (Today's factor row and
    Insights refresh), also when the file held nothing else."""
    changes = []
    opened.journal.add_listener(changes.append)
    path = tmp_path / "mood.csv"
    path.write_text(
        "date,time of day,category,rating/amount,detail,notes\n"
        "2022-01-01,08:00,Mood,3,,\n2022-01-01,09:00,Factors,,Long drive,\n",
        encoding="utf-8",
    )
    result = exchange.import_file(path, options=ImportOptions(scale="skip"))
    assert (result.total, result.factors, result.factor_values) == (0, 2, 2)
    assert [RecordKind.FACTOR in c.kinds for c in changes] == [True]
    changes.clear()
    assert exchange.import_file(path, options=ImportOptions(scale="skip")).factor_values == 0
    assert changes == [], "nothing new, nothing told"


def test_daylio_medicine_activities_become_named_medications(opened, exchange, tmp_path):
    """A Daylio activity naming a medicine becomes a session of the medication of that name, as in
    Bearable and Flaredown (not of the generic Medication); a generic word stays on Medication."""
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2022-03-01,March 1,Tuesday,8:30 PM,bad,Ibuprofen | walk,,\n"
        "2022-03-02,March 2,Wednesday,9:00 AM,meh,Ibuprofen 400mg | painkillers,,\n",
        encoding="utf-8",
    )
    plan = exchange.prepare(path)
    assert [(t.name, t.drug_class) for t in plan.new_therapies] == [("Ibuprofen", "nsaid")]
    assert "New medications: Ibuprofen (nsaid)" in plan.preview_lines()
    exchange.apply(plan)
    sessions = sorted((s.therapy.name, s.dose_text or "") for s in _sessions(opened))
    assert sessions == [("Exercise", ""), ("Ibuprofen", ""), ("Ibuprofen", "400 mg"), ("Medication", "")]
    assert {t.name: t.drug_class for t in _medications(opened)}["Ibuprofen"] == "nsaid"

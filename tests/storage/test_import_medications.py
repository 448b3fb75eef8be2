"""Bearable and Flaredown imports keep medications by name: one named medication per distinct name (the
journal's own when it has one, case-insensitively), its class only where the name says it for certain,
the dose structured where it reads as amount + unit; the preview names the medications it adds."""

from __future__ import annotations

import pytest

from backjournal.domain.errors import ImportRejectedError
from backjournal.exchange.batch import ImportOptions
from backjournal.services.exchange import ExchangeService
from backjournal.services.therapies import TherapyService
from tests.conftest import FIXTURES, content_hash

IMPORTS = FIXTURES / "imports"
BEARABLE_HEAD = "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"


@pytest.fixture
def exchange(opened):
    return ExchangeService(unit_of_work=opened.uow, journal=opened.journal)


def medications(opened) -> dict[str, str | None]:
    with opened.uow() as uow:
        return {t.name: t.drug_class for t in uow.therapies.all() if t.is_medication}


def sessions(opened):
    with opened.uow() as uow:
        return uow.sessions.list()


def bearable(tmp_path, *rows: str):
    path = tmp_path / "bearable.csv"
    path.write_text(BEARABLE_HEAD + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def test_each_name_becomes_a_medication_with_its_dose_structured_where_it_reads(opened, exchange, tmp_path):
    path = bearable(
        tmp_path,
        "2022-03-01,,Tue,08:00,Medication,,Naproxen 250 mg as needed,",
        "2022-03-01,,Tue,09:00,Medication,2 tablets,Paracetamol,",
        "2022-03-01,,Tue,10:00,Meds/Supplements,half,tramadol,after the walk",
        "2022-03-01,,Tue,11:00,Medication,800 mg,Ibuprofen 400mg,",
        "2022-03-02,,Wed,08:00,Medication,1,Vitamin D,",
        "2022-03-02,,Wed,09:00,Medication,1,Painkiller,",
        "2022-03-02,,Wed,10:00,Medication,300 mg,TRAMADOL,",
    )
    plan = exchange.prepare(path)
    new = "New medications: Naproxen (nsaid), Paracetamol (paracetamol), tramadol (opioid), Ibuprofen (nsaid), "
    assert new + "Vitamin D (other)" in plan.preview_lines()
    assert "'Ibuprofen 400mg' → Ibuprofen (details 'Ibuprofen 400mg') [medication by name]" in "\n".join(
        plan.preview_lines()
    )
    result = exchange.apply(plan)
    assert result.sessions == 7 and result.therapies == 5
    assert medications(opened) == {
        "Naproxen": "nsaid",
        "Paracetamol": "paracetamol",
        "tramadol": "opioid",  # the name as first written; "TRAMADOL" is the same medication
        "Ibuprofen": "nsaid",
        "Vitamin D": "other",  # not in the table of certain classes: never guessed
    }
    got = {(s.therapy.name, s.dose_amount, s.dose_unit, s.dose_schedule, s.dose, s.details) for s in sessions(opened)}
    assert got == {
        ("Naproxen", 250.0, "mg", "as-needed", None, None),
        ("Paracetamol", 2.0, "tablet", None, None, None),
        ("tramadol", None, None, None, "half", None),
        ("Ibuprofen", 800.0, "mg", None, None, "Ibuprofen 400mg"),  # the file's dose wins, the name is kept
        ("Vitamin D", None, None, None, "1", None),
        ("Medication", None, None, None, "1", "Painkiller"),  # a generic word names no medication
        ("tramadol", 300.0, "mg", None, None, None),
    }


def test_an_existing_medication_is_reused_whatever_its_case(opened, exchange, tmp_path):
    TherapyService(journal=opened.journal).add_medication("IBUPROFEN", "nsaid")
    plan = exchange.prepare(IMPORTS / "flaredown.csv", options=ImportOptions(scale="convert"))
    assert "New medications: Gabapentin (other)" in plan.preview_lines()
    exchange.apply(plan)
    assert medications(opened) == {"IBUPROFEN": "nsaid", "Gabapentin": "other"}
    assert sorted(s.dose_text for s in sessions(opened) if s.therapy.name == "IBUPROFEN") == ["400 mg", "600 mg"]


def test_a_medication_comes_only_with_a_new_session(opened, exchange):
    """Rows imported earlier onto "Medication" (the person's --map, or an older version) are already in
    the journal: importing the file again adds neither their sessions nor an empty medication."""
    keep_generic = ImportOptions(scale="convert", therapy_map={"Ibuprofen": "medication", "Gabapentin": "medication"})
    exchange.import_file(IMPORTS / "flaredown.csv", options=keep_generic)
    assert medications(opened) == {}
    again = exchange.prepare(IMPORTS / "flaredown.csv", options=ImportOptions(scale="convert"))
    assert again.new == [] and again.new_therapies == []
    assert not any(line.startswith("New medications") for line in again.preview_lines())


def test_a_medication_mapped_to_skip_is_skipped(opened, exchange):
    options = ImportOptions(scale="skip", therapy_map={"Magnesium": "skip"})
    plan = exchange.prepare(IMPORTS / "bearable.csv", options=options)
    assert [t.name for t in plan.new_therapies] == ["Ibuprofen"]
    assert any("Magnesium" in item.what and "skip" in item.reason for item in plan.skipped)


def test_a_name_that_cannot_be_a_medication_refuses_the_import_naming_its_row(opened, exchange, tmp_path):
    long_name = "Extra strength " * 6  # 90 characters: a therapy name holds at most 80
    path = bearable(
        tmp_path,
        "2022-03-01,,Tue,08:00,Medication,1,Ibuprofen,",
        f"2022-03-01,,Tue,09:00,Medication,1,{long_name},",
        f"2022-03-02,,Wed,09:00,Medication,1,{long_name},",
    )
    before = content_hash(opened.path)
    with pytest.raises(ImportRejectedError) as info:
        exchange.prepare(path)
    (problem,) = info.value.problems  # reported once, at the first row that uses it
    assert problem.line == 3
    assert problem.reason.startswith("medication 'Extra strength") and "characters" in problem.reason
    assert "allowed:" in problem.reason
    assert content_hash(opened.path) == before and medications(opened) == {}

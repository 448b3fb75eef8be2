"""Named medications with structured doses and daily factors through JSON and CSV export/import,
the report's data and the FHIR MedicationStatement (real journals on disk)."""

from __future__ import annotations

import json

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import TherapySessionDraft
from backjournal.exchange import records
from backjournal.services.exchange import ExchangeService
from backjournal.services.factors import FactorService
from backjournal.services.opening import open_journal
from backjournal.services.therapies import TherapyService
from tests.conftest import at, content_hash


def _fill(opened):
    therapies = TherapyService(journal=opened.journal)
    ibu = therapies.add_medication("Ibuprofen", "nsaid")
    therapies.change(ibu.key, color="#AA3300")
    opened.journal.log_session(
        TherapySessionDraft(
            ibu.key, at(2), dose_amount=400, dose_unit="mg", dose_schedule="as-needed", details="with food"
        )
    )
    opened.journal.log_session(TherapySessionDraft("medication", at(3), dose="half a tablet, old style"))
    factors = FactorService(unit_of_work=opened.uow)
    factors.add("Long drive", "yesno")
    factors.set_value("long drive", "yes", at(1).date())
    factors.set_value("mood", 7, at(1).date())
    return ibu


def _snapshot(opened, *, factors=True):
    with opened.uow() as uow:
        snap = {
            "sessions": sorted((records.session_fields(s) for s in uow.sessions.list()), key=lambda d: d["uid"]),
            "therapies": [records.therapy_to_dict(t) for t in uow.therapies.all()],
        }
        if factors:
            snap["factors"] = [records.factor_to_dict(f) for f in uow.factors.all()]
            snap["values"] = [records.factor_value_fields(v) for v in uow.factors.values()]
    return snap


def test_json_round_trip_keeps_medications_doses_and_factors(tmp_path):
    src, dst = open_journal(tmp_path / "a"), open_journal(tmp_path / "b")
    try:
        ibu = _fill(src)
        assert ibu.drug_class == "nsaid" and TherapyService.card_id(ibu) == "medication"
        ExchangeService(unit_of_work=src.uow).export("json", tmp_path / "out.json")
        doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
        assert {"factors", "factor_values"} <= doc.keys()
        result = ExchangeService(unit_of_work=dst.uow).import_file(tmp_path / "out.json")
        assert (result.sessions, result.factor_values, result.factors) == (2, 2, 1)
        assert _snapshot(src) == _snapshot(dst)
        session = next(s for s in dst.journal.sessions() if s.therapy.key == ibu.key)
        assert (session.dose_amount, session.dose_unit, session.dose_schedule) == (400, "mg", "as-needed")
        assert session.dose_text == "400 mg, as needed"
        again = ExchangeService(unit_of_work=dst.uow).import_file(tmp_path / "out.json")
        assert (again.sessions, again.factor_values) == (0, 0), "importing twice adds nothing"
    finally:
        src.close()
        dst.close()


def test_json_import_keeps_the_journals_own_factor_value_for_a_day(tmp_path):
    src, dst = open_journal(tmp_path / "a"), open_journal(tmp_path / "b")
    try:
        _fill(src)
        ExchangeService(unit_of_work=src.uow).export("json", tmp_path / "out.json")
        FactorService(unit_of_work=dst.uow).set_value("mood", 2, at(1).date())
        plan = ExchangeService(unit_of_work=dst.uow).prepare(tmp_path / "out.json")
        assert any("factor values" in k for k in plan.kept)
        ExchangeService(unit_of_work=dst.uow).apply(plan)
        assert FactorService(unit_of_work=dst.uow).values_on(at(1).date()) == {"mood": 2, "own_long_drive": 1}
    finally:
        src.close()
        dst.close()


def test_json_import_refuses_bad_factor_values_and_changes_nothing(tmp_path):
    src, dst = open_journal(tmp_path / "a"), open_journal(tmp_path / "b")
    try:
        _fill(src)
        ExchangeService(unit_of_work=src.uow).export("json", tmp_path / "out.json")
        doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
        yes = next(v for v in doc["factor_values"] if v["factor"] == "own_long_drive")
        yes["value"] = 5
        (tmp_path / "bad.json").write_text(json.dumps(doc), "utf-8")
        before = content_hash(dst.path)
        with pytest.raises(Exception) as caught:
            ExchangeService(unit_of_work=dst.uow).import_file(tmp_path / "bad.json")
        assert "1 (yes) or 0 (no)" in str(caught.value.args) or "yes" in str(caught.value)
        assert content_hash(dst.path) == before
    finally:
        src.close()
        dst.close()


def test_csv_round_trip_keeps_medication_class_and_structured_dose(tmp_path):
    src, dst = open_journal(tmp_path / "a"), open_journal(tmp_path / "b")
    try:
        _fill(src)
        ExchangeService(unit_of_work=src.uow).export("csv", tmp_path / "out.csv")
        ExchangeService(unit_of_work=dst.uow).import_file(tmp_path / "out.csv")
        a, b = _snapshot(src, factors=False), _snapshot(dst, factors=False)
        assert a["sessions"] == b["sessions"]
        ibu = next(t for t in b["therapies"] if t["name"] == "Ibuprofen")
        assert ibu["drug_class"] == "nsaid" and ibu["category"] == "drug"
    finally:
        src.close()
        dst.close()


def test_fhir_medication_statement_carries_name_and_dose(tmp_path, opened):
    from fhir.resources.R4B.bundle import Bundle

    _fill(opened)
    ExchangeService(unit_of_work=opened.uow).export("fhir", tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    Bundle.model_validate(doc)  # R4B (see test_export_files)
    meds = [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == "MedicationStatement"]
    named = next(m for m in meds if m["medicationCodeableConcept"]["text"] == "Ibuprofen")
    dosage = named["dosage"][0]
    assert dosage["text"] == "400 mg, as needed" and dosage["asNeededBoolean"] is True
    assert dosage["doseAndRate"][0]["doseQuantity"] == {
        "value": 400.0,
        "unit": "mg",
        "system": "http://unitsofmeasure.org",
        "code": "mg",
    }
    generic = next(m for m in meds if m["medicationCodeableConcept"]["text"] == "Medication")
    assert generic["dosage"] == [{"text": "half a tablet, old style"}]


@pytest.mark.parametrize(
    "fields,word",
    [
        ({"dose_amount": 400}, "amount and a unit"),
        ({"dose_unit": "mg"}, "amount and a unit"),
        ({"dose_amount": 400, "dose_unit": "furlong"}, "mg, g, ml"),
        ({"dose_amount": -1, "dose_unit": "mg"}, "positive"),
        ({"dose_amount": 1, "dose_unit": "mg", "dose_schedule": "daily"}, "as-needed or scheduled"),
    ],
)
def test_bad_structured_doses_are_refused(fields, word, journal):
    with pytest.raises(ValidationError) as caught:
        journal.log_session(TherapySessionDraft("medication", at(1), **fields))
    assert word in str(caught.value)
    assert journal.sessions() == []


def test_medications_archive_and_last_used(journal):
    therapies = TherapyService(journal=journal)
    ibu = therapies.add_medication("Ibuprofen", "nsaid")
    carisoprodol = therapies.add_medication("Carisoprodol", "muscle relaxant")
    assert therapies.last_used_medication() is None
    journal.log_session(TherapySessionDraft(carisoprodol.key, at(2)))
    journal.log_session(TherapySessionDraft(ibu.key, at(5)))
    assert therapies.last_used_medication().key == carisoprodol.key
    therapies.change(carisoprodol.key, archived=True)
    assert carisoprodol.key not in {t.key for t in therapies.pickable()}
    assert len(journal.sessions()) == 2, "history kept"
    with pytest.raises(ValidationError):
        therapies.add_medication("Something", "antibiotic")

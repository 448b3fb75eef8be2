"""FHIR bundle validity, atomic private exports (docs/reliability.md items 10, 11), and the export/import commands."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest

from backjournal.domain.errors import StorageEnvironmentError
from backjournal.domain.models import PainEntryDraft, PainQuality, PegDraft, TherapySessionDraft
from backjournal.exchange import csv_io
from backjournal.services.exchange import ExchangeService
from tests.conftest import at, file_sha256, run_cli


@pytest.fixture
def filled(opened):
    j = opened.journal
    j.add_therapy_type("Aqua jogging", "non-drug")
    j.log(PainEntryDraft(at(3), 6, qualities=(PainQuality.ACHING,), note="<b>x</b> & 😀"))
    j.log(TherapySessionDraft("acupuncture", at(2), minutes=30, pain_before=6, pain_after=4, provider="Dr. Lee"))
    j.log(TherapySessionDraft("medication", at(2, hour=20), details="Ibuprofen", dose="400 mg"))
    j.log(TherapySessionDraft("user_aqua_jogging", at(1)))
    j.log(PegDraft(at(0), 5, 6, 4, note="weekly"))
    return opened


def test_fhir_bundle_validates_against_r4(filled, tmp_path):
    """fhir.resources 8 defaults to R5; its R4B package is the closest to R4 (these resources are unchanged)."""
    from fhir.resources.R4B.bundle import Bundle

    path = tmp_path / "b.json"
    ExchangeService(unit_of_work=filled.uow).export("fhir", path)
    doc = json.loads(path.read_text())
    bundle = Bundle.model_validate(doc)
    assert bundle.type == "collection"
    resources = [e["resource"] for e in doc["entry"]]
    kinds = [r["resourceType"] for r in resources]
    assert kinds.count("Patient") == 1 and kinds.count("Procedure") == 2 and kinds.count("MedicationStatement") == 1
    pain = [r for r in resources if r["resourceType"] == "Observation" and r["code"]["coding"][0]["code"] == "72514-3"]
    assert sorted(r["valueInteger"] for r in pain) == [4, 6, 6]  # the entry, and before/after the session
    assert all(r["category"][0]["coding"][0]["code"] == "survey" for r in pain)
    peg = {
        r["code"]["coding"][0]["code"]: r
        for r in resources
        if r["resourceType"] == "Observation"
        and r["code"]["coding"][0]["code"] in {"75893-8", "91145-3", "91146-1", "91147-9"}
    }
    assert set(peg) == {"75893-8", "91145-3", "91146-1", "91147-9"}
    mean = peg["91147-9"]
    assert mean["valueQuantity"] == {
        "value": 5.0,
        "unit": "{score}",
        "system": "http://unitsofmeasure.org",
        "code": "{score}",
    }
    urls = {e["fullUrl"]: e["resource"] for e in doc["entry"]}
    assert {urls[m["reference"]]["code"]["coding"][0]["code"] for m in mean["hasMember"]} == {
        "75893-8",
        "91145-3",
        "91146-1",
    }
    med = next(r for r in resources if r["resourceType"] == "MedicationStatement")
    assert med["dosage"] == [{"text": "400 mg"}] and med["medicationCodeableConcept"]["text"] == "Ibuprofen"
    acu = next(r for r in resources if r["resourceType"] == "Procedure" and r["code"]["text"] == "Acupuncture")
    assert acu["performedPeriod"]["start"].endswith("+01:00")
    after = [r for r in pain if r.get("partOf") and r["valueInteger"] == 4]
    assert urls[after[0]["partOf"][0]["reference"]] is acu


def test_exports_are_private_and_atomic(filled, tmp_path, monkeypatch):
    exchange = ExchangeService(unit_of_work=filled.uow)
    tmp_path = tmp_path / "exports"
    old_umask = os.umask(0o022)
    try:
        for fmt in ("csv", "json", "fhir"):
            path = tmp_path / f"out.{fmt}"
            exchange.export(fmt, path)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)
    old = file_sha256(tmp_path / "out.csv")
    filled.journal.log(PainEntryDraft(at(0), 2))

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(StorageEnvironmentError, match="disk is full"):
        exchange.export("csv", tmp_path / "out.csv")
    monkeypatch.undo()
    assert file_sha256(tmp_path / "out.csv") == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.fhir", "out.json"]

    real_row = csv_io._row
    seen = {"n": 0}

    def failing_row(record):  # an exception half-way through producing the content
        seen["n"] += 1
        if seen["n"] == 3:
            raise RuntimeError("boom")
        return real_row(record)

    monkeypatch.setattr(csv_io, "_row", failing_row)
    with pytest.raises(RuntimeError):
        exchange.export("csv", tmp_path / "out.csv")
    assert file_sha256(tmp_path / "out.csv") == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.fhir", "out.json"]


def test_export_range_filter(filled, tmp_path):
    exchange = ExchangeService(unit_of_work=filled.uow)
    result = exchange.export("json", tmp_path / "r.json", start=at(2).date(), end=at(1).date())
    assert (result.pain, result.sessions, result.peg) == (0, 3, 0)
    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["period"] == {"from": at(2).date().isoformat(), "to": at(1).date().isoformat()}
    assert len(doc["therapies"]) == 13  # every therapy type travels, with its notes


def test_cli_export_and_import(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert (
        run_cli(
            "log", "pain", "6", "--at", "2026-03-01T08:00+01:00", "--note", "=cmd|' /C calc'!A0", data_dir=a
        ).returncode
        == 0
    )
    out = tmp_path / "x.json"
    r = run_cli("export", "json", "-o", str(out), data_dir=a)
    assert r.returncode == 0 and "1 pain entries" in r.stdout and stat.S_IMODE(out.stat().st_mode) == 0o600
    r = run_cli("import", str(out), data_dir=b)
    assert r.returncode == 0, r.stderr
    assert "imported 1 pain entries" in r.stdout
    r = run_cli("list", "--format", "json", data_dir=b)
    assert json.loads(r.stdout)[0]["note"] == "=cmd|' /C calc'!A0"
    # bad input: every bad row on stderr, exit 2, nothing imported
    bad = tmp_path / "bad.csv"
    bad.write_text("record_type,uid,at,score\npain,,2026-03-01T08:00:00+01:00,44\npain,,nope,4\n", encoding="utf-8")
    r = run_cli("import", str(bad), data_dir=b)
    assert r.returncode == 2
    assert "2 invalid row(s); nothing was imported" in r.stderr and "line 2:" in r.stderr and "line 3:" in r.stderr
    assert "Traceback" not in r.stderr
    # a foreign file: preview first, --yes and a scale choice to import
    from tests.conftest import FIXTURES

    fd = str(FIXTURES / "imports" / "flaredown.csv")
    r = run_cli("import", fd, data_dir=b)
    assert r.returncode == 0 and "Nothing imported yet" in r.stdout and "0→0, 1→3" in r.stdout
    r = run_cli("import", fd, "--yes", data_dir=b)
    assert r.returncode == 2 and "--scale" in r.stderr
    r = run_cli("import", fd, "--yes", "--scale", "convert", "--map", "Ibuprofen=skip", data_dir=b)
    assert r.returncode == 0 and "imported 6 pain entries, 5 sessions" in r.stdout, r.stdout + r.stderr
    r = run_cli("import", str(tmp_path / "missing.csv"), data_dir=b)
    assert r.returncode == 2 and "Cannot read" in r.stderr
    r = run_cli("export", "xml", "-o", "x", data_dir=b)
    assert r.returncode == 2

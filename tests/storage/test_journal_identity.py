"""Each journal has a random identity (issue 9): made when the journal is created (or first opened,
for older journals), kept in its settings, carried by JSON export/import and by restore; the FHIR
Patient and record fullUrls are derived from it, so two journals never share a Patient."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.exchange import ExchangeService
from backjournal.services.opening import open_journal, restore_open_journal

TZ = timezone(timedelta(hours=1))
KEY = "journal_id"


def _fill(opened) -> None:
    opened.journal.log(PainEntryDraft(datetime(2026, 3, 1, 8, tzinfo=TZ), 6))
    opened.journal.log(
        TherapySessionDraft("heat", datetime(2026, 3, 1, 18, tzinfo=TZ), minutes=20, pain_before=6, pain_after=4)
    )


def _identity(opened) -> str:
    with opened.uow() as uow:
        return uow.settings.get(KEY)


def _fhir(opened, path) -> dict:
    ExchangeService(unit_of_work=opened.uow).export("fhir", path)
    return json.loads(path.read_text(encoding="utf-8"))


def _patient_url(bundle: dict) -> str:
    return next(e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")


def test_a_new_journal_gets_a_random_identity_that_stays(tmp_path):
    a = open_journal(tmp_path / "a")
    b = open_journal(tmp_path / "b")
    try:
        ida, idb = _identity(a), _identity(b)
        assert uuid.UUID(ida).version == 4 and uuid.UUID(idb).version == 4 and ida != idb
    finally:
        a.close()
        b.close()
    again = open_journal(tmp_path / "a")
    try:
        assert _identity(again) == ida
    finally:
        again.close()


def test_two_journals_never_share_a_patient_or_record_url(tmp_path):
    a = open_journal(tmp_path / "a")
    b = open_journal(tmp_path / "b")
    try:
        for j in (a, b):
            _fill(j)
        fa, fb = _fhir(a, tmp_path / "a.json"), _fhir(b, tmp_path / "b.json")
        assert _patient_url(fa) != _patient_url(fb)
        assert not {e["fullUrl"] for e in fa["entry"]} & {e["fullUrl"] for e in fb["entry"]}
        # the same journal exports the same urls every time, derived from its identity
        assert _patient_url(_fhir(a, tmp_path / "a2.json")) == _patient_url(fa)
        assert _patient_url(fa) == f"urn:uuid:{uuid.uuid5(uuid.UUID(_identity(a)), 'patient')}"
        subjects = {e["resource"].get("subject", {}).get("reference") for e in fa["entry"]} - {None}
        assert subjects == {_patient_url(fa)}
    finally:
        a.close()
        b.close()


def test_an_older_journal_gets_its_identity_on_first_open(tmp_path):
    first = open_journal(tmp_path / "j")
    path = first.path
    first.close()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM settings WHERE key = ?", (KEY,))  # as a journal made before identities
    con.commit()
    con.close()
    opened = open_journal(tmp_path / "j")
    try:
        made = _identity(opened)
        assert uuid.UUID(made)
    finally:
        opened.close()


def test_json_export_and_import_carry_the_identity(tmp_path):
    a = open_journal(tmp_path / "a")
    try:
        _fill(a)
        ExchangeService(unit_of_work=a.uow).export("json", tmp_path / "a.json")
        ida = _identity(a)
        url = _patient_url(_fhir(a, tmp_path / "a.fhir.json"))
    finally:
        a.close()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["settings"][KEY] == ida
    moved = open_journal(tmp_path / "moved")  # a fresh journal on another computer
    try:
        ExchangeService(unit_of_work=moved.uow).import_file(tmp_path / "a.json")
        assert _identity(moved) == ida
        assert _patient_url(_fhir(moved, tmp_path / "m.fhir.json")) == url
    finally:
        moved.close()
    other = open_journal(tmp_path / "other")  # a journal with its own records keeps its own identity
    try:
        _fill(other)
        mine = _identity(other)
        plan = ExchangeService(unit_of_work=other.uow).prepare(tmp_path / "a.json")
        assert any("identity" in k for k in plan.kept)
        ExchangeService(unit_of_work=other.uow).apply(plan)
        assert _identity(other) == mine
    finally:
        other.close()


def test_restore_carries_the_identity(tmp_path):
    opened = open_journal(tmp_path / "j")
    try:
        _fill(opened)
        ida = _identity(opened)
        backup = opened.backups.back_up()
        with opened.uow() as uow:
            uow.settings.set(KEY, str(uuid.uuid4()))  # as if another journal were open here
        restore_open_journal(opened, backup.path)
        assert _identity(opened) == ida
    finally:
        opened.close()

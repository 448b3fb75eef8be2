"""The real program: medications by name, 'log session medication' asks which (exit 2), structured doses."""

from __future__ import annotations

import json

from tests.conftest import content_hash, run_cli


def test_medications_cli_end_to_end(data_dir):
    done = run_cli("medications", "--add", "Ibuprofen", "--class", "nsaid", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert run_cli("medications", "--add", "Kratom tea", "--class", "kratom", data_dir=data_dir).returncode == 0
    done = run_cli(
        "log",
        "session",
        "medication",
        "--name",
        "ibuprofen",
        "--dose",
        "400 mg as needed",
        "--at",
        "2026-03-01T08:00+01:00",
        data_dir=data_dir,
    )
    assert done.returncode == 0 and "Ibuprofen" in done.stdout, done.stderr
    done = run_cli(
        "log",
        "session",
        "Kratom tea",
        "--amount",
        "3",
        "--unit",
        "g",
        "--scheduled",
        "--at",
        "2026-03-02T08:00+01:00",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    done = run_cli("log", "session", "heat", "--dose", "a lot", "--at", "2026-03-02T09:00+01:00", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("list", "--format", "json", data_dir=data_dir).stdout)
    got = [(r["therapy_name"], r["dose_amount"], r["dose_unit"], r["dose_schedule"], r["dose"]) for r in listed]
    assert got == [
        ("Ibuprofen", 400.0, "mg", "as-needed", None),
        ("Kratom tea", 3.0, "g", "scheduled", None),
        ("Heat", None, None, None, "a lot"),
    ]
    meds = json.loads(run_cli("medications", "--format", "json", data_dir=data_dir).stdout)
    assert [(m["name"], m["class"], m["card"]) for m in meds] == [
        ("Ibuprofen", "nsaid", "medication"),
        ("Kratom tea", "kratom", "kratom"),
    ]
    table = run_cli("list", data_dir=data_dir).stdout
    assert "400 mg, as needed" in table

    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    for args, word in [
        (("log", "session", "medication"), "which medication"),
        (("log", "session", "medication", "--name", "heat"), "not one of your medications"),
        (("log", "session", "medication", "--name", "aspirin"), "not a known therapy"),
        (("log", "session", "heat", "--name", "ibuprofen"), "--name only"),
        (("log", "session", "ibuprofen", "--amount", "400"), "--amount and --unit"),
        (("log", "session", "ibuprofen", "--amount", "400", "--unit", "furlong"), "mg, g, ml"),
        (("log", "session", "ibuprofen", "--amount", "lots", "--unit", "mg"), "positive number"),
        (("log", "session", "ibuprofen", "--as-needed"), "needs a dose"),
        (("medications", "--add", "Aspirin", "--class", "antibiotic"), "nsaid"),
        (("medications", "--add", "ibuprofen", "--class", "nsaid"), "already exists"),
    ]:
        bad = run_cli(*args, data_dir=data_dir)
        assert bad.returncode == 2, (args, bad.stderr)
        assert bad.stderr.count("\n") == 1 and word in bad.stderr, (args, bad.stderr)
    assert content_hash(db) == before
    bad = run_cli("log", "session", "medication", data_dir=data_dir)
    assert "last used: Kratom tea" in bad.stderr, bad.stderr


def test_a_bearable_import_names_the_medications_it_adds(data_dir):
    from tests.conftest import FIXTURES

    path = str(FIXTURES / "imports" / "bearable.csv")
    preview = run_cli("import", path, "--dry-run", data_dir=data_dir)
    assert preview.returncode == 0, preview.stderr
    assert "New medications: Ibuprofen (nsaid), Magnesium (other)" in preview.stdout.splitlines()
    done = run_cli("import", path, "--yes", "--scale", "convert", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("medications", "--format", "json", data_dir=data_dir).stdout)
    assert sorted((m["name"], m["class"], m["card"]) for m in listed) == [
        ("Ibuprofen", "nsaid", "medication"),
        ("Magnesium", "other", None),
    ]

"""Each bad input of issue 9 ("Every bad input is exit 2, one line, nothing changed") as its own
regression test: exit 2, one stderr line naming the value and what is allowed, the journal unchanged."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, content_hash
from tests.e2e.test_argv_property import _run_in_process


@pytest.fixture
def journal_dir(data_dir):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=1), score=4, note="kept"))
    finally:
        opened.close()
    return data_dir


def _refused(journal_dir, *argv, expect: str = ""):
    journal = journal_dir / "journal.sqlite3"
    before = content_hash(journal)
    code, err = _run_in_process(["--data-dir", str(journal_dir), *argv])
    assert code == 2, (argv, code, err)
    assert err.count("\n") == 1, err
    assert expect in err, err
    assert content_hash(journal) == before
    return err


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "pain", "3", "--at", "0001-01-01T00:00+05:00"],
        ["log", "pain", "3", "--at", "0001-01-01T00:00"],
        ["log", "pain", "3", "--at", "0001-01-01"],
        ["log", "peg", "1", "2", "3", "--at", "9999-12-31T23:59-05:00"],
        ["list", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["report", "--from", "9999-12-01", "--to", "9999-12-31", "-o", "OUT.pdf"],
        ["chart", "--from", "0001-01-01", "--to", "0001-01-05", "-o", "OUT.png"],
        ["stats", "--from", "9999-12-20", "--to", "9999-12-31"],
        ["insights", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["export", "csv", "--from", "0001-01-01", "-o", "OUT.csv"],
        ["period", "add", "x", "--from", "0001-01-01", "--to", "9999-12-31"],
    ],
)
def test_days_at_the_ends_of_the_calendar(journal_dir, tmp_path, argv):
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in argv]
    _refused(journal_dir, *argv, expect="1900-01-01 to 2199-12-31")


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "pain", "²"],
        ["log", "pain", "١"],
        ["log", "pain", "+-3"],
        ["log", "peg", "1", "2", "٣"],
        ["log", "session", "heat", "--minutes", "²"],
        ["stats", "--window", "٧"],
        ["demo", "--seed", "²"],
        ["demo", "--years", "١"],
        ["delete", "pain", "١"],
    ],
)
def test_unicode_digits_are_not_numbers(journal_dir, argv):
    _refused(journal_dir, *argv, expect="not")


@pytest.mark.parametrize(
    "argv",
    [
        ["delete", "pain", "99999999999999999999999"],
        ["undelete", "session", "9223372036854775808"],
        ["log", "pain", "100000000000000000000000000"],
        ["demo", "--seed", "99999999999999999999999"],
        ["stats", "--window", "99999999999999999999999"],
    ],
)
def test_numbers_that_overflow(journal_dir, argv):
    _refused(journal_dir, *argv, expect="out of range")


def test_a_passphrase_file_that_is_not_utf8_or_holds_nul(journal_dir, tmp_path):
    latin = tmp_path / "pw.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    _refused(journal_dir, "--passphrase-file", str(latin), "list", expect="not UTF-8")
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"pa\x00ss\n")
    _refused(journal_dir, "--passphrase-file", str(nul), "encrypt", expect="NUL")


def test_nul_and_lone_surrogates_in_arguments(journal_dir):
    _refused(journal_dir, "log", "pain", "3", "--note", "a\x00b", expect="NUL")
    _refused(journal_dir, "therapies", "--add", "Yoga\udcff", expect="not valid UTF-8")


def test_empty_at_is_refused_not_now(journal_dir):
    _refused(journal_dir, "log", "pain", "3", "--at", "", expect="--at")


def test_undelete_of_a_record_not_in_the_trash(journal_dir):
    _refused(journal_dir, "undelete", "pain", "1", expect="not in the trash")
    _refused(journal_dir, "undelete", "pain", "77", expect="not in the trash")
    assert _run_in_process(["--data-dir", str(journal_dir), "delete", "pain", "1"])[0] == 0
    _refused(journal_dir, "delete", "pain", "1", expect="already in the trash")
    assert _run_in_process(["--data-dir", str(journal_dir), "undelete", "pain", "1"])[0] == 0


def test_adding_an_empty_therapy_name_is_refused_not_a_listing(journal_dir):
    _refused(journal_dir, "therapies", "--add", "", expect="name")


def test_therapy_names_with_control_characters_or_in_use_are_refused(journal_dir):
    _refused(journal_dir, "therapies", "--add", "Pi\x07lates", expect="control character U+0007")
    _refused(journal_dir, "therapies", "--add", "Tens\tunit", expect="contains a tab")
    _refused(journal_dir, "therapies", "--add", "HEAT", expect="'Heat' already exists")
    _refused(journal_dir, "therapies", "--add", "x" * 81, expect="is 81 characters long")


def test_data_dir_that_is_a_file(journal_dir, tmp_path):
    plain = tmp_path / "a-file"
    plain.write_text("x")
    code, err = _run_in_process(["--data-dir", str(plain), "list"])
    assert code == 2 and "is a file, not a folder" in err and err.count("\n") == 1
    code, err = _run_in_process(["--data-dir", str(plain / "sub"), "log", "pain", "3"])
    assert code == 2 and "is a file, not a folder" in err


def test_lone_surrogates_are_refused_by_the_domain():
    from backjournal.domain.errors import ValidationError
    from backjournal.domain.models import PainEntryDraft
    from tests.conftest import at

    with pytest.raises(ValidationError, match="cannot be stored"):
        PainEntryDraft(felt_at=at(1), score=3, note="x\ud800").validate()


def _real(journal_dir, *argv: str | bytes, env: dict | None = None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(journal_dir), *argv],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_invalid_utf8_in_argv_from_the_real_program(journal_dir):
    before = content_hash(journal_dir / "journal.sqlite3")
    r = _real(journal_dir, "log", "pain", "3", "--note", b"caf\xe9")
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1, r
    assert b"\\xe9" in r.stderr and b"UTF-8" in r.stderr
    assert content_hash(journal_dir / "journal.sqlite3") == before


def test_a_time_in_a_daylight_saving_gap_is_refused_with_the_valid_times(journal_dir):
    before = content_hash(journal_dir / "journal.sqlite3")
    r = _real(journal_dir, "log", "pain", "3", "--at", "2026-03-29T02:30", env={"TZ": "Europe/Berlin"})
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1, r
    assert b"daylight saving" in r.stderr
    assert b"2026-03-29T01:30+01:00" in r.stderr and b"2026-03-29T03:30+02:00" in r.stderr
    assert content_hash(journal_dir / "journal.sqlite3") == before
    ok = _real(journal_dir, "log", "pain", "3", "--at", "2026-03-29T03:30", env={"TZ": "Europe/Berlin"})
    assert ok.returncode == 0 and b"03:30+02:00" in ok.stdout


def test_names_and_labels_that_cannot_be_stored_are_refused_by_the_services(opened):
    from backjournal.domain.errors import ValidationError
    from backjournal.domain.periods import MarkedPeriod
    from tests.conftest import at

    with pytest.raises(ValidationError, match="name"):
        opened.journal.add_therapy_type("Yoga\udcff")
    with pytest.raises(ValidationError, match="label"):
        MarkedPeriod("course\ud800", at(9).date(), at(1).date()).validate()
    assert "Yoga" not in {t.name for t in opened.journal.therapy_types()}

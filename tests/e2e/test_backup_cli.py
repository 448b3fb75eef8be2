"""``backjournal backup / backups / restore / check`` as a person runs them (the real program)."""

from __future__ import annotations

import stat

from tests.conftest import content_hash, file_sha256, run_cli
from tests.storage.test_backup import corrupt


def logged(data_dir, *scores):
    """Entries written in-process (quick); the commands under test run as the real program."""
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        for i, s in enumerate(scores):
            opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=s, note=f"score {s} " + "x" * 400))
    finally:
        opened.close()


def test_backup_list_check_and_restore(data_dir, tmp_path):
    logged(data_dir, 3, 5)
    journal = data_dir / "journal.sqlite3"

    r = run_cli("backup", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "verified" in r.stdout
    backups = sorted((data_dir / "backups").glob("manual-*.sqlite3"))
    assert len(backups) == 1 and stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    wanted = content_hash(backups[0])

    r = run_cli("backups", data_dir=data_dir)
    assert r.returncode == 0 and backups[0].name in r.stdout and "made by you" in r.stdout

    r = run_cli("check", data_dir=data_dir)
    assert r.returncode == 0 and r.stdout.startswith("ok:")

    logged(data_dir, 9)
    r = run_cli("restore", str(backups[0]), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "backed up the current journal to" in r.stdout and "restored" in r.stdout
    assert content_hash(journal) == wanted
    listing = run_cli("list", "--format", "csv", data_dir=data_dir).stdout
    assert "score 9" not in listing and "score 5" in listing
    assert len(list((data_dir / "backups").glob("pre-restore-*.sqlite3"))) == 1


def test_backup_to_a_chosen_file(data_dir, tmp_path):
    logged(data_dir, 4)
    out = tmp_path / "usb" / "my journal.sqlite3"
    out.parent.mkdir()  # a missing folder is an error (tests/e2e/test_output_targets.py)
    r = run_cli("backup", "-o", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert content_hash(out) == content_hash(data_dir / "journal.sqlite3")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_restore_refuses_a_damaged_or_newer_file_with_exit_2(data_dir, tmp_path):
    logged(data_dir, *range(11))
    bad = tmp_path / "bad.sqlite3"
    assert run_cli("backup", "-o", str(bad), data_dir=data_dir).returncode == 0
    corrupt(bad, offset=4096, length=8192)
    journal = data_dir / "journal.sqlite3"
    before = file_sha256(journal)
    r = run_cli("restore", str(bad), data_dir=data_dir)
    assert r.returncode == 2, r
    assert r.stderr.count("\n") == 1 and "damaged" in r.stderr
    assert file_sha256(journal) == before
    assert not (data_dir / "backups").exists(), "nothing was backed up, nothing changed"

    r = run_cli("restore", str(tmp_path / "nope.sqlite3"), data_dir=data_dir)
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_check_says_damaged_with_exit_1_and_leaves_the_file(data_dir):
    logged(data_dir, *range(11))
    journal = data_dir / "journal.sqlite3"
    corrupt(journal, offset=4096, length=8192)
    before = file_sha256(journal)
    r = run_cli("check", data_dir=data_dir)
    assert r.returncode == 1
    assert r.stdout.startswith("DAMAGED") and "restore" in r.stdout
    assert file_sha256(journal) == before
    r = run_cli("log", "pain", "3", data_dir=data_dir)  # writing commands refuse too
    assert r.returncode == 1 and "DAMAGED" in r.stderr
    assert file_sha256(journal) == before


def test_a_known_journal_that_vanished_is_not_recreated_by_any_command(data_dir, tmp_path):
    logged(data_dir, 6)
    journal = data_dir / "journal.sqlite3"
    journal.rename(tmp_path / "moved.sqlite3")
    for argv in (["log", "pain", "3"], ["list"], ["backup"], ["check"]):
        r = run_cli(*argv, data_dir=data_dir)
        assert r.returncode == 1, (argv, r.stdout, r.stderr)
        assert "not found" in r.stderr and "Locate the journal" in r.stderr, argv
        assert not journal.exists(), argv

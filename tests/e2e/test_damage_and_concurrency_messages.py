"""Messages name the real problem (issue 9): a plain journal with damaged first bytes is damaged (not
"passphrase needed") and restores; a 0-byte journal is reported, not silently recreated; two
commands writing at the same moment both succeed, and only a long hold says "in use"."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, content_hash, file_sha256, run_cli


def _journal_with_backup(data_dir):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=2), score=5, note="in the backup"))
        backup = opened.backups.back_up().path
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=1), score=6, note="after the backup"))
    finally:
        opened.close()
    return data_dir / "journal.sqlite3", backup


def test_damaged_first_bytes_of_a_plain_journal_are_damage_and_restore_works(data_dir):
    journal, backup = _journal_with_backup(data_dir)
    with open(journal, "r+b") as fh:
        fh.write(b"\x8f" * 16)  # the "SQLite format 3" magic is gone; the rest of the header is plain
    damaged = file_sha256(journal)
    for args in (["list"], ["log", "pain", "3"], ["check"]):
        r = run_cli(*args, data_dir=data_dir)
        text = r.stdout + r.stderr
        assert r.returncode == 1, (args, r)
        assert "passphrase" not in text and "encrypted" not in text, (args, text)
        assert "DAMAGED" in text or "damaged" in text, (args, text)
    assert file_sha256(journal) == damaged
    r = run_cli("restore", str(backup), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "damaged journal was kept" in r.stdout
    assert content_hash(journal) == content_hash(backup)
    kept = [p for p in data_dir.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and file_sha256(kept[0]) == damaged


def test_a_zero_byte_journal_is_reported_and_restorable(data_dir):
    journal, backup = _journal_with_backup(data_dir)
    journal.write_bytes(b"")
    for args in (["list"], ["log", "pain", "3"]):
        r = run_cli(*args, data_dir=data_dir)
        assert r.returncode == 1 and "empty (0 bytes)" in r.stderr and "restore" in r.stderr, (args, r)
    assert journal.stat().st_size == 0, "no new empty journal was created in its place"
    r = run_cli("restore", str(backup), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "in the backup" in run_cli("list", data_dir=data_dir).stdout


def test_two_command_line_writers_at_the_same_moment_both_succeed(data_dir):
    _journal_with_backup(data_dir)
    base = [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir)]
    for round_ in range(3):
        procs = [
            subprocess.Popen(base + args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for args in (
                ["log", "pain", "2", "--note", f"a{round_}"],
                ["log", "session", "heat", "--minutes", "5"],
                ["log", "peg", "1", "2", "3"],
                ["delete", "pain", "1"] if round_ == 0 else ["list"],
            )
        ]
        for p in procs:
            _out, err = p.communicate(timeout=120)
            assert p.returncode == 0, (p.args, err)
    listing = run_cli("list", data_dir=data_dir).stdout
    assert all(f"a{i}" in listing for i in range(3))


def test_only_a_long_hold_says_in_use_and_names_no_window(data_dir):
    journal, _backup = _journal_with_backup(data_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.readline()",
            str(journal),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        r = run_cli("log", "pain", "3", data_dir=data_dir)  # waits the busy timeout, then gives up
    finally:
        holder.communicate("\n", timeout=30)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "in use by another program" in r.stderr and "window" not in r.stderr, r.stderr
    assert run_cli("log", "pain", "3", data_dir=data_dir).returncode == 0

"""Crash windows that leaked (issue 9): a kill during encrypt left plain backups and half-made copies
beside an encrypted journal; a kill during empty-trash after the DELETE left the deleted text in the
file. Each crash here is a real process ending with ``os._exit`` at a chosen point of our own code
(what kill -9 does there); the next start, ``check`` or ``encrypt`` finishes or rolls back."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli

sqlcipher3 = pytest.importorskip("sqlcipher3")
PW = "correct horse battery"
SECRET = "PLAIN-SECRET-4711"


def _make_journal(data_dir, n_backups: int = 3):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=1), score=4, note=SECRET))
        for _ in range(n_backups):
            opened.backups.back_up()
    finally:
        opened.close()


CRASH = r"""
import os, sys
from pathlib import Path
from backjournal.storage import crypto
point, data_dir, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
calls = {"rewrite": 0}
real_rewrite, real_shred = crypto.rewrite, crypto.shred_file
def rewrite(path, **kw):
    calls["rewrite"] += 1
    if point == "after-journal-before-backups" and calls["rewrite"] == 2:
        os._exit(9)
    if point == "mid-backups" and calls["rewrite"] == 3:
        os._exit(9)
    return real_rewrite(path, **kw)
def shred(path):
    if point == "before-shred":
        os._exit(9)
    return real_shred(path)
def convert(source, target, **kw):
    if point == "mid-copy":
        target.write_bytes(b"half a copy " * 100)
        os._exit(9)
crypto.rewrite, crypto.shred_file = rewrite, shred
if point == "mid-copy":
    crypto.convert = convert
from backjournal.services.encryption import encrypt_journal
encrypt_journal(data_dir, passphrase)
os._exit(0)
"""


def _crash_encrypt(data_dir, point):
    r = subprocess.run(
        [sys.executable, "-c", CRASH, point, str(data_dir), PW], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 9, r.stderr


def _plain_copies(data_dir):
    """Every file in the folder tree, other than the journal's lock, that is not encrypted and holds the secret."""
    out = []
    for p in data_dir.rglob("*"):
        if p.is_file() and SECRET.encode() in p.read_bytes():
            out.append(p.name)
    return out


def _leftovers(data_dir):
    return [p.name for p in data_dir.rglob(".*") if p.name.endswith(".converting") or ".old-" in p.name]


@pytest.mark.parametrize("point", ["mid-copy", "before-shred", "after-journal-before-backups", "mid-backups"])
def test_an_interrupted_encrypt_is_finished_or_rolled_back_by_check(data_dir, point):
    _make_journal(data_dir)
    _crash_encrypt(data_dir, point)
    assert _leftovers(data_dir) or _plain_copies(data_dir), "the crash left something to clean"
    env = {"BACKJOURNAL_PASSPHRASE": PW}
    r = run_cli("check", data_dir=data_dir, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "interrupted" in r.stdout or "leftover" in r.stdout, r.stdout
    assert _leftovers(data_dir) == []
    from backjournal.storage import crypto

    if crypto.is_encrypted(data_dir / "journal.sqlite3"):
        assert _plain_copies(data_dir) == [], "no plain copy outlives the conversion"
        assert all(crypto.is_encrypted(b) for b in (data_dir / "backups").glob("*.sqlite3"))
    else:  # rolled back: the journal is as it was, readable, and encrypt works now
        assert SECRET in run_cli("list", data_dir=data_dir).stdout
        assert run_cli("encrypt", data_dir=data_dir, env={"BACKJOURNAL_NEW_PASSPHRASE": PW}).returncode == 0
        assert _plain_copies(data_dir) == []
    assert not (data_dir / ".backjournal-conversion.json").exists()
    assert SECRET in run_cli("list", data_dir=data_dir, env=env).stdout


def test_opening_finishes_an_interrupted_encrypt(data_dir):
    _make_journal(data_dir)
    _crash_encrypt(data_dir, "after-journal-before-backups")
    assert _plain_copies(data_dir)
    r = run_cli("list", data_dir=data_dir, env={"BACKJOURNAL_PASSPHRASE": PW})
    assert r.returncode == 0 and SECRET in r.stdout, r.stderr
    assert _plain_copies(data_dir) == [] and _leftovers(data_dir) == []


def test_encrypt_again_finishes_instead_of_saying_already_encrypted(data_dir):
    _make_journal(data_dir)
    _crash_encrypt(data_dir, "mid-backups")
    r = run_cli("encrypt", data_dir=data_dir, env={"BACKJOURNAL_NEW_PASSPHRASE": PW})
    assert r.returncode == 0, r.stderr
    assert "already encrypted" not in r.stderr
    assert _plain_copies(data_dir) == [] and _leftovers(data_dir) == []


def test_check_without_the_passphrase_reports_the_plain_backups(data_dir):
    _make_journal(data_dir)
    _crash_encrypt(data_dir, "after-journal-before-backups")
    from backjournal.services.encryption import recover_conversion

    recovered = recover_conversion(data_dir)  # the journal's passphrase not given
    assert recovered is not None and recovered.remaining and not recovered.complete
    assert "unencrypted backup" in recovered.summary()
    assert (data_dir / ".backjournal-conversion.json").exists(), "still pending until finished"


PURGE_CRASH = r"""
import os, sys
from pathlib import Path
from backjournal.services import opening
from backjournal.storage import maintenance
def crash(db, **kw):
    os._exit(9)  # the DELETE committed; VACUUM and the checkpoint never ran
opening.compact = crash
opened = opening.open_journal(Path(sys.argv[1]))
opened.journal.empty_trash()
os._exit(0)
"""


def _raw(data_dir) -> bytes:
    out = b""
    for suffix in ("", "-wal"):
        p = data_dir / f"journal.sqlite3{suffix}"
        if p.exists():
            out += p.read_bytes()
    return out


def _trashed_secret(data_dir):
    from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        e = opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=1), score=4, note=SECRET))
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=2), score=5, note="kept"))
        opened.journal.set_deleted([RecordRef(RecordKind.PAIN, e.id)], True)
    finally:
        opened.close()


@pytest.mark.parametrize("finisher", [["check"], ["list"], ["trash"]])
def test_an_interrupted_empty_trash_is_finished_on_the_next_open_or_check(data_dir, finisher):
    _trashed_secret(data_dir)
    r = subprocess.run([sys.executable, "-c", PURGE_CRASH, str(data_dir)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 9, r.stderr
    assert SECRET.encode() in _raw(data_dir), "the crash left the deleted text in the file"
    r = run_cli(*finisher, data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert SECRET.encode() not in _raw(data_dir)
    import sqlite3

    con = sqlite3.connect(f"file:{data_dir / 'journal.sqlite3'}?mode=ro", uri=True)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 0, "the purge is no longer pending"
    assert [n for (n,) in con.execute("SELECT note FROM pain_entries")] == ["kept"]
    con.close()

"""Backup, check and restore of an ENCRYPTED journal from the command line (the real program).

The passphrase comes the way every other command takes it (--passphrase-file / $BACKJOURNAL_PASSPHRASE;
a terminal prompt otherwise): the backup is verified with it (integrity_check, schema revision), the
current journal is backed up first (encrypted), and the swap is atomic. A wrong passphrase or a damaged
encrypted backup is refused and nothing changes.
"""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3")

from backjournal.domain.models import PainEntryDraft
from backjournal.services.encryption import encrypt_journal
from backjournal.services.opening import open_journal
from backjournal.storage import crypto
from tests.conftest import at, file_sha256, run_cli
from tests.storage.test_backup import corrupt

PW = "blue heron at dawn"
ENV = {"BACKJOURNAL_PASSPHRASE": PW}


def _log(data_dir, notes, passphrase=PW):
    opened = open_journal(data_dir, passphrase=passphrase)
    try:
        for i, note in enumerate(notes):
            opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note=note))
    finally:
        opened.close()


def _notes(data_dir, passphrase=PW):
    opened = open_journal(data_dir, passphrase=passphrase)
    try:
        return sorted(e.note for e in opened.journal.pain_entries())
    finally:
        opened.close()


def folder_state(folder):
    return {
        str(p.relative_to(folder)): file_sha256(p)
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".backjournal-instance")
    }


@pytest.fixture
def encrypted(data_dir):
    open_journal(data_dir).close()
    encrypt_journal(data_dir, PW)
    _log(data_dir, ["before the backup"])
    return data_dir


def test_backup_check_and_restore_of_an_encrypted_journal(encrypted, tmp_path):
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PW + "\n")
    r = run_cli("--passphrase-file", str(pw_file), "backup", data_dir=encrypted)
    assert r.returncode == 0, r.stderr
    [backup] = (encrypted / "backups").glob("manual-*.sqlite3")
    assert crypto.is_encrypted(backup)
    r = run_cli("check", data_dir=encrypted, env=ENV)
    assert r.returncode == 0 and r.stdout.startswith("ok:"), r.stdout + r.stderr

    _log(encrypted, ["after the backup"])
    r = run_cli("--passphrase-file", str(pw_file), "restore", str(backup), data_dir=encrypted)
    assert r.returncode == 0, r.stderr
    assert "backed up the current journal to" in r.stdout and "as before" in r.stdout
    journal = encrypted / "journal.sqlite3"
    assert crypto.is_encrypted(journal)
    assert _notes(encrypted) == ["before the backup"]
    [pre] = (encrypted / "backups").glob("pre-restore-*.sqlite3")
    assert crypto.is_encrypted(pre), "the journal as it was is kept, encrypted too"
    con = crypto.connect(pre, PW, readonly=True)
    try:
        assert {r[0] for r in con.execute("SELECT note FROM pain_entries")} == {"before the backup", "after the backup"}
    finally:
        con.close()
    assert not [p for p in encrypted.iterdir() if p.name.startswith(".journal")], "no staged copy left"
    assert run_cli("list", data_dir=encrypted, env=ENV).returncode == 0


def test_without_or_with_a_wrong_passphrase_nothing_changes(encrypted):
    backup = open_journal(encrypted, passphrase=PW)
    info = backup.backups.back_up()
    backup.close()
    _log(encrypted, ["later"])
    before = folder_state(encrypted)
    r = run_cli("restore", str(info.path), data_dir=encrypted)  # no passphrase, no terminal
    assert r.returncode == 1 and "passphrase is needed" in r.stderr and r.stderr.count("\n") == 1
    r = run_cli("restore", str(info.path), data_dir=encrypted, env={"BACKJOURNAL_PASSPHRASE": "wrong"})
    assert r.returncode == 1 and "does not open" in r.stderr and r.stderr.count("\n") == 1
    r = run_cli(
        "restore",
        str(info.path),
        data_dir=encrypted,
        env={**ENV, "BACKJOURNAL_BACKUP_PASSPHRASE": "wrong for the backup"},
    )
    assert r.returncode == 1 and "does not open the backup" in r.stderr
    assert folder_state(encrypted) == before
    assert _notes(encrypted) == ["before the backup", "later"]


def test_a_corrupt_encrypted_backup_is_refused_and_the_journal_unchanged(encrypted):
    _log(encrypted, ["fill " * 60] * 150)
    opened = open_journal(encrypted, passphrase=PW)
    bad = opened.backups.back_up().path
    opened.close()
    corrupt(bad)
    before = folder_state(encrypted)
    r = run_cli("restore", str(bad), data_dir=encrypted, env=ENV)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "damaged" in r.stderr and r.stderr.count("\n") == 1
    assert folder_state(encrypted) == before


def test_a_backup_under_an_older_passphrase_is_restored_into_the_current_one(encrypted, tmp_path):
    opened = open_journal(encrypted, passphrase=PW)
    old_copy = opened.backups.back_up_to(tmp_path / "usb" / "old.sqlite3")  # outside backups/: not re-keyed
    opened.close()
    from backjournal.services.encryption import change_passphrase

    change_passphrase(encrypted, PW, "new words")
    _log(encrypted, ["under the new passphrase"], passphrase="new words")
    r = run_cli("restore", str(old_copy), data_dir=encrypted, env={"BACKJOURNAL_PASSPHRASE": "new words"})
    assert r.returncode == 1 and "does not open the backup" in r.stderr
    r = run_cli(
        "restore",
        str(old_copy),
        data_dir=encrypted,
        env={"BACKJOURNAL_PASSPHRASE": "new words", "BACKJOURNAL_BACKUP_PASSPHRASE": PW},
    )
    assert r.returncode == 0, r.stderr
    assert _notes(encrypted, "new words") == ["before the backup"], "the journal keeps its own passphrase"


def test_a_plain_backup_restored_over_an_encrypted_journal_stays_encrypted(data_dir):
    opened = open_journal(data_dir)
    opened.journal.log_pain(PainEntryDraft(felt_at=at(), score=2, note="plain days"))
    plain = opened.backups.back_up_to(data_dir.parent / "plain-copy.sqlite3")
    opened.close()
    encrypt_journal(data_dir, PW)
    r = run_cli("restore", str(plain), data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    journal = data_dir / "journal.sqlite3"
    assert crypto.is_encrypted(journal), "a restore never turns encryption off"
    assert b"plain days" not in journal.read_bytes()
    assert _notes(data_dir) == ["plain days"]


def test_an_encrypted_backup_restored_into_a_plain_journal_keeps_its_passphrase(data_dir, encrypted, tmp_path):
    opened = open_journal(encrypted, passphrase=PW)
    copy = opened.backups.back_up_to(tmp_path / "enc-copy.sqlite3")
    opened.close()
    other = tmp_path / "other"
    open_journal(other).close()
    r = run_cli("restore", str(copy), data_dir=other)
    assert r.returncode == 1 and "passphrase is needed" in r.stderr
    r = run_cli("restore", str(copy), data_dir=other, env=ENV)
    assert r.returncode == 0, r.stderr
    assert "the passphrase of the backup" in r.stdout
    assert _notes(other) == ["before the backup"]

"""Encryption at rest (SQLCipher): turn on, change the passphrase, turn off; wrong passphrase; backups."""

from __future__ import annotations

import os
import stat

import pytest

pytest.importorskip("sqlcipher3")

from backjournal.domain.errors import EncryptionError, JournalLockedError
from backjournal.domain.models import PainEntryDraft
from backjournal.instance_lock import InstanceLock
from backjournal.services import encryption
from backjournal.services.opening import open_journal
from backjournal.storage import crypto
from tests.conftest import at, file_sha256, run_cli

SECRET = "SECRET-NOTE-kangaroo-4417"


def _all_bytes(folder) -> bytes:
    return b"".join(
        p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".backjournal-instance")
    )


@pytest.fixture
def plain_journal(data_dir):
    opened = open_journal(data_dir)
    opened.journal.log_pain(PainEntryDraft(felt_at=at(1), score=6, note=SECRET))
    opened.journal.log_pain(PainEntryDraft(felt_at=at(0), score=3, note="ünïcödé ✓"))
    opened.backups.back_up()  # a plain backup that must not stay plain
    opened.close()
    return data_dir


def _notes(data_dir, passphrase=None):
    opened = open_journal(data_dir, passphrase=passphrase)
    try:
        return [e.note for e in opened.journal.pain_entries()]
    finally:
        opened.close()


def test_encrypt_existing_journal_leaves_no_plain_text_behind(plain_journal):
    before = _notes(plain_journal)
    assert SECRET.encode() in _all_bytes(plain_journal)
    result = encryption.encrypt_journal(plain_journal, "correct horse battery")
    journal = plain_journal / "journal.sqlite3"
    assert crypto.is_encrypted(journal)
    assert journal.read_bytes()[:16] != crypto.SQLITE_HEADER
    assert len(result.backups_converted) == 1 and all(crypto.is_encrypted(b) for b in result.backups_converted)
    assert SECRET.encode() not in _all_bytes(plain_journal)  # journal, backups, no -wal or leftovers
    assert stat.S_IMODE(os.stat(journal).st_mode) == 0o600
    assert _notes(plain_journal, "correct horse battery") == before


def test_encrypted_journal_has_the_pragmas_and_encrypted_backups(plain_journal):
    encryption.encrypt_journal(plain_journal, "pw-1")
    opened = open_journal(plain_journal, passphrase="pw-1")
    try:
        with opened.db.engine.connect() as conn:
            got = [
                conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                for p in ("journal_mode", "synchronous", "foreign_keys", "trusted_schema", "secure_delete")
            ]
        assert got == ["wal", 2, 1, 0, 1]
        opened.journal.log_pain(PainEntryDraft(felt_at=at(2), score=2, note="after encryption"))
        backup = opened.backups.back_up()
        assert crypto.is_encrypted(backup.path)
        assert opened.backups.check().ok
        assert stat.S_IMODE(os.stat(backup.path).st_mode) == 0o600
    finally:
        opened.close()
    con = crypto.connect(backup.path, "pw-1", readonly=True)
    assert con.execute("SELECT count(*) FROM pain_entries").fetchone()[0] == 3
    con.close()


def test_wrong_or_missing_passphrase_is_a_clear_error_and_changes_nothing(plain_journal):
    encryption.encrypt_journal(plain_journal, "right")
    journal = plain_journal / "journal.sqlite3"
    digest = file_sha256(journal)
    with pytest.raises(EncryptionError, match="passphrase does not open"):
        open_journal(plain_journal, passphrase="wrong")
    with pytest.raises(EncryptionError, match="encrypted; its passphrase is needed"):
        open_journal(plain_journal)
    with pytest.raises(EncryptionError):
        encryption.change_passphrase(plain_journal, "wrong", "new")
    with pytest.raises(EncryptionError):
        encryption.decrypt_journal(plain_journal, "wrong")
    assert file_sha256(journal) == digest
    assert sorted(p.name for p in plain_journal.iterdir() if p.is_file() and not p.name.startswith(".backjournal")) == [
        "journal.sqlite3"
    ]


def test_change_passphrase_and_decrypt(plain_journal):
    before = _notes(plain_journal)
    encryption.encrypt_journal(plain_journal, "old")
    result = encryption.change_passphrase(plain_journal, "old", "new")
    assert len(result.backups_converted) == 1
    with pytest.raises(EncryptionError):
        open_journal(plain_journal, passphrase="old")
    assert _notes(plain_journal, "new") == before
    with pytest.raises(EncryptionError):  # backups moved to the new passphrase too
        crypto.verify_passphrase(result.backups_converted[0], "old")
    encryption.decrypt_journal(plain_journal, "new")
    assert not crypto.is_encrypted(plain_journal / "journal.sqlite3")
    assert not any(crypto.is_encrypted(b) for b in (plain_journal / "backups").glob("*.sqlite3"))
    assert _notes(plain_journal) == before


def test_conversion_refuses_while_a_window_holds_the_journal(plain_journal):
    lock = InstanceLock(plain_journal)
    assert lock.try_acquire()
    try:
        with pytest.raises(JournalLockedError):
            encryption.encrypt_journal(plain_journal, "pw")
    finally:
        lock.release()
    assert not crypto.is_encrypted(plain_journal / "journal.sqlite3")


def test_empty_trash_works_on_an_encrypted_journal(plain_journal):
    encryption.encrypt_journal(plain_journal, "pw")
    opened = open_journal(plain_journal, passphrase="pw")
    try:
        from backjournal.domain.models import RecordKind, RecordRef

        entry = opened.journal.pain_entries()[0]
        opened.journal.set_deleted([RecordRef(RecordKind.PAIN, entry.id)], True)
        assert opened.journal.empty_trash() == 1
    finally:
        opened.close()


def test_cli_encrypt_list_change_decrypt(plain_journal, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text("first pass phrase\n")
    new = tmp_path / "new.txt"
    new.write_text("second pass phrase\n")
    done = run_cli("encrypt", "--new-passphrase-file", str(pw), data_dir=plain_journal)
    assert done.returncode == 0, done.stderr
    assert "cannot be opened by anyone" in done.stdout
    locked = run_cli("list", data_dir=plain_journal)
    assert locked.returncode == 1 and "passphrase is needed" in locked.stderr
    assert locked.stderr.count("\n") == 1  # one line, no SQLCipher log noise
    wrong = run_cli("list", data_dir=plain_journal, env={"BACKJOURNAL_PASSPHRASE": "nope"})
    assert wrong.returncode == 1 and "does not open" in wrong.stderr and wrong.stderr.count("\n") == 1
    ok = run_cli("--passphrase-file", str(pw), "list", data_dir=plain_journal)
    assert ok.returncode == 0 and SECRET in ok.stdout
    assert (
        run_cli(
            "change-passphrase",
            "--new-passphrase-file",
            str(new),
            data_dir=plain_journal,
            env={"BACKJOURNAL_PASSPHRASE": "first pass phrase"},
        ).returncode
        == 0
    )
    assert (
        SECRET in run_cli("list", data_dir=plain_journal, env={"BACKJOURNAL_PASSPHRASE": "second pass phrase"}).stdout
    )
    refused = run_cli("decrypt", data_dir=plain_journal, env={"BACKJOURNAL_PASSPHRASE": "second pass phrase"})
    assert refused.returncode == 2
    assert (
        run_cli(
            "decrypt", "--yes", data_dir=plain_journal, env={"BACKJOURNAL_PASSPHRASE": "second pass phrase"}
        ).returncode
        == 0
    )
    assert SECRET in run_cli("list", data_dir=plain_journal).stdout


def test_cli_export_of_an_encrypted_journal_warns_that_the_export_is_plain(plain_journal, tmp_path):
    encryption.encrypt_journal(plain_journal, "pw")
    out = tmp_path / "export.csv"
    done = run_cli("export", "csv", "--output", str(out), data_dir=plain_journal, env={"BACKJOURNAL_PASSPHRASE": "pw"})
    assert done.returncode == 0, done.stderr
    assert "warning: the journal is encrypted, but this export is not" in done.stderr
    assert SECRET in out.read_text(encoding="utf-8")

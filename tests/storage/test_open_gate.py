"""The gate on open: damaged, newer and missing journals are refused and nothing is written
(docs/reliability.md items 3, 8)."""

from __future__ import annotations

import sqlite3

import pytest

from backjournal.domain.errors import DamagedJournalError, JournalMissingError, SchemaTooNewError
from backjournal.domain.models import PainEntryDraft
from backjournal.services.opening import open_journal
from tests.conftest import at, file_sha256
from tests.storage.test_backup import corrupt


def make(data_dir, n=200):
    opened = open_journal(data_dir)
    for i in range(n):
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note="fill " * 30))
    path = opened.path
    opened.close()
    return path


def snapshot(folder):
    return {p.name: file_sha256(p) for p in folder.rglob("*") if p.is_file()}


def test_a_damaged_journal_is_refused_and_not_written(data_dir):
    path = make(data_dir)
    corrupt(path)
    before = snapshot(data_dir)
    with pytest.raises(DamagedJournalError) as caught:
        open_journal(data_dir)
    assert "DAMAGED" in str(caught.value)
    assert snapshot(data_dir) == before, "not one byte written, no file added"


def test_a_newer_schema_is_refused_and_not_written(data_dir):
    path = make(data_dir, n=3)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = snapshot(data_dir)
    with pytest.raises(SchemaTooNewError):
        open_journal(data_dir)
    assert snapshot(data_dir) == before


def test_a_known_journal_that_is_gone_is_not_recreated(data_dir, tmp_path):
    path = make(data_dir, n=1)
    path.rename(tmp_path / "elsewhere.sqlite3")
    with pytest.raises(JournalMissingError):
        open_journal(data_dir)
    assert not path.exists()
    # the whole folder gone (an unmounted drive): not even the folder is recreated
    import shutil

    shutil.rmtree(data_dir)
    with pytest.raises(JournalMissingError):
        open_journal(data_dir)
    assert not data_dir.exists()


def test_a_journal_folder_with_backups_counts_as_known(data_dir, tmp_path, monkeypatch):
    opened = open_journal(data_dir)
    opened.backups.back_up()
    path = opened.path
    opened.close()
    path.unlink()
    monkeypatch.setenv("BACKJOURNAL_CONFIG_DIR", str(tmp_path / "fresh-config"))  # registry lost too
    with pytest.raises(JournalMissingError):
        open_journal(data_dir)
    assert not path.exists()


def test_first_run_creates_and_start_new_creates_on_purpose(data_dir):
    path = make(data_dir, n=1)
    assert path.exists()
    path.unlink()
    opened = open_journal(data_dir, start_new=True)
    try:
        assert opened.journal.pain_entries() == []
    finally:
        opened.close()
    assert path.exists()

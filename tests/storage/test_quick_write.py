"""``backjournal log pain``'s one-entry path (services/quick_log.py, storage/quick_write.py): it writes
exactly the rows the normal path writes, it is the path the command takes (no SQLAlchemy loaded), and
it leaves every case that needs more than an insert to the normal path, writing nothing itself."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import sys
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backjournal.domain.errors import DamagedJournalError
from backjournal.domain.models import PainEntryDraft
from backjournal.services.opening import open_journal
from backjournal.services.quick_log import log_pain_quickly, plain_draft
from tests.conftest import content_hash, run_cli

TABLES = ("pain_entries", "pain_entry_regions", "pain_entry_qualities")

DRAFTS = [
    PainEntryDraft(
        datetime(2026, 3, 14, 23, 30, 5, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        7,
        ("leg_right", "lower_back"),
        ("shooting", "aching"),
        "nach dem Üben 😖 <b>x</b>",
    ),
    PainEntryDraft(datetime(2026, 3, 15, 0, 10, tzinfo=timezone(timedelta(hours=-11))), 0),
    PainEntryDraft(datetime(2026, 3, 15, 9, 0, tzinfo=UTC), 10, ("neck",), (), ""),
]


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every column of every row of the pain tables, as SQLite's quote() shows it (type included)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            quoted = ", ".join(f"quote({c})" for c in columns)
            out[table] = [
                tuple(zip(columns, row, strict=True))
                for row in con.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid")
            ]
        return out
    finally:
        con.close()


def _fresh(folder: Path) -> Path:
    open_journal(folder).close()  # a new journal at head, with its identity
    return folder / "journal.sqlite3"


@pytest.fixture
def fixed_identity(monkeypatch):
    """The same uids and the same clock for both paths, so their rows can be compared byte for byte."""
    import backjournal.storage.quick_write as quick_write
    import backjournal.storage.repositories as repositories

    state = {"n": 0}

    def next_uuid():
        state["n"] += 1
        return uuid.UUID(int=state["n"], version=4)

    def reset():
        state["n"] = 0

    moment = datetime(2026, 3, 15, 10, 11, 12, 345678, tzinfo=UTC)
    monkeypatch.setattr(uuid, "uuid4", next_uuid)
    monkeypatch.setattr(repositories, "utc_now", lambda: moment)
    monkeypatch.setattr(quick_write, "utc_now", lambda: moment)
    return reset


def test_the_quick_path_writes_exactly_the_rows_the_normal_path_writes(tmp_path, fixed_identity):
    normal_db, quick_db = _fresh(tmp_path / "normal"), _fresh(tmp_path / "quick")
    fixed_identity()
    opened = open_journal(tmp_path / "normal")
    try:
        normal = [opened.journal.log_pain(d) for d in DRAFTS]
    finally:
        opened.close()
    fixed_identity()
    quick = [log_pain_quickly(tmp_path / "quick", d) for d in DRAFTS]
    assert None not in quick
    assert quick == normal  # the entries the command prints from
    assert _rows(quick_db) == _rows(normal_db)
    assert all(_rows(quick_db)[t] for t in TABLES)  # regions and qualities were compared, not two empty lists
    opened = open_journal(tmp_path / "quick")  # read back by the storage stack as any other entry
    try:
        assert sorted(opened.journal.pain_entries(), key=lambda e: e.id) == quick
    finally:
        opened.close()


def test_log_pain_takes_the_quick_path_without_sqlalchemy_and_the_entry_behaves_like_any_other(tmp_path):
    data = tmp_path / "journal"
    _fresh(data)
    script = (
        "import sys, json; from backjournal.cli import main; "
        f"rc = main(['--data-dir', {str(data)!r}, 'log', 'pain', '6', '--where', 'neck,lower_back', "
        "'--quality', 'burning', '--note', 'after gardening']); "
        "print(json.dumps([rc, sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))]))"
    )
    import subprocess

    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    rc, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert rc == 0 and loaded == []
    assert "logged pain 6/10" in done.stdout
    listed = json.loads(run_cli("list", "--format", "json", data_dir=data).stdout)
    [entry] = listed["pain"] if isinstance(listed, dict) else [r for r in listed if r.get("score") == 6]
    assert entry["score"] == 6 and entry["note"] == "after gardening"
    assert entry["regions"] == ["neck", "lower_back"] and entry["qualities"] == ["burning"]
    # the trash and undelete work on it as on any entry
    assert run_cli("delete", "pain", str(entry["id"]), data_dir=data).returncode == 0
    assert run_cli("undelete", "pain", str(entry["id"]), data_dir=data).returncode == 0


def _set(db: Path, sql: str) -> None:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute(sql)
    finally:
        con.close()


@pytest.mark.parametrize(
    "change",
    [
        "PRAGMA user_version = 1",  # an empty-trash a crash interrupted: the normal open finishes it
        "DELETE FROM settings WHERE key = 'journal_id'",  # no identity yet: the normal open makes one
        "UPDATE alembic_version SET version_num = '0003'",  # not at head: the normal open migrates (after a backup)
        "UPDATE alembic_version SET version_num = '9999'",  # newer: the normal open refuses it
    ],
)
def test_anything_beyond_an_insert_is_left_to_the_normal_path_and_nothing_is_written(tmp_path, change):
    db = _fresh(tmp_path / "j")
    _set(db, change)
    before = content_hash(db)
    assert log_pain_quickly(tmp_path / "j", DRAFTS[0]) is None
    assert content_hash(db) == before


def test_a_missing_journal_is_left_to_the_normal_path(tmp_path):
    assert log_pain_quickly(tmp_path / "never", DRAFTS[0]) is None
    assert not (tmp_path / "never" / "journal.sqlite3").exists()


def test_a_damaged_journal_is_refused_by_the_same_gate(tmp_path):
    db = _fresh(tmp_path / "j")
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree (the schema) destroyed
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedJournalError):
        log_pain_quickly(tmp_path / "j", DRAFTS[0])


def test_an_encrypted_journal_is_left_to_the_normal_path(tmp_path):
    pytest.importorskip("sqlcipher3")
    from backjournal.services import encryption

    db = _fresh(tmp_path / "j")
    encryption.encrypt_journal(tmp_path / "j", "correct horse battery")
    before = db.read_bytes()
    assert log_pain_quickly(tmp_path / "j", DRAFTS[0]) is None
    assert db.read_bytes() == before


def test_a_draft_with_more_than_the_quick_path_stores_is_left_to_the_normal_path(tmp_path):
    @dataclasses.dataclass(frozen=True)
    class LaterDraft(PainEntryDraft):  # a field a later version adds
        trigger: str | None = None

    db = _fresh(tmp_path / "j")
    before = content_hash(db)
    scored = PainEntryDraft(DRAFTS[0].felt_at, None, ("lower_back", "leg_left"), region_scores=(6, 4))
    later = LaterDraft(DRAFTS[0].felt_at, 5, trigger="lifting")
    assert (
        not plain_draft(scored.validate()) and not plain_draft(later) and plain_draft(LaterDraft(DRAFTS[0].felt_at, 5))
    )
    assert not plain_draft(dataclasses.replace(DRAFTS[0], regions=(("lower_back", 6),)))  # another shape of regions
    assert log_pain_quickly(tmp_path / "j", scored) is None
    assert log_pain_quickly(tmp_path / "j", later) is None
    assert content_hash(db) == before

"""docs/reliability.md item 18: the trash, and emptying it for real (the text is gone from the files)."""

from __future__ import annotations

from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
from tests.conftest import at, run_cli


def _raw_bytes(db_path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-shm"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def test_empty_trash_removes_the_text_from_db_and_wal(opened, journal):
    secret = "ZEBRA-7Q-unique-secret-note"
    keep = "KEEP-this-note-4711"
    doomed = journal.log_pain(PainEntryDraft(felt_at=at(2), score=7, note=secret))
    session = journal.log_session(TherapySessionDraft(therapy_key="heat", started_at=at(1), note=secret + "-session"))
    kept = journal.log_pain(PainEntryDraft(felt_at=at(0), score=3, note=keep))
    # Edit a few times so copies of the pages pile up in the WAL.
    for i in range(3):
        journal.update(RecordRef(RecordKind.PAIN, kept.id), PainEntryDraft(felt_at=at(0), score=3 + i, note=keep))
    refs = [RecordRef(RecordKind.PAIN, doomed.id), RecordRef(RecordKind.SESSION, session.id)]
    journal.set_deleted(refs, True)
    assert secret.encode() in _raw_bytes(opened.path)  # soft delete keeps it (that is what undo needs)
    assert {r.id for r in journal.trash()} == {doomed.id, session.id}

    assert journal.empty_trash() == 2

    raw = _raw_bytes(opened.path)
    assert secret.encode() not in raw
    assert secret.encode("utf-16-le") not in raw
    assert journal.trash() == []
    assert [e.note for e in journal.pain_entries()] == [keep]
    wal = opened.path.with_name(opened.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # The journal still works and still passes integrity_check afterwards.
    journal.log_pain(PainEntryDraft(felt_at=at(0, hour=12), score=2))
    with opened.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_empty_trash_with_nothing_in_it_removes_nothing(journal):
    kept = journal.log_pain(PainEntryDraft(felt_at=at(), score=5, note="stays"))
    assert journal.empty_trash() == 0
    assert [e.id for e in journal.pain_entries()] == [kept.id]


def test_restore_from_trash_gives_back_the_identical_record(journal):
    entry = journal.log_pain(PainEntryDraft(felt_at=at(), score=6, note="<b>x</b>"))
    ref = RecordRef(RecordKind.PAIN, entry.id)
    journal.set_deleted([ref], True)
    assert journal.pain_entries() == []
    journal.set_deleted([ref], False)
    back = journal.get(ref)
    assert (back.felt_at, back.score, back.note, back.regions, back.uid) == (
        entry.felt_at,
        entry.score,
        entry.note,
        entry.regions,
        entry.uid,
    )


def test_cli_trash_and_empty_trash(data_dir):
    assert (
        run_cli("log", "pain", "4", "--where", "lower_back", "--note", "CLI-SECRET-93", data_dir=data_dir).returncode
        == 0
    )
    assert run_cli("delete", "pain", "1", data_dir=data_dir).returncode == 0
    listed = run_cli("trash", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert "CLI-SECRET-93" in listed.stdout and "#1" in listed.stdout

    refused = run_cli("empty-trash", data_dir=data_dir)
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert b"CLI-SECRET-93" in _raw_bytes(data_dir / "journal.sqlite3")

    done = run_cli("empty-trash", "--yes", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "1 record" in done.stdout
    assert b"CLI-SECRET-93" not in _raw_bytes(data_dir / "journal.sqlite3")
    assert "empty" in run_cli("trash", data_dir=data_dir).stdout.lower()

"""docs/reliability.md items 1 (pragmas on every connection) and 10 (private files, even with umask 022)."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError


def test_fresh_pooled_connection_has_every_pragma(opened):
    engine = opened.db.engine
    # Check more connections than the pool keeps, so a brand-new one (overflow) is among them.
    conns = [engine.connect() for _ in range(4)]
    try:
        for conn in conns:

            def one(pragma: str, conn=conn):
                return conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()

            assert one("journal_mode") == "wal"
            assert one("synchronous") == 2  # FULL
            assert one("foreign_keys") == 1
            assert one("trusted_schema") == 0
            assert one("secure_delete") == 1
            assert one("busy_timeout") >= 1000
    finally:
        for conn in conns:
            conn.close()


def test_orphan_foreign_key_insert_is_refused(opened):
    with pytest.raises(IntegrityError), opened.db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO pain_entry_regions (entry_id, region, position) VALUES (987654, 'lower_back', 0)")
        )


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_files_are_private_when_used_as_a_library_with_umask_022(umask_022, tmp_path):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    data_dir = tmp_path / "fresh" / "journal"
    handle = open_journal(data_dir)
    try:
        handle.journal.log_pain(PainEntryDraft(felt_at=at(), score=4, note="private"))
        db = handle.path
        assert _mode(data_dir) == 0o700
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            assert p.exists(), p
            assert _mode(p) == 0o600, (p, oct(_mode(p)))
    finally:
        handle.close()


def test_an_existing_world_readable_data_dir_is_tightened(umask_022, tmp_path):
    from backjournal.services.opening import open_journal

    data_dir = tmp_path / "loose"
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    handle = open_journal(data_dir)
    handle.close()
    assert _mode(data_dir) == 0o700
    assert _mode(handle.path) == 0o600

"""Backups, rotation, hot backup, check and restore (docs/reliability.md items 4, 5 and the restore half of 19)."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backjournal.domain.backups import (
    BackupKind,
    UnusableBackupError,
    backup_filename,
    parse_backup_filename,
)
from backjournal.domain.models import PainEntryDraft
from backjournal.services.backups import BackupService
from backjournal.storage.backup import check_database
from tests.conftest import at, content_hash, file_sha256


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def log_some(journal, n: int, note: str = "x") -> None:
    for i in range(n):
        journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note=f"{note} {i}"))


def corrupt(path: Path, *, offset: int = 4096 * 2, length: int = 4096) -> None:
    """Overwrite bytes past page 1 (the header stays valid, so SQLite opens the file)."""
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xa5" * length)


class FakeClock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


# ----------------------------------------------------------------------------- making backups


def test_backup_is_verified_private_and_has_the_same_content(opened, journal):
    log_some(journal, 20, note="héllo\n“quoted”")
    info = opened.backups.back_up()
    assert info.path.parent == opened.path.parent / "backups"
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert integrity(info.path) == "ok"
    assert content_hash(info.path) == content_hash(opened.path)
    # a single self-contained file: no WAL beside it, rollback-journal mode in its header
    assert not Path(f"{info.path}-wal").exists()
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no temp file left


def test_backup_to_a_chosen_file_replaces_it_atomically(opened, journal, tmp_path):
    log_some(journal, 3)
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"old")
    opened.backups.back_up_to(target)
    assert content_hash(target) == content_hash(opened.path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_hot_backup_while_a_writer_inserts_is_a_consistent_prefix(opened, journal):
    """docs/reliability.md item 5: a writer thread inserts continuously; the backup holds a prefix with
    no torn entry."""
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer():
        i = 0
        try:
            while not stop.is_set():
                e = journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i % 300), score=i % 11, note=f"n{i}"))
                written.append(e.id)
                i += 1
        except BaseException as exc:  # pragma: no cover - surfaced below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 30:
            threading.Event().wait(0.01)
        infos = [opened.backups.back_up(rotate=False) for _ in range(3)]
        going_on = len(written) + 5
        while len(written) < going_on and thread.is_alive():  # the writer goes on after the backups
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
    assert not errors
    for info in infos:
        assert integrity(info.path) == "ok"
        con = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        ids = [r[0] for r in con.execute("SELECT id FROM pain_entries ORDER BY id")]
        torn = con.execute(
            "SELECT count(*) FROM pain_entries p WHERE NOT EXISTS "
            "(SELECT 1 FROM pain_entry_regions r WHERE r.entry_id = p.id)"
        ).fetchone()[0]
        con.close()
        assert ids, "the backup holds the writer's first entries"
        assert ids == written[: len(ids)], "a prefix of the writer's sequence, no gaps"
        assert torn == 0
    assert len(written) > 30


# ----------------------------------------------------------------------------- rotation


def test_rotation_over_sixty_days_keeps_daily_weekly_and_safety_tiers(data_dir):
    from backjournal.services.opening import open_journal

    clock = FakeClock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))
    opened = open_journal(data_dir, clock=clock)
    try:
        service = opened.backups
        opened.journal.log_pain(PainEntryDraft(felt_at=at(), score=3))
        made = {}
        for day in range(60):
            clock.now = datetime(2026, 1, 1, 8, 0, tzinfo=UTC) + timedelta(days=day)
            auto = service.back_up_if_due()
            assert auto is not None and auto.kind is BackupKind.AUTO
            assert service.back_up_if_due() is None, "at most one automatic backup a day"
            made[clock.now.date()] = auto.path
            if day == 5:
                service.back_up(BackupKind.PRE_UPGRADE, revision="0001")
            if day in (3, 10, 20, 30, 40):
                service.back_up(BackupKind.PRE_RESTORE)
        kept = service.list()
        rotated = sorted(b.created_at.date() for b in kept if b.kind is BackupKind.AUTO)
        last = clock.now.date()  # 2026-03-01 (a Sunday)
        assert last == datetime(2026, 3, 1).date()
        recent_and_daily = [last - timedelta(days=i) for i in range(8)]  # 03-01 (recent), 02-28 .. 02-22
        # then the newest of each earlier ISO week: the Sundays 02-15, 02-08, 02-01, 01-25
        weekly = [
            datetime(2026, 2, 15).date(),
            datetime(2026, 2, 8).date(),
            datetime(2026, 2, 1).date(),
            datetime(2026, 1, 25).date(),
        ]
        monthly: list = []  # January is already represented by 01-25
        assert rotated == sorted(recent_and_daily + weekly + monthly)
        safety = [(b.kind, b.created_at.date()) for b in kept if not b.kind.rotated]
        # pre-restore: within 90 days, all five kept; pre-upgrade kept
        assert [k for k, _ in safety].count(BackupKind.PRE_RESTORE) == 5
        assert [k for k, _ in safety].count(BackupKind.PRE_UPGRADE) == 1
        for b in kept:
            assert integrity(b.path) == "ok"
            assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
            assert content_hash(b.path) == content_hash(opened.path)
        # every file in the folder is one the listing knows (no temp files, nothing foreign deleted)
        assert sorted(p.name for p in service.folder.iterdir()) == sorted(b.name for b in kept)
    finally:
        opened.close()


def test_retention_tiers_over_a_year_and_a_half():
    """The monthly tier (pure rule, no files): one backup a day for 500 days."""
    from backjournal.domain.backups import BackupInfo, RetentionPolicy, plan_retention

    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    items = [BackupInfo(Path(f"b{i}"), BackupKind.AUTO, start + timedelta(days=i), 1) for i in range(500)]
    now = items[-1].created_at
    plan = plan_retention(items, now, RetentionPolicy())
    whys = sorted(plan.keep.values())
    assert whys.count("recent") == 1 and whys.count("daily") == 7
    assert whys.count("weekly") == 4 and whys.count("monthly") == 12
    assert len(plan.keep) + len(plan.drop) == 500
    monthly = sorted(b.created_at for b in items if plan.keep.get(b.path) == "monthly")
    months = [(m.year, m.month) for m in monthly]
    assert len(set(months)) == 12, "one per month"
    assert all(m.day == _last_day_of_month(m) for m in monthly[:-1]), "the newest of each month is kept"
    oldest_kept = min(b.created_at for b in items if b.path in plan.keep)
    assert now - oldest_kept > timedelta(days=365), "about a year and a half is covered"


def _last_day_of_month(moment: datetime) -> int:
    nxt = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (nxt - timedelta(days=1)).day


def test_rotation_leaves_files_it_did_not_write(opened, journal):
    log_some(journal, 1)
    service = opened.backups
    service.folder.mkdir(exist_ok=True)
    mine = service.folder / "my-own-copy.sqlite3"
    mine.write_bytes(b"keep me")
    old = service.folder / backup_filename(BackupKind.AUTO, datetime(2020, 1, 1, tzinfo=UTC))
    old.write_bytes(b"")
    service.back_up()
    service.rotate()
    assert mine.read_bytes() == b"keep me"
    assert old.exists(), "the oldest backup is still a monthly tier"


def test_backup_names_round_trip():
    moment = datetime(2026, 3, 15, 9, 30, 1, 250, tzinfo=UTC)
    for kind, rev in [
        (BackupKind.AUTO, None),
        (BackupKind.MANUAL, None),
        (BackupKind.PRE_RESTORE, None),
        (BackupKind.PRE_UPGRADE, "0001"),
    ]:
        name = backup_filename(kind, moment, revision=rev)
        assert parse_backup_filename(name) == (kind, moment, rev)
    assert parse_backup_filename("journal.sqlite3") is None
    assert parse_backup_filename("auto-2026.sqlite3") is None


# ----------------------------------------------------------------------------- check


def test_check_reports_ok_and_damage_without_changing_the_file(opened, journal, tmp_path):
    log_some(journal, 200, note="a longer note to fill some pages " * 4)
    assert opened.backups.check().ok
    copy = opened.backups.back_up_to(tmp_path / "copy.sqlite3")
    corrupt(copy)
    before = file_sha256(copy)
    report = check_database(copy, full=True)
    assert not report.ok
    assert report.summary().startswith("DAMAGED")
    assert file_sha256(copy) == before


def test_check_of_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("just text, long enough to not be a database header" * 10)
    report = check_database(bogus)
    assert not report.ok and report.error


def test_check_finds_a_dangling_foreign_key(opened, journal, tmp_path):
    log_some(journal, 2)
    copy = opened.backups.back_up_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(copy)  # foreign keys off on a plain connection: we can plant an orphan
    con.execute("INSERT INTO pain_entry_regions (entry_id, region, position) VALUES (999, 'neck', 0)")
    con.commit()
    con.close()
    report = check_database(copy)
    assert not report.ok
    assert any("pain_entry_regions" in m for m in report.foreign_keys)


# ----------------------------------------------------------------------------- restore


def test_restore_backs_up_first_and_swaps_to_the_backup(opened, journal):
    log_some(journal, 5, note="before")
    backup = opened.backups.back_up()
    wanted = content_hash(backup.path)
    log_some(journal, 3, note="after")
    current = content_hash(opened.path)
    opened.close()
    result = opened.backups.restore(backup.path)
    assert content_hash(opened.path) == wanted
    assert result.safety_backup is not None and result.safety_backup.name.startswith("pre-restore-")
    assert content_hash(result.safety_backup) == current, "the journal as it was is kept"
    assert stat.S_IMODE(opened.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in opened.path.parent.iterdir()) == ["backups", "journal.sqlite3"]


@pytest.mark.parametrize("problem", ["damaged", "newer", "not-journal", "missing"])
def test_restore_refuses_bad_files_and_changes_nothing(opened, journal, tmp_path, problem):
    log_some(journal, 5)
    bad = opened.backups.back_up_to(tmp_path / "bad.sqlite3")
    if problem == "damaged":
        log_some(journal, 200, note="fill " * 40)
        bad = opened.backups.back_up_to(tmp_path / "bad.sqlite3")
        corrupt(bad)
    elif problem == "newer":
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
        con.close()
    elif problem == "not-journal":
        bad.unlink()
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE recipes (name TEXT)")
        con.commit()
        con.close()
    else:
        bad.unlink()
    opened.close()
    before = file_sha256(opened.path)
    with pytest.raises(UnusableBackupError):
        opened.backups.restore(bad)
    assert file_sha256(opened.path) == before
    assert opened.backups.list() == []
    assert sorted(p.name for p in opened.path.parent.iterdir()) == ["journal.sqlite3"]


def test_restore_over_a_damaged_journal_keeps_it_aside_unchanged(opened, journal):
    log_some(journal, 200, note="fill " * 40)
    backup = opened.backups.back_up()
    opened.close()
    corrupt(opened.path)
    damaged_sha = file_sha256(opened.path)
    result = opened.backups.restore(backup.path)
    assert result.safety_backup is None
    assert result.moved_aside is not None and file_sha256(result.moved_aside) == damaged_sha
    assert content_hash(opened.path) == content_hash(backup.path)


def test_restore_in_the_running_app_reconnects_to_the_restored_journal(opened, journal):
    from backjournal.services.opening import restore_open_journal

    log_some(journal, 2, note="kept")
    backup = opened.backups.back_up()
    log_some(journal, 4, note="later")
    seen = []
    journal.add_listener(seen.append)
    result = restore_open_journal(opened, backup.path)
    assert len(journal.pain_entries()) == 2
    assert seen, "views are told to refresh"
    assert result.safety_backup is not None
    journal.log_pain(PainEntryDraft(felt_at=at(), score=1))  # the engine works on the new file
    assert len(journal.pain_entries()) == 3


def test_backup_service_refuses_a_missing_journal(tmp_path):
    from backjournal.domain.errors import JournalMissingError

    service = BackupService(journal_path=tmp_path / "journal.sqlite3")
    with pytest.raises(JournalMissingError):
        service.back_up()
    assert not (tmp_path / "backups").exists()


def test_restore_refuses_while_the_journal_is_open_elsewhere(opened, journal):
    """Another connection (a running window) keeps its journal: the swap is refused, nothing lost."""
    from backjournal.domain.errors import JournalLockedError

    log_some(journal, 2)
    backup = opened.backups.back_up()
    log_some(journal, 3, note="newer")
    before = content_hash(opened.path)
    with pytest.raises(JournalLockedError):
        opened.backups.restore(backup.path)
    assert content_hash(opened.path) == before
    assert len(journal.pain_entries()) == 5, "the open journal keeps working"
    assert not list(opened.path.parent.glob(".*restoring*")), "no staged copy left behind"

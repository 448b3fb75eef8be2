"""The journal on a real SQLite file: records, child rows, times with offsets, restart, migrations."""

import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import NotFoundError, ValidationError
from backjournal.domain.models import (
    BodyRegion,
    PainEntryDraft,
    PainQuality,
    PegDraft,
    RecordKind,
    RecordRef,
    TherapySessionDraft,
)
from backjournal.services.opening import open_journal
from backjournal.storage.database import head_revision, read_revision
from tests.conftest import FIXTURES, at


def test_pain_entry_round_trip_keeps_regions_qualities_offset_and_note(journal):
    t = datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    saved = journal.log_pain(
        PainEntryDraft(t, 7, ("leg_right", "lower_back"), ("shooting", "aching"), "nach dem Üben 😖")
    )
    [back] = journal.pain_entries()
    assert back == saved
    assert back.felt_at == t and back.felt_at.utcoffset() == timedelta(hours=-5)
    assert back.regions == (BodyRegion.LEG_RIGHT, BodyRegion.LOWER_BACK)
    assert back.qualities == (PainQuality.SHOOTING, PainQuality.ACHING)
    assert back.note == "nach dem Üben 😖"
    assert back.created_at.tzinfo is not None and back.uid


def test_several_entries_a_day_and_local_day_filter_respects_offset(journal):
    # 23:30 at -05:00 is already the 15th in UTC, but the person felt it on the 14th.
    late = datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    journal.log_pain(PainEntryDraft(late, 5))
    journal.log_pain(PainEntryDraft(late - timedelta(hours=12), 3))
    journal.log_pain(PainEntryDraft(late + timedelta(hours=2), 8))  # 01:30 on the 15th, local
    assert [e.score for e in journal.pain_entries(date(2026, 3, 14), date(2026, 3, 14))] == [3, 5]
    assert [e.score for e in journal.pain_entries(date(2026, 3, 15), None)] == [8]


def test_session_with_all_fields_and_unknown_therapy_is_refused(journal):
    s = journal.log_session(TherapySessionDraft("massage", at(1), 60, 6, 4, "structural", None, "Clinic A", "ok"))
    assert s.therapy.key == "massage" and s.change == -2
    with pytest.raises(ValidationError, match=r"therapy.*acupuncture"):
        journal.log_session(TherapySessionDraft("reiki", at(1)))
    assert len(journal.sessions()) == 1


def test_user_defined_therapy_usable_by_name(journal):
    t = journal.add_therapy_type("Aqua jogging", "non-drug")
    assert t.key == "user_aqua_jogging" and not t.builtin
    s = journal.log_session(TherapySessionDraft("aqua jogging", at(0), 30))
    assert s.therapy.name == "Aqua jogging"
    with pytest.raises(Exception, match="already exists"):
        journal.add_therapy_type("AQUA JOGGING")


def test_update_and_soft_delete_and_restore(journal):
    e = journal.log_pain(PainEntryDraft(at(0), 4, note="first"))
    ref = RecordRef(RecordKind.PAIN, e.id)
    edited = journal.update(ref, PainEntryDraft(at(0), 6, ("neck",), (), "second"))
    assert edited.score == 6 and edited.regions == (BodyRegion.NECK,) and edited.created_at == e.created_at
    journal.set_deleted([ref], True)
    assert journal.pain_entries() == [] and [r.id for r in journal.trash()] == [e.id]
    journal.set_deleted([ref], False)
    assert journal.pain_entries()[0].note == "second"
    with pytest.raises(NotFoundError):
        journal.update(RecordRef(RecordKind.PAIN, 999), PainEntryDraft(at(0), 1))


def test_failed_validation_writes_nothing(opened, journal):
    from tests.conftest import content_hash

    journal.log_pain(PainEntryDraft(at(0), 4))
    before = content_hash(opened.path)
    for bad in (
        PainEntryDraft(at(0), 11),
        PainEntryDraft(at(0), 3, regions=("tail",)),
        TherapySessionDraft("heat", at(0), minutes=-1),
        PegDraft(at(0), 1, 2, 13),
    ):
        with pytest.raises(ValidationError):
            journal.log(bad)
    assert content_hash(opened.path) == before


def test_restart_keeps_everything(data_dir):
    first = open_journal(data_dir)
    first.journal.log_pain(PainEntryDraft(at(2), 5, note="before restart"))
    first.journal.log_session(TherapySessionDraft("heat", at(2), 20, 5, 3))
    first.journal.log_peg(PegDraft(at(2), 5, 4, 3))
    expected = (first.journal.pain_entries(), first.journal.sessions(), first.journal.peg_checkins())
    first.close()
    second = open_journal(data_dir)
    try:
        assert (second.journal.pain_entries(), second.journal.sessions(), second.journal.peg_checkins()) == expected
    finally:
        second.close()


def test_new_journal_is_at_head_with_builtin_therapies(opened, journal):
    assert read_revision(opened.path) == head_revision()
    keys = [t.key for t in journal.therapy_types()]
    assert keys[:3] == ["acupuncture", "cryotherapy", "cold_pack"] and "kratom" in keys and len(keys) == 12


def test_first_schema_fixture_opens_and_reads(tmp_path):
    src = FIXTURES / "journal-0001.sqlite3"
    shutil.copyfile(src, tmp_path / "journal.sqlite3")
    opened = open_journal(tmp_path)
    try:
        j = opened.journal
        assert len(j.pain_entries()) == 21  # 22 rows, one of them in the trash
        assert any(s.therapy.key == "user_aqua_jogging" for s in j.sessions())
        assert j.peg_checkins()[0].score == 5.0
        assert read_revision(opened.path) == head_revision()
    finally:
        opened.close()


def test_check_constraints_guard_the_file_itself(opened):
    con = sqlite3.connect(opened.path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "INSERT INTO pain_entries (felt_at_utc, utc_offset_min, score, uid, created_at, updated_at)"
            " VALUES ('2026-01-01', 0, 11, 'x', '2026-01-01', '2026-01-01')"
        )
    con.close()


def test_an_open_journal_is_complete_when_constructed(opened):
    """Nothing is set on an OpenJournal after open_journal returns it (the window passes its
    instance lock to open_journal instead)."""
    import dataclasses

    assert opened.instance_lock is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        opened.instance_lock = object()  # type: ignore[misc]


def test_latest_record_up_to_a_day_is_the_last_of_the_list_without_reading_every_earlier_one(opened, journal):
    """``latest(end)`` (the report's "Latest PEG") gives what ``list(None, end)[-1]`` gives, by local
    day in the offset each check-in was answered in, skipping the trash; None before the first."""
    east, west = timezone(timedelta(hours=14)), timezone(timedelta(hours=-11))
    journal.log_peg(PegDraft(datetime(2026, 3, 1, 9, tzinfo=west), 4, 4, 4))
    journal.log_peg(PegDraft(datetime(2026, 3, 10, 23, tzinfo=west), 5, 5, 5))  # already the 11th in UTC
    journal.log_peg(PegDraft(datetime(2026, 3, 11, 1, tzinfo=east), 6, 6, 6))  # still the 10th in UTC
    trashed = journal.log_peg(PegDraft(datetime(2026, 3, 11, 12, tzinfo=west), 7, 7, 7))
    journal.set_deleted([RecordRef(RecordKind.PEG, trashed.id)], True)
    for _ in range(25):  # more than one page of check-ins after the day asked for
        journal.log_peg(PegDraft(datetime(2026, 3, 12, 8, tzinfo=east), 8, 8, 8))
    with opened.uow() as uow:
        for day in (date(2026, 2, 28), date(2026, 3, 1), date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12)):
            listed = uow.peg.list(None, day)
            assert uow.peg.latest(day) == (listed[-1] if listed else None), day
        assert uow.peg.latest(date(2026, 2, 28)) is None
        assert uow.peg.latest(date(2026, 3, 10)).pain == 5
        assert uow.peg.latest(date(2026, 3, 11)).pain == 5  # the newest moment, though answered on the 10th
        assert uow.peg.latest(date(2026, 3, 12)).pain == 8

"""The repositories' bulk insert (``add_many``), which imports and the demo journal write through:
the same records as ``add`` one by one, in one statement per table, inside the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import BodyRegion, PainEntryDraft, PainQuality, PegDraft, TherapySessionDraft
from backjournal.storage.repositories import DraftWithIdentity
from tests.conftest import at, content_hash

TZ = timezone(timedelta(hours=-9, minutes=-30))
STAMP = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
NOTE = '=1+1\r\n"quoted"\t🧘‍♀️ ' + "x" * 2000


def _pain(i: int) -> PainEntryDraft:
    regions = (BodyRegion.LEG_LEFT, BodyRegion.LOWER_BACK, BodyRegion.NECK)[: 1 + i % 3]
    qualities = (PainQuality.SHOOTING, PainQuality.ACHING)[: i % 3]
    return PainEntryDraft(
        datetime(2025, 1, 1 + i, 23, 45, tzinfo=TZ), i % 11, regions[::-1], qualities[::-1], NOTE if i == 1 else None
    ).validate()


def test_pain_entries_keep_identity_order_children_and_text(opened):
    drafts = [_pain(i) for i in range(5)]
    with opened.uow() as uow:
        n = uow.pain.add_many(
            [DraftWithIdentity(d, f"uid-{i}", STAMP, STAMP + timedelta(days=i)) for i, d in enumerate(drafts)]
        )
    assert n == 5
    entries = opened.journal.pain_entries()
    assert [e.uid for e in sorted(entries, key=lambda e: e.id)] == [f"uid-{i}" for i in range(5)]
    for i, e in enumerate(sorted(entries, key=lambda e: e.id)):
        d = drafts[i]
        assert (e.felt_at, e.felt_at.utcoffset(), e.score) == (d.felt_at, d.felt_at.utcoffset(), d.score)
        assert e.regions == d.regions and e.qualities == d.qualities  # in the draft's order, not sorted
        assert e.note == d.note
        assert (e.created_at, e.updated_at) == (STAMP, STAMP + timedelta(days=i))
    assert entries[1].note == NOTE


def test_many_equal_one_by_one(opened):
    """A record written by add_many reads back exactly as the same record written by add."""
    drafts = [_pain(i) for i in range(3)]
    with opened.uow() as uow:
        one = [uow.pain.add(d, uid=f"a{i}", created_at=STAMP, updated_at=STAMP) for i, d in enumerate(drafts)]
        uow.pain.add_many(DraftWithIdentity(d, f"b{i}", STAMP, STAMP) for i, d in enumerate(drafts))
    by_uid = {e.uid: e for e in opened.journal.pain_entries()}
    for i, a in enumerate(one):
        b = by_uid[f"b{i}"]
        assert b.id > a.id and (b.felt_at, b.score, b.regions, b.qualities, b.note, b.created_at) == (
            a.felt_at,
            a.score,
            a.regions,
            a.qualities,
            a.note,
            a.created_at,
        )


def test_missing_identity_gets_a_new_uid_and_now(opened):
    with opened.uow() as uow:
        uow.peg.add_many(
            [
                DraftWithIdentity(PegDraft(at(1), 4, 5, 6).validate()),
                DraftWithIdentity(PegDraft(at(0), 3, 2, 1).validate()),
            ]
        )
    first, second = opened.journal.peg_checkins()
    assert first.uid != second.uid and len(first.uid) == 36
    assert abs(first.created_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert first.updated_at == first.created_at


def test_sessions_resolve_therapy_by_key_or_name_and_refuse_unknown(opened):
    opened.journal.add_therapy_type("Tai chi", "non-drug")
    with opened.uow() as uow:
        uow.sessions.add_many(
            [
                DraftWithIdentity(
                    TherapySessionDraft("heat", at(2), minutes=20, pain_before=6, pain_after=4).validate()
                ),
                DraftWithIdentity(TherapySessionDraft("Tai Chi", at(1), minutes=40, dose="-2").validate()),
            ]
        )
    heat, tai = opened.journal.sessions()
    assert (heat.therapy.key, heat.pain_before, heat.pain_after) == ("heat", 6, 4)
    assert (tai.therapy.key, tai.therapy.builtin, tai.dose) == ("user_tai_chi", False, "-2")
    before = content_hash(opened.path)
    with pytest.raises(ValidationError, match="not a known therapy"), opened.uow() as uow:
        uow.pain.add_many([DraftWithIdentity(_pain(0))])
        uow.sessions.add_many([DraftWithIdentity(TherapySessionDraft("reiki", at(0)).validate())])
    assert content_hash(opened.path) == before


def test_a_uid_already_in_the_journal_rolls_the_whole_unit_back(opened):
    with opened.uow() as uow:
        uow.pain.add_many([DraftWithIdentity(_pain(0), "taken")])
    before = content_hash(opened.path)
    with pytest.raises(Exception, match=r"UNIQUE constraint failed: pain_entries\.uid"), opened.uow() as uow:
        uow.peg.add_many([DraftWithIdentity(PegDraft(at(0), 1, 1, 1).validate())])
        uow.pain.add_many([DraftWithIdentity(_pain(1), "new"), DraftWithIdentity(_pain(2), "taken")])
    assert content_hash(opened.path) == before
    assert [e.uid for e in opened.journal.pain_entries()] == ["taken"]

from datetime import UTC, datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import (
    BodyRegion,
    PainEntryDraft,
    PegDraft,
    TherapySessionDraft,
    check_score,
    therapy_key_for,
)
from backjournal.domain.timeutil import is_backdated, parse_moment

T = datetime(2026, 3, 15, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("score", [0, 5, 10, "7"])
def test_scores_in_range_accepted(score):
    assert check_score(score, "score") == int(score)


@pytest.mark.parametrize("score", [-1, 11, 3.5, "x", True, None])
def test_scores_out_of_range_name_field_and_range(score):
    with pytest.raises(ValidationError) as err:
        check_score(score, "score")
    assert err.value.field == "score"
    assert "0 (no pain) to 10" in str(err.value)


def test_pain_draft_needs_a_region_and_known_tags():
    with pytest.raises(ValidationError, match="where"):
        PainEntryDraft(T, 4, regions=()).validate()
    with pytest.raises(ValidationError, match=r"quality.*allowed: aching"):
        PainEntryDraft(T, 4, qualities=("tingly",)).validate()
    ok = PainEntryDraft(T, 4, regions=("leg_left", "leg_left", BodyRegion.NECK), qualities=("Sharp",)).validate()
    assert ok.regions == (BodyRegion.LEG_LEFT, BodyRegion.NECK)
    assert [q.value for q in ok.qualities] == ["sharp"]


def test_naive_time_is_taken_as_local_and_made_aware():
    d = PainEntryDraft(datetime(2026, 3, 15, 9, 0), 3).validate()
    assert d.felt_at.tzinfo is not None


def test_session_minutes_and_scores_validated():
    with pytest.raises(ValidationError, match="minutes"):
        TherapySessionDraft("heat", T, minutes=-5).validate()
    with pytest.raises(ValidationError, match="pain after"):
        TherapySessionDraft("heat", T, pain_after=12).validate()
    with pytest.raises(ValidationError, match="note"):
        TherapySessionDraft("heat", T, note="x" * 10_001).validate()
    assert TherapySessionDraft("heat", T, minutes=20, note="   ").validate().note is None


def test_peg_score_is_mean_of_three():
    from backjournal.domain.models import PegCheckin

    d = PegDraft(T, 6, 4, 5).validate()
    p = PegCheckin(1, "u", d.answered_at, d.pain, d.enjoyment, d.activity, None, T, T)
    assert p.score == 5.0


def test_parse_moment_keeps_offset_and_rejects_words():
    m = parse_moment("2026-03-14T08:30+02:00")
    assert m.utcoffset() == timedelta(hours=2)
    assert parse_moment("2026-03-14").hour == 12
    with pytest.raises(ValidationError, match="ISO 8601"):
        parse_moment("last tuesday")


def test_backdating_threshold():
    assert not is_backdated(T, T + timedelta(hours=1))
    assert is_backdated(T, T + timedelta(hours=5))


def test_user_therapy_keys_are_prefixed_slugs():
    assert therapy_key_for("  Aqua Jogging! ") == "user_aqua_jogging"


def test_signed_changes_never_read_minus_zero():
    from backjournal.domain.numbers import signed

    assert [signed(-1.26), signed(0.04), signed(-0.04), signed(2), signed(-26.4, 0)] == [
        "-1.3",
        "0.0",
        "0.0",
        "+2.0",
        "-26",
    ]


def test_typed_times_may_not_be_in_the_future():
    from datetime import datetime, timedelta

    from backjournal.domain.timeutil import check_not_future, parse_moment

    now = datetime.now(UTC)
    assert check_not_future(now + timedelta(minutes=5)) == now + timedelta(minutes=5)  # a clock a little off
    with pytest.raises(ValidationError, match="is in the future; allowed: now or earlier"):
        check_not_future(now + timedelta(hours=2), field="--at")
    today = datetime.now().astimezone().date().isoformat()
    assert check_not_future(parse_moment(today)) is not None  # a bare "today" never lands ahead of now


@pytest.mark.parametrize("field,values", [("pain", (11, 4, 5)), ("enjoyment", (4, 11, 5)), ("activity", (4, 5, 11))])
def test_a_peg_answer_out_of_range_names_its_own_scale(field, values):
    """PEG's interference items are anchored 'does not interfere' .. 'completely interferes' (Krebs
    2009), not on pain; the message must name the scale the person was answering."""
    with pytest.raises(ValidationError) as err:
        PegDraft(T, *values).validate()
    message = str(err.value)
    if field == "pain":
        assert "no pain" in message and "interfere" not in message
    else:
        assert "does not interfere" in message and "completely interferes" in message
        assert "no pain" not in message

"""Scores by region (issue 15): ``--where lower_back=6,leg_left=4`` and the draft's validation."""

from __future__ import annotations

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import BodyRegion, PainEntryDraft, parse_where
from tests.conftest import at


def test_where_reads_regions_alone_or_each_with_its_score():
    assert parse_where("lower_back,leg_left") == ((BodyRegion.LOWER_BACK, BodyRegion.LEG_LEFT), ())
    assert parse_where(" lower_back = 6 , leg_left=4 ") == ((BodyRegion.LOWER_BACK, BodyRegion.LEG_LEFT), (6, 4))
    assert parse_where("NECK=0,other=10") == ((BodyRegion.NECK, BodyRegion.OTHER), (0, 10))


@pytest.mark.parametrize(
    ("text", "problem", "allowed"),
    [
        ("lower_back=6,knee=4", "'knee' is not known", "leg_left"),
        ("lower_back=11", "11 is out of range", "0 (no pain) to 10"),
        ("lower_back=-1", "-1 is out of range", "0 (no pain) to 10"),
        ("lower_back=six", "'six' is not a whole number", "0 (no pain) to 10"),
        ("lower_back=６", "is not a whole number", "0 (no pain) to 10"),
        ("lower_back=6,lower_back=4", "lower_back is named twice", "each region once"),
        ("lower_back,LOWER_BACK", "lower_back is named twice", "each region once"),
        ("lower_back=", "'lower_back=' is not REGION=SCORE", "REGION=SCORE"),
        ("=6", "'=6' is not REGION=SCORE", "REGION=SCORE"),
        ("lower_back=6=7", "'lower_back=6=7' is not REGION=SCORE", "REGION=SCORE"),
        ("lower_back=6,leg_left", "some regions but not for the others", "a score for every region or for none"),
        (" , ", "names no body region", "REGION,..."),
    ],
)
def test_bad_where_names_the_problem_and_what_is_allowed(text, problem, allowed):
    with pytest.raises(ValidationError) as caught:
        parse_where(text)
    message = str(caught.value)
    assert problem in message and allowed in message, message


def test_a_draft_keeps_the_overall_score_as_entered_or_takes_the_highest_region_score():
    regions = (BodyRegion.LOWER_BACK, BodyRegion.LEG_LEFT)
    given = PainEntryDraft(at(), 5, regions, region_scores=(6, 4)).validate()
    assert given.score == 5 and given.region_scores == (6, 4)  # as entered, even below a region's score
    derived = PainEntryDraft(at(), None, regions, region_scores=(3, 8)).validate()
    assert derived.score == 8 and derived.region_scores == (3, 8)
    plain = PainEntryDraft(at(), 5, regions).validate()
    assert plain.region_scores == ()


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"score": None, "regions": (BodyRegion.NECK,)}, "is not a whole number"),  # no score at all
        (
            {"score": 5, "regions": (BodyRegion.NECK, BodyRegion.LEG_LEFT), "region_scores": (3,)},
            "needs a score for every region",
        ),
        ({"score": 5, "regions": (BodyRegion.NECK, BodyRegion.NECK), "region_scores": (3, 4)}, "neck is named twice"),
        ({"score": 5, "regions": (BodyRegion.NECK,), "region_scores": (12,)}, "12 is out of range"),
        ({"score": 5, "regions": ("knee",), "region_scores": (3,)}, "'knee' is not known"),
        ({"score": 5, "regions": (), "region_scores": ()}, "at least one body region"),
    ],
)
def test_a_draft_with_bad_region_scores_is_refused(kwargs, problem):
    with pytest.raises(ValidationError) as caught:
        PainEntryDraft(at(), **kwargs).validate()
    assert problem in str(caught.value)


def test_an_entry_shows_its_regions_with_their_scores():
    from datetime import UTC, datetime

    from backjournal.domain.models import PainEntry

    now = datetime(2026, 3, 1, tzinfo=UTC)
    scored = PainEntry(
        1, "u", at(), 6, (BodyRegion.LOWER_BACK, BodyRegion.LEG_LEFT), (), None, now, now, region_scores=(6, 4)
    )
    assert scored.where_text() == "Lower back 6, Leg (left) 4"
    assert scored.scores_by_region == {BodyRegion.LOWER_BACK: 6, BodyRegion.LEG_LEFT: 4}
    assert scored.as_draft().region_scores == (6, 4)
    plain = PainEntry(2, "v", at(), 6, (BodyRegion.NECK,), (), None, now, now)
    assert plain.where_text() == "Neck" and plain.scores_by_region == {}

"""Hypothesis strategies for journals with awkward text and offsets, and helpers to fill a journal."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

from backjournal.domain.models import (
    BUILTIN_KEYS,
    BodyRegion,
    PainEntryDraft,
    PainQuality,
    PegDraft,
    TherapySessionDraft,
)

#: Text a person may type, with what breaks naive CSV/JSON code: formula starts, quotes, CR/LF, emoji.
AWKWARD_PREFIXES = ["=", "+", "-", "@", "\t", "\r", "\n", "'", '"', "'=", "-2", "😀", " "]
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_plain = st.text(_chars, max_size=40)
awkward_text = st.one_of(
    _plain,
    st.builds(lambda p, t: p + t, st.sampled_from(AWKWARD_PREFIXES), _plain),
    st.sampled_from(["-2", "=1+1", "@SUM(A1)", "a\r\nb", "a\rb", 'say "hi"', "🧘‍♀️ yoga", "x" * 3000]),
)
optional_text = st.one_of(st.none(), awkward_text)
#: For fields limited to 500 characters (details, dose, provider).
optional_short = st.one_of(st.none(), awkward_text.filter(lambda t: len(t) <= 500))

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda base, tz: base.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)),
    offsets,
)
utc_moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC)
)
scores = st.integers(0, 10)
USER_THERAPY = "user_aqua_jogging"

region_lists = st.lists(st.sampled_from(list(BodyRegion)), min_size=1, max_size=3, unique=True).map(tuple)
#: regions, and either no region scores or one 0-10 score for each region
regions_and_scores = region_lists.flatmap(
    lambda regions: st.tuples(
        st.just(regions),
        st.one_of(st.just(()), st.lists(scores, min_size=len(regions), max_size=len(regions)).map(tuple)),
    )
)
pain_drafts = st.builds(
    lambda rs, **kw: PainEntryDraft(regions=rs[0], region_scores=rs[1], **kw),
    regions_and_scores,
    felt_at=moments,
    score=scores,
    qualities=st.lists(st.sampled_from(list(PainQuality)), max_size=3, unique=True).map(tuple),
    note=optional_text,
)
session_drafts = st.builds(
    TherapySessionDraft,
    therapy_key=st.sampled_from([*sorted(BUILTIN_KEYS), USER_THERAPY]),
    started_at=moments,
    minutes=st.one_of(st.none(), st.integers(0, 1440)),
    pain_before=st.one_of(st.none(), scores),
    pain_after=st.one_of(st.none(), scores),
    details=optional_short,
    dose=optional_short,
    provider=optional_short,
    note=optional_text,
)
peg_drafts = st.builds(
    PegDraft, answered_at=moments, pain=scores, enjoyment=scores, activity=scores, note=optional_text
)

stamped = st.tuples(st.uuids(version=4).map(str), utc_moments, st.timedeltas(timedelta(0), timedelta(days=400)))

journals = st.fixed_dictionaries(
    {
        "pain": st.lists(st.tuples(pain_drafts, stamped), max_size=6),
        "sessions": st.lists(st.tuples(session_drafts, stamped), max_size=6),
        "peg": st.lists(st.tuples(peg_drafts, stamped), max_size=3),
        "therapy_notes": optional_text,
        "settings": st.dictionaries(
            st.text(st.characters(min_codepoint=97, max_codepoint=122), min_size=1, max_size=10),
            st.one_of(st.integers(-5, 5), st.text(max_size=10), st.booleans()),
            max_size=3,
        ),
    }
)


def fill(opened, journal: dict) -> None:
    """Write a generated journal through the repositories (uids and timestamps as generated)."""
    opened.journal.add_therapy_type("Aqua jogging", "non-drug", notes=journal["therapy_notes"])
    with opened.uow() as uow:
        for kind, repo in (("pain", uow.pain), ("sessions", uow.sessions), ("peg", uow.peg)):
            for draft, (uid, created, later) in journal[kind]:
                repo.add(draft.validate(), uid=uid, created_at=created, updated_at=created + later)
        for k, v in journal["settings"].items():
            uow.settings.set(k, v)


def new_uid() -> str:
    return str(uuid.uuid4())

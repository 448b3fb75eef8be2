"""The reference cards: the contract (one card per built-in therapy), their completeness, the strict
loader, search, and content guards (no drug doses on the kratom/medication cards, no promotion)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from backjournal.cards import Card, CardError, CardLibrary, UnknownCardError, default_cards_dir, load_card
from backjournal.cards.loader import (
    EVIDENCE_LEVELS,
    EVIDENCE_SUBSECTIONS,
    GENERAL_CARD_IDS,
    THERAPY_SECTIONS,
    add_months,
    parse_card,
)
from backjournal.domain.models import BUILTIN_KEYS

CARDS_DIR = default_cards_dir()
CARD_FILES = sorted(CARDS_DIR.glob("*.md"))
CARD_IDS = {p.stem for p in CARD_FILES}


def _card_ids(paths):
    return [p.stem for p in paths]


# --------------------------------------------------------------------------- the contract


def test_every_builtin_therapy_has_exactly_one_card():
    therapy_of = Counter(load_card(p).therapy for p in CARD_FILES)
    missing = sorted(k for k in BUILTIN_KEYS if therapy_of[k] == 0)
    doubled = sorted(k for k in BUILTIN_KEYS if therapy_of[k] > 1)
    assert not missing, f"built-in therapies without a card: {missing}"
    assert not doubled, f"built-in therapies with more than one card: {doubled}"
    for general in GENERAL_CARD_IDS:
        assert general in CARD_IDS, f"general card {general}.md is missing"


def test_the_packaged_library_loads_and_every_cross_link_resolves():
    library = CardLibrary.load()
    assert len(library) == len(CARD_FILES)
    assert library.red_flags.id == "red-flags"
    for key in BUILTIN_KEYS:
        card = library.for_therapy(key)
        assert card is not None and card.therapy == key
    assert library.for_therapy("user_hot_tub") is None


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_each_card_is_complete(path):
    card = load_card(path)
    assert isinstance(card.reviewed, date)
    assert card.reviewed <= date.today(), "a review date in the future"
    assert len(card.sources) >= 2
    assert card.summary and card.title
    assert list(card.sections)[-1] == "Sources"
    if card.kind == "therapy":
        assert list(card.sections) == list(THERAPY_SECTIONS)
        evidence = card.sections["What the evidence says"]
        subs = re.findall(r"^### (.+)$", evidence, flags=re.M)
        assert subs == list(EVIDENCE_SUBSECTIONS)
        assert "(card:red-flags)" in card.sections["When to get medical help now"]
        # the red-flags paragraph names cauda equina signs first
        assert "saddle" in card.sections["When to get medical help now"].lower()
    # every link is well formed and every card: link resolves among the files on disk
    for target in card.links():
        if target.startswith("card:"):
            assert target[5:] in CARD_IDS, f"{path.name}: link {target} points at no card"
        else:
            assert re.match(r"^https?://[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$", target), f"{path.name}: {target}"
    # sources with a link or a full citation: at least two
    cited = [s for s in card.sources if "http" in s or re.search(r"\b(19|20)\d{2}\b", s)]
    assert len(cited) >= 2


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_cards_contain_no_raw_html_or_images(path):
    body = load_card(path).markdown
    without_autolinks = re.sub(r"<https?://[^>\s]+>", "", body)
    assert not re.search(r"<[a-zA-Z/!]", without_autolinks)
    assert "![" not in body


# --------------------------------------------------------------------------- the loader refuses bad cards

GOOD_CARD = """---
id: {id}
title: Test therapy
kind: therapy
therapy: heat
reviewed: 2026-01-15
time_sensitive: no
summary: A balanced sentence.
---

## What it is

Something you do.

## What the evidence says

### Acute low back pain

Little evidence.

### Chronic low back pain

No evidence.

### What the guidelines say

ACP 2017 lists it.

## How strong the evidence is

- **Low**: the word zanzibarite is here for search.
- **No studies in back pain**: for chronic pain.

What the words mean: [Reading your numbers](card:reading-your-numbers), [Words used on these cards](card:glossary).

## Risks, and who should ask a clinician first

Burns.

## Practical notes for your journal

Log minutes.

## Questions for your physician

- Is it safe?

## When to get medical help now

Emergency signs: [When to get medical help now](card:red-flags).

## Sources

1. French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750. doi:10.1002/14651858.CD004750.pub2
2. Qaseem A, et al. Noninvasive treatments for low back pain. Ann Intern Med. 2017. https://www.acpjournals.org/doi/10.7326/M16-2367
"""

RED_FLAGS = """---
id: red-flags
title: When to get medical help now
kind: general
reviewed: 2026-01-15
time_sensitive: no
summary: Signs that need help now.
---

## Go now

Numbness in the saddle area.

## Sources

1. Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines. Eur Spine J. 2016. https://link.springer.com/article/10.1007/s00586-016-4684-0
2. NHS Gloucestershire red flags for spinal conditions, 2024. https://g-care.glos.nhs.uk/pathway/71/resource/3
"""

GENERAL = """---
id: {id}
title: {title}
kind: general
reviewed: 2026-01-15
time_sensitive: no
summary: A general card.
---

## Words

Placebo: a dummy treatment.

## Sources

1. Ostelo RWJG, Deyo RA, Stratford P, et al. Interpreting change scores for pain. Spine. 2008. doi:10.1097/BRS.0b013e31815e3a10
2. Farrar JT, et al. Clinical importance of changes in chronic pain intensity. Pain. 2001. doi:10.1016/S0304-3959(01)00349-9
"""


def _write_general_cards(folder: Path) -> None:
    _write(folder, "red-flags", RED_FLAGS)
    _write(folder, "reading-your-numbers", GENERAL.format(id="reading-your-numbers", title="Reading your numbers"))
    _write(folder, "glossary", GENERAL.format(id="glossary", title="Words used on these cards"))


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


def _rejects(tmp_path, text, *fragments, name="testcard"):
    path = _write(tmp_path, name, text)
    with pytest.raises(CardError) as info:
        load_card(path)
    message = str(info.value)
    assert str(path) in message, "the message must name the file"
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_a_well_formed_card_loads(tmp_path):
    card = load_card(_write(tmp_path, "testcard", GOOD_CARD.format(id="testcard")))
    assert isinstance(card, Card)
    assert card.id == "testcard" and card.therapy == "heat"
    assert card.reviewed == date(2026, 1, 15)
    assert len(card.sources) == 2
    assert "---" not in card.markdown.splitlines()[0]
    assert card.markdown.startswith("## What it is")
    assert card.card_links() == ["reading-your-numbers", "glossary", "red-flags"]


def test_loader_rejects_a_missing_section(tmp_path):
    text = GOOD_CARD.format(id="testcard").replace("## Questions for your physician\n\n- Is it safe?\n\n", "")
    _rejects(tmp_path, text, "missing section", "Questions for your physician")


def test_loader_rejects_a_missing_subsection(tmp_path):
    text = GOOD_CARD.format(id="testcard").replace("### Chronic low back pain\n\nNo evidence.\n\n", "")
    _rejects(tmp_path, text, "Chronic low back pain")


def test_loader_rejects_sections_out_of_order(tmp_path):
    good = GOOD_CARD.format(id="testcard")
    a = good[good.index("## How strong the evidence is") : good.index("## Risks")]
    b = "## Risks, and who should ask a clinician first\n\nBurns.\n\n"
    _rejects(tmp_path, good.replace(a + b, b + a), "out of order")


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda t: t.replace("title: Test therapy\n", "title Test therapy\n"), "is not 'key: value'"),
        (lambda t: t.replace("title: Test therapy\n", ""), "missing required key(s): title"),
        (lambda t: t[4:], "must start with a '---'"),
        (lambda t: t.replace("summary: A balanced sentence.\n---\n", "summary: A balanced sentence.\n"), "not closed"),
        (lambda t: t.replace("reviewed: 2026-01-15", "reviewed: 15/01/2026"), "'reviewed' must be a date"),
        (lambda t: t.replace("reviewed: 2026-01-15", "reviewed: 2026-02-30"), "not a real date"),
        (lambda t: t.replace("kind: therapy", "kind: advert"), "kind 'advert'"),
        (lambda t: t.replace("therapy: heat", "therapy: hot_tub"), "not a built-in therapy key"),
        (lambda t: t.replace("therapy: heat\n", ""), "needs a 'therapy:' line"),
        (lambda t: t.replace("id: testcard", "id: othercard"), "must equal the file name"),
        (lambda t: t.replace("title: Test therapy\n", "title: Test therapy\ntitle: Again\n"), "appears twice"),
        (lambda t: t.replace("title: Test therapy\n", "author: me\ntitle: Test therapy\n"), "unknown key"),
        (lambda t: t.replace("summary: A balanced sentence.", "summary:"), "has no value"),
        (lambda t: t.replace("time_sensitive: no", "time_sensitive: maybe"), "'time_sensitive' must be yes or no"),
        (lambda t: t.replace("time_sensitive: no\n", ""), "missing required key(s): time_sensitive"),
    ],
    ids=[
        "no-colon",
        "missing-title",
        "no-opening-fence",
        "unclosed",
        "bad-date-format",
        "impossible-date",
        "bad-kind",
        "unknown-therapy",
        "therapy-missing",
        "id-not-stem",
        "duplicate-key",
        "unknown-key",
        "empty-value",
        "time-sensitive-not-yes-no",
        "time-sensitive-missing",
    ],
)
def test_loader_rejects_a_malformed_header(tmp_path, mutate, fragment):
    _rejects(tmp_path, mutate(GOOD_CARD.format(id="testcard")), fragment)


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("Burns.", "Burns, [see](red-flags).", "malformed link"),
        ("Burns.", "Burns, [see](javascript:alert(1)).", "malformed link"),
        ("Burns.", "Burns, [see](card:Red Flags).", "malformed link"),
        ("Burns.", "Burns, see ftp://example.org/x.", "malformed link"),
        ("https://www.acpjournals.org/doi/10.7326/M16-2367", "https:///nohost", "malformed link"),
        ("Little evidence.", "Little <b>evidence</b>.", "raw HTML"),
        ("Little evidence.", "![x](https://example.org/x.png)", "no images"),
        ("Burns.", "[](https://example.org)", "no text"),
        ("Little evidence.\n", "", "is empty"),
        ("Emergency signs: [When to get medical help now](card:red-flags).", "Saddle numbness.", "card:red-flags"),
    ],
    ids=[
        "relative",
        "javascript",
        "bad-card-id",
        "bare-ftp",
        "no-host",
        "html",
        "image",
        "empty-link-text",
        "empty-subsection",
        "no-red-flags-link",
    ],
)
def test_loader_rejects_bad_links_and_markup(tmp_path, old, new, fragment):
    text = GOOD_CARD.format(id="testcard")
    assert old in text
    _rejects(tmp_path, text.replace(old, new), fragment)


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (" doi:10.1002/14651858.CD004750.pub2", "", "source 1 has no link or DOI"),
        ("Cochrane Database Syst Rev. 2006;(1):CD004750.", "Cochrane Database Syst Rev.", "source 1 has no year"),
        (
            "2. Qaseem A, et al. Noninvasive treatments for low back pain. Ann Intern Med. 2017. https://www.acpjournals.org/doi/10.7326/M16-2367",
            "2. A leaflet, 2020. https://example.org/x",
            "source 2 is too short",
        ),
        (
            "2. Qaseem A, et al. Noninvasive treatments for low back pain. Ann Intern Med. 2017. https://www.acpjournals.org/doi/10.7326/M16-2367\n",
            "",
            "at least 2 sources",
        ),
    ],
    ids=["no-link-or-doi", "no-year", "too-short", "too-few"],
)
def test_loader_rejects_untraceable_sources(tmp_path, old, new, fragment):
    text = GOOD_CARD.format(id="testcard")
    assert old in text
    _rejects(tmp_path, text.replace(old, new), fragment)


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("- **Low**: the word", "- **Weak**: the word", "'Weak' is not a level of the scale"),
        ("- **Low**: the word", "- **Moderate to high**: the word", "is not a level of the scale"),
        ("- **Low**: the word", "- Low: the word", "each item starts with a bold level"),
        ("- **Low**: the word", "Low, **mostly**: the word", "bold text only as the level"),
        (
            "- **Low**: the word zanzibarite is here for search.\n- **No studies in back pain**: for chronic pain.\n",
            "Weak.\n",
            "needs at least one item",
        ),
        ("[Words used on these cards](card:glossary)", "words", "must link to card:glossary"),
        ("[Reading your numbers](card:reading-your-numbers)", "numbers", "must link to card:reading-your-numbers"),
        ("Little evidence.", "Little evidence (limited certainty).", "'limited certainty' is not on the scale"),
        ("Little evidence.", "Good-quality evidence.", "is not on the scale"),
        (
            "Something you do.",
            "Something you do. This card does not replace advice from your doctor.",
            "its own disclaimer",
        ),
        ("summary: A balanced sentence.", "summary: Weak-quality evidence.", "'summary': evidence grade"),
    ],
    ids=[
        "weak",
        "range",
        "not-bold",
        "stray-bold",
        "no-items",
        "no-glossary-link",
        "no-numbers-link",
        "grade-phrase",
        "grade-quality",
        "own-disclaimer",
        "grade-in-summary",
    ],
)
def test_loader_holds_every_card_to_the_one_evidence_scale(tmp_path, old, new, fragment):
    text = GOOD_CARD.format(id="testcard")
    assert old in text
    _rejects(tmp_path, text.replace(old, new), fragment)


def test_the_scale_levels_are_accepted_in_any_case(tmp_path):
    text = GOOD_CARD.format(id="testcard")
    for level in EVIDENCE_LEVELS:
        card = parse_card(tmp_path / "testcard.md", text.replace("**Low**", f"**{level.capitalize()}**"))
        assert card.sections["How strong the evidence is"].startswith(f"- **{level.capitalize()}**")
    card = parse_card(
        tmp_path / "testcard.md", text.replace("Little evidence.", "Little evidence (very low certainty).")
    )
    assert "very low certainty" in card.markdown


def test_loader_rejects_non_utf8(tmp_path):
    path = tmp_path / "testcard.md"
    path.write_bytes(GOOD_CARD.format(id="testcard").replace("Burns.", "Br\u00fblure.").encode("latin-1"))
    with pytest.raises(CardError, match="not UTF-8") as info:
        load_card(path)
    assert str(path) in str(info.value)


def test_library_rejects_a_link_to_a_missing_card(tmp_path):
    _write_general_cards(tmp_path)
    (tmp_path / "red-flags.md").unlink()
    _write(tmp_path, "testcard", GOOD_CARD.format(id="testcard"))
    with pytest.raises(CardError) as info:
        CardLibrary.load(tmp_path)
    assert "testcard.md" in str(info.value) and "card:red-flags points at no card" in str(info.value)


def test_library_rejects_two_cards_for_one_therapy(tmp_path):
    _write(tmp_path, "red-flags", RED_FLAGS)
    _write(tmp_path, "one", GOOD_CARD.format(id="one"))
    _write(tmp_path, "two", GOOD_CARD.format(id="two"))
    with pytest.raises(CardError, match="already has a card"):
        CardLibrary.load(tmp_path)


# --------------------------------------------------------------------------- the library API


def test_library_api_on_a_small_folder(tmp_path):
    _write_general_cards(tmp_path)
    _write(tmp_path, "testcard", GOOD_CARD.format(id="testcard"))
    library = CardLibrary.load(tmp_path)
    assert [c.id for c in library.all()] == ["red-flags", "reading-your-numbers", "glossary", "testcard"]
    assert library.get("testcard").title == "Test therapy"
    assert library.for_therapy("heat").id == "testcard"
    assert library.for_therapy("acupuncture") is None
    assert library.red_flags.title == "When to get medical help now"
    with pytest.raises(UnknownCardError):
        library.get("nothing-here")
    # word search over title, summary and body; case-insensitive; every word must match
    assert [c.id for c in library.search("ZANZIBARITE")] == ["testcard"]
    assert [c.id for c in library.search("saddle")] == ["red-flags"]
    assert library.search("saddle zanzibarite") == []
    assert library.search("zanzibar")[0].id == "testcard"  # word prefix
    assert library.search("anzibarite") == []  # not a word start
    assert len(library.search("   ")) == 4


def test_library_without_red_flags_card_says_so(tmp_path):
    # a general card has free sections, so a library of one general card is valid, but has no red flags
    _write(tmp_path, "reading-your-numbers", RED_FLAGS.replace("id: red-flags", "id: reading-your-numbers"))
    library = CardLibrary.load(tmp_path)
    with pytest.raises(CardError, match="red-flags"):
        _ = library.red_flags


def test_search_finds_a_packaged_card_by_a_word_in_its_body():
    library = CardLibrary.load()
    hits = [c.id for c in library.search("toothpick")]
    assert hits == ["acupuncture"]
    assert "cryotherapy" in [c.id for c in library.search("Nitrogen")]
    # title hits rank first
    assert library.search("massage")[0].id == "massage"


# --------------------------------------------------------------------------- content guards

_NUMBER = (
    r"(?:\d+(?:[.,]\d+)*(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)*)?|one|two|three|four|five|six|seven|eight|nine|ten|half)"
)
_UNIT = (
    r"(?:mg|milligrams?|g|gm|grams?|mcg|µg|μg|micrograms?|ml|millilit(?:er|re)s?|teaspoons?|tsp|"
    r"tablespoons?|tbsp|tablets?|pills?|capsules?)"
)
DOSE_RE = re.compile(rf"(?<![\w.]){_NUMBER}\s*{_UNIT}(?:\s*/\s*(?:day|d|kg))?(?![\w])", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "4,000 mg a day",
        "2 g",
        "1.5 grams",
        "20mg/day",
        "two grams of powder",
        "250–350 mg",
        "5 mL",
        "3 tablets",
        "250 to 350 mg",
        "10\u00a0mg",
        "0.5 MG",
        "one teaspoon",
    ],
)
def test_dose_pattern_catches_doses(text):
    assert DOSE_RE.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "20 % vs 10 %",
        "7-OH",
        "199 ill in 41 states",
        "2 gummies",
        "the lowest dose that works",
        "8 weeks",
        "Schedule IV",
        "12 healthy adults",
        "5 grades",
    ],
)
def test_dose_pattern_ignores_other_numbers(text):
    assert not DOSE_RE.search(text), text


def _text_without_sources(card: Card) -> str:
    return "\n".join([card.title, card.summary] + [text for title, text in card.sections.items() if title != "Sources"])


@pytest.mark.parametrize("card_id", ["kratom", "medication"])
def test_no_dosing_on_kratom_and_medication_cards(card_id):
    path = CARDS_DIR / f"{card_id}.md"
    if not path.exists():
        pytest.fail(f"{path.name} is missing")
    text = _text_without_sources(load_card(path))
    found = [m.group(0) for m in DOSE_RE.finditer(text)]
    assert not found, f"{path.name} names doses: {found}"


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_no_card_gives_drug_doses(path):
    text = _text_without_sources(load_card(path))
    found = [m.group(0) for m in DOSE_RE.finditer(text)]
    assert not found, f"{path.name} names doses: {found}"


BANNED_PHRASES = [
    r"cur(?:e|es|ed|ing)",
    r"miracle",
    r"guarantee(?:d|s)?",
    r"safe alternative to (?:prescription )?opioids",
    r"clinically proven",
    r"proven to",
    r"breakthrough",
    r"risk[- ]free",
    r"100 ?% (?:safe|natural|effective)",
    r"all[- ]natural",
    r"works for everyone",
    r"instant relief",
    r"permanent relief",
]
BANNED_RE = re.compile(r"\b(?:" + "|".join(BANNED_PHRASES) + r")\b", re.IGNORECASE)
# A banned phrase may appear only where the same sentence negates it before the phrase:
# "They are not a cure", "Kratom is not a safe alternative to opioids", "no miracle".
NEGATION_RE = re.compile(r"\b(?:not|no|none|never|nor|cannot|without)\b|n't\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\(card:[^)]*\)|\(https?://[^)]*\)|https?://\S+", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def promotional_sentences(text: str) -> list[str]:
    bad = []
    for sentence in _sentences(text):
        for m in BANNED_RE.finditer(sentence):
            if not NEGATION_RE.search(sentence[: m.start()]):
                bad.append(sentence)
                break
    return bad


def test_promotion_check_itself():
    assert promotional_sentences("Kratom is a safe alternative to opioids.")
    assert promotional_sentences("A miracle for your back. Try it!")
    assert promotional_sentences("Guaranteed relief in days.")
    assert promotional_sentences("This will cure you.")
    assert not promotional_sentences("They are not a cure.")
    assert not promotional_sentences("Kratom is not a safe alternative to opioids.")
    assert not promotional_sentences("Accurate and secure records.")
    assert promotional_sentences("It is no trouble. Results are guaranteed.")  # negation in another sentence


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_no_card_makes_promotional_claims(path):
    card = load_card(path)
    found = promotional_sentences(_text_without_sources(card))
    assert not found, f"{path.name}: {found}"


@pytest.mark.parametrize("card_id", ["kratom", "cryotherapy"])
def test_kratom_and_cryotherapy_cards_state_the_fda_position(card_id):
    path = CARDS_DIR / f"{card_id}.md"
    if not path.exists():
        pytest.fail(f"{path.name} is missing")
    text = load_card(path).markdown
    assert "FDA" in text
    if card_id == "cryotherapy":
        assert re.search(r"not cleared or approved", text)
        assert "cold pack" in text.lower()  # distinguished from cold packs


def test_acupuncture_card_shows_the_guideline_disagreement():
    card = load_card(CARDS_DIR / "acupuncture.md")
    guidelines = card.sections["What the evidence says"]
    for name in ("ACP 2017", "WHO 2023", "NICE NG59"):
        assert name in guidelines
    assert re.search(r"do \*\*not\*\* offer acupuncture", guidelines)


def test_the_red_flags_paragraph_is_the_same_on_every_therapy_card():
    paragraphs = {
        load_card(p).sections["When to get medical help now"] for p in CARD_FILES if load_card(p).kind == "therapy"
    }
    assert len(paragraphs) == 1, "the red-flags paragraph is a fixed text; make every therapy card use the same one"
    (text,) = paragraphs
    lowered = text.lower()
    assert lowered.index("saddle") < lowered.index("weakness")  # cauda equina signs first


# --------------------------------------------------------------------------- review dates

TODAY = date.today()


def test_review_due_dates_follow_the_time_sensitive_flag(tmp_path):
    text = GOOD_CARD.format(id="testcard")
    plain = parse_card(tmp_path / "testcard.md", text)
    urgent = parse_card(tmp_path / "testcard.md", text.replace("time_sensitive: no", "time_sensitive: yes"))
    assert (plain.time_sensitive, urgent.time_sensitive) == (False, True)
    assert plain.review_due == date(2027, 1, 15) and urgent.review_due == date(2026, 7, 15)
    assert not urgent.is_overdue(date(2026, 7, 15)) and urgent.is_overdue(date(2026, 7, 16))
    assert not plain.is_overdue(date(2027, 1, 15)) and plain.is_overdue(date(2027, 1, 16))
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)  # no 31 February
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 1), 12) == date(2027, 12, 1)


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_no_shipped_card_is_past_its_review_date(path):
    card = load_card(path)
    assert not card.is_overdue(TODAY), (
        f"{path.name} was last reviewed {card.reviewed} and was due by {card.review_due} "
        f"({card.review_months} months): re-check it against the fact base and update 'reviewed'"
    )


def test_fast_changing_cards_are_flagged_time_sensitive():
    flagged = {load_card(p).id for p in CARD_FILES if load_card(p).time_sensitive}
    assert flagged == {"kratom", "medication", "injection"}


# --------------------------------------------------------------------------- length and reading level

MAX_BODY_WORDS = 750
MAX_GRADE = 8.0


def plain_body(card: Card) -> str:
    """The card's text without Sources, Markdown marks or link targets; every line is a sentence.

    List items and headings carry no full stop in Markdown; without one a readability formula would
    read a whole list as one very long sentence.
    """
    text = _MD_LINK.sub(r"\1", card.body_text())
    text = re.sub(r"https?://\S+", " ", text)
    sentences = []
    for line in text.split("\n"):
        line = re.sub(r"^\s*(?:#{1,6}\s+|[-*]\s+|\d+\.\s+)", "", line).replace("**", "").strip()
        if not line:
            continue
        sentences.append(line if line[-1] in ".!?:" else line + ".")
    return "\n".join(sentences)


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def body_words(card: Card) -> int:
    return len(re.findall(r"[\w’'][\w’'.,%–-]*", plain_body(card)))


def reading_grade(card: Card) -> float:
    import textstat

    return textstat.flesch_kincaid_grade(plain_body(card))


def test_reading_grade_check_itself():
    import textstat

    assert textstat.flesch_kincaid_grade("The cat sat on the mat. It was warm.") < 3
    hard = (
        "Pharmacological interventions demonstrated inconsistent effectiveness regarding "
        "musculoskeletal symptomatology throughout observational investigations."
    )
    assert textstat.flesch_kincaid_grade(hard) > 12


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_each_card_is_short_and_plain(path):
    card = load_card(path)
    words, grade = body_words(card), reading_grade(card)
    assert words <= MAX_BODY_WORDS, f"{path.name}: {words} words of body text (at most {MAX_BODY_WORDS})"
    assert grade <= MAX_GRADE, f"{path.name}: Flesch-Kincaid grade {grade} (at most {MAX_GRADE})"


# --------------------------------------------------------------------------- sources, scale, words

# Consumer portals, news copies and mirror sites: a card cites the primary source instead.
UNTRACEABLE = re.compile(
    r"webmd|healthwise|blogspot|jesse\.tg|druglib|kratomscience|darrennathanael|examine\.com|"
    r"healthtechinsider|newbeauty|outbreak news|wholefoods|painnewsnetwork|pain news network|"
    r"buzzrx|brainkart|medtalks|guidelinecentral|as reported by|summari[sz]ed by|reproduced",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", CARD_FILES, ids=_card_ids(CARD_FILES))
def test_sources_are_primary_and_traceable(path):
    for number, source in enumerate(load_card(path).sources, start=1):
        assert not UNTRACEABLE.search(source), f"{path.name} source {number} is a copy, not the source: {source}"


def test_reading_your_numbers_explains_every_level_of_the_scale_once():
    card = load_card(CARDS_DIR / "reading-your-numbers.md")
    section = card.sections["How strong the evidence is"]
    for level in EVIDENCE_LEVELS:
        assert len(re.findall(rf"^- \*\*{level}\*\*", section, flags=re.M | re.I)) == 1, level
    others = [p for p in CARD_FILES if p.stem != "reading-your-numbers"]
    for p in others:
        assert "## How strong the evidence is" not in load_card(p).markdown or load_card(p).kind == "therapy"


GLOSSARY_TERMS = [
    "placebo",
    "usual care",
    "certainty",
    "median",
    "SSRI",
    "tricyclic",
    "boxed warning",
    "benzodiazepine",
    "CDC",
    "NICE",
    "sham",
    "ACP",
    "WHO",
    "FDA",
    "NSAID",
    "opioid",
]


def test_the_glossary_explains_the_words_the_cards_use():
    card = load_card(CARDS_DIR / "glossary.md")
    headed = {m.group(1).casefold() for m in re.finditer(r"^- \*\*(.+?)\*\*", card.markdown, flags=re.M)}
    missing = [t for t in GLOSSARY_TERMS if not any(t.casefold() in h for h in headed)]
    assert not missing, f"glossary.md does not explain: {missing}"


# --------------------------------------------------------------------------- the clinical review's must-change items


def _card_text(card_id: str) -> str:
    return re.sub(r"\s+", " ", _text_without_sources(load_card(CARDS_DIR / f"{card_id}.md")))


def test_medication_card_carries_the_paracetamol_liver_warning_and_the_2020_to_2023_updates():
    text = _card_text("medication")
    assert re.search(r"liver", text) and re.search(r"more than the label", text)
    assert re.search(r"other (?:medicines|products)[^.]*(?:paracetamol|acetaminophen)", text)
    assert re.search(r"3 or more (?:alcoholic )?drinks", text)
    assert "NICE NG59 (2016, updated 2020)" in text and "ACP 2017 (not updated since)" in text
    for needed in ("gabapentinoid", "sciatica", "Cochrane", "carisoprodol", "OPAL", "duloxetine"):
        assert needed in text, needed
    assert not re.search(r"reportedly|not checked", text)


def test_kratom_card_states_the_2026_dea_notice_safely_and_the_helpline():
    text = _card_text("kratom")
    assert re.search(r"July 2026", text) and re.search(r"intends? to", text)
    assert re.search(r"whole[- ]leaf", text) and "federalregister.gov" in load_card(CARDS_DIR / "kratom.md").markdown
    assert re.search(r"no safe dose", text, re.IGNORECASE)
    assert "1-800-662-4357" in text
    assert re.search(r"trace", text)


def test_injection_card_covers_scs_nice_ta159_fda_2020_and_facet_injections():
    text = _card_text("injection")
    for needed in ("TA159", "2020", "trial", "facet"):
        assert needed in text, needed


def test_every_therapy_card_cites_the_guidelines_in_the_same_words():
    for path in CARD_FILES:
        card = load_card(path)
        text = card.markdown
        if "NG59" in text:
            assert "NICE NG59 (2016, updated 2020)" in text, path.name
        if re.search(r"\bACP\b", text) and card.kind == "therapy":
            assert "ACP 2017 (not updated since)" in text, path.name

"""The reference cards: the contract (one card per built-in therapy), their completeness, the strict
loader, search, and content guards (no drug doses on the kratom/medication cards, no promotion)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from backjournal.cards import Card, CardError, CardLibrary, UnknownCardError, default_cards_dir, load_card
from backjournal.cards.loader import EVIDENCE_SUBSECTIONS, GENERAL_CARD_IDS, THERAPY_SECTIONS
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

Weak; the word zanzibarite is here for search.

## Risks, and who should ask a clinician first

Burns.

## Practical notes for your journal

Log minutes.

## Questions for your physician

- Is it safe?

## When to get medical help now

Emergency signs: [When to get medical help now](card:red-flags).

## Sources

1. French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.
2. Qaseem A, et al. Noninvasive treatments for low back pain. Ann Intern Med. 2017. https://www.acpjournals.org/doi/10.7326/M16-2367
"""

RED_FLAGS = """---
id: red-flags
title: When to get medical help now
kind: general
reviewed: 2026-01-15
summary: Signs that need help now.
---

## Go now

Numbness in the saddle area.

## Sources

1. Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines. Eur Spine J. 2016.
2. NHS Gloucestershire red flags for spinal conditions. https://g-care.glos.nhs.uk/pathway/71/resource/3
"""


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
    assert card.card_links() == ["red-flags"]


def test_loader_rejects_a_missing_section(tmp_path):
    text = GOOD_CARD.format(id="testcard").replace("## Questions for your physician\n\n- Is it safe?\n\n", "")
    _rejects(tmp_path, text, "missing section", "Questions for your physician")


def test_loader_rejects_a_missing_subsection(tmp_path):
    text = GOOD_CARD.format(id="testcard").replace("### Chronic low back pain\n\nNo evidence.\n\n", "")
    _rejects(tmp_path, text, "Chronic low back pain")


def test_loader_rejects_sections_out_of_order(tmp_path):
    good = GOOD_CARD.format(id="testcard")
    a = "## How strong the evidence is\n\nWeak; the word zanzibarite is here for search.\n\n"
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
    ids=["relative", "javascript", "bad-card-id", "bare-ftp", "no-host", "html", "image", "empty-link-text", "empty-subsection", "no-red-flags-link"],
)
def test_loader_rejects_bad_links_and_markup(tmp_path, old, new, fragment):
    text = GOOD_CARD.format(id="testcard")
    assert old in text
    _rejects(tmp_path, text.replace(old, new), fragment)


def test_loader_rejects_too_few_cited_sources(tmp_path):
    text = GOOD_CARD.format(id="testcard")
    text = re.sub(r"2\. Qaseem.*\n", "2. A leaflet from somewhere.\n", text)
    _rejects(tmp_path, text, "at least 2 sources")


def test_loader_rejects_non_utf8(tmp_path):
    path = tmp_path / "testcard.md"
    path.write_bytes(GOOD_CARD.format(id="testcard").replace("Burns.", "Br\u00fblure.").encode("latin-1"))
    with pytest.raises(CardError, match="not UTF-8") as info:
        load_card(path)
    assert str(path) in str(info.value)


def test_library_rejects_a_link_to_a_missing_card(tmp_path):
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
    _write(tmp_path, "red-flags", RED_FLAGS)
    _write(tmp_path, "testcard", GOOD_CARD.format(id="testcard"))
    library = CardLibrary.load(tmp_path)
    assert [c.id for c in library.all()] == ["red-flags", "testcard"]
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
    assert len(library.search("   ")) == 2


def test_library_without_red_flags_card_says_so(tmp_path):
    # a general card has free sections, so a library of one general card is valid, but has no red flags
    _write(tmp_path, "reading-your-numbers", RED_FLAGS.replace("id: red-flags", "id: reading-your-numbers"))
    library = CardLibrary.load(tmp_path)
    with pytest.raises(CardError, match="red-flags"):
        library.red_flags


def test_search_finds_a_packaged_card_by_a_word_in_its_body():
    library = CardLibrary.load()
    hits = [c.id for c in library.search("toothpick")]
    assert hits == ["acupuncture"]
    assert "cryotherapy" in [c.id for c in library.search("Nitrogen")]
    # title hits rank first
    assert library.search("massage")[0].id == "massage"


# --------------------------------------------------------------------------- content guards

_NUMBER = r"(?:\d+(?:[.,]\d+)*(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)*)?|one|two|three|four|five|six|seven|eight|nine|ten|half)"
_UNIT = (
    r"(?:mg|milligrams?|g|gm|grams?|mcg|µg|μg|micrograms?|ml|millilit(?:er|re)s?|teaspoons?|tsp|"
    r"tablespoons?|tbsp|tablets?|pills?|capsules?)"
)
DOSE_RE = re.compile(rf"(?<![\w.]){_NUMBER}\s*{_UNIT}(?:\s*/\s*(?:day|d|kg))?(?![\w])", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    ["4,000 mg a day", "2 g", "1.5 grams", "20mg/day", "two grams of powder", "250–350 mg", "5 mL", "3 tablets",
     "250 to 350 mg", "10\u00a0mg", "0.5 MG", "one teaspoon"],
)
def test_dose_pattern_catches_doses(text):
    assert DOSE_RE.search(text), text


@pytest.mark.parametrize(
    "text",
    ["20 % vs 10 %", "7-OH", "199 ill in 41 states", "2 gummies", "the lowest dose that works", "8 weeks",
     "Schedule IV", "12 healthy adults", "5 grades"],
)
def test_dose_pattern_ignores_other_numbers(text):
    assert not DOSE_RE.search(text), text


def _text_without_sources(card: Card) -> str:
    return "\n".join(
        [card.title, card.summary] + [text for title, text in card.sections.items() if title != "Sources"]
    )


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
        load_card(p).sections["When to get medical help now"]
        for p in CARD_FILES
        if load_card(p).kind == "therapy"
    }
    assert len(paragraphs) == 1, "the red-flags paragraph is a fixed text; make every therapy card use the same one"
    (text,) = paragraphs
    lowered = text.lower()
    assert lowered.index("saddle") < lowered.index("weakness")  # cauda equina signs first

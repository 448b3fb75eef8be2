"""Load and validate the therapy reference cards (resources/cards/*.md). No Qt, no YAML.

A card is a UTF-8 Markdown file with a small front matter header (see docs / notes on the card
format)::

    ---
    id: acupuncture
    title: Acupuncture
    kind: therapy
    therapy: acupuncture
    reviewed: 2026-11-21
    time_sensitive: no
    summary: One plain, balanced sentence.
    ---

    ## What it is
    ...

The parser is strict on purpose: a card that does not follow the format is refused with a
:class:`CardError` whose message names the file and the problem, so a broken card is caught by the
test run rather than shown half-rendered to a person.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from backjournal.domain.errors import BackJournalError
from backjournal.domain.models import BUILTIN_KEYS
from backjournal.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CARD_KINDS",
    "DISCLAIMER",
    "EVIDENCE_LEVELS",
    "EVIDENCE_SUBSECTIONS",
    "GENERAL_CARD_IDS",
    "GLOSSARY_ID",
    "READING_NUMBERS_ID",
    "RED_FLAGS_ID",
    "REVIEW_MONTHS",
    "REVIEW_MONTHS_TIME_SENSITIVE",
    "THERAPY_SECTIONS",
    "Card",
    "CardError",
    "CardLibrary",
    "UnknownCardError",
    "default_cards_dir",
    "load_card",
]


class CardError(BackJournalError):
    """A reference card that does not follow the card format (our bug, caught by the tests)."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnknownCardError(CardError):
    """A card id (or ``card:`` link) that names no card in the library."""

    def __init__(self, card_id: str):
        self.card_id = card_id
        super().__init__(Path(f"{card_id}.md"), f"no reference card with id {card_id!r}")


# --------------------------------------------------------------------------- the format

CARD_KINDS = ("therapy", "general")
RED_FLAGS_ID = "red-flags"
READING_NUMBERS_ID = "reading-your-numbers"
GLOSSARY_ID = "glossary"
GENERAL_CARD_IDS = (RED_FLAGS_ID, READING_NUMBERS_ID, GLOSSARY_ID)

REQUIRED_KEYS = ("id", "title", "kind", "reviewed", "time_sensitive", "summary")
ALLOWED_KEYS = frozenset((*REQUIRED_KEYS, "therapy"))
_YES_NO = {"yes": True, "no": False}

#: The one disclaimer, shown in the same place (the card view's footer) under every card. Cards do
#: not carry their own copies of it.
DISCLAIMER = QT_TRANSLATE_NOOP("Cards", "General information, not medical advice: it does not replace your clinician.")

#: A card is due for review this many months after its ``reviewed`` date; cards whose facts change
#: fast (drug scheduling, labels, device warnings) are marked ``time_sensitive: yes``.
REVIEW_MONTHS = 12
REVIEW_MONTHS_TIME_SENSITIVE = 6

#: The one scale for "How strong the evidence is" (the GRADE words, plus a value for therapies
#: that have never been studied in back pain). "Reading your numbers" explains each once.
EVIDENCE_LEVELS: tuple[str, ...] = ("high", "moderate", "low", "very low", "no studies in back pain")
STRENGTH_SECTION = "How strong the evidence is"

EVIDENCE_SECTION = "What the evidence says"
SOURCES_SECTION = "Sources"
RED_FLAGS_SECTION = "When to get medical help now"

THERAPY_SECTIONS: tuple[str, ...] = (
    "What it is",
    EVIDENCE_SECTION,
    STRENGTH_SECTION,
    "Risks, and who should ask a clinician first",
    "Practical notes for your journal",
    "Questions for your physician",
    RED_FLAGS_SECTION,
    SOURCES_SECTION,
)
EVIDENCE_SUBSECTIONS: tuple[str, ...] = (
    "Acute low back pain",
    "Chronic low back pain",
    "What the guidelines say",
)

MIN_SOURCES = 2

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KEY_LINE_RE = re.compile(r"^([a-z_]+):[ \t]*(.*)$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
# [text](target) and ![alt](target); the target is everything up to the closing parenthesis.
_MD_LINK_RE = re.compile(r"(!?)\[([^\]]*)\]\(([^)]*)\)")
_AUTOLINK_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
_BARE_URL_RE = re.compile(r"(?<![<\w])([a-zA-Z][a-zA-Z0-9+.-]*://[^\s)>\]]+)")
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|<!--")
_SOURCE_ITEM_RE = re.compile(r"^(\d+)\.\s+(.*)$")
_YEAR_RE = re.compile(r"\b(19|20)\d{2}\b")
_CARD_LINK_RE = re.compile(r"^card:([a-z0-9][a-z0-9_-]*)$")
_DOI_RE = re.compile(r"\bdoi:\s*10\.\d{4,9}/\S+", re.IGNORECASE)
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
# "<grade> certainty", "<grade>-quality evidence": a grading word outside the one scale is refused.
_GRADE_PHRASE_RE = re.compile(
    r"\b((?:very[ -])?(?:high|moderate|low|weak|strong|good|poor|limited|insufficient|medium|fair|"
    r"modest))[ -](?:certainty|quality)\b",
    re.IGNORECASE,
)
# Sentences that would be the card's own disclaimer: the footer shows the one disclaimer instead.
_OWN_DISCLAIMER_RE = re.compile(r"does not replace (?:advice|your|a clinician)|not medical advice", re.IGNORECASE)


@dataclass(frozen=True)
class Card:
    """One reference card, parsed and validated."""

    id: str
    title: str
    kind: str
    therapy: str | None
    reviewed: date
    #: Facts that change fast (drug scheduling, labels, device warnings): reviewed every 6 months.
    time_sensitive: bool
    summary: str
    #: The Markdown body without the front matter (what a viewer renders).
    markdown: str
    #: ``##`` heading -> that section's Markdown (``###`` subsections stay inside their section).
    sections: dict[str, str] = field(compare=False)
    #: The items of the Sources list, as written (one string per numbered item).
    sources: list[str] = field(compare=False)
    path: Path = field(compare=False)

    @property
    def review_months(self) -> int:
        return REVIEW_MONTHS_TIME_SENSITIVE if self.time_sensitive else REVIEW_MONTHS

    @property
    def review_due(self) -> date:
        """The day from which the card counts as out of date (``reviewed`` + 6 or 12 months)."""
        return add_months(self.reviewed, self.review_months)

    def is_overdue(self, today: date) -> bool:
        """True when the card's review is more than 6 (time-sensitive) or 12 months old."""
        return today > self.review_due

    def body_text(self) -> str:
        """The Markdown of every section except the sources (what the word limit counts)."""
        return "\n\n".join(text for title, text in self.sections.items() if title != SOURCES_SECTION)

    def links(self) -> list[str]:
        """Every link target in the body (Markdown links, autolinks and bare URLs)."""
        return _link_targets(self.markdown)

    def card_links(self) -> list[str]:
        """Ids of the other cards this card links to (``card:<id>``)."""
        out = []
        for target in self.links():
            m = _CARD_LINK_RE.match(target)
            if m:
                out.append(m.group(1))
        return out


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- parsing


def _split_front_matter(path: Path, text: str) -> tuple[list[str], str]:
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        raise CardError(path, "the card must start with a '---' line (front matter header)")
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") == "---":
            header = [ln.rstrip("\r") for ln in lines[1:i]]
            body = "\n".join(ln.rstrip("\r") for ln in lines[i + 1 :])
            return header, body
    raise CardError(path, "the front matter header is not closed by a '---' line")


def _parse_header(path: Path, header_lines: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for number, line in enumerate(header_lines, start=2):
        if not line.strip():
            continue
        m = _KEY_LINE_RE.match(line)
        if not m:
            raise CardError(path, f"header line {number} is not 'key: value': {line!r}")
        key, value = m.group(1), m.group(2).strip()
        if key not in ALLOWED_KEYS:
            raise CardError(
                path, f"header line {number}: unknown key {key!r} (allowed: {', '.join(sorted(ALLOWED_KEYS))})"
            )
        if key in meta:
            raise CardError(path, f"header line {number}: key {key!r} appears twice")
        if not value:
            raise CardError(path, f"header line {number}: key {key!r} has no value")
        meta[key] = value
    missing = [k for k in REQUIRED_KEYS if k not in meta]
    if missing:
        raise CardError(path, f"header is missing required key(s): {', '.join(missing)}")
    return meta


def _parse_reviewed(path: Path, value: str) -> date:
    if not _DATE_RE.match(value):
        raise CardError(path, f"'reviewed' must be a date YYYY-MM-DD, not {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CardError(path, f"'reviewed' is not a real date: {value!r}") from None


def _headings(body: str) -> list[tuple[int, str, int]]:
    """(level, title, line index) of every ``##``/``###`` heading outside code fences."""
    out = []
    in_fence = False
    for index, line in enumerate(body.split("\n")):
        if _FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            out.append((len(m.group(1)), m.group(2).strip(), index))
    return out


def _split_sections(path: Path, body: str) -> dict[str, str]:
    lines = body.split("\n")
    heads = _headings(body)
    for level, title, _ in heads:
        if level == 1:
            raise CardError(path, f"a card has no '#' heading (the title comes from the header): {title!r}")
        if level > 3:
            raise CardError(path, f"headings deeper than '###' are not used on cards: {title!r}")
    tops = [(title, idx) for level, title, idx in heads if level == 2]
    if not tops:
        raise CardError(path, "the card has no '##' sections")
    first = tops[0][1]
    if any(ln.strip() for ln in lines[:first]):
        raise CardError(path, "text before the first '##' section")
    sections: dict[str, str] = {}
    for n, (title, idx) in enumerate(tops):
        end = tops[n + 1][1] if n + 1 < len(tops) else len(lines)
        if title in sections:
            raise CardError(path, f"section '## {title}' appears twice")
        sections[title] = "\n".join(lines[idx + 1 : end]).strip()
    return sections


def _check_sections(path: Path, kind: str, body: str, sections: dict[str, str]) -> None:
    titles = list(sections)
    if kind == "therapy":
        for expected in THERAPY_SECTIONS:
            if expected not in sections:
                raise CardError(path, f"missing section '## {expected}'")
        if titles != list(THERAPY_SECTIONS):
            extra = [t for t in titles if t not in THERAPY_SECTIONS]
            if extra:
                raise CardError(path, f"unexpected section(s) on a therapy card: {', '.join(extra)}")
            raise CardError(path, "sections are out of order; expected: " + " / ".join(THERAPY_SECTIONS))
        subs = [title for level, title, _ in _headings(sections[EVIDENCE_SECTION]) if level == 3]
        for expected in EVIDENCE_SUBSECTIONS:
            if expected not in subs:
                raise CardError(path, f"missing subsection '### {expected}' under '## {EVIDENCE_SECTION}'")
        if subs != list(EVIDENCE_SUBSECTIONS):
            raise CardError(
                path,
                f"subsections under '## {EVIDENCE_SECTION}' must be exactly, in order: "
                + " / ".join(EVIDENCE_SUBSECTIONS),
            )
        for expected in EVIDENCE_SUBSECTIONS:
            if not _subsection_text(sections[EVIDENCE_SECTION], expected).strip():
                raise CardError(path, f"subsection '### {expected}' is empty")
        if f"card:{RED_FLAGS_ID}" not in _link_targets(sections[RED_FLAGS_SECTION]):
            raise CardError(path, f"'## {RED_FLAGS_SECTION}' must link to card:{RED_FLAGS_ID}")
        _check_strength(path, sections[STRENGTH_SECTION])
    else:
        if titles[-1] != SOURCES_SECTION:
            raise CardError(path, f"a general card must end with '## {SOURCES_SECTION}'")
    for title, text in sections.items():
        if not text.strip():
            raise CardError(path, f"section '## {title}' is empty")
    for title, text in sections.items():
        if title == SOURCES_SECTION:
            continue
        own = _OWN_DISCLAIMER_RE.search(text)
        if own:
            raise CardError(
                path,
                f"'## {title}' carries its own disclaimer ({own.group(0)!r}); the card view shows the one disclaimer",
            )
        if kind == "therapy":
            _check_grades(path, f"## {title}", text)


def _check_grades(path: Path, where: str, text: str) -> None:
    """An evidence grade written in the text ("very low certainty") uses a word of the one scale."""
    for m in _GRADE_PHRASE_RE.finditer(text):
        grade = m.group(1).lower().replace("-", " ")
        if grade not in EVIDENCE_LEVELS:
            raise CardError(
                path,
                f"'{where}': evidence grade {m.group(0)!r} is not on the scale ({' / '.join(EVIDENCE_LEVELS)})",
            )


def _check_strength(path: Path, text: str) -> None:
    """'How strong the evidence is': bullets that each start with a level of the one scale."""
    levels = " / ".join(EVIDENCE_LEVELS)
    bullets = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(("- ", "* ")) and not line.startswith((" ", "\t")):
            m = re.match(r"^[-*] \*\*(.+?)\*\*", stripped)
            if not m:
                raise CardError(
                    path, f"'## {STRENGTH_SECTION}': each item starts with a bold level ({levels}): {stripped!r}"
                )
            level = m.group(1).strip().rstrip(":").lower()
            if level not in EVIDENCE_LEVELS:
                raise CardError(path, f"'## {STRENGTH_SECTION}': {m.group(1)!r} is not a level of the scale ({levels})")
            bullets += 1
        elif _BOLD_RE.search(stripped) and not line.startswith((" ", "\t")):
            raise CardError(
                path, f"'## {STRENGTH_SECTION}': bold text only as the level that starts an item: {stripped!r}"
            )
    if not bullets:
        raise CardError(path, f"'## {STRENGTH_SECTION}' needs at least one item rated on the scale ({levels})")
    targets = _link_targets(text)
    for needed in (READING_NUMBERS_ID, GLOSSARY_ID):
        if f"card:{needed}" not in targets:
            raise CardError(path, f"'## {STRENGTH_SECTION}' must link to card:{needed} (what the words mean)")


def _subsection_text(section: str, title: str) -> str:
    lines = section.split("\n")
    heads = [(t, i) for level, t, i in _headings(section) if level == 3]
    for n, (t, i) in enumerate(heads):
        if t == title:
            end = heads[n + 1][1] if n + 1 < len(heads) else len(lines)
            return "\n".join(lines[i + 1 : end])
    return ""


def _parse_sources(path: Path, text: str) -> list[str]:
    items: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = _SOURCE_ITEM_RE.match(line.strip())
        if m and not line.startswith((" ", "\t")):
            items.append(m.group(2).strip())
        elif items and line.startswith((" ", "\t")):
            items[-1] = items[-1] + " " + line.strip()
        else:
            raise CardError(path, f"'## {SOURCES_SECTION}' must be a numbered list; stray line: {line.strip()!r}")
    if len(items) < MIN_SOURCES:
        raise CardError(path, f"at least {MIN_SOURCES} sources are needed, found {len(items)}")
    for number, item in enumerate(items, start=1):
        has_link = any(_is_web_url(t) for t in _link_targets(item)) or bool(_DOI_RE.search(item))
        words = len(re.findall(r"[A-Za-z]{2,}", _MD_LINK_RE.sub(r"\2", item)))
        if words < 6:
            raise CardError(
                path, f"source {number} is too short to trace (title, publisher, year, link or DOI): {item!r}"
            )
        if not _YEAR_RE.search(item):
            raise CardError(path, f"source {number} has no year: {item!r}")
        if not has_link:
            raise CardError(path, f"source {number} has no link or DOI (doi:10.xxxx/...): {item!r}")
    return items


def _link_targets(text: str) -> list[str]:
    targets: list[str] = []
    for m in _MD_LINK_RE.finditer(text):
        targets.append(m.group(3))
    stripped = _MD_LINK_RE.sub(" ", text)
    for m in _AUTOLINK_RE.finditer(stripped):
        targets.append(m.group(1))
    stripped = _AUTOLINK_RE.sub(" ", stripped)
    for m in _BARE_URL_RE.finditer(stripped):
        targets.append(m.group(1).rstrip(".,;:"))
    return targets


def _is_web_url(target: str) -> bool:
    if not target or any(c.isspace() for c in target):
        return False
    try:
        parts = urlsplit(target)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    host = parts.hostname or ""
    return bool(re.match(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", host))


def _check_links(path: Path, body: str) -> None:
    for m in _MD_LINK_RE.finditer(body):
        if m.group(1):
            raise CardError(path, f"cards carry no images: {m.group(0)!r}")
        if not m.group(2).strip():
            raise CardError(path, f"a link has no text: {m.group(0)!r}")
    for target in _link_targets(body):
        if _is_web_url(target) or _CARD_LINK_RE.match(target):
            continue
        raise CardError(path, f"malformed link {target!r} (allowed: http(s)://host/... or card:<id>)")
    stripped = _AUTOLINK_RE.sub(" ", body)
    tag = _HTML_TAG_RE.search(stripped)
    if tag:
        raise CardError(path, f"cards contain no raw HTML: {tag.group(0)!r}")


def parse_card(path: Path | str, text: str) -> Card:
    """Parse and validate one card's text (``path`` is used for its id check and messages)."""
    path = Path(path)
    header, body = _split_front_matter(path, text)
    meta = _parse_header(path, header)

    card_id = meta["id"]
    if not _ID_RE.match(card_id):
        raise CardError(path, f"id {card_id!r} must be lower case letters, digits, '-' or '_'")
    if card_id != path.stem:
        raise CardError(path, f"id {card_id!r} must equal the file name stem {path.stem!r}")
    kind = meta["kind"]
    if kind not in CARD_KINDS:
        raise CardError(path, f"kind {kind!r} is not one of: {', '.join(CARD_KINDS)}")
    therapy = meta.get("therapy")
    if kind == "therapy":
        if therapy is None:
            raise CardError(path, "a therapy card needs a 'therapy:' line naming its built-in therapy key")
        if therapy not in BUILTIN_KEYS:
            raise CardError(
                path, f"therapy {therapy!r} is not a built-in therapy key ({', '.join(sorted(BUILTIN_KEYS))})"
            )
    elif therapy is not None:
        raise CardError(path, "a general card has no 'therapy:' line")
    reviewed = _parse_reviewed(path, meta["reviewed"])
    if meta["time_sensitive"] not in _YES_NO:
        raise CardError(path, f"'time_sensitive' must be yes or no, not {meta['time_sensitive']!r}")

    sections = _split_sections(path, body)
    _check_sections(path, kind, body, sections)
    if kind == "therapy":
        _check_grades(path, "summary", meta["summary"])
    _check_links(path, body)
    _check_links(path, meta["summary"])
    sources = _parse_sources(path, sections[SOURCES_SECTION]) if SOURCES_SECTION in sections else []

    return Card(
        id=card_id,
        title=meta["title"],
        kind=kind,
        therapy=therapy,
        reviewed=reviewed,
        time_sensitive=_YES_NO[meta["time_sensitive"]],
        summary=meta["summary"],
        markdown=body.strip() + "\n",
        sections=sections,
        sources=sources,
        path=path,
    )


def load_card(path: Path | str) -> Card:
    """Read and validate one card file. Raises :class:`CardError` naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CardError(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CardError(path, f"is not UTF-8 text (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse_card(path, text)


# --------------------------------------------------------------------------- where the cards live


def default_cards_dir() -> Path:
    """The packaged cards folder: the repository's resources/cards, installed as package data of
    ``backjournal.resources`` and found with importlib.resources (backjournal/resource_files.py)."""
    from backjournal.resource_files import ResourceMissingError, cards_dir

    try:
        folder = cards_dir()
    except ResourceMissingError as exc:
        raise CardError(Path("resources/cards"), f"the reference cards folder was not found: {exc}") from None
    if not any(folder.glob("*.md")):
        raise CardError(folder, "holds no cards (installation incomplete?)")
    return folder


# --------------------------------------------------------------------------- the library


class CardLibrary:
    """All cards of one folder, validated together (cross-links must point at existing cards)."""

    def __init__(self, cards: list[Card]):
        self._cards: dict[str, Card] = {}
        by_therapy: dict[str, Card] = {}
        for card in cards:
            if card.id in self._cards:
                raise CardError(card.path, f"id {card.id!r} is used by two cards")
            self._cards[card.id] = card
            if card.therapy is not None:
                if card.therapy in by_therapy:
                    other = by_therapy[card.therapy]
                    raise CardError(card.path, f"therapy {card.therapy!r} already has a card: {other.path.name}")
                by_therapy[card.therapy] = card
        self._by_therapy = by_therapy
        for card in cards:
            for target in card.card_links():
                if target not in self._cards:
                    raise CardError(card.path, f"link card:{target} points at no card")

    @classmethod
    def load(cls, directory: Path | str | None = None) -> CardLibrary:
        folder = Path(directory) if directory is not None else default_cards_dir()
        if not folder.is_dir():
            raise CardError(folder, "is not a folder of cards")
        return cls([load_card(p) for p in sorted(folder.glob("*.md"))])

    def all(self) -> list[Card]:
        """General cards first (red flags on top), then therapy cards by title."""

        def order(card: Card) -> tuple:
            general_rank = GENERAL_CARD_IDS.index(card.id) if card.id in GENERAL_CARD_IDS else len(GENERAL_CARD_IDS)
            return (card.kind != "general", general_rank, card.title.casefold())

        return sorted(self._cards.values(), key=order)

    def ids(self) -> list[str]:
        return [c.id for c in self.all()]

    def __len__(self) -> int:
        return len(self._cards)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._cards

    def get(self, card_id: str) -> Card:
        try:
            return self._cards[card_id]
        except KeyError:
            raise UnknownCardError(card_id) from None

    def for_therapy(self, key: str) -> Card | None:
        """The card of a built-in therapy; None for a therapy without a card (user-defined)."""
        return self._by_therapy.get(key)

    def search(self, text: str) -> list[Card]:
        """Cards where every word of ``text`` starts a word in the title, summary or body.

        Case-insensitive. Cards matching in the title come first, then in the summary, then
        the rest, each group in :meth:`all` order. An empty query returns every card.
        """
        words = re.findall(r"\w+", text.casefold())
        if not words:
            return self.all()
        patterns = [re.compile(r"\b" + re.escape(w)) for w in words]
        hits: list[tuple[int, int, Card]] = []
        for position, card in enumerate(self.all()):
            title = card.title.casefold()
            summary = card.summary.casefold()
            everything = "\n".join((title, summary, card.markdown.casefold()))
            if all(p.search(everything) for p in patterns):
                if all(p.search(title) for p in patterns):
                    rank = 0
                elif all(p.search(title + "\n" + summary) for p in patterns):
                    rank = 1
                else:
                    rank = 2
                hits.append((rank, position, card))
        return [card for _, _, card in sorted(hits, key=lambda h: (h[0], h[1]))]

    @property
    def red_flags(self) -> Card:
        """The "When to get medical help now" card."""
        card = self._cards.get(RED_FLAGS_ID)
        if card is None:
            raise CardError(Path(f"{RED_FLAGS_ID}.md"), "the red-flags card is missing from the library")
        return card

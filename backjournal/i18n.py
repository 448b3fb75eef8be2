"""Translation without Qt: the same catalogues the window uses, for the parts that must not import Qt.

The window translates through Qt (``self.tr``, ``QCoreApplication.translate`` and a ``QTranslator``
that app.py installs). The command line, the charts and the report import no Qt, so they call
``translate(context, text)`` from here, which reads the SAME compiled catalogue
(``resources/translations/backjournal_<lang>.qm``, made from the ``.ts`` source by pyside6-lrelease
at build time). ``pyside6-lupdate`` recognises a call named ``translate(context, text)`` (and
``QT_TRANSLATE_NOOP``) exactly like ``QCoreApplication.translate``, so ONE lupdate run over the whole
package extracts every string into one ``.ts`` per language (see docs/translations.md).

Placeholders are Python's ``{name}``, filled with ``str.format`` after translating; ``%n`` is the
count of a plural message (``translate(ctx, "%n days", n=3)``), replaced as Qt does.

The language is process-wide, like Qt's installed translators: the composition roots (app.py for the
window, the command line's ``run``, the report's child process) call ``use_language`` once, before any
text is made; everything else only calls ``translate``. Machine-readable output (CSV, JSON, FHIR,
``--format json``, error codes) never goes through here and stays English.

The .qm format (Qt's qtranslator.cpp): a 16-byte magic, then sections ``tag (1 byte), length
(4 bytes, big-endian), data``. The messages section holds records of tagged fields: source text and
context (UTF-8), disambiguation comment (UTF-8), one or more translations (UTF-16BE; several for a
plural message, chosen by the numerus rules section's byte code).
"""

from __future__ import annotations

import logging
import numbers
import os
import string
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
SOURCE_LANGUAGE = "en"
#: Languages with a catalogue, by code, in their own words (Preferences lists them; English is the source).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
#: Overrides the system language and the Preferences choice (tests, or a one-off run in another language).
LANGUAGE_ENV = "BACKJOURNAL_LANGUAGE"

# Section and field tags of the .qm format.
_TAG_MESSAGES, _TAG_NUMERUS_RULES = 0x69, 0x88
_END, _SOURCE_TEXT16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE_TEXT, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
# Numerus rule byte code.
_Q_EQ, _Q_LT, _Q_LEQ, _Q_BETWEEN, _Q_OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_Q_NOT, _Q_MOD_10, _Q_MOD_100, _Q_LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_Q_AND, _Q_OR, _Q_NEWRULE = 0xFD, 0xFE, 0xFF


class Text(str):
    """A translated text. ``str.format`` on it writes numbers formatted with a decimal spec (``{x:.1f}``)
    with the language's decimal separator ("3,5" in German), so a translated sentence and its numbers
    agree; everything else formats as ``str.format`` does."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return _FORMATTER.vformat(str(self), args, kwargs)


class _LocaleFormatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        text = format(value, format_spec)
        if (
            format_spec[-1:] in ("f", "F", "e", "E", "g", "G", "%")
            and isinstance(value, numbers.Real)
            and not isinstance(value, bool)
        ):
            separator = decimal_separator()
            if separator != ".":
                text = text.replace(".", separator)
        return text


_FORMATTER = _LocaleFormatter()


class CatalogueError(ValueError):
    """A .qm file that is not a Qt translation catalogue (damaged or truncated)."""


@dataclass(frozen=True)
class Catalogue:
    """One language's translations: (context, source, disambiguation) -> translation forms."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)
    numerus_rules: bytes = b""

    @classmethod
    def from_qm(cls, data: bytes, language: str) -> Catalogue:
        if not data.startswith(QM_MAGIC):
            raise CatalogueError("not a Qt translation file (.qm): wrong magic number")
        messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
        rules = b""
        pos = len(QM_MAGIC)
        while pos < len(data):
            if pos + 5 > len(data):
                raise CatalogueError("truncated section header")
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            body = data[pos + 5 : pos + 5 + length]
            if len(body) != length:
                raise CatalogueError("truncated section")
            if tag == _TAG_MESSAGES:
                messages = _read_messages(body)
            elif tag == _TAG_NUMERUS_RULES:
                rules = bytes(body)
            pos += 5 + length
        return cls(language=language, messages=messages, numerus_rules=rules)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Text:
        """As ``QCoreApplication.translate``: the translation, or ``text`` when there is none."""
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.messages.get((context, text, ""))
        chosen = text
        if forms:
            index = numerus_index(n, self.numerus_rules) if n >= 0 and len(forms) > 1 else 0
            chosen = forms[min(index, len(forms) - 1)] or text
        if n >= 0:
            chosen = chosen.replace("%n", str(n))
        return Text(chosen)


def _read_messages(body: bytes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    pos = 0
    source = context = comment = ""
    forms: list[str] = []
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _END:
            messages[(context, source, comment)] = tuple(forms)
            source = context = comment = ""
            forms = []
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            continue
        if pos + 4 > len(body):
            raise CatalogueError("truncated message")
        (length,) = struct.unpack_from(">I", body, pos)
        pos += 4
        if tag == _TRANSLATION:
            if length == 0xFFFFFFFF:  # a null translation
                forms.append("")
                continue
            forms.append(body[pos : pos + length].decode("utf-16-be"))
        elif tag in (_SOURCE_TEXT, _CONTEXT, _COMMENT):
            value = body[pos : pos + length].decode("utf-8")
            if tag == _SOURCE_TEXT:
                source = value
            elif tag == _CONTEXT:
                context = value
            else:
                comment = value
        elif tag in (_SOURCE_TEXT16, _CONTEXT16):
            pass  # old formats; lrelease has not written them since Qt 4
        else:
            raise CatalogueError(f"unknown field tag {tag:#x} in a message")
        pos += length
    return messages


def numerus_index(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under Qt's numerus rule byte code (qtranslator.cpp numerusHelper)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _Q_MOD_10:
                    left %= 10
                elif opcode & _Q_MOD_100:
                    left %= 100
                elif opcode & _Q_LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op, right = opcode & _Q_OP_MASK, rules[i]
                i += 1
                if op == _Q_EQ:
                    value = left == right
                elif op == _Q_LT:
                    value = left < right
                elif op == _Q_LEQ:
                    value = left <= right
                else:  # _Q_BETWEEN
                    value = right <= left <= rules[i]
                    i += 1
                if opcode & _Q_NOT:
                    value = not value
                and_value = and_value and value
                if i == size or rules[i] != _Q_AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _Q_OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _Q_NEWRULE


ENGLISH = Catalogue()  # the source text as it is (no catalogue found)
# The process's catalogue (see the module's docstring): a Catalogue, a language code whose catalogue is
# read on first use (a command line run that prints nothing translated never reads it), or None: English.
_active: list[Catalogue | str | None] = [None]
_loaded: dict[str, Catalogue] = {}


def translations_dir() -> Path:
    """resources/translations as installed (the package backjournal.resources, as resource_files.py
    reads it; not imported from there: the domain's error messages are translated, and the file
    helpers below the domain must not reach the resource files)."""
    from importlib.resources import files

    return Path(str(files("backjournal.resources").joinpath("translations")))


def qm_path(language: str) -> Path:
    return translations_dir() / f"backjournal_{language}.qm"


def available_languages() -> list[str]:
    """English, then every language whose compiled catalogue is installed."""
    found = [code for code in LANGUAGE_NAMES if code != SOURCE_LANGUAGE and qm_path(code).is_file()]
    return [SOURCE_LANGUAGE, *found]


def load_catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (read once per process); English (the source text) for a missing
    catalogue. English has a catalogue too, of its plural forms only ("1 entry" from "%n entries")."""
    if language in _loaded:
        return _loaded[language]
    try:
        catalogue = Catalogue.from_qm(qm_path(language).read_bytes(), language)
    except (OSError, CatalogueError) as exc:
        if language != SOURCE_LANGUAGE:
            log.warning("no %s translation (%s); showing English", language, exc)
        catalogue = ENGLISH
    _loaded[language] = catalogue
    return catalogue


def use_language(language: str, *, lazily: bool = False) -> Catalogue | None:
    """Make ``language`` the process's language (composition roots only); returns its catalogue, or
    None with ``lazily`` (read when the first text is translated)."""
    if lazily:
        _active[0] = language
        return None
    catalogue = load_catalogue(language)
    _active[0] = catalogue
    return catalogue


def use_catalogue(catalogue: Catalogue | None) -> None:
    """Make ``catalogue`` the process's (None: English, read when first needed)."""
    _active[0] = catalogue


@contextmanager
def in_english() -> Iterator[None]:
    """Text made inside is English, whatever the process's language: sentences that go into files
    and output written for machines (``--format json``'s "text" fields) stay English."""
    before = _active[0]
    _active[0] = load_catalogue(SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _active[0] = before


def active_catalogue() -> Catalogue:
    chosen = _active[0]
    if isinstance(chosen, Catalogue):
        return chosen
    catalogue = _active[0] = load_catalogue(chosen or SOURCE_LANGUAGE)
    return catalogue


def active_language() -> str:
    chosen = _active[0]
    return chosen if isinstance(chosen, str) else active_catalogue().language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Text:
    """``text`` in the process's language (the window's QCoreApplication.translate, without Qt)."""
    return active_catalogue().translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``text`` for lupdate where it is defined (a table of labels); translate it where it is shown."""
    return text


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system asks for, as POSIX programs read it: LANGUAGE (a list), LC_ALL,
    LC_MESSAGES, LANG; the first one naming a language we have. None when none does (or "C")."""
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    if env.get("LANGUAGE") and env.get("LC_ALL", env.get("LC_MESSAGES", env.get("LANG", ""))) not in ("C", "POSIX"):
        candidates.extend(env["LANGUAGE"].split(":"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            candidates.append(env[name])
            break
    for value in candidates:
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
        if code in ("c", "posix"):
            return SOURCE_LANGUAGE
    return None


def choose_language(*, chosen: str | None, environ: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """The language to use: $BACKJOURNAL_LANGUAGE, else the person's choice in Preferences (None:
    follow the system), else the system's (the environment; ``system`` is the window's QLocale
    answer where the environment says nothing), else English."""
    env = os.environ if environ is None else environ
    for value in (env.get(LANGUAGE_ENV), chosen):
        if value and value in LANGUAGE_NAMES:
            return value
    return language_from_environment(env) or (system if system in LANGUAGE_NAMES else None) or SOURCE_LANGUAGE


# ---- numbers and dates for text made without Qt (charts, report, command line) -------------------
# The window formats with QLocale; these read the same catalogue, so a translator sets the decimal
# separator and the date patterns of their language together with the words.

_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)
_MONTHS_SHORT = (  # as on chart axes
    QT_TRANSLATE_NOOP("MonthShort", "Jan"),
    QT_TRANSLATE_NOOP("MonthShort", "Feb"),
    QT_TRANSLATE_NOOP("MonthShort", "Mar"),
    QT_TRANSLATE_NOOP("MonthShort", "Apr"),
    QT_TRANSLATE_NOOP("MonthShort", "May"),
    QT_TRANSLATE_NOOP("MonthShort", "Jun"),
    QT_TRANSLATE_NOOP("MonthShort", "Jul"),
    QT_TRANSLATE_NOOP("MonthShort", "Aug"),
    QT_TRANSLATE_NOOP("MonthShort", "Sep"),
    QT_TRANSLATE_NOOP("MonthShort", "Oct"),
    QT_TRANSLATE_NOOP("MonthShort", "Nov"),
    QT_TRANSLATE_NOOP("MonthShort", "Dec"),
)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)


def weekday_name(weekday: int) -> str:
    """Monday (0) to Sunday (6)."""
    return translate("Weekday", _WEEKDAYS[weekday])


def decimal_separator() -> str:
    return translate("Locale", ".", "decimal separator")


def number(value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` places and the language's decimal separator ("3.5" / "3,5")."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", decimal_separator()) if decimals > 0 else text


def grouped(value: int) -> str:
    """A whole number with thousands grouped as the language writes them ("10,000" / "10.000")."""
    text = f"{value:,}"
    return text.replace(",", ".") if decimal_separator() == "," else text


def localise_number_text(text: str) -> str:
    """A number already formatted with "." (e.g. "3.5" or "−1.2 points") with the language's separator."""
    sep = decimal_separator()
    if sep == ".":
        return text
    out = []
    for i, ch in enumerate(text):
        if ch == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            out.append(sep)
        else:
            out.append(ch)
    return "".join(out)


def month_name(month: int) -> str:
    return translate("Month", _MONTHS[month - 1])


def month_short(month: int) -> str:
    return translate("MonthShort", _MONTHS_SHORT[month - 1])


def day_month(day: date) -> str:
    """ "15 Sep" / "15. Sep." (chart axes)."""
    return translate("Locale", "{day} {month}", "day and abbreviated month").format(
        day=day.day, month=month_short(day.month)
    )


def month_year(day: date) -> str:
    """ "Sep 2026" (chart axes)."""
    return translate("Locale", "{month} {year}", "abbreviated month and year").format(
        month=month_short(day.month), year=day.year
    )


def long_date(day: date) -> str:
    """ "15 September 2026" / "15. September 2026" (the report's text)."""
    return translate("Locale", "{day} {month} {year}", "day, month name and year").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def short_date(day: date) -> str:
    """ "2026-09-15" in English (the report's tables), "15.09.2026" in German."""
    return translate("Locale", "{year}-{month:02d}-{day:02d}", "numeric date").format(
        day=day.day, month=day.month, year=day.year
    )

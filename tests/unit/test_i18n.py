"""Translations without Qt (backjournal/i18n.py) and the catalogues themselves: the .qm reader agrees
with the .ts sources, every translation keeps its source's placeholders, German has no untranslated
string, the catalogues are current with the code (one lupdate run finds nothing new), and numbers
and dates take the language's form."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from backjournal import i18n
from backjournal.language_choice import LanguageChoice

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as tools  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"


@pytest.fixture
def german():
    i18n.use_language("de")
    yield
    i18n.use_catalogue(None)


def messages(lang: str) -> list:
    return tools.read_ts(TS_DIR / f"backjournal_{lang}.ts")


def test_the_compiled_catalogue_is_current_with_its_source():
    for ts in TS_DIR.glob("*.ts"):
        lang = ts.stem.removeprefix("backjournal_")
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm.name} is not compiled: run ./dev setup (or ./dev translations compile)"
        compiled = {(c, s) for c, s, _ in i18n.Catalogue.from_qm(qm.read_bytes(), lang).messages}
        assert compiled == {(m.context, m.source) for m in messages(lang)}, (
            f"{qm.name} is not compiled from the current {ts.name}: ./dev translations compile"
        )


def test_the_qm_reader_gives_every_translation_of_the_ts_source():
    catalogue = i18n.load_catalogue("de")
    checked = 0
    for m in messages("de"):
        if m.numerus:
            assert catalogue.translate(m.context, m.source, m.comment or None, 1) == m.translations[0].replace(
                "%n", "1"
            )
            assert catalogue.translate(m.context, m.source, m.comment or None, 5) == m.translations[1].replace(
                "%n", "5"
            )
        else:
            assert catalogue.translate(m.context, m.source, m.comment or None) == m.translations[0]
        checked += 1
    assert checked > 900


def test_every_translation_keeps_the_placeholders_of_its_source():
    for lang in ("de", "en"):
        assert tools.placeholder_problems(messages(lang)) == []


def test_the_placeholder_check_finds_a_lost_or_renamed_placeholder():
    bad = [
        tools.Message("C", "Saved {name} at {time}", "", ("Gespeichert {name}",), False, False),
        tools.Message("C", "%n days", "", ("%n Tag", "{n} Tage"), False, True),
    ]
    problems = tools.placeholder_problems(bad)
    assert len(problems) == 2 and "{time}" in problems[0] and "{n}" in problems[1]


def test_german_has_no_untranslated_string():
    missing = tools.untranslated(messages("de"))
    assert missing == [], [f"{m.context}: {m.source}" for m in missing[:20]]


def test_the_untranslated_check_lists_what_is_missing(tmp_path):
    ts = tmp_path / "backjournal_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        "<context><name>MainWindow</name><message><source>&amp;File</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>&amp;Edit</source><translation>E&amp;dit-xx</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    missing = tools.untranslated(tools.read_ts(ts))
    assert [(m.context, m.source) for m in missing] == [("MainWindow", "&File")]


def test_one_lupdate_run_finds_no_string_missing_from_the_catalogues(tmp_path):
    """The .ts files are current: lupdate over the whole package (window, command line, charts, report)
    adds nothing. After changing a string: ./dev translations update, translate, commit the .ts."""
    fresh = tmp_path / "backjournal_de.ts"
    fresh.write_bytes((TS_DIR / "backjournal_de.ts").read_bytes())
    subprocess.run(
        [tools.qt_tool("lupdate"), "-locations", "none", "-no-obsolete", *tools.sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    new = {(m.context, m.source) for m in tools.read_ts(fresh)} - {(m.context, m.source) for m in messages("de")}
    assert new == set(), f"not in backjournal_de.ts yet: {sorted(new)[:10]}"


def test_an_update_keeps_every_plural_message_with_its_forms(tmp_path):
    """pyside6-lupdate does not see the count of a Python translate(ctx, "%n days", None, n) call: a
    plain run wrote the German plurals as one-form unfinished messages and dropped English's. The
    update step puts them back (tools/translations.py restore_plurals)."""
    for lang in ("de", "en"):
        fresh = tmp_path / f"backjournal_{lang}.ts"
        fresh.write_bytes((TS_DIR / f"backjournal_{lang}.ts").read_bytes())
        before = {(m.context, m.source, m.comment): m for m in tools.read_ts(fresh) if m.numerus}
        assert len(before) >= 10, lang
        kept = tools.plural_messages(fresh)
        pluralonly = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                tools.qt_tool("lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                *pluralonly,
                *tools.sources(),
                "-ts",
                str(fresh),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        tools.restore_plurals(fresh, kept)
        after = {(m.context, m.source, m.comment): m for m in tools.read_ts(fresh) if m.numerus}
        assert after == before, lang


def test_no_formatted_string_is_handed_to_translate():
    """translate(f"...{x}") would look up the filled-in text (never found); placeholders are filled after."""
    offenders = []
    for path in (ROOT / "backjournal").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None))
                in ("translate", "QT_TRANSLATE_NOOP", "tr")
                and any(isinstance(a, ast.JoinedStr) for a in node.args)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_translate_without_a_catalogue_gives_the_source_and_counts():
    assert i18n.ENGLISH.translate("MainWindow", "&File") == "&File"
    assert i18n.ENGLISH.translate("X", "%n days", None, 3) == "3 days"


def test_english_plural_forms_and_german_words(german):
    assert (
        i18n.translate("JournalView", "Moved %n records to the trash. Undo with Ctrl+Z.", None, 1)
        == "1 Datensatz in den Papierkorb verschoben. Rückgängig mit Strg+Z."
    )
    assert i18n.translate("JournalView", "Moved %n records to the trash. Undo with Ctrl+Z.", None, 2).startswith(
        "2 Datensätze"
    )
    i18n.use_language("en")
    assert (
        i18n.translate("JournalView", "Moved %n records to the trash. Undo with Ctrl+Z.", None, 1)
        == "Moved 1 record to the trash. Undo with Ctrl+Z."
    )


def test_numerus_rules_byte_code():
    # German/English: "n == 1" -> form 0, else form 1; Polish-like: 1 | 2-4 (not 12-14) | other
    assert [i18n.numerus_index(n, bytes([0x01, 1])) for n in (0, 1, 2, 11)] == [1, 0, 1, 1]
    polish = bytes(
        [0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]
    )  # EQ 1 ; MOD_10 BETWEEN 2..4 AND NOT MOD_100 BETWEEN 12..14
    assert [i18n.numerus_index(n, polish) for n in (1, 2, 4, 5, 12, 22, 25)] == [0, 1, 1, 2, 2, 1, 2]


def test_a_damaged_catalogue_is_refused():
    with pytest.raises(i18n.CatalogueError):
        i18n.Catalogue.from_qm(b"not a catalogue", "de")
    with pytest.raises(i18n.CatalogueError):
        i18n.Catalogue.from_qm(i18n.QM_MAGIC + b"\x69\x00\x00\x00\x10abc", "de")


def test_numbers_and_dates_take_the_language_form(german):
    assert i18n.number(3.5) == "3,5"
    assert i18n.translate("X", "mean {mean:.1f} of {n}").format(mean=3.45, n=12) == "mean 3,5 of 12"
    assert i18n.day_month(date(2026, 9, 15)) == "15. Sept."
    assert i18n.long_date(date(2026, 3, 1)) == "1. März 2026"
    assert i18n.weekday_name(0) == "Montag"
    i18n.use_language("en")
    assert i18n.number(3.5) == "3.5"
    assert i18n.day_month(date(2026, 9, 15)) == "15 Sep"


def test_the_language_follows_the_override_then_the_choice_then_the_system():
    env = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose_language(chosen=None, environ=env) == "de"
    assert i18n.choose_language(chosen="en", environ=env) == "en"
    assert i18n.choose_language(chosen="en", environ={**env, i18n.LANGUAGE_ENV: "de"}) == "de"
    assert i18n.choose_language(chosen=None, environ={"LANG": "C.UTF-8"}) == "en"
    assert i18n.choose_language(chosen=None, environ={"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}) == "de"
    assert i18n.choose_language(chosen=None, environ={"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}) == "de"
    assert i18n.choose_language(chosen=None, environ={}, system="de") == "de"
    assert i18n.choose_language(chosen=None, environ={"LANG": "fr_FR.UTF-8"}) == "en"


def test_the_language_choice_is_kept_per_computer(tmp_path):
    choice = LanguageChoice(folder=tmp_path)
    assert choice.chosen() is None
    choice.choose("de")
    assert LanguageChoice(folder=tmp_path).chosen() == "de"
    assert (tmp_path / "language.json").stat().st_mode & 0o077 == 0
    choice.choose("system")
    assert choice.chosen() is None
    from backjournal.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="system, en, de"):
        choice.choose("xx")
    (tmp_path / "language.json").write_text("{broken", encoding="utf-8")
    assert choice.chosen() is None

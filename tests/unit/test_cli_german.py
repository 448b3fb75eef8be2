"""The command line in German down to each command's own --help and argparse's own words (usage, headings,
-h line, the messages of a refused command line), with the English left as it is."""

from __future__ import annotations

import argparse
import ast
import gettext
from collections.abc import Iterator
from pathlib import Path

import pytest

from backjournal import cli, i18n

#: Messages argparse raises only for a wrong parser definition (our bug, never the person's input): not
#: translated, so not in cli.ARGPARSE_MESSAGES.
DEFINITION_ERRORS = {
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
}
#: Help texts that read the same in both languages (none yet; a unit or an option name alone would go here).
SAME_IN_GERMAN: set[str] = set()
ARGPARSE_ENGLISH = ("usage:", "positional arguments:", "options:", "show this help message and exit")


@pytest.fixture
def german() -> Iterator[None]:
    i18n.use_language("de")
    yield
    i18n.use_catalogue(None)


def argparse_message_ids() -> set[str]:
    """Every gettext message id in the running Python's argparse module."""
    found = set()
    for node in ast.walk(ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def test_every_argparse_message_a_person_can_meet_is_marked_for_translation():
    ids = argparse_message_ids()
    assert len(ids) > 30  # the parse found argparse's messages
    assert ids - DEFINITION_ERRORS - set(cli.ARGPARSE_MESSAGES) == set()


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def help_texts(parser: argparse.ArgumentParser) -> dict[tuple[str, str], str]:
    """(the parser's prog, what) -> text: description, epilog, each argument's help and each subcommand's line."""
    texts = {}
    for p in parsers(parser):
        for what in ("description", "epilog"):
            if getattr(p, what):
                texts[(p.prog, what)] = getattr(p, what)
        for action in p._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts[(p.prog, "/".join(action.option_strings) or action.dest)] = action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    texts[(p.prog, f"command {choice.dest}")] = choice.help or ""
    return texts


def test_every_help_text_of_every_command_is_german(german):
    i18n.use_language("en")
    english = help_texts(cli.build_parser(full=True))
    i18n.use_language("de")
    deutsch = help_texts(cli.build_parser(full=True))
    assert deutsch.keys() == english.keys()
    assert len(english) > 130
    same = {key: text for key, text in english.items() if deutsch[key] == text and text not in SAME_IN_GERMAN}
    assert same == {}


def test_every_commands_help_page_has_argparse_words_in_german(german):
    with cli.argparse_words():
        parser = cli.build_parser(full=True)
        pages = {p.prog: p.format_help() for p in parsers(parser)}
    assert len(pages) > 40
    for prog, page in pages.items():
        assert page.startswith(f"Aufruf: {prog}"), prog
        assert "Optionen:" in page, prog
        assert not any(word in page for word in ARGPARSE_ENGLISH), (prog, page)
    assert "Argumente:" in pages["backjournal log pain"]


@pytest.mark.parametrize(
    ("argv", "german_message", "english_message"),
    [
        (["list", "--format", "xml"], "Argument --format: ungültige Auswahl: 'xml' (erlaubt:", "invalid choice: 'xml'"),
        (["log"], "diese Argumente fehlen: WHAT", "the following arguments are required: WHAT"),
        (["list", "--from"], "Argument --from: ein Wert erwartet", "expected one argument"),
        (["trash", "--nonsense"], "unbekannte Argumente: --nonsense", "unrecognized arguments: --nonsense"),
        (["empty-trash", "--yes=1"], "überzähliger Wert '1'", "ignored explicit argument '1'"),
    ],
)
def test_a_refused_command_line_is_told_in_the_persons_language(argv, german_message, english_message):
    try:
        i18n.use_language("de")
        with pytest.raises(cli.UsageError) as german:
            cli.parse_args(argv)
        i18n.use_language("en")
        with pytest.raises(cli.UsageError) as english:
            cli.parse_args(argv)
    finally:
        i18n.use_catalogue(None)
    assert german_message in str(german.value) and "(siehe 'backjournal" in str(german.value)
    assert english_message in str(english.value) and english_message not in str(german.value)


def test_argparse_gets_its_own_words_back_after_parsing(german, capsys):
    with pytest.raises(SystemExit):
        cli.parse_args(["log", "pain", "--help"])
    assert "Aufruf: backjournal log pain" in capsys.readouterr().out
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="other").format_help().startswith("usage: other")

"""What the real program imports before it answers: the command line parses and answers --version and
--help without the storage stack (issue 12). Measured with ``python -X importtime``, which lists every
module the process imported."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEAVY = (
    "sqlalchemy",
    "alembic",
    "numpy",
    "matplotlib",
    "fpdf",
    "PySide6",
    "backjournal.storage",
    "backjournal.services",
)


def imported_modules(*args: str, **extra_env: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "backjournal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    names = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return done, names


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["log", "--help"], ["list", "--help"]])
def test_version_and_help_load_no_storage_stack(args):
    done, modules = imported_modules(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "backjournal" in done.stdout.lower() or "usage" in done.stdout
    loaded = sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
    assert loaded == [], loaded


def test_help_lists_every_command_without_importing_them():
    done, modules = imported_modules("--help")
    from backjournal import cli

    for command in cli.COMMANDS:
        assert command in done.stdout
    assert not any(m.startswith("backjournal.cli.") for m in modules)


@pytest.mark.parametrize(
    "language_env",
    [
        {"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", "BACKJOURNAL_LANGUAGE": ""},
        {"BACKJOURNAL_LANGUAGE": "de", "LANG": "C.UTF-8"},
    ],
)
def test_help_speaks_german_without_the_storage_stack(tmp_path, language_env):
    """The top-level --help (argparse's headings, the global options, every command's line) in German, by
    the system's language or BACKJOURNAL_LANGUAGE; still nothing heavy imported. --version stays as it is."""
    env = {"BACKJOURNAL_CONFIG_DIR": str(tmp_path), **language_env}  # no Preferences choice in the way
    done, modules = imported_modules("--help", **env)
    assert done.returncode == 0, done.stderr[-2000:]
    out = " ".join(done.stdout.split())  # argparse wraps lines
    for german in (
        "Aufruf: backjournal",
        "Optionen:",
        "diese Hilfe zeigen und beenden",
        "der Ordner des Tagebuchs",
        "Datensätze in den Papierkorb verschieben",
        "das Tagebuch als CSV, JSON (ganzes Tagebuch) oder FHIR R4 exportieren",
    ):
        assert german in out, (german, done.stdout)
    assert "usage:" not in out and "move records to the trash" not in out
    from backjournal import cli

    for command in cli.COMMANDS:  # command and option names are not translated
        assert command in done.stdout
    assert "--data-dir" in out and "--passphrase-file" in out
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)) == []
    version, _ = imported_modules("--version", **env)
    assert version.stdout.startswith("BackJournal ")


def test_help_stays_english_in_english(tmp_path):
    done, _ = imported_modules("--help", BACKJOURNAL_CONFIG_DIR=str(tmp_path), BACKJOURNAL_LANGUAGE="en")
    out = " ".join(done.stdout.split())
    assert out.startswith("usage: backjournal") and "move records to the trash" in out and "options:" in out


def test_the_command_table_matches_what_the_modules_register():
    """cli.COMMANDS (used for --help without importing) says what the modules really register."""
    from backjournal import cli

    registered = {}
    for name in cli.COMMAND_MODULES:
        parser = cli.OneLineParser(prog="backjournal")
        sub = parser.add_subparsers(dest="command", parser_class=cli.OneLineParser)
        importlib.import_module(name).register(sub)
        for action in sub._choices_actions:
            registered[action.dest] = (name, action.help)
    assert registered == cli.COMMANDS


def test_a_command_after_a_global_option_value_named_like_a_command(tmp_path):
    """``--data-dir log`` is a folder called log, not the log command; the list command runs."""
    from backjournal import cli

    args = cli.parse_args(["--data-dir", str(tmp_path / "log"), "list"])
    assert args.command == "list" and args.handler is not None


def test_the_import_format_choices_are_the_services_formats():
    """cli/exchange_cmds lists --format names without importing services.exchange; they must agree."""
    from backjournal import cli
    from backjournal.services.exchange import IMPORT_FORMATS

    parser = cli.build_parser(["import", "x"])
    import_parser = next(a for a in parser._actions if hasattr(a, "choices") and a.choices and "import" in a.choices)
    fmt = next(a for a in import_parser.choices["import"]._actions if a.dest == "format")
    assert list(fmt.choices) == list(IMPORT_FORMATS)

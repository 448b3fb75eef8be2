"""BackJournal in German, as a person runs it: the command line follows LANG (or the Preferences
choice), the report and charts speak German with German numbers and dates, and what is exported for
machines (JSON) stays English and locale-independent. The same journal works in either language.

The language comes from the environment variables themselves (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
so the tests do not need the de_DE locale installed on the machine."""

from __future__ import annotations

import json

from pypdf import PdfReader

from tests.conftest import run_cli

GERMAN = {"BACKJOURNAL_LANGUAGE": "", "LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
ENGLISH = {"BACKJOURNAL_LANGUAGE": "", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def test_the_command_line_follows_lang_and_the_journal_works_in_both(data_dir):
    done = run_cli("log", "pain", "5", "--at", "2026-03-14T09:30", data_dir=data_dir, env=GERMAN)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Schmerz 5/10 um 2026-03-14T09:30") and "eingetragen" in done.stdout

    bad = run_cli("log", "pain", "11", data_dir=data_dir, env=GERMAN)
    assert bad.returncode == 2
    assert bad.stderr.startswith("Fehler: ") and "erlaubt:" in bad.stderr and len(bad.stderr.splitlines()) == 1

    listed = run_cli("list", "--format", "json", data_dir=data_dir, env=GERMAN)  # for machines: English keys
    records = json.loads(listed.stdout)
    assert [r["score"] for r in records if "score" in r] == [5]
    assert "Schmerz" not in listed.stdout

    english = run_cli("list", "--from", "2026-03-01", "--to", "2026-03-31", data_dir=data_dir, env=ENGLISH)
    assert english.returncode == 0 and " pain " in english.stdout and "Schmerz" not in english.stdout
    german = run_cli("list", "--from", "2026-03-01", "--to", "2026-03-31", data_dir=data_dir, env=GERMAN)
    assert " Schmerz " in german.stdout


def test_the_preferences_choice_wins_over_lang_and_the_override_over_both(data_dir, tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    (config / "language.json").write_text('{"language": "de"}\n', encoding="utf-8")
    env = {**ENGLISH, "BACKJOURNAL_CONFIG_DIR": str(config)}
    assert run_cli("trash", data_dir=data_dir, env=env).stdout.strip() == "Der Papierkorb ist leer."
    env["BACKJOURNAL_LANGUAGE"] = "en"
    assert run_cli("trash", data_dir=data_dir, env=env).stdout.strip() == "The trash is empty."


def test_the_report_is_german_and_the_json_export_is_not(data_dir, tmp_path):
    assert run_cli("demo", "--years", "1", "--seed", "5", data_dir=data_dir, env=GERMAN).returncode == 0
    report = tmp_path / "bericht.pdf"
    done = run_cli("report", "--range", "90d", "-o", str(report), data_dir=data_dir, env=GERMAN, timeout=180)
    assert done.returncode == 0, done.stderr
    pages = [page.extract_text() for page in PdfReader(report).pages]
    first = pages[0]
    assert "Rückenschmerz-Tagebuch: Bericht für die Praxis" in first
    assert "Mittlerer Tagesschmerz" in first and "Seite 1 von" in first
    average = next(line for line in first.splitlines() if line.startswith("Mittlerer Tagesschmerz"))
    assert "," in average and "." not in average.split("Mittlerer Tagesschmerz", 1)[1]  # "4,3 / 10"
    assert "Was rund um Therapiesitzungen geschah" in "\n".join(pages)
    assert "Back pain journal" not in "\n".join(pages)

    exported = tmp_path / "journal.json"
    assert run_cli("export", "json", "-o", str(exported), data_dir=data_dir, env=GERMAN).returncode == 0
    text = exported.read_text(encoding="utf-8")
    data = json.loads(text)
    assert isinstance(data, dict) and "Schmerz" not in text and "Sitzung" not in text


def test_each_commands_help_and_argparse_errors_speak_german(tmp_path):
    """A command's own --help (its options, argparse's headings) and a usage error, all German under
    LANG; the same in English under C. Option names, metavars and choices stay as they are."""
    env = {**GERMAN, "BACKJOURNAL_CONFIG_DIR": str(tmp_path)}
    done = run_cli("import", "--help", env=env)
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert out.startswith("Aufruf: backjournal import") and "Argumente: file die zu importierende Datei" in out
    assert "nur zeigen, was importiert würde" in out and "--dry-run" in out and "--scale {convert,skip}" in out
    assert "only show what would be imported" not in out and "options:" not in out

    bad = run_cli("report", "--paper", "a5", env=env)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1
    assert "Argument --paper: ungültige Auswahl: 'a5' (erlaubt: 'a4', 'letter')" in bad.stderr
    assert "(siehe 'backjournal report --help')" in bad.stderr

    english = run_cli("report", "--paper", "a5", env={**ENGLISH, "BACKJOURNAL_CONFIG_DIR": str(tmp_path)})
    assert english.returncode == 2 and "argument --paper: invalid choice: 'a5'" in english.stderr

"""What a German user reads when BackJournal refuses a value or previews an import: the whole
message is German (the frame, the problem and the allowed values), only what the person types
stays as typed (option names, region keys, dates); in English the same message is English.

The real program as a subprocess, the language from the environment (no locale needed)."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, run_cli

GERMAN = {"BACKJOURNAL_LANGUAGE": "de", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
ENGLISH = {"BACKJOURNAL_LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
#: English words of the validation and import messages that must not appear in the German ones.
ENGLISH_WORDS = ("allowed", "is not", "out of range", "whole number", "a day", "e.g.", "Mapped", "New medications")


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (
            ("log", "pain", "11"),
            "Fehler: score: 11 liegt außerhalb des Bereichs; erlaubt: eine ganze Zahl von 0 (kein Schmerz) bis 10 "
            "(stärkster vorstellbarer Schmerz)",
            "error: score: 11 is out of range; allowed: a whole number from 0 (no pain) to 10 (worst pain imaginable)",
        ),
        (
            ("log", "pain", "5", "--at", "2026-13-01"),
            "Fehler: --at: '2026-13-01' ist kein Datum mit Uhrzeit; erlaubt: ISO 8601, z. B. 2026-03-14T08:30, "
            "2026-03-14T08:30+01:00 oder 2026-03-14",
            "error: --at: '2026-13-01' is not a date and time; allowed: ISO 8601, e.g. 2026-03-14T08:30, "
            "2026-03-14T08:30+01:00 or 2026-03-14",
        ),
        (
            ("log", "pain", "--where", "lower_back=5,leg_left"),
            "Fehler: where: gibt für einige Regionen einen Wert an, für die anderen nicht; erlaubt: ein Wert für "
            "jede Region oder für keine (z. B. lower_back=6,leg_left=4)",
            "error: where: gives a score for some regions but not for the others; allowed: a score for every region "
            "or for none (e.g. lower_back=6,leg_left=4)",
        ),
        (
            ("export", "--from", "2026-05-01", "--to", "2026-04-01", "csv", "-o", "{tmp}/out.csv"),
            "Fehler: --to: liegt vor --from; erlaubt: ein Tag am oder nach --from (2026-05-01)",
            "error: --to: is before --from; allowed: a day on or after --from (2026-05-01)",
        ),
    ],
)
def test_a_refused_value_reads_wholly_in_the_persons_language(data_dir, tmp_path, args, german, english):
    args = tuple(a.replace("{tmp}", str(tmp_path)) for a in args)
    de = run_cli(*args, data_dir=data_dir, env=GERMAN)
    assert de.returncode == 2, de.stderr
    assert de.stderr.strip() == german
    assert not any(word in de.stderr for word in ENGLISH_WORDS), de.stderr
    en = run_cli(*args, data_dir=data_dir, env=ENGLISH)
    assert en.returncode == 2, en.stderr
    assert en.stderr.strip() == english


def test_a_german_import_preview(data_dir):
    """``import --dry-run`` of a Flaredown and a Bearable export: every line of the preview is German
    (counts with their plural forms, mapping lines, skipped rows), names and keys stay as written."""
    done = run_cli("import", str(FIXTURES / "imports" / "flaredown.csv"), "--dry-run", data_dir=data_dir, env=GERMAN)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Datei: flaredown.csv (CSV-Export von Flaredown)"
    assert lines[1] == (
        "Zu importieren: 0 Schmerzeinträge, 7 Therapiesitzungen, 0 PEG-Abfragen; bereits im Tagebuch: 0; "
        "ausgelassen: 0."
    )
    assert "Neue Medikamente: Ibuprofen (nsaid), Gabapentin (other)" in lines
    assert "Zugeordnet: 'Physical therapy' → Physiotherapie [gleicher Name]" in lines
    assert "Zugeordnet: 3 Behandlungszellen als nicht genommen markiert (nichts zu importieren)" in lines
    assert any(line.startswith("Skala: 6 Schmerzbewertungen aus Flaredown auf einer Skala von 0-4") for line in lines)
    assert lines[-1] == "Probelauf: nichts importiert."
    assert not any(word in done.stdout for word in ENGLISH_WORDS), done.stdout

    bearable = run_cli("import", str(FIXTURES / "imports" / "bearable.csv"), "--dry-run", data_dir=data_dir, env=GERMAN)
    assert bearable.returncode == 0, bearable.stderr
    out = bearable.stdout.splitlines()
    assert "Ausgelassen (1):" in out
    assert "  Zeile 9: Symptoms: Fatigue — ein Symptom, das kein Schmerz ist" in out
    assert "Zugeordnet: Tageszeit 'morning' → 09:00 (1 Zeile)" in out  # the singular form
    assert "Zugeordnet: 'Yoga' → Bewegung (Details 'Yoga') [bekannter Name]" in out

    english = run_cli(
        "import", str(FIXTURES / "imports" / "flaredown.csv"), "--dry-run", data_dir=data_dir, env=ENGLISH
    )
    assert "To import: 0 pain entries, 7 therapy sessions, 0 PEG check-ins" in english.stdout
    assert "New medications: Ibuprofen (nsaid), Gabapentin (other)" in english.stdout


def test_a_refused_import_names_its_rows_in_german(data_dir, tmp_path):
    bad = tmp_path / "daylio.csv"
    bad.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n2022-03-01,March 1,Tuesday,25:99,good,yoga,,\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(bad), "--dry-run", data_dir=data_dir, env=GERMAN)
    assert done.returncode == 2
    assert "Zeile 2: time: '25:99' ist keine Uhrzeit; erlaubt: eine Uhrzeit wie 14:30" in done.stderr, done.stderr

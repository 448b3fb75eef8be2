"""The window reads an import file in a child process (ExchangeService.read_apart): the same batch,
the same rejections and the same messages as reading it here, and nothing written meanwhile."""

from __future__ import annotations

import json

import pytest

from backjournal.domain.errors import ImportFileError, ImportRejectedError
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.exchange import json_io
from backjournal.services.exchange import ExchangeService
from tests.conftest import FIXTURES, at, content_hash


@pytest.fixture
def exchange(opened):
    return ExchangeService(unit_of_work=opened.uow, journal=opened.journal)


def test_a_whole_journal_reads_the_same_apart(opened, exchange, tmp_path, monkeypatch):
    monkeypatch.setattr("backjournal.services.exchange.CHUNK", 3)  # several chunks come back
    for i in range(8):
        opened.journal.log(PainEntryDraft(at(i + 1), i % 11, note=f"entry {i}"))
    opened.journal.log(TherapySessionDraft("heat", at(1), minutes=20, pain_before=6, pain_after=4))
    out = tmp_path / "journal.json"
    exchange.export("json", out)
    here, apart = exchange.read(out), exchange.read_apart(out)
    assert apart == here
    assert len(apart.records) == 9
    plan = exchange.prepare(out, apart=True)
    assert plan.already == 9 and not plan.new


def test_invalid_rows_are_rejected_the_same_apart(opened, exchange, tmp_path):
    for i in range(3):
        opened.journal.log(PainEntryDraft(at(i + 1), 5, note=f"entry {i}"))
    good = tmp_path / "good.json"
    exchange.export("json", good)
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["pain_entries"][0]["score"] = 14
    doc["pain_entries"][2]["uid"] = ""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    before = content_hash(opened.path)
    with pytest.raises(ImportRejectedError) as here:
        exchange.read(bad)
    with pytest.raises(ImportRejectedError) as apart:
        exchange.read_apart(bad)
    assert apart.value.problems == here.value.problems and len(apart.value.problems) == 2
    assert str(apart.value) == str(here.value)
    assert content_hash(opened.path) == before


@pytest.mark.parametrize("text", ['{"format": "' + json_io.FORMAT_TAG + '", "version": 1, ', "not an import"])
def test_an_unreadable_file_gives_the_same_message_apart(exchange, tmp_path, text):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as here:
        exchange.read(bad)
    with pytest.raises(ImportFileError) as apart:
        exchange.read_apart(bad)
    assert type(apart.value) is type(here.value) and str(apart.value) == str(here.value)


def test_cancel_stops_the_reading_process(exchange, tmp_path):
    out = tmp_path / "journal.json"
    exchange.export("json", out)

    class StopError(Exception):
        pass

    def check():
        raise StopError

    with pytest.raises(StopError):
        exchange.read_apart(out, check=check)


@pytest.fixture
def german():
    from backjournal import i18n

    i18n.use_language("de")
    yield
    i18n.use_catalogue(None)


def test_the_reading_process_writes_the_windows_language(exchange, german):
    """The child process starts in English ('spawn'); it is given the window's language, so the
    preview's mapping lines, skipped rows and row problems it writes read as the window does."""
    plan = exchange.prepare(FIXTURES / "imports" / "bearable.csv", apart=True)
    lines = plan.preview_lines()
    assert "Zugeordnet: 'Yoga' → Bewegung (Details 'Yoga') [bekannter Name]" in lines
    assert "  Zeile 9: Symptoms: Fatigue — ein Symptom, das kein Schmerz ist" in lines
    assert not any("known name" in line or "a symptom" in line for line in lines)

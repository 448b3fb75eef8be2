"""Lossless round trips (docs/reliability.md items 13, 14): journal -> JSON/CSV -> empty journal -> the same data."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from backjournal.exchange import csv_io, records
from backjournal.services.exchange import ExchangeService
from backjournal.services.opening import open_journal
from tests.storage.exchange_strategies import fill, journals

FULL = os.environ.get("BACKJOURNAL_FULL_SIZE") == "1"
EXAMPLES = 300 if FULL else 15
# No shrinking: each example opens two journals; a failure prints its example anyway.
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


def _snapshot(opened, *, with_notes_and_settings: bool = True) -> dict:
    """Everything the journal holds that an export promises to carry, without local ids."""
    with opened.uow() as uow:
        snap = {
            "pain": sorted((records.pain_fields(e) for e in uow.pain.list()), key=lambda d: d["uid"]),
            "sessions": sorted((records.session_fields(s) for s in uow.sessions.list()), key=lambda d: d["uid"]),
            "peg": sorted((records.peg_fields(p) for p in uow.peg.list()), key=lambda d: d["uid"]),
            "therapies": [records.therapy_to_dict(t) for t in uow.therapies.all()],
        }
        if with_notes_and_settings:
            snap["settings"] = uow.settings.all()
        else:  # CSV carries sessions' therapy types (key, name, category), not notes or unused types
            used = {s["therapy"] for s in snap["sessions"]}
            snap["therapies"] = [{**t, "notes": None} for t in snap["therapies"] if t["builtin"] or t["key"] in used]
    return snap


def _round_trip(journal: dict, fmt: str, parent: Path):
    with tempfile.TemporaryDirectory(dir=parent) as tmp:  # one per example, under pytest's tmp folder
        tmp = Path(tmp)
        src = open_journal(tmp / "a")
        dst = open_journal(tmp / "b")
        try:
            fill(src, journal)
            ExchangeService(unit_of_work=src.uow).export(fmt, tmp / f"out.{fmt}")
            first = (tmp / f"out.{fmt}").read_bytes()
            result = ExchangeService(unit_of_work=dst.uow).import_file(tmp / f"out.{fmt}")
            ExchangeService(unit_of_work=dst.uow).export(fmt, tmp / f"again.{fmt}")
            again = (tmp / f"again.{fmt}").read_bytes()
            full = fmt == "json"
            return (
                _snapshot(src, with_notes_and_settings=full),
                _snapshot(dst, with_notes_and_settings=full),
                first,
                again,
                result,
            )
        finally:
            src.close()
            dst.close()


@SETTINGS
@given(journals)
def test_json_round_trip_is_lossless(tmp_path_factory, journal):
    before, after, first, again, result = _round_trip(journal, "json", tmp_path_factory.getbasetemp())
    assert after == before
    assert result.total == len(journal["pain"]) + len(journal["sessions"]) + len(journal["peg"])
    a, b = json.loads(first), json.loads(again)
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b  # export -> import -> export: identical data


@SETTINGS
@given(journals)
def test_csv_round_trip_is_lossless_for_what_csv_carries(tmp_path_factory, journal):
    before, after, first, again, _ = _round_trip(journal, "csv", tmp_path_factory.getbasetemp())
    assert after == before
    assert first == again  # byte-identical second export


def test_formula_cells_are_neutralised_and_numbers_stay_numbers(opened):
    from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
    from tests.conftest import at

    notes = ["=1+1", "+41 79", "-2", "@SUM(A1)", "\tTAB", "\rCR", "\nLF", "'quoted", "plain"]
    for i, note in enumerate(notes):
        opened.journal.log(PainEntryDraft(at(i), i % 11, note=note))
    opened.journal.log(
        TherapySessionDraft("medication", at(1), minutes=5, pain_before=6, pain_after=4, dose="-1 tablet")
    )
    path = opened.data_dir / "out.csv"
    ExchangeService(unit_of_work=opened.uow).export("csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    note_col, score_col = header.index("note"), header.index("score")
    exported = {r[note_col] for r in rows[1:]}
    for note in notes[:-2]:
        assert "'" + note in exported  # a leading apostrophe inside the quoted cell
    assert "''quoted" in exported and "plain" in exported
    for note in ("=1+1", "-2", "@SUM(A1)"):
        assert f'"\'{note}"' in text  # the guarded cell is quoted
    # numeric cells are bare numbers, never quoted or guarded
    for line in text.splitlines()[1:]:
        if line.startswith('"pain"'):
            fields = next(csv.reader([line]))
            assert fields[score_col].isdigit()
    assert ",6,4," in text  # pain before/after of the session, unquoted
    assert '"\'-1 tablet"' in text
    # re-import restores the exact text
    parsed = csv_io.parse_csv(text)
    assert not parsed.problems
    assert sorted(r.draft.note or "" for r in parsed.records) == sorted([*notes, ""])


def test_neutralise_restore_are_inverse():
    for text in ["=x", "'", "''", "'=", "-", "a", "", "\r\n", "@", "+1"]:
        assert csv_io.restore(csv_io.neutralise(text)) == text


@pytest.mark.slow
def test_round_trips_full_size(tmp_path_factory):
    """Run with BACKJOURNAL_FULL_SIZE=1 for 300 examples each (./dev slow)."""
    test_json_round_trip_is_lossless(tmp_path_factory)
    test_csv_round_trip_is_lossless_for_what_csv_carries(tmp_path_factory)

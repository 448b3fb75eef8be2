"""One record serialisation (exchange/records.py) for ``list --format json``, the JSON export and the
CSV: the same fields, and times written the same way (microseconds kept, the offset as recorded)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

from backjournal.domain.models import PainEntryDraft, PegDraft, TherapySessionDraft
from backjournal.exchange import csv_io, json_io, records

MOMENT = datetime(2026, 3, 1, 8, 30, 15, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))


def test_list_json_export_and_csv_write_records_the_same_way(journal):
    pain = journal.log_pain(PainEntryDraft(felt_at=MOMENT, score=4, note="=1+1"))
    session = journal.log_session(TherapySessionDraft("heat", MOMENT.replace(microsecond=0), 20, 6, 4))
    peg = journal.log_peg(PegDraft(MOMENT, 5, 6, 4))
    doc = json.loads(
        json_io.dumps(
            json_io.journal_document(
                therapies=[],
                pain=[pain],
                sessions=[session],
                peg=[peg],
                settings={},
                exported_at=MOMENT,
                app_version="test",
            )
        )
    )
    rows = list(csv.DictReader(io.StringIO(csv_io.csv_text([pain, session, peg]))))
    for record, exported, row in zip(
        (pain, session, peg),
        (doc["pain_entries"][0], doc["therapy_sessions"][0], doc["peg_checkins"][0]),
        rows,
        strict=True,
    ):
        listed = records.record_to_dict(record)
        assert {k: listed[k] for k in exported} == exported, "the export's record is the listed one's fields"
        for key in ("uid", "at", "created_at", "updated_at"):
            assert row[key] == listed[key]
    assert doc["pain_entries"][0]["at"] == "2026-03-01T08:30:15.123456+05:30", "microseconds kept"
    assert doc["therapy_sessions"][0]["at"] == "2026-03-01T08:30:15+05:30", "none when there are none"
    assert rows[0]["note"] == "'=1+1" and records.record_to_dict(pain)["note"] == "=1+1"
    assert records.iso(None) is None

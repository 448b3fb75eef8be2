"""All-or-nothing imports (docs/reliability.md item 12): bad rows are all reported with their line, nothing changes."""

from __future__ import annotations

import io
import json
from datetime import UTC

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from backjournal.domain.errors import ImportFileError, ImportRejectedError
from backjournal.domain.models import BodyRegion, PainEntry, PainEntryDraft, TherapySessionDraft
from backjournal.exchange import csv_io
from backjournal.exchange.batch import ImportOptions
from backjournal.services.exchange import ExchangeService, detect_format
from tests.conftest import at, content_hash
from tests.storage.exchange_strategies import awkward_text, moments


@pytest.fixture
def exchange(opened):
    return ExchangeService(unit_of_work=opened.uow, journal=opened.journal)


@pytest.fixture
def seeded(opened, exchange):
    """A journal with a few records, and its content hash."""
    opened.journal.log(PainEntryDraft(at(2), 6, note="before the import"))
    opened.journal.log(TherapySessionDraft("heat", at(1), minutes=20, pain_before=6, pain_after=4))
    return opened, content_hash(opened.path)


def _entry(i: int, moment, note) -> PainEntry:
    return PainEntry(
        id=i,
        uid=f"00000000-0000-4000-8000-{i:012d}",
        felt_at=moment,
        score=i % 11,
        regions=(BodyRegion.LOWER_BACK,),
        qualities=(),
        note=note,
        created_at=moment.astimezone(UTC),
        updated_at=moment.astimezone(UTC),
    )


BAD_CELLS = {"score": "11", "at": "yesterday", "record_type": "mood", "regions": "kneecap", "uid": "not a uid!"}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(rows=st.lists(st.tuples(moments, st.one_of(st.none(), awkward_text)), min_size=1, max_size=12), data=st.data())
def test_one_invalid_row_anywhere_is_rejected_with_its_line(seeded, exchange, tmp_path_factory, rows, data):
    opened, before = seeded
    entries = [_entry(i + 1, m, n) for i, (m, n) in enumerate(rows)]
    lines = list(csv_io.iter_csv_lines(entries))
    bad_at = data.draw(st.integers(1, len(entries)), label="position")
    field, value = data.draw(st.sampled_from(sorted(BAD_CELLS.items())), label="bad cell")
    cells = next(iter(__import__("csv").reader(io.StringIO(lines[bad_at], newline=""))))
    cells[csv_io.COLUMNS.index(field)] = value
    lines[bad_at] = ",".join('"' + c.replace('"', '""') + '"' for c in cells) + "\r\n"
    text = "".join(lines)
    expected_line = len(io.StringIO("".join(lines[:bad_at]), newline="").readlines()) + 1
    path = tmp_path_factory.mktemp("imp") / "bad.csv"
    path.write_text(text, encoding="utf-8", newline="")
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path)
    assert [p.line for p in info.value.problems] == [expected_line]
    assert field in info.value.problems[0].reason or "record_type" in info.value.problems[0].reason
    assert content_hash(opened.path) == before
    # the same file without the bad row imports every row
    good = "".join(lines[:bad_at] + lines[bad_at + 1 :])
    path.write_text(good, encoding="utf-8", newline="")
    plan = exchange.prepare(path)
    assert len(plan.new) + plan.already == len(entries) - 1


def test_every_bad_row_is_reported_and_nothing_is_written(seeded, exchange, tmp_path):
    opened, before = seeded
    path = tmp_path / "bad.csv"
    path.write_text(
        "record_type,uid,at,score,note\r\n"
        "pain,,2026-03-01T08:00:00+01:00,5,ok\r\n"
        "pain,,2026-03-01T09:00:00+01:00,12,too high\r\n"
        'pain,,2026-03-01T10:00:00+01:00,4,"a note\nover two lines"\r\n'
        "pain,,not a time,4,\r\n"
        "session,,2026-03-02T10:00:00+01:00,,\r\n",
        encoding="utf-8",
        newline="",
    )
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path)
    problems = info.value.problems
    assert [p.line for p in problems] == [3, 6, 7]
    assert "score" in problems[0].reason and "out of range" in problems[0].reason
    assert "at" in problems[1].reason
    assert "therapy" in problems[2].reason
    assert "3 invalid rows" in str(info.value)
    assert content_hash(opened.path) == before


def test_unknown_therapy_in_a_file_is_a_bad_row(seeded, exchange, tmp_path):
    opened, before = seeded
    path = tmp_path / "x.csv"
    path.write_text("record_type,uid,at,therapy\r\nsession,,2026-03-02T10:00:00+01:00,reiki\r\n", encoding="utf-8")
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path)
    assert info.value.problems[0].line == 2 and "reiki" in info.value.problems[0].reason
    assert content_hash(opened.path) == before


def test_reimport_adds_nothing_twice(opened, exchange, tmp_path):
    opened.journal.log(PainEntryDraft(at(1), 3, note="🙂"))
    exchange.export("json", tmp_path / "j.json")
    exchange.export("csv", tmp_path / "j.csv")
    before = content_hash(opened.path)
    for name in ("j.json", "j.csv"):
        result = exchange.import_file(tmp_path / name)
        assert result.total == 0 and result.already == 1
    assert content_hash(opened.path) == before
    # a hand-written row without uid gets a content-derived uid: the second import adds nothing
    (tmp_path / "h.csv").write_text(
        "record_type,uid,at,score\r\npain,,2026-03-01T08:00:00+01:00,5\r\n", encoding="utf-8"
    )
    assert exchange.import_file(tmp_path / "h.csv").pain == 1
    assert exchange.import_file(tmp_path / "h.csv").pain == 0


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"record_type,uid,at,score\r\npain,,2026-03-01T08:00:00+01:00,5,\xe9t\xe9\r\n", "not UTF-8 at byte 60"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8 at byte 0"),
        (b"", "not a format"),
        (b"hello,world\r\n1,2\r\n", "not a format"),
        (b'{"resourceType": "Bundle"}', "FHIR"),
        (b'{"format": "backjournal-journal", "version": 99}', "newer BackJournal"),
        (b'{"format": "backjournal-journal", "version": 1, "pain_entries": {}}', "must be a list"),
        (b"[" * 100_000, "not a BackJournal journal"),
        (b'{"format": "backjournal-journal", "version": 1, "x": ' + b"[" * 100_000, "cannot be read as JSON"),
        (b'{"format": "backjournal-journal", ', "not valid JSON"),
        (b'record_type,uid,at\r\n"unterminated', None),
    ],
)
def test_bad_files_give_a_plain_error_and_change_nothing(seeded, exchange, tmp_path, payload, message):
    opened, before = seeded
    path = tmp_path / "in.dat"
    path.write_bytes(payload)
    with pytest.raises(ImportFileError) as info:
        exchange.import_file(path)
    if message:
        assert message in str(info.value)
    assert content_hash(opened.path) == before


def test_encodings_bom_crlf_quoted_newlines_and_emoji(opened, exchange, tmp_path):
    text = (
        "record_type,uid,at,score,note\r\n"
        'pain,,2026-03-01T08:00:00+01:00,5,"two\r\nlines 😀"\r\n'
        'pain,,2026-03-01T09:00:00+01:00,4,"x' + "ü" * 9000 + '"\r\n'
    )
    for i, data in enumerate(
        [b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16"), text.replace("\r\n", "\n").encode()]
    ):
        path = tmp_path / f"e{i}.csv"
        path.write_bytes(data)
        batch = exchange.read(path)
        notes = sorted(r.draft.note for r in batch.records)
        assert notes[0] in ("two\r\nlines 😀", "two\nlines 😀")
        assert len(notes[1]) == 9001
    # a note longer than the journal allows is a bad row, not a crash
    path = tmp_path / "long.csv"
    path.write_text(
        'record_type,uid,at,score,note\r\npain,,2026-03-01T08:00:00+01:00,5,"' + "n" * 20_000 + '"\r\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError) as info:
        exchange.read(path)
    assert info.value.problems[0].line == 2 and "at most 10,000" in info.value.problems[0].reason


def test_windows_1252_file_gets_advice(exchange, tmp_path):
    path = tmp_path / "w.csv"
    path.write_bytes("record_type,uid,at,score,note\r\npain,,2026-03-01T08:00:00+01:00,5,Rücken\r\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match=r"not UTF-8 at byte \d+; allowed: UTF-8.*save it as UTF-8"):
        exchange.read(path)


def test_size_limits_are_checked_before_reading(opened, tmp_path):
    from backjournal.exchange import batch

    path = tmp_path / "big.csv"
    path.write_bytes(
        b"record_type,uid,at,score\r\n"
        + b"".join(f"pain,,2026-03-01T08:{i:02d}:00+01:00,5\r\n".encode() for i in range(50))
    )
    with pytest.raises(ImportFileError, match="may be at most"):
        ExchangeService(unit_of_work=opened.uow, max_bytes=100).read(path)
    with pytest.raises(ImportFileError, match="50 rows; at most 10"):
        ExchangeService(unit_of_work=opened.uow, max_rows=10).read(path)
    assert len(ExchangeService(unit_of_work=opened.uow).read(path).records) == 50
    assert batch.MAX_IMPORT_BYTES >= 16 * 1024 * 1024 and batch.MAX_IMPORT_ROWS >= 100_000


def test_json_bad_records_are_reported_by_line(seeded, exchange, tmp_path):
    opened, before = seeded
    exchange.export("json", tmp_path / "j.json")
    doc = json.loads((tmp_path / "j.json").read_text())
    from backjournal.exchange import json_io

    doc["pain_entries"].append({"uid": "u-2", "at": "2026-03-01T08:00:00+01:00", "score": "7"})
    doc["pain_entries"].append({"uid": "u-3", "at": "2026-03-01T08:00:00+01:00", "score": 7, "regions": ["moon"]})
    text = json_io.dumps(doc)
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(tmp_path / "bad.json")
    lines = text.splitlines()
    reported = [p.line for p in info.value.problems]
    assert len(reported) == 2
    assert '"u-2"' in lines[reported[0] - 1] and '"u-3"' in lines[reported[1] - 1]
    assert content_hash(opened.path) == before


def test_detect_format_by_content():
    assert detect_format("\ufeffrecord_type,uid,at\r\n") == "backjournal-csv"
    assert detect_format('{"format": "backjournal-journal"}') == "backjournal-json"
    assert detect_format("full_date,date,weekday,time,mood,activities,note_title,note\n") == "daylio"
    assert detect_format("date,weekday,time of day,category,rating/amount,detail,notes\n") == "bearable"
    assert detect_format("Date,Back pain,Tags,Foods\n") == "flaredown"


def test_apply_is_one_transaction(opened, exchange, tmp_path, monkeypatch):
    """A failure after the therapy type and the pain entries were written (the sessions' bulk insert
    fails once its rows are in) rolls all of it back; the same plan then imports whole."""
    path = tmp_path / "ok.csv"
    path.write_text(
        "record_type,uid,at,score,therapy,therapy_name\r\n"
        "session,,2026-03-01T08:00:00+01:00,,user_tai_chi,Tai chi\r\n"
        + "".join(f"pain,,2026-03-0{i}T08:00:00+01:00,{i}\r\n" for i in range(1, 5)),
        encoding="utf-8",
    )
    plan = exchange.prepare(path, options=ImportOptions())
    before = content_hash(opened.path)
    from backjournal.storage import repositories

    real_add_many = repositories.TherapySessionRepository.add_many
    written = {}

    def failing_add_many(self, records):
        written["sessions"] = real_add_many(self, records)
        written["pain"] = repositories.PainEntryRepository(self.s).count()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(repositories.TherapySessionRepository, "add_many", failing_add_many)
    with pytest.raises(OSError):
        exchange.apply(plan)
    assert written == {"sessions": 1, "pain": 4}  # the failure came after real writes
    assert content_hash(opened.path) == before
    monkeypatch.undo()
    result = exchange.apply(plan)
    assert (result.pain, result.sessions, result.therapies) == (4, 1, 1)

"""Import review defects (issue 9): our own CSV without a uid column, and a message that names the
real problem for a semicolon-delimited file, a missing required column and UTF-16 without a BOM; a
Flaredown column never changes its meaning because of one bad cell."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import ImportFileError, ImportRejectedError
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.exchange.batch import ImportOptions
from backjournal.services.exchange import ExchangeService
from tests.conftest import content_hash

TZ = timezone(timedelta(hours=1))


@pytest.fixture
def exchange(opened):
    return ExchangeService(unit_of_work=opened.uow, journal=opened.journal)


def _our_csv(opened, tmp_path) -> str:
    j = opened.journal
    j.log(PainEntryDraft(datetime(2026, 3, 1, 8, tzinfo=TZ), 6, note="morning; stiff"))
    j.log(TherapySessionDraft("heat", datetime(2026, 3, 1, 18, tzinfo=TZ), minutes=20, pain_before=6, pain_after=4))
    ExchangeService(unit_of_work=opened.uow).export("csv", tmp_path / "out.csv")
    return (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def _drop_column(text: str, column: str) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    i = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([r[:i] + r[i + 1 :] for r in rows])
    return out.getvalue()


def test_our_csv_without_a_uid_column_imports_once(opened, exchange, tmp_path, data_dir):
    text = _drop_column(_our_csv(opened, tmp_path), "uid")
    path = tmp_path / "no-uid.csv"
    path.write_text(text, encoding="utf-8")
    plan = exchange.prepare(path)
    assert plan.format == "backjournal-csv" and len(plan.batch.records) == 2
    first = exchange.apply(plan)
    assert (first.pain, first.sessions) == (1, 1)  # new uids computed from the rows' content
    again = exchange.import_file(path)
    assert again.total == 0 and again.already == 2  # importing it twice adds it once


def test_a_semicolon_delimited_file_is_named_as_such(opened, exchange, tmp_path):
    rows = list(csv.reader(io.StringIO(_our_csv(opened, tmp_path), newline="")))
    path = tmp_path / "semi.csv"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    before = content_hash(opened.path)
    with pytest.raises(ImportFileError) as info:
        exchange.prepare(path)
    message = str(info.value)
    assert "semicolon" in message and "comma" in message, message
    assert content_hash(opened.path) == before


@pytest.mark.parametrize(("column", "fmt"), [("record_type", None), ("at", None), ("record_type", "csv")])
def test_a_missing_required_column_of_our_csv_is_named(opened, exchange, tmp_path, column, fmt):
    path = tmp_path / "missing.csv"
    path.write_text(_drop_column(_our_csv(opened, tmp_path), column), encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        exchange.prepare(path, fmt=fmt)
    message = str(info.value)
    assert f"no '{column}' column" in message and "BackJournal" in message, message


def test_a_missing_required_column_of_a_foreign_file_is_named(exchange, tmp_path):
    path = tmp_path / "bearable.csv"
    path.write_text(
        "date,weekday,time of day,rating/amount,detail,notes\n2022-01-01,Sat,08:00,3,Back pain,\n", encoding="utf-8"
    )
    with pytest.raises(ImportFileError) as info:
        exchange.prepare(path)
    message = str(info.value)
    assert "Bearable" in message and "no 'category' column" in message, message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_named(opened, exchange, tmp_path, codec):
    path = tmp_path / "u16.csv"
    path.write_bytes(_our_csv(opened, tmp_path).encode(codec))
    with pytest.raises(ImportFileError) as info:
        exchange.prepare(path)
    message = str(info.value)
    assert "UTF-16" in message and "byte-order mark" in message and "NUL" not in message, message


FLAREDOWN = (
    "Date,Low back pain,Fatigue,Ibuprofen,Tags\n"
    "2022-04-01,3,2,400 mg,\n"
    "2022-04-02,two,2,Taken,\n"
    "2022-04-03,4,three,Not Taken,\n"
)


def test_a_bad_cell_in_a_flaredown_pain_column_is_reported_and_nothing_imported(opened, exchange, tmp_path):
    path = tmp_path / "flaredown.csv"
    path.write_text(FLAREDOWN, encoding="utf-8")
    before = content_hash(opened.path)
    with pytest.raises(ImportRejectedError) as info:
        exchange.import_file(path, options=ImportOptions(scale="convert"))
    problems = info.value.problems
    assert [p.line for p in problems] == [3]
    assert "'two'" in problems[0].reason and "Low back pain" in problems[0].reason
    assert content_hash(opened.path) == before


def test_a_bad_cell_in_another_rating_column_keeps_it_a_rating(opened, exchange, tmp_path):
    path = tmp_path / "flaredown.csv"
    path.write_text(FLAREDOWN.replace("2022-04-02,two,", "2022-04-02,1,"), encoding="utf-8")
    plan = exchange.prepare(path, options=ImportOptions(scale="convert"))
    sessions = [r.draft for r in plan.batch.records if hasattr(r.draft, "therapy_key")]
    assert all((s.details or "") != "Fatigue" for s in sessions)  # never turned into a medication
    assert len(sessions) == 2  # Ibuprofen 400 mg and Taken
    assert any("Fatigue" in item.what and "three" in item.what for item in plan.batch.skipped)


@pytest.mark.parametrize(
    ("fmt", "header", "missing"),
    [
        ("flaredown", "Date,Low back pain,Ibuprofen\n2022-04-01,3,Taken\n", "'tags'"),
        ("daylio", "full_date,time,activities\n2022-04-01,08:00,yoga\n", "'mood'"),
        ("bearable", "date,time of day,category,rating/amount,notes\n2022-01-01,08:00,Symptoms,3,\n", "'detail'"),
    ],
)
def test_a_chosen_format_names_its_missing_column(exchange, tmp_path, fmt, header, missing):
    path = tmp_path / "chosen.csv"
    path.write_text(header, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        exchange.prepare(path, fmt=fmt)
    assert f"no {missing} column" in str(info.value), str(info.value)

"""Scores by region (issue 15) on a real journal file: storage, edit and undo, the region filter,
the report's "Where it hurt most", revision 0005 from every frozen journal, and the exchange formats."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from backjournal.domain.errors import ImportFileError, ValidationError
from backjournal.domain.models import BodyRegion, PainEntryDraft
from backjournal.exchange import csv_io
from backjournal.services.exchange import ExchangeService
from backjournal.services.history import EditCommand, LogCommand, UndoHistory
from backjournal.services.opening import open_journal
from backjournal.storage import database
from tests.conftest import FIXTURES, file_sha256

START = date(2026, 3, 2)
LB, LL, NECK = BodyRegion.LOWER_BACK, BodyRegion.LEG_LEFT, BodyRegion.NECK


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(hours=1)))


def _region_rows(path) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT entry_id, region, position, score FROM pain_entry_regions ORDER BY entry_id, position"
        ).fetchall()
    finally:
        con.close()


def test_region_scores_are_stored_read_back_edited_and_undone(opened):
    j = opened.journal
    history = UndoHistory()
    command = history.push(LogCommand(j, PainEntryDraft(_at(START, 9), None, (LB, LL), region_scores=(6, 4))))
    ref = command.ref
    entry = j.get(ref)
    assert (entry.score, entry.regions, entry.region_scores) == (6, (LB, LL), (6, 4))
    assert _region_rows(opened.path) == [(ref.id, "lower_back", 0, 6), (ref.id, "leg_left", 1, 4)]
    assert j.pain_entries()[0] == entry  # the list read (plain queries) gives the same record
    plain = j.log(PainEntryDraft(_at(START, 12), 3, (NECK,)))
    assert plain.region_scores == () and _region_rows(opened.path)[-1] == (plain.id, "neck", 0, None)

    history.push(EditCommand(j, ref, PainEntryDraft(_at(START, 9), 7, (LL, NECK, LB), region_scores=(7, 2, 5))))
    edited = j.get(ref)
    assert (edited.score, edited.regions, edited.region_scores) == (7, (LL, NECK, LB), (7, 2, 5))
    history.push(EditCommand(j, ref, PainEntryDraft(_at(START, 9), 7, (LL,))))  # back to one score for all
    assert j.get(ref).region_scores == () and _region_rows(opened.path)[0] == (ref.id, "leg_left", 0, None)
    history.undo()
    assert j.get(ref).region_scores == (7, 2, 5)
    history.undo()
    assert j.get(ref).region_scores == (6, 4) and j.get(ref).regions == (LB, LL)
    history.undo()  # the new entry goes to the trash, its scores kept
    assert [e.id for e in j.pain_entries()] == [plain.id]
    history.redo()
    assert j.get(ref).region_scores == (6, 4)


def test_a_region_score_outside_0_to_10_never_reaches_the_file(opened):
    con = sqlite3.connect(opened.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "INSERT INTO pain_entries (uid, created_at, updated_at, felt_at_utc, utc_offset_min, score) "
                "VALUES ('x', '2026-03-01', '2026-03-01', '2026-03-01', 0, 5)"
            )
            con.execute(
                "INSERT INTO pain_entry_regions (entry_id, region, position, score) "
                "VALUES (last_insert_rowid(), 'neck', 0, 11)"
            )
    finally:
        con.rollback()
        con.close()


def test_the_region_filter_counts_the_region_score_where_there_is_one(opened):
    from backjournal.services.trends import TrendsService

    j = opened.journal
    day = START + timedelta(days=1)
    j.log(PainEntryDraft(_at(day, 8), 5, (LB, LL), region_scores=(3, 8)))  # overall 5 as entered
    j.log(PainEntryDraft(_at(day, 12), 4, (LL,)))  # one score for all its regions
    j.log(PainEntryDraft(_at(day, 18), None, (NECK, LB), region_scores=(2, 6)))  # overall derived: 6
    trends = TrendsService(unit_of_work=opened.uow)
    span = (START, START + timedelta(days=3))
    assert trends.trend_data(*span).daily.value_on(day) == (5.0, 4.0, 6.0, 3)  # overall scores, as before
    assert trends.trend_data(*span, regions=["leg_left"]).daily.value_on(day) == (6.0, 4.0, 8.0, 2)
    assert trends.trend_data(*span, regions=["lower_back"]).daily.value_on(day) == (4.5, 3.0, 6.0, 2)
    # several regions: an entry counts once, with the highest score among the named regions
    assert trends.trend_data(*span, regions=["lower_back", "neck"]).daily.value_on(day) == (4.5, 3.0, 6.0, 2)
    assert trends.trend_data(*span, regions=["neck", "leg_left"]).daily.value_on(day) == (
        pytest.approx(14 / 3),
        2.0,
        8.0,
        3,
    )  # leg 8, the plain 4, neck 2


def test_the_report_names_each_regions_own_mean_score_where_it_was_scored(opened, tmp_path):
    from pypdf import PdfReader

    from backjournal.services.report import ReportOptions, ReportService, parse_sections

    j = opened.journal
    for k in range(4):
        j.log(PainEntryDraft(_at(START + timedelta(days=k), 9), 5, (LL, LB), region_scores=(6 + k % 2, 3)))
    j.log(PainEntryDraft(_at(START + timedelta(days=5), 9), 4, (LL,)))
    with opened.uow() as uow:
        assert uow.aggregates.region_summary(START, START + timedelta(days=9)) == [
            ("leg_left", 5, 6.5, 4),
            ("lower_back", 4, 3.0, 4),
        ]
        assert uow.aggregates.region_counts(START, START + timedelta(days=9)) == [("leg_left", 5), ("lower_back", 4)]
    pdf = ReportService(unit_of_work=opened.uow).render(
        ReportOptions(START, START + timedelta(days=9), sections=parse_sections("summary")),
        generated_on=date(2026, 3, 20),
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    first = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert (
        "Leg (left) (5 of 5 entries; its own score 6.5/10 on average in 4); "
        "Lower back (4 of 5 entries; its own score 3.0/10 on average in 4)"
    ) in first


# ----------------------------------------------------------------------------- revision 0005

FIXTURE_JOURNALS = sorted(FIXTURES.glob("journal-*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURE_JOURNALS, ids=[p.name for p in FIXTURE_JOURNALS])
def test_revision_0005_keeps_every_old_entry_as_it_was(fixture, data_dir):
    """Every frozen journal: its region rows come through unchanged with no score, every entry keeps
    its overall score and regions and reads as unscored, and the daily means are the same."""
    data_dir.mkdir(parents=True)
    path = data_dir / "journal.sqlite3"
    shutil.copyfile(fixture, path)
    sha = file_sha256(fixture)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        regions_before = con.execute(
            "SELECT entry_id, region, position FROM pain_entry_regions ORDER BY entry_id, position"
        ).fetchall()
        entries_before = con.execute(
            "SELECT id, uid, score, felt_at_utc, note FROM pain_entries ORDER BY id"
        ).fetchall()
        daily_before = con.execute(
            "SELECT date(felt_at_utc, printf('%+d minutes', utc_offset_min)) d, avg(score) FROM pain_entries "
            "WHERE deleted_at IS NULL GROUP BY d ORDER BY d"
        ).fetchall()
    finally:
        con.close()
    assert regions_before, "the fixture has pain entries with regions"
    opened = open_journal(data_dir)
    try:
        assert database.read_revision(path) == database.head_revision()
        assert _region_rows(path) == [(*row, None) for row in regions_before]
        entries = {e.id: e for e in opened.journal.pain_entries()}
        for entry_id, uid, score, _felt, note in entries_before:
            if entry_id in entries:  # (the trash is not listed)
                e = entries[entry_id]
                assert (e.uid, e.score, e.note, e.region_scores) == (uid, score, note, ())
                assert [r.value for r in e.regions] == [r for i, r, _p in regions_before if i == entry_id]
        with opened.uow() as uow:
            daily = uow.aggregates.daily_pain()
        assert [(d, pytest.approx(m)) for d, m, *_ in daily] == daily_before
    finally:
        opened.close()
    assert file_sha256(fixture) == sha


def test_revision_0005_downgrades_to_0004(tmp_path):
    from alembic import command

    path = tmp_path / "j.sqlite3"
    shutil.copyfile(FIXTURES / "journal-0004.sqlite3", path)
    cfg = database.alembic_config(f"sqlite:///{path}")
    command.upgrade(cfg, "0005")
    before = [row[:3] for row in _region_rows(path)]
    command.downgrade(cfg, "0004")
    con = sqlite3.connect(path)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info(pain_entry_regions)")]
        rows = con.execute("SELECT entry_id, region, position FROM pain_entry_regions ORDER BY entry_id, position")
        assert columns == ["entry_id", "region", "position"] and rows.fetchall() == before
    finally:
        con.close()


# ----------------------------------------------------------------------------- exchange


@pytest.fixture
def scored(opened):
    j = opened.journal
    j.log(PainEntryDraft(_at(START, 9), None, (LB, LL), region_scores=(6, 4), note="after the drive"))
    j.log(PainEntryDraft(_at(START, 13), 5, (NECK, BodyRegion.OTHER, LB), region_scores=(0, 10, 5)))
    j.log(PainEntryDraft(_at(START, 20), 3, (NECK,)))
    return opened


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_json_and_csv_carry_region_scores_and_round_trip_without_loss(scored, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    ExchangeService(unit_of_work=scored.uow).export(fmt, out)
    text = out.read_text(encoding="utf-8-sig")
    if fmt == "json":
        entries = json.loads(text)["pain_entries"]
        assert [e["region_scores"] for e in entries] == [
            {"lower_back": 6, "leg_left": 4},
            {"neck": 0, "other": 10, "lower_back": 5},
            {},
        ]
    else:
        rows = csv_io.rows_as_dicts(text)
        assert [r["region_scores"] for r in rows] == ["lower_back=6;leg_left=4", "neck=0;other=10;lower_back=5", ""]
    other = open_journal(tmp_path / "other")
    try:
        result = ExchangeService(unit_of_work=other.uow).import_file(out)
        assert result.pain == 3
        got = [(e.uid, e.score, e.regions, e.region_scores, e.note) for e in other.journal.pain_entries()]
        want = [(e.uid, e.score, e.regions, e.region_scores, e.note) for e in scored.journal.pain_entries()]
        assert got == want
        again = tmp_path / f"again.{fmt}"
        ExchangeService(unit_of_work=other.uow).export(fmt, again)
        if fmt == "csv":
            assert again.read_bytes() == out.read_bytes()
    finally:
        other.close()


def test_a_csv_row_written_by_hand_may_score_its_regions(opened, tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text(
        "record_type,at,score,regions,region_scores\n"
        "pain,2026-03-02T09:00:00+01:00,6,leg_left;lower_back,lower_back=5;leg_left=6\n"
        "pain,2026-03-02T10:00:00+01:00,4,,neck=4\n",
        encoding="utf-8",
    )
    result = ExchangeService(unit_of_work=opened.uow).import_file(path)
    assert result.pain == 2
    first, second = opened.journal.pain_entries()
    assert (first.regions, first.region_scores) == ((LL, LB), (6, 5))
    assert (second.regions, second.region_scores) == ((NECK,), (4,))


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ("leg_left;lower_back,lower_back=5", "names other regions than the regions column"),
        ("neck,neck=11", "11 is out of range"),
        ("neck,neck=4;neck=5", "neck is named twice"),
        ("neck,knee=4", "'knee' is not known"),
    ],
)
def test_a_csv_row_with_bad_region_scores_is_refused_and_nothing_is_added(opened, tmp_path, cells, problem):
    path = tmp_path / "bad.csv"
    path.write_text(
        f"record_type,at,score,regions,region_scores\npain,2026-03-02T09:00:00+01:00,6,{cells}\n", encoding="utf-8"
    )
    with pytest.raises((ImportFileError, ValidationError)) as caught:
        ExchangeService(unit_of_work=opened.uow).import_file(path)
    assert problem in str(caught.value) and "region_scores" in str(caught.value)
    assert opened.journal.pain_entries() == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"lower_back": 6}, "but the entry's regions are lower_back, leg_left"),
        ({"lower_back": 6, "leg_left": "4"}, "has the wrong type"),
        ({"lower_back": 6, "leg_left": 11}, "11 is out of range"),
        ([6, 4], "has the wrong type"),
    ],
)
def test_a_json_entry_with_bad_region_scores_is_refused(scored, tmp_path, value, problem):
    out = tmp_path / "out.json"
    ExchangeService(unit_of_work=scored.uow).export("json", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["pain_entries"][0]["region_scores"] = value
    out.write_text(json.dumps(doc), encoding="utf-8")
    other = open_journal(tmp_path / "other")
    try:
        with pytest.raises((ImportFileError, ValidationError)) as caught:
            ExchangeService(unit_of_work=other.uow).import_file(out)
        assert problem in str(caught.value)
        assert other.journal.pain_entries() == []
    finally:
        other.close()


def test_fhir_gives_each_scored_region_a_component_and_validates(scored, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    path = tmp_path / "b.json"
    ExchangeService(unit_of_work=scored.uow).export("fhir", path)
    doc = json.loads(path.read_text())
    Bundle.model_validate(doc)
    pain = [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == "Observation"]
    first, second, third = pain
    assert first["valueInteger"] == 6 and first["bodySite"] == {"text": "Lower back, Leg (left)"}
    assert [(c["code"]["coding"][1]["code"], c["code"]["text"], c["valueInteger"]) for c in first["component"]] == [
        ("lower_back", "Pain, 0-10: Lower back", 6),
        ("leg_left", "Pain, 0-10: Leg (left)", 4),
    ]
    assert all(
        c["code"]["coding"][0]
        == {
            "system": "http://loinc.org",
            "code": "72514-3",
            "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        }
        for c in first["component"]
    )
    assert [c["valueInteger"] for c in second["component"]] == [0, 10, 5]
    assert "component" not in third

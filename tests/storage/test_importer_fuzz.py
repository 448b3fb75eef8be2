"""Hardened importers (docs/reliability.md item 17): whatever the bytes, only ImportFileError escapes, and a failed
import changes nothing. 200 examples per importer in the normal run; BACKJOURNAL_FULL_SIZE=1 with
``-m slow`` (./dev slow) runs 5,000."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from backjournal.domain.errors import ImportFileError
from backjournal.exchange.batch import ImportOptions
from backjournal.services.exchange import ExchangeService
from tests.conftest import content_hash

FULL = os.environ.get("BACKJOURNAL_FULL_SIZE") == "1"

HEADERS = {
    "csv": "record_type,uid,at,score,regions,qualities,therapy,therapy_name,therapy_category,minutes,pain_before,"
    "pain_after,details,dose,provider,peg_pain,peg_enjoyment,peg_activity,peg_score,note,backdated,created_at,updated_at",
    "bearable": "date,date formatted,weekday,time of day,category,rating/amount,detail,notes",
    "daylio": "full_date,date,weekday,time,mood,activities,note_title,note",
    "flaredown": "Date,Low back pain,Ibuprofen,Fatigue,Tags,Foods,Weather",
}
CELL_SAMPLES = [
    "",
    "pain",
    "session",
    "peg",
    "5",
    "-1",
    "11",
    "4",
    "2022-01-22",
    "22nd Jan 2022",
    "31.02.2022",
    "2026-03-01T08:00:00+01:00",
    "2026-03-01T08:00:00+99:00",
    "morning",
    "2:30 PM",
    "13:61",
    "Symptoms",
    "Medication",
    "Back pain (Mild)",
    "yoga | walk",
    "Taken",
    "Not Taken",
    "400 mg",
    "heat",
    "user_x",
    "lower_back",
    "kneecap",
    "=1+1",
    "'",
    '"',
    "😀",
    "\r\n",
    "x" * 600,
    "Jan 2022",
    "0x10",
    "1e3",
    "NaN",
]
cells = st.one_of(st.sampled_from(CELL_SAMPLES), st.text(max_size=20))
rows = st.lists(st.lists(cells, min_size=0, max_size=10), max_size=8)


def _csv(header: str, body: list[list[str]]) -> str:
    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\r\n') else c

    return header + "\r\n" + "".join(",".join(q(c) for c in r) + "\r\n" for r in body)


structured = st.builds(lambda h, b: _csv(HEADERS[h], b).encode("utf-8"), st.sampled_from(sorted(HEADERS)), rows)
raw_bytes = st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
json_docs = st.builds(
    lambda extra: ('{"format": "backjournal-journal", "version": 1, ' + extra + "}").encode("utf-8", "surrogatepass"),
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            [
                '"pain_entries": [{"uid": "a", "at": "2026-01-01T00:00:00Z", "score": 3}]',
                '"pain_entries": [{"uid": 5}], "therapies": [1]',
                '"therapy_sessions": [{"uid": "b", "at": "2026-01-01T00:00:00Z", "therapy": "reiki"}]',
                '"peg_checkins": [{"uid": "c", "at": "x", "pain": true, "enjoyment": 1.5, "activity": null}]',
                '"settings": [], "therapies": [{"key": "user_", "name": "", "category": "x", "builtin": false}]',
            ]
        ),
    ),
)
files = st.one_of(structured, raw_bytes, json_docs)


def _fuzz(exchange, opened, path, data: bytes, fmt, scale) -> None:
    before = content_hash(opened.path)
    path.write_bytes(data)
    try:
        exchange.import_file(path, fmt=fmt, options=ImportOptions(scale=scale))
    except ImportFileError:
        assert content_hash(opened.path) == before
    # anything else propagates and fails the test


def _settings(n: int):
    return settings(
        max_examples=n,
        deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.mark.parametrize("fmt", [None, "csv", "json", "bearable", "daylio", "flaredown"])
def test_fuzz_importers(opened, tmp_path, fmt):
    exchange = ExchangeService(unit_of_work=opened.uow, journal=opened.journal)

    @_settings(200 if fmt is None else 60)
    @given(data=files, scale=st.sampled_from([None, "convert", "skip"]))
    def run(data, scale):
        _fuzz(exchange, opened, tmp_path / "f.dat", data, fmt, scale)

    run()


@pytest.mark.slow
@pytest.mark.skipif(not FULL, reason="set BACKJOURNAL_FULL_SIZE=1 for the long fuzz run")
def test_fuzz_importers_full(opened, tmp_path):
    exchange = ExchangeService(unit_of_work=opened.uow, journal=opened.journal)

    @_settings(5000)
    @given(
        data=files,
        fmt=st.sampled_from([None, "csv", "json", "bearable", "daylio", "flaredown"]),
        scale=st.sampled_from([None, "convert", "skip"]),
    )
    def run(data, fmt, scale):
        _fuzz(exchange, opened, tmp_path / "f.dat", data, fmt, scale)

    run()

"""The real program as a subprocess: each journal command, each bad input, and a restart."""

import json
import os
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT, content_hash, run_cli
from tests.e2e.test_single_instance import _wait_until_serving, startup_deadline


def test_version():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("BackJournal ")


def test_log_list_and_restart_round_trip(data_dir):
    assert (
        run_cli(
            "log",
            "pain",
            "6",
            "--at",
            "2026-03-14T08:30+01:00",
            "--where",
            "lower_back,leg_left",
            "--quality",
            "aching,shooting",
            "--note",
            "stairs",
            data_dir=data_dir,
        ).returncode
        == 0
    )
    r = run_cli(
        "log",
        "session",
        "acupuncture",
        "--at",
        "2026-03-14T10:00+01:00",
        "--minutes",
        "30",
        "--before",
        "6",
        "--after",
        "4",
        "--provider",
        "Dr. Lee",
        data_dir=data_dir,
    )
    assert r.returncode == 0, r.stderr
    assert run_cli("log", "session", "Heat", "--minutes", "20", data_dir=data_dir).returncode == 0  # name, any case
    assert run_cli("log", "peg", "6", "5", "4", "--at", "2026-03-14", data_dir=data_dir).returncode == 0
    listed = json.loads(run_cli("list", "--format", "json", data_dir=data_dir).stdout)  # a new process: a restart
    kinds = [r["kind"] for r in listed]
    assert sorted(kinds) == ["pain", "peg", "session", "session"]
    pain = next(r for r in listed if r["kind"] == "pain")
    assert pain["at"] == "2026-03-14T08:30:00+01:00" and pain["regions"] == ["lower_back", "leg_left"]
    assert pain["qualities"] == ["aching", "shooting"] and pain["note"] == "stairs" and pain["id"] == 1
    assert pain["created_at"].endswith("+00:00") and pain["backdated"] is True
    acu = next(r for r in listed if r.get("therapy") == "acupuncture")
    assert (acu["minutes"], acu["pain_before"], acu["pain_after"], acu["provider"]) == (30, 6, 4, "Dr. Lee")
    peg = next(r for r in listed if r["kind"] == "peg")
    assert peg["score"] == 5.0
    table = run_cli("list", "--from", "2026-03-14", "--to", "2026-03-14", data_dir=data_dir).stdout
    assert "6/10" in table and "Acupuncture, 30 min, pain 6 -> 4" in table and "(back-dated)" in table
    csv_out = run_cli("list", "--format", "csv", data_dir=data_dir).stdout.splitlines()
    assert csv_out[0].startswith("kind,id,at,score,therapy") and len(csv_out) == 5


BAD_INPUTS = [
    (["log", "pain", "11"], "score"),
    (["log", "pain", "-1"], "score"),
    (["log", "pain", "five"], "score"),
    (["log", "pain", "5", "--where", "elbow"], "where"),
    (["log", "pain", "5", "--quality", "tingly"], "quality"),
    (["log", "pain", "5", "--at", "yesterday"], "--at"),
    (["log", "session", "reiki"], "therapy"),
    (["log", "session", "heat", "--minutes", "-5"], "minutes"),
    (["log", "session", "heat", "--minutes", "ten"], "minutes"),
    (["log", "session", "heat", "--before", "12"], "before"),
    (["log", "peg", "5", "5", "11"], "PEG general activity"),
    (["log", "peg", "5", "11", "5"], "0 (does not interfere) to 10 (completely interferes)"),
    (["list", "--from", "2026-13-01"], "--from"),
    (["list", "--from", "2026-03-10", "--to", "2026-03-01"], "--to"),
    (["list", "--format", "xml"], "format"),
    (["frobnicate"], "invalid choice"),
]


@pytest.mark.parametrize("args,names", BAD_INPUTS, ids=[" ".join(a) for a, _ in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(data_dir, args, names):
    assert run_cli("log", "pain", "4", data_dir=data_dir).returncode == 0
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    r = run_cli(*args, data_dir=data_dir)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and names in lines[0]
    assert content_hash(db) == before


def test_therapies_lists_builtins_and_json_fields(data_dir):
    out = json.loads(run_cli("therapies", "--format", "json", data_dir=data_dir).stdout)
    assert {"acupuncture", "cryotherapy", "kratom", "injection"} <= {t["key"] for t in out}
    assert all(set(t) >= {"key", "name", "category", "builtin"} for t in out)
    assert run_cli("therapies", "--add", "Aqua jogging", data_dir=data_dir).returncode == 0
    assert "user_aqua_jogging" in run_cli("therapies", data_dir=data_dir).stdout


def test_data_dir_from_environment(tmp_path):
    env = {"BACKJOURNAL_DATA_DIR": str(tmp_path / "envdir")}
    assert run_cli("log", "pain", "3", env=env).returncode == 0
    assert (tmp_path / "envdir" / "journal.sqlite3").exists()


def test_gui_starts_as_a_subprocess_and_creates_the_journal(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "backjournal", "--data-dir", str(tmp_path / "j")],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_serving(proc, tmp_path / "j")  # lock held, journal open, hand-off server listening
        assert proc.poll() is None, "the window process ended by itself"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=startup_deadline())
    assert (tmp_path / "j" / "journal.sqlite3").exists()


def test_data_dir_may_follow_the_command(tmp_path):
    assert run_cli("log", "pain", "4", "--data-dir", str(tmp_path / "late")).returncode == 0
    out = run_cli("list", "--format", "json", "--data-dir", str(tmp_path / "late"))
    assert [r["score"] for r in json.loads(out.stdout)] == [4]


def test_program_exit_status_is_the_one_main_returned(data_dir):
    # `python -m backjournal` ends through app.run(), which leaves with sys.exit(main()).
    assert run_cli("log", "pain", "3", data_dir=data_dir).returncode == 0
    assert run_cli("log", "pain", "33", data_dir=data_dir).returncode == 2


def test_a_time_in_the_future_is_refused(data_dir):
    from datetime import datetime, timedelta

    assert run_cli("log", "pain", "4", data_dir=data_dir).returncode == 0
    before = content_hash(data_dir / "journal.sqlite3")
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).isoformat(timespec="minutes")
    r = run_cli("log", "pain", "5", "--at", tomorrow, data_dir=data_dir)
    assert r.returncode == 2 and "--at" in r.stderr and "in the future" in r.stderr
    assert content_hash(data_dir / "journal.sqlite3") == before

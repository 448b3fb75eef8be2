"""The real program: ``factors`` and ``log factor`` (bad input: one stderr line, exit 2, nothing changed)."""

from __future__ import annotations

import json

from tests.conftest import content_hash, run_cli


def test_factors_cli_end_to_end(data_dir):
    listed = run_cli("factors", "--format", "json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    got = json.loads(listed.stdout)
    assert [f["key"] for f in got] == ["sleep_quality", "mood", "stress", "physical_activity"]
    assert not any(f["enabled"] for f in got)
    done = run_cli("factors", "--add", "Long drive", "--kind", "yesno", data_dir=data_dir)
    assert done.returncode == 0 and "own_long_drive" in done.stdout, done.stderr
    assert run_cli("log", "factor", "long drive", "yes", "--on", "2026-03-01", data_dir=data_dir).returncode == 0
    done = run_cli("log", "factor", "sleep_quality", "6", "--on", "2026-03-01", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    again = run_cli("log", "factor", "Sleep quality", "4", "--on", "2026-03-01", data_dir=data_dir)
    assert again.returncode == 0 and "replaced 6" in again.stdout, again.stdout
    got = {f["key"]: f for f in json.loads(run_cli("factors", "--format", "json", data_dir=data_dir).stdout)}
    assert got["sleep_quality"]["enabled"], "logging a hidden factor turns it on"
    assert got["own_long_drive"] == {
        "key": "own_long_drive",
        "name": "Long drive",
        "kind": "yesno",
        "builtin": False,
        "enabled": True,
    }

    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    for args, word in [
        (("log", "factor", "mood", "11"), "0 to 10"),
        (("log", "factor", "long drive", "maybe"), "yes or no"),
        (("log", "factor", "weather", "3"), "not a known factor"),
        (("log", "factor", "mood", "3", "--on", "2199-01-01"), "future"),
        (("log", "factor", "mood", "3", "--on", "yesterday"), "--on"),
        (("factors", "--add", "long DRIVE"), "already exists"),
        (("factors", "--add", ""), "factor name"),
        (("factors", "--add", "x", "--kind", "often"), "scale"),
        (("factors", "--enable", "nope"), "not a known factor"),
    ]:
        bad = run_cli(*args, data_dir=data_dir)
        assert bad.returncode == 2, (args, bad.stderr)
        assert bad.stderr.count("\n") == 1 and word in bad.stderr, (args, bad.stderr)
    assert content_hash(db) == before
    table = run_cli("factors", data_dir=data_dir)
    assert "Long drive" in table.stdout and "yes/no" in table.stdout

"""The trends commands as a person runs them: demo, chart, stats, period."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date

from pypdf import PdfReader

from tests.conftest import content_hash, run_cli


def test_demo_chart_and_stats_end_to_end(data_dir, tmp_path):
    done = run_cli("demo", "--years", "1", "--seed", "5", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "pain entries" in done.stdout
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)

    again = run_cli("demo", "--years", "1", data_dir=data_dir)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "empty journal" in again.stderr
    assert content_hash(db) == before

    for kind, name in (("trend", "t.png"), ("calendar", "c.svg"), ("therapy", "e.pdf")):
        out = tmp_path / name
        done = run_cli("chart", "--kind", kind, "--range", "90d", "-o", str(out), data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert ET.parse(tmp_path / "c.svg").getroot().tag.endswith("svg")
    assert len(PdfReader(tmp_path / "e.pdf").pages) == 1

    bad = run_cli("chart", "-o", str(tmp_path / "x.gif"), data_dir=data_dir)
    assert bad.returncode == 2 and "png" in bad.stderr and not (tmp_path / "x.gif").exists()
    both = run_cli("chart", "--range", "2w", "--from", "2026-01-01", "-o", str(tmp_path / "y.png"), data_dir=data_dir)
    assert both.returncode == 2 and not (tmp_path / "y.png").exists()
    unknown = run_cli("stats", "--therapy", "unicorn", data_dir=data_dir)
    assert unknown.returncode == 2 and "acupuncture" in unknown.stderr

    # stats JSON matches the list export
    listed = run_cli("list", "--format", "json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    by_day = defaultdict(list)
    for record in json.loads(listed.stdout):
        if record["kind"] == "pain":
            by_day[record["at"][:10]].append(record["score"])
    first, last = min(by_day), max(by_day)
    stats = run_cli("stats", "--from", first, "--to", last, "--format", "json", data_dir=data_dir)
    assert stats.returncode == 0, stats.stderr
    numbers = json.loads(stats.stdout)
    assert numbers["from"] == first and numbers["to"] == last
    assert len(numbers["daily"]) == (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
    for row in numbers["daily"]:
        scores = by_day.get(row["day"])
        if scores:
            assert row["n"] == len(scores)
            assert math.isclose(row["mean"], sum(scores) / len(scores), abs_tol=1e-4)
            assert (row["min"], row["max"]) == (min(scores), max(scores))
        else:
            assert row["n"] == 0 and row["mean"] is None
    assert sum(r["n"] for r in numbers["daily"]) == sum(len(v) for v in by_day.values())
    assert numbers["therapies"] and all("before_after" in t and "days_around" in t for t in numbers["therapies"])
    assert content_hash(db) == before  # reading changed nothing


def test_marked_periods_on_the_command_line(data_dir):
    added = run_cli(
        "period",
        "add",
        "Acupuncture course",
        "--from",
        "2026-01-05",
        "--to",
        "2026-02-20",
        "--therapy",
        "acupuncture",
        data_dir=data_dir,
    )
    assert added.returncode == 0, added.stderr
    wrong = run_cli("period", "add", "Backwards", "--from", "2026-03-05", "--to", "2026-02-20", data_dir=data_dir)
    assert wrong.returncode == 2 and "end" in wrong.stderr
    again = run_cli(
        "period",
        "add",
        "Acupuncture course",
        "--from",
        "2026-01-05",
        "--to",
        "2026-02-20",
        "--therapy",
        "acupuncture",
        data_dir=data_dir,
    )
    assert again.returncode == 0, again.stderr
    listed = json.loads(run_cli("period", "list", "--format", "json", data_dir=data_dir).stdout)
    uids = [p.pop("uid") for p in listed]
    assert listed == 2 * [
        {"label": "Acupuncture course", "start": "2026-01-05", "end": "2026-02-20", "therapy": "acupuncture"}
    ]
    assert len(set(uids)) == 2 and uids[1] in again.stdout
    table = run_cli("period", "list", data_dir=data_dir).stdout
    assert uids[0][:8] in table and uids[1][:8] in table
    # removal by uid (a list position is not one); the other period of the same span stays
    assert run_cli("period", "remove", "1", data_dir=data_dir).returncode == 2
    assert run_cli("period", "remove", uids[1][:8], data_dir=data_dir).returncode == 0
    remaining = json.loads(run_cli("period", "list", "--format", "json", data_dir=data_dir).stdout)
    assert [p["uid"] for p in remaining] == [uids[0]]
    gone = run_cli("period", "remove", uids[1], data_dir=data_dir)
    assert gone.returncode == 2 and "No marked period" in gone.stderr


def test_insights_json_and_table(data_dir):
    assert run_cli("demo", "--years", "1", "--seed", "5", data_dir=data_dir).returncode == 0
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    done = run_cli("insights", "--format", "json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["comparisons"] > 0 and "not the same as causing" in out["went_with"]
    fields = {
        "name",
        "kind",
        "lag_days",
        "days_with",
        "days_without",
        "mean_with",
        "mean_without",
        "difference",
        "ci_low",
        "ci_high",
        "q_value",
    }
    computed = [i for i in out["items"] if i["difference"] is not None]
    assert computed and all(fields <= set(i) for i in out["items"])
    for i in computed:
        assert i["kind"] == "therapy" and i["lag_days"] in (0, 1)
        assert i["ci_low"] < i["difference"] < i["ci_high"]
        assert math.isclose(i["mean_with"] - i["mean_without"], i["difference"], abs_tol=1e-9)
        assert 0 <= i["q_value"] <= 1 and i["q_value"] >= i["p_value"]
    # full precision, not rounded for print
    assert any(len(repr(i["difference"])) > 6 for i in computed)
    table = run_cli("insights", "--range", "90d", data_dir=data_dir)
    assert table.returncode == 0 and "went with" in table.stdout and "Could be chance" in table.stdout
    for word in ("causes", "helps", "triggers"):
        assert word not in table.stdout.lower()
    for bad in (
        ["--from", "2026-02-30"],
        ["--range", "5y"],
        ["--range", "2w", "--from", "2026-01-01"],
        ["--format", "xml"],
        ["--from", "2026-03-01", "--to", "2026-02-01"],
    ):
        refused = run_cli("insights", *bad, data_dir=data_dir)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, (bad, refused.stderr)
    assert content_hash(db) == before


def test_stats_where_filters_pain_by_region(data_dir):
    assert (
        run_cli(
            "log", "pain", "8", "--where", "leg_left", "--at", "2026-01-02T09:00+01:00", data_dir=data_dir
        ).returncode
        == 0
    )
    assert (
        run_cli("log", "pain", "2", "--where", "neck", "--at", "2026-01-02T11:00+01:00", data_dir=data_dir).returncode
        == 0
    )
    done = run_cli("stats", "--from", "2026-01-02", "--to", "2026-01-02", "--where", "leg_left", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["entries"], out["mean_of_daily_means"]) == (1, 8.0)
    both = json.loads(run_cli("stats", "--from", "2026-01-02", "--to", "2026-01-02", data_dir=data_dir).stdout)
    assert (both["entries"], both["mean_of_daily_means"]) == (2, 5.0)
    bad = run_cli("stats", "--where", "unicorn", data_dir=data_dir)
    assert bad.returncode == 2 and "lower_back" in bad.stderr and bad.stderr.count("\n") == 1

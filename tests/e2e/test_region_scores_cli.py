"""The real program: ``log pain --where lower_back=6,leg_left=4`` (issue 15), what ``list`` shows of it,
``stats --where`` using region scores, and bad input (one stderr line, exit 2, nothing changed)."""

from __future__ import annotations

import json

from tests.conftest import content_hash, run_cli


def test_log_pain_with_a_score_for_each_region(data_dir):
    done = run_cli(
        "log", "pain", "--where", "lower_back=6,leg_left=4", "--at", "2026-03-02T09:00:00+01:00", data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("logged pain 6/10 (Lower back 6, Leg (left) 4) at 2026-03-02T09:00+01:00")
    done = run_cli(
        "log", "pain", "3", "--where", "neck=2,leg_left=7", "--at", "2026-03-02T12:00:00+01:00", data_dir=data_dir
    )
    assert done.returncode == 0 and done.stdout.startswith("logged pain 3/10 (Neck 2, Leg (left) 7)"), done.stderr
    done = run_cli("log", "pain", "5", "--at", "2026-03-02T18:00:00+01:00", data_dir=data_dir)  # unchanged
    assert done.returncode == 0 and done.stdout.startswith("logged pain 5/10 at"), done.stderr

    listed = json.loads(run_cli("list", "--format", "json", data_dir=data_dir).stdout)
    assert [(r["score"], r["regions"], r["region_scores"]) for r in listed] == [
        (6, ["lower_back", "leg_left"], {"lower_back": 6, "leg_left": 4}),
        (3, ["neck", "leg_left"], {"neck": 2, "leg_left": 7}),
        (5, ["lower_back"], {}),
    ]
    table = run_cli("list", data_dir=data_dir).stdout
    assert "Lower back 6, Leg (left) 4" in table and "Neck 2, Leg (left) 7" in table
    csv_text = run_cli("list", "--format", "csv", data_dir=data_dir).stdout
    assert "lower_back=6,leg_left=4" in csv_text

    stats = run_cli(
        "stats",
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-02",
        "--where",
        "leg_left",
        "--format",
        "json",
        data_dir=data_dir,
    )
    assert stats.returncode == 0, stats.stderr
    [day] = json.loads(stats.stdout)["daily"]
    assert (day["n"], day["mean"], day["min"], day["max"]) == (2, 5.5, 4, 7)  # the leg's own scores 4 and 7


def test_bad_region_scores_exit_2_with_one_line_and_change_nothing(data_dir):
    assert run_cli("log", "pain", "4", data_dir=data_dir).returncode == 0
    db = data_dir / "journal.sqlite3"
    before = content_hash(db)
    for args, words in [
        (("--where", "lower_back=6,knee=4"), ("'knee' is not known", "leg_left")),
        (("--where", "lower_back=11"), ("11 is out of range", "0 (no pain) to 10")),
        (("--where", "lower_back=6,lower_back=4"), ("lower_back is named twice", "each region once")),
        (("--where", "lower_back=6,leg_left"), ("some regions but not for the others", "for every region")),
        (("--where", "lower_back=,leg_left=4"), ("is not REGION=SCORE", "REGION=SCORE")),
        (("--where", "lower_back=6=7"), ("is not REGION=SCORE", "neck")),
        (("--where", "lower_back,leg_left"), ("score", "is missing", "0 (no pain) to 10")),
        ((), ("score", "is missing")),
    ]:
        done = run_cli("log", "pain", *args, data_dir=data_dir)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, (args, done.stderr)
        assert all(w in lines[0] for w in words), (args, lines[0])
    assert content_hash(db) == before

"""The process benchmark runs (quick mode on a small journal) and writes every row as JSON. No timing
is asserted: speed is measured by ./dev bench, not by tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_the_quick_benchmark_measures_every_row_beside_its_floor(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "benchmarks/process_bench.py", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    (rows,) = results["sizes"].values()
    names = [r["what"] for r in rows]
    for expected in (
        "backjournal to the first painted window",
        "peak memory at the first paint",
        "Trends tab painted",
        "backjournal --version",
        "backjournal --help",
        "backjournal log pain 5",
        "backjournal report --range 1y",
        "JSON import of the whole journal",
        "longest event-loop stall, report",
        "longest event-loop stall, import",
    ):
        assert expected in names
    for r in rows:
        assert r["value"]["median"] > 0 and r["floor"]["median"] > 0
        assert r["value"]["min"] <= r["value"]["median"] <= r["value"]["max"]
        if r["unit"] == "s" and "stall" not in r["what"]:  # timed runs also give their CPU time and minima
            assert r["cpu"]["median"] > 0 and r["floor_cpu"]["median"] > 0 and r["min_ratio"] > 0
    assert "| backjournal --version" in done.stdout  # the table is printed too

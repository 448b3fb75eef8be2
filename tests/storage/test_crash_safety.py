"""Committed entries survive a crash (docs/reliability.md item 2): the kill -9 harness.

A child process (tests/storage/crash_writer.py) writes pain entries through our services and prints
each acknowledged id; the parent kills it with SIGKILL at a random moment — most often while it
writes, sometimes while it is still starting or opening the journal. After every kill:
the journal opens through the app's own gate (quick_check + foreign_key_check), passes the full
``integrity_check``, holds every acknowledged entry (so at least as many rows as the last ack), and
no entry lacks its region rows (no torn write).

Normal run: 50 kills (about 0.7 s each on a quiet machine). Full size: ``./dev slow`` or
``BACKJOURNAL_FULL_SIZE=1 pytest -m slow tests/storage/test_crash_safety.py`` (500 kills).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backjournal.services.opening import open_journal
from tests.conftest import ROOT

NORMAL_KILLS = 50
FULL_KILLS = 500


def run_and_kill(data_dir: Path, seed: int, rng: random.Random) -> list[int]:
    """Start the writer, kill -9 it at a random moment, return the ids it acknowledged."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", str(data_dir), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=os.environ.copy(),
    )
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        for raw in proc.stdout:
            text = raw.decode()
            if not text.endswith("\n"):
                break  # a line cut by the kill is not an acknowledgement
            if text == "ready\n":
                ready.set()
            else:
                lines.append(text)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.8))  # while starting / opening / maybe writing
        else:
            assert ready.wait(60), (
                f"writer never got ready: {proc.stderr.read1().decode() if proc.poll() is not None else ''}"
            )
            time.sleep(rng.uniform(0.0, 0.25))  # in the middle of writing
        if proc.poll() is not None:
            raise AssertionError(f"the writer died by itself: {proc.stderr.read().decode()}")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
        thread.join(30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return [int(x) for x in lines]


def verify_after_crash(data_dir: Path, acked: list[int]) -> int:
    opened = open_journal(data_dir, create=False)  # the app's own gate must accept the journal
    try:
        path = opened.path
    finally:
        opened.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {r[0] for r in con.execute("SELECT id FROM pain_entries")}
        missing = sorted(set(acked) - ids)
        assert not missing, f"acknowledged entries lost: {missing[:10]}"
        torn = con.execute(
            "SELECT count(*) FROM pain_entries p WHERE NOT EXISTS "
            "(SELECT 1 FROM pain_entry_regions r WHERE r.entry_id = p.id)"
        ).fetchone()[0]
        assert torn == 0, f"{torn} entries without their region rows"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        return len(ids)
    finally:
        con.close()


def kill_harness(data_dir: Path, kills: int, seed: int) -> tuple[int, float]:
    open_journal(data_dir).close()  # the journal exists before the first child opens it
    rng = random.Random(seed)
    acked_total: list[int] = []
    start = time.perf_counter()
    rows = 0
    for k in range(kills):
        acked = run_and_kill(data_dir, seed * 1000 + k, rng)
        acked_total += acked
        rows = verify_after_crash(data_dir, acked_total)
        assert rows >= len(acked_total)
    per_kill = (time.perf_counter() - start) / kills
    assert acked_total, "the writer acknowledged entries before it was killed"
    return rows, per_kill


def test_committed_entries_survive_kill_9(data_dir, record_property):
    rows, per_kill = kill_harness(data_dir, NORMAL_KILLS, seed=20260315)
    record_property("seconds_per_kill", round(per_kill, 3))
    record_property("rows", rows)
    print(f"{NORMAL_KILLS} kills, {per_kill:.2f} s per kill, {rows} entries survived")


@pytest.mark.slow
def test_committed_entries_survive_kill_9_full_size(data_dir, record_property):
    kills = FULL_KILLS if os.environ.get("BACKJOURNAL_FULL_SIZE") else NORMAL_KILLS
    rows, per_kill = kill_harness(data_dir, kills, seed=int(time.time()))
    record_property("seconds_per_kill", round(per_kill, 3))
    print(f"{kills} kills, {per_kill:.2f} s per kill, {rows} entries survived")

"""SIGTERM and Ctrl+C end the window and the command line cleanly (nothing half-written), and the
window without a display prints one line and exits 1 instead of aborting (issue 9)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def _wait_for(predicate, timeout: float = 90.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)  # polling a condition, not a fixed wait


def test_the_window_without_a_display_says_so_in_one_line_and_exits_1(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(tmp_path / "j")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert r.returncode == 1, r
    assert r.stderr.count("\n") == 1 and "needs a display" in r.stderr, r.stderr
    assert not (tmp_path / "j").exists(), "nothing was created"
    r = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(tmp_path / "j")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_env(DISPLAY=":97"),
        timeout=120,
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "':97' is not running" in r.stderr, r.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_the_normal_way(tmp_path, signum):
    data_dir = tmp_path / "j"
    assert (
        subprocess.run(
            [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir), "log", "pain", "4"],
            cwd=ROOT,
            capture_output=True,
            env=_env(),
        ).returncode
        == 0
    )
    window = subprocess.Popen(
        [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(QT_QPA_PLATFORM="offscreen"),
    )
    backups = data_dir / "backups"
    try:  # the start-up backup is made right after the window is shown
        _wait_for(
            lambda: any(p.name.startswith("auto-") for p in backups.glob("*.sqlite3")) or window.poll() is not None,
            what="the window",
        )
        assert window.poll() is None, window.communicate()
        window.send_signal(signum)
        _out, err = window.communicate(timeout=90)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 128 + signum, err
    journal = data_dir / "journal.sqlite3"
    assert not os.path.exists(f"{journal}-wal"), "the journal was closed: its write-ahead log folded in"
    con = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("big") / "j"
    r = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir), "demo", "--years", "30", "--seed", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_env(),
    )
    assert r.returncode == 0, r.stderr
    return data_dir


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_an_export_leaves_no_partial_file(big_journal, tmp_path, signum):
    out = tmp_path / "out"
    out.mkdir()
    cmd = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backjournal",
            "--data-dir",
            str(big_journal),
            "export",
            "json",
            "-o",
            str(out / "all.json"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        _wait_for(lambda: any(out.iterdir()) or cmd.poll() is not None, what="the export's temporary file")
        cmd.send_signal(signal.SIGSTOP)  # frozen in the middle of writing: the signal arrives there
        writing = [p.name for p in out.iterdir()]
        if cmd.poll() is not None or writing == ["all.json"]:
            cmd.send_signal(signal.SIGCONT)
            pytest.skip("the export finished before it could be interrupted")
        cmd.send_signal(signum)
        cmd.send_signal(signal.SIGCONT)
        _out, err = cmd.communicate(timeout=120)
    finally:
        if cmd.poll() is None:
            cmd.kill()
    assert cmd.returncode == 128 + signum, err
    assert err.count("\n") == 1 and "nothing was half-saved" in err, err
    assert list(out.iterdir()) == [], "no half-written export and no temporary file"

"""The program ends the way Python programs end: the command line never loads Qt and leaves through
``SystemExit`` (atexit handlers run, exit statuses kept); the window tears itself down and runs the
atexit handlers too; the minimal PySide6 repro (tests/repro/nested_modal_exit.py) exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Runs the real entry point (backjournal.app.run) with an atexit handler that writes the PySide6
# modules loaded at that moment (one a line) to MARKER: the file exists only if atexit handlers ran.
WRAPPER = r"""
import atexit, sys
marker = sys.argv[1]

def at_exit():
    with open(marker, "w", encoding="utf-8") as fh:
        fh.write("atexit ran\n" + "".join(m + "\n" for m in sorted(sys.modules) if m.startswith("PySide6")))

atexit.register(at_exit)
sys.argv = ["backjournal", *sys.argv[2:]]
from backjournal.app import run
run()
"""


def run_program(tmp_path: Path, *args: str, env: dict | None = None) -> tuple[subprocess.CompletedProcess, list[str]]:
    marker = tmp_path / "atexit.txt"
    marker.unlink(missing_ok=True)
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKJOURNAL_CONFIG_DIR": str(tmp_path / "config"),
        **(env or {}),
    }
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(marker), *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert marker.exists(), f"the atexit handlers did not run: {done.stderr[-2000:]}"
    lines = marker.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "atexit ran"
    return done, lines[1:]


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["log", "pain", "4"], 0),
        (["list", "--format", "json"], 0),
        (["log", "pain", "33"], 2),  # bad input: exit 2, still a normal exit
    ],
)
def test_a_command_never_loads_qt_and_ends_normally(tmp_path, args, status):
    done, qt_modules = run_program(tmp_path, "--data-dir", str(tmp_path / "journal"), *args)
    assert done.returncode == status, done.stderr[-2000:]
    assert qt_modules == [], "the command line imported PySide6"


def test_the_window_tears_down_and_runs_the_atexit_handlers(tmp_path):
    done, qt_modules = run_program(
        tmp_path, "--data-dir", str(tmp_path / "journal"), env={"BACKJOURNAL_EXIT_AFTER": "paint"}
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PySide6.QtWidgets" in qt_modules


def test_the_nested_modal_repro_exits_normally(tmp_path):
    marker = tmp_path / "repro.txt"
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "repro" / "nested_modal_exit.py"), str(marker)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert marker.read_text(encoding="utf-8") == "atexit ran\n"


def test_qt_calls_do_not_leak_references_to_none_or_bools():
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call until the process aborted
    ("none_dealloc"); pyproject.toml keeps it off Python < 3.12. This fails if an upgrade brings it back."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "repro" / "singleton_refcounts.py")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]

"""Slow (``./dev slow tests/packaging``; CI runs this file, bounded): BackJournal installed the way a
person installs it, into a clean environment that borrows nothing, its dependencies resolved by pip
from the package index: the wheel with pip (with the encryption extra) and the sdist with pipx (pip
builds it in an isolated build environment). Each passes packaging/smoke_test.sh: the window painted
offscreen, a new journal, an entry, a chart, a report. The fast tests (test_wheel.py,
test_sdist.py) borrow the test environment's dependencies instead, so only these notice a runtime
dependency missing from pyproject.toml."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.packaging.installing import ROOT, run

pytestmark = pytest.mark.slow
# The autouse fixture gives each test a temporary HOME; pip's download cache stays the person's.
PIP_CACHE = {"PIP_CACHE_DIR": os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")}


def smoke(exe: Path, tmp_path: Path) -> None:
    result = run(
        ["bash", ROOT / "packaging" / "smoke_test.sh", exe], cwd=tmp_path, timeout=900, env={"TMPDIR": str(tmp_path)}
    )
    assert "smoke: all 8 steps passed" in result.stdout, result.stdout


def test_pip_installs_the_wheel_and_its_dependencies_into_a_clean_venv(built, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    run([python, "-m", "pip", "install", "-q", f"{built[1]}[encryption]"], cwd=tmp_path, timeout=1800, env=PIP_CACHE)
    probe = "import sys, json; print(json.dumps(sys.path))"
    assert not [p for p in json.loads(run([python, "-c", probe], cwd=tmp_path).stdout) if p.startswith(sys.prefix)], (
        "the clean venv must not see the test environment"
    )
    run([python, "-c", "import sqlcipher3"], cwd=tmp_path)
    smoke(venv / "bin" / "backjournal", tmp_path)


def test_pipx_installs_the_sdist(built, tmp_path):
    pytest.importorskip("pipx", reason="pipx comes with the test extra")
    env = {
        **PIP_CACHE,
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(tmp_path / "bin"),
        "PIPX_MAN_DIR": str(tmp_path / "man"),
    }
    run([sys.executable, "-m", "pipx", "install", built[0]], cwd=tmp_path, timeout=1800, env=env)
    smoke(tmp_path / "bin" / "backjournal", tmp_path)

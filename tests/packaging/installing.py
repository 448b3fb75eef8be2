"""Helpers to build and install BackJournal in tests (fixtures in tests/packaging/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    ".wip",
)


def run(
    argv: list, *, cwd: Path, timeout: float = 120, env: dict | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """Run argv (outside this environment's PYTHON* variables, Qt offscreen); fail the test unless it exits 0."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    clean.update(env or {})
    result = subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, cwd=cwd, env=clean, timeout=timeout, **kwargs
    )
    assert result.returncode == 0, f"{argv}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def borrowing_venv(where: Path) -> Path:
    """A fresh virtual environment without pip that sees this environment's packages (PySide6,
    SQLAlchemy, ...) after its own, so installing with --no-deps gives a working program offline."""
    venv = where / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=where)
    python = venv / "bin" / "python"
    purelib = Path(
        run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=where).stdout.strip()
    )
    # Directories named in a .pth file go on sys.path after the venv's own site-packages; the .pth
    # files inside them (our editable install's finder among them) are not run.
    ours = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (purelib / "borrowed-dependencies.pth").write_text("\n".join(ours) + "\n")
    return venv


def pip_install(venv: Path, artifact: Path, *extra: str) -> None:
    """pip (this environment's) installs artifact, a wheel or an sdist, into venv, offline."""
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            venv / "bin" / "python",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            *extra,
            artifact,
        ],
        cwd=venv.parent,
        timeout=300,
    )

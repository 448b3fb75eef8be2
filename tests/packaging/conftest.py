"""Building and installing BackJournal the way a person or a distribution does, once per test session:
``python -m build`` on a copy of the sources (sdist first, then the wheel from the unpacked sdist),
and fresh virtual environments with the wheel or the sdist installed. Offline: the build runs without
isolation (build and setuptools come with the test extra) and each fresh environment borrows this
environment's dependencies through a .pth file instead of downloading them (tests/packaging/
test_clean_install.py, marked slow, installs with dependencies from the package index instead)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.installing import NOT_SOURCES, ROOT, borrowing_venv, pip_install, run


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(sdist, wheel) from a copy of the sources, so the build writes nothing into the checkout.
    ``python -m build`` makes the sdist first and the wheel from the unpacked sdist: MANIFEST.in is
    tested too."""
    source = tmp_path_factory.mktemp("source") / "backjournal"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, source], cwd=out, timeout=300)
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="session")
def wheel_venv(built, tmp_path_factory) -> Path:
    """A fresh virtual environment with only the wheel installed (no dependencies resolved)."""
    venv = borrowing_venv(tmp_path_factory.mktemp("wheel-venv"))
    pip_install(venv, built[1])
    return venv


@pytest.fixture(scope="session")
def sdist_venv(built, tmp_path_factory) -> Path:
    """A fresh virtual environment with BackJournal built and installed by pip from the sdist (as
    ``pip install backjournal-X.tar.gz`` or pipx does when no wheel fits): pip builds a wheel from
    the unpacked sdist with the build backend (borrowed setuptools, no isolation: offline)."""
    venv = borrowing_venv(tmp_path_factory.mktemp("sdist-venv"))
    pip_install(venv, built[0], "--no-build-isolation")
    return venv

"""The wheel stands on its own: built from the sdist (as a distribution would), installed into a fresh
virtual environment, and run outside the checkout (window and command line) with the cards, icons,
desktop files and migrations it carries. The build and the environments come from
tests/packaging/conftest.py (once per session, offline)."""

from __future__ import annotations

import json
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import backjournal
from tests.packaging.installing import ROOT
from tests.packaging.installing import run as _run


def _files(folder: Path, pattern: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in folder.glob(pattern) if p.is_file()}


@pytest.fixture(scope="module")
def venv_dir(wheel_venv) -> Path:
    return wheel_venv


@pytest.fixture(scope="module")
def demo_journal(venv_dir, tmp_path_factory) -> Path:
    """A journal the installed program filled with ``demo`` (its migrations come from the wheel)."""
    data = tmp_path_factory.mktemp("journal")
    _run([venv_dir / "bin" / "backjournal", "--data-dir", data, "demo", "--years", "1", "--seed", "7"], cwd=data)
    assert (data / "journal.sqlite3").is_file()
    return data


def test_every_package_and_data_folder_is_listed_in_pyproject():
    """With the package-dir mapping the package list is explicit; a new folder left out of it would be
    missing from the wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = set()
    for top, name in ((ROOT / "backjournal", "backjournal"), (ROOT / "resources", "backjournal.resources")):
        on_disk.add(name)
        for folder in top.rglob("*"):
            if folder.is_dir() and "__pycache__" not in folder.parts:
                on_disk.add(".".join([name, *folder.relative_to(top).parts]))
    assert not on_disk - listed, (
        f"add these to [tool.setuptools] packages in pyproject.toml: {sorted(on_disk - listed)}"
    )
    assert not listed - on_disk, f"listed in pyproject.toml but not on disk: {sorted(listed - on_disk)}"


def test_the_wheel_carries_the_resources_migrations_and_licence(built):
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        *_files(ROOT / "resources" / "cards", "*.md"),
        *_files(ROOT / "resources" / "icons", "*.svg"),
        *_files(ROOT / "resources" / "icons", "*.png"),
        *_files(ROOT / "resources" / "bodymap", "*.svg"),
        *_files(ROOT / "resources" / "linux", "*"),
    }
    assert len(shipped) > 24
    expected = {"backjournal/" + name for name in shipped} | {
        "backjournal/" + p.relative_to(ROOT / "backjournal").as_posix()
        for p in (ROOT / "backjournal" / "storage" / "migrations").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)}"
    assert not any(n.startswith(("tests/", "resources/")) for n in names)
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    licence = zipfile.ZipFile(wheel).read(f"{dist_info}/licenses/LICENSE").decode()
    assert licence == (ROOT / "LICENSE").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    runtime = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert runtime and not [line for line in runtime if "fhir" in line.lower() or "pydantic" in line.lower()]


def test_the_sdist_can_rebuild_and_test(built):
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "alembic.ini",
        "dev",
        "tests/conftest.py",
        "resources/__init__.py",
        "resources/cards/red-flags.md",
        "docs/formats.md",
        "tests/fixtures/journal-0001.sqlite3",
        "backjournal/storage/migrations/script.py.mako",
    ):
        assert needed in names, f"{needed} is missing from the sdist"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert "setup.py" not in names


def test_the_installed_wheel_runs_outside_the_checkout(venv_dir, demo_journal, tmp_path):
    bin_dir = venv_dir / "bin"
    version = _run([bin_dir / "backjournal", "--version"], cwd=tmp_path).stdout
    assert backjournal.__version__ in version

    probe = (
        "import json, backjournal, backjournal.resource_files as r, backjournal.storage.database as d\n"
        "from backjournal.cards import CardLibrary\n"
        "print(json.dumps({'code': backjournal.__file__, 'cards': str(r.cards_dir()),"
        " 'ncards': len(CardLibrary.load().all()), 'icon': str(r.icon_path()),"
        " 'desktop': str(r.desktop_file()), 'metainfo': str(r.metainfo_file()),"
        " 'migrations': str(d.MIGRATIONS_DIR), 'head': d.head_revision()}))"
    )
    found = json.loads(_run([bin_dir / "python", "-c", probe], cwd=tmp_path).stdout)
    installed = venv_dir.resolve()
    for key in ("code", "cards", "icon", "desktop", "metainfo", "migrations"):
        assert Path(found[key]).resolve().is_relative_to(installed), f"{key} read from {found[key]}, not the wheel"
    assert found["ncards"] == len(list((ROOT / "resources" / "cards").glob("*.md")))

    data = demo_journal
    chart = tmp_path / "trend.png"
    _run([bin_dir / "backjournal", "--data-dir", data, "chart", "--range", "90d", "-o", chart], cwd=tmp_path)
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    report = tmp_path / "report.pdf"
    _run(
        [bin_dir / "backjournal", "--data-dir", data, "report", "--sections", "summary,cards", "-o", report],
        cwd=tmp_path,
    )
    assert report.read_bytes().startswith(b"%PDF")


def test_the_installed_wheel_opens_its_window(venv_dir, tmp_path):
    """The window starts from the installed wheel (offscreen), paints, opens a new journal and shows
    Trends: Qt, the icon and the storage stack all come from the installation."""
    data = tmp_path / "journal"
    env = {"BACKJOURNAL_CONFIG_DIR": str(tmp_path / "config")}
    _run(
        [venv_dir / "bin" / "backjournal", "--data-dir", data],
        cwd=tmp_path,
        env={**env, "BACKJOURNAL_EXIT_AFTER": "paint"},
    )
    _run(
        [venv_dir / "bin" / "backjournal", "--data-dir", data],
        cwd=tmp_path,
        env={**env, "BACKJOURNAL_EXIT_AFTER": "trends"},
    )
    assert (data / "journal.sqlite3").stat().st_size > 0


def test_the_fhir_export_needs_neither_fhir_resources_nor_pydantic(venv_dir, demo_journal, tmp_path):
    """They are test dependencies only: the export builds plain dicts (importing them here fails)."""
    data = demo_journal
    bundle = tmp_path / "bundle.json"
    script = (
        "import sys\n"
        "sys.modules.update(dict.fromkeys(['fhir', 'fhir.resources', 'fhir_core', 'pydantic', 'pydantic_core']))\n"
        "from backjournal.app import run\n"
        f"sys.argv = ['backjournal', '--data-dir', {str(data)!r}, 'export', 'fhir', '-o', {str(bundle)!r}]\n"
        "run()\n"
    )
    _run([venv_dir / "bin" / "python", "-c", script], cwd=tmp_path)
    assert json.loads(bundle.read_text())["resourceType"] == "Bundle"

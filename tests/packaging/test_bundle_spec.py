"""The PyInstaller spec is valid without a full build (that is packaging/build.sh, about half a minute
of CPU plus its smoke test): the spec file is run as PyInstaller runs it, with the real
PyInstaller.utils.hooks, but its build steps (Analysis, PYZ, EXE, COLLECT, BUNDLE) record their
arguments instead of building. Every input they name must exist: the entry script, each data
folder, each hidden import, the icon; and the Linux share/ tree it lays out must be complete."""

from __future__ import annotations

import ast
import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from backjournal import APP_ID, APP_NAME

pytest.importorskip("PyInstaller", reason="pyinstaller comes with the test extra (./dev setup)")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "backjournal.spec"
SCRIPT = next(iter(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]))


class Step:
    """Stands in for one of PyInstaller's build steps: keeps what it was given."""

    def __init__(self, kind: str, calls: list, args: tuple, kwargs: dict) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # Attributes later steps read from the Analysis (a.pure, a.scripts, a.binaries, a.datas).
        self.pure, self.scripts, self.binaries, self.datas, self.zipped_data = [], [], [], [], []
        calls.append(self)


def run_spec(dist: Path, platform: str) -> dict[str, list[Step]]:
    calls: list[Step] = []

    def step(kind):
        return lambda *args, **kwargs: Step(kind, calls, args, kwargs)

    namespace = {name: step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE", "TOC", "MERGE")}
    namespace.update(
        SPECPATH=str(SPEC.parent),
        DISTPATH=str(dist),
        workpath=str(dist / "work"),
        specnm=SPEC.stem,
        __file__=str(SPEC),
        __name__="__main__",
    )
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    saved_platform, saved_path = sys.platform, list(sys.path)
    try:
        sys.platform = platform
        exec(code, namespace)
    finally:
        sys.platform, sys.path[:] = saved_platform, saved_path
    found: dict[str, list[Step]] = {}
    for call in calls:
        found.setdefault(call.kind, []).append(call)
    return found


@pytest.fixture(scope="module")
def linux(tmp_path_factory) -> tuple[Path, dict[str, list[Step]]]:
    dist = tmp_path_factory.mktemp("dist")
    return dist, run_spec(dist, "linux")


def test_the_analysis_inputs_exist(linux):
    _, steps = linux
    (analysis,) = steps["Analysis"]
    (entry,) = analysis.args[0]
    assert Path(entry).is_file() and Path(entry).parent == SPEC.parent
    tree = ast.parse(Path(entry).read_text(encoding="utf-8"))
    imported = {
        (node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert ("backjournal.app", "run") in imported
    assert importlib.util.find_spec("backjournal.app") is not None
    for folder in analysis.kwargs["pathex"]:
        assert Path(folder).is_dir(), folder
    datas = analysis.kwargs["datas"]
    assert datas
    for source, target in datas:
        assert Path(source).exists(), f"the spec collects {source}, which does not exist"
        assert target.startswith("backjournal/")
    targets = {t: Path(s) for s, t in datas}
    assert (targets["backjournal/resources"] / "cards" / "red-flags.md").is_file()
    assert (targets["backjournal/storage/migrations"] / "env.py").is_file()


def test_every_hidden_import_can_be_found(linux):
    _, steps = linux
    hidden = steps["Analysis"][0].kwargs["hiddenimports"]
    assert "backjournal.ui.main_window" in hidden and "backjournal.cli" in hidden
    assert any(name.startswith("backjournal.storage.migrations.versions.") for name in hidden)
    missing = [name for name in hidden if importlib.util.find_spec(name) is None]
    assert not missing, f"hidden imports that do not exist: {missing}"


def test_the_executable_and_folder_names(linux):
    _, steps = linux
    (exe,) = steps["EXE"]
    assert exe.kwargs["name"] == SCRIPT, "the .desktop file's Exec and the README name this executable"
    assert exe.kwargs["exclude_binaries"] is True, "one folder, not one file"
    assert exe.kwargs["icon"] is None, "Linux executables have no icon (PyInstaller warns); the .desktop names it"
    (coll,) = steps["COLLECT"]
    assert coll.kwargs["name"] == APP_NAME
    assert "BUNDLE" not in steps, "the macOS .app only on macOS"


def test_the_linux_share_tree_is_laid_out(linux):
    dist, _ = linux
    share = dist / APP_NAME / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    sizes = sorted(
        int(p.parent.parent.name.split("x")[0]) for p in (share / "icons" / "hicolor").glob(f"*x*/apps/{APP_ID}.png")
    )
    assert sizes == [16, 22, 24, 32, 48, 64, 128, 256, 512]


def test_on_macos_the_spec_makes_an_app_bundle(tmp_path):
    steps = run_spec(tmp_path, "darwin")
    assert Path(steps["EXE"][0].kwargs["icon"]).is_file()
    (bundle,) = steps["BUNDLE"]
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert Path(bundle.kwargs["icon"]).is_file()
    assert not (tmp_path / APP_NAME / "share").exists(), "the freedesktop tree only on Linux"

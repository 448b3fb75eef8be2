"""The Flatpak manifest (packaging/flatpak/) as far as it can be checked without the network: it cannot
be built here (the runtime, the PySide BaseApp and the wheels are downloaded by flatpak-builder).
flatpak-builder itself parses it (--show-manifest: every property known, every module file
found); the rest are the promises of docs/privacy.md and packaging/README.md: the app id is the
desktop and AppStream id, no network permission, no home or host access, every Python dependency
pinned by file name and sha256 for each architecture (the lock; the modules with the index's URLs are
made from it right before flatpak-builder, here with placeholder URLs), the launcher, metainfo and
every icon size installed."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from backjournal import APP_ID
from backjournal.resource_files import desktop_file, metainfo_file

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.json"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
ARCHES = {"x86_64", "aarch64"}
PYTHON_TAG = "cp312"  # org.kde.Platform 6.8's Python 3.12 (generate_modules.PYTHON_VERSION)
# What the journal needs: a window (Wayland, X11 only where there is no Wayland), GPU drawing, the
# tray icon and its reminder notification. Files: only the app's own data folder (the sandbox's,
# no permission needed); another folder is chosen through the file chooser portal.
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--talk-name=org.freedesktop.Notifications",
}


def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def _generator():
    spec = importlib.util.spec_from_file_location("generate_modules", FLATPAK / "generate_modules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lock() -> dict:
    return json.loads((FLATPAK / "python3-dependencies.lock.json").read_text(encoding="utf-8"))


def placeholder_url(filename: str) -> str:
    return f"https://index.invalid/packages/{filename}"


def dependency_modules() -> list[dict]:
    """The modules generate_modules.py makes from the lock (with placeholder URLs: the real ones come
    from the package index when the Flatpak is built)."""
    return _generator().modules(lock(), placeholder_url)["modules"]


def app_module() -> dict:
    return next(m for m in manifest()["modules"] if isinstance(m, dict) and m["name"] == "backjournal")


def test_the_manifest_names_the_app_runtime_and_command():
    found = manifest()
    for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
        assert found.get(key), f"the manifest has no {key}"
    assert found["id"] == APP_ID
    assert desktop_file().name == f"{found['id']}.desktop"
    assert ET.parse(metainfo_file()).getroot().findtext("id") == found["id"]
    assert found["command"] in PROJECT["scripts"]
    assert (found["runtime"], found["sdk"]) == ("org.kde.Platform", "org.kde.Sdk")
    assert found["base"] == "io.qt.PySide.BaseApp" and found["base-version"] == found["runtime-version"]
    assert "/app/cleanup-BaseApp.sh" in found["cleanup-commands"]


def test_no_network_and_no_files_beyond_the_apps_own():
    args = manifest()["finish-args"]
    assert not [a for a in args if a.startswith("--share=network")]
    assert not [a for a in args if a.startswith(("--filesystem", "--persist"))], "files only through portals"
    assert "--socket=x11" not in args, "X11 only as the fallback where there is no Wayland"
    assert set(args) <= ALLOWED_FINISH_ARGS, f"not needed by the journal: {sorted(set(args) - ALLOWED_FINISH_ARGS)}"
    assert {"--socket=wayland", "--socket=fallback-x11"} <= set(args)
    for module in [app_module(), *dependency_modules()]:
        assert "--share=network" not in json.dumps(module.get("build-options", {})), module["name"]


def test_every_python_dependency_is_a_pinned_file_for_each_architecture():
    modules = dependency_modules()
    by_name = {}
    for module in modules:
        assert module["buildsystem"] == "simple"
        assert any("--no-index" in c and "--no-deps" in c for c in module["build-commands"]), module["name"]
        wheels: dict[str, str] = {}
        for source in module["sources"]:
            assert source["type"] == "file"
            assert source["url"].startswith("https://"), source["url"]
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
            name, version, _, tags = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
            assert any(t.interpreter in {PYTHON_TAG, "py3"} and t.abi in {PYTHON_TAG, "abi3", "none"} for t in tags), (
                f"{source['url']} is not for the runtime's Python ({PYTHON_TAG})"
            )
            arches = source.get("only-arches", sorted(ARCHES))
            assert set(arches) <= ARCHES
            for arch in arches:
                assert arch not in wheels, f"two wheels of {name} for {arch}"
                wheels[arch] = str(version)
            by_name[canonicalize_name(name)] = version
        assert set(wheels) == ARCHES, f"{module['name']}: no wheel for {sorted(ARCHES - set(wheels))}"
        assert len(set(wheels.values())) == 1, f"{module['name']}: different versions per architecture"
    wanted = [Requirement(r) for r in [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["encryption"]]]
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        if name.startswith("pyside6"):
            continue  # the BaseApp's PySide6, built for the runtime's Qt
        assert name in by_name, f"{requirement} has no Flatpak module (run packaging/flatpak/generate_modules.py)"
        assert requirement.specifier.contains(by_name[name]), f"{name} {by_name[name]} does not meet {requirement}"
    assert "setuptools" in by_name, "BackJournal's build backend"
    assert lock()["python"] == _generator().PYTHON_VERSION == "3.12"
    setuptools = next(m for m in modules if m["name"] == "python3-setuptools")
    assert setuptools.get("cleanup") == ["*"], "setuptools builds BackJournal and is not shipped"


def test_the_app_module_installs_the_program_launcher_metainfo_and_icons():
    module = app_module()
    (source,) = module["sources"]
    assert source["type"] == "dir" and (MANIFEST.parent / source["path"]).resolve() == ROOT
    commands = "\n".join(module["build-commands"])
    assert "--no-index" in commands and "--no-build-isolation" in commands
    assert "${FLATPAK_DEST}/share/applications/${FLATPAK_ID}.desktop" in commands
    assert "${FLATPAK_DEST}/share/metainfo/${FLATPAK_ID}.metainfo.xml" in commands
    assert "${FLATPAK_DEST}/share/icons/hicolor/scalable/apps/${FLATPAK_ID}.svg" in commands
    loop = re.search(r"for size in ([\d ]+); do install -Dm644 (\S+) (\S+); done", commands)
    assert loop, commands
    sizes = [int(s) for s in loop.group(1).split()]
    assert sizes == [16, 22, 24, 32, 48, 64, 128, 256, 512]
    assert loop.group(3) == "${FLATPAK_DEST}/share/icons/hicolor/${size}x${size}/apps/${FLATPAK_ID}.png"
    for size in sizes:
        assert (ROOT / loop.group(2).replace("${size}", str(size))).is_file()
    for path in re.findall(r"install -Dm644 (resources/\S+?) ", commands):
        if "${size}" in path:
            continue  # the loop, checked above
        assert (ROOT / path.replace("${FLATPAK_ID}", APP_ID)).is_file(), path


def test_flatpak_builder_reads_the_manifest(tmp_path):
    """flatpak-builder (Debian package flatpak-builder, installed by ./dev) parses it, the module file
    included, and knows every property (a misspelt one is only a warning, so warnings fail here)."""
    tool = shutil.which("flatpak-builder")
    if tool is None:
        pytest.fail("flatpak-builder is not installed: ./dev setup installs it (Debian package flatpak-builder)")
    (tmp_path / MANIFEST.name).write_text(MANIFEST.read_text())
    generated = _generator().modules(lock(), placeholder_url)
    (tmp_path / "python3-dependencies.json").write_text(json.dumps(generated))
    result = subprocess.run(
        [tool, "--show-manifest", MANIFEST.name], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "Unknown property" not in result.stderr, result.stderr
    shown = json.loads(result.stdout)
    (deps,) = [m for m in shown["modules"] if m["name"] == "python3-dependencies"]
    assert len(deps["modules"]) == len(dependency_modules())

    (tmp_path / MANIFEST.name).write_text(MANIFEST.read_text().replace('"finish-args"', '"finish-arg"'))
    result = subprocess.run(
        [tool, "--show-manifest", MANIFEST.name], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert "Unknown property finish-arg" in result.stderr, "the check above would not notice a misspelt key"

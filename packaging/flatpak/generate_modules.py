"""The Flatpak modules that install BackJournal's Python dependencies (flatpak-pip-generator style:
one module per package, every wheel a ``file`` source with its sha256, so flatpak-builder downloads
them before the sandboxed, network-less build).

    python3 packaging/flatpak/generate_modules.py           # python3-dependencies.json from the lock
    python3 packaging/flatpak/generate_modules.py --lock    # re-resolve: python3-dependencies.lock.json

The lock (committed) pins every wheel by file name and sha256 for each architecture. Writing the
modules asks pip (the package index's ordinary client) where each pinned file is downloaded from,
checks that the index's sha256 is the locked one, and writes python3-dependencies.json beside the
manifest (not committed: it is made right before ``flatpak-builder``, which needs the network anyway;
packaging/README.md has the commands).

The requirements are pyproject.toml's runtime dependencies and the encryption extra, except
PySide6 (the io.qt.PySide.BaseApp the manifest builds on provides it, built against the KDE
runtime's Qt), plus setuptools to build BackJournal itself (removed after the build). pip resolves
them for the runtime's Python (PYTHON_VERSION) as binary wheels for each architecture
(``pip install --dry-run --report``). tests/packaging/test_flatpak.py checks the lock and the
modules made from it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
LOCK = HERE / "python3-dependencies.lock.json"
OUT = HERE / "python3-dependencies.json"
PYTHON_VERSION = "3.12"  # org.kde.Platform 6.8 (freedesktop-sdk 24.08)
ARCHES = {
    "x86_64": ["manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "aarch64": ["manylinux_2_28_aarch64", "manylinux_2_27_aarch64", "manylinux_2_17_aarch64", "manylinux2014_aarch64"],
}
FROM_BASE_APP = {"pyside6-essentials", "pyside6", "shiboken6"}
BUILD_ONLY = {"setuptools": ">=77"}  # pyproject.toml's build backend


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["encryption"]]
    kept = [r for r in wanted if canonical(re.split(r"[<>=!~ \[;]", r, maxsplit=1)[0]) not in FROM_BASE_APP]
    return kept + [f"{name}{spec}" for name, spec in BUILD_ONLY.items()]


def pip_report(arch: str, reqs: list[str], *, no_deps: bool = False) -> list[dict]:
    """What pip would install for reqs on arch (binary wheels for PYTHON_VERSION), from the package index
    alone: [{name, version, filename, url, sha256}]."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull  # the index alone: no local find-links, mirrors or constraints
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        platforms = [arg for tag in ARCHES[arch] for arg in ("--platform", tag)]
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--dry-run",
                "--ignore-installed",
                "--quiet",
                "--only-binary=:all:",
                *platforms,
                "--python-version",
                PYTHON_VERSION,
                "--implementation",
                "cp",
                *(["--no-deps"] if no_deps else []),
                "--target",
                str(Path(tmp) / "target"),
                "--report",
                str(report),
                *reqs,
            ],
            check=True,
            env=env,
        )
        installs = json.loads(report.read_text())["install"]
    found = []
    for item in installs:
        info = item["download_info"]
        if not info["url"].startswith("https://"):
            raise SystemExit(f"generate_modules: {info['url']} is not from the package index")
        found.append(
            {
                "name": canonical(item["metadata"]["name"]),
                "version": item["metadata"]["version"],
                "filename": info["url"].rsplit("/", 1)[1],
                "url": info["url"],
                "sha256": info["archive_info"]["hashes"]["sha256"],
            }
        )
    return found


def make_lock() -> dict:
    """Resolve the requirements for every architecture: {python, packages: [{name, version, files}]}."""
    per_arch = {arch: {f["name"]: f for f in pip_report(arch, requirements())} for arch in ARCHES}
    packages = []
    for name in sorted({n for files in per_arch.values() for n in files}):
        files = {arch: per_arch[arch].get(name) for arch in ARCHES}
        missing = [arch for arch, f in files.items() if f is None]
        if missing:
            raise SystemExit(f"generate_modules: no wheel of {name} for {missing}")
        if len({f["version"] for f in files.values()}) != 1:
            raise SystemExit(f"generate_modules: {name} resolves to different versions per architecture")
        entries: dict[str, dict] = {}
        for arch, f in files.items():
            entry = entries.setdefault(f["filename"], {"filename": f["filename"], "sha256": f["sha256"], "arches": []})
            entry["arches"].append(arch)
        packages.append(
            {
                "name": name,
                "version": next(iter(files.values()))["version"],
                "build_only": name in BUILD_ONLY,
                "files": list(entries.values()),
            }
        )
    return {"python": PYTHON_VERSION, "packages": packages}


def modules(lock: dict, url_for: Callable[[str], str]) -> dict:
    """The flatpak-builder module tree for a lock; url_for(filename) is where that file is downloaded."""
    children = []
    for package in lock["packages"]:
        sources = []
        for f in package["files"]:
            source = {"type": "file", "url": url_for(f["filename"]), "sha256": f["sha256"]}
            if set(f["arches"]) != set(ARCHES):  # a wheel for some architectures only
                source["only-arches"] = sorted(f["arches"])
            sources.append(source)
        module = {
            "name": f"python3-{package['name']}",
            "buildsystem": "simple",
            "build-commands": [
                "pip3 install --verbose --exec-prefix=${FLATPAK_DEST} --prefix=${FLATPAK_DEST} --no-deps --no-index"
                f' --no-build-isolation --find-links="file://${{PWD}}" "{package["name"]}"'
            ],
            "sources": sources,
        }
        if package["build_only"]:
            module["cleanup"] = ["*"]  # needed to build BackJournal, not to run it
        children.append(module)
    return {"name": "python3-dependencies", "buildsystem": "simple", "build-commands": [], "modules": children}


def index_urls(lock: dict) -> dict[str, str]:
    """Where the package index serves each locked file; fails when the index's sha256 differs from the lock's."""
    urls: dict[str, str] = {}
    locked = {f["filename"]: f["sha256"] for p in lock["packages"] for f in p["files"]}
    for arch in ARCHES:
        pins = [f"{p['name']}=={p['version']}" for p in lock["packages"]]
        for f in pip_report(arch, pins, no_deps=True):
            if f["filename"] not in locked:
                raise SystemExit(
                    f"generate_modules: the index offers {f['filename']}, not the locked file; re-lock with --lock"
                )
            if f["sha256"] != locked[f["filename"]]:
                raise SystemExit(f"generate_modules: {f['filename']}: the index's sha256 differs from the lock")
            urls[f["filename"]] = f["url"]
    missing = set(locked) - set(urls)
    if missing:
        raise SystemExit(f"generate_modules: the index did not offer {sorted(missing)}")
    return urls


def main(argv: list[str]) -> int:
    if argv[1:] == ["--lock"]:
        lock = make_lock()
        LOCK.write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {LOCK.relative_to(ROOT)}: {len(lock['packages'])} packages")
        return 0
    if argv[1:]:
        print("usage: generate_modules.py [--lock]", file=sys.stderr)
        return 2
    lock = json.loads(LOCK.read_text(encoding="utf-8"))
    urls = index_urls(lock)
    OUT.write_text(json.dumps(modules(lock, urls.__getitem__), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(lock['packages'])} packages, every sha256 as locked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The Linux desktop integration files (resources/linux) pass the freedesktop.org validators and
agree with each other and with the program: AppStream (appstreamcli validate --pedantic --no-net,
Debian package appstream) and the launcher (desktop-file-validate, Debian package desktop-file-utils);
./dev installs both (APT_TEST)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backjournal import APP_ID, __version__
from backjournal.resource_files import desktop_file, icon_path, metainfo_file

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
SCRIPT = next(iter(PROJECT["scripts"]))

# Findings the validator may report and why they stay:
ACCEPTED = {
    # Reverse-DNS ids keep the project's capitals (the id is also the Qt desktop file name, APP_ID).
    ("cid-contains-uppercase-letter", APP_ID),
    # AppStream before 1.0 (Debian 12 ships 0.16) does not know <developer>, which 1.0 and Flathub require.
    ("unknown-tag", "developer"),
}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: ./dev setup installs it (Debian packages appstream, desktop-file-utils)")
    return path


def test_metainfo_passes_appstreamcli_pedantic():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--pedantic", "--no-net", str(metainfo_file())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # "P: <id>:<line>: <tag> [detail]", the detail sometimes on the next, indented line
    findings = re.findall(r"^[EWIP]: \S+ ?(\S+?)(?: (.*))?\n(?:[ \t]+(\S.*))?", output, flags=re.MULTILINE)
    assert findings, f"the validator's output was not understood:\n{output}"
    unexpected = [f for f in findings if (f[0], (f[1] or f[2]).strip()) not in ACCEPTED]
    assert not unexpected, output


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(desktop_file())], capture_output=True, text=True, timeout=60
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r": (error|warning): ", output), output  # hints (other categories) are suggestions


def test_metainfo_describes_the_program():
    root = ET.parse(metainfo_file()).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("developer").get("id") and root.findtext("developer/name")
    urls = {u.get("type"): u.text for u in root.findall("url")}
    assert {"homepage", "bugtracker"} <= set(urls) and all(u.startswith("https://") for u in urls.values())
    shots = root.findall("screenshots/screenshot")
    assert shots and all(s.findtext("caption") and s.findtext("image", "").startswith("https://") for s in shots)
    for shot in shots:  # each picture is one of the README's, in this repository
        assert (ROOT / "docs" / "screenshots" / shot.findtext("image").rsplit("/", 1)[1]).is_file()
    assert root.findtext("provides/binary") == SCRIPT
    assert root.findtext("provides/id") == f"{APP_ID}.desktop"
    assert root.findtext("launchable") == desktop_file().name
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__, "the newest release first, and it is this version"
    assert all(r.find("description") is not None for r in releases), "every release has notes"


def test_desktop_file_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop_file(), encoding="utf-8")
    group = entry["Desktop Entry"]
    assert desktop_file().name == f"{APP_ID}.desktop"
    assert group["Exec"].split()[0] == SCRIPT
    assert group["Icon"] == APP_ID  # installed under this name (packaging/README.md)
    assert icon_path().read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))

"""docs/reliability.md item 16: no network, no telemetry.

The whole suite runs under pytest-socket (--disable-socket, only Unix sockets allowed). These tests
start the real window and the real command line in fresh processes (so nothing another test
imported counts) and check that no HTTP client was ever imported and no Internet socket was made:
a Python audit hook records every socket.connect / getaddrinfo / socket creation of a non-Unix family.

Known and allowed: fpdf2 imports http.client (for fetching images by URL, which we never do), so
the PDF report imports fpdf lazily, only when a report is made; a plain start never loads it.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli

FORBIDDEN = ("requests", "urllib3", "http.client", "httpx", "aiohttp", "ftplib", "smtplib", "urllib.request")

PROBE = r"""
import json, socket, sys
events = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "socket.bind"):
        events.append([event, repr(args)[:200]])
    elif event == "socket.__new__" and args and args[1] != socket.AF_UNIX:
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)

def report(extra):
    mods = sorted(m for m in sys.modules if m.split(".")[0] in ("requests", "urllib3", "httpx", "aiohttp")
                  or m in ("http.client", "ftplib", "smtplib", "urllib.request"))
    qtnet = sys.modules.get("PySide6.QtNetwork")
    print("PROBE=" + json.dumps({"modules": mods, "sockets": events, "qtnetwork": qtnet is not None, **extra}))
"""

GUI = (
    PROBE
    + r"""
from pathlib import Path
from PySide6.QtCore import QSettings
from backjournal.ui.application import build_main_window, make_qapplication, setup_logging
from backjournal.services.opening import open_journal
from backjournal.ui.single_instance import SingleInstance
app = make_qapplication([sys.argv[0]])
setup_logging()
data_dir = Path(sys.argv[1])
instance = SingleInstance(data_dir)
assert instance.claim()
opened = open_journal(data_dir)
w = build_main_window(opened, QSettings(str(data_dir.parent / "w.ini"), QSettings.Format.IniFormat))
w.show()
for i in range(w.tabs.count()):  # visit every view, lazy ones included
    w.tabs.setCurrentIndex(i)
    app.processEvents()
tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
w.close()
opened.close()
instance.release()
report({"tabs": tabs})
"""
)

CLI = (
    PROBE
    + r"""
from backjournal.app import main
code = main(sys.argv[1:])
report({"code": code})
"""
)


def _probe(script: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("PROBE=")]
    assert done.returncode == 0 and lines, (done.stdout[-2000:], done.stderr[-4000:])
    return json.loads(lines[-1].removeprefix("PROBE="))


@pytest.mark.gui
def test_full_window_start_imports_no_http_client_and_opens_no_socket(data_dir):
    assert run_cli("log", "pain", "5", "--where", "lower_back", "--note", "probe", data_dir=data_dir).returncode == 0
    result = _probe(GUI, str(data_dir))
    assert len(result["tabs"]) >= 2
    assert result["modules"] == []
    assert result["sockets"] == []
    assert result["qtnetwork"]  # loaded, for the single-instance local socket only (see the next test)


def test_command_line_list_imports_no_http_client_and_no_qt(data_dir):
    assert run_cli("log", "pain", "5", "--where", "lower_back", data_dir=data_dir).returncode == 0
    result = _probe(CLI, "--data-dir", str(data_dir), "list")
    assert result["code"] == 0
    assert result["modules"] == []
    assert result["sockets"] == []
    assert not result["qtnetwork"]


def test_qtnetwork_is_used_only_for_local_sockets():
    """Source check: the only QtNetwork names BackJournal imports are QLocalServer and QLocalSocket."""
    used: dict[str, set[str]] = {}
    for path in (ROOT / "backjournal").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "QtNetwork" in node.module:
                used.setdefault(str(path.relative_to(ROOT)), set()).update(a.name for a in node.names)
            elif isinstance(node, ast.Import) and any("QtNetwork" in a.name for a in node.names):
                used.setdefault(str(path.relative_to(ROOT)), set()).add("<module>")
            elif (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.split(".")[0] in ("requests", "urllib3", "httpx", "aiohttp")
            ) or (
                isinstance(node, ast.Import)
                and any(a.name.split(".")[0] in ("requests", "urllib3") for a in node.names)
            ):
                pytest.fail(f"{path} imports an HTTP client")
    assert set().union(*used.values()) <= {"QLocalServer", "QLocalSocket"}, used
    assert list(used) == ["backjournal/ui/single_instance.py"]


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_suite_itself_cannot_open_internet_sockets():
    import socket

    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)

"""Shared fixtures: a real journal file in a temporary folder, and the real program as a subprocess."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """No test touches the real user folders: data, config and Qt settings go to temporary folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("BACKJOURNAL_CONFIG_DIR", str(home / ".config" / "BackJournal"))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / ".mpl"))
    monkeypatch.delenv("BACKJOURNAL_DATA_DIR", raising=False)
    # English whatever the machine's language (tests that check a translation set their own language)
    monkeypatch.setenv("BACKJOURNAL_LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that switched the process's language (backjournal.i18n) leaves English behind."""
    yield
    from backjournal import i18n

    i18n.use_catalogue(None)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def opened(data_dir):
    """An open journal (services.opening.OpenJournal) on a real SQLite file."""
    from backjournal.services.opening import open_journal

    handle = open_journal(data_dir)
    yield handle
    handle.close()


@pytest.fixture
def journal(opened):
    return opened.journal


def at(days_ago: float = 0, hour: int = 9, tz_hours: int = 1) -> datetime:
    """A fixed, aware moment relative to a fixed 'today' (2026-03-15)."""
    base = datetime(2026, 3, 15, hour, 0, tzinfo=timezone(timedelta(hours=tz_hours)))
    return base - timedelta(days=days_ago)


def run_cli(
    *args: str, data_dir: Path | None = None, env: dict | None = None, input: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run the real program as a subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    argv = [sys.executable, "-m", "backjournal"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        argv + list(args), capture_output=True, text=True, env=full_env, input=input, timeout=timeout, cwd=ROOT
    )


def content_hash(db_path: Path) -> str:
    """A hash of the journal's logical content (every table's rows), independent of page layout."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            h.update(t.encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_warning_logs(request):
    """As qutebrowser does: a WARNING or worse from our own loggers fails the test unless the test
    says it expects one (@pytest.mark.allow_log_warnings)."""
    handler = _Collect()
    logger = logging.getLogger("backjournal")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_log_warnings") is None:
        lines = "; ".join(f"{r.levelname} {r.name}: {r.getMessage()[:200]}" for r in handler.records)
        pytest.fail(f"unexpected log records at WARNING or above: {lines}")


def pytest_unconfigure(config):
    """End the run as the program ends (ui/application.py ``tear_down``, app.py ``run``): the
    windows and dialogs tests left behind are deleted while the interpreter is whole; then the
    interpreter finishes normally."""
    qt_widgets = sys.modules.get("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() if qt_widgets is not None else None
    if app is not None:
        from backjournal.ui.application import delete_windows

        delete_windows(app)

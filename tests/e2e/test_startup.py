"""Start-up of the real program (issue 12): the window paints before the storage stack, numpy,
matplotlib or the PDF library is imported, and before the journal file is opened; then it opens the
journal. Uses the benchmark hooks BACKJOURNAL_EXIT_AFTER and BACKJOURNAL_MODULES_FILE."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, run_cli

NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "alembic",
    "numpy",
    "matplotlib",
    "fpdf",
    "pygments",
    "pypdf",
    "backjournal.storage",
    "backjournal.services",
    "backjournal.charts",
    "backjournal.reports",
    "backjournal.exchange",
    "backjournal.analysis",
)


def start(data_dir, exit_after: str, tmp_path) -> tuple[subprocess.CompletedProcess, list[str]]:
    modules_file = tmp_path / f"modules-{exit_after}.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKJOURNAL_EXIT_AFTER": exit_after,
        "BACKJOURNAL_MODULES_FILE": str(modules_file),
    }
    done = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    modules = modules_file.read_text(encoding="utf-8").split() if modules_file.exists() else []
    return done, modules


def test_the_window_paints_before_the_storage_stack_and_the_charts_load(tmp_path):
    data_dir = tmp_path / "journal"
    done, modules = start(data_dir, "paint", tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "PySide6.QtWidgets" in modules and "backjournal.ui.main_window" in modules
    early = sorted(m for m in modules if m.startswith(NOT_BEFORE_FIRST_PAINT))
    assert early == []
    assert not (data_dir / "journal.sqlite3").exists()  # the journal is opened after the first paint


def test_after_the_first_paint_the_journal_opens_and_trends_paints(tmp_path):
    data_dir = tmp_path / "journal"
    assert run_cli("log", "pain", "4", data_dir=data_dir).returncode == 0
    done, modules = start(data_dir, "trends", tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "matplotlib" in modules and "backjournal.storage.plain_reads" in modules
    # a plain journal at head: the chart is painted from a plain sqlite3 read (ui/light_start.py),
    # before SQLAlchemy, Alembic or our ORM modules are imported
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")) == []
    assert "backjournal.storage.database" not in modules and "backjournal.services.opening" not in modules
    # the File menu and the Courses box build the report and exchange services on first use only
    unused = (
        "backjournal.reports",
        "backjournal.exchange",
        "backjournal.services.report",
        "backjournal.services.exchange",
        "fpdf",
        "pypdf",
    )
    assert sorted(m for m in modules if m.startswith(unused)) == []


def test_a_journal_to_upgrade_takes_the_normal_path_to_trends(tmp_path):
    """The light start reads only a plain journal at head: an older schema is backed up and upgraded
    by the normal path (the storage stack and Alembic) before Trends paints, as before."""
    import shutil

    from tests.conftest import FIXTURES

    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "journal-0004.sqlite3", data_dir / "journal.sqlite3")
    done, modules = start(data_dir, "trends", tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "backjournal.storage.database" in modules and "alembic" in modules
    assert list((data_dir / "backups").glob("*pre-upgrade*")) or list(data_dir.rglob("*pre-upgrade*"))

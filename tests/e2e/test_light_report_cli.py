"""``backjournal report`` of a plain journal at head reads it with sqlite3 alone and never imports
SQLAlchemy (issue 12: the report at <= 2x its floor), writing the report the normal path writes;
an encrypted journal, one of an older schema and one with an empty-trash pending are opened as
always. The real program as a subprocess, its imports listed by ``python -X importtime``."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from backjournal.domain.timeutil import local_now
from backjournal.services.composition import Services
from backjournal.services.demo import DemoService
from backjournal.services.opening import open_journal
from backjournal.services.report import ReportOptions, parse_sections
from backjournal.storage.pragmas import PURGE_PENDING
from backjournal.storage.revisions import head_revision
from tests.conftest import FIXTURES
from tests.e2e.test_lazy_imports import imported_modules

STORAGE_STACK = ("sqlalchemy", "alembic", "backjournal.storage.database", "backjournal.storage.unit_of_work")
PW = "blue heron at dawn"


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _report(data_dir, output, *extra: str, **env: str):
    done, modules = imported_modules(
        "--data-dir", str(data_dir), "report", "--range", "1y", "--include-notes", "-o", str(output), *extra, **env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert output.is_file()
    return modules


@pytest.fixture
def demo_journal(data_dir):
    opened = open_journal(data_dir)
    DemoService(unit_of_work=opened.uow).fill(years=1, seed=12)
    opened.close()
    return data_dir


def test_a_plain_journal_at_head_is_reported_without_sqlalchemy(demo_journal, tmp_path):
    light = tmp_path / "light.pdf"
    modules = _report(demo_journal, light)
    assert not [m for m in modules if m.startswith(STORAGE_STACK)], "the storage stack was imported"
    assert "backjournal.storage.plain_reads" in modules and "fpdf" in modules
    # the same report as the normal path's (the ORM's unit of work), page by page
    today = local_now().date()
    opened = open_journal(demo_journal)
    try:
        options = ReportOptions(
            date.fromordinal(today.toordinal() - 364), today, sections=parse_sections(None, include_notes=True)
        )
        normal = Services(opened).reports.write(options, tmp_path / "normal.pdf")
    finally:
        opened.close()
    assert _text(light) == _text(normal)
    assert len(_text(light)) > 3


def test_a_journal_with_an_empty_trash_pending_is_opened_as_always(demo_journal, tmp_path):
    con = sqlite3.connect(demo_journal / "journal.sqlite3")
    con.execute(f"PRAGMA user_version = {PURGE_PENDING}")
    con.close()
    modules = _report(demo_journal, tmp_path / "r.pdf")
    assert "sqlalchemy" in modules
    con = sqlite3.connect(demo_journal / "journal.sqlite3")
    assert not con.execute("PRAGMA user_version").fetchone()[0] & PURGE_PENDING, "the normal open finished it"
    con.close()


def test_a_journal_of_an_older_schema_is_upgraded_and_reported(data_dir, tmp_path):
    fixture = sorted(FIXTURES.glob("journal-*.sqlite3"))[0]
    data_dir.mkdir(parents=True)
    shutil.copyfile(fixture, data_dir / "journal.sqlite3")
    modules = _report(data_dir, tmp_path / "r.pdf")
    assert "sqlalchemy" in modules and "alembic" in modules
    con = sqlite3.connect(data_dir / "journal.sqlite3")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()
    _report(data_dir, tmp_path / "again.pdf")  # now at head: the light read, the same pages
    assert _text(tmp_path / "again.pdf") == _text(tmp_path / "r.pdf")


def test_an_encrypted_journal_is_reported_through_the_normal_path(demo_journal, tmp_path):
    pytest.importorskip("sqlcipher3")
    from backjournal.services.encryption import encrypt_journal

    encrypt_journal(demo_journal, PW)
    modules = _report(demo_journal, tmp_path / "r.pdf", BACKJOURNAL_PASSPHRASE=PW)
    assert "sqlalchemy" in modules
    failed, _ = imported_modules("--data-dir", str(demo_journal), "report", "-o", str(tmp_path / "no.pdf"))
    assert failed.returncode != 0 and not (tmp_path / "no.pdf").exists()  # no passphrase: refused as always


# Run as the program runs, with an exit handler registered before the command's (exit handlers run
# last registered first, so this one sees the state the interpreter's shutdown meets).
_AT_EXIT = """
import atexit, gc, sys
from pathlib import Path
out = Path(sys.argv[1])
atexit.register(lambda: out.write_text(f"{gc.get_freeze_count()} {sys.stdout.closed}"))
from backjournal.app import main
sys.exit(main(sys.argv[2:]))
"""


def test_the_report_command_leaves_the_shutdown_nothing_to_collect(demo_journal, tmp_path):
    """``report`` moves what is alive at exit to the collector's permanent generation, so Python's
    shutdown does not walk matplotlib's and fpdf2's objects again (reports ``no_collection_at_exit``);
    the PDF is complete and the command's message printed before that. Another command does not."""
    seen, output = tmp_path / "seen.txt", tmp_path / "report.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, "-c", _AT_EXIT, str(seen)]
    done = subprocess.run(
        [*argv, "--data-dir", str(demo_journal), "report", "--range", "1y", "-o", str(output)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    frozen, closed = seen.read_text().split()
    assert int(frozen) > 100_000 and closed == "False"
    assert str(output) in done.stdout
    assert len(PdfReader(output).pages) >= 3
    done = subprocess.run(
        [*argv, "--data-dir", str(demo_journal), "list", "--help"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert seen.read_text().split()[0] == "0"

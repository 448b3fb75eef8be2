"""Messages name the real cause of a storage failure (issue 9, "Messages say what is really wrong"):
failures.classify decides it in one place; a full disk is never called damage."""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from backjournal.domain.errors import DiskFullError, ReadOnlyStorageError, StoragePermissionError
from backjournal.failures import Cause, classify, environment_error
from tests.conftest import ROOT


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    r = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return r.returncode == 0


@pytest.mark.parametrize(
    "err, cause",
    [
        (errno.ENOSPC, Cause.DISK_FULL),
        (errno.EROFS, Cause.READ_ONLY),
        (errno.EACCES, Cause.NO_PERMISSION),
        (errno.EPERM, Cause.NO_PERMISSION),
    ],
)
def test_errno_decides_the_cause(tmp_path, err, cause):
    assert classify(OSError(err, "x"), tmp_path / "f") is cause


def test_sqlite_result_codes_decide_the_cause(tmp_path):
    def error(code: int) -> sqlite3.Error:
        e = sqlite3.OperationalError("x")
        e.sqlite_errorcode = code
        return e

    assert classify(error(13), tmp_path / "j") is Cause.DISK_FULL  # SQLITE_FULL
    assert classify(error(5), tmp_path / "j") is Cause.BUSY  # SQLITE_BUSY
    assert classify(error(11), tmp_path / "j") is Cause.DAMAGED  # SQLITE_CORRUPT
    assert classify(error(26), tmp_path / "j") is Cause.NOT_A_DATABASE  # SQLITE_NOTADB
    assert classify(error(8), tmp_path / "j") is Cause.READ_ONLY  # SQLITE_READONLY in a writable folder
    assert classify(error(10), tmp_path / "j") is Cause.OTHER  # an I/O error with room and rights: not ours to guess


def test_each_cause_has_its_own_error_and_remedy(tmp_path):
    full = environment_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "j")
    assert isinstance(full, DiskFullError) and "disk is full" in str(full) and "Free some disk space" in full.hint
    assert "restore" not in (str(full) + full.hint).lower()
    assert isinstance(
        environment_error(OSError(errno.EROFS, "Read-only file system"), tmp_path / "j"), ReadOnlyStorageError
    )
    assert isinstance(
        environment_error(OSError(errno.EACCES, "Permission denied"), tmp_path / "j"), StoragePermissionError
    )


def test_busy_names_a_window_only_when_one_holds_the_journal(tmp_path):
    from backjournal.failures import locked_error
    from backjournal.instance_lock import InstanceLock

    journal = tmp_path / "journal.sqlite3"
    assert "window" not in locked_error(journal).hint
    with InstanceLock(tmp_path):  # our own window's lock: whoever blocks us is another program
        assert "window" not in locked_error(journal).hint
    window = subprocess.Popen(  # another process's window holds the journal's folder
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from backjournal.instance_lock import "
            "InstanceLock; lock = InstanceLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); "
            "sys.stdin.readline()",
            str(tmp_path),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout.readline().strip() == "held"
        held = locked_error(journal)
    finally:
        window.communicate("\n", timeout=30)
    assert f"BackJournal window (process {window.pid})" in str(held)
    assert "Close the other BackJournal window" in held.hint


@pytest.mark.skipif(not _unshare_works(), reason="needs a private mount namespace (unshare -rm) for a real full disk")
def test_a_full_disk_is_reported_as_a_full_disk_everywhere(tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    r = subprocess.run(
        ["unshare", "-rm", sys.executable, str(ROOT / "tests" / "storage" / "full_disk_driver.py"), str(mount)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    for command, (code, err) in out["commands"].items():
        assert code == 1, (command, code, err)
        assert "disk is full" in err and err.count("\n") == 1, (command, err)
        assert "DAMAGED" not in err and "restore" not in err.lower(), (command, err)
    assert out["open"] == "DiskFullError"  # the window shows "disk full", never the restore dialog
    assert out["unchanged"], out["files"]
    assert not [f for f in out["files"] if f.startswith(".journal.sqlite3") or f.endswith(".tmp")]
    assert out["note_after"] == "committed in the WAL"

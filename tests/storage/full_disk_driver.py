"""Run inside ``unshare -rm`` (a private mount namespace): a real, small tmpfs is filled up and the
real program is run against a sound journal on it. Prints one JSON object with what happened.

Used by tests/storage/test_storage_causes.py; no root needed where user namespaces are allowed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(data_dir: Path, *args: str, env: dict | None = None) -> list:
    r = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    return [r.returncode, r.stderr]


def main() -> None:
    mount = Path(sys.argv[1])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    data_dir = mount / "journal"
    assert run(data_dir, "log", "pain", "3", "--note", "before the disk filled")[0] == 0
    assert run(data_dir, "backup")[0] == 0
    journal = data_dir / "journal.sqlite3"
    # A crash left a write-ahead log and no -shm: opening must create the -shm, which a full disk refuses.
    crash = (
        "import os, sqlite3, sys; con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA journal_mode=WAL'); "
        "con.execute(\"UPDATE pain_entries SET note = 'committed in the WAL'\"); con.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", crash, str(journal)], check=True)  # exits without a checkpoint
    assert Path(f"{journal}-wal").stat().st_size > 0
    Path(f"{journal}-shm").unlink(missing_ok=True)
    fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT, 0o600)  # fill the disk
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    kept = ("journal.sqlite3", "journal.sqlite3-wal")  # the content; an empty -shm is SQLite's scratch file
    before = {name: sha(data_dir / name) for name in kept}
    out = {"commands": {}}
    for args in (["list"], ["check"], ["log", "pain", "4"], ["backup"], ["trash"]):
        out["commands"][" ".join(args)] = run(data_dir, *args)
    out["commands"]["encrypt"] = run(data_dir, "encrypt", env={"BACKJOURNAL_NEW_PASSPHRASE": "secret words"})
    from backjournal.services.opening import open_journal

    try:
        open_journal(data_dir).close()
        out["open"] = "opened"
    except Exception as exc:  # we report what the window would be told
        out["open"] = type(exc).__name__
    out["unchanged"] = before == {name: sha(data_dir / name) for name in kept}
    out["files"] = sorted(p.name for p in data_dir.iterdir())
    (mount / "filler").unlink()
    con = sqlite3.connect(journal)
    out["note_after"] = con.execute("SELECT note FROM pain_entries").fetchone()[0]
    con.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()

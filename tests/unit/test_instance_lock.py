"""docs/reliability.md item 9 (the lock half): a kernel lock that a kill -9 of its holder cannot leave stale."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from backjournal.domain.errors import JournalLockedError
from backjournal.instance_lock import InstanceLock

HOLDER = """
import sys
from pathlib import Path
from backjournal.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
assert lock.try_acquire()
print("held", flush=True)
sys.stdin.read()  # hold it until killed (or until the test ends and closes our stdin)
"""


def _start_holder(data_dir):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_is_exclusive_and_survives_kill_9_of_the_holder(tmp_path):
    holder = _start_holder(tmp_path)
    try:
        mine = InstanceLock(tmp_path)
        assert not mine.try_acquire()
        assert mine.holder_pid() == holder.pid
        with pytest.raises(JournalLockedError, match=str(holder.pid)):
            mine.acquire("Encrypting")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert (tmp_path / ".backjournal-instance.lock").exists()  # the file stays behind ...
    mine = InstanceLock(tmp_path)
    deadline = time.monotonic() + 5
    while not mine.try_acquire():  # ... but the kernel dropped the lock with the process
        assert time.monotonic() < deadline, "stale lock after kill -9"
        time.sleep(0.05)
    assert mine.held
    mine.release()
    assert not mine.held


def test_same_process_second_lock_object_is_refused_then_allowed_after_release(tmp_path):
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.try_acquire()
    assert not second.try_acquire()  # flock is per open file, so this holds within one process too
    first.release()
    assert second.try_acquire()
    second.release()

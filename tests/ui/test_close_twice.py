"""Closing a main window a second time (shown again after a first close: a second launch bringing
it forward, the tray's Show; after its journal was closed: the end of a run) ends normally.

The second ``closeEvent`` used to detach the window from the journal's change listeners again;
``list.remove`` raised ValueError inside the Qt override, and PySide6 6.11 on Python 3.11 crashes
(segfault in ``storePythonOverrideErrorOrPrint``) reporting an exception raised by C code from a
virtual override. The scenario runs in a child process so that a crash fails this test, not the run.
Since then a close no longer detaches at all (the window only hides and may be shown again,
tests/ui/test_shown_again.py), and every Qt override carries ``@qt_override`` (tests/ui/test_qt_overrides.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SCENARIO = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([])
from backjournal.services.opening import open_journal
from backjournal.ui.application import build_main_window

folder = Path(sys.argv[1])
opened = open_journal(folder / "journal")
window = build_main_window(opened, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
listeners = len(opened.journal._listeners)
window.show()
app.processEvents()
window.close()
app.processEvents()
left = len(opened.journal._listeners)
if sys.argv[2] == "journal-closed":
    opened.close()
window.show()  # brought forward again
app.processEvents()
window.close()
app.processEvents()
assert len(opened.journal._listeners) == left == listeners, (listeners, left, len(opened.journal._listeners))
print("closed twice")
"""


def _run(tmp_path, case: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCENARIO, str(tmp_path), case],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_window_closed_twice_after_its_journal_closed_ends_normally(tmp_path):
    done = _run(tmp_path, "journal-closed")
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0 and "closed twice" in done.stdout, done.stderr[-3000:]


def test_a_window_closed_twice_with_its_journal_open_ends_normally(tmp_path):
    done = _run(tmp_path, "journal-open")
    assert done.returncode == 0 and "closed twice" in done.stdout, done.stderr[-3000:]

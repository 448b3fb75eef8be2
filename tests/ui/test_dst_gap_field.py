"""A time typed into the window that the clock skipped (daylight saving) is refused, not moved.

Qt keeps the typed text but moves the value an hour on; the form must say so, as ``--at`` does.
Run in a child process with TZ=Europe/Berlin, because Qt reads the system time zone once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    from datetime import datetime
    from PySide6.QtCore import QDate, QDateTime, QTime, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDateTimeEdit
    from backjournal.domain.errors import ValidationError
    from backjournal.ui.widgets.forms import MomentEdit

    app = QApplication([])
    field = MomentEdit()
    field.show()
    field.set_moment(datetime(2026, 3, 29, 1, 30).astimezone())
    edit = field.edit
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    QTest.keyClicks(edit, "02")
    try:
        moment = field.moment()
    except ValidationError as exc:
        print("REFUSED", exc)
    else:
        print("ACCEPTED", moment.isoformat())
    field.set_moment(datetime(2026, 3, 29, 4, 15).astimezone())
    print("PLAIN", field.moment().isoformat())
""")


def test_a_skipped_hour_is_refused_with_the_two_real_times(tmp_path):
    env = {**os.environ, "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "REFUSED" in lines, done.stdout
    assert "daylight saving" in lines["REFUSED"]
    assert "01:30+01:00" in lines["REFUSED"] and "03:30+02:00" in lines["REFUSED"]
    assert lines["PLAIN"].startswith("2026-03-29T04:15:00+02:00")

"""The window notices writes made by another program (a second OpenJournal, the real command line) and
reloads the views; its own writes do not cause a second reload."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from backjournal.domain.models import PainEntryDraft
from backjournal.services.opening import open_journal
from tests.conftest import at, run_cli


def notes(window) -> list[str]:
    view = window.journal_view
    return sorted(view.model.record(r).note or "" for r in range(view.model.rowCount()))


def test_a_write_by_another_connection_shows_after_a_check(qtbot, window, opened, data_dir):
    window.journal_view.period.setCurrentIndex(3)  # everything
    window.show_view("Journal")  # in front: it reads on a change (a hidden one reads when next shown)
    window.journal.log_pain(PainEntryDraft(felt_at=at(2), score=4, note="from the window"))
    assert window.external_changes.check() is False, "the window's own write is not news"

    other = open_journal(data_dir)
    try:
        other.journal.log_pain(PainEntryDraft(felt_at=at(1), score=7, note="from elsewhere"))
    finally:
        other.close()
    assert notes(window) == ["from the window"], "not seen before a check"
    changes = []
    window.signals.changed.connect(changes.append)
    assert window.external_changes.check() is True
    assert notes(window) == ["from elsewhere", "from the window"]
    assert len(changes) == 1 and len(changes[0].kinds) >= 4, "one change for every kind"
    assert window.external_changes.check() is False, "seen once"


def test_activation_triggers_the_check(qtbot, window, data_dir):
    window.journal_view.period.setCurrentIndex(3)
    other = open_journal(data_dir)
    try:
        other.journal.log_pain(PainEntryDraft(felt_at=at(1), score=3, note="while away"))
    finally:
        other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: "while away" in notes(window), timeout=2000)


def test_the_command_line_writing_while_the_window_is_open(qtbot, window, data_dir):
    window.journal_view.period.setCurrentIndex(3)
    window.external_changes.timer.setInterval(100)  # the window checks every 5 s; quicker here
    done = run_cli(
        "log", "pain", "6", "--at", "2026-03-14T09:00:00+01:00", "--note", "typed in a terminal", data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "typed in a terminal" in notes(window), timeout=3000)


def test_a_factor_logged_on_the_command_line_shows_on_todays_factor_row(qtbot, window, data_dir):
    window.external_changes.timer.setInterval(100)
    done = run_cli("log", "factor", "mood", "6", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    row = window.today.factor_row
    qtbot.waitUntil(lambda: "mood" in row.controls and row.controls["mood"].value() == 6, timeout=3000)


def test_the_check_is_cheap(window):
    start = time.perf_counter()
    for _ in range(1000):
        window.external_changes.check()
    per_check = (time.perf_counter() - start) / 1000
    assert per_check < 0.002, f"{per_check * 1e6:.0f} µs per check"
    print(f"external change check: {per_check * 1e6:.1f} µs")

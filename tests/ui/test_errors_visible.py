"""docs/reliability.md item 20: a full or read-only disk is shown (critical box with what to do), the app keeps
running, nothing saved is lost; a journal in a synced folder or on a network drive is flagged.

The failures are SQLite's own: ``PRAGMA max_page_count`` makes the real database report
"database or disk is full", ``PRAGMA query_only`` makes it refuse writes like a read-only file
(chmod 0400 does not stop root, and CI may run as root).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from backjournal.domain.models import PainEntryDraft
from tests.conftest import at, run_cli


@pytest.fixture
def boxes(monkeypatch):
    """Every message box shown: (icon, title, text, informative text, text format). None block."""
    shown = []

    def fake_exec(box):
        shown.append((box.icon(), box.windowTitle(), box.text(), box.informativeText(), box.textFormat()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda parent, title, text, *a, **k: (
            shown.append((QMessageBox.Icon.Critical, title, text, "", None)) or QMessageBox.StandardButton.Ok
        ),
    )
    return shown


def _break_storage(engine, pragma_sql: str) -> None:
    """Every new connection gets ``pragma_sql`` (the pool is emptied so none escapes it)."""

    def on_connect(dbapi_conn, _record):
        dbapi_conn.execute(pragma_sql)

    event.listen(engine, "connect", on_connect)
    engine.dispose()
    return on_connect


def _heal_storage(engine, listener) -> None:
    event.remove(engine, "connect", listener)
    engine.dispose()


def _type_and_save(qtbot, today, note: str) -> None:
    today.pain_form.score.setFocus()
    qtbot.keyClick(today.pain_form.score, Qt.Key.Key_6)
    today.pain_form.note.setFocus()
    today.pain_form.note.setPlainText(note) if hasattr(
        today.pain_form.note, "setPlainText"
    ) else today.pain_form.note.setText(note)
    today.save_pain_entry()


@pytest.mark.parametrize(
    "pragma, words, hint",
    [
        ("PRAGMA max_page_count=1", "full", "Free some disk space"),
        ("PRAGMA query_only=ON", "read-only", "writable"),
    ],
)
@pytest.mark.allow_log_warnings  # the storage problem is logged, as it should be
def test_a_failing_disk_is_shown_and_nothing_saved_is_lost(qtbot, window, opened, boxes, pragma, words, hint):
    journal = opened.journal
    saved = journal.log_pain(PainEntryDraft(felt_at=at(1), score=4, note="saved before the trouble"))
    with opened.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    listener = _break_storage(opened.db.engine, pragma.replace("=1", f"={pages}"))
    big_note = ("a long note that needs new pages " * 300)[:9500]
    _type_and_save(qtbot, window.today, big_note)

    criticals = [b for b in boxes if b[0] == QMessageBox.Icon.Critical]
    assert len(criticals) == 1, boxes
    _icon, _title, text, informative, fmt = criticals[0]
    assert words in text and hint in informative
    assert fmt == Qt.TextFormat.PlainText
    assert window.isVisible()  # still running
    assert window.today.pain_form.score.score == 6  # what was typed is still in the form

    _heal_storage(opened.db.engine, listener)
    assert [(e.id, e.note) for e in journal.pain_entries()] == [(saved.id, "saved before the trouble")]
    assert window.today.save_pain_entry()  # the same form saves once the disk is fine again
    assert len(journal.pain_entries()) == 2
    with opened.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_journal_in_a_synced_folder_is_flagged_in_the_window(qtbot, tmp_path):
    from backjournal.services.opening import open_journal
    from backjournal.ui.application import build_main_window

    opened = open_journal(tmp_path / "Dropbox" / "BackJournal")
    w = build_main_window(opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    try:
        label = w.location_warning
        assert label is not None and "Dropbox" in label.text()
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "local folder" in label.toolTip()
    finally:
        w.close()
        w.deleteLater()
        opened.close()


def test_a_local_journal_has_no_warning(window):
    assert window.location_warning is None


def test_check_command_warns_about_a_synced_folder(tmp_path):
    data_dir = tmp_path / "OneDrive" / "BackJournal"
    assert run_cli("log", "pain", "3", "--where", "lower_back", data_dir=data_dir).returncode == 0
    done = run_cli("check", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "warning: The journal is in a OneDrive folder" in done.stdout

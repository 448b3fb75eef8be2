"""The window's start-up path on damaged, newer and missing journals, and File > Back up / Restore backup…
(docs/reliability.md items 3, 8 and 19), driven under pytest-qt."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from backjournal.domain.models import PainEntryDraft
from backjournal.services.opening import open_journal
from backjournal.ui.application import open_for_gui
from backjournal.ui.dialogs.backup_dialogs import RestoreBackupDialog
from backjournal.ui.dialogs.recovery_dialogs import (
    DamagedJournalDialog,
    JournalMissingDialog,
    SchemaTooNewDialog,
)
from tests.conftest import at, content_hash, file_sha256
from tests.storage.test_backup import corrupt


def answer_modals(*handlers: Callable[[QWidget], None]) -> list[QWidget]:
    """Run each handler on the next modal window that opens (in order); returns the windows seen."""
    seen: list[QWidget] = []
    queue = list(handlers)

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is None or (seen and widget is seen[-1]):
            QTimer.singleShot(10, poll)
            return
        seen.append(widget)
        handler = queue.pop(0)
        if queue:  # before the handler: it may open the next modal window and block in it
            QTimer.singleShot(10, poll)
        handler(widget)

    QTimer.singleShot(0, poll)
    return seen


def click(text: str) -> Callable[[QWidget], None]:
    def handler(widget: QWidget) -> None:
        buttons = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
        assert buttons, f"no button {text!r} in {type(widget).__name__}: " + str(
            [b.text() for b in widget.findChildren(QPushButton)]
        )
        buttons[0].click()

    return handler


def make_journal(data_dir: Path, n: int = 200, note: str = "fill ") -> Path:
    opened = open_journal(data_dir)
    for i in range(n):
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note=note * 30))
    path = opened.path
    opened.close()
    return path


def folder_state(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): file_sha256(p) for p in folder.rglob("*") if p.is_file()}


# ----------------------------------------------------------------------------- start-up path


def test_damaged_journal_shows_the_recovery_dialog_and_is_not_written(qtbot, data_dir, tmp_path):
    path = make_journal(data_dir)
    corrupt(path)
    before = folder_state(data_dir)

    def look_and_quit(dialog):
        assert isinstance(dialog, DamagedJournalDialog)
        assert dialog.restore_button is None, "no backup exists, so none is offered"
        dialog.grab().save(str(tmp_path / "damaged-no-backup.png"))
        click("Quit")(dialog)

    seen = answer_modals(look_and_quit)
    assert open_for_gui(data_dir) is None
    assert seen and isinstance(seen[0], DamagedJournalDialog)
    assert folder_state(data_dir) == before, "the damaged file's SHA-256 is unchanged and nothing was added"


def test_damaged_journal_restore_newest_backup_keeps_the_damaged_file_aside(qtbot, data_dir, tmp_path):
    path = make_journal(data_dir)
    opened = open_journal(data_dir)
    good = opened.backups.back_up()
    opened.close()
    corrupt(path)
    damaged_sha = file_sha256(path)

    def restore(dialog):
        assert isinstance(dialog, DamagedJournalDialog)
        dialog.grab().save(str(tmp_path / "damaged-with-backup.png"))
        click("Restore newest backup")(dialog)

    answer_modals(restore)
    reopened = open_for_gui(data_dir)
    assert reopened is not None
    try:
        assert len(reopened.journal.pain_entries()) == 200
    finally:
        reopened.close()
    assert content_hash(path) == content_hash(good.path)
    [aside] = [p for p in data_dir.glob("journal.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert file_sha256(aside) == damaged_sha


def test_newer_schema_is_refused_and_the_file_untouched(qtbot, data_dir, tmp_path):
    path = make_journal(data_dir, n=3)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = folder_state(data_dir)

    def refuse(dialog):
        assert isinstance(dialog, SchemaTooNewDialog)
        dialog.grab().save(str(tmp_path / "too-new.png"))
        click("Quit")(dialog)

    seen = answer_modals(refuse)
    assert open_for_gui(data_dir) is None
    assert seen and isinstance(seen[0], SchemaTooNewDialog)
    assert folder_state(data_dir) == before


def test_missing_known_journal_asks_and_creates_nothing(qtbot, data_dir, tmp_path):
    path = make_journal(data_dir, n=2)
    shutil.move(path, tmp_path / "moved.sqlite3")

    def look_and_quit(dialog):
        assert isinstance(dialog, JournalMissingDialog)
        dialog.grab().save(str(tmp_path / "missing.png"))
        click("Quit")(dialog)

    seen = answer_modals(look_and_quit)
    assert open_for_gui(data_dir) is None
    assert seen and isinstance(seen[0], JournalMissingDialog)
    assert not path.exists()


def test_missing_journal_start_new_on_purpose(qtbot, data_dir):
    path = make_journal(data_dir, n=2)
    path.unlink()
    answer_modals(click("Start a new journal"), click("Start a new journal"))  # the dialog, then the confirmation
    opened = open_for_gui(data_dir)
    assert opened is not None
    try:
        assert opened.journal.pain_entries() == []
    finally:
        opened.close()


def test_missing_journal_locate_copies_the_file_back(qtbot, data_dir, tmp_path):
    from backjournal.paths import journal_path
    from backjournal.services.backups import BackupService
    from backjournal.ui.dialogs.recovery_dialogs import open_with_recovery

    path = make_journal(data_dir, n=7)
    moved = tmp_path / "usb" / "journal.sqlite3"
    moved.parent.mkdir()
    shutil.move(path, moved)
    moved_sha = file_sha256(moved)
    answer_modals(click("Locate journal…"))
    opened = open_with_recovery(
        lambda start_new: open_journal(data_dir, start_new=start_new),
        BackupService(journal_path=journal_path(data_dir)),
        None,
        file_chooser=lambda parent: moved,
    )
    assert opened is not None
    try:
        assert len(opened.journal.pain_entries()) == 7
    finally:
        opened.close()
    assert file_sha256(moved) == moved_sha, "the located file is copied, never changed"


# ----------------------------------------------------------------------------- File menu


def test_back_up_now_and_restore_backup_from_the_file_menu(qtbot, window, opened, journal, tmp_path):
    assert window.backup_menu.back_up_action in window.file_menu.actions()
    assert window.backup_menu.restore_action in window.file_menu.actions()
    for i in range(3):
        journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=4, note=f"kept {i}"))
    window.backup_menu.back_up_action.trigger()
    window.saved_message.close()  # "Your backup is saved as …": read, closed
    [backup] = opened.backups.list()
    wanted = content_hash(backup.path)
    journal.log_pain(PainEntryDraft(felt_at=at(), score=9, note="after the backup"))

    def pick_newest(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        assert dialog.model.rowCount() == 1
        assert "made by you" in dialog.model.data(dialog.model.index(0, 2))
        dialog.grab().save(str(tmp_path / "restore-dialog.png"))
        click("Restore")(dialog)

    def confirm(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm-restore"
        click("Restore")(box)

    answer_modals(pick_newest, confirm)
    window.backup_menu.restore_action.trigger()

    assert content_hash(opened.path) == wanted, "the journal now equals the backup"
    assert [e.note for e in journal.pain_entries()] == ["kept 2", "kept 1", "kept 0"]
    pre = [b for b in opened.backups.list() if b.kind.value == "pre-restore"]
    assert len(pre) == 1
    assert any(e.note == "after the backup" for e in _entries_in(pre[0].path)), "the journal as it was is kept"
    assert not window.undo.history.can_undo()
    window.grab().save(str(tmp_path / "after-restore.png"))
    _dialogs_are_deleted(qtbot, window)


def test_a_corrupt_backup_is_refused_and_the_live_journal_unchanged(qtbot, window, opened, journal, tmp_path):
    for i in range(200):
        journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=3, note="fill " * 30))
    bad = opened.backups.back_up_to(tmp_path / "bad.sqlite3")
    corrupt(bad)
    before = content_hash(opened.path)
    window.backup_menu.file_chooser = lambda parent: bad

    def choose_file(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        click("Choose a file…")(dialog)

    def refused(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "refusal"
        assert "damaged" in box.text()
        box.grab().save(str(tmp_path / "restore-refused.png"))
        box.accept()
        QTimer.singleShot(0, lambda: click("Cancel")(QApplication.activeModalWidget()))

    answer_modals(choose_file, refused)
    window.backup_menu.restore_action.trigger()
    assert content_hash(opened.path) == before
    assert list(opened.backups.list()) == [], "nothing was backed up or swapped"
    assert len(journal.pain_entries()) == 200
    _dialogs_are_deleted(qtbot, window)


def _dialogs_are_deleted(qtbot, window) -> None:
    """The restore dialog and its message boxes are deleted after use, not kept as the window's
    children until exit."""
    used = {"restore-backup", "confirm-restore", "refusal"}
    qtbot.waitUntil(
        lambda: (
            not window.findChildren(RestoreBackupDialog)
            and not [w for w in window.findChildren(QWidget) if w.objectName() in used]
        )
    )


def _entries_in(path: Path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [type("E", (), {"note": r[0]}) for r in con.execute("SELECT note FROM pain_entries")]
    finally:
        con.close()


def test_automatic_backup_on_start_at_most_daily(qtbot, opened, journal):
    from backjournal.ui.dialogs.backup_dialogs import auto_backup_on_start

    journal.log_pain(PainEntryDraft(felt_at=at(), score=5))
    first = auto_backup_on_start(opened.backups, None)
    assert first is not None and first.kind.value == "auto"
    assert auto_backup_on_start(opened.backups, None) is None, "one a day"
    assert [b.path for b in opened.backups.list()] == [first.path]
    assert content_hash(first.path) == content_hash(opened.path)

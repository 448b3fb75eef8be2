"""Restoring ENCRYPTED backups in the window (File > Restore backup…) and at start (the recovery dialog),
driven under pytest-qt: verified with the passphrase, current journal backed up first, atomic swap; a
corrupt encrypted backup or a wrong passphrase is refused and the live journal is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

pytest.importorskip("sqlcipher3")

from backjournal.domain.models import PainEntryDraft
from backjournal.services.encryption import change_passphrase, encrypt_journal
from backjournal.services.opening import open_journal
from backjournal.storage import crypto
from backjournal.ui.dialogs.backup_dialogs import BackupPassphraseDialog, RestoreBackupDialog
from backjournal.ui.dialogs.recovery_dialogs import DamagedJournalDialog
from tests.conftest import at, file_sha256
from tests.storage.test_backup import corrupt
from tests.ui.test_recovery_and_restore import answer_modals, click

PW = "orange kite 17"


def digest(path, passphrase=PW) -> str:
    con = crypto.connect(path, passphrase, inspect=True)
    try:
        return crypto.content_digest(con)
    finally:
        con.close()


def make_encrypted(data_dir, notes):
    opened = open_journal(data_dir)
    for i, note in enumerate(notes):
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note=note))
    opened.close()
    encrypt_journal(data_dir, PW)


@pytest.fixture
def enc_window(qtbot, data_dir, tmp_path):
    from backjournal.ui.application import build_main_window

    make_encrypted(data_dir, ["kept 0", "kept 1"])
    opened = open_journal(data_dir, passphrase=PW)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = build_main_window(opened, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.journal_view.period.setCurrentIndex(3)  # everything (the entries are dated March 2026)
    yield w
    w.close()
    opened.close()


def journal_notes(window) -> list[str]:
    view = window.journal_view
    return sorted(view.model.record(r).note for r in range(view.model.rowCount()))


def test_restore_an_encrypted_backup_from_the_file_menu(qtbot, enc_window):
    opened = enc_window.opened
    info = opened.backups.back_up()
    assert crypto.is_encrypted(info.path)
    wanted = digest(info.path)
    opened.journal.log_pain(PainEntryDraft(felt_at=at(), score=9, note="after the backup"))
    assert "after the backup" in journal_notes(enc_window)

    def pick(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        click("Restore")(dialog)

    def confirm(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm-restore"
        click("Restore")(box)

    seen = answer_modals(pick, confirm)
    enc_window.backup_menu.restore_action.trigger()
    assert len(seen) == 2, "no passphrase asked: the journal's opens its own backups"
    assert crypto.is_encrypted(opened.path)
    opened.db.close()  # fold the WAL in before reading the file from outside
    assert digest(opened.path) == wanted, "the journal now equals the backup"
    assert journal_notes(enc_window) == ["kept 0", "kept 1"], "the window reconnected and shows it"
    [pre] = [b for b in opened.backups.list() if b.kind.value == "pre-restore"]
    assert crypto.is_encrypted(pre.path)
    assert "after the backup" in str(sorted(_notes_in(pre.path)))
    enc_window.journal.log_pain(PainEntryDraft(felt_at=at(), score=1, note="still writable"))
    assert "still writable" in journal_notes(enc_window)


def test_a_corrupt_encrypted_backup_is_refused_and_the_live_journal_unchanged(qtbot, enc_window, tmp_path):
    opened = enc_window.opened
    for i in range(150):
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=3, note="fill " * 60))
    bad = opened.backups.back_up_to(tmp_path / "bad.sqlite3")
    corrupt(bad)
    opened.db.close()
    before = file_sha256(opened.path)
    enc_window.backup_menu.file_chooser = lambda parent: bad

    def choose_file(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        click("Choose a file…")(dialog)

    def refused(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "refusal"
        assert "damaged" in box.text()
        box.grab().save(str(tmp_path / "restore-refused-encrypted.png"))
        box.accept()
        QTimer.singleShot(0, lambda: click("Cancel")(QApplication.activeModalWidget()))

    answer_modals(choose_file, refused)
    enc_window.backup_menu.restore_action.trigger()
    opened.db.close()
    assert file_sha256(opened.path) == before
    assert opened.backups.list() == [], "nothing was backed up or swapped"
    assert len(journal_notes(enc_window)) == 152


def test_a_backup_under_another_passphrase_asks_for_it_wrong_first(qtbot, enc_window, tmp_path):
    opened = enc_window.opened
    other_dir = tmp_path / "other"
    make_encrypted(other_dir, ["from the other journal"])
    change_passphrase(other_dir, PW, "other words")
    foreign = other_dir / "journal.sqlite3"
    enc_window.backup_menu.file_chooser = lambda parent: foreign
    opened.db.close()
    before = file_sha256(opened.path)
    errors: list[str] = []

    def choose_file(dialog):
        click("Choose a file…")(dialog)

    def type_wrong(dialog):
        assert isinstance(dialog, BackupPassphraseDialog)
        assert not dialog.error.isVisibleTo(dialog)
        dialog.field.setText("not it")
        dialog.accept()

    def type_right(dialog):
        assert isinstance(dialog, BackupPassphraseDialog)
        errors.append(dialog.error.text())
        dialog.grab().save(str(tmp_path / "backup-passphrase.png"))
        dialog.field.setText("other words")
        dialog.accept()

    def cancel_confirmation(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm-restore"
        box.reject()
        QTimer.singleShot(0, lambda: click("Cancel")(QApplication.activeModalWidget()))

    answer_modals(choose_file, type_wrong, type_right, cancel_confirmation)
    enc_window.backup_menu.restore_action.trigger()
    assert errors and "does not open this backup" in errors[0]
    assert file_sha256(opened.path) == before, "cancelled: nothing changed"

    answer_modals(
        choose_file, lambda d: (d.field.setText("other words"), d.accept()), lambda box: click("Restore")(box)
    )
    enc_window.backup_menu.restore_action.trigger()
    assert journal_notes(enc_window) == ["from the other journal"]
    opened.db.close()
    assert digest(opened.path, PW) == digest(foreign, "other words"), "re-keyed to the journal's own passphrase"


def test_damaged_encrypted_journal_restore_newest_backup_at_start(qtbot, data_dir, tmp_path):
    from backjournal.ui.application import open_for_gui
    from backjournal.ui.dialogs.passphrase_dialog import PassphraseDialog

    make_encrypted(data_dir, ["fill " * 60] * 150)
    opened = open_journal(data_dir, passphrase=PW)
    good = opened.backups.back_up()
    opened.close()
    path = data_dir / "journal.sqlite3"
    corrupt(path)
    damaged_sha = file_sha256(path)

    def passphrase(dialog):
        assert isinstance(dialog, PassphraseDialog)
        dialog.field.setText(PW)
        dialog.accept()

    def restore(dialog):
        assert isinstance(dialog, DamagedJournalDialog)
        assert dialog.restore_button is not None, "the encrypted backup verified with the passphrase"
        dialog.grab().save(str(tmp_path / "damaged-encrypted.png"))
        click("Restore newest backup")(dialog)

    answer_modals(passphrase, restore)
    reopened = open_for_gui(data_dir)
    assert reopened is not None
    try:
        assert len(reopened.journal.pain_entries()) == 150
        assert reopened.encrypted
    finally:
        reopened.close()
    assert digest(path) == digest(good.path)
    [aside] = [p for p in data_dir.glob("journal.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert file_sha256(aside) == damaged_sha


def _notes_in(path):
    con = crypto.connect(path, PW, inspect=True)
    try:
        return [r[0] for r in con.execute("SELECT note FROM pain_entries")]
    finally:
        con.close()


def test_a_plain_window_restores_an_encrypted_backup_and_goes_on_encrypted(qtbot, window, opened, tmp_path):
    other = tmp_path / "other"
    make_encrypted(other, ["from the encrypted backup"])
    backup = other / "journal.sqlite3"
    window.journal_view.period.setCurrentIndex(3)
    window.backup_menu.file_chooser = lambda parent: backup

    def passphrase(dialog):
        assert isinstance(dialog, BackupPassphraseDialog)
        dialog.field.setText(PW)
        dialog.accept()

    answer_modals(lambda d: click("Choose a file…")(d), passphrase, lambda box: click("Restore")(box))
    window.backup_menu.restore_action.trigger()
    assert opened.encrypted and crypto.is_encrypted(opened.path)
    assert "opens with the backup's passphrase" in window.statusBar().currentMessage()
    assert journal_notes(window) == ["from the encrypted backup"]
    window.journal.log_pain(PainEntryDraft(felt_at=at(), score=2, note="written afterwards"))
    assert "written afterwards" in journal_notes(window)
    [pre] = [b for b in opened.backups.list() if b.kind.value == "pre-restore"]
    assert not crypto.is_encrypted(pre.path), "the plain journal as it was, kept as it was"

"""File > Encryption in the window, driven under pytest-qt: encrypt this journal, change the passphrase,
remove encryption; under the window's OWN single-instance lock; the window keeps working after each,
and a failed or cancelled conversion leaves the journal as it was."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

pytest.importorskip("sqlcipher3")

from backjournal.domain.errors import JournalLockedError
from backjournal.domain.models import PainEntryDraft
from backjournal.instance_lock import InstanceLock
from backjournal.services import encryption
from backjournal.services.opening import open_journal
from backjournal.storage import crypto
from backjournal.ui.dialogs.encryption_dialogs import (
    ChangePassphraseDialog,
    EncryptJournalDialog,
    RemoveEncryptionDialog,
)
from tests.conftest import at, file_sha256
from tests.ui.test_recovery_and_restore import answer_modals, click

SECRET = "SECRET-wombat-2291"


@pytest.fixture
def opened(data_dir):
    """The journal as run_application opens it: this process holds its instance lock, given to
    open_journal (an OpenJournal is complete when constructed)."""
    lock = InstanceLock(data_dir)
    assert lock.try_acquire()
    handle = open_journal(data_dir, instance_lock=lock)
    yield handle
    handle.close()
    lock.release()


@pytest.fixture
def locked_window(window, opened):
    """The window as run_application builds it, over that journal."""
    window.journal_view.period.setCurrentIndex(3)  # everything
    opened.journal.log_pain(PainEntryDraft(felt_at=at(1), score=6, note=SECRET))
    opened.backups.back_up()
    yield window


def notes(window) -> list[str]:
    view = window.journal_view
    return sorted(view.model.record(r).note or "" for r in range(view.model.rowCount()))


def plain_bytes(data_dir) -> bytes:
    return b"".join(
        p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and not p.name.startswith(".backjournal")
    )


def test_encrypt_change_and_remove_from_the_window(qtbot, locked_window, opened, data_dir, tmp_path):
    window = locked_window
    menu = window.encryption_menu
    assert menu.menu.menuAction() in window.file_menu.actions()
    assert menu.encrypt_action.isEnabled() and not menu.change_action.isEnabled()
    with pytest.raises(JournalLockedError):  # the window holds the lock: a second holder is refused ...
        encryption.encrypt_journal(data_dir, "x")
    shown: list[str] = []

    def encrypt(dialog):
        assert isinstance(dialog, EncryptJournalDialog)
        assert "a lost passphrase means a lost journal" in dialog.understood.text()
        dialog.new_field.setText("first words")
        dialog.again_field.setText("first wordz")
        dialog.understood.setChecked(True)
        click("Encrypt")(dialog)
        assert dialog.isVisible(), "two different passphrases: the dialog stays open"
        shown.append(dialog.error.text())
        dialog.again_field.setText("first words")
        dialog.understood.setChecked(False)
        click("Encrypt")(dialog)
        shown.append(dialog.error.text())
        dialog.understood.setChecked(True)
        dialog.grab().save(str(tmp_path / "encrypt-dialog.png"))
        click("Encrypt")(dialog)

    answer_modals(encrypt)
    menu.encrypt_action.trigger()  # ... but the window's own conversion uses the window's lock
    assert "differ" in shown[0] and "Tick the box" in shown[1]
    assert opened.encrypted and crypto.is_encrypted(opened.path)
    assert opened.instance_lock.held
    window.journal.log_pain(PainEntryDraft(felt_at=at(0), score=2, note="written after encrypting"))
    assert notes(window) == sorted([SECRET, "written after encrypting"]), "the window keeps working"
    opened.db.close()
    assert SECRET.encode() not in plain_bytes(data_dir), "journal and backups are encrypted, no plain copy left"
    assert "journal is encrypted" in window.statusBar().currentMessage()
    assert not menu.encrypt_action.isEnabled() and menu.change_action.isEnabled()

    def change(dialog):
        assert isinstance(dialog, ChangePassphraseDialog)
        dialog.current_field.setText("not the passphrase")
        dialog.new_field.setText("second words")
        dialog.again_field.setText("second words")
        click("Change passphrase")(dialog)
        shown.append(dialog.error.text())
        dialog.current_field.setText("first words")
        click("Change passphrase")(dialog)

    answer_modals(change)
    menu.change_action.trigger()
    assert "current passphrase is not right" in shown[2]
    with pytest.raises(encryption.EncryptionError):
        encryption.check_journal_passphrase(data_dir, "first words")
    encryption.check_journal_passphrase(data_dir, "second words")
    assert window.opened.backups.passphrase == "second words"
    window.journal.log_pain(PainEntryDraft(felt_at=at(0, hour=12), score=3, note="after the change"))
    assert "after the change" in notes(window)
    assert window.backup_menu.back_up_now() is not None, "backups work with the new passphrase"
    window.saved_message.close()  # "Your backup is saved as …": read, closed

    def remove(dialog):
        assert isinstance(dialog, RemoveEncryptionDialog)
        dialog.current_field.setText("second words")
        click("Remove encryption")(dialog)

    answer_modals(remove)
    menu.remove_action.trigger()
    assert not opened.encrypted and not crypto.is_encrypted(opened.path)
    window.journal.log_pain(PainEntryDraft(felt_at=at(0, hour=13), score=1, note="plain again"))
    assert "plain again" in notes(window)
    opened.db.close()
    assert not any(crypto.is_encrypted(b) for b in (data_dir / "backups").glob("*.sqlite3"))


def test_cancel_changes_nothing(qtbot, locked_window, opened, data_dir):
    opened.db.close()
    before = file_sha256(opened.path)

    def cancel(dialog):
        dialog.new_field.setText("abc")
        dialog.again_field.setText("abc")
        dialog.understood.setChecked(True)
        click("Cancel")(dialog)

    answer_modals(cancel)
    locked_window.encryption_menu.encrypt_action.trigger()
    assert file_sha256(opened.path) == before and not opened.encrypted


@pytest.mark.allow_log_warnings  # the storage problem is logged, as it should be
def test_a_failed_conversion_is_shown_and_leaves_the_journal_and_window_working(qtbot, locked_window, opened):
    other_program = sqlite3.connect(opened.path)  # another program keeps the journal open
    other_program.execute("SELECT count(*) FROM pain_entries").fetchone()
    errors: list[str] = []

    def encrypt(dialog):
        dialog.new_field.setText("quiet walnut harbour")
        dialog.again_field.setText("quiet walnut harbour")
        dialog.understood.setChecked(True)
        click("Encrypt")(dialog)

    def error(box):
        assert isinstance(box, QMessageBox)
        errors.append(box.text())
        box.accept()

    try:
        answer_modals(encrypt, error)
        locked_window.encryption_menu.encrypt_action.trigger()
    finally:
        other_program.close()
    assert errors and "in use" in errors[0]
    assert not crypto.is_encrypted(opened.path) and not opened.encrypted
    assert not [p for p in opened.path.parent.iterdir() if "converting" in p.name], "no half-made copy left"
    locked_window.journal.log_pain(PainEntryDraft(felt_at=at(0), score=4, note="still fine"))
    assert "still fine" in notes(locked_window)
    reopened = open_journal(opened.data_dir)
    try:
        assert {e.note for e in reopened.journal.pain_entries()} == {SECRET, "still fine"}
    finally:
        reopened.close()

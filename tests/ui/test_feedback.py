"""Feedback after saving files, the passphrase strength warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from backjournal.ui.dialogs.encryption_dialogs import EncryptJournalDialog
from backjournal.ui.dialogs.saved_file import SavedFileMessage


def test_a_saved_file_message_opens_the_file_or_its_folder(qtbot, tmp_path):
    opened: list[QUrl] = []
    path = tmp_path / "pain-report.pdf"
    box = SavedFileMessage(path, "report", open_url=lambda url: opened.append(url) or True)
    qtbot.addWidget(box)
    assert "pain-report.pdf" in box.text() and str(tmp_path) in box.informativeText()
    box.open_button.click()
    box.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [path, tmp_path]


def test_back_up_now_shows_where_the_backup_went_with_show_in_folder(qtbot, window):
    opened: list[QUrl] = []
    window.open_url = lambda url: opened.append(url) or True
    info = window.backup_menu.back_up_now()
    box = window.saved_message
    qtbot.waitUntil(box.isVisible)
    assert info.path.name in box.text() and box.open_button is None  # a backup is opened only by Restore
    box.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [info.path.parent]
    box.close()


def test_the_restore_list_names_backups_by_date(qtbot, window):
    from backjournal.ui.dialogs.backup_dialogs import RestoreBackupDialog

    info = window.backup_menu.back_up_now()
    window.saved_message.close()
    dialog = RestoreBackupDialog(window.opened.backups, window)
    qtbot.addWidget(dialog)
    text = dialog.model.index(0, 0).data()
    local = info.created_at.astimezone()
    assert str(local.year) in text and f"{local.minute:02d}" in text


def test_a_weak_passphrase_is_named_while_typing_and_needs_a_second_yes(qtbot):
    dialog = EncryptJournalDialog()
    qtbot.addWidget(dialog)
    dialog.new_field.setText("backpain")
    assert "Too short" in dialog.strength.text()
    dialog.new_field.setText("password1234")
    assert dialog.strength.text().startswith("Weak")
    dialog.again_field.setText("password1234")
    dialog.understood.setChecked(True)
    asked = []
    dialog.confirm_weak = lambda parent, advice: asked.append(advice) or False  # "Choose another"
    dialog.try_accept()
    assert asked and dialog.passphrase is None and "stronger" in dialog.error.text()
    dialog.confirm_weak = lambda parent, advice: True  # "Use it anyway"
    dialog.try_accept()
    assert dialog.passphrase == "password1234"


def test_a_strong_passphrase_is_not_questioned(qtbot):
    dialog = EncryptJournalDialog()
    qtbot.addWidget(dialog)
    dialog.new_field.setText("violet tractor umbrella")
    dialog.again_field.setText("violet tractor umbrella")
    dialog.understood.setChecked(True)
    dialog.confirm_weak = lambda parent, advice: (_ for _ in ()).throw(AssertionError("asked about a strong one"))
    dialog.try_accept()
    assert dialog.passphrase == "violet tractor umbrella" and dialog.strength.text() == "Strong enough."

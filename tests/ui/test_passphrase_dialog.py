"""The passphrase dialog at start-up: a wrong passphrase is said plainly, the right one opens the journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

pytest.importorskip("sqlcipher3")

from backjournal.domain.models import PainEntryDraft
from backjournal.services.encryption import encrypt_journal
from backjournal.services.opening import open_journal
from tests.conftest import at, file_sha256


def _type_and_submit(answers: list[str | None], seen_errors: list[str]) -> None:
    def step():
        from backjournal.ui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
        if dialog.error.isVisibleTo(dialog):
            seen_errors.append(dialog.error.text())
        answer = answers.pop(0)
        if answer is None:
            dialog.reject()
            return
        dialog.field.setText(answer)
        dialog.accept()
        if answers:
            QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


@pytest.fixture
def encrypted(data_dir):
    opened = open_journal(data_dir)
    opened.journal.log_pain(PainEntryDraft(felt_at=at(), score=4, note="inside"))
    opened.close()
    encrypt_journal(data_dir, "sesame")
    return data_dir


def test_wrong_then_right_passphrase_opens_the_journal(qtbot, encrypted):
    from backjournal.ui.application import open_for_gui

    errors: list[str] = []
    _type_and_submit(["nope", "sesame"], errors)
    opened = open_for_gui(encrypted)
    try:
        assert opened is not None
        assert [e.note for e in opened.journal.pain_entries()] == ["inside"]
    finally:
        opened.close()
    assert errors and "does not open this journal" in errors[0]


def test_cancel_does_not_start(qtbot, encrypted):
    from backjournal.ui.application import open_for_gui

    digest = file_sha256(encrypted / "journal.sqlite3")
    _type_and_submit([None], [])
    assert open_for_gui(encrypted) is None
    assert file_sha256(encrypted / "journal.sqlite3") == digest


def test_plain_journal_asks_nothing(qtbot, data_dir):
    from backjournal.ui.dialogs.passphrase_dialog import ask_passphrase

    open_journal(data_dir).close()
    assert ask_passphrase(data_dir) == (True, None)

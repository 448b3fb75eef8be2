"""The passphrase dialog at start-up, for an encrypted journal (docs/privacy.md)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from backjournal.domain.errors import EncryptionError
from backjournal.services.encryption import check_journal_passphrase, is_journal_encrypted
from backjournal.ui.colours import ToneLabel
from backjournal.ui.translation import translate

MAX_TRIES = 5


class PassphraseDialog(QDialog):
    def __init__(self, journal_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PassphraseDialog", "Encrypted journal"))
        intro = QLabel(
            translate(
                "PassphraseDialog", "The journal in {journal_dir} is encrypted. Enter its passphrase to open it."
            ).format(journal_dir=journal_dir),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(translate("PassphraseDialog", "Passphrase"))
        self.error = ToneLabel(self, tone="problem")  # readable on light and dark themes
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.field, self.error, buttons):
            layout.addWidget(w)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()


def ask_passphrase(data_dir: Path, parent: QWidget | None = None, dialog_factory=PassphraseDialog):
    """``(True, None)`` for a plain journal, ``(True, passphrase)`` once it opens the journal,
    ``(False, None)`` when the person cancels or gives a wrong passphrase too often. Nothing is written."""
    if not is_journal_encrypted(data_dir):
        return True, None
    dialog = dialog_factory(data_dir, parent)
    try:  # one dialog for every try, deleted after the last
        for _ in range(MAX_TRIES):
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False, None
            passphrase = dialog.field.text()
            try:
                check_journal_passphrase(data_dir, passphrase)
            except EncryptionError:
                dialog.show_error(
                    translate(
                        "PassphraseDialog",
                        "That passphrase does not open this journal. Nothing was changed; try again.",
                    )
                )
                continue
            return True, passphrase
        return False, None
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

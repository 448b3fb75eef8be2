"""File > Encryption: encrypt this journal, change its passphrase, remove encryption (docs/privacy.md).

The same verified conversion as the command line (services/encryption.py: a sqlcipher_export copy,
integrity_check and an equal content digest, an atomic swap, old bytes overwritten; the backups
follow). The window closes its connections, converts under its own single-instance lock, and
reconnects with the journal's new passphrase; on any error the journal is as it was and the window
keeps working on it.

Each dialog checks what it can before anything is touched (the two new passphrases agree, the
current passphrase opens the journal) and says what is wrong next to the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import BackJournalError, EncryptionError
from backjournal.services.encryption import (
    EncryptionResult,
    check_journal_passphrase,
    check_new_passphrase,
    convert_open_journal,
)
from backjournal.services.passphrase_strength import MIN_LENGTH, PassphraseAdvice, assess_passphrase
from backjournal.ui.colours import ToneLabel
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.operations import run_operation

if TYPE_CHECKING:
    from backjournal.services.opening import OpenJournal
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.translation import translate

LOST_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "EncryptionDialogs",
    "If you lose this passphrase, your journal is lost. Nobody can open it or recover it without the passphrase: "
    "not you, not the BackJournal developers. Write it down and keep it somewhere safe.",
)


def _label(text: str, parent: QWidget, *, bold: bool = False, tone: str | None = None) -> ToneLabel:
    label = ToneLabel(parent, tone=tone)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _PassphraseFormDialog(QDialog):
    """Fields, an error line, OK/Cancel. ``check()`` raises EncryptionError to keep the dialog open."""

    ok_text = QT_TRANSLATE_NOOP("EncryptionDialogs", "OK")

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.error = _label("", self, tone="problem")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(
            translate("EncryptionDialogs", self.ok_text), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def finish(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def check(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def try_accept(self) -> None:
        try:
            self.check()
        except EncryptionError as exc:
            self.show_error(str(exc))
            return
        self.accept()


def ask_use_weak_passphrase(parent: QWidget, advice: PassphraseAdvice) -> bool:
    """Before encrypting with a weak passphrase: the reason, and "Choose another" as the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("EncryptionDialogs", "Use a weak passphrase?"),
        advice.message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        translate(
            "EncryptionDialogs",
            "Someone who gets a copy of the journal file could guess it. A longer "
            "passphrase of a few unrelated words is both safer and easy to remember.",
        )
    )
    use = box.addButton(translate("EncryptionDialogs", "Use it anyway"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("EncryptionDialogs", "Choose another"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    exec_dialog(box)
    return box.clickedButton() is use


class _NewPassphraseDialog(_PassphraseFormDialog):
    """A passphrase dialog that asks for a new passphrase twice and shows its strength as it is typed."""

    def add_new_fields(self) -> None:
        self.new_field = _password_field(self, translate("_NewPassphraseMixin", "New passphrase"))
        self.again_field = _password_field(self, translate("_NewPassphraseMixin", "New passphrase again"))
        self.strength = _label("", self, tone=None)  # updated as the person types
        self.strength.setAccessibleName(translate("_NewPassphraseMixin", "Passphrase strength"))
        self.form.addRow(translate("_NewPassphraseMixin", "New passphrase"), self.new_field)
        self.form.addRow("", self.strength)
        self.form.addRow(translate("_NewPassphraseMixin", "Again"), self.again_field)
        self.new_field.textChanged.connect(self.show_strength)
        #: (dialog, advice) -> True to go on with a weak passphrase; a test answers instead of a person
        self.confirm_weak = ask_use_weak_passphrase
        self.show_strength()

    def show_strength(self, *_args) -> None:
        text = self.new_field.text()
        advice = assess_passphrase(text)
        self.strength.setText(
            advice.message
            if text
            else translate(
                "_NewPassphraseMixin", "At least {MIN_LENGTH} characters; a few unrelated words are easy to remember."
            ).format(MIN_LENGTH=MIN_LENGTH)
        )
        # red / green for the theme in force (>= 4.5:1); the words carry the meaning
        self.strength.set_tone(("problem" if advice.weak else "good") if text else None)

    def check_new(self) -> str:
        new = self.new_field.text()
        check_new_passphrase(new)
        if new != self.again_field.text():
            raise EncryptionError("The two passphrases differ. Type the same passphrase twice.")
        advice = assess_passphrase(new)
        if advice.weak and not self.confirm_weak(self, advice):
            raise EncryptionError(f"{advice.message} Choose a stronger passphrase.")
        return new


class EncryptJournalDialog(_NewPassphraseDialog):
    ok_text = QT_TRANSLATE_NOOP("EncryptionDialogs", "Encrypt")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("EncryptJournalDialog", "Encrypt this journal"), parent)
        self.layout_.addWidget(
            _label(
                translate(
                    "EncryptJournalDialog",
                    "The journal and all its backups will be stored encrypted (SQLCipher, AES-256). "
                    "BackJournal will ask for the passphrase every time it opens the journal.",
                ),
                self,
            )
        )
        self.layout_.addWidget(_label(translate("EncryptionDialogs", LOST_PASSPHRASE_WARNING), self, bold=True))
        self.add_new_fields()
        self.understood = QCheckBox(
            translate("EncryptJournalDialog", "I understand: a lost passphrase means a lost journal"), self
        )
        self.form.addRow("", self.understood)
        self.layout_.addWidget(
            _label(
                translate(
                    "EncryptJournalDialog",
                    "Exports and reports you make for your physician are not encrypted. Encryption does not "
                    "protect against someone using your unlocked computer.",
                ),
                self,
            )
        )
        self.finish()
        self.passphrase: str | None = None

    def check(self) -> None:
        new = self.check_new()
        if not self.understood.isChecked():
            raise EncryptionError("Tick the box to confirm that a lost passphrase means a lost journal.")
        self.passphrase = new


class ChangePassphraseDialog(_NewPassphraseDialog):
    ok_text = QT_TRANSLATE_NOOP("EncryptionDialogs", "Change passphrase")

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(translate("ChangePassphraseDialog", "Change the passphrase"), parent)
        self.data_dir = data_dir
        self.layout_.addWidget(
            _label(
                translate(
                    "ChangePassphraseDialog",
                    "The journal and its backups are re-encrypted with the new passphrase; the old one will no "
                    "longer open them.",
                ),
                self,
            )
        )
        self.current_field = _password_field(self, translate("ChangePassphraseDialog", "Current passphrase"))
        self.form.addRow(translate("ChangePassphraseDialog", "Current passphrase"), self.current_field)
        self.add_new_fields()
        self.layout_.addWidget(_label(translate("EncryptionDialogs", LOST_PASSPHRASE_WARNING), self, bold=True))
        self.finish()
        self.old: str | None = None
        self.new: str | None = None

    def check(self) -> None:
        old = self.current_field.text()
        try:
            check_journal_passphrase(self.data_dir, old)
        except EncryptionError:
            raise EncryptionError("The current passphrase is not right. Nothing was changed.") from None
        new = self.check_new()
        if new == old:
            raise EncryptionError("The new passphrase is the same as the current one.")
        self.old, self.new = old, new


class RemoveEncryptionDialog(_PassphraseFormDialog):
    ok_text = QT_TRANSLATE_NOOP("EncryptionDialogs", "Remove encryption")

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(translate("RemoveEncryptionDialog", "Remove encryption"), parent)
        self.data_dir = data_dir
        self.layout_.addWidget(
            _label(
                translate(
                    "RemoveEncryptionDialog",
                    "The journal and all its backups will be stored unencrypted again: anyone who gets a copy "
                    "of the files can read your entries. BackJournal will no longer ask for a passphrase.",
                ),
                self,
                bold=True,
            )
        )
        self.current_field = _password_field(self, translate("RemoveEncryptionDialog", "Current passphrase"))
        self.form.addRow(translate("RemoveEncryptionDialog", "Current passphrase"), self.current_field)
        self.finish()
        self.old: str | None = None

    def check(self) -> None:
        old = self.current_field.text()
        try:
            check_journal_passphrase(self.data_dir, old)
        except EncryptionError:
            raise EncryptionError("The passphrase is not right. Nothing was changed.") from None
        self.old = old


class EncryptionMenu:
    """File > Encryption ▸ Encrypt this journal… / Change passphrase… / Remove encryption… for the
    open journal ``opened`` (converted in place); ``parent`` places the dialogs, ``show_status`` says
    what happened (the window's)."""

    def __init__(self, menu: QMenu, *, parent: QWidget, opened: OpenJournal, show_status: Callable[[str], None]):
        self.parent = parent
        self.opened = opened
        self.show_status = show_status
        self.menu = menu.addMenu(translate("EncryptionMenu", "En&cryption"))
        self.encrypt_action = QAction(translate("EncryptionMenu", "&Encrypt this journal…"), parent)
        self.encrypt_action.setStatusTip(
            translate("EncryptionMenu", "Store the journal and its backups encrypted with a passphrase")
        )
        self.change_action = QAction(translate("EncryptionMenu", "&Change passphrase…"), parent)
        self.remove_action = QAction(translate("EncryptionMenu", "&Remove encryption…"), parent)
        for action, slot in (
            (self.encrypt_action, self.encrypt),
            (self.change_action, self.change),
            (self.remove_action, self.remove),
        ):
            action.triggered.connect(slot)
            self.menu.addAction(action)
        self.menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        encrypted = self.opened.encrypted
        self.encrypt_action.setEnabled(not encrypted)
        self.change_action.setEnabled(encrypted)
        self.remove_action.setEnabled(encrypted)

    def encrypt(self) -> EncryptionResult | None:
        dialog = EncryptJournalDialog(self.parent)
        dialog.setObjectName("encrypt-journal")
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.passphrase is None:
            return None
        result = self._run(old=None, new=dialog.passphrase)
        if result is not None:
            self.show_status(
                translate(
                    "EncryptionMenu", "The journal is encrypted ({backups_text}). Keep the passphrase safe."
                ).format(backups_text=_backups_text(result))
            )
        return result

    def change(self) -> EncryptionResult | None:
        dialog = ChangePassphraseDialog(self.opened.data_dir, self.parent)
        dialog.setObjectName("change-passphrase")
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.new is None:
            return None
        result = self._run(old=dialog.old, new=dialog.new)
        if result is not None:
            self.show_status(
                translate("EncryptionMenu", "Changed the passphrase ({backups_text}).").format(
                    backups_text=_backups_text(result)
                )
            )
        return result

    def remove(self) -> EncryptionResult | None:
        dialog = RemoveEncryptionDialog(self.opened.data_dir, self.parent)
        dialog.setObjectName("remove-encryption")
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.old is None:
            return None
        result = self._run(old=dialog.old, new=None)
        if result is not None:
            self.show_status(
                translate("EncryptionMenu", "The journal is no longer encrypted ({backups_text}).").format(
                    backups_text=_backups_text(result)
                )
            )
        return result

    def _run(self, *, old: str | None, new: str | None) -> EncryptionResult | None:
        opened = self.opened
        try:
            result = run_operation(
                self.parent,
                lambda _p: convert_open_journal(opened, old=old, new=new),
                title=translate("EncryptionMenu", "Converting the journal…"),
                journal=opened.journal,
                exclusive=True,
            )
        except BackJournalError as exc:
            show_error(self.parent, exc)
            return None
        self.update_actions()
        if result.backups_skipped:
            box = message_box(
                self.parent,
                QMessageBox.Icon.Warning,
                translate("EncryptionMenu", "Some backups were left as they are"),
                translate("EncryptionMenu", "{len} backup(s) use another passphrase and were not converted: ").format(
                    len=len(result.backups_skipped)
                )
                + ", ".join(p.name for p in result.backups_skipped),
                translate("EncryptionMenu", "They still open with the passphrase they were made with."),
            )
            box.setObjectName("backups-skipped")
            exec_dialog(box)
        return result


def _backups_text(result: EncryptionResult) -> str:
    n = len(result.backups_converted)
    return (
        translate("EncryptionDialogs", "no backups to convert")
        if n == 0
        else translate("EncryptionDialogs", "%n backups converted too", None, n)
    )

"""The one warning before a file leaves an encrypted journal unencrypted (exports, reports, charts).

Exports are meant to be read by the person or their physician, so they are plain files; when the
journal itself is encrypted the person is told so, plainly, and asked whether to go on
(docs/privacy.md). The command line prints the same warning on stderr.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from backjournal.ui.errors import message_box
from backjournal.ui.modal import exec_dialog
from backjournal.ui.translation import translate


def confirm_plain_export(parent: QWidget | None, what: str, *, encrypted: bool) -> bool:
    """True to go on. For an encrypted journal (``encrypted``: the caller's ``Services.is_encrypted()``),
    first warn that the ``what`` (e.g. "CSV, JSON or FHIR export", "PDF report", "chart") will NOT be
    encrypted and ask; a plain journal asks nothing. ``parent`` only places the question."""
    if not encrypted:
        return True
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("PlainExport", "This file will not be encrypted"),
        translate(
            "PlainExport", "Your journal is encrypted, but the {what} you are about to save will NOT be encrypted."
        ).format(what=what),
        translate(
            "PlainExport",
            "Anyone who gets the file can read it without a passphrase. Save it only where you mean to, "
            "give it only to whom it is for, and delete it when it is no longer needed.",
        ),
    )
    box.setObjectName("plain-export-warning")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("PlainExport", "Save it unencrypted"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return exec_dialog(box) == QMessageBox.StandardButton.Yes

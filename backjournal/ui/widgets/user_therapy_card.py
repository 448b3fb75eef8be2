"""The "card" of a user-defined therapy: the person's own notes, plain text, kept in the journal.

User text is never rendered as markup: the notes live in a QPlainTextEdit and the therapy's name in
a plain-text label. Saving goes through ``JournalService.set_therapy_notes``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from backjournal.domain.errors import BackJournalError
from backjournal.domain.medications import DrugClass, card_for_class
from backjournal.domain.models import TherapyType
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.journal import JournalService
from backjournal.ui.errors import show_error
from backjournal.ui.translation import translate
from backjournal.ui.widgets.card_view import DISCLAIMER, RED_FLAGS_ID, red_flags_button

EXPLANATION = QT_TRANSLATE_NOOP(
    "UserTherapyCard",
    "This is a therapy you added yourself, so BackJournal has no reference card for it. Write down what you know: "
    "what it is, who recommended it, what it costs, what to watch for. Your notes are stored in your journal on "
    "this computer.",
)
MEDICATION_EXPLANATION = (
    "This is a medication you added yourself; the reference card of its class is one click away. "
    "Write down what you know: who prescribed it, what you were told, what you noticed. "
    "Your notes are stored in your journal on this computer."
)


class UserTherapyCardView(QWidget):
    """Editable notes about one user-defined therapy."""

    #: Another card was asked for (the red-flags button): the container decides how to show it.
    card_requested = Signal(str)
    #: The notes were saved (the therapy key).
    saved = Signal(str)

    def __init__(self, journal: JournalService, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.therapy: TherapyType | None = None
        self._saving = False

        self.red_flags = red_flags_button(self)
        self.red_flags.clicked.connect(lambda: self.card_requested.emit(RED_FLAGS_ID))
        #: A named medication's link to the reference card of its class (hidden for other therapies).
        self.class_card = QPushButton(translate("UserTherapyCardView", "Open its class card"), self)
        self.class_card.clicked.connect(self._open_class_card)
        self.class_label = QLabel(self)  # "Class: NSAID (anti-inflammatory)"; wraps in a narrow panel
        self.class_label.setTextFormat(Qt.TextFormat.PlainText)
        self.class_label.setWordWrap(True)
        self.class_row = QWidget(self)
        class_layout = QHBoxLayout(self.class_row)
        class_layout.setContentsMargins(0, 0, 0, 0)
        class_layout.addWidget(self.class_label, 1)
        class_layout.addWidget(self.class_card)
        self.class_row.hide()
        self._class_card_id: str | None = None
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addStretch(1)
        top.addWidget(self.red_flags)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.explanation = QLabel(translate("UserTherapyCard", EXPLANATION), self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)

        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(translate("UserTherapyCardView", "Your notes about this therapy"))
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._update_buttons)

        self.save_button = QPushButton(translate("UserTherapyCardView", "Save notes"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_button)

        self.footer = QLabel(translate("Cards", DISCLAIMER), self)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)  # the window's text colour (palette "mid" read at 1.7:1)

        body = QVBoxLayout()
        body.setContentsMargins(18, 6, 18, 8)
        body.setSpacing(10)
        body.addWidget(self.title)
        body.addWidget(self.class_row)
        body.addWidget(self.explanation)
        body.addWidget(self.notes, 1)
        body.addLayout(buttons)
        body.addWidget(self.footer)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def set_therapy(self, therapy: TherapyType) -> None:
        """Show ``therapy``'s notes. Unsaved edits of the previous therapy are saved first."""
        if self._saving:
            return  # the journal's change signal while we save: the editor already shows the text
        if self.is_modified():
            self.save()
        self.therapy = therapy
        self.title.setText(therapy.name)
        self._class_card_id = card_for_class(therapy.drug_class) if therapy.drug_class else None
        if self._class_card_id is not None and therapy.drug_class is not None:
            label = DrugClass(therapy.drug_class).label
            self.class_label.setText(translate("UserTherapyCardView", "Class: {label}").format(label=label))
            self.class_card.setAccessibleName(
                translate("UserTherapyCardView", "Open the reference card for its class, {label}").format(label=label)
            )
        self.class_row.setVisible(self._class_card_id is not None)
        self.explanation.setText(MEDICATION_EXPLANATION if self._class_card_id is not None else EXPLANATION)
        self.notes.blockSignals(True)
        self.notes.setPlainText(therapy.notes or "")
        self.notes.blockSignals(False)
        self.notes.document().setModified(False)
        self.state.setText("")
        self._update_buttons()

    def _open_class_card(self) -> None:
        if self._class_card_id is not None:
            self.card_requested.emit(self._class_card_id)

    def is_modified(self) -> bool:
        if self.therapy is None:
            return False
        text = self.notes.toPlainText()
        return (text if text.strip() else "") != (self.therapy.notes or "")

    def save(self) -> bool:
        if self.therapy is None:
            return False
        text = self.notes.toPlainText()
        self._saving = True
        try:
            self.therapy = self.journal.set_therapy_notes(self.therapy.key, text if text.strip() else None)
        except BackJournalError as exc:
            show_error(self, exc)
            return False
        finally:
            self._saving = False
        self.state.setText(translate("UserTherapyCardView", "Saved."))
        self._update_buttons()
        self.saved.emit(self.therapy.key)
        return True

    def _update_buttons(self) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        if modified:
            self.state.setText(translate("UserTherapyCardView", "Not saved yet."))

"""Edit one record (pain entry, therapy session or PEG check-in), and the weekly PEG check-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import (
    JournalChange,
    PainEntry,
    PainEntryDraft,
    PegCheckin,
    PegDraft,
    RecordKind,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
)
from backjournal.ui.dates import moment_text
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import PainForm, PegForm, SessionForm

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals
    from backjournal.ui.dialogs.therapy_dialogs import AddTherapyDialog, TherapyAdder


class EntryDialog(QDialog):
    """Shows the record in its form; ``draft`` holds the validated result after Save."""

    def __init__(
        self,
        record: PainEntry | TherapySession | PegCheckin,
        therapies: list[TherapyType],
        parent: QWidget | None = None,
        *,
        therapy_adder: TherapyAdder | None = None,
        signals: JournalSignals | None = None,
        list_therapies: Callable[[], list[TherapyType]] | None = None,
    ):
        """A session's therapy picker offers "Add therapy…" / "Add medication…" through ``therapy_adder``
        and follows renames and archiving through ``signals`` (re-reading ``list_therapies``)."""
        super().__init__(parent)
        self.draft: PainEntryDraft | TherapySessionDraft | PegDraft | None = None
        self.form: PainForm | SessionForm | PegForm
        self.add_dialog: AddTherapyDialog | None = None
        self._adder = therapy_adder
        self._list_therapies = list_therapies or (lambda: therapies)
        if isinstance(record, PainEntry):
            self.setWindowTitle(translate("EntryDialog", "Edit pain entry"))
            self.form = form = PainForm(self)
            form.load(record)
        elif isinstance(record, TherapySession):
            self.setWindowTitle(translate("EntryDialog", "Edit therapy session"))
            self.form = form_s = SessionForm(therapies, self, offers_add=therapy_adder is not None)
            form_s.load(record)
            if therapy_adder is not None:
                form_s.add_therapy_requested.connect(lambda: self.add_therapy(medication=False))
                form_s.add_medication_requested.connect(lambda: self.add_therapy(medication=True))
            if signals is not None:
                signals.changed.connect(self._journal_changed)
        else:
            self.setWindowTitle(translate("EntryDialog", "Edit PEG check-in"))
            self.form = form_p = PegForm(self)
            form_p.load(record)
        info = QLabel(
            translate("EntryDialog", "Logged {moment_text}; last changed {moment_text2}.").format(
                moment_text=moment_text(record.created_at.astimezone()),
                moment_text2=moment_text(record.updated_at.astimezone()),
            )
            + (
                translate("EntryDialog", "  Back-dated: logged later than the moment it describes.")
                if getattr(record, "backdated", False)
                else ""
            ),
            self,
        )
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(info)
        layout.addWidget(buttons)

    def add_therapy(self, *, medication: bool) -> AddTherapyDialog | None:
        """The add dialog over this one (not blocking); the new therapy is picked in the form."""
        if self._adder is None:
            return None
        self.add_dialog = self._adder.open(self, on_added=self._therapy_added, medication=medication)
        return self.add_dialog

    def _therapy_added(self, therapy: TherapyType) -> None:
        if isinstance(self.form, SessionForm):
            self.form.set_therapies(self._list_therapies(), select=therapy.key)

    def _journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY in change.kinds and isinstance(self.form, SessionForm):
            self.form.set_therapies(self._list_therapies())

    @qt_override
    def accept(self) -> None:
        try:
            self.draft = self.form.draft()
        except ValidationError:
            return  # the form shows the problem next to the field; nothing saved
        super().accept()


class PegDialog(QDialog):
    """The weekly PEG check-in (three questions about the past week)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PegDialog", "Weekly PEG check-in"))
        self.draft: PegDraft | None = None
        self.form = PegForm(self)
        intro = QLabel(
            translate(
                "PegDialog", "Three questions about the past week. Your PEG score is the average of the three answers."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.score_label = QLabel(self)  # the score as the person answers
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.score_label.setStyleSheet("font-weight: bold")
        self.score_label.setAccessibleName(translate("PegDialog", "PEG score"))
        for picker in self.form.pickers.values():
            picker.scoreChanged.connect(self.show_score)
        self.show_score()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.score_label)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def show_score(self, *_args) -> None:
        score = self.form.live_score()
        answered = sum(p.score is not None for p in self.form.pickers.values())
        if score is None:
            self.score_label.setText(
                translate("PegDialog", "Your PEG score: answer all three questions ({answered} of 3 answered).").format(
                    answered=answered
                )
            )
        else:
            self.score_label.setText(translate("PegDialog", "Your PEG score: {score:.1f} of 10.").format(score=score))

    @qt_override
    def accept(self) -> None:
        try:
            self.draft = self.form.draft()
        except ValidationError:
            return
        super().accept()

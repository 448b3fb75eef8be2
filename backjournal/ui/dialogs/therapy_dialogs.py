"""Adding a therapy or a named medication: the one dialog behind "Add therapy…" / "Add medication…"
in every therapy picker and on Preferences > Therapies.

``TherapyAdder`` is what a picker is given (built once by the window): ``open(parent, on_added=...)``
shows the dialog without blocking (``QDialog.open``, no nested event loop) and hands the new therapy
to ``on_added`` once it is saved. Saving is ``services.therapies.AddTherapyCommand`` through the
window's undo history, so Edit > Undo takes it back. Bad input (empty, too long, control characters,
a name in use) is shown in the dialog, under the name, and nothing is added; Cancel adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from backjournal.domain.errors import UserInputError
from backjournal.domain.medications import DrugClass
from backjournal.domain.models import NAME_MAX, TherapyCategory, TherapyType
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.therapies import AddTherapyCommand, TherapyService
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from backjournal.ui.bridge import UndoActions

CATEGORY_LABELS = {
    TherapyCategory.NON_DRUG: QT_TRANSLATE_NOOP("TherapyDialogs", "Non-drug"),
    TherapyCategory.DRUG: QT_TRANSLATE_NOOP("TherapyDialogs", "Drug or substance"),
    TherapyCategory.PROCEDURE: QT_TRANSLATE_NOOP("TherapyDialogs", "Procedure"),
}


class AddTherapyDialog(QDialog):
    """Name and category of a new therapy, or name and class of a new medication. On OK the therapy
    is added (undoable); a problem shows in the dialog and nothing is added."""

    #: The therapy just added (emitted before the dialog closes).
    therapy_added = Signal(object)

    def __init__(
        self,
        therapies: TherapyService,
        *,
        undo: UndoActions | None = None,
        medication: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.therapies = therapies
        self.undo = undo
        self.medication = medication
        self.added: TherapyType | None = None
        self.setWindowTitle(
            translate("AddTherapyDialog", "Add medication")
            if medication
            else translate("AddTherapyDialog", "Add therapy")
        )
        intro = QLabel(
            translate(
                "AddTherapyDialog",
                "A medication by its name, e.g. the one on the box; its class links the "
                "reference card of that kind of medicine.",
            )
            if medication
            else translate(
                "AddTherapyDialog",
                "A therapy of your own, e.g. Pilates or a TENS unit. You can rename or archive "
                "it later in Preferences > Therapies.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX + 20)  # longer is refused with a message, not cut without a word
        self.name.setPlaceholderText(
            translate("AddTherapyDialog", "e.g. Ibuprofen")
            if medication
            else translate("AddTherapyDialog", "e.g. Pilates")
        )
        self.name.setAccessibleName(
            translate("AddTherapyDialog", "Name of the new medication")
            if medication
            else translate("AddTherapyDialog", "Name of the new therapy")
        )
        self.kind = QComboBox(self)
        if medication:
            for cls in DrugClass:
                self.kind.addItem(cls.label, cls.value)
            self.kind.setAccessibleName(
                translate("AddTherapyDialog", "Class of the medication (links its reference card)")
            )
        else:
            for cat, label in ((c, translate("TherapyDialogs", text)) for c, text in CATEGORY_LABELS.items()):
                self.kind.addItem(label, cat.value)
            self.kind.setAccessibleName(translate("AddTherapyDialog", "Category of the therapy"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddTherapyDialog", "&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("AddTherapyDialog", "&Name"), self.name)
        form.addRow(
            translate("AddTherapyDialog", "&Class") if medication else translate("AddTherapyDialog", "&Category"),
            self.kind,
        )
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _t: self.error.hide())
        self.setMinimumWidth(420)
        self.name.setFocus()

    @qt_override
    def accept(self) -> None:
        if self.medication:
            command = AddTherapyCommand(
                self.therapies, self.name.text(), TherapyCategory.DRUG.value, drug_class=self.kind.currentData()
            )
        else:
            command = AddTherapyCommand(self.therapies, self.name.text(), self.kind.currentData())
        if self.undo is not None:
            if not self.undo.push(command, on_input_error=self._show_problem):
                return
        else:
            try:
                command.redo()
            except UserInputError as exc:
                self._show_problem(exc)
                return
        self.added = command.added
        self.therapy_added.emit(self.added)
        super().accept()

    def _show_problem(self, exc: UserInputError) -> None:
        self.error.setText(str(exc))
        self.error.show()
        self._layout.activate()
        if self.height() < self.heightForWidth(self.width()):
            self.resize(self.width(), self.heightForWidth(self.width()))  # the whole message, nothing cut
        self.name.setFocus()


class TherapyAdder:
    """What a therapy picker is given to add a therapy: the service and the window's undo history."""

    def __init__(self, *, therapies: TherapyService, undo: UndoActions | None = None):
        self.therapies = therapies
        self.undo = undo

    def open(
        self, parent: QWidget, *, on_added: Callable[[TherapyType], None], medication: bool = False
    ) -> AddTherapyDialog:
        """Show the add dialog over ``parent`` (window-modal, returns at once); ``on_added(therapy)``
        runs once it is saved. The dialog deletes itself when closed."""
        dialog = AddTherapyDialog(self.therapies, undo=self.undo, medication=medication, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.therapy_added.connect(on_added)
        dialog.open()
        return dialog

"""Adding a therapy or a named medication from a therapy picker ("Add therapy…", "Add medication…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.medications import DrugClass
from backjournal.domain.models import TherapyCategory, TherapyType
from backjournal.services.therapies import TherapyService
from backjournal.ui.widgets.forms import error_label

CATEGORY_LABELS = {TherapyCategory.NON_DRUG: "Non-drug", TherapyCategory.DRUG: "Drug or substance",
                   TherapyCategory.PROCEDURE: "Procedure"}


class AddTherapyDialog(QDialog):
    """Name and category of a new therapy, or name and class of a new medication. On OK the service
    adds it; a problem (empty name, a name in use) shows in the dialog and nothing is added."""

    def __init__(self, therapies: TherapyService, *, medication: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.therapies = therapies
        self.medication = medication
        self.added: TherapyType | None = None
        self.setWindowTitle("Add medication" if medication else "Add therapy")
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("e.g. Ibuprofen" if medication else "e.g. Pilates")
        self.name.setAccessibleName("Name of the new medication" if medication else "Name of the new therapy")
        self.kind = QComboBox(self)
        if medication:
            for cls in DrugClass:
                self.kind.addItem(cls.label, cls.value)
            self.kind.setAccessibleName("Class of the medication (links its reference card)")
        else:
            for cat, label in CATEGORY_LABELS.items():
                self.kind.addItem(label, cat.value)
            self.kind.setAccessibleName("Category of the therapy")
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Name", self.name)
        form.addRow("Class" if medication else "Category", self.kind)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            if self.medication:
                self.added = self.therapies.add_medication(self.name.text(), self.kind.currentData())
            else:
                self.added = self.therapies.add_therapy(self.name.text(), self.kind.currentData())
        except (ValidationError, ConflictError) as exc:
            self.error.setText(str(exc))
            self.error.setTextFormat(Qt.TextFormat.PlainText)
            self.error.show()
            return
        super().accept()

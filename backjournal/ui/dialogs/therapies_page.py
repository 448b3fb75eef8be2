"""Preferences > Therapies: add, rename, set the category and colour, archive (hidden from pickers,
history kept) or bring back each therapy and named medication, and keep your own notes card for
each therapy you added.

Every change is saved at once (not on OK) as a command of the window's undo history: the page's
Undo button, Ctrl+Z, or Edit > Undo after closing Preferences puts it back. Bad input (an empty name,
a name in use, one too long or with control characters) is shown under the fields and changes
nothing; it never opens a message box over the dialog. Built-in therapies keep their name and
category; they can still get a colour or be archived. The page follows the journal's changes
(``JournalSignals.changed``), so an undo or a change from the command line shows at once.

Nothing here blocks in a nested event loop: the add dialog and the colour dialog are opened with
``open()`` and report back through signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import UserInputError
from backjournal.domain.models import NAME_MAX, NOTE_MAX, JournalChange, RecordKind, TherapyCategory, TherapyType
from backjournal.services.history import Command
from backjournal.services.therapies import ChangeTherapyCommand, SetTherapyNotesCommand, TherapyService
from backjournal.ui.dialogs.therapy_dialogs import CATEGORY_LABELS, AddTherapyDialog, TherapyAdder
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals, UndoActions

KeyRole = Qt.ItemDataRole.UserRole
DEFAULT_SWATCH = "#1f77b4"


def swatch(color: str | None) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(color) if color else QColor(0, 0, 0, 0))
    return QIcon(pix)


def describe(t: TherapyType) -> str:
    """The list's line for a therapy: its name and, in brackets, what kind, built in, archived."""
    kind = (
        f"medication, {t.drug_class.replace('_', ' ')}"
        if t.drug_class is not None  # a medication
        else translate("TherapyDialogs", CATEGORY_LABELS[t.category]).lower()
    )
    extra = "".join((", built in" if t.builtin else "", ", archived" if t.archived else ""))
    return f"{t.name} ({kind}{extra})"


class TherapyListModel(QAbstractListModel):
    """Every therapy type, archived ones included (marked); the key under ``KeyRole``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[TherapyType] = []

    def set_therapies(self, therapies: list[TherapyType]) -> None:
        self.beginResetModel()
        self._items = list(therapies)
        self.endResetModel()

    @qt_override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    @qt_override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        t = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(t)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(t)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(t.color)
        if role == KeyRole:
            return t.key
        return None

    def therapy(self, row: int) -> TherapyType | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, key: str | None) -> int:
        return next((i for i, t in enumerate(self._items) if t.key == key), -1)


class TherapiesPage(QWidget):
    def __init__(
        self,
        *,
        therapies: TherapyService,
        adder: TherapyAdder | None = None,
        undo: UndoActions | None = None,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.therapies = therapies
        self.adder = adder
        self.undo = undo
        self.add_dialog: AddTherapyDialog | None = None  # the open add dialog (tests drive it)
        self.colour_dialog: QColorDialog | None = None
        self._notes_key: str | None = None  # whose notes the notes box holds
        self._notes_saved = ""  # what the journal has for them

        intro = QLabel(
            translate(
                "TherapiesPage",
                "Your therapies and medications. Archived ones are hidden from the pickers; "
                "their sessions stay in your journal. Changes are saved at once; Undo puts them "
                "back.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.model = TherapyListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("TherapiesPage", "Therapies and medications"))
        self.list.setMinimumWidth(240)
        self.list.setWordWrap(True)  # a long name wraps instead of needing a sideways scroll
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.add_button = QPushButton(translate("TherapiesPage", "Add thera&py…"), self)
        self.add_med_button = QPushButton(translate("TherapiesPage", "Add &medication…"), self)
        self.undo_button = QToolButton(self)
        if undo is not None:
            self.undo_button.setDefaultAction(undo.undo_action)
            self.addAction(undo.undo_action)  # Ctrl+Z works inside Preferences too
            self.addAction(undo.redo_action)
        else:
            self.undo_button.hide()

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX + 20)  # longer input is refused with a message, not cut silently
        self.rename_button = QPushButton(translate("TherapiesPage", "Re&name"), self)
        self.category = QComboBox(self)
        for cat, label in ((c, translate("TherapyDialogs", text)) for c, text in CATEGORY_LABELS.items()):
            self.category.addItem(label, cat.value)
        self.colour_button = QPushButton(translate("TherapiesPage", "&Colour…"), self)
        self.default_colour_button = QPushButton(translate("TherapiesPage", "&Default colour"), self)
        self.archive_button = QPushButton(translate("TherapiesPage", "&Archive"), self)
        self.builtin_note = QLabel(
            translate(
                "TherapiesPage",
                "Built in: its name and category stay; its reference card is under Help > Therapy reference cards.",
            ),
            self,
        )
        self.builtin_note.setTextFormat(Qt.TextFormat.PlainText)
        self.builtin_note.setWordWrap(True)
        self.notes_label = QLabel(translate("TherapiesPage", "Your notes card"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            translate("TherapiesPage", "What it is, who recommended it, what it costs, what to watch for…")
        )
        self.notes.setTabChangesFocus(True)
        self.save_notes_button = QPushButton(translate("TherapiesPage", "&Save notes"), self)
        self.error = error_label(self)
        for w, name in (
            (self.add_button, "Add a therapy"),
            (self.add_med_button, "Add a medication by name"),
            (self.undo_button, "Undo the last change"),
            (self.name_edit, "Name of the selected therapy"),
            (self.rename_button, "Rename the selected therapy"),
            (self.category, "Category of the selected therapy"),
            (self.colour_button, "Choose the colour of the selected therapy"),
            (self.default_colour_button, "Give the selected therapy the default colour"),
            (self.archive_button, "Archive or bring back the selected therapy"),
            (self.notes, "Your notes card for the selected therapy (plain text)"),
            (self.save_notes_button, "Save your notes for the selected therapy"),
        ):
            w.setAccessibleName(name)

        adds = QHBoxLayout()
        adds.addWidget(self.add_button)
        adds.addWidget(self.add_med_button)
        adds.addStretch(1)
        adds.addWidget(self.undo_button)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.default_colour_button)
        colour_row.addStretch(1)
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.addRow(translate("TherapiesPage", "Name"), name_row)
        details.addRow(translate("TherapiesPage", "Categor&y"), self.category)
        details.addRow(translate("TherapiesPage", "Colour"), colour_row)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_button)
        archive_row.addStretch(1)
        details.addRow("", archive_row)
        side = QVBoxLayout()
        side.addLayout(details)
        side.addWidget(self.builtin_note)
        side.addWidget(self.notes_label)
        side.addWidget(self.notes, 1)
        side.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adds)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.setMinimumWidth(660)  # the list and the details side by side, nothing cut

        self.list.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.add_button.clicked.connect(lambda: self.ask_add(medication=False))
        self.add_med_button.clicked.connect(lambda: self.ask_add(medication=True))
        self.rename_button.clicked.connect(lambda: self.rename(self.name_edit.text()))
        self.name_edit.returnPressed.connect(lambda: self.rename(self.name_edit.text()))
        self.category.activated.connect(lambda _i: self.set_category(self.category.currentData()))
        self.colour_button.clicked.connect(self.ask_colour)
        self.default_colour_button.clicked.connect(lambda: self.set_colour(None))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.save_notes_button.clicked.connect(self.save_notes)
        if signals is not None:
            signals.changed.connect(self._journal_changed)
        self.fill()

    # ------------------------------------------------------------------ list
    def fill(self, select: str | None = None) -> None:
        self._keep_notes()
        keep = select or self.current_key()
        self.model.set_therapies(self.therapies.all())
        row = self.model.row_of(keep)
        self.list.setCurrentIndex(self.model.index(row if row >= 0 else 0))
        self._selection_changed()

    def current_key(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def current(self) -> TherapyType | None:
        index = self.list.currentIndex()
        return self.model.therapy(index.row()) if index.isValid() else None

    def select(self, key: str) -> None:
        self.fill(select=key)

    def _selection_changed(self) -> None:
        self._keep_notes()
        t = self.current()
        own = t is not None and not t.builtin
        self.name_edit.setText("" if t is None else t.name)
        self.name_edit.setCursorPosition(0)  # a long name shows from its start
        for w in (self.name_edit, self.rename_button):
            w.setEnabled(own)
        self.category.setEnabled(own and t is not None and not t.is_medication)
        for w in (self.colour_button, self.default_colour_button, self.archive_button):
            w.setEnabled(t is not None)
        if t is not None:
            self.category.setCurrentIndex(self.category.findData(t.category.value))
            self.archive_button.setText(
                translate("TherapiesPage", "Bring &back") if t.archived else translate("TherapiesPage", "&Archive")
            )
            self.default_colour_button.setEnabled(t.color is not None)
        self.builtin_note.setVisible(t is not None and t.builtin)
        for note_widget in (self.notes_label, self.notes, self.save_notes_button):
            note_widget.setVisible(own)
        self._notes_key = t.key if t is not None and own else None
        self._notes_saved = (t.notes or "") if t is not None and own else ""
        self.notes.setPlainText(self._notes_saved)

    def _journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY in change.kinds:
            self.fill()

    # ------------------------------------------------------------------ changes (saved at once, undoable)
    def _run(self, command: Command) -> bool:
        """Through the undo history; bad input is shown on the page (no message box), nothing changes."""
        if self.undo is not None:
            ok = self.undo.push(command, on_input_error=self._show_problem)
        else:
            try:
                command.redo()
                ok = True
            except UserInputError as exc:
                self._show_problem(exc)
                ok = False
        if ok:
            self.error.hide()
        return ok

    def _show_problem(self, exc: UserInputError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _change(self, **changes) -> bool:
        t = self.current()
        if t is None:
            return False
        if not self._run(ChangeTherapyCommand(self.therapies, t.key, **changes)):
            return False
        self.fill(select=t.key)
        return True

    def rename(self, name: str) -> bool:
        t = self.current()
        if t is not None and name == t.name:
            return False
        return self._change(name=name)

    def set_category(self, category: str) -> bool:
        t = self.current()
        if t is None or t.category is TherapyCategory(category):
            return False
        return self._change(category=category)

    def set_colour(self, colour: str | None) -> bool:
        return self._change(color=colour)

    def toggle_archive(self) -> bool:
        t = self.current()
        return t is not None and self._change(archived=not t.archived)

    def save_notes(self) -> bool:
        key = self._notes_key
        if key is None:
            return False
        text = self.notes.toPlainText()
        if not self._run(SetTherapyNotesCommand(self.therapies, key, text)):
            return False
        self._notes_saved = text
        return True

    def _keep_notes(self) -> None:
        """Notes typed but not saved are saved before the box shows another therapy (never lost)."""
        text = self.notes.toPlainText()
        if self._notes_key is not None and text != self._notes_saved and len(text) <= NOTE_MAX:
            key, self._notes_key = self._notes_key, None  # once: the save below refills the page
            if self._run(SetTherapyNotesCommand(self.therapies, key, text)):
                self._notes_saved = text

    @qt_override
    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._keep_notes()  # closing Preferences keeps what was typed
        super().hideEvent(event)

    # ------------------------------------------------------------------ dialogs (not blocking)
    def ask_add(self, *, medication: bool = False) -> AddTherapyDialog | None:
        if self.adder is None:
            return None
        self.add_dialog = self.adder.open(self, on_added=lambda t: self.fill(select=t.key), medication=medication)
        return self.add_dialog

    def ask_colour(self) -> QColorDialog | None:
        t = self.current()
        if t is None:
            return None
        dialog = QColorDialog(QColor(t.color or DEFAULT_SWATCH), self)
        dialog.setWindowTitle(translate("TherapiesPage", "Colour of {name}").format(name=t.name))
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)  # the same on every platform
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = t.key
        dialog.colorSelected.connect(lambda colour: self._colour_chosen(key, colour))
        self.colour_dialog = dialog
        dialog.open()
        return dialog

    def _colour_chosen(self, key: str, colour: QColor) -> None:
        self.colour_dialog = None
        if colour.isValid() and self.current_key() == key:
            self.set_colour(colour.name())

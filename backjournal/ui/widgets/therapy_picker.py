"""A therapy picker for the course, marked-period and personal-trial dialogs: the therapies not archived, an optional
"none" first, and "Add therapy…" last.

"Add therapy…" opens the same add dialog as everywhere (``ui.dialogs.therapy_dialogs.TherapyAdder``,
not blocking: no nested event loop); the new therapy is selected afterwards, Cancel puts back what
was selected. The picker listens to the journal's changes (``JournalSignals.changed``): a therapy
added, renamed or archived anywhere (Preferences > Therapies, an undo, the command line) shows at
once. An archived therapy stays listed while it is the one selected (editing a period tied to it).
The item data is the therapy's key (None for "none").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from backjournal.domain.models import JournalChange, RecordKind, TherapyType
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals
    from backjournal.ui.dialogs.therapy_dialogs import AddTherapyDialog, TherapyAdder

ADD_THERAPY_TEXT = "Add therapy…"
_ADD = "\x00add"  # the data of the "Add therapy…" item (never a therapy key)


class TherapyPicker(QComboBox):
    def __init__(
        self,
        *,
        therapies: Callable[[], list[TherapyType]],
        adder: TherapyAdder | None = None,
        signals: JournalSignals | None = None,
        none_text: str | None = None,
        selected: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._therapies = therapies
        self._adder = adder
        self._none_text = none_text
        self._previous: str | None = selected
        self.add_dialog: AddTherapyDialog | None = None  # the open "Add therapy" dialog (tests drive it)
        self.setAccessibleName(translate("TherapyPicker", "Therapy"))
        self.fill(selected)
        self.activated.connect(self._activated)
        self.currentIndexChanged.connect(self._index_changed)
        if signals is not None:
            signals.changed.connect(self._journal_changed)

    # ------------------------------------------------------------------ contents
    def fill(self, select: str | None = None) -> None:
        """Refill from the service, keeping ``select`` (default: the current therapy) selected."""
        keep = select if select is not None else self.current_key()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for t in self._therapies():
            if not t.archived or t.key == keep:
                self.addItem(
                    translate("TherapyPicker", "{name} (archived)").format(name=t.name) if t.archived else t.name, t.key
                )
        if self._adder is not None:
            self.addItem(ADD_THERAPY_TEXT, _ADD)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
        self._previous = self.current_key()

    def current_key(self) -> str | None:
        data = self.currentData()
        return None if data == _ADD else data

    def select(self, key: str | None) -> bool:
        index = self.findData(key)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def therapy_keys(self) -> list[str]:
        """The therapy keys offered (no "none", no "Add therapy…")."""
        return [self.itemData(i) for i in range(self.count()) if self.itemData(i) not in (None, _ADD)]

    # ------------------------------------------------------------------ "Add therapy…"
    def _index_changed(self, _index: int) -> None:
        if self.currentData() == _ADD:  # chosen with the keyboard: never stay on it
            self.blockSignals(True)
            self.setCurrentIndex(max(0, self.findData(self._previous)))
            self.blockSignals(False)
            return
        self._previous = self.current_key()

    def _activated(self, index: int) -> None:
        if self.itemData(index) == _ADD:
            self.ask_add()

    def ask_add(self) -> AddTherapyDialog | None:
        """Open the add dialog (returns it at once); the new therapy is selected when it is added."""
        if self._adder is None:
            return None
        dialog = self.add_dialog = self._adder.open(self, on_added=self._added)
        dialog.finished.connect(self._add_closed)
        return dialog

    def _added(self, therapy: TherapyType) -> None:
        self.fill(select=therapy.key)
        self.currentIndexChanged.emit(self.currentIndex())  # chosen, as if picked by hand

    def _add_closed(self, _result: int) -> None:
        self.add_dialog = None

    # ------------------------------------------------------------------ the journal changed
    def _journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY in change.kinds:
            self.fill()

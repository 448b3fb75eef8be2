"""A row of toggle "chips" for a small fixed vocabulary (body regions, pain qualities)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

_STYLE = (
    "QPushButton { border: 1px solid #9aa7b4; border-radius: 12px; padding: 4px 10px; background: palette(base); }"
    " QPushButton:checked { background: #d7e7f5; color: #1b1b1b; border: 2px solid #1f4e79; font-weight: bold; }"
    " QPushButton:focus { border: 2px dashed #1f4e79; }"
)


class ChipGroup(QWidget):
    """Checkable chips; ``values()`` returns the checked items in display order."""

    changed = Signal()

    def __init__(self, items: Sequence[tuple[object, str]], parent: QWidget | None = None, *, columns: int = 4):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._buttons: dict[object, QPushButton] = {}
        for i, (value, label) in enumerate(items):
            chip = QPushButton(label, self)
            chip.setCheckable(True)
            chip.setStyleSheet(_STYLE)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setAccessibleName(label)
            chip.toggled.connect(lambda _checked: self.changed.emit())
            self._buttons[value] = chip
            layout.addWidget(chip, i // columns, i % columns)

    def values(self) -> list:
        return [v for v, b in self._buttons.items() if b.isChecked()]

    def set_values(self, values) -> None:
        wanted = set(values)
        for v, b in self._buttons.items():
            b.blockSignals(True)
            b.setChecked(v in wanted)
            b.blockSignals(False)
        self.changed.emit()

    def button(self, value) -> QPushButton:
        return self._buttons[value]

"""Today's daily factors: one row of small controls (0-10 or yes/no), each logged once a day.

Changing a control logs that day's value at once through the undo history (a new value for the
same day replaces the old one; Ctrl+Z puts the old one back). "Factors…" turns built-in factors on
or off and adds the person's own. The controls wrap onto more lines when the window is narrow
(never a sideways scroll).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.factors import Factor, FactorKind
from backjournal.domain.models import JournalChange, RecordKind, shown_name
from backjournal.services.factors import FactorService, SetFactorValueCommand
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import error_label, guard_wheel

CELL_WIDTH = 210  # one label + control at least; columns = available width // the widest cell
CELL_PADDING = 30  # the grid's spacing and the row's margins, per cell
CONTROL_MAX_WIDTH = 110  # a 0-10 box or a yes/no list needs no more; the names get the room
YESNO_ITEMS = (("–", None), ("yes", 1), ("no", 0))


class FactorRow(QGroupBox):
    def __init__(self, *, factors: FactorService, undo, parent: QWidget | None = None):
        super().__init__(translate("FactorRow", "Today's factors"), parent)
        self.factors = factors
        self.undo = undo
        self.controls: dict[str, QSpinBox | QComboBox] = {}
        self._factors: list[Factor] = []
        self._columns = 0
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(
            translate(
                "FactorRow",
                "Track sleep quality, mood, stress, physical activity or your own factors "
                '(e.g. "long drive") once a day: turn them on with Factors…',
            ),
            self,
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.manage = QPushButton(translate("FactorRow", "Factors…"), self)
        self.manage.setAccessibleName(translate("FactorRow", "Choose and add daily factors"))
        self.manage.clicked.connect(self.open_dialog)
        head = QHBoxLayout()
        head.addWidget(self.hint, 1)
        head.addWidget(self.manage, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid_box)
        layout.addLayout(head)
        self.setAccessibleName(translate("FactorRow", "Today's factors"))
        factors.add_listener(self.refresh)
        refresh = self.refresh
        self.destroyed.connect(lambda *_: factors.remove_listener(refresh))
        self.rebuild()

    # ------------------------------------------------------------------ building
    def rebuild(self) -> None:
        for w in self.controls.values():
            w.deleteLater()
        for label in self.grid_box.findChildren(QLabel):
            label.deleteLater()
        self.controls.clear()
        while self.grid.count():
            self.grid.takeAt(0)
        self._factors = self.factors.factors(enabled_only=True)
        for f in self._factors:
            label = QLabel(shown_name(f.key, f.name), self.grid_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # one column on a narrow window: a long name wraps, never clips
            control: QSpinBox | QComboBox
            if f.kind is FactorKind.SCALE:
                control = QSpinBox(self.grid_box)
                control.setRange(-1, 10)
                control.setSpecialValueText("–")
                control.setValue(-1)
                control.setKeyboardTracking(False)  # typing "10" logs 10 once, not 1 and then 10
                control.setAccessibleName(
                    translate("FactorRow", "{name} today, 0 to 10 (– for none)").format(name=shown_name(f.key, f.name))
                )
                control.valueChanged.connect(lambda v, key=f.key: self._changed(key, None if v < 0 else v))
            else:
                control = combo = QComboBox(self.grid_box)
                for text, value in YESNO_ITEMS:
                    combo.addItem(text, value)
                combo.setAccessibleName(
                    translate("FactorRow", "{name} today, yes or no (– for none)").format(
                        name=shown_name(f.key, f.name)
                    )
                )
                combo.currentIndexChanged.connect(lambda _i, key=f.key, c=combo: self._changed(key, c.currentData()))
            guard_wheel(control)
            control.setMaximumWidth(CONTROL_MAX_WIDTH)
            label.setBuddy(control)
            self.controls[f.key] = control
        self.hint.setVisible(not self._factors)
        self._columns = 0
        self._arrange(self.width())
        self.refresh()

    def _cell_width(self, labels: dict) -> int:
        """The widest label + control (at least CELL_WIDTH): every column gets that much room, so a
        long name of your own never squeezes its neighbours or runs off the side."""
        widths = [
            labels[c].fontMetrics().horizontalAdvance(labels[c].text()) + c.sizeHint().width() + CELL_PADDING
            for c in self.controls.values()
            if c in labels
        ]
        return max([CELL_WIDTH, *widths])

    def _arrange(self, width: int) -> None:
        labels = {
            lab.buddy(): lab for lab in self.grid_box.findChildren(QLabel) if lab.buddy() in self.controls.values()
        }
        columns = max(1, min(len(self._factors) or 1, width // self._cell_width(labels)))
        if columns == self._columns:
            return
        self._columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for i, f in enumerate(self._factors):
            control = self.controls[f.key]
            row, col = divmod(i, columns)
            self.grid.addWidget(labels[control], row, col * 2)
            self.grid.addWidget(control, row, col * 2 + 1, Qt.AlignmentFlag.AlignLeft)

    @qt_override
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(event.size().width())

    @qt_override
    def minimumSizeHint(self):  # noqa: N802 - one column is enough: the row never forces a sideways scroll
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), CELL_WIDTH + 40))
        return hint

    # ------------------------------------------------------------------ values
    def refresh(self) -> None:
        if [f.key for f in self.factors.factors(enabled_only=True)] != [f.key for f in self._factors]:
            self.rebuild()
            return
        values = self.factors.values_on(self.factors.today())
        for key, control in self.controls.items():
            control.blockSignals(True)
            value = values.get(key)
            if isinstance(control, QSpinBox):
                control.setValue(-1 if value is None else value)
            else:
                control.setCurrentIndex(max(0, control.findData(value)) if value is not None else 0)
            control.blockSignals(False)

    def on_journal_changed(self, change: JournalChange) -> None:
        if RecordKind.FACTOR in change.kinds:  # an import or the command line wrote factors
            self.refresh()

    def _changed(self, key: str, value) -> None:
        current = self.factors.values_on(self.factors.today()).get(key)
        if current == value:
            return
        self.undo.push(SetFactorValueCommand(self.factors, key, value, self.factors.today()))
        self.refresh()

    def open_dialog(self) -> None:
        FactorsDialog(self.factors, self).exec()
        self.rebuild()


class FactorsDialog(QDialog):
    """Turn factors on or off and add your own (0-10 or yes/no)."""

    def __init__(self, factors: FactorService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("FactorsDialog", "Daily factors"))
        self.factors = factors
        self.boxes: dict[str, QCheckBox] = {}
        self.list_layout = QVBoxLayout()
        intro = QLabel(
            translate(
                "FactorsDialog", "Checked factors show on Today, one value a day. Turning one off keeps its values."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("FactorsDialog", "your own, e.g. long drive"))
        self.name.setAccessibleName(translate("FactorsDialog", "Name of a new factor"))
        self.kind = QComboBox(self)
        self.kind.addItem("0-10", FactorKind.SCALE.value)
        self.kind.addItem(translate("FactorsDialog", "yes/no"), FactorKind.YESNO.value)
        self.kind.setAccessibleName(translate("FactorsDialog", "Kind of the new factor: 0 to 10, or yes/no"))
        self.add = QPushButton(translate("FactorsDialog", "Add"), self)
        self.add.setAccessibleName(translate("FactorsDialog", "Add the new factor"))
        self.error = error_label(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.list_layout)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add.clicked.connect(self.add_factor)
        self.name.returnPressed.connect(self.add_factor)
        self.fill()

    def fill(self) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes.clear()
        for f in self.factors.factors():
            name = shown_name(f.key, f.name)
            box = QCheckBox(
                translate("FactorsDialog", "{name} ({kind}, built in)").format(name=name, kind=f.kind.label)
                if f.builtin
                else f"{name} ({f.kind.label})",
                self,
            )
            box.setChecked(f.enabled)
            box.setAccessibleName(
                translate("FactorsDialog", "Show {name} on Today").format(name=shown_name(f.key, f.name))
            )
            box.toggled.connect(lambda on, key=f.key: self.factors.set_enabled(key, on))
            self.list_layout.addWidget(box)
            self.boxes[f.key] = box

    def add_factor(self) -> None:
        try:
            self.factors.add(self.name.text(), self.kind.currentData())
        except (ValidationError, ConflictError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.name.clear()
        self.fill()


def attach_factor_row(today, *, factors: FactorService, undo, signals) -> FactorRow:
    """Put the factor row on Today, under the two forms. ``signals``: the window's JournalSignals, so
    factors and values written elsewhere (an import, the command line) show without a restart."""
    column = today.forms_row.parentWidget().layout()
    row = FactorRow(factors=factors, undo=undo, parent=today.forms_row.parentWidget())
    column.insertWidget(column.indexOf(today.forms_row) + 1, row)
    signals.changed.connect(row.on_journal_changed)
    today.factor_row = row
    return row

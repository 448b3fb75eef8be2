"""The 0-10 pain score as eleven large buttons with the scale's anchor words.

Keyboard: digits pick a score ("1" then "0" quickly gives 10), Left/Right or -/+ step, Backspace clears.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from backjournal.domain.models import SCORE_ANCHORS, SCORE_MAX, SCORE_MIN
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

TEN_WINDOW_MS = 900

# Colour ramp from calm to alarming, readable with black text; the number itself carries the meaning.
_RAMP = [
    "#e8f5e9",
    "#eef6dc",
    "#f4f7d0",
    "#fbf6c4",
    "#fdeeb8",
    "#fde3ad",
    "#fcd5a2",
    "#f9c49a",
    "#f5b294",
    "#f09f8f",
    "#ea8c8c",
]


class ScorePicker(QWidget):
    """Pick one score 0-10 (or none). ``score`` is None until one is chosen."""

    scoreChanged = Signal(object)  # noqa: N815 - a Qt signal, named as Qt names them; int | None

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, allow_none: bool = False):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A visible frame while the picker has the keyboard focus (digit keys go here).
        self.setObjectName("scorePicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#scorePicker { border: 2px solid transparent; border-radius: 8px; }"
            " #scorePicker:focus { border: 2px solid #1f4e79; }"
        )
        self.setAccessibleName(translate("ScorePicker", "Pain score from 0, no pain, to 10, worst pain imaginable"))
        self._allow_none = allow_none
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._score: int | None = None
        self._timer = QElapsedTimer()
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)  # room for the focus frame
        grid.setHorizontalSpacing(4)
        size = 30 if compact else 46
        for value in range(SCORE_MIN, SCORE_MAX + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(size, size)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                translate("Domain", SCORE_ANCHORS[value])
                if value in SCORE_ANCHORS
                else translate("ScorePicker", "{value} out of 10").format(value=value)
            )
            button.setAccessibleName(translate("ScorePicker", "{value} of 10").format(value=value))
            button.setAccessibleDescription(translate("Domain", SCORE_ANCHORS[value]) if value in SCORE_ANCHORS else "")
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * (1.0 if compact else 1.35))
            font.setBold(True)
            button.setFont(font)
            button.setStyleSheet(
                f"QPushButton {{ background: {_RAMP[value]}; color: #1b1b1b; border: 1px solid #b9b9b9;"
                f" border-radius: 6px; }}"
                f" QPushButton:checked {{ background: #1f4e79; color: white; border: 2px solid #0b2940; }}"
            )
            self._group.addButton(button, value)
            grid.addWidget(button, 0, value)
        self._group.idClicked.connect(self._clicked)
        if not compact:
            low = QLabel(f"0 = {translate('Domain', SCORE_ANCHORS[0])}", self)
            high = QLabel(f"10 = {translate('Domain', SCORE_ANCHORS[10])}", self)
            low.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for label in (low, high):
                label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(low, 1, 0, 1, 4)
            grid.addWidget(high, 1, 5, 1, 6)

    # ------------------------------------------------------------------ API
    @property
    def score(self) -> int | None:
        return self._score

    def set_score(self, value: int | None) -> None:
        if value is not None and not SCORE_MIN <= value <= SCORE_MAX:
            return
        if value == self._score:
            self._sync()
            return
        self._score = value
        self._sync()
        self.scoreChanged.emit(value)

    def clear(self) -> None:
        self.set_score(None)

    # ------------------------------------------------------------------ internals
    def _sync(self) -> None:
        for button in self._group.buttons():
            button.setChecked(self._group.id(button) == self._score)

    def _clicked(self, value: int) -> None:
        if self._score == value and self._allow_none:
            self.set_score(None)
        else:
            self.set_score(value)

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if digit == 0 and self._score == 1 and self._timer.isValid() and self._timer.elapsed() < TEN_WINDOW_MS:
                self.set_score(10)
            else:
                self.set_score(digit)
            self._timer.start()
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Up):
            self.set_score(min(SCORE_MAX, (self._score if self._score is not None else -1) + 1))
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus, Qt.Key.Key_Down):
            self.set_score(max(SCORE_MIN, (self._score if self._score is not None else 1) - 1))
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self._allow_none:
            self.set_score(None)
            return
        super().keyPressEvent(event)

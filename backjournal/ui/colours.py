"""The few text colours we set ourselves (a problem, a good result), readable on light and dark themes.

Each pair keeps at least 4.5:1 contrast against the window and base colours of both themes
(tests/ui/test_accessibility.py). A ``ToneLabel`` picks the pair's colour for the palette in force and
follows a theme change. Colour is never the only carrier: the words say "Problem", "Too short", "Weak".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: tone -> (colour on a light background, colour on a dark background)
TONES = {
    "problem": ("#a0001c", "#ff9e94"),
    "good": ("#1e5e20", "#93d896"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colour(tone: str, palette: QPalette) -> QColor:
    light, dark = TONES[tone]
    return QColor(dark if is_dark(palette) else light)


class ToneLabel(QLabel):
    """A plain-text label whose text colour is a tone (``"problem"``, ``"good"``) or the palette's own."""

    def __init__(self, parent: QWidget | None = None, *, tone: str | None = None):
        super().__init__(parent)
        self._tone: str | None = None
        self._applying = False
        self.set_tone(tone)

    def set_tone(self, tone: str | None) -> None:
        self._tone = tone
        self._apply()

    def _apply(self) -> None:
        base = QApplication.palette(self)
        palette = QPalette(base)
        if self._tone is not None:
            palette.setColor(QPalette.ColorRole.WindowText, tone_colour(self._tone, base))
        self._applying = True
        try:
            self.setPalette(palette)
        finally:
            self._applying = False

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and not self._applying:
            self._apply()

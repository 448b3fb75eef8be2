"""The few text colours we set ourselves (a problem, a good result), readable on light and dark themes.

Each pair keeps at least 4.5:1 contrast against the window and base colours of both themes
(tests/ui/test_accessibility.py). A ``ToneLabel`` picks the pair's colour for the palette in force and
follows a theme change. Colour is never the only carrier: the words say "Problem", "Too short", "Weak".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backjournal.ui.qt_overrides import qt_override

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

    @qt_override
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and not self._applying:
            self._apply()


#: WCAG 2 AA contrast for normal-size text.
MIN_TEXT_CONTRAST = 4.5


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def muted_text_color(palette: QPalette) -> QColor:
    """A quieter text colour than the palette's own that still reads at 4.5:1 on its window colour."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for share in (0.3, 0.2, 0.1):
        muted = QColor.fromRgbF(
            text.redF() + (window.redF() - text.redF()) * share,
            text.greenF() + (window.greenF() - text.greenF()) * share,
            text.blueF() + (window.blueF() - text.blueF()) * share,
        )
        if contrast_ratio(muted, window) >= MIN_TEXT_CONTRAST:
            return muted
    return text

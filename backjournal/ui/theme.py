"""The window's theme: follow the system, light or dark (Preferences > General > Theme).

Light and dark use the Fusion style with a palette of ours whose text roles keep at least 4.5:1
contrast against their backgrounds (``TEXT_ROLES``; tests/ui/test_preferences.py checks it);
"follow the system" puts back the style and palette the application started with. The charts
follow through ``chart_colours``: the colours are passed into the chart functions (charts never
import Qt).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from backjournal.ui.colours import contrast_ratio  # noqa: F401 - re-exported for the palette checks

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

LIGHT = {
    Role.Window: "#F3F3F3",
    Role.WindowText: "#1A1A1A",
    Role.Base: "#FFFFFF",
    Role.AlternateBase: "#F0F0F0",
    Role.ToolTipBase: "#FFFFE6",
    Role.ToolTipText: "#1A1A1A",
    Role.PlaceholderText: "#6B6B6B",
    Role.Text: "#1A1A1A",
    Role.Button: "#E8E8E8",
    Role.ButtonText: "#1A1A1A",
    Role.BrightText: "#FFFFFF",
    Role.Highlight: "#1F5FAD",
    Role.HighlightedText: "#FFFFFF",
    Role.Link: "#0B57B3",
    Role.LinkVisited: "#6A3AA8",
    Role.Light: "#FFFFFF",
    Role.Midlight: "#F0F0F0",
    Role.Mid: "#B8B8B8",
    Role.Dark: "#8A8A8A",
    Role.Shadow: "#5A5A5A",
}
DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#E8E8E8",
    Role.Base: "#17181A",
    Role.AlternateBase: "#26272A",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#F0F0F0",
    Role.PlaceholderText: "#A0A0A0",
    Role.Text: "#E8E8E8",
    Role.Button: "#303134",
    Role.ButtonText: "#E8E8E8",
    Role.BrightText: "#FFFFFF",
    Role.Highlight: "#3470B8",
    Role.HighlightedText: "#FFFFFF",
    Role.Link: "#8AB4F8",
    Role.LinkVisited: "#C58AF9",
    Role.Light: "#4A4B4E",
    Role.Midlight: "#3A3B3E",
    Role.Mid: "#2A2B2E",
    Role.Dark: "#121314",
    Role.Shadow: "#000000",
}
#: (text role, background role) pairs that carry text; each keeps >= 4.5:1
TEXT_ROLES = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.Text, Role.AlternateBase),
)
DISABLED_TEXT = {"light": "#767676", "dark": "#8E8E8E"}


def build_palette(theme: str) -> QPalette:
    colours = DARK if theme == "dark" else LIGHT
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT[theme if theme in DISABLED_TEXT else "light"]))
    return palette


class ThemeManager:
    """Applies a theme to the application; remembers the start-up look for "follow the system"."""

    #: the look the application started with, kept on the application itself: a second window (a
    #: journal opened after a move) must not take an already themed look for the system's
    SYSTEM_LOOK = "backjournalSystemLook"

    def __init__(self, app: QApplication):
        self.app = app
        look = app.property(self.SYSTEM_LOOK)
        if not look:
            look = [app.style().name(), QPalette(app.palette())]
            app.setProperty(self.SYSTEM_LOOK, look)
        self._system_style, self._system_palette = look[0], QPalette(look[1])
        self.theme = "system" if app.style().name() == self._system_style else "other"

    #: the theme some window applied last (app-wide, like the palette itself)
    APPLIED = "backjournalTheme"

    def already_themed(self) -> bool:
        """True when another window of this application already applied a theme."""
        return bool(self.app.property(self.APPLIED))

    def apply(self, theme: str) -> None:
        self.app.setProperty(self.APPLIED, theme)
        if theme == self.theme:
            return
        self.theme = theme
        if theme in ("light", "dark"):
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(build_palette(theme))
        else:
            self.app.setStyle(QStyleFactory.create(self._system_style) or self._system_style)
            self.app.setPalette(self._system_palette)
        for widget in self.app.allWidgets():  # a widget with a style sheet keeps its old palette until re-polished
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())

    def is_dark(self) -> bool:
        """True when the window is dark now (chosen, or the system's palette is dark)."""
        return self.app.palette().color(Role.Window).lightness() < 128

"""Help > Keyboard shortcuts: every key of the window in a real table (where, keys, what).

The keys inside the views are listed here by hand (``VIEW_KEYS``); every menu action with a shortcut
is read from the menus themselves, so the table cannot drift from what the window does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: (where, keys, what) for keys handled inside the views
VIEW_KEYS: list[tuple[str, str, str]] = [
    ("Today", "0 … 9", "Pick the pain score (1 then 0 quickly = 10), also while a place or quality has the focus"),
    ("Today", "Left / Right", "Lower / raise the score that has the focus"),
    ("Today", "Tab / Shift+Tab", "Next / previous field: score, places, qualities, time, note, buttons"),
    ("Today", "Alt+P / Alt+T", "Jump to the pain score / the therapy"),
    ("Today", "Alt+S", "Same as last time (copy your last pain entry)"),
    ("Today", "Ctrl+Enter", "Save the form you are in (pain or session)"),
    ("Date and time", "Left / Right", "Move between day, month, year, hour and minute"),
    ("Date and time", "Up / Down or digits", "Change the part that is selected"),
    ("Date and time", "Alt+Down", "Open the calendar"),
    ("Score 0–10 (session, PEG)", "Backspace", "Clear an optional score"),
    ("Journal", "Ctrl+F", "Search notes and details"),
    ("Journal", "Enter", "Edit the selected record"),
    ("Journal", "F2", "Edit the score or note in place"),
    ("Journal", "Delete", "Move the selection to the trash"),
    ("Menus", "Alt + underlined letter", "Open a menu (File, Edit, View, Help); F10 opens the first"),
    ("Dialogs", "Enter / Escape", "Save or accept / cancel"),
]


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu path, keys, action) for every enabled-or-not menu action that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {sub.title().replace('&', '')}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((path, keys, action.text().replace("&", "").rstrip("…").strip()))

    for action in menu_bar.actions():
        top = action.menu()
        if isinstance(top, QMenu):
            walk(top, top.title().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        self.table.setAccessibleName("Keyboard shortcuts")
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the text column has its real width

    def rows(self) -> list[tuple[str, str, str]]:
        return [(self._text(r, 0), self._text(r, 1), self._text(r, 2)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

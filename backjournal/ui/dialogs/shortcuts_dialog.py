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

from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

#: (where, keys, what) for keys handled inside the views
VIEW_KEYS: list[tuple[str, str, str]] = [
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "0 … 9",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "Pick the pain score (1 then 0 quickly = 10), also while a place or quality has the focus",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "Left / Right",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Lower / raise the score that has the focus"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field: score, places, qualities, time, note, buttons"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "Alt+P / Alt+T",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Jump to the pain score / the therapy"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "Alt+S",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Same as last time (copy your last pain entry)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today"),
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the form you are in (pain or session)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Date and time"),
        "Left / Right",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between day, month, year, hour and minute"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Date and time"),
        "Up / Down or digits",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Change the part that is selected"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Date and time"),
        "Alt+Down",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the calendar"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Score 0–10 (session, PEG)"),
        "Backspace",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear an optional score"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Journal"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search notes and details"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Journal"),
        "Enter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected record"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Journal"),
        "F2",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the score or note in place"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Journal"),
        "Delete",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selection to the trash"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Menus"),
        "Alt + underlined letter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a menu (File, Edit, View, Help); F10 opens the first"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Dialogs"),
        "Enter / Escape",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save or accept / cancel"),
    ),
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
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Where"),
                translate("ShortcutsDialog", "Keys"),
                translate("ShortcutsDialog", "What it does"),
            ]
        )
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(translate("ShortcutsDialog", text) if c != 1 else text)
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

    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the text column has its real width

    def rows(self) -> list[tuple[str, str, str]]:
        return [(self._text(r, 0), self._text(r, 1), self._text(r, 2)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

"""After a report, export, chart or backup: where the file went, with "Open" and "Show in folder".

The message is window-modal but does not block (``open()``), and the way files are opened is a
parameter (``open_url``, QDesktopServices.openUrl by default), so a test can click the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from backjournal.ui.translation import translate

OpenUrl = Callable[[QUrl], bool]


class SavedFileMessage(QMessageBox):
    def __init__(
        self,
        path: Path,
        what: str,
        *,
        parent: QWidget | None = None,
        can_open: bool = True,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ):
        super().__init__(
            QMessageBox.Icon.Information,
            translate("SavedFileMessage", "{capitalize} saved").format(capitalize=what.capitalize()),
            "",
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.path = Path(path)
        self._open_url = open_url
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            translate("SavedFileMessage", "Your {what} is saved as {name}").format(what=what, name=self.path.name)
        )
        self.setInformativeText(translate("SavedFileMessage", "in the folder {parent}").format(parent=self.path.parent))
        self.open_button: QPushButton | None = None
        if can_open:
            self.open_button = self.addButton(translate("SavedFileMessage", "&Open"), QMessageBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(self.open_file)
        self.folder_button = self.addButton(
            translate("SavedFileMessage", "Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.folder_button.clicked.connect(self.show_folder)
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)
        self.setEscapeButton(close)

    def open_file(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self.path.parent)))

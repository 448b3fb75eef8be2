"""Minimal repro of the shutdown abort once seen with PySide6 6.12 on Python 3.11.

The sequence that used to end a passing test run in "Fatal Python error: bool_dealloc" during the
interpreter's final collection: a modal dialog that opens a nested modal message box (as a refused
restore does), both closed, then another QDialog.exec(), then a normal interpreter exit (no
os._exit, the atexit handlers run). Plain PySide6, nothing of BackJournal.

    QT_QPA_PLATFORM=offscreen python tests/repro/nested_modal_exit.py [MARKER_FILE]

Exits 0 and, when given, writes MARKER_FILE from an atexit handler. tests/e2e/test_clean_exit.py
runs it in CI.
"""

import atexit
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QVBoxLayout


def close_active_modal() -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close() if isinstance(widget, QMessageBox) else widget.reject()


class Outer(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModal(True)
        button = QPushButton("Restore…", self)
        QVBoxLayout(self).addWidget(button)
        button.clicked.connect(self.refuse)
        self.refused = False

    def refuse(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "This file cannot be restored",
            "Nothing was changed.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        QTimer.singleShot(0, close_active_modal)
        box.exec()
        self.refused = True
        QTimer.singleShot(0, close_active_modal)


def main() -> int:
    if len(sys.argv) > 1:
        marker = Path(sys.argv[1])
        atexit.register(marker.write_text, "atexit ran\n", encoding="utf-8")
    app = QApplication(sys.argv[:1])
    window = QDialog()
    outer = Outer(window)
    QTimer.singleShot(0, outer.findChild(QPushButton).click)
    outer.exec()
    assert outer.refused
    again = QDialog(window)
    QTimer.singleShot(0, close_active_modal)
    again.exec()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

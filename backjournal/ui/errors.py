"""Showing errors: typed errors get a plain message with what to do; our bugs get the excepthook dialog.

Nothing is uploaded. User text in messages is shown as plain text.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from backjournal import __version__
from backjournal.domain.errors import StorageEnvironmentError, UserInputError
from backjournal.ui.modal import exec_dialog
from backjournal.ui.translation import translate

log = logging.getLogger("backjournal")


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the person what happened and what to do. The app keeps running."""
    if isinstance(exc, UserInputError):
        exec_dialog(message_box(parent, QMessageBox.Icon.Warning, translate("Errors", "Cannot do that"), str(exc)))
        return
    if isinstance(exc, StorageEnvironmentError):
        log.warning("storage problem: %s", exc)
        exec_dialog(
            message_box(
                parent,
                QMessageBox.Icon.Critical,
                translate("Errors", "The journal could not be used"),
                str(exc),
                exc.hint,
            )
        )
        return
    report_bug(parent, type(exc), exc, exc.__traceback__)


def report_bug(parent, exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    box = message_box(
        parent,
        QMessageBox.Icon.Critical,
        translate("Errors", "Unexpected error"),
        translate("Errors", "Something went wrong inside BackJournal. What you had already saved is safe."),
        translate(
            "Errors",
            "BackJournal {version} on {platform}, Python {python_version}.\nDetails were written to the "
            "log ({log_path_hint}). Nothing was sent anywhere.",
        ).format(
            version=__version__,
            platform=platform.platform(),
            python_version=platform.python_version(),
            log_path_hint=log_path_hint(),
        ),
    )
    box.setDetailedText(details)
    exec_dialog(box)


def log_path_hint() -> str:
    for handler in logging.getLogger("backjournal").handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return name
    return "standard error"


def install_excepthook(parent_getter) -> None:
    """One excepthook for the window: a dialog with version, platform and log path."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, UserInputError | StorageEnvironmentError):
            show_error(parent_getter(), exc)
            return
        report_bug(parent_getter(), exc_type, exc, tb)

    sys.excepthook = hook

"""Preferences > Journal folder > Move journal to another folder…, and the old copy afterwards.

The steps and their checks are services.relocation's (copy with the backup API, verify by opening
the copy through the start-up gate, switch, keep the old copy). Here: choose the folder, warn about
a synced or network folder as the status bar does at start, say what will happen, then restart
BackJournal on the new folder (the running window's services all point at the old file). On the
next start, while the old copy is kept, a question offers to remove it or keep it for now.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from backjournal.autostart import Autostart, program_command
from backjournal.domain.errors import BackJournalError
from backjournal.paths import DATA_DIR_ENV, resolve_data_dir
from backjournal.services.relocation import JournalLocation, check_target, move_journal, remove_old_copy
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.services.opening import OpenJournal


def restart_on(folder: Path) -> None:
    """Start BackJournal again on ``folder`` and quit this one."""
    command = program_command()
    QProcess.startDetached(command[0], [*command[1:], "--data-dir", str(folder)])
    app = QApplication.instance()
    if app is not None:
        app.quit()


def _ask(parent: QWidget, icon, title: str, text: str, informative: str, yes: str) -> bool:
    box = message_box(parent, icon, title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    exec_dialog(box)
    return box.clickedButton() is go


def ask_move_journal(
    opened: OpenJournal,
    parent: QWidget,
    *,
    autostart: Autostart | None = None,
    save_layout: Callable[[], None] = lambda: None,
    folder: str | None = None,
    confirm: Callable[..., bool] = _ask,
    restart: Callable[[Path], None] = restart_on,
) -> Path | None:
    """The whole conversation about moving the open journal ``opened``; returns the new folder once the
    journal lives there, else None. ``autostart``: the login entry, pointed at the new folder when on;
    ``save_layout``: the window's, before the restart."""
    old = Path(opened.data_dir)
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            parent, translate("JournalMove", "Move the journal to which folder?"), str(Path.home())
        )
        if not folder:
            return None
    target = Path(folder)
    try:
        risks = check_target(old, target)
    except BackJournalError as exc:
        show_error(parent, exc)
        return None
    if risks and not confirm(
        parent,
        QMessageBox.Icon.Warning,
        translate("JournalMove", "A risky folder for a journal"),
        risks[0].message,
        translate("JournalMove", "Move it there anyway?"),
        translate("JournalMove", "Move anyway"),
    ):
        return None
    if not confirm(
        parent,
        QMessageBox.Icon.Question,
        translate("JournalMove", "Move the journal"),
        translate(
            "JournalMove", "BackJournal will copy your journal to {target}, check the copy, and restart with it."
        ).format(target=target),
        translate("JournalMove", "The old copy stays in {old} until you say it can go.").format(old=old),
        translate("JournalMove", "Copy and switch"),
    ):
        return None
    explicit = os.environ.get(DATA_DIR_ENV) or resolve_data_dir(None) != old
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = move_journal(opened, target)
    except BackJournalError as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
    if autostart is not None and autostart.available and autostart.enabled():
        autostart.data_dir = result.new_dir
        autostart.set_enabled(True)  # the login entry opens the new folder
    n = sum(result.counts.values())
    note = (
        translate(
            "JournalMove",
            "You start BackJournal with --data-dir or {DATA_DIR_ENV}: change it to {new_dir}, or it "
            "will open the old copy.",
        ).format(DATA_DIR_ENV=DATA_DIR_ENV, new_dir=result.new_dir)
        if explicit
        else ""
    )
    exec_dialog(
        message_box(
            parent,
            QMessageBox.Icon.Information,
            translate("JournalMove", "Your journal has moved"),
            translate(
                "JournalMove",
                "Your journal is now in {new_dir}; all {n} records were checked in the copy. "
                "BackJournal restarts to use it.",
            ).format(new_dir=result.new_dir, n=n),
            note,
        )
    )
    save_layout()
    restart(result.new_dir)
    return result.new_dir


def offer_to_remove_old_copy(
    data_dir: Path, parent: QWidget, *, show_status: Callable[[str], None], location: JournalLocation | None = None
) -> QMessageBox | None:
    """After a move, at start: ask (without blocking) whether the old copy of the journal now in
    ``data_dir`` can go. None if there is none."""
    location = location or JournalLocation()
    old = location.old_copy(Path(data_dir))
    if old is None:
        return None
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("JournalMove", "The old copy of your journal"),
        translate("JournalMove", "Your journal now lives in {data_dir}. The old copy is still in {old}.").format(
            data_dir=data_dir, old=old
        ),
        translate("JournalMove", "Remove the old copy now? (Its backups were copied too.)"),
    )
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    remove = box.addButton(translate("JournalMove", "Remove the old copy"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("JournalMove", "Keep it for now"), QMessageBox.ButtonRole.RejectRole)

    def done(_result) -> None:
        if box.clickedButton() is remove:
            try:
                removed = remove_old_copy(old)
            except BackJournalError as exc:
                show_error(parent, exc)
                return
            show_status(
                translate("JournalMove", "Removed the old copy in {old} ({len} files).").format(
                    old=old, len=len(removed)
                )
            )

    box.finished.connect(done)
    QTimer.singleShot(0, box.open)
    return box

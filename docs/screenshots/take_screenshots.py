"""Screenshots of every view and dialog of the real window, for the README and for looking at layouts.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_screenshots.py OUTDIR DEMO_DIR EMPTY_DIR

DEMO_DIR holds a journal with data (``backjournal --data-dir DEMO_DIR demo --years 3``); EMPTY_DIR a new
one (empty states, first-run welcome). Each PNG is the whole screen, so a window larger than the screen
or a dialog off-screen shows. ``QT_SCALE_FACTOR=2`` on a 3840x2160 screen gives the 200 % look.
docs/screenshots/shots.sh runs it for the usual screen sizes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(out: Path, demo_dir: Path, empty_dir: Path) -> int:
    from backjournal.services.opening import open_journal
    from backjournal.ui.application import build_main_window, make_qapplication

    app = make_qapplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp())

    def shot(name: str) -> None:
        settle(app)
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))

    def dialog_shot(name: str, dialog: QWidget) -> None:
        dialog.show()
        dialog.raise_()
        shot(name)
        dialog.close()

    # --- a journal with data: every view, the Trends kinds, every dialog
    opened = open_journal(demo_dir)
    window = build_main_window(opened, QSettings(str(scratch / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    settle(app, 1.0)
    shot("today")
    window.show_view("Journal")
    shot("journal")
    trends = window.show_view("Trends")
    deadline = time.monotonic() + 30
    while trends.canvas is None and time.monotonic() < deadline:
        settle(app, 0.2)
    settle(app, 1.5)
    shot("trends")
    for kind in ("calendar", "therapy"):
        trends.set_chart_kind(kind)
        settle(app, 1.5)
        shot(f"trends-{'what-changed' if kind == 'therapy' else kind}")
    trends.set_chart_kind("trend")
    window.show_view("Cards")
    shot("cards")
    window.show_view("Today")

    from backjournal.ui.dialogs.backup_dialogs import RestoreBackupDialog
    from backjournal.ui.dialogs.encryption_dialogs import EncryptJournalDialog
    from backjournal.ui.dialogs.entry_dialog import EntryDialog, PegDialog
    from backjournal.ui.dialogs.exchange_dialogs import ExportDialog, ImportDialog, ReportDialog
    from backjournal.ui.dialogs.saved_file import SavedFileMessage
    from backjournal.ui.dialogs.trash_dialog import TrashDialog
    from backjournal.ui.dialogs.welcome_dialog import WelcomeDialog

    journal = opened.journal
    therapies = journal.therapy_types()
    peg = PegDialog(window)
    for picker, value in zip(peg.form.pickers.values(), (6, 5, 4), strict=True):
        picker.set_score(value)
    dialog_shot("dialog-peg", peg)
    dialog_shot("dialog-edit-pain", EntryDialog(journal.pain_entries()[-1], therapies, window))
    dialog_shot("dialog-edit-session", EntryDialog(journal.sessions()[-1], therapies, window))
    dialog_shot("dialog-shortcuts", window.shortcuts_dialog())
    dialog_shot("dialog-report", ReportDialog(service=window.services.reports, parent=window))
    exchange = window.services.exchange
    dialog_shot("dialog-export", ExportDialog(service=exchange, parent=window))
    dialog_shot("dialog-import", ImportDialog(service=exchange, parent=window))
    if not opened.backups.list():
        opened.backups.back_up()
    dialog_shot("dialog-restore", RestoreBackupDialog(opened.backups, window))
    dialog_shot("dialog-trash", TrashDialog(journal=journal, undo=window.undo, signals=window.signals, parent=window))
    encrypt = EncryptJournalDialog(window)
    encrypt.new_field.setText("password1234")
    dialog_shot("dialog-encrypt", encrypt)
    dialog_shot(
        "dialog-saved",
        SavedFileMessage(
            Path.home() / "pain-report-2026-09-01-to-2026-11-30.pdf", "report", parent=window, open_url=lambda url: True
        ),
    )
    prefs = window.preferences.open_dialog(modal=False)
    shot("dialog-preferences")
    prefs.close()
    window.show_view("Trends")
    settle(app, 1.0)
    for name, ask in (
        ("dialog-mark-period", trends.periods.ask_mark_period),
        ("dialog-marked-periods", trends.periods.ask_manage_periods),
    ):
        dialog = ask()
        shot(name)
        dialog.close()
    window.show_view("Today")
    window.close()

    # --- a new journal: the welcome, empty states, the sample-data window
    dialog_shot("welcome", WelcomeDialog(empty_dir, choose_folder=lambda parent, start: None))
    empty = open_journal(empty_dir)
    window = build_main_window(empty, QSettings(str(scratch / "e.ini"), QSettings.Format.IniFormat))
    window.show()
    settle(app, 1.0)
    shot("empty-today")
    window.show_view("Journal")
    shot("empty-journal")
    trends = window.show_view("Trends")
    deadline = time.monotonic() + 30
    while trends.canvas is None and time.monotonic() < deadline:
        settle(app, 0.2)
    shot("empty-trends")
    window.close()
    window = build_main_window(opened, QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window.mark_as_sample(on_leave=lambda: None)
    window.show()
    shot("sample-data")
    window.close()
    empty.close()
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))

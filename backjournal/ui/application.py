"""Starting the window: QApplication, logging, opening the journal (with its checks), the main window."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from platformdirs import user_config_dir, user_log_dir

from backjournal import APP_ID, APP_NAME
from backjournal.domain.errors import StorageEnvironmentError
from backjournal.services.history import UndoHistory
from backjournal.services.opening import OpenJournal, open_journal
from backjournal.ui.dialogs.backup_dialogs import auto_backup_on_start
from backjournal.ui.errors import install_excepthook, message_box
from backjournal.ui.main_window import MainWindow
from backjournal.ui.single_instance import SingleInstance, bring_forward, hand_off_or_explain

CONFIG_DIR_ENV = "BACKJOURNAL_CONFIG_DIR"


def config_dir() -> Path:
    env = os.environ.get(CONFIG_DIR_ENV)
    return Path(env) if env else Path(user_config_dir(APP_NAME, appauthor=False))


def window_settings() -> QSettings:
    """Window geometry and layout (not journal data) in an INI file of ours."""
    directory = config_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(directory / "window.ini"), QSettings.Format.IniFormat)


def setup_logging() -> Path | None:
    logger = logging.getLogger("backjournal")
    if any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        return None
    try:
        directory = Path(os.environ.get("BACKJOURNAL_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False))
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = directory / "backjournal.log"
        handler = logging.FileHandler(path, encoding="utf-8")
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def make_qapplication(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def app_icon_path() -> Path | None:
    """The packaged icon (backjournal/resource_files.py), or None: a window without an icon still works."""
    from backjournal.resource_files import ResourceMissingError, icon_path

    try:
        return icon_path()
    except ResourceMissingError:
        return None


def open_for_gui(data_dir: Path, parent: QWidget | None = None) -> OpenJournal | None:
    """Open the journal, or explain why not. Returns None when the app should not start."""
    from backjournal.paths import journal_path
    from backjournal.services.backups import BackupService
    from backjournal.ui.dialogs.passphrase_dialog import ask_passphrase
    from backjournal.ui.dialogs.recovery_dialogs import open_with_recovery

    try:  # damaged / missing / too new: a dialog explains and offers what can be done (ui/dialogs)
        go_on, passphrase = ask_passphrase(data_dir, parent)  # encrypted journal: the passphrase dialog
        if not go_on:
            return None
        # The recovery dialogs restore through this service; a restore sets its passphrase to the restored
        # journal's (an encrypted backup into a missing journal), and the next try opens with that.
        backups = BackupService(journal_path=journal_path(data_dir), passphrase=passphrase)
        return open_with_recovery(
            lambda start_new: open_journal(data_dir, start_new=start_new, passphrase=backups.passphrase),
            backups, parent)
    except StorageEnvironmentError as exc:
        message_box(parent, QMessageBox.Icon.Critical, "The journal cannot be opened", str(exc), exc.hint).exec()
        return None


def build_main_window(opened: OpenJournal, settings: QSettings | None = None) -> MainWindow:
    return MainWindow(opened=opened, settings=settings or window_settings(), history=UndoHistory())


def run_application(*, data_dir: Path, argv: list[str]) -> int:
    app = make_qapplication(argv)
    setup_logging()
    instance = SingleInstance(data_dir)  # one window per journal; a second launch never opens the file
    if not instance.claim():
        return hand_off_or_explain(instance)
    try:
        opened = open_for_gui(data_dir)
        if opened is None:
            return 1
        opened.instance_lock = instance.lock  # File > Encryption converts under the window's own lock
        window = build_main_window(opened)
        instance.on_activation(lambda: bring_forward(window))
        install_excepthook(lambda: window)
        window.show()
        auto_backup_on_start(opened.backups, window)  # at most once a day; a failure is shown, not fatal
        try:
            return app.exec()
        finally:
            opened.close()
    finally:
        instance.release()

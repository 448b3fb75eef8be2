"""Starting the window: QApplication, logging, the main window, then opening the journal (with its checks).

The start-up sequence (``run_application``), in order:

1. QApplication, logging; on a first start (no journal yet) the welcome dialog chooses the folder.
2. The single-instance claim (no journal file is touched by a second launch).
3. The main window's shell is shown and painted: title, menu bar, size, "Opening your journal…".
   Nothing of the storage stack (SQLAlchemy, Alembic), numpy, matplotlib or the PDF library is
   imported before this first paint (tests/e2e/test_startup.py checks the module set).
4. Right after the first paint, ``Startup`` opens the journal through services/opening.py with the
   same dialogs as ever (passphrase, recovery, too new, integrity gate) and ``open_window`` attaches
   it to the shell: the views and inputs appear, and keys typed meanwhile go to the Today view.
5. After opening: the daily automatic backup (and the sample-journal menu entry).
6. On quit (``tear_down``), once the event loop has returned: every window and dialog is deleted,
   the journals are closed, the single-instance claim released and the QApplication shut down, so
   the interpreter ends normally (app.run) with nothing of Qt left for its final collection.

``--in-tray`` (autostart) opens the journal before showing anything, as before: whether the window
shows at all is a preference stored in the journal.

Benchmark hooks (docs/benchmarks.md): ``BACKJOURNAL_EXIT_AFTER=paint`` exits 0 right after the first
paint, ``=trends`` after the Trends chart's first paint (the Trends tab opened programmatically),
``=ready`` once the journal is attached to the window (the shown view built, the inputs enabled);
``BACKJOURNAL_MODULES_FILE=FILE`` writes the names in ``sys.modules`` at that moment to FILE.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_dir, user_log_dir
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backjournal import APP_ID, APP_NAME
from backjournal.domain.errors import StorageEnvironmentError
from backjournal.ui.errors import install_excepthook, message_box
from backjournal.ui.light_start import show_trends_light, trends_first
from backjournal.ui.main_window import MainWindow, on_first_paint
from backjournal.ui.modal import exec_dialog
from backjournal.ui.single_instance import SingleInstance, bring_forward, hand_off_or_explain
from backjournal.ui.translation import translate

if TYPE_CHECKING:  # imported after the first paint (the storage stack)
    from backjournal.services.composition import Services
    from backjournal.services.opening import OpenJournal

CONFIG_DIR_ENV = "BACKJOURNAL_CONFIG_DIR"
EXIT_AFTER_ENV = "BACKJOURNAL_EXIT_AFTER"  # benchmark hook: "paint", "trends" or "ready"
MODULES_FILE_ENV = "BACKJOURNAL_MODULES_FILE"  # benchmark/test hook: sys.modules at that moment


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
    assert isinstance(app, QApplication)  # the window's application, never a bare QCoreApplication
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    from backjournal.language_choice import LanguageChoice
    from backjournal.ui.translation import install_translators, window_language

    # before any window or dialog exists: the welcome, passphrase and recovery dialogs are translated too
    app.setProperty("backjournal_language", window_language(LanguageChoice().chosen()))
    _KeptTranslators(app, install_translators(app, app.property("backjournal_language")))
    return app


class _KeptTranslators(QObject):
    """Holds the window's translators from Python for as long as the application lives (its child)."""

    def __init__(self, app: QApplication, translators: list[QTranslator]):
        super().__init__(app)
        self.translators = translators


def app_icon_path() -> Path | None:
    """The packaged icon (backjournal/resource_files.py), or None: a window without an icon still works."""
    from backjournal.resource_files import ResourceMissingError, icon_path

    try:
        return icon_path()
    except ResourceMissingError:
        return None


def open_for_gui(
    data_dir: Path, parent: QWidget | None = None, *, instance_lock: object | None = None, gate_passed: bool = False
) -> OpenJournal | None:
    """Open the journal, or explain why not. Returns None when the app should not start.
    ``instance_lock``: this process's single-instance lock on the journal (not for the sample).
    ``gate_passed``: the light start ran the open gate on this plain journal (services/light_open.py)."""
    from backjournal.services.composition import backups_for
    from backjournal.services.opening import open_journal
    from backjournal.ui.dialogs.passphrase_dialog import ask_passphrase
    from backjournal.ui.dialogs.recovery_dialogs import open_with_recovery

    try:  # damaged / missing / too new: a dialog explains and offers what can be done (ui/dialogs)
        go_on, passphrase = ask_passphrase(data_dir, parent)  # encrypted journal: the passphrase dialog
        if not go_on:
            return None
        # The recovery dialogs restore through this service; a restore sets its passphrase to the restored
        # journal's (an encrypted backup into a missing journal), and the next try opens with that.
        backups = backups_for(data_dir, passphrase=passphrase)
        return open_with_recovery(
            lambda start_new: open_journal(
                data_dir,
                start_new=start_new,
                passphrase=backups.passphrase,
                instance_lock=instance_lock,
                gate_passed=gate_passed and not start_new,
            ),
            backups,
            parent,
        )
    except StorageEnvironmentError as exc:
        exec_dialog(
            message_box(
                parent,
                QMessageBox.Icon.Critical,
                translate("Application", "The journal cannot be opened"),
                str(exc),
                exc.hint,
            )
        )
        return None


def build_main_window(
    opened: OpenJournal, settings: QSettings | None = None, *, services: Services | None = None
) -> MainWindow:
    """A window over ``opened`` with the composition root's ``services`` over it (built when not given)."""
    from backjournal.services.history import UndoHistory

    return MainWindow(opened=opened, settings=settings or window_settings(), history=UndoHistory(), services=services)


def run_application(*, data_dir: Path, argv: list[str], welcome: bool = False, in_tray: bool = False) -> int:
    """Open the window on ``data_dir``. ``welcome``: the folder is the default one (no --data-dir), so a
    first start greets the person, lets them choose the folder or explore a separate sample journal.
    ``in_tray`` (``--in-tray``, the login autostart entry): only the tray icon shows, where a tray exists."""
    from backjournal.ui.process_signals import display_problem

    problem = display_problem(argv=argv)  # Qt would abort the process without a display
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = make_qapplication(argv)
    try:
        return _run(app, data_dir=data_dir, welcome=welcome, in_tray=in_tray)
    finally:
        tear_down(app)


def _run(app: QApplication, *, data_dir: Path, welcome: bool, in_tray: bool) -> int:
    setup_logging()
    sample = False
    if welcome:
        answer = welcome_first_start(data_dir)
        if answer is None:
            return 0
        data_dir, sample = answer
    instance = SingleInstance(data_dir)  # one window per journal; a second launch never opens the file
    if not instance.claim():
        return hand_off_or_explain(instance)
    journals: list[OpenJournal] = []
    try:
        shown: dict[str, MainWindow] = {}
        instance.on_activation(lambda: bring_forward(shown["window"]))
        from backjournal.ui.process_signals import SignalQuitter, exit_code_for

        def close_everything() -> None:  # as if the person closed every window, then quit
            app.closeAllWindows()
            app.quit()

        quitter = SignalQuitter(close_everything, app)  # SIGTERM / Ctrl+C: nothing half-written
        try:
            if in_tray and not sample:  # open first: the tray preference is in the journal
                collect_again()
                if (
                    open_window(data_dir, sample=False, instance=instance, journals=journals, shown=shown, in_tray=True)
                    is None
                ):
                    return 1
                code = app.exec()
                return exit_code_for(quitter.received, code)
            shell = MainWindow(settings=window_settings())  # painted before the journal is opened
            shown["window"] = shell
            install_excepthook(lambda: shown["window"])
            exit_after = os.environ.get(EXIT_AFTER_ENV) or None
            Startup(
                shell,
                exit_after=exit_after,
                open_journal=lambda gate_passed: open_window(
                    data_dir,
                    sample=sample,
                    instance=instance,
                    journals=journals,
                    shown=shown,
                    shell=shell,
                    gate_passed=gate_passed,
                ),
                light_start=None
                if sample or not trends_first(shell.settings, exit_after)
                else (lambda: show_trends_light(shell, data_dir)),
            )
            shell.show()
            code = app.exec()
            return exit_code_for(quitter.received, code)
        finally:
            quitter.restore()
    finally:
        delete_windows(app)  # before their journals close: nothing may reach a closed journal
        for opened in list(journals):
            opened.close()
        instance.release()


def delete_windows(app: QApplication) -> None:
    """Delete every top-level window and dialog now (their queued deletions too)."""
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tear_down(app: QApplication) -> None:
    """Step 6 of the start-up sequence's counterpart: windows deleted, then the QApplication shut
    down explicitly, instead of leaving both to the interpreter's final collection."""
    delete_windows(app)
    sys.excepthook = sys.__excepthook__  # the window's hook shows dialogs: there are no windows now
    app.shutdown()


def welcome_first_start(data_dir: Path) -> tuple[Path, bool] | None:
    """The welcome on a first start: (journal folder, explore the sample?), or None to quit."""
    from backjournal.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog, is_first_start

    if not is_first_start(data_dir):
        return data_dir, False
    collect_again()  # a dialog waits for the person: not the fast start
    dialog = WelcomeDialog(data_dir)
    exec_dialog(dialog)
    if dialog.choice is WelcomeChoice.QUIT:
        return None
    if dialog.data_dir != data_dir:
        remember_location(dialog.data_dir)
    return dialog.data_dir, dialog.choice is WelcomeChoice.SAMPLE


def close_journal(opened: OpenJournal, journals: list[OpenJournal]) -> None:
    if opened in journals:
        journals.remove(opened)
        opened.close()


def remember_location(data_dir: Path) -> None:
    """The folder chosen in the welcome is where later starts (window and command line) look."""
    import json

    from backjournal.fileio import atomic_write_text
    from backjournal.paths import LOCATION_FILENAME, config_dir
    from backjournal.services.relocation import LOCATION_VERSION

    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(
        folder / LOCATION_FILENAME,  # the file a move in Preferences writes too
        json.dumps({"version": LOCATION_VERSION, "data_dir": str(data_dir)}, indent=2) + "\n",
    )


def open_window(
    data_dir: Path,
    *,
    sample: bool,
    instance: SingleInstance,
    journals: list[OpenJournal],
    shown: dict,
    journal_window: MainWindow | None = None,
    in_tray: bool = False,
    shell: MainWindow | None = None,
    gate_passed: bool = False,
) -> MainWindow | None:
    """Open the journal (or the separate sample journal beside it) in a new window and show it.
    ``journal_window``: the journal's own window, when the sample is opened from its File menu.
    ``shell``: the already painted window to open the journal in (the normal start)."""
    from backjournal.ui.dialogs.welcome_dialog import prepare_sample_journal, sample_dir_for

    if sample and shown.get("sample") is not None:  # already open: never the same file twice
        bring_forward(shown["sample"])
        return shown["sample"]
    # File > Encryption converts the journal under the window's own lock (the sample has none)
    opened = open_for_gui(
        sample_dir_for(data_dir) if sample else data_dir,
        shell,
        instance_lock=None if sample else instance.lock,
        gate_passed=gate_passed and not sample,
    )
    if opened is None:
        return None
    journals.append(opened)
    from backjournal.services.composition import Services

    services = Services(opened)  # the composition root: this window's services, each built once
    if sample:  # a year of made-up entries: a second or two, off the UI thread behind a progress note
        from backjournal.ui.errors import show_error
        from backjournal.ui.operations import run_operation

        try:
            journal, demo = services.journal, services.demo
            run_operation(
                shell or journal_window,
                lambda _progress: prepare_sample_journal(journal=journal, demo=demo),
                title=translate("Application", "Making the sample journal…"),
            )
        except Exception as exc:  # shown; the person's own journal is untouched
            close_journal(opened, journals)
            show_error(shell or journal_window, exc)
            return None
    if shell is not None:
        shell.attach(opened, services=services)
        window = shell
    else:
        window = build_main_window(opened, services=services)
    shown["window"] = window
    install_excepthook(lambda: shown["window"])
    if sample and journal_window is not None:  # opened from the journal's window: closing is enough
        window.mark_as_sample(on_leave=window.close, leave_text=translate("Application", "&Close the sample data"))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def sample_closed(*_args: object) -> None:
            close_journal(opened, journals)
            shown.pop("sample", None)

        window.destroyed.connect(sample_closed)
        shown["window"] = journal_window
        shown["sample"] = window
    elif sample:

        def leave_sample() -> None:
            if open_window(data_dir, sample=False, instance=instance, journals=journals, shown=shown) is not None:
                window.close()

        window.mark_as_sample(on_leave=leave_sample)
    else:
        window.offer_sample(
            lambda: open_window(
                data_dir, sample=True, instance=instance, journals=journals, shown=shown, journal_window=window
            )
        )
    if shell is None and not (
        in_tray and window.preferences.start_in_tray()
    ):  # --in-tray: hidden at login, if a tray exists
        window.show()
    if not sample:
        from backjournal.ui.dialogs.backup_dialogs import auto_backup_on_start

        auto_backup_on_start(opened.backups, window)  # at most once a day; a failure is shown, not fatal
    return window


class Startup(QObject):
    """Step 4 of the start-up sequence (module docstring): right after the window's first paint, open
    the journal (``open_journal(gate_passed)`` returns the window, or None when it cannot or should
    not open). ``light_start``: when the view shown first is Trends, paint its chart from a plain read
    first (ui/light_start.py; it returns the chart's canvas, or None for the normal path), then open
    the journal right after that paint, its open gate already passed."""

    def __init__(
        self,
        window: MainWindow,
        *,
        exit_after: str | None,
        open_journal: Callable[[bool], MainWindow | None],
        light_start: Callable[[], QWidget | None] | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.exit_after = exit_after
        self._open_journal = open_journal
        self._light_start = light_start
        on_first_paint(window, self.first_painted)

    def first_painted(self) -> None:
        if self.exit_after == "paint":
            finish_benchmark(0)
            return
        canvas = self._light_start() if self._light_start is not None else None
        if canvas is None:
            self.open(gate_passed=False)
        elif self.exit_after == "trends":
            on_first_paint(canvas, lambda: finish_benchmark(0))
        else:
            on_first_paint(canvas, lambda: self.open(gate_passed=True))

    def open(self, *, gate_passed: bool) -> None:
        opened = self._open_journal(gate_passed)
        collect_again()  # the start is over (app.run_gui turned the cyclic collector off for it)
        if opened is None:
            QApplication.exit(1)
            return
        if self.exit_after == "ready":  # attached: the shown view built, the inputs enabled
            QTimer.singleShot(0, self, lambda: finish_benchmark(0))
            return
        if self.exit_after == "trends":
            from backjournal.ui.views.trends_view import TrendsView  # built by show_view

            trends = self.window.show_view("Trends")
            assert isinstance(trends, TrendsView)
            on_first_paint(trends.ensure_chart(), lambda: finish_benchmark(0))


def collect_again() -> None:
    """Python's cyclic garbage collector runs again (``app.run_gui`` turns it off for the start)."""
    import gc

    gc.enable()


def finish_benchmark(code: int) -> None:
    """A benchmark hook fired: write sys.modules if asked, then leave the event loop with ``code``."""
    target = os.environ.get(MODULES_FILE_ENV)
    if target:
        import sys

        Path(target).write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")
    QApplication.exit(code)

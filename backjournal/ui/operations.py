"""Long work off the UI thread, through one small helper (the idea of Anki's CollectionOp/QueryOp).

    result = run_operation(parent, lambda progress: service.export(...), title="Exporting…",
                           journal=window.journal)

- ``work(progress)`` runs in ``QThreadPool.globalInstance()``; the window keeps painting meanwhile.
- The caller waits in a nested event loop behind a window-modal progress dialog (shown after
  ``SHOW_AFTER_MS``; keys and clicks for other windows are dropped from the start), so the person
  cannot start a second change while the first runs, and the code
  around the call stays the plain sequence it was (the result is returned; an exception in the work
  is raised again here, so typed errors reach the same handlers as before).
- Every ``JournalChange`` the work causes is held (``JournalService.holding_changes``) and posted on
  the UI thread after the work: views and the external-change watcher only ever run there.
- ``cancellable=True`` adds Cancel, for work that is safe to abandon (nothing written yet): the work
  calls ``progress.check()`` at its safe points, which raises ``OperationCancelled`` once Cancel was
  pressed; ``run_operation`` raises it again for the caller.
- The cyclic garbage collector is off while the work runs: a full collection holds the GIL for
  100-350 ms with matplotlib's and SQLAlchemy's objects alive, the longest stalls measured
  (benchmarks/process_bench.py); what the work leaves is collected afterwards as usual.
- Quitting while the work runs (SIGTERM, the tray's Quit) ends the nested event loop at once; the
  work is still waited for here, so its result (or error) reaches the caller and the journal is
  closed only after it.
- ``exclusive=True`` (restore, encryption: the journal file is swapped) pauses the window's watcher
  of other programs' writes, so nothing on the UI thread reads the file mid-swap.

SQLite: every unit of work checks a connection out of the engine's pool for its own thread and
returns it (SQLAlchemy opens file databases with ``check_same_thread=False`` for this); a connection
is never used by two threads at once. The watcher's own ``data_version`` connection stays on the UI
thread.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from backjournal.domain.errors import BackJournalError
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

T = TypeVar("T")

SHOW_AFTER_MS = 300  # shorter work finishes without a dialog flashing up
POLL_MS = 15  # how often the UI thread looks at the work (well under one frame of a stall budget)
QUICK_S = 0.01  # work done within this is returned at once


class OperationCancelled(BackJournalError):  # noqa: N818 - not a failure: the person chose to stop
    """The person pressed Cancel; the work stopped at a safe point and changed nothing."""


class Progress:
    """Handed to the work (in its thread): ``check()`` at safe points, ``report()`` to show progress.
    Plain attributes only: the UI thread reads them (no Qt call is made from the worker thread)."""

    def __init__(self):
        self._cancelled = threading.Event()
        self.done = 0
        self.total = 0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise OperationCancelled("Cancelled; nothing was changed.")

    def report(self, done: int, total: int) -> None:
        self.done, self.total = int(done), int(total)


_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)


class _InputBlocker(QObject):
    """While the work runs, no key or click reaches any window but the progress dialog (also before
    the dialog shows): nothing else can change the journal meanwhile, nothing re-enters the caller."""

    def __init__(self, dialog: QWidget):
        super().__init__()
        self.dialog = dialog
        app = QApplication.instance()
        assert app is not None  # a dialog is shown: the application exists
        app.installEventFilter(self)

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        return event.type() in _INPUT and isinstance(watched, QWidget) and watched.window() is not self.dialog

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _ProgressDialog(QProgressDialog):
    def __init__(self, title: str, cancellable: bool, parent: QWidget | None):
        super().__init__(title, "Cancel" if cancellable else "", 0, 0, parent)
        self.setWindowTitle(title.rstrip("…").rstrip(".") or translate("_ProgressDialog", "Working"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)  # Qt's own show timer agrees with run_operation's
        self._cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)

    @qt_override
    def reject(self) -> None:  # Esc / the close button: only when cancelling is safe
        if self._cancellable:
            super().reject()


def run_operation(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    title: str,
    journal=None,
    cancellable: bool = False,
    exclusive: bool = False,
) -> T:
    """Run ``work(progress)`` in a worker thread and return its result (module docstring).

    The worker makes no Qt call (PySide6 6.12 on Python 3.11 miscounts references when a signal is
    emitted from a non-Qt thread): the UI thread looks at its outcome every ``POLL_MS``."""
    progress = Progress()
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            if journal is not None:
                with journal.holding_changes() as changes:
                    outcome["result"] = work(progress)
                outcome["changes"] = changes
            else:
                outcome["result"] = work(progress)
        except BaseException as exc:  # raised again on the UI thread
            outcome["error"] = exc
        finally:
            finished.set()

    watcher = _pause_watcher(parent) if exclusive else None
    dialog = _ProgressDialog(title, cancellable, parent)
    dialog.canceled.connect(progress.cancel)
    loop = QEventLoop()
    started = time.monotonic()

    def look() -> None:
        if finished.is_set():
            loop.quit()
            return
        if not dialog.isVisible() and time.monotonic() - started >= SHOW_AFTER_MS / 1000:
            dialog.show()
        if progress.total and dialog.maximum() != progress.total:
            dialog.setMaximum(progress.total)
        if progress.total:
            dialog.setValue(min(progress.done, progress.total))

    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(look)
    blocker = _InputBlocker(dialog)
    collecting = gc.isenabled()
    gc.disable()  # a full collection in the worker holds the GIL for 100-350 ms: the window would stall
    QThreadPool.globalInstance().start(run)
    try:
        if not finished.wait(QUICK_S):  # short work ends here without entering an event loop
            poll.start()
            loop.exec()
            # The application is quitting (SIGTERM, the tray's Quit): QCoreApplication.exit() ends
            # every event loop, this one too, and no new one runs. The work still ends here, before
            # the caller goes on and the window closes its journal (never closed under running work).
            while not finished.wait(POLL_MS / 1000):
                QApplication.processEvents()
    finally:
        blocker.stop()
        if collecting:
            gc.enable()
        poll.stop()
        # reset() stops QProgressDialog's own show timer (armed when it is made, and by setValue):
        # hide() alone left it running, and the finished dialog showed itself later over the window.
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        if watcher is not None:
            watcher.resume()
    for change in outcome.get("changes", ()):
        journal.post(change)  # on the UI thread, after the work
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _PausedWatcher:
    def __init__(self, watcher):
        self.watcher = watcher
        self.was_active = watcher.timer.isActive()
        watcher.timer.stop()
        watcher.paused = True

    def resume(self) -> None:
        self.watcher.paused = False
        if self.was_active:
            self.watcher.timer.start()


def _pause_watcher(parent: QWidget | None) -> _PausedWatcher | None:
    """The main window's ExternalChangeWatcher above ``parent`` (a dialog's parent chain), paused."""
    widget = parent
    while widget is not None:
        watcher = getattr(widget, "external_changes", None)
        if watcher is not None and hasattr(watcher, "timer"):
            return _PausedWatcher(watcher)
        widget = widget.parentWidget()
    return None

"""Noticing writes made to the journal by another program (the command line) while the window is open.

SQLite's ``PRAGMA data_version`` (storage Database.data_version, through
JournalService.external_change_token) changes when another connection commits. The window asks when
it becomes active again (``QEvent.ActivationChange``, ``applicationStateChanged``), when it is
shown again after a close (a second launch bringing it forward, the tray's "Show"), and every 5 s
while visible; one PRAGMA on an open connection, a few microseconds. If the number moved, one
``JournalChange`` for every kind goes out and the views reload.

The window's own writes move the number too (they come from other connections of the pool), so the
watcher takes a fresh number after every change the service tells it about; a write of another
program that lands in the instant between the window's commit and that read is shown at the next
change of either side.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from backjournal.domain.errors import BackJournalError
from backjournal.domain.models import JournalChange, RecordKind
from backjournal.services.journal import JournalService
from backjournal.ui.modal import when
from backjournal.ui.qt_overrides import qt_override

log = logging.getLogger("backjournal")

INTERVAL_MS = 5000


class ExternalChangeWatcher(QObject):
    def __init__(self, window: QWidget, journal: JournalService, *, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self._window = window
        self._journal = journal
        self._token = self._read()
        self._failed = False
        #: True while ui/operations.py swaps the journal file (restore, encryption): nothing is read
        self.paused = False
        journal.add_listener(self._on_own_change)
        when(self.destroyed, self._forget_journal)
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    def check(self) -> bool:
        """Reload every view if another program wrote to the journal since the last look. True if so."""
        if self.paused or not self._window.isVisible():
            return False
        token = self._read()
        if token is None or token == self._token:
            return False
        self._token = token
        self._journal.notify(set(RecordKind))  # our listener takes the number again
        return True

    def _forget_journal(self) -> None:
        """The watcher is deleted with its window: the journal stops telling it about its own writes.
        (Pure Python: the Qt side is gone; its timer, event filter and connections go with it.)"""
        with contextlib.suppress(ValueError):
            self._journal.remove_listener(self._on_own_change)

    def _read(self) -> int | None:
        try:
            token = self._journal.external_change_token()
        except BackJournalError as exc:  # the journal cannot be read just now; the next write shows it plainly
            if not getattr(self, "_failed", False):
                log.info("cannot look for changes by other programs: %s", exc)
            self._failed = True
            return None
        self._failed = False
        return token

    def _on_own_change(self, change: JournalChange) -> None:
        if not self.paused:
            self._token = self._read()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window:
            if event.type() == QEvent.Type.ActivationChange and self._window.isActiveWindow():
                QTimer.singleShot(0, self, self.check)  # after the activation is handled
            elif event.type() == QEvent.Type.Hide:  # closed, minimised or to the tray: nothing to show
                self.timer.stop()
            elif event.type() == QEvent.Type.Show:  # shown again: what others wrote meanwhile shows now
                self.timer.start()
                QTimer.singleShot(0, self, self.check)
        return False

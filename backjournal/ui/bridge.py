"""Qt side of the services: one signal tells every view what changed; undo/redo as QActions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from backjournal.domain.errors import UserInputError
from backjournal.domain.models import JournalChange
from backjournal.services.history import Command, UndoHistory
from backjournal.services.journal import JournalService
from backjournal.ui.modal import when
from backjournal.ui.translation import translate


class JournalSignals(QObject):
    """Re-emits every ``JournalChange`` of the service as a Qt signal (views connect to this).

    It listens as long as it lives: a window closed and shown again (a second launch bringing it
    forward, the tray's "Show") still follows its journal; it stops when deleted with its window."""

    changed = Signal(object)  # JournalChange

    def __init__(self, journal: JournalService, parent: QObject | None = None):
        super().__init__(parent)
        self._journal = journal
        self._listening = True
        journal.add_listener(self._emit)
        when(self.destroyed, self.detach)  # pure Python: nothing may reach a deleted view

    def _emit(self, change: JournalChange) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        """Stop hearing the journal's changes (done when deleted). Idempotent: a second call does nothing
        (an exception from here inside a Qt override once crashed the process, ui/qt_overrides.py)."""
        if self._listening:
            self._listening = False
            self._journal.remove_listener(self._emit)


class UndoActions(QObject):
    """Edit > Undo / Redo over the services' UndoHistory (our equivalent of a QUndoStack)."""

    def __init__(self, history: UndoHistory, parent: QObject, on_error):
        super().__init__(parent)
        self.history = history
        self._on_error = on_error
        self.undo_action = QAction(translate("UndoActions", "&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(translate("UndoActions", "&Redo"), parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.redo_action.triggered.connect(self.redo)
        history.add_listener(self._refresh)
        self._refresh()

    def push(self, command: Command, *, on_input_error: Callable[[UserInputError], None] | None = None) -> bool:
        """Run a command through the history. On an error, show it and return False (nothing recorded).

        ``on_input_error``: a form or page that shows bad input next to its field passes its own
        handler; a ``UserInputError`` then goes there instead of to the window's modal message box
        (a page inside a modal dialog must not open a second modal box over itself for a typo)."""
        try:
            self.history.push(command)
        except UserInputError as exc:
            (on_input_error or self._on_error)(exc)
            return False
        except Exception as exc:  # shown to the person; nothing was recorded
            self._on_error(exc)
            return False
        return True

    def undo(self) -> None:
        try:
            self.history.undo()
        except Exception as exc:
            self._on_error(exc)

    def redo(self) -> None:
        try:
            self.history.redo()
        except Exception as exc:
            self._on_error(exc)

    def _refresh(self) -> None:
        self.undo_action.setEnabled(self.history.can_undo())
        self.redo_action.setEnabled(self.history.can_redo())
        u, r = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setText(
            translate("UndoActions", "&Undo {u}").format(u=u) if u else translate("UndoActions", "&Undo")
        )
        self.redo_action.setText(
            translate("UndoActions", "&Redo {r}").format(r=r) if r else translate("UndoActions", "&Redo")
        )

"""Undo and redo as reversible service commands (no Qt; the window shows them as Edit menu actions).

Deleting moves records to the trash, so undoing a delete restores the identical rows; undoing a
new entry moves it to the trash too, so nothing typed is ever destroyed by a mis-click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backjournal.domain.models import RecordRef
from backjournal.services.journal import Draft, JournalService, Record, kind_of


class Command:
    text: str = ""

    def redo(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError


@dataclass
class LogCommand(Command):
    """Save a new record. Undo moves it to the trash; redo brings it back (same id, same uid)."""

    journal: JournalService
    draft: Draft
    ref: RecordRef | None = None
    record: Record | None = None

    def __post_init__(self) -> None:
        self.text = f"log {kind_of(self.draft).value}"

    def redo(self) -> None:
        if self.ref is None:
            self.record = self.journal.log(self.draft)
            self.ref = RecordRef(kind_of(self.draft), self.record.id)
        else:
            self.journal.set_deleted([self.ref], False)

    def undo(self) -> None:
        assert self.ref is not None
        self.journal.set_deleted([self.ref], True)


@dataclass
class EditCommand(Command):
    journal: JournalService
    ref: RecordRef
    new: Draft
    old: Draft | None = None

    def __post_init__(self) -> None:
        self.text = f"edit {self.ref.kind.value}"

    def redo(self) -> None:
        if self.old is None:
            self.old = self.journal.get(self.ref).as_draft()
        self.journal.update(self.ref, self.new)

    def undo(self) -> None:
        assert self.old is not None
        self.journal.update(self.ref, self.old)


@dataclass
class DeleteCommand(Command):
    """Move records to the trash (``restore=False``) or bring them back (``restore=True``); undo
    does the opposite. Soft deletes only: the rows stay identical."""

    journal: JournalService
    refs: list[RecordRef] = field(default_factory=list)
    restore: bool = False

    def __post_init__(self) -> None:
        n = len(self.refs)
        verb = "restore" if self.restore else "delete"
        self.text = f"{verb} entry" if n == 1 else f"{verb} {n} entries"

    def redo(self) -> None:
        self.journal.set_deleted(self.refs, not self.restore)

    def undo(self) -> None:
        self.journal.set_deleted(self.refs, self.restore)


class UndoHistory:
    """A linear undo/redo stack of commands. ``push`` runs the command; a failed command is not kept."""

    def __init__(self, limit: int = 200):
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def push(self, command: Command) -> Command:
        command.redo()  # raises on bad input: nothing is recorded then
        self._done.append(command)
        del self._done[: -self._limit]
        self._undone.clear()
        self._changed()
        return command

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def undo(self) -> None:
        if not self._done:
            return
        command = self._done.pop()
        try:
            command.undo()
        except Exception:
            self._done.append(command)
            raise
        self._undone.append(command)
        self._changed()

    def redo(self) -> None:
        if not self._undone:
            return
        command = self._undone.pop()
        try:
            command.redo()
        except Exception:
            self._undone.append(command)
            raise
        self._done.append(command)
        self._changed()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._changed()

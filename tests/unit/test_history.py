"""Undo and redo through the services: nothing typed is lost by a mis-click."""

import pytest

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
from backjournal.services.history import DeleteCommand, EditCommand, LogCommand, UndoHistory
from tests.conftest import at


def test_undo_delete_restores_the_identical_record(journal):
    history = UndoHistory()
    e = journal.log_pain(PainEntryDraft(at(0), 6, ("neck",), ("sharp",), "keep me"))
    history.push(DeleteCommand(journal, [RecordRef(RecordKind.PAIN, e.id)]))
    assert journal.pain_entries() == []
    history.undo()
    [back] = journal.pain_entries()
    assert back == e  # same id, uid, times, regions, qualities, note
    history.redo()
    assert journal.pain_entries() == []


def test_undo_edit_and_undo_log(journal):
    history = UndoHistory()
    cmd = history.push(LogCommand(journal, TherapySessionDraft("heat", at(0), 20, 5, 3)))
    ref = cmd.ref
    history.push(EditCommand(journal, ref, TherapySessionDraft("heat", at(0), 25, 5, 2)))
    assert journal.get(ref).minutes == 25
    history.undo()
    assert journal.get(ref).minutes == 20 and journal.get(ref).pain_after == 3
    history.undo()
    assert journal.sessions() == [] and len(journal.trash()) == 1  # undone, not destroyed
    history.redo()
    assert journal.sessions()[0].id == ref.id
    assert history.undo_text() == "log session"


def test_failed_command_is_not_recorded(journal):
    history = UndoHistory()
    with pytest.raises(ValidationError):
        history.push(LogCommand(journal, PainEntryDraft(at(0), 42)))
    assert not history.can_undo() and journal.pain_entries() == []

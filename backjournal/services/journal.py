"""Journal use cases: log, edit, delete (soft) and restore pain entries, sessions and PEG check-ins.

Every change goes through one of these methods; each returns the domain object it wrote and tells
every listener what changed (``JournalChange``) so each screen decides whether to refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal, overload

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.models import (
    NOTE_MAX,
    JournalChange,
    PainEntry,
    PainEntryDraft,
    PegCheckin,
    PegDraft,
    RecordKind,
    RecordRef,
    TherapyCategory,
    TherapySession,
    TherapySessionDraft,
    TherapyType,
    check_name_free,
    check_text,
    check_therapy_name,
    free_therapy_key,
)

Listener = Callable[[JournalChange], None]
Record = PainEntry | TherapySession | PegCheckin
Draft = PainEntryDraft | TherapySessionDraft | PegDraft

if TYPE_CHECKING:  # the window imports this module before the storage stack is loaded
    from backjournal.storage.repositories import AnyRecordRepository
    from backjournal.storage.unit_of_work import UnitOfWork, UnitOfWorkFactory


def _repo(uow: UnitOfWork, kind: RecordKind) -> AnyRecordRepository:
    repos: dict[RecordKind, AnyRecordRepository] = {
        RecordKind.PAIN: uow.pain,
        RecordKind.SESSION: uow.sessions,
        RecordKind.PEG: uow.peg,
    }
    return repos[kind]


def kind_of(record: Record | Draft) -> RecordKind:
    if isinstance(record, PainEntry | PainEntryDraft):
        return RecordKind.PAIN
    if isinstance(record, TherapySession | TherapySessionDraft):
        return RecordKind.SESSION
    return RecordKind.PEG


def _deleted_at(record: Record) -> datetime:
    assert record.deleted_at is not None  # a record in the trash
    return record.deleted_at


class JournalService:
    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory,
        compact: Callable[[], None] | None = None,
        change_token: Callable[[], int] | None = None,
    ):
        self._uow = unit_of_work
        self._compact = compact  # storage.maintenance.compact bound to the database (empty_trash)
        self._change_token = change_token  # storage Database.data_version (external_change_token)
        self._listeners: list[Listener] = []
        self._held = threading.local()  # holding_changes(): per thread

    # ------------------------------------------------------------------ notifications
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def notify(self, kinds: Iterable[RecordKind], refs: Iterable[RecordRef] = ()) -> None:
        change = JournalChange(frozenset(kinds), tuple(refs))
        held = getattr(self._held, "changes", None)
        if held is not None:  # work in a background thread: the listeners hear of it on the UI thread
            held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def holding_changes(self) -> Iterator[list[JournalChange]]:
        """Changes notified by this thread inside the block are kept in the yielded list instead of
        going to the listeners; the caller passes them on later with ``post`` (ui/operations.py runs
        work in a worker thread this way, and posts its changes on the UI thread)."""
        changes: list[JournalChange] = []
        self._held.changes = changes
        try:
            yield changes
        finally:
            self._held.changes = None

    def post(self, change: JournalChange) -> None:
        """Tell the listeners of a change kept by ``holding_changes``."""
        for listener in list(self._listeners):
            listener(change)

    def external_change_token(self) -> int | None:
        """A cheap number that changes whenever a commit reaches the journal file from another
        connection: the command line, another program, and also this service's own writes (so a
        caller takes a new token after each change it was told about). None when not available."""
        return None if self._change_token is None else self._change_token()

    # ------------------------------------------------------------------ reads
    def pain_entries(self, start: date | None = None, end: date | None = None) -> list[PainEntry]:
        with self._uow() as uow:
            return uow.pain.list(start, end)

    def sessions(
        self, start: date | None = None, end: date | None = None, therapy_keys: set[str] | None = None
    ) -> list[TherapySession]:
        with self._uow() as uow:
            return uow.sessions.list(start, end, therapy_keys=therapy_keys)

    def latest_therapy_of(self, therapy_keys: set[str]) -> str | None:
        """Which of ``therapy_keys`` the latest session (not in the trash) was of; None when none was."""
        with self._uow() as uow:
            return uow.sessions.latest_therapy_key(therapy_keys)

    def peg_checkins(self, start: date | None = None, end: date | None = None) -> list[PegCheckin]:
        with self._uow() as uow:
            return uow.peg.list(start, end)

    def get(self, ref: RecordRef) -> Record:
        with self._uow() as uow:
            record: Record = _repo(uow, ref.kind).get(ref.id)
        return record

    def therapy_types(self) -> list[TherapyType]:
        with self._uow() as uow:
            return uow.therapies.all()

    def find_therapy(self, key_or_name: str) -> TherapyType:
        with self._uow() as uow:
            return uow.therapies.find(key_or_name)

    def counts(self) -> dict[str, int]:
        with self._uow() as uow:
            return {"pain": uow.pain.count(), "sessions": uow.sessions.count(), "peg": len(uow.peg.list())}

    def is_empty(self) -> bool:
        """True when the journal holds no record at all (not even in the trash)."""
        with self._uow() as uow:
            return not (uow.pain.uids() or uow.sessions.uids() or uow.peg.uids())

    # ------------------------------------------------------------------ writes
    @overload
    def log(self, draft: PainEntryDraft) -> PainEntry: ...
    @overload
    def log(self, draft: TherapySessionDraft) -> TherapySession: ...
    @overload
    def log(self, draft: PegDraft) -> PegCheckin: ...
    @overload
    def log(self, draft: Draft) -> Record: ...
    def log(self, draft: Draft) -> Record:
        """Save a new pain entry, session or PEG check-in. Validates first; writes all or nothing."""
        valid = draft.validate()
        kind = kind_of(valid)
        with self._uow() as uow:
            record: Record = _repo(uow, kind).add(valid)
        self.notify({kind}, [RecordRef(kind, record.id)])
        return record

    def log_pain(self, draft: PainEntryDraft) -> PainEntry:
        return self.log(draft)

    def log_session(self, draft: TherapySessionDraft) -> TherapySession:
        return self.log(draft)

    def log_peg(self, draft: PegDraft) -> PegCheckin:
        return self.log(draft)

    def update(self, ref: RecordRef, draft: Draft) -> Record:
        valid = draft.validate()
        if kind_of(valid) is not ref.kind:
            raise ValidationError("record", ref.kind.value, kind_of(valid).value, "cannot change the kind of a record")
        with self._uow() as uow:
            record: Record = _repo(uow, ref.kind).update(ref.id, valid)
        self.notify({ref.kind}, [ref])
        return record

    def set_deleted(self, refs: list[RecordRef], deleted: bool) -> list[Record]:
        """Move records to the trash (``deleted=True``) or back out of it. One transaction."""
        with self._uow() as uow:
            out = [_repo(uow, r.kind).set_deleted(r.id, deleted) for r in refs]
        self.notify({r.kind for r in refs}, refs)
        return out

    def trash(self) -> list[Record]:
        with self._uow() as uow:
            items: list[Record] = [
                *uow.pain.list(deleted=True),
                *uow.sessions.list(deleted=True),
                *uow.peg.list(deleted=True),
            ]
        return sorted(items, key=_deleted_at)

    def empty_trash(self) -> int:
        """Delete every trashed record for good, so its text is gone from the journal's files.

        Rows are deleted (secure_delete overwrites them), then the file is rebuilt (VACUUM) and the
        write-ahead log emptied. Cannot be undone. Returns how many records were removed.
        """
        if self._compact is None:
            raise RuntimeError("JournalService was built without a compact function; empty_trash cannot purge for real")
        with self._uow() as uow:
            removed = uow.pain.purge_deleted() + uow.sessions.purge_deleted() + uow.peg.purge_deleted()
            if removed:
                uow.settings.mark_purge_pending()  # committed with the DELETE: a crash is finished next open
        self._compact()
        self.notify({RecordKind.PAIN, RecordKind.SESSION, RecordKind.PEG})
        return removed

    # ------------------------------------------------------------------ therapy types
    def add_therapy_type(
        self,
        name: str,
        category: TherapyCategory | str = TherapyCategory.NON_DRUG,
        notes: str | None = None,
        *,
        drug_class: str | None = None,
    ) -> TherapyType:
        """Add the person's own therapy type; ``drug_class`` (an already checked DrugClass value)
        makes it a named medication, written in the same transaction."""
        clean = check_therapy_name(name)  # empty, too long, control characters: refused with what is allowed
        try:
            cat = TherapyCategory(category)
        except ValueError:
            raise ValidationError("category", category, ", ".join(c.value for c in TherapyCategory)) from None
        notes = check_text(notes, "notes", NOTE_MAX)
        with self._uow() as uow:
            existing = uow.therapies.all()
            check_name_free(clean, existing)
            therapy = TherapyType(
                key=free_therapy_key(clean, existing),
                name=clean,
                category=cat,
                builtin=False,
                notes=notes,
                drug_class=drug_class,
            )
            saved = uow.therapies.add(therapy)
        self.notify({RecordKind.THERAPY})
        return saved

    def change_therapy_type(
        self,
        key: str,
        *,
        name: str | None = None,
        category: str | None = None,
        color: str | Literal[False] | None = False,
        archived: bool | None = None,
        drug_class: str | Literal[False] | None = False,
    ) -> TherapyType:
        """Write already checked changes to a therapy type (services.therapies checks them): a new name,
        category, colour (None: the default), archived or not, drug class (None: none). ``False`` for
        ``color``/``drug_class`` and None for the others leave them as they are."""
        with self._uow() as uow:
            saved = uow.therapies.change(
                key, name=name, category=category, color=color, archived=archived, drug_class=drug_class
            )
        self.notify({RecordKind.THERAPY})
        return saved

    def set_therapy_notes(self, key: str, notes: str | None) -> TherapyType:
        notes = check_text(notes, "notes", NOTE_MAX)
        with self._uow() as uow:
            saved = uow.therapies.set_notes(key, notes)
        self.notify({RecordKind.THERAPY})
        return saved

    def remove_therapy_type(self, key: str) -> bool:
        """Undo of adding a therapy of the person's own: delete it when nothing refers to it (True),
        otherwise archive it (False): a session, even one in the trash, keeps its therapy."""
        with self._uow() as uow:
            try:
                uow.therapies.delete_user_type(key)
                removed = True
            except ConflictError:
                removed = False
        if not removed:
            self.change_therapy_type(key, archived=True)  # tells the listeners
            return False
        self.notify({RecordKind.THERAPY})
        return True

    def restore_therapy_type(self, therapy: TherapyType) -> TherapyType:
        """Redo of adding: the therapy comes back as it was (same key, name, category, colour, notes)."""
        with self._uow() as uow:
            saved = uow.therapies.add(therapy)
        self.notify({RecordKind.THERAPY})
        return saved

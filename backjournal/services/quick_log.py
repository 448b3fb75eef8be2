"""``backjournal log pain`` without SQLAlchemy: the same open gate, then one insert with sqlite3
(storage/quick_write.py), so a one-entry command costs little more than Python's own start (issue 12).

``log_pain_quickly`` returns the stored entry, or None when the normal path must do it (the caller
then opens the journal with ``open_journal`` and logs through ``JournalService``, as before):

- the journal file does not exist yet (the normal path creates it, or says it is missing),
- it is encrypted (the normal path asks for and checks the passphrase, and opens it with SQLCipher),
- its schema is not this version's head (the normal path backs it up and migrates it, or refuses a newer one),
- an empty-trash is still to be finished, or the journal has no identity yet (the normal open does both),
- the draft carries anything beyond time, score, regions, qualities and note (a later field: the
  normal path knows how to store it),
- anything fails before the commit (the normal path meets it again and reports it its own way).

The gate before it is ``check_before_open`` (services/journal_gate.py), the very steps ``open_journal``
runs: a known journal that is gone, an interrupted conversion, ``quick_check`` + ``foreign_key_check``.
The entry is the same row the normal path writes (tests/storage/test_quick_write.py): it can be
listed, edited, moved to the trash and brought back like any other.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from backjournal.domain.models import BodyRegion, PainEntry, PainEntryDraft, PainQuality
from backjournal.domain.timeutil import from_utc
from backjournal.paths import ensure_private_dir, journal_path
from backjournal.services.identity import SETTING_KEY, valid_journal_id
from backjournal.services.journal_gate import check_before_open
from backjournal.services.known_journals import KnownJournals
from backjournal.storage import crypto
from backjournal.storage.quick_write import JournalState, append_pain_entry
from backjournal.storage.revisions import head_revision

#: The draft fields the one-entry path stores; any other field set to a non-default value sends the
#: entry down the normal path.
STORED_FIELDS = frozenset({"felt_at", "score", "regions", "qualities", "note"})


def plain_draft(draft: PainEntryDraft) -> bool:
    """True when every field of ``draft`` outside ``STORED_FIELDS`` has its default value and its
    regions and qualities are plain ``BodyRegion`` and ``PainQuality`` values."""
    if not all(isinstance(r, BodyRegion) for r in draft.regions) or not all(
        isinstance(q, PainQuality) for q in draft.qualities
    ):
        return False
    for f in dataclasses.fields(draft):
        if f.name in STORED_FIELDS:
            continue
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            return False
        if getattr(draft, f.name) != default:
            return False
    return True


def _insert_is_enough(state: JournalState) -> bool:
    return state.revision == head_revision() and not state.purge_pending and valid_journal_id(state.setting)


def log_pain_quickly(data_dir: Path, draft: PainEntryDraft) -> PainEntry | None:
    """Store a validated pain entry without the storage stack, or return None (see the module docstring)."""
    valid = draft.validate()
    if not plain_draft(valid):
        return None
    data_dir = Path(data_dir)
    path = journal_path(data_dir)
    if not path.is_file() or crypto.is_encrypted(path):
        return None
    known = KnownJournals()
    check_before_open(data_dir, path, known, create=False, start_new=False, passphrase=None)
    if crypto.is_encrypted(path):  # a conversion finished just now by the gate
        return None
    ensure_private_dir(data_dir)
    known.remember(path)  # as open_journal does, before anything is written
    written = append_pain_entry(path, valid, setting_key=SETTING_KEY, accept=_insert_is_enough)
    if written is None:
        return None
    assert valid.score is not None  # a validated draft has its overall score
    return PainEntry(
        id=written.id,
        uid=written.uid,
        felt_at=from_utc(written.felt_at_utc, written.utc_offset_min),
        score=valid.score,
        regions=tuple(valid.regions),
        qualities=tuple(valid.qualities),
        note=valid.note,
        created_at=from_utc(written.created_at, 0),
        updated_at=from_utc(written.updated_at, 0),
        deleted_at=None,
    )

"""Therapy types the person manages: their own therapies (add, rename, category, colour, archive)
and named medications (a drug therapy type with a class that links its reference card).

Built-in types keep their name and category; the person may still give them a colour or archive
them. Archived types are hidden from pickers (``pickable``) and keep every session. Each change
tells the journal's listeners (RecordKind.THERAPY) like ``JournalService.add_therapy_type``, and
``ChangeTherapyCommand`` makes it undoable through services.history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.medications import DrugClass, card_for_class, check_drug_class
from backjournal.domain.models import (
    TherapyCategory,
    TherapyType,
    check_name_free,
    check_therapy_name,
    enum_member,
)
from backjournal.services.history import Command
from backjournal.services.journal import JournalService

COLOR_ALLOWED = "a colour as #rrggbb (e.g. #1f77b4), or nothing for the default"
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")


def check_color(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if not _COLOR_RE.fullmatch(value.strip()):
        raise ValidationError("colour", value, COLOR_ALLOWED, f"{value!r} is not a colour")
    return value.strip().lower()


def check_name(value: str | None) -> str:
    """A therapy's name (domain.models.check_therapy_name: not empty, at most NAME_MAX, no control characters)."""
    return check_therapy_name(value)


def check_category(value: object) -> TherapyCategory:
    try:
        return enum_member(TherapyCategory, value)
    except ValueError:
        raise ValidationError("category", value, ", ".join(c.value for c in TherapyCategory)) from None


class TherapyService:
    def __init__(self, *, journal: JournalService):
        self._journal = journal

    # ------------------------------------------------------------------ reads
    def all(self) -> list[TherapyType]:
        return self._journal.therapy_types()

    def find(self, key_or_name: str) -> TherapyType:
        return self._journal.find_therapy(key_or_name)

    def pickable(self) -> list[TherapyType]:
        """What therapy pickers offer: every type not archived."""
        return [t for t in self.all() if not t.archived]

    def medications(self, *, include_archived: bool = False) -> list[TherapyType]:
        return [t for t in self.all() if t.is_medication and (include_archived or not t.archived)]

    def last_used_medication(self) -> TherapyType | None:
        """The named medication of the latest session (not archived), or None."""
        meds = {t.key: t for t in self.medications()}
        last = self._journal.latest_therapy_of(set(meds))
        return None if last is None else meds[last]

    @staticmethod
    def card_id(therapy: TherapyType) -> str | None:
        """The built-in reference card of a medication's class (None for other classes and types)."""
        return card_for_class(therapy.drug_class) if therapy.drug_class else None

    # ------------------------------------------------------------------ writes
    def add_therapy(self, name: str, category: TherapyCategory | str = TherapyCategory.NON_DRUG) -> TherapyType:
        return self._journal.add_therapy_type(check_name(name), check_category(category))

    def add_medication(self, name: str, drug_class: DrugClass | str = DrugClass.OTHER) -> TherapyType:
        """A named medication: a drug therapy type with its class. Nothing is written on bad input."""
        clean, cls = check_name(name), check_drug_class(drug_class)
        return self._journal.add_therapy_type(clean, TherapyCategory.DRUG, drug_class=cls.value)

    def change(
        self,
        key: str,
        *,
        name: str | None = None,
        category: TherapyCategory | str | None = None,
        color: str | bool | None = False,
        archived: bool | None = None,
        drug_class: str | bool | None = False,
    ) -> TherapyType:
        current = self.find(key)
        if current.builtin and (
            (name is not None and name != current.name)
            or (category is not None and TherapyCategory(category) is not current.category)
        ):
            raise ConflictError(f"{current.name!r} is built in: its name and category stay as they are.")
        new_name = None if name is None else check_name(name)
        if new_name is not None and new_name != current.name:
            check_name_free(new_name, self.all(), except_key=current.key)  # says which one has it
        new_category = None if category is None else check_category(category).value
        new_color = color if color is False else check_color(color)  # type: ignore[arg-type]
        new_class = drug_class if drug_class is False or drug_class is None else check_drug_class(drug_class).value
        return self._journal.change_therapy_type(
            current.key, name=new_name, category=new_category, color=new_color, archived=archived, drug_class=new_class
        )

    def set_notes(self, key: str, notes: str | None) -> TherapyType:
        """The person's own notes card of a therapy (plain text, at most NOTE_MAX characters)."""
        return self._journal.set_therapy_notes(self.find(key).key, notes)

    def remove(self, key: str) -> bool:
        """Take back the adding of an own therapy: deleted when no session (not even one in the trash)
        refers to it (True), archived otherwise (False). Built-in therapies are never removed."""
        if self.find(key).builtin:
            raise ConflictError("A built-in therapy is never removed; archive it to hide it from the pickers.")
        return self._journal.remove_therapy_type(key)

    def restore(self, therapy: TherapyType) -> TherapyType:
        """Put back a removed therapy as it was (redo of adding it)."""
        return self._journal.restore_therapy_type(therapy)


@dataclass
class ChangeTherapyCommand(Command):
    """Rename / re-categorise / recolour / archive a therapy type. Undo puts back what it was."""

    therapies: TherapyService
    key: str
    name: str | None = None
    category: str | None = None
    color: str | bool | None = False
    archived: bool | None = None
    before: TherapyType | None = None

    def __post_init__(self) -> None:  # Edit > Undo says what it puts back
        self.text = (
            "rename therapy"
            if self.name is not None
            else "change category"
            if self.category is not None
            else "archive therapy"
            if self.archived
            else "bring back therapy"
            if self.archived is False
            else "change colour"
        )

    def redo(self) -> None:
        self.before = self.therapies.find(self.key)
        self.therapies.change(
            self.key, name=self.name, category=self.category, color=self.color, archived=self.archived
        )

    def undo(self) -> None:
        b = self.before
        assert b is not None
        self.therapies.change(
            b.key,
            name=None if b.builtin else b.name,
            category=None if b.builtin else b.category.value,
            color=b.color,
            archived=b.archived,
        )


@dataclass
class AddTherapyCommand(Command):
    """Add a therapy of the person's own (or, with ``drug_class``, a named medication). Undo deletes
    it again, or archives it when a session (even in the trash) refers to it; redo brings it back
    with the same key, so everything that refers to it finds it."""

    therapies: TherapyService
    name: str
    category: str = TherapyCategory.NON_DRUG.value
    drug_class: str | None = None
    added: TherapyType | None = None
    archived_by_undo: bool = False

    def __post_init__(self) -> None:
        self.text = "add medication" if self.drug_class is not None else "add therapy"

    def redo(self) -> None:
        if self.added is None:
            self.added = (
                self.therapies.add_medication(self.name, self.drug_class)
                if self.drug_class is not None
                else self.therapies.add_therapy(self.name, self.category)
            )
        elif self.archived_by_undo:
            self.added = self.therapies.change(self.added.key, archived=False)
        else:
            self.added = self.therapies.restore(self.added)

    def undo(self) -> None:
        assert self.added is not None
        self.added = self.therapies.find(self.added.key)  # as it is now (its notes, its colour)
        self.archived_by_undo = not self.therapies.remove(self.added.key)


@dataclass
class SetTherapyNotesCommand(Command):
    """Save the notes card of a therapy; undo puts back the notes it had."""

    therapies: TherapyService
    key: str
    notes: str | None
    before: str | None = None
    text: str = "edit notes"

    def redo(self) -> None:
        self.before = self.therapies.find(self.key).notes
        self.therapies.set_notes(self.key, self.notes)

    def undo(self) -> None:
        self.therapies.set_notes(self.key, self.before)

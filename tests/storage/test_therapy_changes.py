"""Your own therapies through services.therapies on a real journal file: add, rename, category,
colour, archive, notes survive closing and reopening; each is undone and redone by its command;
bad names are refused with what is allowed and change nothing."""

from __future__ import annotations

import pytest

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.models import NAME_MAX, RecordKind, RecordRef, TherapySessionDraft, check_therapy_name
from backjournal.services.history import LogCommand, UndoHistory
from backjournal.services.opening import open_journal
from backjournal.services.therapies import (
    AddTherapyCommand,
    ChangeTherapyCommand,
    SetTherapyNotesCommand,
    TherapyService,
)
from tests.conftest import at, content_hash


def test_changes_survive_reopening(data_dir):
    opened = open_journal(data_dir)
    therapies = TherapyService(journal=opened.journal)
    pilates = therapies.add_therapy("  Pilates   mat ", "non-drug")
    assert (pilates.key, pilates.name) == ("user_pilates_mat", "Pilates mat")
    therapies.change(pilates.key, name="Reformer Pilates", category="procedure", color="#AA3300")
    therapies.set_notes(pilates.key, "Tuesdays, <b>not</b> markup\nsecond line")
    therapies.change("heat", color="#00aa00", archived=True)  # a built-in: colour and archive only
    opened.close()

    again = open_journal(data_dir)
    try:
        t = again.journal.find_therapy(pilates.key)
        assert (t.name, t.category.value, t.color, t.archived) == ("Reformer Pilates", "procedure", "#aa3300", False)
        assert t.notes == "Tuesdays, <b>not</b> markup\nsecond line"
        heat = again.journal.find_therapy("heat")
        assert (heat.name, heat.color, heat.archived) == ("Heat", "#00aa00", True)
        picked = {t.key for t in TherapyService(journal=again.journal).pickable()}
        assert "heat" not in picked and pilates.key in picked
    finally:
        again.close()


def test_a_renamed_therapy_keeps_its_key_and_a_new_one_of_the_old_name_gets_another(journal):
    therapies = TherapyService(journal=journal)
    first = therapies.add_therapy("Pilates")
    therapies.change(first.key, name="Reformer Pilates")
    second = therapies.add_therapy("Pilates")  # its key from the name is taken by the renamed one
    assert first.key == "user_pilates" and second.key == "user_pilates_2"
    assert journal.find_therapy("user_pilates").name == "Reformer Pilates"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("x" * (NAME_MAX + 1), f"is {NAME_MAX + 1} characters long"),
        ("Pilates\tclass", "contains a tab"),
        ("Pilates\nclass", "contains a line break"),
        ("Pil\x07ates", "contains the control character U+0007"),
        ("Pil\x00ates", "contains the control character U+0000"),
        ("heat", "'Heat' already exists"),
        ("PILATES", "'Pilates' already exists"),
    ],
)
def test_bad_names_are_refused_naming_the_problem_and_what_is_allowed_and_change_nothing(opened, name, problem):
    therapies = TherapyService(journal=opened.journal)
    therapies.add_therapy("Pilates")
    yoga = therapies.add_therapy("Yoga")
    before = content_hash(opened.path)
    for attempt in (
        lambda: therapies.add_therapy(name),
        lambda: therapies.add_medication(name, "nsaid"),
        lambda: therapies.change(yoga.key, name=name),
    ):
        with pytest.raises((ValidationError, ConflictError)) as caught:
            attempt()
        text = str(caught.value)
        assert problem in text, text
        if isinstance(caught.value, ValidationError):
            assert f"1 to {NAME_MAX} characters" in text and "control characters" in text
    assert content_hash(opened.path) == before


def test_a_name_taken_by_an_archived_therapy_says_where_to_bring_it_back(journal):
    therapies = TherapyService(journal=journal)
    therapies.change(therapies.add_therapy("TENS").key, archived=True)
    with pytest.raises(ValidationError, match=r"'TENS' already exists \(archived: bring it back in Preferences"):
        therapies.add_therapy("tens")


def test_the_same_name_check_as_the_command_line():
    assert check_therapy_name("  a   b ") == "a b"
    with pytest.raises(ValidationError, match="control characters"):
        check_therapy_name("a\x1bb")


def test_adding_is_undone_by_deleting_and_redone_with_the_same_key(opened):
    therapies = TherapyService(journal=opened.journal)
    history = UndoHistory()
    before = content_hash(opened.path)
    command = history.push(AddTherapyCommand(therapies, "Pilates", "procedure"))
    key = command.added.key
    history.push(SetTherapyNotesCommand(therapies, key, "my notes"))
    history.undo()
    assert opened.journal.find_therapy(key).notes is None
    history.undo()
    assert key not in {t.key for t in therapies.all()}
    assert content_hash(opened.path) == before, "undoing the add leaves the journal as it was"
    history.redo()
    again = opened.journal.find_therapy(key)
    assert (again.key, again.name, again.category.value, again.archived) == (key, "Pilates", "procedure", False)
    history.redo()
    assert opened.journal.find_therapy(key).notes == "my notes"


def test_undoing_the_add_of_a_therapy_with_a_session_in_the_trash_archives_it(opened):
    journal = opened.journal
    therapies = TherapyService(journal=journal)
    history = UndoHistory()
    add = history.push(AddTherapyCommand(therapies, "Ibuprofen", "drug", drug_class="nsaid"))
    assert add.added.is_medication and add.text == "add medication"
    log = history.push(LogCommand(journal, TherapySessionDraft(add.added.key, at(1))))
    history.undo()  # the session goes to the trash: it still refers to the medication
    history.undo()
    kept = journal.find_therapy(add.added.key)
    assert kept.archived and kept.drug_class == "nsaid"
    assert [s.id for s in journal.trash()] == [log.ref.id]
    history.redo()
    assert not journal.find_therapy(add.added.key).archived
    history.redo()
    assert journal.get(RecordRef(RecordKind.SESSION, log.ref.id)).therapy.key == add.added.key


def test_change_commands_undo_rename_category_colour_and_archive(journal):
    therapies = TherapyService(journal=journal)
    history = UndoHistory()
    key = therapies.add_therapy("Pilates").key
    for change, text in (
        (dict(name="Reformer"), "rename therapy"),
        (dict(category="procedure"), "change category"),
        (dict(color="#123456"), "change colour"),
        (dict(archived=True), "archive therapy"),
    ):
        assert history.push(ChangeTherapyCommand(therapies, key, **change)).text == text
    assert journal.find_therapy(key).archived
    for _ in range(4):
        history.undo()
    t = journal.find_therapy(key)
    assert (t.name, t.category.value, t.color, t.archived) == ("Pilates", "non-drug", None, False)
    with pytest.raises(ConflictError, match="built in"):
        history.push(ChangeTherapyCommand(therapies, "heat", name="Warmth"))
    assert not history.can_undo() and history.redo_text() == "rename therapy", "a refused change is not recorded"


def test_the_chosen_colour_draws_the_therapys_lane_and_its_marked_period(journal, opened):
    from matplotlib.colors import to_hex

    from backjournal.analysis.periods import MarkedPeriod
    from backjournal.charts.palette import therapy_colour
    from backjournal.charts.trend import build_trend_figure
    from backjournal.services.trends import TrendsService

    therapies = TherapyService(journal=journal)
    key = therapies.add_therapy("Pilates").key
    journal.log_session(TherapySessionDraft(key, at(3)))
    journal.log_session(TherapySessionDraft("heat", at(2)))
    trends = TrendsService(unit_of_work=opened.uow)
    trends.add_marked_period(MarkedPeriod("Pilates weeks", at(5).date(), at(1).date(), key))
    therapies.change(key, color="#123456")
    start, end = at(10).date(), at(0).date()
    data = trends.trend_data(start, end)
    assert data.colours == {key: "#123456"}
    fig = build_trend_figure(data, start, end)
    lines = {a.get_gid(): a for ax in fig.axes for a in ax.get_lines()}
    assert to_hex(lines[f"sessions:{key}"].get_color()) == "#123456"
    assert to_hex(lines["sessions:heat"].get_color()) == therapy_colour("heat").lower(), "the others keep theirs"
    spans = [p for ax in fig.axes for p in ax.patches if (p.get_gid() or "").startswith("period:")]
    assert spans and to_hex(spans[0].get_facecolor()) == "#123456"

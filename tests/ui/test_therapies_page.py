"""Preferences > Therapies and "Add therapy…" in every therapy picker, on real widgets over a real
journal. Nothing here blocks: every dialog is opened with open() and driven or closed by the test
(the watchdog in tests/ui/conftest.py fails a test that leaves a modal window unanswered)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from backjournal.domain.models import NAME_MAX, TherapySessionDraft
from backjournal.ui.dialogs.entry_dialog import EntryDialog
from backjournal.ui.dialogs.therapies_page import TherapiesPage
from backjournal.ui.widgets.therapy_picker import ADD_THERAPY_TEXT
from tests.conftest import at, content_hash

pytestmark = pytest.mark.gui


def page_of(window, qtbot) -> TherapiesPage:
    page = TherapiesPage(
        therapies=window.therapies, adder=window.therapy_adder, undo=window.undo, signals=window.signals
    )
    qtbot.addWidget(page)
    return page


def today_keys(window) -> list[str]:
    combo = window.today.session_form.therapy
    return [combo.itemData(i).key for i in range(combo.count()) if combo.itemData(i) is not None]


def add_through(dialog, qtbot, name: str, kind: str | None = None) -> None:
    """Type a name in the add dialog (and pick a category/class) and press Add."""
    dialog.name.setText(name)
    if kind is not None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def choose_add_item(combo) -> None:
    """Pick "Add therapy…" as a person does: the item is chosen (activated) in the combo box."""
    index = combo.findText(ADD_THERAPY_TEXT)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_page_changes_are_saved_at_once_undoable_and_reach_the_pickers(qtbot, window, opened):
    pilates = window.therapies.add_therapy("Pilates")
    opened.journal.log_session(TherapySessionDraft(pilates.key, at(1)))
    page = page_of(window, qtbot)
    for w in (
        page.list,
        page.add_button,
        page.add_med_button,
        page.name_edit,
        page.rename_button,
        page.category,
        page.colour_button,
        page.default_colour_button,
        page.archive_button,
        page.notes,
    ):
        assert w.accessibleName()
    page.select("heat")
    assert not page.rename_button.isEnabled() and not page.category.isEnabled(), "built-ins keep name and category"
    assert page.builtin_note.isVisibleTo(page) and not page.notes.isVisibleTo(page)
    assert page.set_colour("#AA3300")
    assert opened.journal.find_therapy("heat").color == "#aa3300"

    page.select(pilates.key)
    page.name_edit.setText("Reformer Pilates")
    page.rename_button.click()
    assert opened.journal.find_therapy(pilates.key).name == "Reformer Pilates"
    assert "Reformer Pilates" in [
        window.today.session_form.therapy.itemText(i) for i in range(window.today.session_form.therapy.count())
    ], "renamed in Today"
    page.category.setCurrentIndex(page.category.findData("procedure"))
    page.category.activated.emit(page.category.currentIndex())
    assert opened.journal.find_therapy(pilates.key).category.value == "procedure"
    page.archive_button.click()
    assert opened.journal.find_therapy(pilates.key).archived
    assert pilates.key not in today_keys(window), "archived: hidden from the picker"
    assert len(opened.journal.sessions()) == 1, "its history stays"
    assert page.archive_button.text().replace("&", "") == "Bring back" and "archived" in page.list.currentIndex().data()

    window.undo.undo_action.trigger()  # the archive
    assert not opened.journal.find_therapy(pilates.key).archived and pilates.key in today_keys(window)
    assert page.archive_button.text().replace("&", "") == "Archive", "the page followed the undo"
    window.undo.undo_action.trigger()  # the category
    assert opened.journal.find_therapy(pilates.key).category.value == "non-drug"
    window.undo.undo_action.trigger()  # the rename
    assert opened.journal.find_therapy(pilates.key).name == "Pilates" and page.name_edit.text() == "Pilates"
    page.archive_button.click()
    page.archive_button.click()  # bring back
    assert not opened.journal.find_therapy(pilates.key).archived


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("Heat", "'Heat' already exists"),
        ("   ", "is empty"),
        ("x" * (NAME_MAX + 5), f"is {NAME_MAX + 5} characters long"),
        ("Pil\x07ates", "control character U+0007"),
    ],
)
def test_a_bad_rename_is_shown_on_the_page_without_a_message_box_and_changes_nothing(
    qtbot, window, opened, typed, problem
):
    """The Therapies page's test used to hang here: the error went to a modal message box (exec)."""
    key = window.therapies.add_therapy("Pilates").key
    page = page_of(window, qtbot)
    page.select(key)
    before = content_hash(opened.path)
    page.name_edit.setText(typed)
    page.rename_button.click()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()], (
        "no message box over the page (another test's window may still be up: only ours counts)"
    )
    assert page.error.isVisibleTo(page) and problem in page.error.text()
    assert "allowed:" in page.error.text() and f"1 to {NAME_MAX} characters" in page.error.text()
    assert content_hash(opened.path) == before and not window.undo.history.can_undo()
    page.name_edit.setText("Reformer Pilates")
    page.rename_button.click()
    assert not page.error.isVisibleTo(page)


def test_notes_card_is_plain_text_saved_undoable_and_never_lost_on_switching(qtbot, window, opened):
    key = window.therapies.add_therapy("Pilates").key
    page = page_of(window, qtbot)
    page.select(key)
    assert page.notes.isVisibleTo(page)
    page.notes.setPlainText("<b>Tuesdays</b> with Anna")
    page.save_notes_button.click()
    assert opened.journal.find_therapy(key).notes == "<b>Tuesdays</b> with Anna"
    page.notes.setPlainText("typed, not saved")
    page.select("heat")  # another therapy: what was typed is kept
    assert opened.journal.find_therapy(key).notes == "typed, not saved"
    window.undo.undo_action.trigger()
    assert opened.journal.find_therapy(key).notes == "<b>Tuesdays</b> with Anna"


def test_the_page_and_its_colour_dialog_do_not_block(qtbot, window, opened):
    key = window.therapies.add_therapy("Pilates").key
    page = page_of(window, qtbot)
    page.select(key)
    dialog = page.ask_colour()
    assert dialog is not None and dialog.isVisible()
    dialog.setCurrentColor(dialog.currentColor().fromRgb(0x12, 0x34, 0x56))
    dialog.accept()
    qtbot.waitUntil(lambda: opened.journal.find_therapy(key).color == "#123456", timeout=5000)
    page.default_colour_button.click()
    assert opened.journal.find_therapy(key).color is None


def test_add_from_the_page_selects_the_new_one_and_cancel_changes_nothing(qtbot, window, opened):
    page = page_of(window, qtbot)
    before = content_hash(opened.path)
    dialog = page.ask_add()
    dialog.name.setText("Yoga")
    dialog.reject()
    assert content_hash(opened.path) == before and "user_yoga" not in {t.key for t in window.therapies.all()}
    dialog = page.ask_add(medication=True)
    assert dialog.windowTitle() == "Add medication"
    add_through(dialog, qtbot, "Heat")
    assert dialog.isVisible() and "'Heat' already exists" in dialog.error.text(), "shown in the dialog"
    assert content_hash(opened.path) == before
    add_through(dialog, qtbot, "Ibuprofen", "nsaid")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert page.current_key() == "user_ibuprofen" and page.current().drug_class == "nsaid"
    assert window.undo.undo_action.text().replace("&", "") == "Undo add medication"
    window.undo.undo_action.trigger()
    assert "user_ibuprofen" not in {t.key for t in window.therapies.all()}
    assert content_hash(opened.path) == before, "undoing the add leaves the journal as it was"


def test_preferences_has_the_therapies_tab(qtbot, window):
    dialog = window.preferences.open_dialog(modal=False)
    try:
        titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
        assert "Therapies" in titles and dialog.therapies_page is not None
        assert dialog.therapies_page.model.rowCount() >= 12
        dialog.tabs.setCurrentWidget(dialog.therapies_page)
        assert dialog.therapies_page.isVisible()
    finally:
        dialog.close()


def test_therapy_list_model_passes_the_model_tester(qtmodeltester, window, qtbot):
    window.therapies.change(window.therapies.add_therapy("Pilates").key, archived=True, color="#123456")
    page = page_of(window, qtbot)
    qtmodeltester.check(page.model, force_py=True)
    row = page.model.row_of("user_pilates")
    assert "archived" in page.model.index(row).data()


# ----------------------------------------------------------------------------- every picker


def test_add_therapy_in_today_selects_it_and_cancel_changes_nothing(qtbot, window, opened):
    form = window.today.session_form
    form.select_therapy("heat")
    before = content_hash(opened.path)
    choose_add_item(form.therapy)
    dialog = window.today.add_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    assert form.therapy_key() == "heat", "never left on 'Add therapy…'"
    dialog.reject()
    assert form.therapy_key() == "heat" and content_hash(opened.path) == before
    choose_add_item(form.therapy)
    add_through(window.today.add_dialog, qtbot, "Pilates", "procedure")
    qtbot.waitUntil(lambda: form.therapy_key() == "user_pilates", timeout=5000)
    window.undo.undo_action.trigger()
    assert "user_pilates" not in today_keys(window) and form.therapy_key() != "user_pilates"


def test_add_therapy_in_the_edit_dialog_selects_it(qtbot, window, opened):
    session = opened.journal.log_session(TherapySessionDraft("heat", at(1)))
    view = window.journal_view
    dialog = EntryDialog(
        session,
        opened.journal.therapy_types(),
        view,
        therapy_adder=view.therapy_adder,
        signals=window.signals,
        list_therapies=opened.journal.therapy_types,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    choose_add_item(dialog.form.therapy)
    add_through(dialog.add_dialog, qtbot, "Pilates")
    qtbot.waitUntil(lambda: dialog.form.therapy_key() == "user_pilates", timeout=5000)
    assert "user_pilates" in today_keys(window), "and in Today's picker"
    window.therapies.change("user_pilates", name="Reformer Pilates")  # a rename shows in the open dialog
    assert dialog.form.therapy.currentText() == "Reformer Pilates"
    dialog.reject()


@pytest.mark.parametrize("which", ["course", "period", "trial"])
def test_add_therapy_in_the_course_period_and_trial_pickers(qtbot, window, opened, which):
    trends = window.show_view("Trends")
    dialog = {
        "course": trends.courses.ask_start_course,
        "period": trends.periods.ask_mark_period,
        "trial": trends.courses.ask_start_trial,
    }[which]()
    try:
        picker = dialog.a_pick if which == "trial" else dialog.therapy_combo
        first = picker.current_key()
        before = content_hash(opened.path)
        choose_add_item(picker)
        assert picker.add_dialog is not None and picker.current_key() == first
        picker.add_dialog.reject()
        qtbot.waitUntil(lambda: picker.add_dialog is None, timeout=5000)
        assert picker.current_key() == first and content_hash(opened.path) == before, "Cancel changes nothing"
        choose_add_item(picker)
        add_through(picker.add_dialog, qtbot, "Pilates")
        qtbot.waitUntil(lambda: picker.current_key() == "user_pilates", timeout=5000)
        assert picker.currentText() == "Pilates"
        if which == "trial":
            assert dialog.a_edit.text() == "Pilates", "the regimen starts from the therapy's name"
        window.therapies.change("user_pilates", name="Reformer Pilates")
        assert picker.currentText() == "Reformer Pilates", "a rename shows in the open picker"
        window.therapies.change("massage", archived=True)
        assert "massage" not in picker.therapy_keys(), "an archived one leaves the open picker"
        window.undo.undo_action.trigger()  # the add (the two changes above did not go through the history)
        assert "user_pilates" not in picker.therapy_keys()
    finally:
        dialog.reject()


def test_renames_and_archives_show_in_trends_and_journal(qtbot, window, opened):
    key = window.therapies.add_therapy("Pilates").key
    opened.journal.log_session(TherapySessionDraft(key, datetime.now(UTC) - timedelta(hours=1)))
    trends = window.show_view("Trends")
    window.therapies.change(key, name="Reformer Pilates", archived=True)
    qtbot.waitUntil(
        lambda: key in trends.filter_actions and trends.filter_actions[key].text() == "Reformer Pilates", timeout=10000
    )  # Trends keeps an archived therapy (its history), under its new name
    journal_filter = window.journal_view.therapy
    assert journal_filter.itemText(journal_filter.findData(key)) == "Reformer Pilates"
    model = window.journal_view.model
    texts = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("Reformer Pilates" in t for t in texts), "the journal shows the new name of its sessions"

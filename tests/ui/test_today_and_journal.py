"""Driving the real window: keyboard entry, the Journal table, undo, in-place edits, layout memory."""

import sqlite3

from PySide6.QtCore import QSettings, Qt

from backjournal.domain.models import PainEntryDraft, RecordKind
from backjournal.ui.qtmodels.journal_table_model import COL_NOTE, COL_SCORE
from tests.conftest import at


def _rows(view):
    return [
        view.model.record(view.proxy.mapToSource(view.proxy.index(r, 0)).row()) for r in range(view.proxy.rowCount())
    ]


def test_keyboard_only_pain_entry_lands_in_table_and_database(qtbot, window, opened):
    today = window.today
    today.pain_form.score.setFocus()
    qtbot.keyClick(today.pain_form.score, Qt.Key.Key_7)
    assert today.pain_form.score.score == 7
    today.pain_form.qualities.button(list(today.pain_form.qualities._buttons)[1]).setChecked(True)  # Sharp
    today.pain_form.note.setFocus()
    qtbot.keyClicks(today.pain_form.note, "after the drive <b>x</b>")
    qtbot.keyClick(today.pain_form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [entry] = opened.journal.pain_entries()
    assert (
        entry.score == 7
        and entry.note == "after the drive <b>x</b>"
        and [q.value for q in entry.qualities] == ["sharp"]
    )
    assert today.pain_form.score.score is None  # form reset for the next entry
    con = sqlite3.connect(opened.path)
    assert con.execute("SELECT score, note FROM pain_entries").fetchall() == [(7, "after the drive <b>x</b>")]
    con.close()
    journal_view = window.show_view("Journal")
    assert [r.score for r in _rows(journal_view)] == [7]
    assert today.today_model.rowCount() == 1


def test_one_then_zero_quickly_gives_ten(qtbot, window):
    picker = window.today.pain_form.score
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_1)
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.score == 10
    qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert picker.score == 9


def test_missing_score_is_shown_next_to_the_field_and_nothing_saved(qtbot, window, opened):
    window.today.save_pain_entry()
    assert window.today.pain_form.error.isVisible()
    assert "no score chosen" in window.today.pain_form.error.text()
    assert opened.journal.pain_entries() == []


def test_session_saved_from_today_with_before_after(qtbot, window, opened):
    form = window.today.session_form
    form.select_therapy("acupuncture")
    form.minutes.setValue(30)
    form.before.set_score(6)
    form.after.set_score(4)
    form.note.setFocus()
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [s] = opened.journal.sessions()
    assert (s.therapy.key, s.minutes, s.pain_before, s.pain_after) == ("acupuncture", 30, 6, 4)
    assert not form.dose.isEnabled()
    form.select_therapy("medication")
    assert form.dose.isEnabled()


def test_delete_then_undo_and_redo_from_journal(qtbot, window, opened):
    opened.journal.log_pain(PainEntryDraft(at(0), 5, note="keep"))
    view = window.show_view("Journal")
    view.period.setCurrentIndex(3)  # everything
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.proxy.rowCount() == 0 and opened.journal.pain_entries() == []
    window.undo.undo_action.trigger()
    assert view.proxy.rowCount() == 1 and opened.journal.pain_entries()[0].note == "keep"
    window.undo.redo_action.trigger()
    assert opened.journal.pain_entries() == []


def test_in_place_edit_of_note_and_score_is_undoable(qtbot, window, opened):
    opened.journal.log_pain(PainEntryDraft(at(0), 5, note="old"))
    view = window.show_view("Journal")
    view.period.setCurrentIndex(3)
    note_index = view.proxy.index(0, COL_NOTE)
    assert view.proxy.setData(note_index, "new note")
    assert opened.journal.pain_entries()[0].note == "new note"
    assert view.proxy.setData(view.proxy.index(0, COL_SCORE), "8")
    assert opened.journal.pain_entries()[0].score == 8
    assert not view.proxy.setData(view.proxy.index(0, COL_SCORE), "12")  # refused, nothing changed
    assert opened.journal.pain_entries()[0].score == 8
    window.undo.undo()
    window.undo.undo()
    assert (opened.journal.pain_entries()[0].score, opened.journal.pain_entries()[0].note) == (5, "old")


def test_filters_by_kind_therapy_and_text(qtbot, window, opened):
    from backjournal.domain.models import TherapySessionDraft

    opened.journal.log_pain(PainEntryDraft(at(1), 5, note="garden work"))
    opened.journal.log_session(TherapySessionDraft("heat", at(1), 20))
    opened.journal.log_session(TherapySessionDraft("massage", at(2), 60))
    view = window.show_view("Journal")
    view.period.setCurrentIndex(3)
    assert view.proxy.rowCount() == 3
    view.kind.setCurrentIndex(view.kind.findData(RecordKind.SESSION))
    assert view.proxy.rowCount() == 2
    view.therapy.setCurrentIndex(view.therapy.findData("massage"))
    assert [r.therapy.key for r in _rows(view)] == ["massage"]
    view.kind.setCurrentIndex(0)
    view.therapy.setCurrentIndex(0)
    view.search.setText("GARDEN")
    assert view.proxy.rowCount() == 1


def test_journal_table_model_passes_qt_model_tester(qtmodeltester, opened):
    from backjournal.ui.qtmodels.journal_table_model import JournalFilterProxy, JournalTableModel

    opened.journal.log_pain(PainEntryDraft(at(0), 5, note="x"))
    model = JournalTableModel(edit_handler=lambda *a: True)
    model.set_records(opened.journal.pain_entries())
    qtmodeltester.check(model)
    proxy = JournalFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_window_size_and_tab_are_remembered(qtbot, opened, tmp_path):
    from backjournal.ui.application import build_main_window

    path = str(tmp_path / "w.ini")
    w = build_main_window(opened, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.resize(w.minimumSizeHint().width() + 40, w.minimumSizeHint().height() + 30)
    size = (w.width(), w.height())
    w.tabs.setCurrentIndex(1)
    w.close()
    w2 = build_main_window(opened, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(w2)
    assert w2.tabs.currentIndex() == 1
    assert w2.height() == size[1]  # the offscreen screen (800 px) clamps the width


def test_status_bar_names_the_journal_file(window, opened):
    assert str(opened.path) in window.path_label.text()
    assert window.path_label.textFormat() == Qt.TextFormat.PlainText


def test_a_future_time_is_shown_next_to_the_form_and_nothing_saved(qtbot, window, opened):
    from PySide6.QtCore import QDateTime

    form = window.today.pain_form
    form.score.set_score(5)
    form.when.edit.setDateTime(QDateTime.currentDateTime().addDays(2))
    assert not window.today.save_pain_entry()
    assert "in the future" in form.error.text() and form.error.isVisible()
    assert opened.journal.pain_entries() == []


def test_narrow_window_stacks_the_forms_and_follows_the_focus_down(qtbot, window):
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.today.forms_stacked)
    bar = window.today.scroll_area.verticalScrollBar()
    assert window.today.scroll_area.horizontalScrollBar().maximum() == 0  # never sideways
    assert bar.maximum() > 0 and bar.value() == 0  # stacked forms are taller than the window: they scroll down
    # (offscreen windows are not active, so QApplication.focusChanged is delivered by hand here)
    window.today._scroll_to_focus(None, window.today.save_session)  # at the bottom of the session form
    assert bar.value() > 0  # the focused field was brought into view

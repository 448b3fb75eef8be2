"""Keyboard and forms: Tab from field to field, arrows inside a date, digits only where meant,
problems that disappear when fixed, the live PEG score and the shortcuts table."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QTableWidget

from backjournal.domain.models import PainEntryDraft
from backjournal.domain.timeutil import local_now


def tab_through(qtbot, window, start, stop, limit=80):
    """Press Tab from ``start`` until ``stop`` has the focus; the widgets visited, in order."""
    window.activateWindow()
    qtbot.waitActive(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is stop:
            return seen
    raise AssertionError(f"Tab never reached {stop!r}: {[type(w).__name__ for w in seen]}")


def test_tab_moves_through_the_pain_form_in_reading_order_and_leaves_the_date_in_one_press(qtbot, window):
    today, form = window.today, window.today.pain_form
    seen = tab_through(qtbot, window, form.score, today.save_pain)
    regions = list(form.regions._buttons.values())
    qualities = list(form.qualities._buttons.values())
    order = [
        form.score,
        regions[0],
        qualities[0],
        form.when.edit,
        form.when.now_button,
        form.note,
        today.same_as_last,
        today.save_pain,
    ]
    positions = [seen.index(w) for w in order if w.isEnabled()]
    assert positions == sorted(positions)
    assert seen.count(form.when.edit) == 1  # one Tab into the date, the next one out of it
    assert seen[seen.index(form.when.edit) + 1] is form.when.now_button


def test_tab_moves_through_the_session_form(qtbot, window):
    today, form = window.today, window.today.session_form
    form.select_therapy("acupuncture")  # no dose for it: the dose field is skipped
    seen = tab_through(qtbot, window, form.therapy, today.save_session)
    order = [
        form.therapy,
        form.about,
        form.when.edit,
        form.when.now_button,
        form.minutes,
        form.before,
        form.after,
        form.details,
        form.provider,
        form.note,
        today.save_session,
    ]
    assert [seen.index(w) for w in order] == sorted(seen.index(w) for w in order)
    assert form.dose not in seen
    assert seen.count(form.when.edit) == 1


def test_arrows_move_between_the_parts_of_a_date_and_digits_change_only_the_selected_part(qtbot, window):
    edit = window.today.pain_form.when.edit
    edit.setDateTime(QDateTime.fromString("2026-03-15T09:30:00", Qt.DateFormat.ISODate))
    window.activateWindow()
    qtbot.waitActive(window)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.hasFocus())
    first = edit.currentSectionIndex()
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    assert edit.currentSectionIndex() == first + 1
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert edit.currentSectionIndex() == first
    minute = edit.sectionCount() - 1
    for _ in range(edit.sectionCount()):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    assert edit.currentSectionIndex() == minute
    assert edit.sectionAt(minute) == QDateTimeEdit.Section.MinuteSection
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.dateTime() == QDateTime.fromString("2026-03-15T09:29:00", Qt.DateFormat.ISODate)  # only the minute


def test_a_digit_on_a_chip_picks_the_score_and_a_digit_in_the_note_stays_in_the_note(qtbot, window):
    form = window.today.pain_form
    chip = list(form.regions._buttons.values())[2]
    window.activateWindow()
    qtbot.waitActive(window)
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_6)
    assert form.score.score == 6
    form.note.setFocus()
    qtbot.keyClick(form.note, Qt.Key.Key_3)
    assert form.score.score == 6 and form.note.toPlainText() == "3"
    moment = form.when.edit.dateTime()
    form.when.edit.setFocus()
    qtbot.keyClick(form.score, Qt.Key.Key_2)  # typed on the score (it has no focus now): only the score
    assert form.when.edit.dateTime() == moment


def test_the_wheel_over_an_unfocused_field_scrolls_the_page_instead_of_changing_it(qtbot, window):
    minutes = window.today.session_form.minutes
    window.today.pain_form.note.setFocus()
    minutes.setValue(20)
    event = QWheelEvent(
        QPoint(5, 5).toPointF(),
        minutes.mapToGlobal(QPoint(5, 5)).toPointF(),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(minutes, event)
    assert minutes.value() == 20


def test_a_shown_problem_disappears_when_its_cause_is_fixed(qtbot, window, opened):
    form = window.today.pain_form
    assert not window.today.save_pain_entry()
    assert form.error.isVisible() and "no score" in form.error.text()
    form.score.set_score(4)
    assert form.error.isHidden()
    form.when.edit.setDateTime(QDateTime.currentDateTime().addDays(2))
    assert not window.today.save_pain_entry()
    assert "future" in form.error.text()
    form.when.reset()  # "Now"
    assert form.error.isHidden()
    assert opened.journal.pain_entries() == []


def test_same_as_last_time_is_disabled_until_there_is_something_to_copy(qtbot, window, opened):
    button = window.today.same_as_last
    assert not button.isEnabled()
    assert "Nothing to copy" in button.toolTip()
    opened.journal.log_pain(PainEntryDraft(local_now() - timedelta(hours=2), 5))
    window.today.refresh()
    assert button.isEnabled()
    button.click()
    assert window.today.pain_form.score.score == 5


def test_the_peg_dialog_shows_its_score_as_the_person_answers(qtbot, window):
    from backjournal.ui.dialogs.entry_dialog import PegDialog

    dialog = PegDialog(window)
    qtbot.addWidget(dialog)
    pickers = list(dialog.form.pickers.values())
    assert "0 of 3" in dialog.score_label.text()
    pickers[0].set_score(6)
    pickers[1].set_score(4)
    assert "2 of 3" in dialog.score_label.text()
    pickers[2].set_score(5)
    assert "5.0 of 10" in dialog.score_label.text()
    pickers[2].set_score(8)
    assert "6.0 of 10" in dialog.score_label.text()


def test_keyboard_shortcuts_are_a_real_table_listing_every_menu_shortcut(qtbot, window):
    dialog = window.shortcuts_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.table, QTableWidget) and dialog.table.columnCount() == 3
    rows = dialog.rows()
    keys = {k for _, k, _ in rows}
    for action in window.findChildren(type(window.peg_action)):
        if (
            not action.shortcut().isEmpty()
            and action.isVisible()
            and any(action in m.actions() for m in window.menuBar().findChildren(type(window.file_menu)))
        ):
            assert action.shortcut().toString() in keys, action.text()
    assert any(w == "Today" and "Ctrl+Enter" in k for w, k, _ in rows)
    assert any("Left / Right" in k and "Date" in w for w, k, _ in rows)

"""Edit > Trash…: restore (undoable) and "Empty trash…" (confirmed, for good, text gone from the files)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef
from backjournal.ui.dialogs.trash_dialog import TrashDialog
from tests.conftest import at


def _raw(path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def _answer_confirmation(qtbot, button_text: str, seen: list) -> None:
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText(), box.textFormat()))
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def _trash_two(opened):
    j = opened.journal
    a = j.log_pain(PainEntryDraft(felt_at=at(1), score=6, note="TRASH-SECRET-A <img src=x>"))
    b = j.log_pain(PainEntryDraft(felt_at=at(0), score=2, note="TRASH-SECRET-B"))
    j.set_deleted([RecordRef(RecordKind.PAIN, a.id), RecordRef(RecordKind.PAIN, b.id)], True)
    return a, b


def test_trash_is_reachable_from_the_edit_menu(window):
    assert window.trash_action in window.edit_menu.actions()
    assert window.trash_action.text().startswith("&Trash")


def test_restore_selected_is_undoable(qtbot, window, opened):
    a, _b = _trash_two(opened)
    dialog = TrashDialog(journal=opened.journal, undo=window.undo, signals=window.signals, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert not dialog.restore_button.isEnabled()
    row = next(r for r in range(2) if dialog.model.record(r).id == a.id)
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    assert dialog.model.index(row, 5).data() == "TRASH-SECRET-A <img src=x>"  # literal, as typed
    dialog.restore_button.click()
    assert [e.id for e in opened.journal.pain_entries()] == [a.id]
    assert dialog.model.rowCount() == 1
    window.undo.undo()
    assert opened.journal.pain_entries() == []
    assert dialog.model.rowCount() == 2


def test_empty_trash_asks_then_erases_for_good(qtbot, window, opened):
    _trash_two(opened)
    dialog = TrashDialog(journal=opened.journal, undo=window.undo, signals=window.signals, parent=window)
    qtbot.addWidget(dialog)
    seen: list = []
    _answer_confirmation(qtbot, "Cancel", seen)
    dialog.empty_button.click()
    assert len(opened.journal.trash()) == 2  # cancelled: nothing erased
    assert "cannot be undone" in seen[0][1]
    assert seen[0][2] == __import__("PySide6.QtCore").QtCore.Qt.TextFormat.PlainText

    _answer_confirmation(qtbot, "Erase for good", seen)
    dialog.empty_button.click()
    assert opened.journal.trash() == []
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.empty_button.isEnabled()
    assert b"TRASH-SECRET" not in _raw(opened.path)
    assert not window.undo.history.can_undo()  # "undo delete" of erased records cannot work

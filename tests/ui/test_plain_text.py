"""docs/reliability.md item 15 (the Qt half): user text is never markup.

A note ``<b>x</b><img src=x>`` (and a therapy, dose, provider with markup) must show literally in the
Journal table, Today's list, dialogs and message boxes. The walk checks every QLabel of the window
and of every dialog we open: a label whose text contains user text, or whose text Qt would take for
rich text, must have ``textFormat() == Qt.PlainText``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument  # noqa: F401 - Qt.mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft

NOTE = "<b>x</b><img src=x>"
PROVIDER = "<a href='http://example.invalid'>Dr. <i>Who</i></a>"


def _might_be_rich(text: str) -> bool:
    from PySide6.QtGui import Qt as QtGuiQt

    return bool(QtGuiQt.mightBeRichText(text))


def _check_labels(root: QWidget, markers=(NOTE, PROVIDER, "<b>", "<img")) -> int:
    """Every label showing user text (or text Qt would render as markup) is plain text. Returns how many
    showed user text."""
    showing = 0
    for label in root.findChildren(QLabel):
        text = label.text()
        user = any(m in text for m in markers)
        showing += user
        if user or _might_be_rich(text):
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), text)
    return showing


def _all_cells(model) -> list[str]:
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = model.index(r, c, QModelIndex()).data(role)
                if isinstance(v, str):
                    out.append(v)
    return out


@pytest.fixture
def marked_up(opened):
    from datetime import timedelta

    from backjournal.domain.timeutil import local_now

    j = opened.journal
    now = local_now().replace(second=0, microsecond=0)
    earlier = max(now - timedelta(minutes=30), now.replace(hour=0, minute=1))  # today, so Today lists them
    pain = j.log_pain(PainEntryDraft(felt_at=earlier, score=5, note=NOTE))
    session = j.log_session(
        TherapySessionDraft(
            therapy_key="heat",
            started_at=earlier,
            minutes=20,
            provider=PROVIDER,
            dose="<script>alert(1)</script>",
            note=NOTE,
        )
    )
    return pain, session


def test_markup_in_notes_shows_literally_everywhere_in_the_window(qtbot, window, opened, marked_up, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or QMessageBox.StandardButton.Ok)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    _check_labels(window)

    journal_view = window.show_view("Journal")
    cells = _all_cells(journal_view.model)
    assert any(NOTE in c for c in cells), cells  # literal, not rendered
    assert any(PROVIDER in c for c in cells)
    today_cells = _all_cells(window.today.today_model)
    assert any(NOTE in c for c in today_cells), today_cells

    # Every dialog that shows the record: the edit dialog of each kind, the trash.
    from backjournal.ui.dialogs.entry_dialog import EntryDialog
    from backjournal.ui.dialogs.trash_dialog import TrashDialog

    for record in marked_up:
        dialog = EntryDialog(record, opened.journal.therapy_types(), window)
        qtbot.addWidget(dialog)
        _check_labels(dialog)
        texts = [w.toPlainText() for w in dialog.findChildren(QWidget) if hasattr(w, "toPlainText")]
        texts += [w.text() for w in dialog.findChildren(QWidget) if type(w).__name__ == "QLineEdit"]
        assert any(NOTE in t for t in texts), texts  # the note is edited as plain text
    opened.journal.set_deleted([_ref(marked_up[0])], True)
    trash = TrashDialog(journal=opened.journal, undo=window.undo, signals=window.signals, parent=window)
    qtbot.addWidget(trash)
    _check_labels(trash)
    assert any(NOTE in c for c in _all_cells(trash.model))

    # Message boxes that carry user input (a refused value is quoted back).
    window.show_error(ValidationError("note", NOTE + " " * 3, "at most 10000 characters"))
    assert boxes, "no message box shown"
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "<b>x</b>" in box.text()
        _check_labels(box)


def _ref(record):
    from backjournal.ui.qtmodels.journal_table_model import ref_of

    return ref_of(record)


def test_status_bar_and_path_label_are_plain(window):
    assert window.path_label.textFormat() == Qt.TextFormat.PlainText
    assert _check_labels(window) >= 0

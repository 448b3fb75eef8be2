"""The UI tests cannot hang on a modal window nobody answers, and the undo bridge hands bad input to
the page that asked instead of opening a modal message box over it (the cause of the Therapies
page's hanging test)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.services.history import Command, UndoHistory
from backjournal.ui.bridge import UndoActions
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog


@pytest.mark.modal_patience(0.3)
def test_the_watchdog_closes_a_modal_window_nobody_answers(qtbot, stuck_modals):
    box = message_box(None, QMessageBox.Icon.Warning, "Cannot do that", "A therapy named 'Heat' already exists.")
    result = exec_dialog(box)  # without the watchdog this never returns
    assert result != QMessageBox.StandardButton.Ok
    assert len(stuck_modals) == 1 and "already exists" in stuck_modals[0]


@dataclass
class _Failing(Command):
    error: Exception

    def redo(self) -> None:
        raise self.error

    def undo(self) -> None:  # pragma: no cover - never recorded
        raise AssertionError


def test_bad_input_goes_to_the_page_that_asked_not_to_a_modal_box(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    window_errors: list[BaseException] = []
    undo = UndoActions(UndoHistory(), owner, on_error=window_errors.append)
    inline: list[BaseException] = []
    clash = ConflictError("A therapy named 'Heat' already exists.")
    assert not undo.push(_Failing(clash), on_input_error=inline.append)
    assert inline == [clash] and window_errors == [] and not undo.history.can_undo()
    bad = ValidationError("name", "", "a name of 1 to 80 characters")
    assert not undo.push(_Failing(bad))  # no handler of its own: the window's (a message box) as before
    assert window_errors == [bad]
    bug = RuntimeError("our bug")
    assert not undo.push(_Failing(bug), on_input_error=inline.append)  # bugs still go to the window
    assert window_errors == [bad, bug] and inline == [clash]


@pytest.mark.modal_patience(0.3)
def test_show_error_is_modal_which_is_why_pages_pass_their_own_handler(qtbot, stuck_modals):
    show_error(None, ConflictError("A therapy named 'Heat' already exists."))
    assert stuck_modals and "Cannot do that" in stuck_modals[0]


def test_dialogs_left_shown_are_found_named_and_removed(qtbot):
    """The after-test check (conftest ``_no_leftover_dialogs``) covers every shown dialog, modal or not:
    the old clean-up closed only modal ones, and a progress dialog that showed itself after its test
    (ui/operations.py) or a non-modal message stayed over the next test's window."""
    import shiboken6
    from PySide6.QtWidgets import QDialog

    from backjournal.ui.operations import _ProgressDialog
    from tests.ui.conftest import remove_leftover_dialogs

    owner = QWidget()
    qtbot.addWidget(owner)
    progress = _ProgressDialog("Backing up your journal…", False, owner)
    progress.show()
    note = QDialog(owner)
    note.setWindowTitle("Saved")
    note.setModal(False)
    note.show()
    assert sorted(remove_leftover_dialogs()) == [
        "QDialog 'Saved': ",
        "_ProgressDialog 'Backing up your journal': Backing up your journal…",
    ]
    assert not shiboken6.isValid(progress) and not shiboken6.isValid(note)
    assert remove_leftover_dialogs() == []

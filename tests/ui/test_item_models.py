"""Every Qt item model of the window passes pytest-qt's model tester (Qt's QAbstractItemModelTester),
filled from a real journal; a model added without such a test fails the inventory below."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QAbstractItemModel

import backjournal.ui
from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
from backjournal.ui.dialogs.backup_dialogs import BackupTableModel
from backjournal.ui.dialogs.trash_dialog import TrashTableModel
from tests.conftest import at

pytestmark = pytest.mark.gui

# Each model of backjournal.ui and the test that gives it to qtmodeltester.
CHECKED = {
    "RecordTableModel": "the base of the two below, checked through them",
    "JournalTableModel": "tests/ui/test_today_and_journal.py::test_journal_table_model_passes_qt_model_tester",
    "JournalFilterProxy": "tests/ui/test_today_and_journal.py::test_journal_table_model_passes_qt_model_tester",
    "TrashTableModel": "test_trash_table_model_passes_the_model_tester (here)",
    "BackupTableModel": "test_backup_table_model_passes_the_model_tester (here)",
    "CardListModel": "tests/ui/test_cards_ui.py::test_card_list_models_pass_the_model_tester",
    "CardFilterProxyModel": "tests/ui/test_cards_ui.py::test_card_list_models_pass_the_model_tester",
    "MarkedPeriodsTableModel": "tests/ui/test_trends_kinds_and_periods.py::"
    "test_the_list_removes_a_period_and_undo_brings_it_back",
    "CoursesTableModel": "tests/ui/test_courses_ui.py::"
    "test_a_course_from_a_marked_period_then_ended_with_a_reason_and_pgic",
    "TherapyListModel": "tests/ui/test_therapies_page.py::test_therapy_list_model_passes_the_model_tester",
}


def _our_models() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(backjournal.ui.__path__, "backjournal.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found.add(name)
    return found


def test_every_item_model_has_a_model_tester_test():
    models = _our_models()
    assert models, "no item model found: the inventory is broken"
    unchecked = sorted(models - set(CHECKED))
    assert not unchecked, f"give these models to qtmodeltester and list them in CHECKED: {unchecked}"
    assert not set(CHECKED) - models, f"listed but gone: {sorted(set(CHECKED) - models)}"


def test_trash_table_model_passes_the_model_tester(qtmodeltester, opened):
    j = opened.journal
    pain = j.log_pain(PainEntryDraft(felt_at=at(2), score=6, note="two\nlines"))
    session = j.log(TherapySessionDraft("massage", at(1), minutes=30))
    j.set_deleted([RecordRef(RecordKind.PAIN, pain.id), RecordRef(RecordKind.SESSION, session.id)], True)
    model = TrashTableModel()
    model.set_records(j.trash())
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_backup_table_model_passes_the_model_tester(qtmodeltester, opened):
    opened.journal.log_pain(PainEntryDraft(felt_at=at(0), score=3))
    opened.backups.back_up()
    opened.backups.back_up()
    model = BackupTableModel(opened.backups.list())
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    qtmodeltester.check(BackupTableModel([]))

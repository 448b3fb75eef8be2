"""Moving the journal to another folder: copy, verify, switch, keep the old copy until confirmed."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backjournal.domain.errors import ConflictError, ValidationError
from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
from backjournal.domain.settings import Preferences
from backjournal.paths import journal_path, resolve_data_dir
from backjournal.services.opening import open_journal
from backjournal.services.relocation import JournalLocation, check_target, move_journal, remove_old_copy
from backjournal.services.settings import SettingsService
from tests.conftest import content_hash

TZ = timezone(timedelta(hours=1))


def _fill(opened) -> None:
    j = opened.journal
    for day in range(12):
        j.log_pain(PainEntryDraft(felt_at=datetime(2026, 3, 1 + day, 20, tzinfo=TZ), score=day % 11, note=f"day {day}"))
    j.log_session(TherapySessionDraft(therapy_key="heat", started_at=datetime(2026, 3, 3, 18, tzinfo=TZ), minutes=20))
    gone = j.log_pain(PainEntryDraft(felt_at=datetime(2026, 3, 14, 8, tzinfo=TZ), score=9))
    j.set_deleted([RecordRef(RecordKind.PAIN, gone.id)], True)  # the trash moves too
    SettingsService(unit_of_work=opened.uow).save(Preferences(reminder_enabled=True, theme="dark"))
    opened.backups.back_up()


def test_moving_the_journal_keeps_every_record_and_the_next_start_opens_it(opened, tmp_path):
    _fill(opened)
    before = content_hash(opened.path)
    old_dir = opened.data_dir
    target = tmp_path / "elsewhere" / "My journal"
    result = move_journal(opened, target)
    assert result.new_dir == target and result.backups_copied == 1
    assert content_hash(journal_path(target)) == before  # every table, every row
    assert stat.S_IMODE(os.stat(journal_path(target)).st_mode) == 0o600
    assert journal_path(old_dir).exists()  # kept until the person confirms
    assert resolve_data_dir(None) == target  # window and command line open the new folder next
    assert JournalLocation().old_copy(target) == old_dir
    opened.close()
    moved = open_journal(resolve_data_dir(None), create=False)
    try:
        assert moved.journal.counts() == {"pain": 12, "sessions": 1, "peg": 0}
        assert len(moved.journal.trash()) == 1
        assert SettingsService(unit_of_work=moved.uow).preferences().theme == "dark"
    finally:
        moved.close()
    removed = remove_old_copy(old_dir)
    assert journal_path(old_dir) in removed and not old_dir.exists()
    assert JournalLocation().old_copy(target) is None


def test_refused_targets_change_nothing(opened, tmp_path):
    _fill(opened)
    with pytest.raises(ValidationError, match="inside"):
        check_target(opened.data_dir, opened.data_dir / "sub")
    with pytest.raises(ValidationError, match="inside"):
        move_journal(opened, opened.data_dir)
    other = tmp_path / "other"
    open_journal(other).close()
    with pytest.raises(ConflictError, match="already holds a BackJournal journal"):
        move_journal(opened, other)
    assert not (JournalLocation().file).exists()
    assert resolve_data_dir(None) != other


def test_a_cloud_folder_is_a_warning_not_a_refusal(opened, tmp_path):
    risks = check_target(opened.data_dir, tmp_path / "Dropbox" / "journal", mounts=[])
    assert risks and risks[0].kind == "cloud" and "Dropbox" in risks[0].message


def test_move_from_preferences_restarts_on_the_new_folder_and_offers_to_remove_the_old(window, qtbot, tmp_path):
    _fill(window.opened)
    target = tmp_path / "moved"
    restarted = []
    asked = []

    def confirm(_parent, _icon, title, *_rest):
        asked.append(title)
        return True

    from backjournal.ui.journal_move import ask_move_journal

    def answer_the_info_box():  # "Your journal has moved" is modal: read it and press OK, as a person would
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                w.accept()

    QTimer.singleShot(50, answer_the_info_box)
    assert (
        ask_move_journal(window.opened, window, folder=str(target), confirm=confirm, restart=restarted.append) == target
    )
    assert restarted == [target] and asked == ["Move the journal"]
    assert content_hash(journal_path(target)) == content_hash(window.opened.path)

    # next start, on the new folder: the question about the old copy
    old_dir = window.opened.data_dir
    window.close()
    window.opened.close()
    moved = open_journal(target, create=False)
    try:
        from backjournal.ui.application import build_main_window

        w2 = build_main_window(moved, QSettings(str(tmp_path / "w2.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w2)
        w2.show()
        box = w2.old_copy_question
        assert box is not None and str(old_dir) in box.informativeText() + box.text()
        qtbot.waitUntil(box.isVisible)
        remove = next(b for b in box.buttons() if b.text() == "Remove the old copy")
        remove.click()
        qtbot.waitUntil(lambda: not journal_path(old_dir).exists())
        w2.preferences.theme.apply("system")  # the moved journal's dark theme must not outlive the test
        w2.close()
    finally:
        moved.close()

"""A main window closed and shown again still follows its journal.

The window is closed without the program ending when another window stays open (the sample journal
opened from File beside it); a second launch then brings it forward (``bring_forward``), or the
reminder tray's "Show BackJournal" shows it. Its close used to detach it from the journal's changes
and stop its watch for other programs' writes, so the window came back deaf: nothing logged, undone
or written by the command line showed until a restart. (In ``--in-tray`` mode the close only hides
the window before ``closeEvent``, which never had this problem.)"""

from __future__ import annotations

from backjournal.domain.models import PainEntryDraft
from backjournal.services.opening import open_journal
from backjournal.ui.single_instance import bring_forward
from tests.conftest import at


def notes(window) -> list[str]:
    view = window.journal_view
    return sorted(view.model.record(r).note or "" for r in range(view.model.rowCount()))


def _close_and_show_again(qtbot, window, show) -> None:
    window.journal_view.period.setCurrentIndex(3)  # everything
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    show(window)
    qtbot.waitExposed(window)


def test_a_window_brought_forward_after_a_close_shows_what_is_logged(qtbot, window):
    _close_and_show_again(qtbot, window, bring_forward)
    window.journal.log_pain(PainEntryDraft(felt_at=at(1), score=5, note="after coming back"))
    assert notes(window) == ["after coming back"]


def test_a_window_shown_from_the_tray_after_a_close_shows_what_is_logged(qtbot, window):
    _close_and_show_again(qtbot, window, lambda w: w.preferences.show_window())
    window.journal.log_pain(PainEntryDraft(felt_at=at(1), score=5, note="after the tray"))
    assert notes(window) == ["after the tray"]


def test_a_window_shown_again_still_notices_other_programs_writes(qtbot, window, data_dir):
    _close_and_show_again(qtbot, window, bring_forward)
    window.external_changes.timer.setInterval(100)  # the window checks every 5 s; quicker here
    other = open_journal(data_dir)
    try:
        other.journal.log_pain(PainEntryDraft(felt_at=at(1), score=7, note="from elsewhere"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: notes(window) == ["from elsewhere"], timeout=3000)


def test_a_window_hears_nothing_once_deleted(qtbot, opened, tmp_path):
    """Closing no longer detaches; deleting the window does (nothing may reach a deleted view)."""
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from backjournal.ui.application import build_main_window

    before = len(opened.journal._listeners)
    window = build_main_window(opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    assert len(opened.journal._listeners) > before
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(opened.journal._listeners) == before
    opened.journal.log_pain(PainEntryDraft(felt_at=at(1), score=5, note="nobody listens"))  # reaches no deleted view

"""The Insights tab on a real journal: empty state, the sorted list with its words, refresh on change."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QApplication

from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.trends import today
from tests.ui.test_accessibility import unnamed

TZ = timezone(timedelta(hours=1))


def _at(days_ago: int, hour: int) -> datetime:
    d = today() - timedelta(days=days_ago)
    return datetime(d.year, d.month, d.day, hour, tzinfo=TZ)


def test_empty_state_says_what_to_log(qtbot, window):
    view = window.show_view("Insights")
    qtbot.waitUntil(lambda: view.result is not None)
    assert not view.empty.isHidden() and "Log your pain" in view.empty.text()
    assert view.rows == []
    assert "went with" in view.explain.text().lower() and "could be chance" in view.explain.text().lower()


def test_list_sorted_worded_and_refreshed(qtbot, window, opened):
    j = opened.journal
    for k in range(60):
        heat = k % 3 == 0
        j.log(PainEntryDraft(_at(k, 8), (3 if heat else 6) + k % 2))
        if heat:
            j.log(TherapySessionDraft("heat", _at(k, 18), minutes=20))
    view = window.show_view("Insights")
    qtbot.waitUntil(lambda: view.result is not None and bool(view.rows))
    assert view.empty.isHidden()
    first = view.rows[0]
    assert first.item.key == "heat" and first.item.lag_days == 0 and first.item.likely
    assert "Days with Heat went with" in first.text.text() and "Unlikely to be chance alone" in first.title.text()
    for row in view.rows:
        for word in ("causes", "helps", "triggers"):
            assert word not in row.text.text().lower()
    assert view.range_box.currentData() == "90d"
    QApplication.processEvents()
    assert unnamed(view) == []
    # a new session re-computes (off the UI thread) while the tab is shown
    before = first.item.days_with
    j.log(TherapySessionDraft("heat", _at(1, 18), minutes=20))
    qtbot.waitUntil(lambda: bool(view.rows) and view.rows[0].item.days_with == before + 1)
    view.range_box.setCurrentIndex(0)  # last 30 days
    qtbot.waitUntil(lambda: view.result.start == today() - timedelta(days=29))

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


def test_the_interval_bar_tells_a_screen_reader_the_numbers_the_sentence_shows(qtbot):
    """An interval end that rounds to zero: the sentence says "0.0"; the accessible name said "-0.0"."""
    from backjournal.analysis.insights import Insight
    from backjournal.ui.views.insights_view import InsightRow

    item = Insight(
        key="heat",
        name="Heat",
        kind="therapy",
        lag_days=0,
        days_with=20,
        days_without=20,
        difference=-0.84,
        ci_low=-1.66,
        ci_high=-0.04,
        q_value=0.2,
        spearman_rho=-0.004,
    )
    row = InsightRow(item, 2.0)
    qtbot.addWidget(row)
    spoken = row.bar.accessibleName()
    assert spoken == "Difference \u22120.8 points, 95 % interval \u22121.7 to 0.0"
    assert "interval \u22121.7 to 0.0" in row.text.text()  # the same numbers as the visible sentence
    assert "-0.0" not in spoken and "\u22120.0" not in spoken
    assert row.rank.text().startswith("Rank correlation with pain: 0.00")

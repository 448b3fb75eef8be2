"""Every empty view says what to do next."""

from __future__ import annotations

from datetime import timedelta

from backjournal.domain.models import PainEntryDraft
from backjournal.domain.timeutil import local_now


def test_an_empty_journal_says_what_to_do_on_today_journal_and_trends(qtbot, window):
    assert not window.today.empty_hint.isHidden() and "number key" in window.today.empty_hint.text()
    journal_view = window.show_view("Journal")
    assert not journal_view.empty_hint.isHidden() and "Today tab" in journal_view.empty_hint.text()
    trends = window.show_view("Trends")
    qtbot.waitUntil(lambda: trends.canvas is not None and not trends._stale, timeout=20_000)
    assert not trends.empty_hint.isHidden()
    assert "Today tab" in trends.empty_hint.text() and "sample data" in trends.empty_hint.text()
    assert "lane" not in trends.numbers_title.text()  # there are no lanes to click


def test_the_hints_go_away_once_something_is_logged(qtbot, window, opened):
    opened.journal.log_pain(PainEntryDraft(local_now() - timedelta(minutes=5), 4))
    window.today.refresh()
    assert window.today.empty_hint.isHidden()
    journal_view = window.show_view("Journal")
    journal_view.reload()
    assert journal_view.empty_hint.isHidden()
    trends = window.show_view("Trends")
    qtbot.waitUntil(lambda: trends.canvas is not None and not trends._stale, timeout=20_000)
    assert trends.empty_hint.isHidden()

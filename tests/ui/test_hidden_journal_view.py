"""The Journal view behind another tab does not reload its table on every change of the journal (a
ten-year import reloaded it on the window's thread, unseen); it reads again when shown, and anything
reading its records meanwhile gets them fresh."""

from __future__ import annotations

from backjournal.domain.models import PainEntryDraft
from tests.conftest import at


def _notes(view) -> list[str]:
    proxy = view.proxy
    return sorted(
        view.model.record(proxy.mapToSource(proxy.index(r, 0)).row()).note or "" for r in range(proxy.rowCount())
    )


def test_a_hidden_journal_view_reloads_when_shown_not_on_each_change(qtbot, window):
    view = window.journal_view  # built (as in idle time after the first paint), the Today tab in front
    view.period.setCurrentIndex(3)  # everything (the entries are dated March 2026)
    window.show_view("Today")
    assert not view.isVisible()
    table_model = view.model
    resets: list[int] = []
    table_model.modelReset.connect(lambda: resets.append(1))

    window.journal.log_pain(PainEntryDraft(felt_at=at(2), score=4, note="first"))
    window.journal.log_pain(PainEntryDraft(felt_at=at(1), score=6, note="second"))
    assert resets == [], "hidden behind Today: the table was not read again"

    shown = window.show_view("Journal")
    assert shown is view and view.isVisible()
    assert resets == [1], "read once, when shown"
    assert _notes(view) == ["first", "second"]
    assert view.count_label.text() == "2 records in this period"

    window.journal.log_pain(PainEntryDraft(felt_at=at(0), score=3, note="third"))
    assert resets == [1, 1], "shown: read at once"
    assert _notes(view) == ["first", "second", "third"]


def test_a_hidden_journal_view_gives_fresh_records_when_read(qtbot, window):
    view = window.journal_view
    view.period.setCurrentIndex(3)
    window.show_view("Today")
    window.journal.log_pain(PainEntryDraft(felt_at=at(1), score=5, note="while hidden"))
    assert _notes(view) == ["while hidden"]
    assert view.count_label.text() == "1 record in this period"  # the count is a plural: "1 records" before


def test_the_journal_counts_what_a_filter_shows_as_a_plural(qtbot, window):
    view = window.journal_view
    view.period.setCurrentIndex(3)
    window.show_view("Journal")
    window.journal.log_pain(PainEntryDraft(felt_at=at(1), score=5, note="kept"))
    assert view.count_label.text() == "1 record in this period"
    view.search.setText("nothing like this")
    assert view.count_label.text() == "0 of 1 record in this period"

"""The Trends view with real widgets: ranges, hover, clicking a session marker, export, refresh."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt

from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.trends import TrendsService
from backjournal.ui.dates import date_text

pytestmark = pytest.mark.gui
TODAY = date(2026, 3, 15)
TZ = timezone(timedelta(hours=1))


def _moment(days_ago: int, hour: int = 9) -> datetime:
    d = TODAY - timedelta(days=days_ago)
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=TZ)


@pytest.fixture
def view(qtbot, opened, journal):
    from backjournal.ui.views.trends_view import TrendsView

    for days_ago in range(200):
        if days_ago % 6 == 3:
            continue
        journal.log_pain(PainEntryDraft(_moment(days_ago), 3 + days_ago % 5))
        if days_ago % 2:
            journal.log_pain(PainEntryDraft(_moment(days_ago, 20), 6))
    journal.log_session(
        TherapySessionDraft("acupuncture", _moment(5, 11), 30, 6, 3, provider="Dr <b>Lin</b> $\\frac", note="felt warm")
    )
    journal.log_session(TherapySessionDraft("heat", _moment(100, 11), 20, 5, 4))
    errors = []
    w = TrendsView(
        journal=journal, trends=TrendsService(unit_of_work=opened.uow), today_fn=lambda: TODAY, on_error=errors.append
    )
    w.errors = errors
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.canvas is not None)
    w.canvas.draw()
    yield w
    assert errors == []


def _display_xy(line, index=0):
    x, y = line.get_xdata()[index], line.get_ydata()[index]
    return line.axes.transData.transform((x, y))


def test_switching_ranges_updates_the_canvas(qtbot, view):
    line = view.chart.daily_line
    assert view.range_key == "90d" and len(line.get_xdata()) == 90  # the 90 days, none outside (issue 9)
    before = view.canvas.buffer_rgba().tobytes() if hasattr(view.canvas, "buffer_rgba") else None
    with qtbot.waitSignal(view.drawn, timeout=5000):
        qtbot.mouseClick(view.range_buttons["2w"], Qt.MouseButton.LeftButton)
    assert view.chart.daily_line is line  # the same artist, new data
    assert len(line.get_xdata()) == 14  # the 14 days, none outside
    assert (view.start, view.end) == (TODAY - timedelta(days=13), TODAY)
    xmin, xmax = view.chart.ax.get_xlim()
    assert xmax - xmin == pytest.approx(14)
    if before is not None:
        assert view.canvas.buffer_rgba().tobytes() != before
    with qtbot.waitSignal(view.drawn, timeout=5000):
        qtbot.mouseClick(view.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert view.start == TODAY - timedelta(days=199)
    view.from_edit.setDate(view.from_edit.date().addDays(150))
    qtbot.mouseClick(view.custom_button, Qt.MouseButton.LeftButton)
    assert view.range_key is None and view.start == TODAY - timedelta(days=49)


def test_clicking_a_session_marker_shows_the_session(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("30d")
    view.canvas.draw()
    marker = view.chart.session_lines["acupuncture"]
    x, y = _display_xy(marker)
    with qtbot.waitSignal(view.therapy_selected, timeout=3000) as picked:
        MouseEvent("button_press_event", view.canvas, x, y, button=1)._process()
    assert picked.args == ["acupuncture"]
    assert view.last_session is not None and view.last_session.pain_after == 3
    shown = view.session_label.text()
    assert "Acupuncture" in shown and "6 → 3" in shown and "Dr <b>Lin</b> $\\frac" in shown
    assert view.session_label.textFormat() == Qt.TextFormat.PlainText
    assert "Acupuncture" in view.numbers_title.text() and "1 session" in view.numbers_sessions.text()
    assert "Too few" in view.numbers_summary.text()


def test_hover_shows_the_days_values(view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("2w")
    view.canvas.draw()
    line = view.chart.daily_line
    i = int(np.flatnonzero(~np.isnan(np.asarray(line.get_ydata(), dtype=float)))[-1])
    x, y = _display_xy(line, i)
    MouseEvent("motion_notify_event", view.canvas, x, y)._process()
    assert date_text(TODAY) in view.hover_label.text()
    assert "mean pain" in view.hover_label.text()


@pytest.fixture
def german():
    """The window's dates in German (Qt's default locale), restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_hover_panel_and_session_dates_follow_the_locale(qtbot, view, german):
    """Dates one way everywhere (issue 11): the tooltip, "Your numbers" and the session use the
    locale's format that the rest of the window uses, not a fixed English one."""
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("30d")
    view.canvas.draw()
    line = view.chart.daily_line
    i = int(np.flatnonzero(~np.isnan(np.asarray(line.get_ydata(), dtype=float)))[-1])
    MouseEvent("motion_notify_event", view.canvas, *_display_xy(line, i))._process()
    assert view.hover_label.text().startswith("So. 15.03.2026: ")  # Sunday in German, the locale's order
    marker = view.chart.session_lines["acupuncture"]
    with qtbot.waitSignal(view.therapy_selected, timeout=3000):
        MouseEvent("button_press_event", view.canvas, *_display_xy(marker), button=1)._process()
    assert "Acupuncture, " + date_text(view.last_session.started_at.date()) in view.session_label.text()
    assert ".2026" in view.session_label.text().splitlines()[0]
    first = TODAY - timedelta(days=29)
    assert f"from {first:%d.%m.%Y} to 15.03.2026." in view.numbers_sessions.text()
    assert "Mar" not in view.hover_label.text() + view.numbers_sessions.text() + view.session_label.text()


def test_clicking_a_lane_selects_the_therapy_and_filter_limits_lanes(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("all")  # the heat session is 100 days ago: no lane of its own in 90 days
    view.canvas.draw()
    lanes = view.chart.lanes_ax
    assert [k for k, _ in view.data.therapies] == ["acupuncture", "heat"]
    x, y = lanes.transData.transform((lanes.get_xlim()[0] + 1, 1))
    with qtbot.waitSignal(view.therapy_selected, timeout=3000) as picked:
        MouseEvent("button_press_event", view.canvas, x, y, button=1)._process()
    assert picked.args == ["heat"]
    view.set_therapy_filter(["heat"])
    assert [k for k, _ in view.data.therapies] == ["heat"]
    assert list(view.chart.session_lines) == ["heat"]


def test_the_shown_range_read_alone_gives_the_numbers_of_the_whole_journal(qtbot, view, opened):
    """The view opens on 90 days of a 200-day journal and reads only those (with the rolling windows'
    days around them): every number it shows is what a read of the whole journal gives for them, the
    therapy filter still lists a therapy used only before the range, and a longer range reads the rest."""
    from backjournal.analysis.trend_data import stats_dict

    def shown(data, start, end, effects):  # the numbers of the chart and of the therapies with sessions
        numbers = stats_dict(data, start, end, effects)
        numbers["therapies"] = [t for t in numbers["therapies"] if t["sessions"]]
        return numbers

    trends = TrendsService(unit_of_work=opened.uow)
    first, _last = trends.span()
    whole = trends.trend_data(first, TODAY)
    start, end = view.start, view.end
    assert (end - start).days == 89 and first < start
    assert view.data.daily.start > first  # the first paint did not read the whole journal
    assert shown(view.data, start, end, view.effects_in_range()) == shown(
        whole, start, end, trends.effects(whole, start=start, end=end)
    )
    assert list(view.filter_actions) == ["acupuncture", "heat"]  # heat's one session is 100 days ago
    view.set_range_key("all")
    assert view.data.daily.start <= first
    assert shown(view.data, first, TODAY, view.effects_in_range()) == shown(
        whole, first, TODAY, trends.effects(whole, start=first, end=TODAY)
    )
    assert [k for k, _ in view.chart.data.therapies] == ["acupuncture", "heat"]


def test_export_chart_and_refresh_on_journal_change(qtbot, view, journal, tmp_path):
    for name in ("c.png", "c.svg", "c.pdf"):
        path = view.export_chart(tmp_path / name)
        assert path.stat().st_size > 1000 and os.stat(path).st_mode & 0o777 == 0o600
    view.set_range_key("2w")
    n_before = int(np.nansum(view.data.daily.n))
    journal.log_pain(PainEntryDraft(_moment(0, 12), 10))
    assert int(np.nansum(view.data.daily.n)) == n_before + 1
    assert view.data.daily.value_on(TODAY)[2] == 10


def test_main_window_has_a_lazy_trends_tab_and_export_action(qtbot, window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Trends" in titles
    assert window.export_chart_action.text().replace("&", "") == "Export chart…"
    view = window.show_view("Trends")
    qtbot.waitUntil(lambda: view.canvas is not None)
    assert view.side_panel_layout.count() >= 2


def test_lanes_show_only_therapies_with_a_session_in_the_range(qtbot, view):
    assert view.range_key == "90d"
    assert list(view.chart.session_lines) == ["acupuncture"]  # heat's only session is 100 days ago
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.set_range_key("1y")
    assert list(view.chart.session_lines) == ["acupuncture", "heat"]
    assert [t.get_text() for t in view.chart.lane_artists if (t.get_gid() or "").startswith("lane_label:")] == [
        "Acupuncture",
        "Heat",
    ]
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.set_range_key("2w")
    assert list(view.chart.session_lines) == ["acupuncture"]


def test_on_opening_the_panel_shows_the_therapy_used_most_in_the_range(qtbot, opened, journal):
    from backjournal.ui.views.trends_view import TrendsView

    journal.log_pain(PainEntryDraft(_moment(1), 4))
    for days_ago in (2, 4, 6):
        journal.log_session(TherapySessionDraft("heat", _moment(days_ago, 11), 20, 5, 4))
    journal.log_session(TherapySessionDraft("acupuncture", _moment(3, 11), 30, 6, 3))
    selected = []
    w = TrendsView(journal=journal, trends=TrendsService(unit_of_work=opened.uow), today_fn=lambda: TODAY)
    w.therapy_selected.connect(selected.append)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitUntil(lambda: w.canvas is not None)
    assert w.selected_therapy == "heat" and selected == ["heat"]
    assert w.numbers_title.text() == "Heat" and "3 sessions" in w.numbers_sessions.text()


def test_clicking_a_lane_name_selects_that_therapy(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("1y")
    view.canvas.draw()
    lanes = view.chart.lanes_ax
    box = lanes.get_window_extent()
    _, y = lanes.transData.transform((0, 1))  # the second lane: heat
    with qtbot.waitSignal(view.therapy_selected, timeout=3000) as picked:
        MouseEvent("button_press_event", view.canvas, box.x0 - 30, y, button=1)._process()
    assert picked.args == ["heat"] and view.numbers_title.text() == "Heat"
    view.set_range_key("2w")  # the person's choice stays, with a word that nothing of it shows now
    assert view.selected_therapy == "heat" and "No sessions" in view.numbers_sessions.text()


def test_changing_the_range_clears_a_session_no_longer_shown(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("30d")
    view.canvas.draw()
    x, y = _display_xy(view.chart.session_lines["acupuncture"])  # 5 days ago
    MouseEvent("button_press_event", view.canvas, x, y, button=1)._process()
    assert view.last_session is not None
    view.set_range_key("2w")
    assert view.last_session is not None  # still shown
    view.set_range(TODAY - timedelta(days=60), TODAY - timedelta(days=30))
    assert view.last_session is None and view.session_label.text() == "Click a session marker to see that session."


def test_hover_details_appear_next_to_the_pointer(qtbot, view, monkeypatch):
    from matplotlib.backend_bases import MouseEvent
    from PySide6.QtWidgets import QToolTip

    shown = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, w=None, *a: shown.append(text)))
    view.set_range_key("2w")
    view.canvas.draw()
    line = view.chart.daily_line
    i = int(np.flatnonzero(~np.isnan(np.asarray(line.get_ydata(), dtype=float)))[-1])
    x, y = _display_xy(line, i)
    MouseEvent("motion_notify_event", view.canvas, x, y)._process()
    assert shown and TODAY.strftime("%d %b %Y") in shown[-1] and "mean pain" in shown[-1]

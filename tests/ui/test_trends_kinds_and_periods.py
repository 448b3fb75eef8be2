"""The Trends view's chart selector (Trend | Calendar | What changed) and marked periods in the window.

The data are a small constructed journal whose daily means and session scores are known here
independently of the code under test; the assertions are on the plotted arrays, not on pixels.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backjournal.analysis.periods import MarkedPeriod
from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from tests.conftest import content_hash

pytestmark = pytest.mark.gui
TODAY = date(2026, 3, 15)
TZ = timezone(timedelta(hours=1))
EPOCH = date(1970, 1, 1)


def _moment(days_ago: int, hour: int = 9) -> datetime:
    d = TODAY - timedelta(days=days_ago)
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=TZ)


#: acupuncture in the last 30 days: (days ago, before, after); heat long before
ACUPUNCTURE = [(2, 7, 4), (6, 6, 4), (10, 7, 5), (15, 6, 3), (20, 8, 5), (25, 6, 6)]
HEAT = [(120, 5, 4), (130, 6, 5)]


@pytest.fixture
def scores(journal):
    """Log pain entries (several on some days, none on others); return {day: [scores]}."""
    by_day = defaultdict(list)
    for days_ago in range(150):
        if days_ago % 5 == 4:
            continue  # a day without entries
        entries = [(8, 2 + days_ago % 6)]
        if days_ago % 3 == 0:
            entries.append((19, 7))
        for hour, score in entries:
            journal.log_pain(PainEntryDraft(_moment(days_ago, hour), score))
            by_day[TODAY - timedelta(days=days_ago)].append(score)
    for days_ago, before, after in ACUPUNCTURE:
        journal.log_session(TherapySessionDraft("acupuncture", _moment(days_ago, 11), 30, before, after))
    for days_ago, before, after in HEAT:
        journal.log_session(TherapySessionDraft("heat", _moment(days_ago, 11), 20, before, after))
    return by_day


@pytest.fixture
def view(qtbot, journal, scores, trends, undo):
    from backjournal.ui.views.trends_view import TrendsView

    errors = []
    w = TrendsView(journal=journal, trends=trends, today_fn=lambda: TODAY, on_error=errors.append, undo=undo)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.canvas is not None)
    w.canvas.draw()
    yield w
    assert errors == []


def _day(x: float) -> date:
    return EPOCH + timedelta(days=round(x))


def _jan1_offset(year: int) -> int:
    return date(year, 1, 1).weekday()


def _expected_grid(scores, year: int, start: date, end: date) -> np.ndarray:
    grid = np.full((7, 54), np.nan)
    for day, values in scores.items():
        if day.year == year and start <= day <= end:
            doy = (day - date(year, 1, 1)).days
            grid[(doy + _jan1_offset(year)) % 7, (doy + _jan1_offset(year)) // 7] = np.mean(values)
    return grid


def _expected_month(scores, year: int, month: int, start: date, end: date) -> np.ndarray:
    grid = np.full((6, 7), np.nan)
    first = date(year, month, 1) - timedelta(days=date(year, month, 1).weekday())  # weeks start on Monday
    for day, values in scores.items():
        if (day.year, day.month) == (year, month) and start <= day <= end:
            i = (day - first).days
            grid[i // 7, i % 7] = np.mean(values)
    return grid


def _plotted_month(mesh) -> np.ndarray:
    return np.ma.filled(np.ma.asarray(mesh.get_array(), dtype=float), np.nan).reshape(6, 7)


def _plotted_grid(mesh) -> np.ndarray:
    return np.ma.filled(np.ma.asarray(mesh.get_array(), dtype=float), np.nan).reshape(7, 54)


# --------------------------------------------------------------------------- chart kinds


def test_the_calendar_shows_the_daily_means_of_the_same_range(qtbot, view, scores):
    from matplotlib.backend_bases import MouseEvent

    assert view.pages == {}  # nothing built before it is asked for
    view.set_range_key("30d")
    view.set_chart_kind("calendar")
    page = view.pages["calendar"]
    assert view.chart_holder.currentWidget() is page and page.canvas is not None
    assert view.kind_buttons["calendar"].isChecked() and not view.filter_button.isEnabled()
    # up to about three months: a month grid per month touched, the first column the week start
    start = TODAY - timedelta(days=29)
    months = page.month_meshes()
    assert sorted(months) == [(2026, 2), (2026, 3)] and page.meshes() == {}
    for (year, month), mesh in months.items():
        np.testing.assert_allclose(
            _plotted_month(mesh), _expected_month(scores, year, month, start, TODAY), equal_nan=True
        )

    # a range change while the calendar is shown redraws it for the new range
    view.set_range_key("2w")
    grid = _plotted_month(page.month_meshes()[(2026, 3)])
    assert np.count_nonzero(~np.isnan(grid)) == sum(1 for d in scores if d >= TODAY - timedelta(days=13))
    np.testing.assert_allclose(
        grid, _expected_month(scores, 2026, 3, TODAY - timedelta(days=13), TODAY), equal_nan=True
    )
    # hovering a day of a month grid names it
    ax = next(a for a, (_first, m) in page._month_axes.items() if m == 3)
    first = date(2026, 3, 1) - timedelta(days=date(2026, 3, 1).weekday())
    i = (TODAY - first).days
    x, y = ax.transData.transform((i % 7 + 0.5, i // 7 + 0.5))
    MouseEvent("motion_notify_event", page.canvas, x, y)._process()
    assert TODAY.strftime("%d %b %Y") in view.hover_label.text()
    # ... and "all" spans two years
    view.set_range_key("all")
    assert sorted(page.meshes()) == [2025, 2026]

    # hovering a cell names the day, its mean and its entries
    day = next(d for d in sorted(scores, reverse=True) if len(scores[d]) == 2)
    doy = (day - date(day.year, 1, 1)).days
    row, col = (doy + _jan1_offset(day.year)) % 7, (doy + _jan1_offset(day.year)) // 7
    ax = next(a for a, y in page._year_axes.items() if y == day.year)
    x, y = ax.transData.transform((col + 0.5, row + 0.5))
    MouseEvent("motion_notify_event", page.canvas, x, y)._process()
    text = view.hover_label.text()
    assert day.strftime("%d %b %Y") in text and f"mean pain {np.mean(scores[day]):.1f}" in text and "2 entries" in text


def test_what_changed_shows_the_sessions_of_the_same_range(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    view.set_range_key("30d")
    view.set_chart_kind("therapy")
    page = view.pages["therapy"]
    assert [e.key for e in page.effects] == ["acupuncture"]  # heat was 120+ days ago

    def marker(gid):
        return next(line for ax in page.figure.axes for line in ax.lines if line.get_gid() == gid)

    before = np.mean([b for _, b, _ in ACUPUNCTURE])
    after = np.mean([a for _, _, a in ACUPUNCTURE])
    assert marker("before:acupuncture").get_xdata()[0] == pytest.approx(before)
    assert marker("after:acupuncture").get_xdata()[0] == pytest.approx(after)

    # hover over the row: a tooltip with n and the plain-language summary
    x, y = page.panels()[0].transData.transform((5, 0))
    MouseEvent("motion_notify_event", page.canvas, x, y)._process()
    assert f"n = {len(ACUPUNCTURE)}" in page.tooltip_text and "not why" in page.tooltip_text
    assert "Acupuncture" in view.hover_label.text()
    with qtbot.waitSignal(view.therapy_selected, timeout=3000) as picked:
        MouseEvent("button_press_event", page.canvas, x, y, button=1)._process()
    assert picked.args == ["acupuncture"] and "Acupuncture" in view.numbers_title.text()

    # the range and the filter apply: all days brings heat; a filter of heat leaves only heat
    view.set_range_key("all")
    assert [e.key for e in page.effects] == ["acupuncture", "heat"]
    view.set_therapy_filter(["heat"])
    assert [e.key for e in page.effects] == ["heat"]
    assert marker("before:heat").get_xdata()[0] == pytest.approx(np.mean([b for _, b, _ in HEAT]))


@pytest.mark.parametrize("range_key", ["30d", "1y"])
@pytest.mark.parametrize("kind", ["therapy", "calendar"])
def test_a_narrow_page_builds_its_figure_for_its_width_and_keeps_every_text_inside(qtbot, view, kind, range_key):
    """At 800x600 the chart area is under 7 inches wide: the figure is built for that width (not
    built wider and squeezed by the canvas), so the fitted texts stay inside it (issue 11)."""
    from matplotlib.text import Text

    view.resize(800, 600)  # the smallest window
    view.set_range_key(range_key)
    view.set_chart_kind(kind)
    page = view.pages[kind]
    qtbot.waitUntil(
        lambda: (
            page.figure is not None
            and abs(page.figure.get_figwidth() * 100 - page.viewport().width()) < 0.04 * page.viewport().width()
        )
    )
    assert page.viewport().width() < 700
    page.canvas.draw()
    renderer = page.canvas.get_renderer()
    fig = page.figure.bbox
    texts = [t for t in page.figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    assert texts
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    for text, b in boxes:
        assert b.x0 >= 0 and b.x1 <= fig.width and b.y0 >= 0 and b.y1 <= fig.height, text
    for i, (text, b) in enumerate(boxes):
        assert not any(b.overlaps(c) for _, c in boxes[i + 1 :]), text


def test_the_trend_chart_keeps_its_artists_and_follows_a_range_chosen_elsewhere(qtbot, view):
    line = view.chart.daily_line
    view.set_chart_kind("calendar")
    view.set_range_key("2w")  # chosen while the calendar is shown
    view.set_chart_kind("trend")
    assert view.chart_holder.currentWidget() is view.trend_page
    assert view.chart.daily_line is line and len(line.get_xdata()) == 14
    assert (_day(line.get_xdata()[0]), _day(line.get_xdata()[-1])) == (TODAY - timedelta(days=13), TODAY)


@pytest.mark.parametrize(
    "kind, title",
    [("calendar", "Daily pain calendar"), ("therapy", "Pain around therapy sessions"), ("trend", "Pain and therapies")],
)
def test_export_saves_the_chart_that_is_shown(view, tmp_path, kind, title):
    from pypdf import PdfReader

    view.set_range_key("30d")
    view.set_chart_kind(kind)
    path = view.export_chart(tmp_path / f"{kind}.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert title in text
    assert "Generated by BackJournal on 15 Mar 2026" in text
    assert "14 Feb 2026 – 15 Mar 2026" in text


# --------------------------------------------------------------------------- marked periods


def _spans(view) -> dict[int, tuple[date, date]]:
    """Shaded periods in the pain axes as {index: (first day, last day)} from the artists' extents."""
    out = {}
    for artist in view.chart.period_artists:
        gid = artist.get_gid() or ""
        if gid.startswith("period:") and artist.axes is view.chart.ax:
            x0, x1 = artist.get_x(), artist.get_x() + artist.get_width()
            out[int(gid.split(":")[1])] = (_day(x0 + 0.5), _day(x1 - 0.5))
    return out


def test_a_period_marked_in_the_dialog_is_shaded_and_can_be_undone(qtbot, view, trends, undo):
    dialog = view.periods.ask_mark_period()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.label_edit, "Acupuncture course <b>$x$</b>")
    first, last = TODAY - timedelta(days=25), TODAY - timedelta(days=2)
    dialog.start_edit.setDate(first)
    dialog.end_edit.setDate(last)
    dialog.therapy_combo.setCurrentIndex(dialog.therapy_combo.findData("acupuncture"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = MarkedPeriod("Acupuncture course <b>$x$</b>", first, last, "acupuncture")
    assert trends.marked_periods() == [saved]
    assert view.data.periods == (saved,)
    assert _spans(view) == {0: (first, last)}
    labels = [a for a in view.chart.period_artists if (a.get_gid() or "").startswith("period_label:")]
    assert labels[0].get_text().strip().startswith("Acupuncture course <b>$x$") and labels[0].get_visible()

    assert undo.undo_action.text() == "&Undo mark period"
    undo.undo()
    assert trends.marked_periods() == [] and _spans(view) == {}
    undo.redo()
    assert _spans(view) == {0: (first, last)}


def test_a_bad_period_shows_the_problem_and_saves_nothing(qtbot, view, trends, opened, undo):
    before = content_hash(opened.path)
    dialog = view.periods.ask_mark_period()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.label_edit.setText("Yoga")
    dialog.start_edit.setDate(TODAY - timedelta(days=3))
    dialog.end_edit.setDate(TODAY - timedelta(days=10))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["end"].isVisible() and "before the first day" in dialog.errors["end"].text()
    assert dialog.errors["end"].textFormat() == Qt.TextFormat.PlainText
    # an empty label is said next to the label
    dialog.label_edit.setText("   ")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["label"].isVisible() and "name" in dialog.errors["label"].text()
    assert trends.marked_periods() == [] and _spans(view) == {}
    assert not undo.history.can_undo()
    assert content_hash(opened.path) == before
    # fixing the dates clears the problem
    dialog.end_edit.setDate(TODAY)
    assert not dialog.errors["end"].isVisible()
    dialog.reject()


def test_the_list_removes_a_period_and_undo_brings_it_back(qtbot, qtmodeltester, view, trends, undo):
    course = MarkedPeriod("Physio", TODAY - timedelta(days=60), TODAY - timedelta(days=40), "physical_therapy")
    pills = MarkedPeriod("New tablets", TODAY - timedelta(days=20), TODAY - timedelta(days=5))
    trends.add_marked_period(course)
    trends.add_marked_period(pills)
    assert len(_spans(view)) == 2
    dialog = view.periods.ask_manage_periods()
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 4).data() == "Physical therapy" and dialog.model.index(1, 3).data() == "16"
    assert not dialog.remove_button.isEnabled()
    dialog.select_row(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert trends.marked_periods() == [pills] and dialog.model.rowCount() == 1
    assert list(_spans(view).values()) == [(pills.start, pills.end)]
    assert undo.undo_action.text() == "&Undo remove marked period"
    undo.undo()  # Ctrl+Z while the list is open
    assert trends.marked_periods() == [course, pills] and dialog.model.rowCount() == 2
    assert len(_spans(view)) == 2
    # Show on chart: the trend chart of that period with some days around it
    view.set_chart_kind("calendar")
    dialog.select_row(1)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert view.chart_kind == "trend" and view.start < pills.start and view.end > pills.end
    dialog.reject()


def test_the_windows_trends_view_marks_periods_through_the_edit_menus_undo(qtbot, window):
    view = window.show_view("Trends")
    qtbot.waitUntil(lambda: view.canvas is not None)
    assert view.undo is window.undo
    assert view.periods.save(MarkedPeriod("Heat wraps", date(2026, 1, 5), date(2026, 1, 20), "heat"))
    assert window.undo.undo_action.text() == "&Undo mark period"
    assert [p.label for p in view.data.periods] == ["Heat wraps"]
    window.undo.undo()
    assert view.data.periods == ()

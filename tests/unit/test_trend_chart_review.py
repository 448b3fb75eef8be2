"""The trend chart's review defects (issue 9), in the shared chart code the report and the Trends
view both use: markers outside the period, the marked-period legend, period labels."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba

from backjournal.analysis.periods import MarkedPeriod
from backjournal.charts.trend import build_trend_figure, day_number
from tests.unit.test_charts import END, START, sample_data


def _legend_texts(fig) -> list[str]:
    chart = fig.trend_chart
    return [t.get_text() for t in chart.legend.get_texts()]


@pytest.mark.parametrize("days", [1, 2, 10])
def test_no_marker_or_line_is_drawn_for_days_outside_the_period(days):
    start = START + timedelta(days=10)
    end = start + timedelta(days=days - 1)
    fig = build_trend_figure(sample_data(), start, end, width=8.6, height=3.4)
    chart = fig.trend_chart
    lo, hi = day_number(start), day_number(end)
    for line in (chart.daily_line, chart.rolling_line):
        x = np.asarray(line.get_xdata(), dtype=float)
        assert len(x) and x.min() >= lo and x.max() <= hi
    for path in chart.band.get_paths():
        assert path.vertices[:, 0].min() >= lo - 1e-9 and path.vertices[:, 0].max() <= hi + 1e-9


def test_the_legend_names_marked_periods_only_when_one_is_shown_in_the_band_colour():
    outside = MarkedPeriod("Last year", START - timedelta(days=400), START - timedelta(days=300))
    fig = build_trend_figure(sample_data(periods=[outside]), START, END)
    assert not any("Marked period" in t for t in _legend_texts(fig))
    inside = MarkedPeriod("Yoga weeks", START + timedelta(days=5), START + timedelta(days=20))
    fig = build_trend_figure(sample_data(periods=[outside, inside]), START, END)
    chart = fig.trend_chart
    assert "Marked period" in _legend_texts(fig)
    span = next(a for a in chart.period_artists if a.get_gid() == "period:1")
    swatch = next(
        h for h, t in zip(chart.legend.legend_handles, _legend_texts(fig), strict=True) if t == "Marked period"
    )
    assert to_rgba(swatch.get_facecolor()) == pytest.approx(to_rgba(span.get_facecolor()))
    # changing the range to one without periods takes the entry away again (the view reuses the chart)
    chart.show_range(START - timedelta(days=200), START - timedelta(days=100))
    assert not any("Marked period" in t for t in _legend_texts(fig))


def _crowded_periods():
    base = START
    return [
        MarkedPeriod("Acupuncture course at the university pain clinic", base, base + timedelta(days=20)),
        MarkedPeriod("Ibuprofen 400 mg twice a day", base + timedelta(days=2), base + timedelta(days=6)),
        MarkedPeriod("One bad day", base + timedelta(days=4), base + timedelta(days=4)),
        MarkedPeriod("Physiotherapy, twice a week", base + timedelta(days=5), base + timedelta(days=40)),
        MarkedPeriod("Holiday", base + timedelta(days=6), base + timedelta(days=9)),
        MarkedPeriod("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", base + timedelta(days=7), base + timedelta(days=8)),
        MarkedPeriod("At the very end", END, END),
    ]


@pytest.mark.parametrize(
    ("start", "end", "width"), [(START, END, 8.6), (START - timedelta(days=300), END, 8.6), (START, END, 5.0)]
)
def test_period_labels_never_overlap_and_never_vanish(start, end, width):
    periods = _crowded_periods()
    fig = build_trend_figure(sample_data(periods=periods), start, end, width=width, height=3.6)
    chart = fig.trend_chart
    renderer = FigureCanvasAgg(fig).get_renderer()
    labels = [a for a in chart.period_artists if (a.get_gid() or "").startswith("period_label:")]
    axes_box = chart.ax.get_window_extent(renderer)
    boxes = []
    for label in labels:
        i = int(label.get_gid().split(":")[1])
        if not periods[i].overlaps(start, end):
            continue
        assert label.get_visible() and label.get_text().strip(), periods[i].label
        box = label.get_window_extent(renderer)
        assert box.x0 >= axes_box.x0 - 1 and box.x1 <= axes_box.x1 + 1, label.get_text()
        assert box.y0 >= axes_box.y0 and box.y1 <= axes_box.y1 + 1
        boxes.append((label.get_text(), box))
    assert len(boxes) == len(periods)
    for k, (text_a, a) in enumerate(boxes):
        for text_b, b in boxes[k + 1 :]:
            assert not a.overlaps(b), (text_a, text_b)


@pytest.mark.parametrize("days", [1, 3, 7])
def test_a_short_period_is_labelled_in_days_not_hours(days):
    start = START + timedelta(days=10)
    fig = build_trend_figure(sample_data(), start, start + timedelta(days=days - 1), width=8.6, height=3.4)
    FigureCanvasAgg(fig).draw()
    labels = [t.get_text() for t in fig.trend_chart.lanes_ax.get_xticklabels() if t.get_text()]
    assert labels and not any(":" in t for t in labels)
    assert len(labels) == days


def test_periods_of_several_therapies_share_one_legend_entry_that_fits():
    periods = [
        MarkedPeriod("Acupuncture", START, START + timedelta(days=9), "acupuncture"),
        MarkedPeriod("Heat", START + timedelta(days=12), START + timedelta(days=20), "heat"),
        MarkedPeriod("Holiday", START + timedelta(days=25), START + timedelta(days=30)),
    ]
    fig = build_trend_figure(sample_data(periods=periods), START, END, width=8.6, height=3.6)
    renderer = FigureCanvasAgg(fig).get_renderer()
    texts = _legend_texts(fig)
    assert texts.count("Marked periods") == 1 and len(texts) == 4
    assert fig.trend_chart.legend.get_window_extent(renderer).x1 <= fig.bbox.x1


def test_on_screen_a_legend_that_changes_with_the_range_is_repainted_with_it():
    from matplotlib.figure import Figure

    from backjournal.charts.trend import TrendChart

    period = MarkedPeriod("Yoga weeks", START + timedelta(days=5), START + timedelta(days=20))
    chart = TrendChart(sample_data(periods=[period]), figure=Figure(figsize=(8, 5)), animated=True)
    chart.show_range(START, END)
    assert chart.legend in chart.dynamic_artists()  # a blit repaints it
    chart.show_range(END - timedelta(days=10), END)
    assert "Marked period" not in [t.get_text() for t in chart.legend.get_texts()]
    assert chart.legend in chart.dynamic_artists()
    plain = TrendChart(sample_data(), figure=Figure(figsize=(8, 5)), animated=True)
    plain.show_range(START, END)
    assert plain.legend not in plain.dynamic_artists()  # no periods: the legend never changes


def test_after_a_resize_labels_and_legend_still_fit():
    from matplotlib.figure import Figure

    from backjournal.charts.trend import TrendChart

    periods = _crowded_periods()
    fig = Figure(figsize=(10, 5))
    chart = TrendChart(sample_data(periods=periods), figure=fig, animated=True)
    chart.show_range(START, END)
    fig.set_size_inches(6.0, 4.5)  # the window got narrower
    chart.relayout()
    renderer = FigureCanvasAgg(fig).get_renderer()
    assert chart.legend.get_window_extent(renderer).x1 <= fig.bbox.x1 + 1
    assert chart.legend.get_window_extent(renderer).y1 <= fig.bbox.y1 + 1
    axes_box = chart.ax.get_window_extent(renderer)
    labels = [a for a in chart.period_artists if (a.get_gid() or "").startswith("period_label:") and a.get_visible()]
    assert len(labels) == len(periods)
    boxes = [a.get_window_extent(renderer) for a in labels]
    for k, box in enumerate(boxes):
        assert box.x0 >= axes_box.x0 - 1 and box.x1 <= axes_box.x1 + 1
        assert not any(box.overlaps(other) for other in boxes[k + 1 :])


@pytest.mark.parametrize("days", [14, 90, 365])
def test_date_labels_never_run_into_each_other_on_a_narrow_chart(days):
    fig = build_trend_figure(sample_data(), END - timedelta(days=days - 1), END, width=5.0, height=4.0)
    renderer = FigureCanvasAgg(fig).get_renderer()
    FigureCanvasAgg(fig).draw()
    boxes = [
        t.get_window_extent(renderer)
        for t in fig.trend_chart.lanes_ax.get_xticklabels()
        if t.get_text() and t.get_visible()
    ]
    assert len(boxes) >= 2
    assert not any(a.overlaps(b) for k, a in enumerate(boxes) for b in boxes[k + 1 :])


def test_only_the_periods_in_the_range_get_artists_and_a_range_change_builds_the_others():
    """A long journal's periods outside the range cost nothing (issue 12: a one-year report of a
    thirty-year journal built artists for every period it ever had)."""
    long_ago = [
        MarkedPeriod(f"Old {k}", START - timedelta(days=400 + 10 * k), START - timedelta(days=398 + 10 * k))
        for k in range(30)
    ]
    inside = MarkedPeriod("Yoga weeks", START + timedelta(days=5), START + timedelta(days=20))
    data = sample_data(periods=[*long_ago, inside])
    chart = build_trend_figure(data, START, END).trend_chart
    index = data.periods.index(inside)
    assert {a.get_gid() for a in chart.period_artists} == {f"period:{index}", f"period_label:{index}"}
    old = data.periods.index(long_ago[0])
    chart.show_range(long_ago[0].start - timedelta(days=1), long_ago[0].end + timedelta(days=1))
    assert {a.get_gid() for a in chart.period_artists} == {f"period:{old}", f"period_label:{old}"}
    assert all(a.get_visible() for a in chart.period_artists)
    assert "Marked period" in _legend_texts(chart.figure)

"""The "What changed" chart fits any window width: every text lies inside the figure and no two
texts overlap, measured with the renderer (issue 11: at 720 px its notes ran past the figure)."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from backjournal.analysis.effects import ChangeSummary, TherapyEffect
from backjournal.analysis.thresholds import Scope
from backjournal.charts.effects import build_effect_figure

START, END = date(2026, 1, 1), date(2026, 3, 31)
LONG_NAME = "Physiotherapy with exercises for the lower back and a long name"


def summary(n: int, before: float, after: float, scope: Scope) -> ChangeSummary:
    over_time = scope is Scope.OVER_TIME
    return ChangeSummary(
        n=n,
        mean_before=before,
        mean_after=after,
        mean_change=after - before,
        sd_change=1.2,
        q25_change=0.0,
        q75_change=0.0,
        important_falls=1 if over_time else None,
        scope=scope,
        worsenings=1 if over_time else None,
    )


def effects() -> list[TherapyEffect]:
    """A fall and a worsening (the longest marks), too few sessions, and a very long name."""
    return [
        TherapyEffect(
            "physio", LONG_NAME, 12, 7, summary(12, 6.0, 4.5, Scope.IMMEDIATE), summary(12, 6.0, 3.2, Scope.OVER_TIME)
        ),
        TherapyEffect(
            "heat", "Heat", 9, 7, summary(9, 3.0, 3.5, Scope.IMMEDIATE), summary(9, 3.0, 6.0, Scope.OVER_TIME)
        ),
        TherapyEffect(
            "yoga", "Yoga", 2, 7, summary(2, 3.0, 3.5, Scope.IMMEDIATE), summary(2, 3.0, 6.0, Scope.OVER_TIME)
        ),
    ]


def text_boxes(fig, dpi: float):
    fig.set_dpi(dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    return [(t, t.get_window_extent(renderer)) for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.mark.parametrize("dpi", [100, 200])  # 200: the window at 200 % scaling
@pytest.mark.parametrize("width_px", [450, 560, 640, 720, 860, 1024, 1800])
@pytest.mark.parametrize("kind", ["therapies", "empty"])
def test_every_text_lies_inside_the_figure_and_none_overlap(width_px, dpi, kind):
    fig = build_effect_figure(effects() if kind == "therapies" else [], START, END, width=width_px / 100)
    boxes = text_boxes(fig, dpi)
    assert len(boxes) >= (12 if kind == "therapies" else 6)
    fw, fh = fig.bbox.width, fig.bbox.height
    for t, b in boxes:
        assert b.x0 >= 0 and b.y0 >= 0 and b.x1 <= fw and b.y1 <= fh, (t.get_text(), b.extents, fw, fh)
    for i, (t, b) in enumerate(boxes):
        for u, c in boxes[i + 1 :]:
            assert not b.overlaps(c), (t.get_text(), u.get_text())


def test_narrow_chart_wraps_text_instead_of_dropping_it():
    """Wrapped, not cut: the marks and titles keep every word; only a long name is shortened."""
    fig = build_effect_figure(effects(), START, END, width=5.0)
    texts = {t.get_gid(): t.get_text() for t in fig.findobj(Text) if t.get_gid()}
    assert " ".join(texts["note:around:heat"].split()) == "n = 9: +3.0, SD 1.2 worsening (≥ 2 points or ≥ 30 % higher)"
    assert "\n" in texts["note:around:heat"]
    titles = [" ".join(ax.get_title(loc="left").split()) for ax in fig.axes]
    assert titles == ["Right before → right after a session", "7 days before → 7 days after (daily mean)"]
    label = texts["label:physio"]
    assert label.endswith("… (12)") and LONG_NAME.startswith(label[: -len("… (12)")])

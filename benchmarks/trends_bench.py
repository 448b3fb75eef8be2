"""Trends benchmark (a script, not a test): ten years of demo data.

Prints, each beside a floor measured in the same run and the ratio:
- first paint of the Trends view (floor: an empty PySide6 window's first paint),
- redraw on a range change, per range (floor: matplotlib drawing the same number of points on a
  bare canvas of the same size: one axes, the daily points, the rolling line, the session markers),
- chart export as PNG / SVG / PDF (floor: the same bare figure saved to the same format).
Target: redraw within 1.5x its floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/trends_bench.py [--years 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def row(name: str, value: float, floor: float) -> None:
    print(f"  {name:<34} {value * 1000:9.1f} ms   floor {floor * 1000:9.1f} ms   ratio {value / floor:5.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from backjournal.services.demo import DemoService
    from backjournal.services.opening import open_journal
    from backjournal.services.trends import RANGE_KEYS, TrendsService

    app = QApplication.instance() or QApplication([])
    tmp = tempfile.TemporaryDirectory(prefix="bj-bench-")
    opened = open_journal(Path(tmp.name) / "journal")
    t = time.perf_counter()
    summary = DemoService(unit_of_work=opened.uow).fill(args.years, seed=2026)
    demo_s = time.perf_counter() - t
    print(
        f"Trends benchmark: demo --years {args.years:g}: {summary.pain_entries} pain entries, "
        f"{summary.sessions} sessions, {summary.peg_checkins} PEG check-ins in {demo_s:.2f} s"
    )

    def wait_until(predicate, timeout=30.0):
        end = time.perf_counter() + timeout
        while not predicate() and time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    # ---------------------------------------------------------------- first paint
    class PaintProbe(QWidget):
        painted = False

        def paintEvent(self, event):  # noqa: N802
            self.painted = True

    t = time.perf_counter()
    probe = PaintProbe()
    probe.resize(1200, 760)
    probe.show()
    wait_until(lambda: probe.painted)
    floor_paint = time.perf_counter() - t
    probe.close()

    from backjournal.ui.views.trends_view import TrendsView

    painted = {"done": False}
    t = time.perf_counter()
    view = TrendsView(journal=opened.journal, trends=TrendsService(unit_of_work=opened.uow))
    view.resize(1200, 760)
    view.show()
    wait_until(lambda: view.canvas is not None)
    view.canvas.mpl_connect("draw_event", lambda _e: painted.update(done=True))
    QTimer.singleShot(0, lambda: None)
    wait_until(lambda: painted["done"])
    first_paint = time.perf_counter() - t
    print("\nFirst paint of the Trends view (includes importing matplotlib and reading the journal)")
    row("Trends view, first paint", first_paint, floor_paint)

    # ---------------------------------------------------------------- redraw on range change
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    size = view.figure.get_size_inches()
    dpi = view.figure.dpi

    def bare_figure(n_points: int, n_sessions: int):
        """A bare figure drawing the points the view shows: the same daily and rolling values and
        as many session markers (one axes, default styling, no lanes, legend or spans)."""
        chart = view.chart
        x = np.asarray(chart.daily_line.get_xdata(), dtype=float)[:n_points]
        y = np.asarray(chart.daily_line.get_ydata(), dtype=float)[:n_points]
        rolling = np.asarray(chart.rolling_line.get_ydata(), dtype=float)[:n_points]
        if len(x) < n_points:  # export floor for a figure built elsewhere: spread as many points
            x = np.arange(n_points, dtype=float)
            y = rolling = np.random.default_rng(0).uniform(0, 10, n_points)
        fig = Figure(figsize=size, dpi=dpi)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.plot(x, y, marker="o", markersize=2, linewidth=0.8)
        ax.plot(x, rolling, linewidth=2)
        lo, hi = (x[0], x[-1]) if len(x) else (0, 1)
        ax.plot(np.linspace(lo, hi, n_sessions), np.zeros(n_sessions), linestyle="none", marker="o", markersize=6)
        return fig

    print(
        f"\nRedraw on a range change (median of {args.repeat}; view: set_range_key incl. side-panel numbers and "
        "Qt repaint;\nfloor: a full Agg draw of a bare figure of the same size and points; target within 1.5x)"
    )
    order = ["all", *[k for k in RANGE_KEYS if k != "all"]]
    worst = 0.0
    for key in order:
        previous = order[order.index(key) - 1]

        def switch(key=key, previous=previous):
            view.set_range_key(previous)
            t0 = time.perf_counter()
            view.set_range_key(key)  # slices data into the artists and repaints (blit) synchronously
            switch.elapsed.append(time.perf_counter() - t0)

        switch.elapsed = []
        for _ in range(args.repeat):
            switch()
        redraw = statistics.median(switch.elapsed)
        n_points = len(view.chart.daily_line.get_xdata())
        n_sessions = sum(len(line.get_xdata()) for line in view.chart.session_lines.values())
        fig = bare_figure(n_points, n_sessions)
        floor = median_time(fig.canvas.draw, args.repeat)
        worst = max(worst, redraw / floor)
        row(f"range {key:<4} ({n_points} days, {n_sessions} sessions)", redraw, floor)

    # ---------------------------------------------------------------- export
    from backjournal.charts.trend import build_trend_figure

    view.set_range_key("all")
    out = Path(tmp.name) / "out"
    out.mkdir()
    n_points = len(view.chart.daily_line.get_xdata())
    n_sessions = sum(len(line.get_xdata()) for line in view.chart.session_lines.values())
    print(f"\nChart export, all {n_points} days (build + save; floor: bare figure of the same points saved)")
    export_size = build_trend_figure(view.data, view.start, view.end, title="x").get_size_inches()
    for fmt in ("png", "svg", "pdf"):

        def export(fmt=fmt):
            view.export_chart(out / f"chart.{fmt}")

        value = median_time(export, max(1, args.repeat // 2))

        def bare(fmt=fmt):
            fig = bare_figure(n_points, n_sessions)
            fig.set_size_inches(*export_size)
            fig.savefig(io.BytesIO(), format=fmt, dpi=200)

        floor = median_time(bare, max(1, args.repeat // 2))
        row(f"export {fmt.upper()}", value, floor)

    print(f"\nWorst redraw ratio: {worst:.2f}x (target 1.5x)")
    view.close()
    opened.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The calendar's cells in vector output (PDF, SVG): one path per colour (charts/calendar.py CellMesh,
issue 12), the same picture as matplotlib's one path per cell. Checked by drawing both with poppler."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.collections import QuadMesh
from PIL import Image, ImageChops
from pypdf import PdfReader

from backjournal.analysis.daily import DailyPain, daily_pain_from_rows
from backjournal.charts.calendar import CellMesh, build_calendar_figure
from backjournal.reports.pdf_report import figure_pdf


def _daily() -> DailyPain:
    first = date(2025, 1, 1)
    days, means = [], []
    for i in range(600):
        if i % 9 in (3, 4):  # days without an entry (grey, a dot)
            continue
        days.append(first + timedelta(days=i))
        means.append((i * 7 % 23) / 2.2)
    rows = [(d, m, m, m, 2) for d, m in zip(days, means, strict=True)]
    return daily_pain_from_rows(rows, first, first + timedelta(days=599))


def _meshes(fig) -> list[QuadMesh]:
    return [c for ax in fig.axes for c in ax.collections if isinstance(c, QuadMesh) and not hasattr(ax, "_colorbar")]


def _fill_strokes(pdf: bytes) -> int:
    """How many paths the page fills and strokes (the operator B)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return sum(
        1 for line in page.get_contents().get_data().split(b"\n") if line.strip().endswith(b" B") or line == b"B"
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is in ./dev's APT_TEST")
def test_the_cells_are_drawn_one_path_per_colour_and_look_the_same(tmp_path):
    start, end = date(2025, 3, 10), date(2026, 8, 20)
    grouped = build_calendar_figure(_daily(), start, end, width=8.6)
    per_cell = build_calendar_figure(_daily(), start, end, width=8.6)
    meshes = _meshes(grouped)
    assert meshes and all(isinstance(m, CellMesh) for m in meshes)
    for mesh in _meshes(per_cell):
        mesh.__class__ = QuadMesh  # matplotlib's own drawing, a path per cell
    pictures = []
    for name, fig in (("grouped", grouped), ("per_cell", per_cell)):
        data = figure_pdf(fig)
        (tmp_path / f"{name}.pdf").write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-r", "100", "-png", "-singlefile", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
            check=True,
        )
        pictures.append((data, Image.open(tmp_path / f"{name}.png").convert("RGB")))
    (grouped_pdf, grouped_png), (cell_pdf, cell_png) = pictures
    assert _fill_strokes(grouped_pdf) * 4 < _fill_strokes(cell_pdf)
    assert grouped_png.size == cell_png.size
    diff = np.asarray(ImageChops.difference(grouped_png, cell_png)).max(axis=2)
    assert (diff > 48).sum() == 0  # antialiasing at most, no cell of another colour or missing


def test_the_window_keeps_its_quadmesh_data():
    """The Trends view reads each year's 7 x 54 grid from the mesh (tooltips): still there."""
    fig = build_calendar_figure(_daily(), date(2025, 1, 1), date(2026, 8, 20), width=11)
    mesh = next(m for m in _meshes(fig) if m.get_gid() == "calendar:2025")
    assert mesh.get_array().shape == (7, 54) and isinstance(mesh, QuadMesh)

"""Render the application icon's PNG sizes from resources/icons/backjournal.svg.

    .venv/bin/python packaging/render_icons.py          # writes resources/icons/backjournal-<N>.png
    .venv/bin/python packaging/render_icons.py --check  # exit 1 when a PNG is missing or out of date

Desktops that cannot draw SVG icons (and some panels, docks and the Windows/macOS bundles) want
PNGs at the hicolor theme's sizes. They are committed next to the SVG (so the wheel, the bundle and
the Flatpak carry them without a render step) and installed as
``share/icons/hicolor/<N>x<N>/apps/io.github.backjournal.BackJournal.png`` by packaging/build.sh
and the Flatpak manifest. Rendered with Qt's SVG renderer (PySide6, already a dependency), so no
extra tool is needed; tests/packaging/test_icons.py re-renders them and compares.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "backjournal.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return SVG.with_name(f"backjournal-{size}.png")


def render(size: int, svg: Path = SVG):
    """The SVG drawn into a transparent size x size QImage (ARGB32, premultiplied)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG for Qt's renderer")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def difference(a, b) -> float:
    """Mean absolute difference of two same-sized images' ARGB channels, 0-255."""
    from PySide6.QtGui import QImage

    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return 255.0
    da, db = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(da, db, strict=True)) / len(da)


def stale(tolerance: float = 1.0) -> list[str]:
    """What is missing or out of date, one line each (empty when the PNGs match the SVG)."""
    from PySide6.QtGui import QImage

    problems = []
    for size in SIZES:
        path = png_path(size)
        if not path.is_file():
            problems.append(f"{path.name}: missing")
            continue
        stored = QImage(str(path))
        if (stored.width(), stored.height()) != (size, size):
            problems.append(f"{path.name}: {stored.width()}x{stored.height()}, not {size}x{size}")
        elif (diff := difference(stored, render(size))) > tolerance:
            problems.append(f"{path.name}: differs from the SVG (mean difference {diff:.1f}/255)")
    return problems


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt's image plugins need it)
    if argv[1:] == ["--check"]:
        problems = stale()
        for line in problems:
            print(f"render_icons: {line} (run: .venv/bin/python packaging/render_icons.py)", file=sys.stderr)
        return 1 if problems else 0
    if argv[1:]:
        print("usage: render_icons.py [--check]", file=sys.stderr)
        return 2
    for size in SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):
            print(f"render_icons: could not write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The icon's PNG sizes (resources/icons/backjournal-<N>.png, for desktops, docks and bundles that
want bitmaps) exist at every hicolor size and match the SVG they are rendered from: change the SVG
and this fails until `.venv/bin/python packaging/render_icons.py` is run again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_hicolor_size_is_there_and_matches_the_svg(qapp):
    render_icons = _render_icons()
    assert render_icons.SIZES == (16, 22, 24, 32, 48, 64, 128, 256, 512)
    assert render_icons.stale() == []


def test_a_changed_svg_is_noticed(qapp, tmp_path):
    render_icons = _render_icons()
    changed = tmp_path / "changed.svg"
    changed.write_text(render_icons.SVG.read_text(encoding="utf-8").replace("#1f4e79", "#c00000"), encoding="utf-8")
    stored = render_icons.render(48)
    assert render_icons.difference(stored, render_icons.render(48)) == 0
    assert render_icons.difference(stored, render_icons.render(48, changed)) > 1.0
    assert render_icons.difference(stored, render_icons.render(32)) == 255.0  # another size


def test_the_pngs_are_real_pngs_with_transparency():
    for size in (16, 512):
        data = (ROOT / "resources" / "icons" / f"backjournal-{size}.png").read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)
        assert data[25] == 6, "colour type 6: RGBA (the rounded corners are transparent)"

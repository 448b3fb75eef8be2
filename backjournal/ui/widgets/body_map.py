"""A body map (front and back outlines) beside Today's region chips: clicking a region selects it.

The drawing is resources/bodymap/body.svg, painted with QtSvg. Its polygons with ``data-region``
(a BodyRegion value) and ``data-view`` (front/back) become one checkable button each, masked to the
polygon, so a click lands on the region under the pointer, Tab/Space work, and each region has an
accessible name ("Lower back, back view"). A region drawn in both views is one choice: both its
buttons follow. ``values()`` / ``set_values()`` / ``changed`` match ChipGroup's, so the form keeps
the map and the chips in step (``set_values`` does not emit ``changed``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html import escape  # not xml.sax.saxutils, which imports urllib.request (no HTTP client in the window)

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF, QRegion
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from backjournal.domain.models import BodyRegion
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.resource_files import resource_path
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

SVG_NS = "{http://www.w3.org/2000/svg}"
SELECTED = QColor(31, 78, 121, 170)
HOVER = QColor(31, 78, 121, 60)
_SVG_WORDS = (QT_TRANSLATE_NOOP("BodyMap", "Front"), QT_TRANSLATE_NOOP("BodyMap", "Back"))
VIEW_WORDS = {"front": QT_TRANSLATE_NOOP("BodyMap", "front view"), "back": QT_TRANSLATE_NOOP("BodyMap", "back view")}


@dataclass(frozen=True)
class MapRegion:
    region: BodyRegion
    view: str
    points: tuple[tuple[float, float], ...]


def body_map_path():
    return resource_path("bodymap", "body.svg")


def _point(pair: str) -> tuple[float, float]:
    x, y = (float(c) for c in pair.split(","))
    return x, y


def read_regions(path=None) -> tuple[tuple[float, float, float, float], list[MapRegion]]:
    """(viewBox, regions) of the body map SVG."""
    root = ET.parse(path or body_map_path()).getroot()
    x, y, w, h = (float(v) for v in root.get("viewBox", "").split())
    box = (x, y, w, h)
    out = []
    for poly in root.iter(f"{SVG_NS}polygon"):
        value = poly.get("data-region")
        if value is None:
            continue
        pts = tuple(_point(pair) for pair in poly.get("points", "").split())
        out.append(MapRegion(BodyRegion(value), poly.get("data-view", ""), pts))
    return box, out


class RegionButton(QAbstractButton):
    def __init__(self, spec: MapRegion, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = f"{spec.region.label}, {translate('BodyMap', VIEW_WORDS.get(spec.view, spec.view))}"
        self.setAccessibleName(name)
        self.setToolTip(spec.region.label)
        self.local = QPolygonF()

    def place(self, polygon: QPolygonF) -> None:
        """Put the button over ``polygon`` (parent coordinates) and let only the polygon take clicks."""
        rect = polygon.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1)
        self.setGeometry(rect)
        self.local = polygon.translated(-rect.x(), -rect.y())
        self.setMask(QRegion(self.local.toPolygon()))

    def hit_point(self) -> QPointF:
        """A point inside the polygon, in this button's coordinates (its centroid)."""
        pts = [self.local.at(i) for i in range(self.local.size())]
        return QPointF(sum(p.x() for p in pts) / len(pts), sum(p.y() for p in pts) / len(pts))

    @qt_override
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.size()

    @qt_override
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked():
            p.setBrush(SELECTED)
        elif self.underMouse():
            p.setBrush(HOVER)
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#1f4e79"), 2, Qt.PenStyle.DashLine) if self.hasFocus() else Qt.PenStyle.NoPen)
        p.drawPolygon(self.local)
        p.end()

    @qt_override
    def enterEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().enterEvent(event)
        self.update()

    @qt_override
    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        self.update()


class BodyMap(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        path = body_map_path()
        # the drawing's words ("Front", "Back") in the window's language; R and L read the same in German
        svg = path.read_text(encoding="utf-8")
        for word in ("Front", "Back"):
            svg = svg.replace(f">{word}</text>", f">{escape(translate('BodyMap', word))}</text>")
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.view_box, specs = read_regions(path)
        self.buttons: list[RegionButton] = []
        for spec in specs:
            button = RegionButton(spec, self)
            button.toggled.connect(lambda checked, b=button: self._toggled(b, checked))
            self.buttons.append(button)
        self.setAccessibleName(translate("BodyMap", "Body map: front and back; click where it hurts"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())

    @qt_override
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        _x, _y, w, h = self.view_box
        return QSize(int(w * 0.85), int(h * 0.85))

    def regions(self) -> set[BodyRegion]:
        return {b.spec.region for b in self.buttons}

    def buttons_for(self, region: BodyRegion) -> list[RegionButton]:
        return [b for b in self.buttons if b.spec.region == region]

    def values(self) -> list[BodyRegion]:
        """The checked regions in BodyRegion order."""
        on = {b.spec.region for b in self.buttons if b.isChecked()}
        return [r for r in BodyRegion if r in on]

    def set_values(self, values) -> None:
        wanted = set(values)
        for b in self.buttons:
            b.blockSignals(True)
            b.setChecked(b.spec.region in wanted)
            b.blockSignals(False)
            b.update()

    def _toggled(self, button: RegionButton, checked: bool) -> None:
        for other in self.buttons_for(button.spec.region):
            if other is not button:
                other.blockSignals(True)
                other.setChecked(checked)
                other.blockSignals(False)
                other.update()
        self.changed.emit()

    def _target(self) -> QRectF:
        _x, _y, w, h = self.view_box
        scale = min(self.width() / w, self.height() / h)
        tw, th = w * scale, h * scale
        return QRectF((self.width() - tw) / 2, (self.height() - th) / 2, tw, th)

    @qt_override
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        target = self._target()
        x0, y0, w, h = self.view_box
        sx, sy = target.width() / w, target.height() / h
        for b in self.buttons:
            poly = QPolygonF(
                [QPointF(target.x() + (px - x0) * sx, target.y() + (py - y0) * sy) for px, py in b.spec.points]
            )
            b.place(poly)

    @qt_override
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        self.renderer.render(p, self._target())
        p.end()

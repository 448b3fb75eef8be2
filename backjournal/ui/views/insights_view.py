"""The Insights tab: what went with better or worse days (analysis/insights.py, docs/insights.md).

A sorted list, one row per comparison with enough days: what and when (same day / next day), the
sentence in plain words (never "causes" or "helps"), and a small interval chart (the difference in
points with its 95 % interval against 0). Above the list, what "went with" and "could be chance"
mean; below it, what had too few days. The numbers are computed off the UI thread
(ui/operations.run_operation) when the tab is shown, the range changes or the journal changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backjournal.analysis.insights import COULD_BE_CHANCE, MEDIAN_SPLIT, MIN_DAYS_EACH, WENT_WITH, Insight, signed
from backjournal.domain.models import RecordKind, shown_name
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.dates import date_text
from backjournal.ui.operations import run_operation
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.services.insights import InsightsService
    from backjournal.services.trends import TrendsService
    from backjournal.ui.bridge import JournalSignals

RANGES = (
    ("30d", QT_TRANSLATE_NOOP("InsightsView", "Last 30 days")),
    ("90d", QT_TRANSLATE_NOOP("InsightsView", "Last 90 days")),
    ("1y", QT_TRANSLATE_NOOP("InsightsView", "Last year")),
    ("all", QT_TRANSLATE_NOOP("InsightsView", "All")),
)
DEFAULT_RANGE = "90d"
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "InsightsView",
    "Nothing to compare yet. Insights compare your daily pain on days with and without "
    "each therapy (and each factor you log), so they need a pain score on most days and "
    "at least {least} days with and {least} days without each one. Log your pain on "
    "Today, your therapy sessions and your factors, and come back here.",
)
LOWER, HIGHER, CHANCE = QColor("#2e7d32"), QColor("#b3541e"), QColor("#7a7a7a")


def _label(text: str, parent: QWidget, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setMinimumWidth(40)  # wraps, never widens the list
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setForegroundRole(label.foregroundRole())
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _without_word(item) -> str:
    return translate("InsightsView", "low") if item.kind == "scale" else translate("InsightsView", "without")


class IntervalBar(QWidget):
    """The difference (dot) and its 95 % interval (line) on a points axis centred on 0."""

    def __init__(self, item: Insight, span: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.item, self.span = item, max(span, 0.5)
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lo, hi = item.ci_low, item.ci_high
        self.setAccessibleName(  # the numbers as the sentence shows them (never "-0.0")
            translate("IntervalBar", "Difference {difference} points, 95 % interval {lo} to {hi}").format(
                difference=signed(item.difference), lo=signed(lo), hi=signed(hi)
            )
        )

    @qt_override
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 26)

    @qt_override
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, 26)

    def _x(self, value: float, width: float) -> float:
        pad = 8.0
        return pad + (value + self.span) / (2 * self.span) * (width - 2 * pad)

    @qt_override
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        mid = h / 2
        text = self.palette().color(self.foregroundRole())
        axis = QColor(text)
        axis.setAlpha(90)
        p.setPen(QPen(axis, 1))
        p.drawLine(int(self._x(-self.span, w)), int(mid), int(self._x(self.span, w)), int(mid))
        zero = self._x(0.0, w)
        p.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        p.drawLine(int(zero), 2, int(zero), int(h - 2))
        i = self.item
        assert i.difference is not None and i.ci_low is not None and i.ci_high is not None  # a computed one
        colour = CHANCE if not i.likely else (LOWER if i.difference < 0 else HIGHER)
        p.setPen(QPen(colour, 3))
        p.drawLine(int(self._x(i.ci_low, w)), int(mid), int(self._x(i.ci_high, w)), int(mid))
        p.setBrush(colour)
        p.setPen(QPen(colour, 1))
        x = self._x(i.difference, w)
        p.drawEllipse(QRectF(x - 5, mid - 5, 10, 10))
        p.end()


class InsightRow(QFrame):
    def __init__(self, item: Insight, span: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        when = translate("InsightRow", "the next day") if item.lag_days else translate("InsightRow", "the same day")
        what = {
            "therapy": translate("InsightRow", "therapy"),
            "yesno": translate("InsightRow", "yes/no factor"),
            "scale": translate("InsightRow", "0–10 factor"),
        }[item.kind]
        reading = (
            translate("InsightRow", "Unlikely to be chance alone")
            if item.likely
            else translate("InsightRow", "Could be chance")
        )
        self.title = _label(
            translate("InsightRow", "{name} — pain {when} · {reading}").format(
                name=shown_name(item.key, item.name), when=when, reading=reading
            ),
            self,
            bold=True,
        )
        self.title.setAccessibleName(
            translate("InsightRow", "{name}, {what}, pain {when}: {reading}").format(
                name=shown_name(item.key, item.name), what=what, when=when, reading=reading
            )
        )
        self.text = _label(item.sentence(), self)
        self.bar = IntervalBar(item, span, self)
        for w in (self.title, self.text, self.bar):
            layout.addWidget(w)
        if item.spearman_rho is not None:
            q = item.spearman_q
            self.rank = _label(
                translate("InsightRow", "Rank correlation with pain: {rho}").format(rho=signed(item.spearman_rho, 2))
                + (f" (q {'< 0.001' if q < 0.001 else f'= {q:.3f}'})" if q is not None else "")
                + ".",
                self,
                muted=True,
            )
            layout.addWidget(self.rank)


class InsightsView(QWidget):
    status = Signal(str)

    def __init__(
        self,
        *,
        insights: InsightsService,
        trends: TrendsService,
        signals: JournalSignals | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.insights, self.trends = insights, trends
        self._on_error = on_error
        self.range_key = DEFAULT_RANGE
        self.result = None
        self._stale = True
        self.rows: list[InsightRow] = []

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(translate("InsightsView", "&Period:"), self)
        self.range_box = QComboBox(self)
        for key, text in ((key, translate("InsightsView", text)) for key, text in RANGES):
            self.range_box.addItem(text, key)
        self.range_box.setCurrentIndex([k for k, _ in RANGES].index(DEFAULT_RANGE))
        self.range_box.setAccessibleName(translate("InsightsView", "Period compared"))
        caption.setBuddy(self.range_box)
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.summary = _label("", self)
        top.addWidget(caption)
        top.addWidget(self.range_box)
        top.addWidget(self.summary, 1)
        outer.addLayout(top)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.body_layout = QVBoxLayout(self.body)
        self.explain = _label(
            "\n".join(translate("Insights", t) for t in (WENT_WITH, COULD_BE_CHANCE, MEDIAN_SPLIT)),
            self.body,
            muted=True,
        )
        self.explain.setAccessibleName(translate("InsightsView", "What “went with” and “could be chance” mean"))
        self.scale = _label("", self.body, muted=True)
        self.empty = _label(translate("InsightsView", EMPTY_TEXT).format(least=MIN_DAYS_EACH), self.body)
        self.list_box = QWidget(self.body)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.too_few = _label("", self.body, muted=True)
        for w in (self.explain, self.scale, self.empty, self.list_box, self.too_few):
            self.body_layout.addWidget(w)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        if signals is not None:
            signals.changed.connect(self._journal_changed)

    # ------------------------------------------------------------------ refresh
    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._stale = True  # factors change through their own service: read again whenever shown
        QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _journal_changed(self, change) -> None:
        if change.kinds & {RecordKind.PAIN, RecordKind.SESSION, RecordKind.THERAPY, RecordKind.FACTOR}:
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(0, self._refresh_if_stale)

    def _range_changed(self) -> None:
        self.range_key = self.range_box.currentData()
        self.refresh()

    def refresh(self) -> None:
        """Compute the comparisons for the chosen period off the UI thread, then show them."""
        self._stale = False
        try:
            start, end = self.trends.resolve_range(self.range_key)
            result = run_operation(
                self,
                lambda _p: self.insights.insights(start, end),
                title=translate("InsightsView", "Comparing your days…"),
            )
        except Exception as exc:  # a typed storage error: shown, the list keeps what it had
            if self._on_error is not None:
                self._on_error(exc)
                return
            raise
        self.show_result(result)

    def show_result(self, result) -> None:
        self.result = result
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        computed = list(result.computed)
        span = max([abs(v) for i in computed for v in (i.ci_low, i.ci_high)] + [1.0])
        span = float(min(10, int(span) + 1))
        for item in computed:
            row = InsightRow(item, span, self.list_box)
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not computed)
        self.scale.setText(
            translate(
                "InsightsView",
                "Charts: the difference in points (dot) and its 95 % interval (line), from "
                "−{span:.0f} to +{span:.0f}; left of the dashed 0 is lower pain. Green or "
                "orange: unlikely to be chance alone; grey: could be chance.",
            ).format(span=span)
        )
        self.scale.setVisible(bool(computed))
        few = [i for i in result.items if not i.computed and i.lag_days == 0]
        self.too_few.setText(
            translate("InsightsView", "Too few days to compare yet: ")
            + ", ".join(
                f"{shown_name(i.key, i.name)} ({i.days_with} {i.with_label}, {i.days_without} {_without_word(i)})"
                for i in few
            )
            + "."
            if few
            else ""
        )
        self.too_few.setVisible(bool(few))
        period = f"{date_text(result.start, weekday=False)} \u2013 {date_text(result.end, weekday=False)}"
        self.summary.setText(
            translate("InsightsView", "{period}: {len} comparisons, {len2} unlikely to be chance alone.").format(
                period=period, len=len(computed), len2=len(result.likely)
            )
            if computed
            else period
        )

"""Today's "Score each region": one compact 0-10 score picker for each chosen body region.

Shown under the region chips and the body map when the person turned the mode on (remembered in
the preferences) and chose at least one region. A picker per region exists from the start and is
shown or hidden as regions are chosen, so a region's score stays while the person changes their
mind about another one; ``clear()`` empties them all after a save. Each picker has an accessible
name naming its region; digits, Left/Right and Backspace work as on the overall score.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from backjournal.domain.models import BodyRegion
from backjournal.ui.translation import translate
from backjournal.ui.widgets.score_picker import ScorePicker


class RegionScores(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.hint = QLabel(
            translate(
                "RegionScores", "Each region's own score, 0 to 10. Leave the overall score empty to use the highest."
            ),
            self,
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        grid.addWidget(self.hint, 0, 0, 1, 2)
        self.labels: dict[BodyRegion, QLabel] = {}
        self.pickers: dict[BodyRegion, ScorePicker] = {}
        for row, region in enumerate(BodyRegion, start=1):
            label = QLabel(region.label, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            picker = ScorePicker(self, compact=True, allow_none=True)
            picker.setAccessibleName(
                translate("RegionScores", "{label}: its own pain score from 0 to 10").format(label=region.label)
            )
            label.setBuddy(picker)
            picker.scoreChanged.connect(lambda _score: self.changed.emit())
            grid.addWidget(label, row, 0)
            grid.addWidget(picker, row, 1)
            self.labels[region], self.pickers[region] = label, picker
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(translate("RegionScores", "Scores by region"))
        self.show_regions(())

    def show_regions(self, regions: Iterable[BodyRegion]) -> None:
        """Show the pickers of ``regions`` (in BodyRegion order), hide the others (their scores kept)."""
        wanted = set(regions)
        for region in BodyRegion:
            self.labels[region].setVisible(region in wanted)
            self.pickers[region].setVisible(region in wanted)

    def scores(self, regions: Iterable[BodyRegion]) -> list[int | None]:
        return [self.pickers[r].score for r in regions]

    def set_scores(self, scores: dict[BodyRegion, int]) -> None:
        for region, picker in self.pickers.items():
            picker.set_score(scores.get(region))

    def clear(self) -> None:
        for picker in self.pickers.values():
            picker.clear()

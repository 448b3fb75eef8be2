"""A warning in the status bar when the journal sits in a synced folder or on a network file system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from backjournal.location_risk import LocationRisk, location_risks, real_path
from backjournal.ui.translation import translate


def add_location_warning(window: QMainWindow, journal: Path, mounts=None) -> QLabel | None:
    """Show the risks of the journal's location once, as a permanent status-bar label. None if fine."""
    risks: list[LocationRisk] = location_risks(real_path(journal), mounts)
    if not risks:
        return None
    label = QLabel(window)
    label.setObjectName("locationWarning")
    label.setTextFormat(Qt.TextFormat.PlainText)
    where = risks[0].service
    label.setText(
        translate("LocationWarning", "⚠ Journal in a {where} folder: risk of damage").format(where=where)
        if risks[0].kind == "cloud"
        else translate("LocationWarning", "⚠ Journal on a network drive ({where}): risk of damage").format(where=where)
    )
    label.setToolTip("\n\n".join(r.message for r in risks))
    label.setStyleSheet("QLabel { font-weight: 600; padding: 0 6px; }")  # the words and ⚠ carry the warning
    window.statusBar().addPermanentWidget(label)
    window.statusBar().showMessage(risks[0].message, 30_000)
    return label

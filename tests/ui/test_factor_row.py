"""Today's factor row: hidden built-ins turned on in the dialog, values logged once a day (a new
value replaces the old, Ctrl+Z restores it), own factors added, accessible names (real widgets)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from backjournal.ui.widgets.factor_row import FactorsDialog


def test_factor_row_logs_once_a_day_and_undo_restores(qtbot, window):
    row = window.today.factor_row
    factors = window.services.factors
    assert row.controls == {} and row.hint.isVisible(), "built-ins are hidden until turned on"
    dialog = FactorsDialog(factors, row)
    qtbot.addWidget(dialog)
    dialog.boxes["sleep_quality"].setChecked(True)
    dialog.name.setText("Long drive")
    dialog.kind.setCurrentIndex(dialog.kind.findData("yesno"))
    dialog.add_factor()
    dialog.name.setText("long DRIVE")
    dialog.add_factor()
    assert dialog.error.isVisibleTo(dialog) and "already exists" in dialog.error.text()
    for w in (dialog.name, dialog.kind, dialog.add, *dialog.boxes.values()):
        assert w.accessibleName()
    dialog.close()
    row.rebuild()
    sleep, drive = row.controls["sleep_quality"], row.controls["own_long_drive"]
    assert isinstance(sleep, QSpinBox) and isinstance(drive, QComboBox)
    assert sleep.accessibleName() and drive.accessibleName()
    today = factors.today()
    sleep.setValue(6)
    sleep.setValue(3)  # the same day: replaces
    drive.setCurrentIndex(drive.findData(1))
    assert factors.values_on(today) == {"sleep_quality": 3, "own_long_drive": 1}
    assert len(factors.daily_values()) == 2
    window.undo.undo_action.trigger()  # the yes
    window.undo.undo_action.trigger()  # 3 -> 6
    assert factors.values_on(today) == {"sleep_quality": 6}
    assert sleep.value() == 6 and drive.currentData() is None
    sleep.setValue(-1)  # "–": no value that day
    assert factors.values_on(today) == {}
    window.undo.undo_action.trigger()
    assert factors.values_on(today) == {"sleep_quality": 6}


def test_factor_row_wraps_when_narrow(qtbot, window):
    factors = window.services.factors
    for key in ("sleep_quality", "mood", "stress", "physical_activity"):
        factors.set_enabled(key, True)
    row = window.today.factor_row
    row.rebuild()
    row._arrange(300)
    assert row.grid.columnCount() >= 2 and row._columns == 1
    row._arrange(900)
    assert row._columns == 4
    assert row.minimumSizeHint().width() <= 260

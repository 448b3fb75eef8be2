"""Today's body map: clicks on its regions round-trip to the stored regions, stay in step with the
chips, and every region has an accessible name."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from backjournal.domain.models import BodyRegion
from backjournal.ui.widgets.body_map import read_regions


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.hit_point().toPoint())


def _region_at_centre(body_map, button):
    """The region button that a click at ``button``'s polygon centre reaches (mask respected)."""
    point = button.mapTo(body_map, button.hit_point().toPoint())
    return body_map.childAt(point)


def test_map_clicks_round_trip_to_stored_regions(qtbot, window, opened):
    form = window.today.pain_form
    body_map = form.body_map
    assert body_map.isVisible() and body_map.values() == [BodyRegion.LOWER_BACK]  # the default, as the chips
    lower = body_map.buttons_for(BodyRegion.LOWER_BACK)[0]
    leg_left_back = next(b for b in body_map.buttons_for(BodyRegion.LEG_LEFT) if b.spec.view == "back")
    hip_right_front = next(b for b in body_map.buttons_for(BodyRegion.BUTTOCK_HIP_RIGHT) if b.spec.view == "front")
    for button in (lower, leg_left_back, hip_right_front):
        assert _region_at_centre(body_map, button) is button  # the click lands on this region
    _click(qtbot, lower)  # off
    _click(qtbot, leg_left_back)  # on
    _click(qtbot, hip_right_front)  # on
    assert form.regions.values() == [BodyRegion.BUTTOCK_HIP_RIGHT, BodyRegion.LEG_LEFT]  # chips follow
    # the same region in the other view follows too
    assert all(b.isChecked() for b in body_map.buttons_for(BodyRegion.LEG_LEFT))
    # a chip click shows on the map
    form.regions.button(BodyRegion.NECK).click()
    assert all(b.isChecked() for b in body_map.buttons_for(BodyRegion.NECK))
    form.regions.button(BodyRegion.OTHER).click()  # not on the map: kept when the map is clicked
    _click(qtbot, body_map.buttons_for(BodyRegion.NECK)[1])  # neck off again, from the back view
    assert form.regions.values() == [BodyRegion.BUTTOCK_HIP_RIGHT, BodyRegion.LEG_LEFT, BodyRegion.OTHER]

    form.score.set_score(6)
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [entry] = opened.journal.pain_entries()
    assert set(entry.regions) == {BodyRegion.BUTTOCK_HIP_RIGHT, BodyRegion.LEG_LEFT, BodyRegion.OTHER}
    con = sqlite3.connect(opened.path)
    stored = {r for (r,) in con.execute("SELECT region FROM pain_entry_regions")}
    con.close()
    assert stored == {"buttock_hip_right", "leg_left", "other"}
    # after saving, the map still shows what the chips show (Other has no place on the map)
    assert body_map.values() == [r for r in form.regions.values() if r is not BodyRegion.OTHER]

    # editing an entry shows its regions on the map
    form.load(entry)
    assert body_map.values() == [BodyRegion.BUTTOCK_HIP_RIGHT, BodyRegion.LEG_LEFT]


def test_each_map_region_has_an_accessible_name(window):
    body_map = window.today.pain_form.body_map
    names = [b.accessibleName() for b in body_map.buttons]
    _box, specs = read_regions()
    assert len(names) == len(specs) == len(set(names))
    for button in body_map.buttons:
        assert button.accessibleName().startswith(button.spec.region.label)
        assert button.accessibleName().endswith(("front view", "back view"))
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Lower back, back view" in names
    assert body_map.regions() == set(BodyRegion) - {BodyRegion.OTHER}
    assert body_map.accessibleName()


def test_trends_shows_the_pain_of_one_region(qtbot, window, opened):
    from datetime import datetime, timedelta, timezone

    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.trends import today

    d = today() - timedelta(days=1)
    moment = datetime(d.year, d.month, d.day, 9, tzinfo=timezone(timedelta(hours=1)))
    opened.journal.log(PainEntryDraft(moment, 8, (BodyRegion.LEG_RIGHT,)))
    opened.journal.log(PainEntryDraft(moment + timedelta(hours=2), 2, (BodyRegion.NECK,)))
    view = window.show_view("Trends")
    qtbot.waitUntil(lambda: view.canvas is not None, timeout=20_000)
    assert view.data.daily.value_on(d)[3] == 2
    action = next(a for a in view.region_menu.actions() if a.data() == "leg_right")
    action.trigger()
    assert view.region_filter == "leg_right" and view.region_button.text() == "Pain: Leg (right)"
    assert view.data.daily.value_on(d)[:2] == (8.0, 8.0)
    view.set_region_filter(None)
    assert view.data.daily.value_on(d)[3] == 2

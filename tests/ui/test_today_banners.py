"""Today's banners: the regimen of a running personal trial, and the weekly PEG offer only on the PEG
day, once (dismissed, it stays away that week)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings

from backjournal.domain.models import PegDraft
from backjournal.domain.settings import Preferences
from backjournal.domain.trials import TrialDraft
from backjournal.services.peg_offer import peg_offer_due
from backjournal.services.settings import SettingsService
from backjournal.services.trials import TrialService

pytestmark = pytest.mark.gui
SUNDAY = date(2026, 3, 15)


def test_peg_offer_rules():
    assert peg_offer_due(SUNDAY, peg_day=6, last_checkin=None, dismissed_on=None)
    assert not peg_offer_due(SUNDAY + timedelta(days=1), peg_day=6, last_checkin=None, dismissed_on=None)
    assert not peg_offer_due(SUNDAY, peg_day=6, last_checkin=SUNDAY - timedelta(days=3), dismissed_on=None)
    assert peg_offer_due(SUNDAY, peg_day=6, last_checkin=SUNDAY - timedelta(days=7), dismissed_on=None)
    assert not peg_offer_due(SUNDAY, peg_day=6, last_checkin=None, dismissed_on=SUNDAY)
    assert peg_offer_due(SUNDAY, peg_day=6, last_checkin=None, dismissed_on=SUNDAY - timedelta(days=7))


@pytest.fixture
def today_view(qtbot, journal, opened, tmp_path):
    from backjournal.services.history import UndoHistory
    from backjournal.ui.bridge import JournalSignals, UndoActions
    from backjournal.ui.views.today_view import TodayView

    signals = JournalSignals(journal)
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    undo = UndoActions(UndoHistory(), owner, on_error=lambda e: (_ for _ in ()).throw(e))
    from backjournal.services.therapies import TherapyService

    view = TodayView(journal=journal, therapies=TherapyService(journal=journal), signals=signals, undo=undo)
    qtbot.addWidget(view)
    view.signals_for_test = signals
    return view


def test_banners_show_the_trial_regimen_and_offer_peg_once(qtbot, today_view, journal, opened, tmp_path):
    from backjournal.ui.widgets.today_banners import attach_today_banners

    trials = TrialService(unit_of_work=opened.uow, clock=lambda: SUNDAY)
    settings = SettingsService(unit_of_work=opened.uow)
    settings.save(Preferences(peg_day=6))
    window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    opened_peg = []
    banners = attach_today_banners(
        today_view,
        signals=today_view.signals_for_test,
        trials=trials,
        settings=settings,
        window_settings=window_settings,
        journal=journal,
        open_peg=lambda: opened_peg.append(1),
        today_fn=lambda: SUNDAY,
    )
    today_view.show()
    qtbot.waitExposed(today_view)
    assert banners.trial_frame.isHidden()
    assert banners.peg_frame.isVisible() and "Sunday" in banners.peg_label.text()

    trial = trials.start(TrialDraft("Tablets <b>", "Heat", 3, 7, SUNDAY - timedelta(days=8), 2, seed=3))
    qtbot.waitUntil(banners.trial_frame.isVisible)
    period = trial.period_on(SUNDAY)
    assert period.number == 2
    assert f"regimen {period.regimen}: {trial.regimen_name(period.regimen)}" in banners.trial_label.text()
    assert "Wash-out day 2 of 2" in banners.trial_label.text()

    banners.peg_now.click()
    assert opened_peg == [1]
    banners.peg_later.click()
    assert banners.peg_frame.isHidden()
    banners.refresh()
    assert banners.peg_frame.isHidden()  # dismissed for this week

    window_settings.remove("today/peg_offer_dismissed_on")
    banners.refresh()
    assert banners.peg_frame.isVisible()
    tz = timezone(timedelta(hours=1))
    journal.log_peg(PegDraft(datetime(2026, 3, 15, 9, tzinfo=tz), 5, 5, 5))
    qtbot.waitUntil(banners.peg_frame.isHidden)  # answered this week: no offer

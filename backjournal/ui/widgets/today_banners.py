"""Two quiet banners at the top of Today: which regimen of a personal trial is on today (with "Note
side effects…"), and, on the person's PEG day only, the weekly PEG check-in offer ("Check in now" /
"Not this week": dismissed, it stays away until the next PEG day).

``attach_today_banners`` puts them above Today's forms; they refresh when the journal, the trials or
the preferences change and when Today is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from backjournal.services.peg_offer import peg_offer_due
from backjournal.ui.dates import date_text
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.domain.trials import Trial, TrialPeriod
    from backjournal.services.journal import JournalService
    from backjournal.services.settings import SettingsService
    from backjournal.services.trials import TrialService

DISMISSED_KEY = "today/peg_offer_dismissed_on"


def _banner(parent: QWidget) -> tuple[QFrame, QLabel, QHBoxLayout]:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 4, 8, 4)
    label = QLabel(frame)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    row.addWidget(label, 1)
    frame.hide()
    return frame, label, row


class TodayBanners(QObject):
    def __init__(
        self,
        today_view: QWidget,
        *,
        trials: TrialService,
        settings: SettingsService,
        window_settings: QSettings,
        journal: JournalService,
        open_peg: Callable[[], None],
        today_fn: Callable[[], date],
        on_error: Callable[[BaseException], None] | None = None,
    ):
        super().__init__(today_view)
        self.view = today_view
        self.trials = trials
        self.settings = settings
        self.window_settings = window_settings
        self.journal = journal
        self._today = today_fn
        self._on_error = on_error  # the window's error dialog; without one, the error is raised
        self.trial_frame, self.trial_label, row = _banner(today_view)
        self.side_effects_button = QPushButton(translate("TodayBanners", "Note side effects…"), self.trial_frame)
        self.side_effects_button.clicked.connect(self.ask_side_effects)
        row.addWidget(self.side_effects_button)
        self.peg_frame, self.peg_label, row = _banner(today_view)
        self.peg_now = QPushButton(translate("TodayBanners", "Check in now"), self.peg_frame)
        self.peg_now.clicked.connect(lambda: open_peg())
        self.peg_later = QPushButton(translate("TodayBanners", "Not this week"), self.peg_frame)
        self.peg_later.clicked.connect(self.dismiss_peg)
        row.addWidget(self.peg_now)
        row.addWidget(self.peg_later)
        self._current: tuple[Trial, TrialPeriod] | None = None
        today_view.installEventFilter(self)

    @qt_override
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.view and event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def refresh(self, *_args) -> None:
        day = self._today()
        current = self.trials.current(day)
        self._current = current
        if current is None:
            self.trial_frame.hide()
        else:
            trial, period = current
            text = translate(
                "TodayBanners",
                "Personal trial, period {number} of {periods} (pair {pair}), {start} – "
                "{end}: today is regimen {regimen}: {name}.",
            ).format(
                number=period.number,
                periods=2 * trial.pairs,
                pair=period.pair,
                start=date_text(period.start, weekday=False),
                end=date_text(period.end, weekday=False),
                regimen=period.regimen,
                name=trial.regimen_name(period.regimen),
            )
            if period.in_washout(day):
                n = (day - period.start).days + 1
                text += translate("TodayBanners", " Wash-out day {n} of {days}: these days are not counted.").format(
                    n=n, days=trial.washout_days
                )
            if period.number in trial.side_effects:
                text += translate("TodayBanners", " Side effects noted: {notes}").format(
                    notes=trial.side_effects[period.number]
                )
            self.trial_label.setText(text)
            self.trial_frame.show()
        prefs = self.settings.preferences()
        pegs = self.journal.peg_checkins(day - timedelta(days=14), day)
        last = pegs[-1].answered_at.date() if pegs else None
        raw = self.window_settings.value(DISMISSED_KEY, "")
        try:
            dismissed = date.fromisoformat(str(raw)) if raw else None
        except ValueError:
            dismissed = None
        if peg_offer_due(day, peg_day=prefs.peg_day, last_checkin=last, dismissed_on=dismissed):
            self.peg_label.setText(
                translate(
                    "TodayBanners",
                    "It is {day}, your weekly PEG check-in day: three questions "
                    "about the past week (pain, enjoyment of life, general activity).",
                ).format(day=QLocale().dayName(prefs.peg_day + 1))
            )
            self.peg_frame.show()
        else:
            self.peg_frame.hide()

    def dismiss_peg(self) -> None:
        self.window_settings.setValue(DISMISSED_KEY, self._today().isoformat())
        self.peg_frame.hide()

    def ask_side_effects(self) -> None:
        if self._current is None:
            return
        trial, period = self._current
        text, ok = QInputDialog.getText(
            self.view,
            translate("TodayBanners", "Side effects"),
            translate("TodayBanners", "Side effects in period {number} ({regimen_name}):").format(
                number=period.number, regimen_name=trial.regimen_name(period.regimen)
            ),
            text=trial.side_effects.get(period.number, ""),
        )
        if ok:
            try:
                self.trials.set_side_effects(trial.id, period.number, text)
            except Exception as exc:
                if self._on_error is None:
                    raise
                self._on_error(exc)


def attach_today_banners(today_view, *, signals, **kwargs) -> TodayBanners:
    """``signals``: the window's JournalSignals (``changed``); the rest as TodayBanners takes them."""
    banners = TodayBanners(today_view, **kwargs)
    column = today_view.forms_row.parentWidget().layout()
    column.insertWidget(0, banners.peg_frame)
    column.insertWidget(0, banners.trial_frame)
    kwargs["trials"].add_listener(banners.refresh)
    today_view.destroyed.connect(lambda *_: kwargs["trials"].remove_listener(banners.refresh))
    kwargs["settings"].add_listener(banners.refresh)
    today_view.destroyed.connect(lambda *_: kwargs["settings"].remove_listener(banners.refresh))
    signals.changed.connect(banners.refresh)
    today_view.banners = banners
    banners.refresh()
    return banners

"""The window's light start (issue 12): when the view shown first is Trends, its chart is painted from
a plain sqlite3 read of the journal before the storage stack (SQLAlchemy, the ORM, our repositories)
is imported; the journal is then opened as always and attached to the window right after that paint.

It applies to a plain journal at this version's schema head that passes the open gate
(services/light_open.py says when, and runs the gate); anything else (a first run, an encrypted
journal, a schema to upgrade, an empty-trash to finish, a gate that fails) takes the normal path,
which opens the journal with its dialogs exactly as before. The Trends view built here is the one
the window keeps: ``MainWindow.attach`` binds it to the window's services (``TrendsView.bind``) and
adds its side panel (the reference card, the courses, the weekly PEG); until then the tabs are
disabled and keys typed go to the Today view once it exists, as on every start. The connection of
the plain read is closed before the chart paints.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from backjournal.ui.main_window import VIEW_TITLES

if TYPE_CHECKING:
    from backjournal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def trends_first(settings: QSettings, exit_after: str | None) -> bool:
    """True when the view shown first is Trends: the tab remembered from last time (``window/tab``),
    or the benchmark hook ``BACKJOURNAL_EXIT_AFTER=trends``."""
    if exit_after == "trends":
        return True
    tab = settings.value("window/tab", 0)
    with contextlib.suppress(TypeError, ValueError):
        if isinstance(tab, (int, float, str)):
            return int(tab) == VIEW_TITLES.index("Trends")
    return False


def show_trends_light(window: MainWindow, data_dir: Path) -> QWidget | None:
    """Show the Trends tab over a plain read of the journal in ``data_dir``; returns the chart's canvas
    (painted from the event loop soon), or None when the normal path must open the journal (nothing
    was shown then)."""
    from backjournal.services.light_open import open_light

    light = open_light(data_dir)
    if light is None:
        return None
    view = None
    try:
        from backjournal.charts.palette import colours_for
        from backjournal.services.settings import preferences_from
        from backjournal.ui.theme import ThemeManager
        from backjournal.ui.views.trends_view import TrendsView

        prefs = preferences_from(light.data.settings.all())
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists
        theme = ThemeManager(app)
        if not theme.already_themed():  # the window's preferences keep it (a second window does the same)
            theme.apply(prefs.theme)
        view = TrendsView(
            journal=None,
            trends=light.trends(),
            parent=window,
            default_range=prefs.trends_range,
            chart_colours=colours_for(theme.is_dark()),
            week_start=prefs.week_start,
        )
        canvas = view.ensure_chart()  # reads everything the chart shows, now
        window.show_early_trends(view)
        return canvas
    except Exception:  # the normal path opens the journal and meets any problem again, with its dialogs
        log.info("the light start gave way to the normal one", exc_info=True)
        if view is not None and window.early_trends_view() is None:
            view.deleteLater()
        return None
    finally:
        light.close()  # nothing of the light read keeps the file open

"""The main window: a thin shell of views (tabs), menus, the status bar and remembered layout.

To add a view: one ``add_view`` (or ``add_lazy_view`` for views that import heavy libraries) line in
``_build_views``. To add a menu action: a line in the matching ``_build_*_menu``. Views talk to the
journal through services; they refresh from ``self.signals.changed``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedLayout, QTabWidget, QWidget

from backjournal import APP_NAME, __version__
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.errors import message_box, show_error
from backjournal.ui.modal import exec_dialog
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

#: The views' names: keys of ``MainWindow.views`` in English, shown translated on the tabs and in View.
VIEW_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    QT_TRANSLATE_NOOP("MainWindow", "Journal"),
    QT_TRANSLATE_NOOP("MainWindow", "Trends"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"),
    QT_TRANSLATE_NOOP("MainWindow", "Cards"),
)

if TYPE_CHECKING:  # this module is imported before the storage stack (the window paints first)
    from backjournal.cards.loader import CardLibrary
    from backjournal.services.composition import Services
    from backjournal.services.history import UndoHistory
    from backjournal.services.opening import OpenJournal
    from backjournal.ui.views.journal_view import JournalView
    from backjournal.ui.views.today_view import TodayView
    from backjournal.ui.views.trends_view import TrendsView

ViewT = TypeVar("ViewT", bound=QWidget)


class LazyView(QWidget):
    """A tab whose real view is built the first time it is shown (keeps start-up fast)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._layout = QStackedLayout(self)
        self.view: QWidget | None = None

    def adopt(self, view: QWidget) -> None:
        """Hold ``view``, built already (the light start's Trends view), instead of building one."""
        assert self.view is None
        self.view = view
        self._layout.addWidget(view)

    def ensure(self) -> QWidget:
        if self.view is None:
            self.view = self._factory()
            self._layout.addWidget(self.view)
        return self.view

    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ensure()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """The window. Built in two steps so that it paints before the storage stack is loaded
    (ui/application.py): ``MainWindow(settings=...)`` is the painted shell (title, menu bar, size,
    "Opening your journal…"); ``attach(opened)`` adds the views and actions once the journal is open.
    Keys typed in between are kept and given to the Today view (a score digit is not lost).
    ``MainWindow(opened=..., settings=...)`` does both at once (tests, the sample journal's window).

    The services come from the composition root (services/composition.py ``Services``), one of each
    for this window; the views, menus and dialogs receive the ones they use, never the window."""

    def __init__(
        self,
        *,
        opened: OpenJournal | None = None,
        settings: QSettings,
        history: UndoHistory | None = None,
        services: Services | None = None,
    ):
        super().__init__()
        self.opened: OpenJournal | None = None
        self.services: Services | None = None
        self.settings = settings
        self._history = history
        self.setWindowTitle(APP_NAME)
        self.is_sample = False
        self.open_url = QDesktopServices.openUrl  # how saved files are opened (a test records instead)
        self.views: dict[str, QWidget] = {}
        self.file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        opening_label = QLabel(translate("MainWindow", "Opening your journal…"), self)
        opening_label.setTextFormat(Qt.TextFormat.PlainText)
        opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening_label)
        self.opening_label: QLabel | None = opening_label  # until attach() replaces it
        self._early_keys = EarlyKeys(self)
        #: True from show_early_trends() until attach(): the light start's Trends tab is shown
        self._early_trends = False
        self._restore_geometry()
        if opened is not None:
            self.attach(opened, services=services)

    @property
    def attached(self) -> bool:
        return self.opened is not None

    def _services(self) -> Services:
        """The services over the open journal (set by attach(), before any view or menu is built)."""
        assert self.services is not None
        return self.services

    def attach(self, opened: OpenJournal, *, services: Services | None = None) -> None:
        """The journal is open: build the views, menus and status bar over it; replay early keys.
        ``services``: the composition root's services over ``opened`` (built here when not given)."""
        from backjournal.services.composition import Services
        from backjournal.services.history import UndoHistory
        from backjournal.ui.bridge import JournalSignals, UndoActions
        from backjournal.ui.external_changes import ExternalChangeWatcher
        from backjournal.ui.location_warning import add_location_warning

        self.opened = opened
        self.services = services if services is not None else Services(opened)
        self.journal = self.services.journal
        self.signals = JournalSignals(self.journal, self)
        self.undo = UndoActions(
            self._history if self._history is not None else UndoHistory(), self, on_error=self.show_error
        )

        early = self._early_trends  # the light start showed the Trends tab already (show_early_trends)
        if not early:
            self._make_tabs()
        self._build_views()
        if early:
            self._bind_early_trends()
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_help_menu()
        self._build_preferences()

        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setText(translate("MainWindow", "Journal: {path}").format(path=opened.path))
        self.path_label.setToolTip(translate("MainWindow", "Where your journal is stored on this computer"))
        self.statusBar().addPermanentWidget(self.path_label)
        self.location_warning = add_location_warning(self, opened.path)  # synced folder / network drive
        self.external_changes = ExternalChangeWatcher(self, self.journal)  # writes by the command line
        self._restore_state()
        self.tabs.setEnabled(True)  # the light start's tabs waited for the journal
        self._early_trends = False
        self.tabs.show()  # now, not from the layout's queued show: focus and the early keys need it visible
        self._early_keys.replay(lambda: self.today)  # builds Today only when a key is waiting for it
        if self.isVisible():
            self.focus_shown_view()  # after the replay: the keys went to Today, the focus is in the shown view
        on_first_paint(self, self._build_hidden_views)  # Today and Journal, in idle time after this paint

    # ------------------------------------------------------------------ views
    @property
    def today(self) -> TodayView:
        """The Today view, built on first access if its tab has not been shown yet (the tabs are built
        when first shown, or in idle time after the shown view's paint: ``_build_hidden_views``)."""
        return self._built("Today")  # type: ignore[return-value]

    @property
    def journal_view(self) -> JournalView:
        """The Journal view, built on first access like ``today``."""
        return self._built("Journal")  # type: ignore[return-value]

    def _built(self, title: str) -> QWidget:
        view = self.views[title]
        return view.ensure() if isinstance(view, LazyView) else view

    def built_view(self, title: str) -> QWidget | None:
        """The view of ``title`` if it is built already, else None (nothing is built)."""
        view = self.views.get(title)
        return view.view if isinstance(view, LazyView) else view

    def _build_hidden_views(self) -> None:
        """Build the Today and Journal views not shown yet, one per turn of the event loop (a tab
        switch or a key in between is served first), so that their first showing is instant."""
        for title in ("Today", "Journal"):
            holder = self.views.get(title)
            if isinstance(holder, LazyView) and holder.view is None:
                holder.ensure()
                QTimer.singleShot(0, self, self._build_hidden_views)
                return

    def focus_shown_view(self) -> None:
        """Keyboard focus in the shown view (Ctrl+Tab and the keys need a focused widget in the
        tabs): Today's score picker, a view's own ``focus_start`` (Trends: its range buttons), or
        else its first widget that takes focus by Tab."""
        holder = self.tabs.currentWidget()
        if holder is None:
            return
        view = holder.ensure() if isinstance(holder, LazyView) else holder
        if view is self.built_view("Today"):
            self.today.focus_score()
            return
        focus_start = getattr(view, "focus_start", None)
        if callable(focus_start):
            focus_start()
            return
        for child in view.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(view) and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)  # the "Opening your journal…" label is deleted
        self.opening_label = None

    def show_early_trends(self, view: QWidget) -> None:
        """The light start (ui/light_start.py): before the journal is attached, the tabs with ``view``,
        a Trends view over a plain read of the journal, as the shown tab. The other views are built
        when first shown after ``attach`` (every tab is lazy; the tabs are disabled until then, so
        nothing is shown or built before the journal is open) and every input waits for it."""
        self._make_tabs()
        for title in VIEW_TITLES:
            holder = self.add_lazy_view(title, self._view_factory(title))
            if title == "Trends":
                holder.adopt(view)
        self.tabs.setEnabled(False)
        self._early_trends = True
        self.tabs.setCurrentWidget(self.views["Trends"])

    def early_trends_view(self) -> QWidget | None:
        """The light start's Trends view while the journal is not attached yet, else None."""
        holder = self.views.get("Trends") if self._early_trends else None
        return holder.view if isinstance(holder, LazyView) else None

    def _bind_early_trends(self) -> None:
        """The light start's Trends view now reads and writes through this window's services."""
        from backjournal.ui.views.trends_view import TrendsView

        view = self.early_trends_view()
        assert isinstance(view, TrendsView)
        services = self._services()
        view.bind(
            journal=services.journal,
            trends=services.trends,
            signals=self.signals,
            undo=self.undo,
            is_encrypted=services.is_encrypted,
            on_saved=self.show_saved,
            therapy_adder=self.therapy_adder,
            on_error=self.show_error,
        )
        self._adopt(view)
        self._complete_trends_view(view, painted=True)

    def _view_factory(self, title: str) -> Callable[[], QWidget]:
        return {
            "Today": self._make_today_view,
            "Journal": self._make_journal_view,
            "Trends": self._make_trends_view,
            "Insights": self._make_insights_view,
            "Cards": self._make_cards_view,
        }[title]

    def _build_views(self) -> None:
        """Every tab is lazy: its view is built when first shown (the shown one at once), or, for Today
        and Journal, in idle time after the window's paint (``_build_hidden_views``), or on first use
        of ``today`` / ``journal_view``."""
        from backjournal.ui.dialogs.therapy_dialogs import TherapyAdder

        self.therapies = self._services().therapies
        #: "Add therapy…" in every therapy picker and on Preferences > Therapies: one dialog, undoable
        self.therapy_adder = TherapyAdder(therapies=self.therapies, undo=self.undo)
        self.add_lazy_view("Today", self._make_today_view)
        self.add_lazy_view("Journal", self._make_journal_view)
        self.trends_view = self.add_lazy_view("Trends", self._make_trends_view)
        self.insights_view = self.add_lazy_view("Insights", self._make_insights_view)
        self.cards_tab = self.add_lazy_view("Cards", self._make_cards_view)

    def _make_today_view(self) -> QWidget:
        """Today with its factor row, banners and the Preferences' Today fields."""
        from backjournal.ui.views.today_view import TodayView
        from backjournal.ui.widgets.factor_row import attach_factor_row

        today = TodayView(
            journal=self.journal,
            signals=self.signals,
            undo=self.undo,
            therapy_adder=self.therapy_adder,
            therapies=self.therapies,
            parent=self,
        )
        today.peg_requested.connect(self.open_peg_checkin)
        today.card_requested.connect(self.show_therapy_card)
        attach_factor_row(today, factors=self._services().factors, undo=self.undo, signals=self.signals)
        self._build_today_banners(today)
        preferences = getattr(self, "preferences", None)  # built in attach(), after the tabs
        if preferences is not None:
            preferences.prepare_today(today)
        return today

    def _make_journal_view(self) -> QWidget:
        from backjournal.ui.views.journal_view import JournalView

        return JournalView(
            journal=self.journal, signals=self.signals, undo=self.undo, therapy_adder=self.therapy_adder, parent=self
        )

    def _make_trends_view(self) -> QWidget:
        from backjournal.ui.views.trends_view import TrendsView  # matplotlib loads when first shown

        services = self._services()
        view = TrendsView(
            journal=services.journal,
            trends=services.trends,
            signals=self.signals,
            parent=self,
            on_error=self.show_error,
            undo=self.undo,
            is_encrypted=services.is_encrypted,
            on_saved=self.show_saved,
            therapy_adder=self.therapy_adder,
            **self.preferences.trends_options(),
        )
        return self._complete_trends_view(view)

    def _complete_trends_view(self, view: TrendsView, *, painted: bool = False) -> TrendsView:
        """The Trends view's side panel: the reference card, the courses, the weekly PEG (``painted``:
        the light start's view, its chart on the screen already: the PEG box is filled at the event
        loop's next turn, after the inputs are enabled)."""
        from backjournal.ui.views.trends_courses import attach_courses
        from backjournal.ui.views.trends_peg import attach_peg_panel
        from backjournal.ui.widgets.therapy_card_panel import attach_card_panel

        services = self._services()
        attach_card_panel(view, library=services.cards, journal=services.journal)  # the card above the numbers
        attach_courses(
            view,
            courses=services.courses,
            trials=services.trials,
            reports=lambda: services.reports,  # built when a trial's page is first saved
            journal_path=services.path,
            on_saved=self.show_saved,
        )
        attach_peg_panel(view, signals=self.signals, later=painted)  # the weekly PEG trend, under the numbers
        return view

    def _make_insights_view(self) -> QWidget:
        from backjournal.ui.views.insights_view import InsightsView

        return InsightsView(
            insights=self._services().insights,
            trends=self._services().trends,
            signals=self.signals,
            on_error=self.show_error,
            parent=self,
        )

    def _make_cards_view(self) -> QWidget:
        from backjournal.ui.views.cards_view import CardsView

        return CardsView(library=self.card_library(), journal=self.journal, signals=self.signals, parent=self)

    def card_library(self) -> CardLibrary:
        """The reference cards, read once for this window (Cards tab, Trends panel, "What is this?")."""
        return self._services().cards

    def add_view(self, title: str, view: ViewT) -> ViewT:
        """Add ``view`` as a tab (in the place of the light start's empty tab of that title, if any)."""
        old = self.views.get(title)
        self.views[title] = view
        text = translate("MainWindow", title).replace("&", "&&")
        if old is None:
            self.tabs.addTab(view, text)
        else:
            shown = self.tabs.currentWidget()
            index = self.tabs.indexOf(old)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, text)
            old.deleteLater()
            self.tabs.setCurrentWidget(shown if shown is not old else view)
        status = getattr(view, "status", None)
        if status is not None:
            status.connect(self.show_status)
        return view

    def add_lazy_view(self, title: str, factory: Callable[[], QWidget]) -> LazyView:
        existing = self.views.get(title)
        if isinstance(existing, LazyView):  # made by the light start (show_early_trends)
            return existing
        holder = LazyView(lambda: self._adopt(factory()), self)
        self.views[title] = holder
        self.tabs.addTab(holder, translate("MainWindow", title))
        return holder

    def _adopt(self, view: QWidget) -> QWidget:
        status = getattr(view, "status", None)
        if status is not None:
            status.connect(self.show_status)
        return view

    def show_view(self, title: str) -> QWidget:
        view = self.views[title]
        self.tabs.setCurrentWidget(view)
        return view.ensure() if isinstance(view, LazyView) else view

    # ------------------------------------------------------------------ menus
    def _build_file_menu(self) -> None:
        self.peg_action = self._action(
            self.file_menu, translate("MainWindow", "Weekly &PEG check-in…"), self.open_peg_checkin, "Ctrl+Shift+P"
        )
        self.file_menu.addSeparator()
        # Export, report, import, backup and restore actions are added here by their features.
        self.export_chart_action = self._action(
            self.file_menu, translate("MainWindow", "Export &chart…"), self.export_chart
        )
        from backjournal.ui.dialogs.exchange_menu import ExchangeMenu

        services = self._services()
        self.exchange_menu = ExchangeMenu(  # Report for my physician…, Export…, Import…
            self.file_menu,
            parent=self,
            exchange=lambda: services.exchange,  # the services are built when an action is first used
            reports=lambda: services.reports,
            is_encrypted=services.is_encrypted,
            report_paper=self._report_paper,
            show_saved=self.show_saved,
            show_status=self.show_status,
        )
        self.file_menu.addSeparator()
        from backjournal.ui.dialogs.backup_dialogs import BackupMenu

        self.backup_menu = BackupMenu(
            self.file_menu,
            parent=self,
            opened=services.opened,  # Back up now, Restore…
            history=self.undo.history,
            show_saved=self.show_saved,
            show_status=self.show_status,
        )
        from backjournal.ui.dialogs.encryption_dialogs import EncryptionMenu

        self.encryption_menu = EncryptionMenu(
            self.file_menu,
            parent=self,
            opened=services.opened,  # Encrypt…
            show_status=self.show_status,
        )
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

    def _build_edit_menu(self) -> None:
        self.edit_menu.addAction(self.undo.undo_action)
        self.edit_menu.addAction(self.undo.redo_action)
        self.edit_menu.addSeparator()
        self.trash_action = self._action(self.edit_menu, translate("MainWindow", "&Trash…"), self.open_trash)

    def _build_view_menu(self) -> None:
        for i in range(self.tabs.count()):
            title = self.tabs.tabText(i)
            self._action(
                self.view_menu, title, lambda checked=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}"
            )

    def _build_help_menu(self) -> None:
        self._action(
            self.help_menu,
            translate("MainWindow", "Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.cards_action = self._action(
            self.help_menu, translate("MainWindow", "Therapy reference cards…"), lambda: self.show_view("Cards")
        )
        self._action(
            self.help_menu, translate("MainWindow", "About {APP_NAME}").format(APP_NAME=APP_NAME), self.show_about
        )

    def _build_preferences(self) -> None:
        """Edit > Preferences… (Ctrl+,), the theme, Today's fields and the reminder tray (ui/preferences.py)."""
        from backjournal.ui.preferences import WindowPreferences

        self.preferences = WindowPreferences(
            self,
            settings=self._services().settings,
            reminders=self._services().reminders,
            data_dir=self._services().data_dir,
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences.action)
        self.preferences.note_missed_day(self.settings)  # no tray: a reminder day went by without an entry
        self.old_copy_question = self.preferences.offer_to_remove_old_copy()  # after moving the journal

    def _report_paper(self) -> str | None:
        """The report's paper chosen in Preferences (None: the locale's)."""
        return self.preferences.preferences().report_paper

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def offer_sample(self, open_sample: Callable[[], object]) -> None:
        """File > Explore with sample data…: a separate made-up journal in its own window."""
        self.sample_action = QAction(translate("MainWindow", "E&xplore with sample data…"), self)
        self.sample_action.setToolTip(
            translate("MainWindow", "Open a separate journal of made-up entries to look around; yours stays as it is")
        )
        self.sample_action.triggered.connect(open_sample)
        self._put_first(self.sample_action)

    def mark_as_sample(self, *, on_leave: Callable[[], object], leave_text: str | None = None) -> None:
        """This window shows the made-up sample journal: say so in the title and the status bar, and
        offer File > Start my own journal (or Close the sample data, when the journal's window is open)."""
        from backjournal.ui.dialogs.welcome_dialog import SAMPLE_TITLE

        leave_text = leave_text or translate("MainWindow", "Start my &own journal")
        self.is_sample = True
        self.setWindowTitle(f"{APP_NAME} — {translate('WelcomeDialog', SAMPLE_TITLE)}")
        self.sample_label = QLabel(
            translate(
                "MainWindow",
                "SAMPLE DATA: made up for trying BackJournal. Your own journal is not open (File > {replace}).",
            ).format(replace=leave_text.replace("&", "")),
            self,
        )
        self.sample_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_label.setStyleSheet("background: #fff3c4; color: #1b1b1b; font-weight: bold; padding: 2px 6px;")
        self.statusBar().insertPermanentWidget(0, self.sample_label, 1)
        assert self.opened is not None  # a sample journal is open
        self.path_label.setText(translate("MainWindow", "Sample journal: {path}").format(path=self.opened.path))
        self.leave_sample_action = QAction(leave_text, self)
        self.leave_sample_action.triggered.connect(on_leave)
        self._put_first(self.leave_sample_action)

    def _put_first(self, action: QAction) -> None:
        """``action`` and a separator at the top of the File menu."""
        actions = self.file_menu.actions()
        if actions:
            self.file_menu.insertAction(actions[0], action)
            self.file_menu.insertSeparator(actions[0])
        else:  # (inserting before no action appends)
            self.file_menu.addAction(action)
            self.file_menu.addSeparator()

    # ------------------------------------------------------------------ actions
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def show_saved(self, path, what: str, *, can_open: bool = True):
        """Where a report, export, chart or backup went, with Open and Show in folder (not blocking)."""
        from backjournal.ui.dialogs.saved_file import SavedFileMessage

        self.show_status(translate("MainWindow", "Saved your {what} as {path}").format(what=what, path=path))
        self.saved_message = SavedFileMessage(path, what, parent=self, can_open=can_open, open_url=self.open_url)
        self.saved_message.open()
        return self.saved_message

    def _build_today_banners(self, today_view: TodayView) -> None:
        """Today: which regimen of a personal trial is on, and the PEG offer on the PEG day."""
        from backjournal.services.trials import today
        from backjournal.ui.widgets.today_banners import attach_today_banners

        self.trials = self._services().trials
        attach_today_banners(
            today_view,
            signals=self.signals,
            trials=self.trials,
            settings=self._services().settings,
            window_settings=self.settings,
            journal=self.journal,
            open_peg=self.open_peg_checkin,
            today_fn=today,
            on_error=self.show_error,
        )

    def open_peg_checkin(self) -> None:
        from backjournal.services.history import LogCommand
        from backjournal.ui.dialogs.entry_dialog import PegDialog

        dialog = PegDialog(self)
        if exec_dialog(dialog) != PegDialog.DialogCode.Accepted or dialog.draft is None:
            return
        if self.undo.push(LogCommand(self.journal, dialog.draft)):
            self.show_status(translate("MainWindow", "Saved your PEG check-in. Undo with Ctrl+Z."))

    def show_therapy_card(self, therapy_key: str) -> None:
        try:
            from backjournal.ui.views.cards_view import show_therapy_card
        except ImportError:
            self.show_status(translate("MainWindow", "Reference cards are not available in this build."))
            return
        show_therapy_card(self, therapy_key, self.journal, library=self.card_library())

    def export_chart(self) -> None:
        from backjournal.ui.views.trends_view import TrendsView  # loaded: the Trends tab is built by now

        view = self.show_view("Trends")
        assert isinstance(view, TrendsView)
        view.ask_export_chart()

    def shortcuts_dialog(self):
        from backjournal.ui.dialogs.shortcuts_dialog import VIEW_KEYS, ShortcutsDialog, menu_shortcuts

        return ShortcutsDialog(VIEW_KEYS + menu_shortcuts(self.menuBar()), self)

    def show_shortcuts(self) -> None:
        exec_dialog(self.shortcuts_dialog())

    def open_trash(self) -> None:
        from backjournal.ui.dialogs.trash_dialog import TrashDialog

        exec_dialog(TrashDialog(journal=self.journal, undo=self.undo, signals=self.signals, parent=self))

    def show_about(self) -> None:
        exec_dialog(
            message_box(
                self,
                QMessageBox.Icon.Information,
                translate("MainWindow", "About {APP_NAME}").format(APP_NAME=APP_NAME),
                translate(
                    "MainWindow",
                    "{APP_NAME} {version}\n\nA private journal for back pain. Your journal stays on this "
                    "computer; BackJournal never connects to the internet.\n\nIt does not give medical advice "
                    "and does not replace your clinician.",
                ).format(APP_NAME=APP_NAME, version=__version__),
            )
        )

    # ------------------------------------------------------------------ layout memory
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self._first_size())
        self.fit_to_screen()

    def _restore_state(self) -> None:
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        tab = self.settings.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):  # a damaged settings value: the first tab stays
            if isinstance(tab, (int, float, str)):
                self.tabs.setCurrentIndex(int(tab))

    def _first_size(self) -> QSize:
        """The first start: most of a laptop's screen, not more than PREFERRED_SIZE on a big one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(PREFERRED_SIZE)
        return fitted_size(PREFERRED_SIZE, screen.availableGeometry().size(), frame=self._frame_extra())

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a remembered size from a bigger monitor, 4K at 200 %)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        size = fitted_size(self.size(), available.size(), frame=self._frame_extra())
        if size != self.size():
            self.resize(size)
        frame = self._frame_extra()
        x = min(max(self.x(), available.left()), available.right() + 1 - size.width() - frame.width())
        y = min(max(self.y(), available.top()), available.bottom() + 1 - size.height() - frame.height())
        if (x, y) != (self.x(), self.y()):
            self.move(max(x, available.left()), max(y, available.top()))

    def _frame_extra(self) -> QSize:
        """The window manager's title bar and borders (guessed before the window is first shown)."""
        extra = self.frameGeometry().size() - self.geometry().size()
        return extra if extra.height() > 0 else QSize(2 * FRAME_GUESS[0], FRAME_GUESS[1] + FRAME_GUESS[0])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.attached:  # closed while opening: the remembered state and tab stay as they were
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    @qt_override
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        # The journal's signals stay attached: a close only hides the window, which a second launch
        # or the tray may show again (tests/ui/test_shown_again.py); they detach when it is deleted.
        self._early_keys.stop()
        super().closeEvent(event)

    @qt_override
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.attached:
            self.focus_shown_view()


class EarlyKeys(QObject):
    """Keeps the keys typed into the window before the journal is open (the window paints first,
    then opens the journal) and gives them to the Today view once it exists: a score digit typed at
    once is not lost. Shortcuts with Ctrl/Alt/Meta are left to Qt (File > Quit works throughout)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._keys: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._app: QCoreApplication | None = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget) and watched.window() is self._window:
            mods = event.modifiers()
            if not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
            ):
                self._keys.append((event.key(), mods, event.text()))
                return True
        return False

    def stop(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def replay(self, today_view: Callable[[], TodayView]) -> None:
        """Send the kept keys to what has focus in the Today view (the score picker after focus_score);
        ``today_view`` gives it, built then if need be (not called when no key was kept)."""
        self.stop()
        keys, self._keys = self._keys, []
        if not keys:
            return
        today = today_view()
        if today.focusWidget() is None:
            today.focus_score()
        target = today.focusWidget() or today
        for key, mods, text in keys:
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))


PREFERRED_SIZE = QSize(1440, 900)
MINIMUM_SIZE = QSize(800, 600)  # the window never asks for more than this (small laptop at 200 %)
FRAME_GUESS = (4, 34)  # border, title bar height in px, until the window manager tells


def fitted_size(wanted: QSize, available: QSize, *, frame: QSize = QSize(0, 0)) -> QSize:
    """``wanted`` shrunk so that the window with its frame fits ``available``."""
    return QSize(
        max(1, min(wanted.width(), available.width() - frame.width())),
        max(1, min(wanted.height(), available.height() - frame.height())),
    )


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, callback)  # once this paint is done and on the screen
        return False


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop right after ``widget`` is painted for the first time
    (from now on; never if ``widget`` is deleted first)."""
    _FirstPaint(widget, callback)

"""Today: log pain and a therapy session in a few seconds, keyboard alone if you like.

Pain panel: digits pick the score, Tab moves through the chips, Ctrl+Enter saves.
Session panel: Alt+T jumps to the therapy, Ctrl+Enter saves the panel that has the focus.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import ValidationError
from backjournal.domain.models import JournalChange, JournalRecord, RecordKind, TherapyType
from backjournal.services.history import LogCommand
from backjournal.services.journal import JournalService
from backjournal.services.therapies import TherapyService
from backjournal.ui.bridge import JournalSignals, UndoActions
from backjournal.ui.dates import date_text, time_text
from backjournal.ui.dialogs.therapy_dialogs import AddTherapyDialog, TherapyAdder
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.qtmodels.journal_table_model import COL_LOGGED, JournalFilterProxy, JournalTableModel, moment_of
from backjournal.ui.translation import translate
from backjournal.ui.widgets.forms import PainForm, SessionForm

SAME_AS_LAST_DAYS = 60


class TodayView(QWidget):
    """Quick entry of pain and sessions, with today's and yesterday's entries underneath."""

    status = Signal(str)
    peg_requested = Signal()
    card_requested = Signal(str)  # therapy key

    def __init__(
        self,
        *,
        journal: JournalService,
        therapies: TherapyService,
        signals: JournalSignals,
        undo: UndoActions,
        therapy_adder: TherapyAdder | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.therapies = therapies
        self.undo = undo
        #: "Add therapy…" / "Add medication…" in the session form (the window's, shared by every picker)
        self.therapy_adder = therapy_adder  # None: the pickers offer no "Add therapy…"
        self.add_dialog: AddTherapyDialog | None = None
        self.setObjectName("TodayView")

        self.pain_form = PainForm(self)
        self.save_pain = QPushButton(translate("TodayView", "Save pain entry  (Ctrl+Enter)"), self)
        self.save_pain.setDefault(True)
        self.same_as_last = QPushButton(translate("TodayView", "&Same as last time"), self)
        self.same_as_last.setToolTip(
            translate("TodayView", "Fill in the score, places and qualities of your last entry")
        )
        pain_box = QGroupBox(translate("TodayView", "How is your pain?"), self)
        pain_layout = QVBoxLayout(pain_box)
        pain_layout.addWidget(self.pain_form)
        row = QHBoxLayout()
        row.addWidget(self.same_as_last)
        row.addStretch(1)
        row.addWidget(self.save_pain)
        pain_layout.addLayout(row)
        pain_layout.addStretch(1)

        self.session_form = SessionForm(journal.therapy_types(), self, offers_add=therapy_adder is not None)
        self.save_session = QPushButton(translate("TodayView", "Save session  (Ctrl+Enter)"), self)
        session_box = QGroupBox(translate("TodayView", "Log a therapy session"), self)
        session_layout = QVBoxLayout(session_box)
        session_layout.addWidget(self.session_form)
        srow = QHBoxLayout()
        srow.addStretch(1)
        srow.addWidget(self.save_session)
        session_layout.addLayout(srow)
        session_layout.addStretch(1)

        self.empty_hint = QLabel(
            translate(
                "TodayView",
                "Nothing logged today or yesterday yet. Press a number key (0 to 9, or 1 then 0 for 10) "
                "for your pain right now, choose where it is, then press Ctrl+Enter to save.",
            ),
            self,
        )
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.peg_status = QLabel(self)
        self.peg_status.setTextFormat(Qt.TextFormat.PlainText)
        self.peg_button = QPushButton(translate("TodayView", "Weekly PEG check-in…"), self)
        self.today_model = JournalTableModel(self)
        self.today_proxy = JournalFilterProxy(self)
        self.today_proxy.setSourceModel(self.today_model)
        self.today_table = QTableView(self)
        self.today_table.setModel(self.today_proxy)
        self.today_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.today_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.today_table.verticalHeader().hide()
        self.today_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.today_table.horizontalHeader().setStretchLastSection(True)
        self.today_table.setColumnHidden(COL_LOGGED, True)
        self.today_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_table.setMinimumHeight(120)
        self.today_table.setAccessibleName(translate("TodayView", "Entries of today and yesterday"))

        # The two forms sit side by side when there is room and stack when the window is narrow (or
        # the fonts large); the whole view scrolls up and down, never sideways.
        self._content = content = QWidget(self)  # what the scroll area shows
        content.setObjectName("TodayContent")
        self.forms_row = QWidget(content)
        self.forms_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.forms_row)
        self.forms_layout.setContentsMargins(0, 0, 0, 0)
        self.forms_layout.addWidget(pain_box, 3)
        self.forms_layout.addWidget(session_box, 2)
        self._pain_box = pain_box
        self._session_box = session_box
        bottom_head = QHBoxLayout()
        title = QLabel(translate("TodayView", "Today and yesterday"), self)
        title.setStyleSheet("font-weight: bold;")
        bottom_head.addWidget(title)
        bottom_head.addStretch(1)
        bottom_head.addWidget(self.peg_status)
        bottom_head.addWidget(self.peg_button)
        self._column = column = QVBoxLayout(content)
        column.addWidget(self.forms_row, 0)
        column.addLayout(bottom_head)
        column.addWidget(self.empty_hint)
        column.addWidget(self.today_table, 1)
        # not `scroll`: that name is QWidget.scroll(), which an attribute would hide
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("TodayScroll")
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.viewport().installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a widget exists: the application is a QApplication
        app.focusChanged.connect(self._scroll_to_focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.save_pain.clicked.connect(self.save_pain_entry)
        self.save_session.clicked.connect(self.save_therapy_session)
        self.same_as_last.clicked.connect(self.fill_same_as_last)
        self.peg_button.clicked.connect(self.peg_requested)
        self.session_form.about.clicked.connect(self._about_therapy)
        self.session_form.add_therapy_requested.connect(lambda: self.add_therapy(medication=False))
        self.session_form.add_medication_requested.connect(lambda: self.add_therapy(medication=True))
        self.session_form.set_last_medication(self._last_medication_key())
        for seq, action in (
            ("Ctrl+Return", self.save_focused),
            ("Ctrl+Enter", self.save_focused),
            ("Alt+T", self.session_form.therapy.setFocus),
            ("Alt+P", self.pain_form.score.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        signals.changed.connect(self.on_journal_changed)
        self.refresh()
        self.arrange_forms(self.scroll_area.viewport().width())

    # ------------------------------------------------------------------ actions
    def _scroll_to_focus(self, _old, new) -> None:
        """Tabbing into a part of the view scrolled out of sight brings it into view."""
        if new is not None and self._content.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 0, 24)

    @qt_override
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self.arrange_forms(event.size().width())
        return super().eventFilter(watched, event)

    def arrange_forms(self, width: int) -> None:
        """Side by side when both forms fit in ``width`` (the visible width), else one above the other."""
        margins = self._column.contentsMargins()
        needed = (
            self._pain_box.minimumSizeHint().width()
            + self._session_box.minimumSizeHint().width()
            + self.forms_layout.spacing()
            + margins.left()
            + margins.right()
        )
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self.forms_layout.direction() != direction:
            self.forms_layout.setDirection(direction)
        # Narrowest the view may get: one form's width plus the vertical scroll bar (never clipped).
        narrowest = (
            max(self._pain_box.minimumSizeHint().width(), self._session_box.minimumSizeHint().width())
            + margins.left()
            + margins.right()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
        )
        if self.scroll_area.minimumWidth() != narrowest:
            self.scroll_area.setMinimumWidth(narrowest)

    @property
    def forms_stacked(self) -> bool:
        return self.forms_layout.direction() == QBoxLayout.Direction.TopToBottom

    def focus_score(self) -> None:
        self.pain_form.score.setFocus()

    def save_focused(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self._session_box.isAncestorOf(focus):
            self.save_therapy_session()
        else:
            self.save_pain_entry()

    def save_pain_entry(self) -> bool:
        try:
            draft = self.pain_form.draft()
        except ValidationError:
            return False
        if not self.undo.push(LogCommand(self.journal, draft)):
            return False
        if draft.region_scores:
            regions = ", ".join(f"{r.label} {s}" for r, s in zip(draft.regions, draft.region_scores, strict=True))
        else:
            regions = ", ".join(r.label for r in draft.regions)
        self.status.emit(
            translate("TodayView", "Saved pain {score}/10 ({regions}) at {time_text}. Undo with Ctrl+Z.").format(
                score=draft.score, regions=regions, time_text=time_text(draft.felt_at)
            )
        )
        self.pain_form.reset()
        self.pain_form.score.setFocus()
        return True

    def save_therapy_session(self) -> bool:
        try:
            draft = self.session_form.draft()
        except ValidationError:
            return False
        if not self.undo.push(LogCommand(self.journal, draft)):
            return False
        name = self.session_form.therapy.currentText()
        self.status.emit(
            translate("TodayView", "Saved {name} session at {time_text}. Undo with Ctrl+Z.").format(
                name=name, time_text=time_text(draft.started_at)
            )
        )
        self.session_form.reset()
        return True

    def _last_pain_entry(self):
        recent = self.journal.pain_entries(date.today() - timedelta(days=SAME_AS_LAST_DAYS), None)
        return recent[-1] if recent else None

    def fill_same_as_last(self) -> None:
        last = self._last_pain_entry()
        if last is None:
            self.status.emit(
                translate("TodayView", "No earlier pain entry in the last {SAME_AS_LAST_DAYS} days to copy.").format(
                    SAME_AS_LAST_DAYS=SAME_AS_LAST_DAYS
                )
            )
            return
        self.pain_form.load(last, keep_time=False)
        self.pain_form.when.reset()
        self.pain_form.score.setFocus()

    def _last_medication_key(self) -> str | None:
        last = self.therapies.last_used_medication()
        return None if last is None else last.key

    def add_therapy(self, *, medication: bool) -> AddTherapyDialog | None:
        """ "Add therapy…" / "Add medication…" in the session form: the add dialog (not blocking; returned),
        the new one picked in the form once it is added (undoable; a new medication under "Medication");
        Cancel changes nothing."""
        if self.therapy_adder is None:
            return None
        self.add_dialog = self.therapy_adder.open(self, on_added=self._therapy_added, medication=medication)
        return self.add_dialog

    def _therapy_added(self, therapy: TherapyType) -> None:
        self.session_form.set_therapies(self.journal.therapy_types(), select=therapy.key)
        self.status.emit(f"Added {therapy.name}. Undo with Ctrl+Z.")

    def _about_therapy(self) -> None:
        """The card of the chosen therapy; for a named medication the built-in card of its class
        (a medication of class "other" shows its own notes card)."""
        key = self.session_form.therapy_key()
        if key == "medication" and self.session_form.medication_key():
            key = self.session_form.medication_key()
        therapy = next((t for t in self.journal.therapy_types() if t.key == key), None)
        if therapy is not None and therapy.is_medication:
            key = self.therapies.card_id(therapy) or key
        if key:
            self.card_requested.emit(key)

    # ------------------------------------------------------------------ refresh
    def on_journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY in change.kinds:
            self.session_form.set_therapies(self.journal.therapy_types())
        if RecordKind.SESSION in change.kinds:
            self.session_form.set_last_medication(self._last_medication_key())
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        since = today - timedelta(days=1)
        records: list[JournalRecord] = [*self.journal.pain_entries(since, today), *self.journal.sessions(since, today)]
        records.sort(key=moment_of, reverse=True)
        self.today_model.set_records(records)
        self.empty_hint.setVisible(not records)
        can_copy = self._last_pain_entry() is not None
        self.same_as_last.setEnabled(can_copy)
        self.same_as_last.setToolTip(
            translate("TodayView", "Fill in the score, places and qualities of your last entry")
            if can_copy
            else translate(
                "TodayView", "Nothing to copy yet: no pain entry in the last {SAME_AS_LAST_DAYS} days"
            ).format(SAME_AS_LAST_DAYS=SAME_AS_LAST_DAYS)
        )
        pegs = self.journal.peg_checkins(today - timedelta(days=120), None)
        if not pegs:
            self.peg_status.setText(translate("TodayView", "No PEG check-in yet."))
        else:
            last = pegs[-1]
            days = (today - last.answered_at.date()).days
            due = translate("TodayView", "  Due now.") if days >= 7 else ""
            self.peg_status.setText(
                translate("TodayView", "Last PEG {score:.1f} on {date_text}.{due}").format(
                    score=last.score, date_text=date_text(last.answered_at.date()), due=due
                )
            )

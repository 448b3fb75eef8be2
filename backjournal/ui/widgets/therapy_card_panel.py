"""The card of one therapy, whatever kind it is: a reference card for a built-in therapy, the
person's own notes for a therapy they added. Used by the Trends side panel and the card dialog."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from backjournal.cards.loader import Card, CardLibrary
from backjournal.domain.models import TherapyType
from backjournal.services.journal import JournalService
from backjournal.ui.translation import translate
from backjournal.ui.widgets.card_view import CardView, OpenUrl
from backjournal.ui.widgets.user_therapy_card import UserTherapyCardView


class TherapyCardPanel(QWidget):
    """Shows the card for a therapy key: CardView (built-in) or UserTherapyCardView (user-defined)."""

    card_shown = Signal(str)

    def __init__(
        self,
        *,
        library: CardLibrary,
        journal: JournalService,
        parent: QWidget | None = None,
        open_url: OpenUrl | None = None,
    ):
        super().__init__(parent)
        self.library = library
        self.journal = journal
        self.card_view = CardView(library, self, open_url=open_url)
        self.user_view = UserTherapyCardView(journal, self)
        self.empty = QLabel(translate("TherapyCardPanel", "Pick a therapy to see what is known about it."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for widget in (self.empty, self.card_view, self.user_view):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.user_view.card_requested.connect(self.show_card)
        self.card_view.card_shown.connect(self.card_shown)

    def show_card(self, card_id: str) -> Card:
        card = self.library.get(card_id)
        self.card_view.set_card(card)
        self.stack.setCurrentWidget(self.card_view)
        return card

    def show_therapy(self, key: str) -> QWidget:
        """Show the card for ``key``; returns the widget now shown."""
        card = self.library.for_therapy(key)
        if card is not None:
            self.card_view.set_card(card)
            self.stack.setCurrentWidget(self.card_view)
            return self.card_view
        therapy = self.journal.find_therapy(key)
        return self.show_user_therapy(therapy)

    def show_user_therapy(self, therapy: TherapyType) -> QWidget:
        if therapy.builtin:
            self.empty.setText(
                translate("TherapyCardPanel", "There is no reference card for {name} yet.").format(name=therapy.name)
            )
            self.stack.setCurrentWidget(self.empty)
            return self.empty
        self.user_view.set_therapy(therapy)
        self.stack.setCurrentWidget(self.user_view)
        return self.user_view

    def clear(self) -> None:
        self.stack.setCurrentWidget(self.empty)

    def current(self) -> QWidget:
        shown = self.stack.currentWidget()
        assert shown is not None  # the stack holds its three pages from __init__
        return shown


class CardPanelHost(Protocol):
    """What attach_card_panel needs of the Trends view (TrendsView)."""

    card_panel: TherapyCardPanel | None

    @property
    def side_panel(self) -> QWidget: ...
    @property
    def side_panel_layout(self) -> QBoxLayout: ...
    @property
    def therapy_selected(self) -> SignalInstance: ...
    @property
    def selected_therapy(self) -> str | None: ...


def attach_card_panel(
    trends_view: CardPanelHost, *, library: CardLibrary, journal: JournalService, open_url: OpenUrl | None = None
) -> TherapyCardPanel:
    """Put a TherapyCardPanel at the top of the Trends side panel, above the person's own numbers,
    and show the card of each therapy selected there (``therapy_selected(str)``)."""
    # parented as the layout below would parent it (a Protocol is not a QWidget)
    panel = TherapyCardPanel(library=library, journal=journal, parent=trends_view.side_panel, open_url=open_url)
    panel.setMinimumHeight(320)
    trends_view.side_panel_layout.insertWidget(0, panel, 3)
    trends_view.therapy_selected.connect(panel.show_therapy)
    selected = trends_view.selected_therapy
    if selected:
        panel.show_therapy(selected)
    trends_view.card_panel = panel
    return panel

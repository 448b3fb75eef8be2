"""The card browser: a searchable list of every reference card (and of the person's own therapies)
beside the card itself; and ``show_therapy_card``, the non-modal "What is this?" window."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backjournal.cards.loader import CardLibrary
from backjournal.domain.models import JournalChange, RecordKind, TherapyType
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.services.journal import JournalService
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate
from backjournal.ui.widgets.card_view import OpenUrl, Today, card_summary, card_title, review_note
from backjournal.ui.widgets.therapy_card_panel import TherapyCardPanel

if TYPE_CHECKING:
    from backjournal.ui.bridge import JournalSignals

USER_PREFIX = "user:"
IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CardEntry:
    """One row of the list: a reference card, or a user-defined therapy's notes."""

    id: str  # card id, or "user:<therapy key>"
    title: str
    summary: str
    searchable: str  # lower-case text the search looks through
    overdue: bool = False  # the card's review date has passed: shown in the list

    @property
    def is_user(self) -> bool:
        return self.id.startswith(USER_PREFIX)


OVERDUE_MARK = QT_TRANSLATE_NOOP("CardsView", " (may be out of date)")


def entries_for(library: CardLibrary, therapies: list[TherapyType], *, today: date) -> list[CardEntry]:
    rows = [
        CardEntry(
            card.id,
            card_title(card),
            f"{card_summary(card)}\n\n{review_note(card, today)}",
            "\n".join((card.title, card.summary, card_title(card), card_summary(card), card.markdown)).casefold(),
            overdue=card.is_overdue(today),
        )
        for card in library.all()
    ]
    for therapy in sorted((t for t in therapies if not t.builtin), key=lambda t: t.name.casefold()):
        rows.append(
            CardEntry(
                USER_PREFIX + therapy.key,
                translate("CardsView", "{name} (your notes)").format(name=therapy.name),
                translate("CardsView", "A therapy you added; the card holds your own notes."),
                "\n".join((therapy.name, therapy.notes or "")).casefold(),
            )
        )
    return rows


class CardListModel(QAbstractListModel):
    """The cards and the person's own therapies, in library order (red flags first)."""

    def __init__(self, entries: list[CardEntry] | None = None, parent=None):
        super().__init__(parent)
        self._entries: list[CardEntry] = list(entries or [])

    def set_entries(self, entries: list[CardEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[CardEntry]:
        return list(self._entries)

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    @qt_override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    @qt_override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title + (translate("CardsView", OVERDUE_MARK) if entry.overdue else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        if role == IdRole:
            return entry.id
        return None


class CardFilterProxyModel(QSortFilterProxyModel):
    """Filters by a word search (every word must start a word in the title, summary or text).

    Matches in the title come before matches in the text; otherwise the library order stays.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ranks: dict[str, int] | None = None
        self.sort(0)

    def set_query(self, text: str) -> None:
        words = re.findall(r"\w+", text.casefold())
        model = self.sourceModel()
        if not words or not isinstance(model, CardListModel):
            self._ranks = None
        else:
            patterns = [re.compile(r"\b" + re.escape(w)) for w in words]
            ranks: dict[str, int] = {}
            for entry in model.entries():
                if all(p.search(entry.searchable) for p in patterns):
                    ranks[entry.id] = 0 if all(p.search(entry.title.casefold()) for p in patterns) else 1
            self._ranks = ranks
        self.invalidate()

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt override
        if self._ranks is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(IdRole) in self._ranks

    @qt_override
    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt override
        if self._ranks:
            lr, rr = self._ranks.get(left.data(IdRole), 2), self._ranks.get(right.data(IdRole), 2)
            if lr != rr:
                return lr < rr
        return left.row() < right.row()


class CardsView(QWidget):
    """Searchable list of cards on the left, the card on the right."""

    def __init__(
        self,
        *,
        library: CardLibrary,
        journal: JournalService,
        signals: JournalSignals | None = None,
        parent: QWidget | None = None,
        open_url: OpenUrl | None = None,
        today: Today = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("CardsView")
        self.library = library
        self.journal = journal
        self._today = today

        self.search = QLineEdit(self)
        self.search.setAccessibleName(translate("CardsView", "Search the cards"))
        self.search.setPlaceholderText(translate("CardsView", "Search the cards (for example: sham, FDA, walking)"))
        self.search.setClearButtonEnabled(True)
        self.model = CardListModel(entries_for(library, journal.therapy_types(), today=today()), self)
        self.proxy = CardFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setAccessibleName(translate("CardsView", "Therapy reference cards"))
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.no_match = QLabel(translate("CardsView", "No card matches these words."), self)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setVisible(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.no_match)

        self.panel = TherapyCardPanel(library=library, journal=journal, parent=self, open_url=open_url)
        self.card_view = self.panel.card_view
        self.user_view = self.panel.user_view

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 880])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.panel.card_shown.connect(self._select_entry)
        if signals is not None:
            signals.changed.connect(self.on_journal_changed)

        first = self.proxy.index(0, 0)
        if first.isValid():
            self.list.setCurrentIndex(first)

    # ------------------------------------------------------------------ public
    def show_card(self, card_id: str) -> None:
        self.panel.show_card(card_id)
        self._select_entry(card_id)

    def show_therapy(self, key: str) -> QWidget:
        shown = self.panel.show_therapy(key)
        card = self.library.for_therapy(key)
        self._select_entry(card.id if card is not None else USER_PREFIX + key)
        return shown

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(IdRole) for r in range(self.proxy.rowCount())]

    # ------------------------------------------------------------------ reactions
    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.no_match.setVisible(self.proxy.rowCount() == 0)
        first = self.proxy.index(0, 0)
        if first.isValid() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(first)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        if not entry_id:
            return
        if entry_id.startswith(USER_PREFIX):
            key = entry_id[len(USER_PREFIX) :]
            if not (
                self.panel.current() is self.user_view and self.user_view.therapy and self.user_view.therapy.key == key
            ):
                self.panel.show_therapy(key)
        elif not (
            self.panel.current() is self.card_view and self.card_view.card and self.card_view.card.id == entry_id
        ):
            self.panel.show_card(entry_id)

    def _select_entry(self, entry_id: str) -> None:
        """Make the list follow the card shown (after a card: link), without re-showing it."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the search: clear the search so the list stays truthful
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.proxy.set_query("")
            self.no_match.setVisible(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if self.list.currentIndex() != index:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(index)
            self.list.selectionModel().blockSignals(False)
            self.list.viewport().update()
        self.list.scrollTo(index)

    def on_journal_changed(self, change: JournalChange) -> None:
        if RecordKind.THERAPY not in change.kinds:
            return
        current = self.list.currentIndex().data(IdRole)
        self.model.set_entries(entries_for(self.library, self.journal.therapy_types(), today=self._today()))
        self.proxy.set_query(self.search.text())
        if current:
            self._select_entry(current)


class CardDialog(QDialog):
    """A non-modal window with one therapy's card (the "What is this?" buttons open it)."""

    def __init__(
        self,
        *,
        library: CardLibrary,
        journal: JournalService,
        parent: QWidget | None = None,
        open_url: OpenUrl | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("CardDialog")
        self.setModal(False)
        self.setWindowTitle(translate("CardDialog", "Therapy reference card"))
        self.panel = TherapyCardPanel(library=library, journal=journal, parent=self, open_url=open_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(720, 760)

    def show_therapy(self, key: str) -> QWidget:
        shown = self.panel.show_therapy(key)
        card = self.panel.library.for_therapy(key)
        therapy = self.panel.user_view.therapy
        name = card_title(card) if card is not None else therapy.name if therapy is not None else key
        self.setWindowTitle(translate("CardDialog", "About {name}").format(name=name))
        return shown

    @qt_override
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        user = self.panel.user_view
        if self.panel.current() is user and user.is_modified():
            user.save()
        super().closeEvent(event)


def show_therapy_card(
    parent: QWidget, therapy_key: str, journal_service: JournalService, *, library: CardLibrary | None = None
) -> CardDialog:
    """Open (or bring forward) the non-modal card window of ``parent`` showing ``therapy_key``'s card."""
    dialog = parent.findChild(CardDialog, "CardDialog", Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = CardDialog(library=library or CardLibrary.load(), journal=journal_service, parent=parent)
    dialog.show_therapy(therapy_key)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog

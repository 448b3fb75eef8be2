"""Showing a reference card: a QTextBrowser that renders the card's Markdown and fetches nothing.

Links: ``card:<id>`` switches the view to that card; ``http(s)://`` opens in the system browser,
only when the person clicks it. Nothing else is followed. Every card view has an always-visible
"When to get medical help now" button at the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backjournal import i18n
from backjournal.cards.loader import DISCLAIMER, RED_FLAGS_ID, Card, CardLibrary, UnknownCardError
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.ui.colours import muted_text_color
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

log = logging.getLogger("backjournal")

#: The longest comfortable line, in average characters.
MAX_LINE_CHARS = 92

RED_FLAGS_TEXT = QT_TRANSLATE_NOOP("CardView", "When to get medical help now")
#: Shown above a card's full text in every language but English (the cards' titles and summaries are
#: translated; their full text is not, until a clinician has reviewed a translation).
ENGLISH_ONLY_NOTE = QT_TRANSLATE_NOOP("CardView", "Full text in English until a clinician-reviewed translation exists.")


def card_title(card: Card) -> str:
    return translate("Cards", card.title)


def card_summary(card: Card) -> str:
    return translate("CardSummaries", card.summary)


OpenUrl = Callable[[QUrl], object]
Today = Callable[[], date]


def review_note(card: Card, today: date) -> str:
    """The footer's review line: when the card was checked, and a warning once its review is overdue."""
    if card.is_overdue(today):
        return translate(
            "CardView",
            "⚠ Last reviewed {reviewed}, more than {months} months ago: this card may be out "
            "of date. Check with your clinician.",
        ).format(reviewed=card.reviewed.isoformat(), months=card.review_months)
    return translate("CardView", "Last reviewed {reviewed}; next review due by {due}.").format(
        reviewed=card.reviewed.isoformat(), due=card.review_due.isoformat()
    )


def red_flags_button(parent: QWidget) -> QPushButton:
    """The small, always-visible way to the red-flags card (same look everywhere)."""
    button = QPushButton(f"⚠  {translate('CardView', RED_FLAGS_TEXT)}", parent)
    button.setObjectName("RedFlagsButton")
    button.setToolTip(translate("CardView", "Signs that mean: stop self-care and get medical help now"))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(
        "QPushButton#RedFlagsButton { color: #8a1c1c; font-weight: 600; border: 1px solid #d9a3a3;"
        " border-radius: 4px; padding: 3px 10px; background: #fdf3f3; }"
        "QPushButton#RedFlagsButton:hover { background: #f9e2e2; }"
    )
    return button


class CardBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything by itself.

    Links are not followed (openLinks off); the owner handles ``anchorClicked``. ``loadResource``
    returns nothing for every URL that is not a Qt resource, so a card can never make the app fetch
    a remote image or read a file.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refused_resources: list[str] = []
        self._resizing = False

    @qt_override
    def loadResource(self, type_: int, url: QUrl | str) -> object:  # noqa: N802 - Qt override
        url = QUrl(url) if isinstance(url, str) else url
        if url.scheme() == "qrc":
            return super().loadResource(type_, url)
        self.refused_resources.append(url.toString())
        return None

    @qt_override
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Margins first: the base class lays the text out for the viewport width it then has.
        # setViewportMargins sends a resize event of its own; the guard stops the recursion.
        if not self._resizing:
            self._resizing = True
            try:
                self._centre_text_column(event.size().width())
            finally:
                self._resizing = False
        super().resizeEvent(event)

    def _centre_text_column(self, width: int) -> None:
        """Keep lines at a comfortable length: a centred column of at most MAX_LINE_CHARS."""
        column = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS
        spare = max(0, width - column - self.verticalScrollBar().sizeHint().width())
        side = spare // 2
        margins = self.viewportMargins()
        if (margins.left(), margins.right()) != (side, side):
            self.setViewportMargins(side, 0, side, 0)


def render_card_markdown(card: Card) -> str:
    """The Markdown shown for a card: its title as the top heading, then the card body. In another
    language than English: the translated title and summary, then a note that the full text below is
    in English."""
    if i18n.active_language() == i18n.SOURCE_LANGUAGE:
        return f"# {card.title}\n\n{card.markdown}"
    return (
        f"# {card_title(card)}\n\n**{card_summary(card)}**\n\n"
        f"*{translate('CardView', ENGLISH_ONLY_NOTE)}*\n\n{card.markdown}"
    )


#: Qt's font size adjustment per heading level (0 medium, 1 large, 2 x-large; markdown gives h1 3, xx-large).
HEADING_SIZE = {1: 2, 2: 1, 3: 0}


def style_document(document: QTextDocument, base: QFont) -> None:
    """Spacing that reads well: taller lines, air above headings and between paragraphs."""
    document.setDefaultFont(base)
    document.setDocumentMargin(18)
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        level = fmt.headingLevel()
        fmt.setLineHeight(135 if level == 0 else 115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if level == 1:
            fmt.setTopMargin(0)
            fmt.setBottomMargin(6)
        elif level == 2:
            fmt.setTopMargin(20)
            fmt.setBottomMargin(6)
        elif level >= 3:
            fmt.setTopMargin(12)
            fmt.setBottomMargin(4)
        elif block.textList() is None:
            fmt.setBottomMargin(8)
        else:
            fmt.setBottomMargin(3)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        if level in HEADING_SIZE:
            # Qt's markdown headings are xx-large/x-large: in the narrow Trends panel a long word
            # ("Rückenschmerzen") no longer fitted a line and broke mid-word
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE[level])
            cursor.mergeCharFormat(size)
        block = block.next()


class CardView(QWidget):
    """One reference card, with a red-flags button on top and the review date below."""

    #: The id of the card now shown.
    card_shown = Signal(str)

    def __init__(
        self,
        library: CardLibrary,
        parent: QWidget | None = None,
        *,
        open_url: OpenUrl | None = None,
        today: Today = date.today,
    ):
        super().__init__(parent)
        self.library = library
        self._open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self._today = today
        self._history: list[str] = []
        self.card: Card | None = None

        self.back_button = QToolButton(self)
        self.back_button.setText(translate("CardView", "← Back"))
        self.back_button.setToolTip(translate("CardView", "Back to the previous card"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.go_back)
        self.back_button.setVisible(False)
        self.red_flags = red_flags_button(self)
        self.red_flags.clicked.connect(lambda: self.show_card(RED_FLAGS_ID))

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.red_flags)

        self.browser = CardBrowser(self)
        self.browser.setAccessibleName(translate("CardView", "Reference card"))
        self.browser.anchorClicked.connect(self.follow_link)
        # A card opens at its title. Layout passes after showing (a tab built while small, then
        # widened) can leave the text scrolled a little; until the person scrolls, stay at the top.
        self._hold_top = False
        bar = self.browser.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_top)
        bar.actionTriggered.connect(self._release_top)
        self.browser.highlighted.connect(self._show_link_target)

        self.footer = QLabel(self)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)
        self.footer.setContentsMargins(12, 4, 12, 8)
        self.footer.setObjectName("CardFooter")
        self._colour_footer()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.footer)

    # ------------------------------------------------------------------ showing cards
    def show_card(self, card_id: str, *, remember: bool = True) -> Card:
        card = self.library.get(card_id)
        if remember and self.card is not None and self.card.id != card.id:
            self._history.append(self.card.id)
        self._render(card)
        return card

    def set_card(self, card: Card) -> None:
        """Show ``card`` as a fresh start (no back history)."""
        self._history.clear()
        self._render(card)

    def _render(self, card: Card) -> None:
        self.card = card
        font = QApplication.font()
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.browser.setMarkdown(render_card_markdown(card))
        style_document(self.browser.document(), font)
        self._hold_top = True
        self.browser.verticalScrollBar().setValue(0)
        self.footer.setText(f"{review_note(card, self._today())}  {translate('Cards', DISCLAIMER)}")
        self._colour_footer()
        self.back_button.setVisible(bool(self._history))
        self.red_flags.setVisible(card.id != RED_FLAGS_ID)
        self.card_shown.emit(card.id)

    @qt_override
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # A theme change gives this view a new palette: work the footer's muted colour out again
        # (kept from the old palette it stayed dim on a dark theme).
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_footer()

    def _colour_footer(self) -> None:
        # The footer was palette(mid) (1.7:1 on the window colour); a muted text colour that keeps
        # 4.5:1 on whatever palette the person's theme gives us.
        palette = self.footer.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_text_color(self.palette()))
        self.footer.setPalette(palette)

    def _keep_top(self, *_range) -> None:
        if self._hold_top:
            self.browser.verticalScrollBar().setValue(0)

    def _release_top(self, *_action) -> None:
        self._hold_top = False

    def go_back(self) -> None:
        if self._history:
            self._render(self.library.get(self._history.pop()))

    # ------------------------------------------------------------------ links
    def follow_link(self, url: QUrl) -> None:
        """Route a clicked link: card: switches the card, http(s) opens the system browser."""
        scheme = url.scheme().lower()
        if scheme == "card":
            target = url.path() or url.toString()[len("card:") :]
            try:
                self.show_card(target)
            except UnknownCardError:
                log.error("card link to a missing card: %s", url.toString())
            return
        if scheme in ("http", "https") and url.host():
            self._open_url(url)
            return
        log.info("ignored a link with scheme %r on a card", scheme)

    def _show_link_target(self, url: QUrl) -> None:
        text = url.toString() if url.scheme() in ("http", "https") else ""
        self.browser.setToolTip(
            translate("CardView", "Opens in your web browser: {text}").format(text=text) if text else ""
        )

    def text(self) -> str:
        """The card as plain text, as shown (for tests and copy)."""
        return self.browser.toPlainText()

"""Reference cards in the window: the card browser, link routing, red flags, user therapy notes,
the "What is this?" window and the card beside the Trends numbers. Real widgets, real journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from backjournal.cards import CardLibrary
from backjournal.ui.views.cards_view import USER_PREFIX, CardDialog, CardsView, show_therapy_card
from backjournal.ui.widgets.card_view import DISCLAIMER, CardBrowser, CardView
from backjournal.ui.widgets.user_therapy_card import UserTherapyCardView

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def library():
    return CardLibrary.load()


@pytest.fixture
def opened_urls():
    return []


@pytest.fixture
def cards(qtbot, journal, library, opened_urls):
    from backjournal.ui.bridge import JournalSignals

    signals = JournalSignals(journal)
    view = CardsView(library=library, journal=journal, signals=signals, open_url=opened_urls.append)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    yield view
    signals.detach()


def _anchor_position(document: QTextDocument, href: str) -> int:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                return fragment.position() + max(1, fragment.length() // 2)
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the card")


def click_link(qtbot, browser: CardBrowser, href: str) -> None:
    """Click the link like a person: scroll it into view, then a mouse click on its text."""
    cursor = QTextCursor(browser.document())
    cursor.setPosition(_anchor_position(browser.document(), href))
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    rect = browser.cursorRect(cursor)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --------------------------------------------------------------------------- models


def test_card_list_models_pass_the_model_tester(qtmodeltester, cards):
    qtmodeltester.check(cards.model)
    cards.proxy.set_query("back pain")
    qtmodeltester.check(cards.proxy)


# --------------------------------------------------------------------------- search


def test_search_finds_a_card_by_a_word_in_its_body(qtbot, cards):
    qtbot.keyClicks(cards.search, "toothpick")
    assert cards.visible_ids() == ["acupuncture"]
    cards.list.setCurrentIndex(cards.proxy.index(0, 0))
    assert cards.card_view.card.id == "acupuncture"
    assert "toothpick" in cards.card_view.text()

    cards.search.clear()
    qtbot.keyClicks(cards.search, "NITROGEN")  # case-insensitive
    assert "cryotherapy" in cards.visible_ids()

    cards.search.clear()
    qtbot.keyClicks(cards.search, "zzqx unheardofword")
    assert cards.visible_ids() == []
    assert cards.no_match.isVisible()
    cards.search.clear()
    assert len(cards.visible_ids()) == len(cards.library)


def test_title_matches_come_first(qtbot, cards):
    qtbot.keyClicks(cards.search, "heat")
    ids = cards.visible_ids()
    assert ids[0] == "heat" and len(ids) > 1


# --------------------------------------------------------------------------- links


def test_clicking_a_red_flags_link_shows_the_red_flags_card(qtbot, cards, opened_urls):
    cards.show_card("heat")
    click_link(qtbot, cards.card_view.browser, "card:red-flags")
    qtbot.waitUntil(lambda: cards.card_view.card.id == "red-flags")
    assert "cauda equina" in cards.card_view.text().lower()
    assert opened_urls == []  # a card: link never reaches the system browser
    # the list follows, and Back returns to the card we came from
    assert cards.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "red-flags"
    assert cards.card_view.back_button.isVisible()
    cards.card_view.back_button.click()
    assert cards.card_view.card.id == "heat"


def test_external_links_open_only_when_clicked(qtbot, cards, opened_urls):
    cards.show_card("acupuncture")
    assert opened_urls == []  # showing a card opens nothing
    assert cards.card_view.browser.refused_resources == []
    href = "https://www.acpjournals.org/doi/10.7326/M16-2367"
    click_link(qtbot, cards.card_view.browser, href)
    assert [u.toString() for u in opened_urls] == [href]
    assert cards.card_view.card.id == "acupuncture"  # the view stays on the card


def test_link_routing(cards, opened_urls):
    view = cards.card_view
    view.follow_link(QUrl("card:massage"))
    assert view.card.id == "massage" and opened_urls == []
    view.follow_link(QUrl("file:///etc/passwd"))
    view.follow_link(QUrl("javascript:alert(1)"))
    assert opened_urls == [] and view.card.id == "massage"
    view.follow_link(QUrl("https://www.nice.org.uk/guidance/ng59"))
    assert [u.host() for u in opened_urls] == ["www.nice.org.uk"]
    assert not view.browser.openLinks() and not view.browser.openExternalLinks()


def test_the_browser_fetches_no_remote_resources(qtbot, library):
    view = CardView(library)
    qtbot.addWidget(view)
    browser = view.browser
    assert (
        browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.org/x.png")) is None
    )
    browser.setMarkdown("![x](https://example.org/tracker.png) and ![y](file:///etc/hostname)")
    browser.grab()  # lay out and paint: this is when images would be loaded
    assert "https://example.org/tracker.png" in browser.refused_resources
    assert "file:///etc/hostname" in browser.refused_resources


# --------------------------------------------------------------------------- red flags, date, disclaimer


def test_every_card_has_red_flags_at_the_top_and_its_review_date(qtbot, cards):
    for card in cards.library.all():
        cards.show_card(card.id)
        footer = cards.card_view.footer
        assert footer.textFormat() == Qt.TextFormat.PlainText
        assert card.reviewed.isoformat() in footer.text() and DISCLAIMER in footer.text()
        if card.id == "red-flags":
            continue
        button = cards.card_view.red_flags
        assert button.isVisible(), card.id
        assert button.geometry().top() < cards.card_view.browser.geometry().top()
    cards.show_card("exercise")
    cards.card_view.red_flags.click()
    assert cards.card_view.card.id == "red-flags"


# --------------------------------------------------------------------------- user-defined therapies


def test_user_therapy_card_shows_markup_literally_and_saves_edits(qtbot, journal, cards):
    therapy = journal.add_therapy_type("<i>Hot</i> tub", notes="<b>x</b>")
    assert USER_PREFIX + therapy.key in cards.visible_ids()  # the list follows the journal's change
    shown = cards.show_therapy(therapy.key)
    assert isinstance(shown, UserTherapyCardView)
    user = cards.user_view
    assert user.isVisible()
    assert user.notes.toPlainText() == "<b>x</b>"
    assert isinstance(user.notes, QPlainTextEdit)
    assert user.title.textFormat() == Qt.TextFormat.PlainText and user.title.text() == "<i>Hot</i> tub"
    for label in user.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText

    assert not user.save_button.isEnabled()
    user.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(user.notes, " and 20 minutes at 38 °C")
    assert user.save_button.isEnabled()
    qtbot.mouseClick(user.save_button, Qt.MouseButton.LeftButton)
    assert journal.find_therapy(therapy.key).notes == "<b>x</b> and 20 minutes at 38 °C"
    assert not user.save_button.isEnabled() and user.state.text() == "Saved."

    # the red-flags button works on a user card too
    user.red_flags.click()
    assert cards.panel.current() is cards.card_view and cards.card_view.card.id == "red-flags"


def test_a_named_medications_card_opens_its_class_card_in_one_click(qtbot, journal, cards):
    from backjournal.services.therapies import TherapyService

    therapies = TherapyService(journal=journal)
    ibu = therapies.add_medication("Ibuprofen", "nsaid")
    kratom = therapies.add_medication("Kratom tea", "kratom")
    own = therapies.add_medication("Something else", "other")
    cards.show_therapy(ibu.key)
    user = cards.user_view
    assert user.class_card.isVisible() and "NSAID" in user.class_label.text() and user.class_card.accessibleName()
    user.class_card.click()
    assert cards.panel.current() is cards.card_view and cards.card_view.card.id == "medication"
    cards.show_therapy(kratom.key)
    user.class_card.click()
    assert cards.card_view.card.id == "kratom"
    cards.show_therapy(own.key)
    assert not user.class_card.isVisible(), "class 'other' has no card: only the person's notes"
    cards.show_therapy(journal.add_therapy_type("Pilates").key)
    assert not user.class_card.isVisible()


def test_unsaved_user_notes_are_saved_when_switching(qtbot, journal, cards):
    a = journal.add_therapy_type("Sauna")
    b = journal.add_therapy_type("Swimming")
    cards.show_therapy(a.key)
    qtbot.keyClicks(cards.user_view.notes, "twice a week")
    cards.show_therapy(b.key)
    assert journal.find_therapy(a.key).notes == "twice a week"
    assert cards.user_view.therapy.key == b.key and cards.user_view.notes.toPlainText() == ""


# --------------------------------------------------------------------------- "What is this?" and the window


def test_show_therapy_card_opens_one_non_modal_window(qtbot, journal, library):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_therapy_card(parent, "heat", journal, library=library)
    assert isinstance(dialog, CardDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.panel.card_view.card.id == "heat"
    assert dialog.windowTitle() == "About Heat"
    again = show_therapy_card(parent, "kratom", journal)
    assert again is dialog and dialog.panel.card_view.card.id == "kratom"
    user = journal.add_therapy_type("TENS at home")
    assert isinstance(show_therapy_card(parent, user.key, journal).panel.current(), UserTherapyCardView)
    dialog.close()


def test_window_has_cards_tab_help_item_and_what_is_this(qtbot, window):
    assert "Cards" in window.views
    window.cards_action.trigger()
    view = window.views["Cards"].ensure()
    assert isinstance(view, CardsView)
    assert window.tabs.currentWidget() is window.views["Cards"]
    window.today.card_requested.emit("acupuncture")
    dialog = window.findChild(CardDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.panel.card_view.card.id == "acupuncture"
    dialog.close()


# --------------------------------------------------------------------------- Trends


def test_selecting_a_therapy_in_trends_shows_its_card(qtbot, opened, library):
    from backjournal.services.trends import TrendsService
    from backjournal.ui.views import trends_view
    from backjournal.ui.widgets.therapy_card_panel import attach_card_panel

    view = trends_view.TrendsView(journal=opened.journal, trends=TrendsService(unit_of_work=opened.uow))
    qtbot.addWidget(view)
    panel = getattr(view, "card_panel", None) or attach_card_panel(view, library=library, journal=opened.journal)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.select_therapy("massage")
    assert panel.current() is panel.card_view and panel.card_view.card.id == "massage"
    # the card sits above the person's own numbers
    assert panel.geometry().bottom() <= view.numbers_box.geometry().top()
    user = opened.journal.add_therapy_type("Hot tub", notes="warm")
    view.select_therapy(user.key)
    assert panel.current() is panel.user_view and panel.user_view.notes.toPlainText() == "warm"


def test_trends_tab_of_the_window_shows_the_selected_therapys_card(qtbot, window):
    trends = window.show_view("Trends")
    panel = trends.card_panel
    assert panel.parent() is trends.side_panel
    trends.select_therapy("heat")
    assert panel.isVisible() and panel.card_view.card.id == "heat"
    assert "ACP 2017" in panel.card_view.text()
    assert trends.side_panel_layout.indexOf(panel) < trends.side_panel_layout.indexOf(trends.numbers_box)
    # one library for the whole window
    assert panel.library is window.card_library()


def test_text_column_fits_and_stays_readable_at_any_width(qtbot, library):
    from backjournal.ui.widgets.card_view import MAX_LINE_CHARS

    view = CardView(library)
    qtbot.addWidget(view)
    view.set_card(library.get("exercise"))
    view.show()
    qtbot.waitExposed(view)
    browser = view.browser
    for width in (1400, 420, 900, 300, 1200):
        view.resize(width, 700)
        qtbot.waitUntil(lambda w=width: browser.width() == w)
        document_width = browser.document().size().width()
        assert document_width <= browser.viewport().width() + 1, f"text clipped at width {width}"
        widest = browser.fontMetrics().averageCharWidth() * MAX_LINE_CHARS + 2 * browser.document().documentMargin()
        assert browser.viewport().width() <= widest + browser.verticalScrollBar().sizeHint().width() + 2


def test_cards_tab_opens_the_card_at_its_title(window, qtbot):
    view = window.show_view("Cards")
    bar = view.card_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: view.card_view.browser.isVisible() and bar.maximum() > 0)  # shown and laid out
    # the layout passes after showing end at the title (it used to stay 36 px down)
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=2000)
    bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)  # the person scrolls: respected
    view.card_view.browser.resize(view.card_view.browser.width() - 40, view.card_view.browser.height())
    assert bar.value() > 0


# --------------------------------------------------------------------------- footer: review date and contrast


def test_the_footer_shows_when_a_card_is_past_its_review_date(qtbot, library):
    from datetime import date

    kratom, heat = library.get("kratom"), library.get("heat")
    assert kratom.time_sensitive and not heat.time_sensitive
    day = {"today": kratom.reviewed}
    view = CardView(library, today=lambda: day["today"])
    qtbot.addWidget(view)
    view.set_card(kratom)
    assert f"next review due by {kratom.review_due.isoformat()}" in view.footer.text()
    assert "out of date" not in view.footer.text()
    day["today"] = date.fromordinal(kratom.review_due.toordinal() + 1)  # 6 months and a day: overdue
    view.set_card(kratom)
    assert "more than 6 months ago" in view.footer.text() and "may be out of date" in view.footer.text()
    view.set_card(heat)  # a 12-month card is not overdue yet on the same day
    assert "out of date" not in view.footer.text() and DISCLAIMER in view.footer.text()


def test_the_card_list_marks_cards_past_their_review_date(qtbot, journal, library):
    from datetime import date

    from backjournal.ui.views.cards_view import OVERDUE_MARK, IdRole

    late = CardsView(library=library, journal=journal, today=lambda: date(2099, 1, 1))
    fresh = CardsView(library=library, journal=journal)
    qtbot.addWidget(late)
    qtbot.addWidget(fresh)
    for row in range(late.proxy.rowCount()):
        index = late.proxy.index(row, 0)
        assert index.data().endswith(OVERDUE_MARK), index.data(IdRole)
        assert "may be out of date" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not any(fresh.proxy.index(r, 0).data().endswith(OVERDUE_MARK) for r in range(fresh.proxy.rowCount()))


def test_footer_text_has_at_least_4_5_to_1_contrast(qtbot, library):
    from PySide6.QtGui import QColor, QPalette

    from backjournal.ui.colours import MIN_TEXT_CONTRAST, contrast_ratio, muted_text_color

    # the helper keeps 4.5:1 on light, dark and low-contrast themes
    for text, window in (("#000000", "#efefef"), ("#ffffff", "#2b2b2b"), ("#777777", "#999999")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        muted = muted_text_color(palette)
        assert contrast_ratio(muted, QColor(window)) >= min(
            MIN_TEXT_CONTRAST, contrast_ratio(QColor(text), QColor(window))
        )
    assert round(contrast_ratio(QColor("#a0a0a0"), QColor("#efefef")), 1) < 2.5  # the old palette(mid) look

    view = CardView(library)
    qtbot.addWidget(view)
    view.set_card(library.get("heat"))
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    footer = view.footer
    background = view.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(footer.palette().color(QPalette.ColorRole.WindowText), background) >= MIN_TEXT_CONTRAST
    # and on screen: the darkest pixel of the rendered text against the footer's background
    image = view.grab(footer.geometry()).toImage()
    corner = image.pixelColor(1, 1)
    best = max(
        contrast_ratio(image.pixelColor(x, y), corner)
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    )
    assert best >= MIN_TEXT_CONTRAST, f"footer text reads at {best:.1f}:1"


def test_footer_keeps_its_contrast_when_the_theme_changes(qtbot, library):
    """The footer's muted colour is worked out again for the new palette (it stayed dim on dark)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from backjournal.ui.colours import MIN_TEXT_CONTRAST, contrast_ratio
    from backjournal.ui.theme import build_palette

    app = QApplication.instance()
    original = app.palette()
    view = CardView(library)
    qtbot.addWidget(view)
    view.set_card(library.get("heat"))
    view.show()
    qtbot.waitExposed(view)
    try:
        for theme in ("dark", "light"):
            app.setPalette(build_palette(theme))
            window = build_palette(theme).color(QPalette.ColorRole.Window)

            def readable(window=window) -> bool:
                text = view.footer.palette().color(QPalette.ColorRole.WindowText)
                return contrast_ratio(text, window) >= MIN_TEXT_CONTRAST

            qtbot.waitUntil(readable, timeout=2000)
    finally:
        app.setPalette(original)

"""How a card is laid out in its view."""


def test_card_headings_are_sized_to_fit_a_narrow_panel(qapp):
    """Qt's markdown h1 is xx-large: in the Trends panel at 1024x768 "Rückenschmerzen" broke mid-word."""
    from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat

    from backjournal.ui.widgets.card_view import style_document

    document = QTextDocument()
    document.setMarkdown("# Medikamente gegen Rückenschmerzen\n\n## Was es ist\n\ntext\n")
    style_document(document, qapp.font())
    sizes = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + 1)
        adjustment = cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment)
        sizes.append((block.blockFormat().headingLevel(), adjustment))
        block = block.next()
    assert sizes[:2] == [(1, 2), (2, 1)]

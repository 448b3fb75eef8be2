"""Accessible names on every interactive widget of every view and dialog; text contrast of the palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from backjournal.ui.colours import TONES, tone_colour

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner editor of a spin box or combo box: the outer widget carries the name
        if w.objectName().startswith("qt_") or isinstance(w, (QHeaderView, QScrollBar)):
            continue  # Qt's own parts (scroll bars of a scroll area, tab bar scrollers)
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


@pytest.mark.parametrize("title", ["Today", "Journal", "Trends", "Insights", "Cards"])
def test_every_interactive_widget_of_every_view_has_an_accessible_name(qtbot, window, title):
    view = window.show_view(title)
    if title == "Trends":
        qtbot.waitUntil(lambda: view.canvas is not None, timeout=20_000)
    QApplication.processEvents()
    assert unnamed(view) == []


def test_score_buttons_say_six_of_ten(window):
    buttons = window.today.pain_form.score._group.buttons()
    assert [accessible_name(b) for b in buttons] == [f"{v} of 10" for v in range(11)]


def test_dialogs_name_their_widgets(qtbot, window, opened, tmp_path):
    from backjournal.services.demo import DemoService
    from backjournal.services.exchange import ExchangeService
    from backjournal.services.report import ReportService
    from backjournal.ui.dialogs.backup_dialogs import RestoreBackupDialog
    from backjournal.ui.dialogs.encryption_dialogs import EncryptJournalDialog
    from backjournal.ui.dialogs.entry_dialog import EntryDialog, PegDialog
    from backjournal.ui.dialogs.exchange_dialogs import ExportDialog, ImportDialog, ReportDialog
    from backjournal.ui.dialogs.trash_dialog import TrashDialog
    from backjournal.ui.dialogs.welcome_dialog import WelcomeDialog

    DemoService(unit_of_work=opened.uow).fill(0.1)
    journal, therapies = opened.journal, opened.journal.therapy_types()
    exchange = ExchangeService(unit_of_work=opened.uow, journal=journal)
    dialogs = [
        PegDialog(window),
        WelcomeDialog(tmp_path / "j"),
        window.shortcuts_dialog(),
        EntryDialog(journal.pain_entries()[-1], therapies, window),
        # one session of each therapy the demo logged (the last session alone was a random kind)
        *(EntryDialog(session, therapies, window) for session in {s.therapy: s for s in journal.sessions()}.values()),
        ReportDialog(service=ReportService(unit_of_work=opened.uow, cards=None), parent=window),
        ExportDialog(service=exchange, parent=window),
        ImportDialog(service=exchange, parent=window),
        RestoreBackupDialog(opened.backups, window),
        EncryptJournalDialog(window),
        TrashDialog(journal=journal, undo=window.undo, signals=window.signals, parent=window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], f"{type(dialog).__name__} {dialog.windowTitle()}"


# ---------------------------------------------------------------------------------------- contrast
def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


TEXT_ROLES = [  # (text role, background role) pairs Qt widgets draw text with
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
]
#: window and field backgrounds of light and dark themes (ours and common desktop ones)
LIGHT_BACKGROUNDS = ["#ffffff", "#efefef", "#f3f3f3", "#f0f0f0"]
DARK_BACKGROUNDS = ["#17181a", "#202124", "#26272a", "#303134", "#353535", "#2d2d2d"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_contrast_of_the_theme_palettes_is_at_least_4_5(qapp, theme):
    from backjournal.ui.theme import build_palette  # the themes (Preferences)

    palette = build_palette(theme)
    low = []
    for text, background in TEXT_ROLES:
        ratio = contrast(
            palette.color(QPalette.ColorGroup.Active, text), palette.color(QPalette.ColorGroup.Active, background)
        )
        if ratio < 4.5:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    assert low == []
    for tone in TONES:  # our own problem / good colours on that theme's window and fields
        colour = tone_colour(tone, palette)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(colour, palette.color(role)) >= 4.5, (tone, role.name)


@pytest.mark.parametrize("tone", list(TONES))
def test_problem_and_good_colours_read_on_light_and_dark_backgrounds(tone):
    light, dark = TONES[tone]
    assert min(contrast(QColor(light), QColor(b)) for b in LIGHT_BACKGROUNDS) >= 4.5
    assert min(contrast(QColor(dark), QColor(b)) for b in DARK_BACKGROUNDS) >= 4.5


def test_a_tone_label_follows_a_dark_palette(qtbot):
    from backjournal.ui.colours import ToneLabel

    label = ToneLabel(tone="problem")
    qtbot.addWidget(label)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(TONES["problem"][0])
    app = QApplication.instance()
    old = QPalette(app.palette())
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    try:
        app.setPalette(dark)
        QApplication.processEvents()
        assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(TONES["problem"][1])
    finally:
        app.setPalette(old)


def test_the_colours_we_set_ourselves_read_at_4_5_or_more():
    from backjournal.ui.widgets.score_picker import _RAMP

    dark_text = QColor("#1b1b1b")
    assert min(contrast(dark_text, QColor(c)) for c in _RAMP) >= 4.5  # score numbers on the ramp
    assert contrast(QColor("white"), QColor("#1f4e79")) >= 4.5  # the chosen score
    assert contrast(dark_text, QColor("#d7e7f5")) >= 4.5  # a chosen chip
    assert contrast(dark_text, QColor("#fff3c4")) >= 4.5  # the sample-data label

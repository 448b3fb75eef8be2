"""The window in German: menus, tabs and Preferences read German with the shipped catalogue, and dates
and numbers follow the German locale."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from backjournal import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def german(qapp):
    from backjournal.ui.translation import install_translators, remove_translators

    if "de" not in i18n.available_languages():
        pytest.fail("backjournal_de.qm is not compiled (./dev setup compiles resources/translations)")
    translators = install_translators(qapp, "de")
    yield
    remove_translators(qapp, translators)


def test_window_in_german_shows_german_menus_and_tabs(qtbot, german, opened, tmp_path):
    from PySide6.QtCore import QSettings

    from backjournal.ui.main_window import MainWindow

    window = MainWindow(opened=opened, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:3] == ["Heute", "Tagebuch", "Verlauf"]
    assert "Today" in window.views  # the views stay keyed in English (no stored translated strings)
    file_items = [a.text() for a in window.file_menu.actions() if a.text()]
    assert "&Beenden" in file_items


def test_german_locale_formats_numbers_and_dates(german):
    assert QLocale().toString(3.5, "f", 1) == "3,5"
    assert i18n.number(3.5) == "3,5"
    assert i18n.day_month(date(2026, 9, 15)) == "15. Sept."
    assert QApplication.translate("MainWindow", "&File") == "&Datei"


def test_preferences_offer_the_language_and_keep_the_choice_for_this_computer(qtbot, opened, tmp_path):
    from backjournal.language_choice import LanguageChoice
    from backjournal.services.settings import SettingsService
    from backjournal.ui.dialogs.preferences_dialog import PreferencesDialog

    choice = LanguageChoice(folder=tmp_path)
    dialog = PreferencesDialog(settings=SettingsService(unit_of_work=opened.uow), language=choice)
    qtbot.addWidget(dialog)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["system", "en", "de"]
    assert dialog.language.itemText(2) == "Deutsch" and dialog.language.currentData() == "system"
    assert "starts again" in dialog.language_note.text()  # applies after a restart, and says so
    dialog.language.setCurrentIndex(2)
    dialog.accept()
    assert LanguageChoice(folder=tmp_path).chosen() == "de"
    assert opened.journal is not None  # the journal stores no language (the same file in either language)


def test_the_german_window_shows_german_chart_axis_dates(german):
    from datetime import date

    import numpy as np
    from matplotlib.dates import AutoDateLocator, date2num
    from matplotlib.figure import Figure

    from backjournal.charts.dates import date_formatter, localise_dates

    fig = Figure()
    ax = fig.add_subplot()
    ax.plot([date2num(date(2026, 9, 1)), date2num(date(2026, 12, 1))], [1, 2])
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter(locator))
    fig.draw_without_rendering()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "Okt." in labels and "Dez." in labels and not np.any([lbl in ("Oct", "Dec") for lbl in labels])
    assert localise_dates("@D15@M09") == "15. Sept."


def test_the_import_dialog_previews_in_german(qtbot, german, opened, tmp_path):
    """The preview (read in a child process) and a refused file's rows read German in the German window."""
    from backjournal.services.exchange import ExchangeService
    from backjournal.ui.dialogs.exchange_dialogs import ImportDialog
    from tests.conftest import FIXTURES

    dialog = ImportDialog(service=ExchangeService(unit_of_work=opened.uow, journal=opened.journal))
    qtbot.addWidget(dialog)
    dialog.load(FIXTURES / "imports" / "bearable.csv")
    text = dialog.preview.toPlainText()
    assert "Datei: bearable.csv (CSV-Export von Bearable)" in text
    assert "Skala: 4 Schmerzbewertungen aus Bearable auf einer Skala von 0-4" in text
    assert "Zeile 9: Symptoms: Fatigue — ein Symptom, das kein Schmerz ist" in text
    assert "Neue Medikamente: Ibuprofen (nsaid), Magnesium (other)" in text
    assert "Mapped" not in text and "line 9" not in text and "New medications" not in text
    bad = tmp_path / "bad.csv"
    bad.write_text("record_type,uid,at,score\npain,,2026-03-01T08:00:00+01:00,44\npain,,nope,4\n", encoding="utf-8")
    dialog.load(bad)
    refused = dialog.preview.toPlainText()
    assert refused.startswith("Diese Datei kann nicht importiert werden: 2 Zeilen sind ungültig.")
    assert "Zeile 2:" in refused and "Zeile 3:" in refused and "allowed" not in refused, refused

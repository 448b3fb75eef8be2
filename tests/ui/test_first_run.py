"""First start: the welcome, a separate labelled sample journal, and the real journal left empty."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backjournal.paths import journal_path, resolve_data_dir
from backjournal.ui.application import open_window, welcome_first_start
from backjournal.ui.dialogs.welcome_dialog import (
    SAMPLE_TITLE,
    WelcomeChoice,
    WelcomeDialog,
    is_first_start,
    sample_dir_for,
)
from backjournal.ui.single_instance import SingleInstance


def click_in_welcome(button_name: str) -> None:
    """Once the welcome is up (modal), click one of its buttons as a person would."""

    def click() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, click)
            return
        getattr(dialogs[0], button_name).click()

    QTimer.singleShot(0, click)


def start_window(qtbot, data_dir: Path, *, sample: bool):
    instance = SingleInstance(data_dir)
    assert instance.claim()
    journals, shown = [], {}
    window = open_window(data_dir, sample=sample, instance=instance, journals=journals, shown=shown)
    qtbot.addWidget(window)
    return window, journals, shown, instance


def test_the_welcome_says_where_the_journal_lives_and_that_nothing_leaves(qtbot, tmp_path):
    chosen = tmp_path / "elsewhere"
    dialog = WelcomeDialog(tmp_path / "journal", choose_folder=lambda parent, start: chosen)
    qtbot.addWidget(dialog)
    assert str(tmp_path / "journal") in dialog.where.text()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.where)))
    assert "never connects to the internet" in texts and "Nothing leaves this computer" in texts
    dialog.choose_button.click()
    assert dialog.data_dir == chosen and str(chosen) in dialog.where.text()
    dialog.start_button.click()
    assert dialog.choice is WelcomeChoice.START and dialog.data_dir == chosen


def test_first_start_without_sample_data_opens_an_empty_journal_in_the_chosen_folder(qtbot, tmp_path):
    data_dir = tmp_path / "journal"
    assert is_first_start(data_dir)
    click_in_welcome("start_button")
    assert welcome_first_start(data_dir) == (data_dir, False)
    window, journals, _, instance = start_window(qtbot, data_dir, sample=False)
    try:
        assert journal_path(data_dir).exists() and journals[0].journal.is_empty()
        assert "SAMPLE" not in window.windowTitle() and not window.is_sample
        assert not window.today.empty_hint.isHidden()  # says what to do next
        assert not is_first_start(data_dir)  # the next start goes straight to the journal
    finally:
        window.close()
        for opened in journals:
            opened.close()
        instance.release()


def test_a_chosen_folder_is_remembered_for_later_starts(qtbot, tmp_path):
    chosen = tmp_path / "my journal"

    def pick() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, pick)
            return
        dialogs[0]._choose_folder = lambda parent, start: chosen
        dialogs[0].choose_button.click()
        dialogs[0].start_button.click()

    QTimer.singleShot(0, pick)
    assert welcome_first_start(tmp_path / "default") == (chosen, False)
    location = Path(os.environ["BACKJOURNAL_CONFIG_DIR"]) / "journal-location.json"
    assert json.loads(location.read_text())["data_dir"] == str(chosen)
    assert resolve_data_dir(None) == chosen  # where the window and the command line look from now on


def test_quitting_the_welcome_creates_nothing(qtbot, tmp_path):
    data_dir = tmp_path / "journal"
    click_in_welcome("quit_button")
    assert welcome_first_start(data_dir) is None
    assert not data_dir.exists()


def test_sample_data_is_a_separate_labelled_journal_and_the_real_one_stays_empty(qtbot, tmp_path):
    data_dir = tmp_path / "journal"
    click_in_welcome("sample_button")
    assert welcome_first_start(data_dir) == (data_dir, True)
    window, journals, shown, instance = start_window(qtbot, data_dir, sample=True)
    try:
        sample = journals[0]
        assert sample.path == journal_path(sample_dir_for(data_dir)) and sample.path != journal_path(data_dir)
        assert not sample.journal.is_empty()  # a year of made-up entries
        assert not journal_path(data_dir).exists()  # the real journal is not even created
        assert SAMPLE_TITLE in window.windowTitle()
        assert window.sample_label.isVisible() and "SAMPLE DATA" in window.sample_label.text()
        assert "Sample journal" in window.path_label.text()
        # File > Start my own journal: the real, empty journal in a plain window; the sample is untouched
        window.leave_sample_action.trigger()
        real = shown["window"]
        qtbot.addWidget(real)
        assert real is not window and not real.is_sample and "SAMPLE" not in real.windowTitle()
        assert journals[1].path == journal_path(data_dir) and journals[1].journal.is_empty()
        assert not sample.journal.is_empty()
        real.close()
    finally:
        for opened in journals:
            opened.close()
        instance.release()


def test_sample_data_from_the_file_menu_opens_beside_the_journal_and_closes_alone(qtbot, tmp_path):
    data_dir = tmp_path / "mine"
    window, journals, shown, instance = start_window(qtbot, data_dir, sample=False)
    try:
        real = journals[0]
        window.sample_action.trigger()
        sample_window = shown["sample"]
        assert sample_window is not window and SAMPLE_TITLE in sample_window.windowTitle()
        assert "Close the sample data" in sample_window.leave_sample_action.text().replace("&", "")
        window.sample_action.trigger()  # a second time: the same window, not the file opened twice
        assert len(journals) == 2 and shown["sample"] is sample_window
        assert real.journal.is_empty() and not journals[1].journal.is_empty()
        sample_window.leave_sample_action.trigger()
        qtbot.waitUntil(lambda: "sample" not in shown)  # deleted on close, its journal closed
        assert journals == [real] and "sample" not in shown
        assert window.isVisible() and shown["window"] is window
    finally:
        window.close()
        for opened in journals:
            opened.close()
        instance.release()


def test_sample_data_chosen_at_the_welcome_opens_in_the_already_painted_window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from backjournal.ui.main_window import MainWindow

    data_dir = tmp_path / "journal"
    shell = MainWindow(settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(shell)
    shell.show()
    instance = SingleInstance(data_dir)
    assert instance.claim()
    journals, shown = [], {}
    try:
        window = open_window(data_dir, sample=True, instance=instance, journals=journals, shown=shown, shell=shell)
        assert window is shell and SAMPLE_TITLE in shell.windowTitle()
        assert not journals[0].journal.is_empty() and not journal_path(data_dir).exists()
    finally:
        shell.close()
        for opened in journals:
            opened.close()
        instance.release()

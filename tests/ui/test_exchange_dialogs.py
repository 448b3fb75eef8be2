"""File menu: report, export and import dialogs driven with real widgets."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from backjournal.domain.models import PainEntryDraft, TherapySessionDraft
from backjournal.services.exchange import ExchangeService
from backjournal.services.report import ReportService
from backjournal.ui.dialogs.exchange_dialogs import ExportDialog, ImportDialog, ReportDialog
from tests.conftest import FIXTURES, at, content_hash

pytestmark = pytest.mark.gui


@pytest.fixture
def some_data(opened):
    for i in range(20):
        opened.journal.log(PainEntryDraft(at(i), 3 + i % 5, note="<b>bold?</b>" if i == 2 else None))
    opened.journal.log(TherapySessionDraft("heat", at(3), minutes=20, pain_before=6, pain_after=4))
    return opened


def test_file_menu_has_the_actions(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Report for my physician…" in texts and "E&xport…" in texts and "&Import…" in texts


def test_report_dialog_writes_the_chosen_report(qtbot, some_data, tmp_path):
    dialog = ReportDialog(service=ReportService(unit_of_work=some_data.uow), today=date(2026, 3, 15))
    qtbot.addWidget(dialog)
    dialog.period.set_last(30)
    dialog.name_edit.setText("Kim")
    dialog.section_boxes["calendar"].setChecked(False)
    dialog.section_boxes["notes"].setChecked(True)
    dialog.paper.setCurrentIndex(2)
    opts = dialog.options()
    assert (opts.start, opts.end, opts.paper) == (date(2026, 2, 14), date(2026, 3, 15), "letter")
    assert "calendar" not in opts.sections and "notes" in opts.sections
    dialog.grab().save(str(tmp_path / "report_dialog.png"))
    path = dialog.save_to(tmp_path / "r.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "14 Feb 2026 – 15 Mar 2026" in text and "Kim" in text and "<b>bold?</b>" in text
    assert "Calendar of daily pain" not in text


def test_export_dialog(qtbot, some_data, tmp_path):
    dialog = ExportDialog(service=ExchangeService(unit_of_work=some_data.uow), today=date(2026, 3, 15))
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(1)
    result = dialog.export_to(tmp_path / "j.json")
    assert result.pain == 20 and json.loads((tmp_path / "j.json").read_text())["format"] == "backjournal-journal"
    dialog.whole.setChecked(False)
    dialog.period.set_last(30)
    dialog.format.setCurrentIndex(0)
    assert dialog.export_to(tmp_path / "j.csv").pain == 20


def test_import_dialog_previews_asks_for_the_scale_then_imports(qtbot, opened, tmp_path):
    dialog = ImportDialog(service=ExchangeService(unit_of_work=opened.uow, journal=opened.journal))
    qtbot.addWidget(dialog)
    before = content_hash(opened.path)
    dialog.load(FIXTURES / "imports" / "bearable.csv")
    assert dialog.scale_box.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    assert "0→0, 1→3, 2→5, 3→8, 4→10" in dialog.scale_text.text()
    assert "Fatigue" in dialog.preview.toPlainText()
    dialog.resize(760, 560)
    dialog.grab().save(str(tmp_path / "import_dialog.png"))
    assert content_hash(opened.path) == before  # nothing written by the preview
    dialog.convert.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert "To import: 4 pain entries" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_info.pain == 4 and dialog.result_info.sessions == 4


def test_import_dialog_lists_every_bad_row(qtbot, opened, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("record_type,uid,at,score\npain,,2026-03-01T08:00:00+01:00,44\npain,,nope,4\n", encoding="utf-8")
    dialog = ImportDialog(service=ExchangeService(unit_of_work=opened.uow))
    qtbot.addWidget(dialog)
    before = content_hash(opened.path)
    dialog.load(bad)
    text = dialog.preview.toPlainText()
    assert "line 2:" in text and "line 3:" in text and "Nothing was imported" in text
    assert not dialog.import_button.isEnabled()
    assert content_hash(opened.path) == before

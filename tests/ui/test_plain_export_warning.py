"""Exports, reports and charts of an ENCRYPTED journal: the window warns that the file will not be
encrypted and asks first; Cancel saves nothing. A plain journal is not asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytest.importorskip("sqlcipher3")

from backjournal.domain.models import PainEntryDraft
from backjournal.services.encryption import encrypt_journal
from backjournal.services.opening import open_journal
from backjournal.ui.dialogs.exchange_dialogs import ExportDialog, ReportDialog
from tests.conftest import at
from tests.ui.test_recovery_and_restore import answer_modals, click


@pytest.fixture
def enc_window(qtbot, data_dir, tmp_path):
    from backjournal.ui.application import build_main_window

    opened = open_journal(data_dir)
    opened.journal.log_pain(PainEntryDraft(felt_at=at(), score=5, note="private"))
    opened.close()
    encrypt_journal(data_dir, "pw")
    opened = open_journal(data_dir, passphrase="pw")
    w = build_main_window(opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    opened.close()


def warning(answer: str, texts: list[str], screenshot: Path | None = None):
    def handler(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "plain-export-warning"
        assert box.textFormat().name == "PlainText"
        texts.append(box.text() + " " + box.informativeText())
        if screenshot is not None:
            box.grab().save(str(screenshot))
        click(answer)(box)

    return handler


def reject(kind):
    def handler(dialog):
        assert isinstance(dialog, kind), type(dialog).__name__
        dialog.reject()

    return handler


@pytest.mark.parametrize(
    "action, what, dialog_kind",
    [
        ("export_action", "export (CSV, JSON or FHIR)", ExportDialog),
        ("report_action", "PDF report", ReportDialog),
    ],
)
def test_export_and_report_warn_and_cancel_saves_nothing(qtbot, enc_window, action, what, dialog_kind, tmp_path):
    texts: list[str] = []
    seen = answer_modals(warning("Cancel", texts, tmp_path / "plain-export-warning.png"))
    getattr(enc_window.exchange_menu, action).trigger()
    assert len(seen) == 1, "after Cancel no export dialog opens"
    assert f"the {what}" in texts[0] and "will NOT be encrypted" in texts[0]

    seen = answer_modals(warning("Save it unencrypted", texts), reject(dialog_kind))
    getattr(enc_window.exchange_menu, action).trigger()
    assert len(seen) == 2 and isinstance(seen[1], dialog_kind), "going on opens the dialog"


def test_chart_export_warns_first(qtbot, enc_window, tmp_path):
    texts: list[str] = []
    seen = answer_modals(warning("Cancel", texts, tmp_path / "plain-export-warning.png"))
    enc_window.export_chart_action.trigger()
    assert len(seen) == 1 and "chart" in texts[0]

    seen = answer_modals(warning("Save it unencrypted", texts), reject(QFileDialog))
    enc_window.export_chart_action.trigger()
    assert len(seen) == 2 and isinstance(seen[1], QFileDialog), "going on asks where to save"


def test_a_plain_journal_is_not_asked(qtbot, window):
    seen = answer_modals(reject(ExportDialog))
    window.exchange_menu.export_action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], ExportDialog)

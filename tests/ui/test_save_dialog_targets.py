"""The window's save dialogs (report, export, chart) run the same target check as the command line:
a chosen file that is the journal, a companion or a backup is refused and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from backjournal.domain.errors import UserInputError
from backjournal.services.exchange import ExchangeService
from backjournal.services.report import ReportService
from backjournal.services.trends import TrendsService
from backjournal.ui.dialogs.exchange_dialogs import ExportDialog, ReportDialog
from tests.conftest import file_sha256

pytestmark = pytest.mark.gui


def test_report_and_export_dialogs_refuse_the_journal_and_its_wal(qtbot, opened, tmp_path):
    journal = opened.path
    before = file_sha256(journal)
    report = ReportDialog(service=ReportService(unit_of_work=opened.uow), today=date(2026, 3, 15))
    qtbot.addWidget(report)
    with pytest.raises(UserInputError, match="is the journal"):
        report.save_to(journal)
    export = ExportDialog(service=ExchangeService(unit_of_work=opened.uow), today=date(2026, 3, 15))
    qtbot.addWidget(export)
    with pytest.raises(UserInputError, match="wal"):
        export.export_to(journal.with_name(journal.name + "-wal"))
    with pytest.raises(UserInputError, match="does not exist"):
        export.export_to(tmp_path / "gone" / "x.csv")
    assert file_sha256(journal) == before
    assert not journal.with_name(journal.name + "-wal").read_bytes().startswith(b"[")


def test_chart_export_refuses_a_backup(qtbot, opened, journal):
    from backjournal.ui.views.trends_view import TrendsView

    backup = opened.backups.back_up().path
    before = file_sha256(backup)
    view = TrendsView(
        journal=journal, trends=TrendsService(unit_of_work=opened.uow), today_fn=lambda: date(2026, 3, 15)
    )
    qtbot.addWidget(view)
    with pytest.raises(UserInputError, match="backups folder"):
        view.export_chart(backup.with_suffix(".png"))
    assert file_sha256(backup) == before and not backup.with_suffix(".png").exists()

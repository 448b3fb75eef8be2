"""The File menu's report, export and import actions.

Kept apart from the dialogs (exchange_dialogs) so that building the menu imports nothing heavy: the
dialogs' module (the report model, the exchange formats, numpy) loads when an action is first triggered,
not before the window's first paint or the Trends chart's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from backjournal.ui.modal import exec_dialog
from backjournal.ui.plain_export import confirm_plain_export
from backjournal.ui.translation import translate

if TYPE_CHECKING:
    from backjournal.services.exchange import ExchangeService
    from backjournal.services.report import ReportService


class ExchangeMenu:
    """Adds the report, export and import actions to the File menu (one line in MainWindow).

    Receives the services it uses (``exchange``, ``reports``: callables giving each on first use),
    whether the journal is encrypted now (``is_encrypted``: exports are not, the person is asked
    first), the paper the preferences chose (``report_paper``), and where to say what happened
    (``show_saved``, ``show_status``: the window's); ``parent`` places the dialogs."""

    def __init__(
        self,
        menu: QMenu,
        *,
        parent: QWidget,
        exchange: Callable[[], ExchangeService],
        reports: Callable[[], ReportService],
        is_encrypted: Callable[[], bool],
        report_paper: Callable[[], str | None],
        show_saved: Callable[..., object],
        show_status: Callable[[str], None],
    ):
        self.parent = parent
        self.exchange = exchange
        self.reports = reports
        self.is_encrypted = is_encrypted
        self.report_paper = report_paper
        self.show_saved = show_saved
        self.show_status = show_status
        self.report_action = self._action(
            menu, translate("ExchangeMenu", "&Report for my physician…"), self.open_report, "Ctrl+Shift+R"
        )
        self.export_action = self._action(menu, translate("ExchangeMenu", "E&xport…"), self.open_export)
        self.import_action = self._action(menu, translate("ExchangeMenu", "&Import…"), self.open_import)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = QAction(text, self.parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_report(self) -> None:
        if not confirm_plain_export(
            self.parent, translate("ExchangeMenu", "PDF report"), encrypted=self.is_encrypted()
        ):
            return  # an encrypted journal: the PDF is not
        from backjournal.ui.dialogs.exchange_dialogs import ReportDialog

        dialog = ReportDialog(service=self.reports(), paper=self.report_paper(), parent=self.parent)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.written:
            self.show_saved(dialog.written, translate("ExchangeMenu", "report"))

    def open_export(self) -> None:
        if not confirm_plain_export(
            self.parent, translate("ExchangeMenu", "export (CSV, JSON or FHIR)"), encrypted=self.is_encrypted()
        ):
            return
        from backjournal.ui.dialogs.exchange_dialogs import ExportDialog

        dialog = ExportDialog(service=self.exchange(), parent=self.parent)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_info:
            r = dialog.result_info
            self.show_saved(r.path, translate("ExchangeMenu", "export of {total} records").format(total=r.total))

    def open_import(self) -> None:
        from backjournal.ui.dialogs.exchange_dialogs import ImportDialog

        dialog = ImportDialog(service=self.exchange(), parent=self.parent)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.result_info:
            r = dialog.result_info
            factors = (
                translate("ExchangeMenu", ", {factor_values} daily factor values").format(factor_values=r.factor_values)
                if r.factor_values
                else ""
            )
            self.show_status(
                translate(
                    "ExchangeMenu", "Imported {total} records{factors} ({already} were already in the journal)."
                ).format(total=r.total, factors=factors, already=r.already)
            )

"""File menu: "Report for my physician…", "Export…", "Import…".

Each dialog gathers choices and calls a service (ReportService, ExchangeService); files are written
atomically by the services. The import dialog shows what a file will add, what it skips and how
scales map before anything is written, and imports only when the person presses Import.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from backjournal.domain.errors import BackJournalError, ImportRejectedError
from backjournal.domain.timeutil import local_now
from backjournal.exchange.batch import SCALE_CONVERT, SCALE_SKIP, ImportOptions
from backjournal.fileio import atomic_write_bytes
from backjournal.i18n import QT_TRANSLATE_NOOP
from backjournal.paths import CSV_OUTPUT, FHIR_OUTPUT, JSON_OUTPUT, REPORT_OUTPUT
from backjournal.reports.report_model import DEFAULT_SECTIONS, SECTION_LABELS
from backjournal.services.exchange import ExchangeService, ExportResult, ImportPlan, ImportResult
from backjournal.services.outputs import check_output
from backjournal.services.report import ReportOptions, ReportService
from backjournal.ui.dates import date_format
from backjournal.ui.errors import show_error
from backjournal.ui.operations import run_operation
from backjournal.ui.translation import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


#: What each export format writes, for the target check (paths.check_output_path).
OUTPUT_KINDS = {"csv": CSV_OUTPUT, "json": JSON_OUTPUT, "fhir": FHIR_OUTPUT}


class PeriodPicker(QWidget):
    """From/to dates with quick buttons (30 days, 90 days, 1 year)."""

    def __init__(self, start: date, end: date, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start_edit = QDateEdit(_qdate(start), self)
        self.end_edit = QDateEdit(_qdate(end), self)
        for edit, name in (
            (self.start_edit, translate("PeriodPicker", "From date")),
            (self.end_edit, translate("PeriodPicker", "To date")),
        ):
            edit.setAccessibleName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format(weekday=False))
        layout.addWidget(self.start_edit)
        layout.addWidget(_label(translate("PeriodPicker", "to"), self))
        layout.addWidget(self.end_edit)
        for text, days in (
            (translate("PeriodPicker", "30 days"), 30),
            (translate("PeriodPicker", "90 days"), 90),
            (translate("PeriodPicker", "1 year"), 365),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda checked=False, d=days: self.set_last(d))
            layout.addWidget(button)

    def set_last(self, days: int) -> None:
        end = _pydate(self.end_edit.date())
        self.start_edit.setDate(_qdate(end - timedelta(days=days - 1)))

    def period(self) -> tuple[date, date]:
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())


class ReportDialog(QDialog):
    """Choose the period, sections, notes, name and paper; then Save… writes the PDF."""

    def __init__(
        self,
        *,
        service: ReportService,
        today: date | None = None,
        paper: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("ReportDialog", "Report for my physician"))
        self.service = service
        self.written: Path | None = None
        today = today or local_now().date()
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                translate(
                    "ReportDialog",
                    "A PDF your physician can read in a minute: your pain over the period, "
                    "the therapies you used and what happened around them.",
                ),
                self,
            )
        )
        form = QFormLayout()
        self.period = PeriodPicker(today - timedelta(days=89), today, self)
        form.addRow(translate("ReportDialog", "Period"), self.period)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("ReportDialog", "optional: printed in the footer of every page"))
        self.name_edit.setMaxLength(120)
        form.addRow(translate("ReportDialog", "Your name"), self.name_edit)
        self.paper = QComboBox(self)
        self.paper.addItem(translate("ReportDialog", "As usual here (from the language settings)"), None)
        self.paper.addItem(translate("ReportDialog", "A4"), "a4")
        self.paper.addItem(translate("ReportDialog", "US Letter"), "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))  # Preferences > General > Report paper
        form.addRow(translate("ReportDialog", "Paper"), self.paper)
        layout.addLayout(form)
        box = QGroupBox(translate("ReportDialog", "Sections"), self)
        inner = QVBoxLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in ("summary", "calendar", "effects", "medications", "cards", "notes"):
            check = QCheckBox(SECTION_LABELS[key], box)
            check.setChecked(key in DEFAULT_SECTIONS)
            if key == "summary":
                check.setEnabled(False)  # page 1 is the report
            if key == "notes":
                check.setText(
                    translate(
                        "ReportDialog", "Notes (your own words; include only if you want your physician to read them)"
                    )
                )
            inner.addWidget(check)
            self.section_boxes[key] = check
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(
            translate("ReportDialog", "Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.choose_file_and_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ReportOptions:
        start, end = self.period.period()
        sections = frozenset(k for k, c in self.section_boxes.items() if c.isChecked()) | {"summary"}
        return ReportOptions(
            start=start,
            end=end,
            sections=sections,
            name=self.name_edit.text().strip() or None,
            paper=self.paper.currentData(),
        ).validated()

    def save_to(self, path: str | Path) -> Path:
        path = check_output(path, REPORT_OUTPUT, field="file").path  # never the journal, its companions or backups
        options = self.options()

        def work(progress):  # off the UI thread; Cancel is safe until the file is written
            # The PDF is built in a child process: matplotlib and fpdf2 would hold the GIL (a frozen window).
            data = self.service.render_apart(options, check=progress.check)
            progress.check()
            return atomic_write_bytes(path, data)

        self.written = run_operation(
            self, work, title=translate("ReportDialog", "Writing the report…"), cancellable=True
        )
        return self.written

    def choose_file_and_save(self) -> None:
        start, end = self.period.period()
        suggested = str(Path.home() / f"pain-report-{start.isoformat()}-to-{end.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ReportDialog", "Save the report"), suggested, translate("ReportDialog", "PDF (*.pdf)")
        )
        if not path:
            return
        try:
            self.save_to(path)
        except BackJournalError as exc:
            show_error(self, exc)
            return
        self.accept()


class ExportDialog(QDialog):
    FORMATS = (
        ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV: one row per entry or session (spreadsheets)"), ".csv"),
        (
            "json",
            QT_TRANSLATE_NOOP("ExportDialog", "JSON: the whole journal (to move it to another computer)"),
            ".json",
        ),
        ("fhir", QT_TRANSLATE_NOOP("ExportDialog", "FHIR R4: for a physician's or hospital's system"), ".fhir.json"),
    )

    def __init__(self, *, service: ExchangeService, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.service = service
        self.result_info: ExportResult | None = None
        today = today or local_now().date()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(self)
        for key, text, _ in ((k, translate("ExportDialog", t), e) for k, t, e in self.FORMATS):
            self.format.addItem(text, key)
        form.addRow(translate("ExportDialog", "Format"), self.format)
        self.whole = QCheckBox(translate("ExportDialog", "Everything"), self)
        self.whole.setChecked(True)
        form.addRow(translate("ExportDialog", "Period"), self.whole)
        self.period = PeriodPicker(today - timedelta(days=89), today, self)
        self.period.setEnabled(False)
        self.whole.toggled.connect(lambda on: self.period.setEnabled(not on))
        form.addRow("", self.period)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def export_to(self, path: str | Path):
        start, end = (None, None) if self.whole.isChecked() else self.period.period()
        path = check_output(path, OUTPUT_KINDS[self.format.currentData()], field="file").path
        kind = self.format.currentData()
        self.result_info = run_operation(
            self,
            lambda _p: self.service.export(kind, path, start=start, end=end),
            title=translate("ExportDialog", "Exporting…"),
        )
        return self.result_info

    def choose_file_and_export(self) -> None:
        ext = self.FORMATS[self.format.currentIndex()][2]
        suggested = str(Path.home() / f"backjournal-{local_now().date().isoformat()}{ext}")
        path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export to"), suggested)
        if not path:
            return
        try:
            self.export_to(path)
        except BackJournalError as exc:
            show_error(self, exc)
            return
        self.accept()


class ImportDialog(QDialog):
    """Pick a file, read the preview (new, already there, skipped, how scales map), then Import."""

    def __init__(self, *, service: ExchangeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import"))
        self.resize(720, 520)
        self.service = service
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.result_info: ImportResult | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = _label(
            translate(
                "ImportDialog",
                "No file chosen. BackJournal CSV or JSON, or a Bearable, Daylio or Flaredown CSV export.",
            ),
            self,
        )
        choose = QPushButton(translate("ImportDialog", "Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.scale_box = QGroupBox(translate("ImportDialog", "Ratings on a 0–4 scale"), self)
        scale_layout = QVBoxLayout(self.scale_box)
        self.scale_text = _label("", self.scale_box)
        self.convert = QRadioButton(translate("ImportDialog", "Convert to 0–10"), self.scale_box)
        self.skip = QRadioButton(translate("ImportDialog", "Do not import them"), self.scale_box)
        self.scale_group = QButtonGroup(self)
        for b in (self.convert, self.skip):
            self.scale_group.addButton(b)
            scale_layout.addWidget(b)
            b.toggled.connect(self._scale_changed)
        scale_layout.insertWidget(0, self.scale_text)
        self.scale_box.setVisible(False)
        layout.addWidget(self.scale_box)
        self.preview = QPlainTextEdit(self)
        self.preview.setAccessibleName(translate("ImportDialog", "What the file holds"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            translate("ImportDialog", "What the file holds will show here before anything is imported.")
        )
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Import from"),
            str(Path.home()),
            translate("ImportDialog", "CSV or JSON (*.csv *.json);;All files (*)"),
        )
        if path:
            self.load(path)

    def _scale_choice(self) -> str | None:
        if self.convert.isChecked():
            return SCALE_CONVERT
        if self.skip.isChecked():
            return SCALE_SKIP
        return None

    def _scale_changed(self, checked: bool) -> None:
        if checked and self.path is not None:
            self.load(self.path, keep_scale=True)

    def load(self, path: str | Path, *, keep_scale: bool = False) -> None:
        """Read and check the whole file; show the preview. Nothing is written."""
        self.path = chosen = Path(path)
        if not keep_scale:
            self.scale_group.setExclusive(False)
            self.convert.setChecked(False)
            self.skip.setChecked(False)
            self.scale_group.setExclusive(True)
        self.file_label.setText(translate("ImportDialog", "File: {path}").format(path=self.path))
        self.plan = None
        self.import_button.setEnabled(False)
        try:
            options = ImportOptions(scale=self._scale_choice())
            # read in a child process: pure Python checks in a worker thread compete with the window for the GIL
            self.plan = run_operation(
                self,
                lambda _p: self.service.prepare(chosen, options=options, apart=True),
                title=translate("ImportDialog", "Reading the file…"),
            )
        except ImportRejectedError as exc:
            self.scale_box.setVisible(False)
            count = len(exc.problems)
            head = translate(
                "ImportDialog",
                "This file cannot be imported: %n rows are not valid. Nothing was imported.",
                None,
                count,
            )
            fix = translate("ImportDialog", "Fix these rows (or export the file again) and try once more:")
            self.preview.setPlainText("\n".join([head, fix, ""] + [f"  {p}" for p in exc.problems]))
            return
        except BackJournalError as exc:
            self.scale_box.setVisible(False)
            self.preview.setPlainText(
                translate("ImportDialog", "This file cannot be imported. Nothing was imported.\n\n{exc}").format(
                    exc=exc
                )
            )
            return
        plan = self.plan
        self.scale_box.setVisible(bool(plan.scales))
        if plan.scales:
            self.scale_text.setText(
                "\n".join(s.describe() for s in plan.scales)
                + translate("ImportDialog", "\nBackJournal never stretches a scale without asking. Choose:")
            )
        lines = plan.preview_lines(limit=200)
        if plan.needs_scale_choice:
            lines.append("")
            lines.append(translate("ImportDialog", "Choose what to do with the 0–4 ratings above to continue."))
        self.preview.setPlainText("\n".join(lines))
        self.import_button.setEnabled(
            not plan.needs_scale_choice and bool(plan.new or plan.new_therapies or plan.settings or plan.periods)
        )

    def do_import(self) -> None:
        if self.plan is None:
            return
        try:
            plan = self.plan
            self.result_info = run_operation(
                self,
                lambda _p: self.service.apply(plan),
                title=translate("ImportDialog", "Importing…"),
                journal=self.service.journal,
            )
        except BackJournalError as exc:
            show_error(self, exc)
            return
        self.accept()

"""The physician report: gather the period's numbers (through TrendsService and the journal), build
the PDF (reports.pdf_report) and write it atomically, readable by the user only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from backjournal import __version__, i18n
from backjournal.domain.errors import BackJournalError, ValidationError
from backjournal.domain.models import shown_name
from backjournal.domain.timeutil import local_now, parse_day
from backjournal.fileio import atomic_write_bytes
from backjournal.i18n import translate
from backjournal.reports.report_model import DEFAULT_SECTIONS, SECTIONS, NoteLine, ReportModel, summarise
from backjournal.services.reading import reads_and_writes
from backjournal.services.trends import TrendsService

if TYPE_CHECKING:
    from backjournal.cards.loader import CardLibrary
    from backjournal.services.courses import CourseService
    from backjournal.services.insights import FactorSeries, InsightsService
    from backjournal.services.trials import TrialService
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory

REPORT_RANGES = {"30d": 30, "90d": 90, "1y": 365}
DEFAULT_RANGE = "90d"


def resolve_period(
    start_text: str | None, end_text: str | None, range_key: str | None, *, today: date | None = None
) -> tuple[date, date]:
    """--from/--to (a missing --to is today) or --range (ending today); default the last 90 days."""
    today = today or local_now().date()
    if range_key is not None and (start_text or end_text):
        raise ValidationError("--range", range_key, "either --range or --from/--to, not both")
    if range_key is not None and range_key not in REPORT_RANGES:
        raise ValidationError("--range", range_key, ", ".join(REPORT_RANGES))
    end = parse_day(end_text, field="--to") if end_text else today
    if start_text:
        start = parse_day(start_text, field="--from")
    else:
        start = end - timedelta(days=REPORT_RANGES[range_key or DEFAULT_RANGE] - 1)
    if end < start:
        raise ValidationError(
            "--to",
            end.isoformat(),
            translate("Errors", "a day on or after --from ({day})").format(day=start.isoformat()),
            translate("Errors", "is before --from"),
        )
    if (end - start).days > 366 * 30:
        raise ValidationError("--from", start.isoformat(), translate("Errors", "a period of at most 30 years"))
    return start, end


def parse_sections(text: str | None, *, include_notes: bool = False) -> frozenset[str]:
    if text is None:
        chosen = set(DEFAULT_SECTIONS)
    else:
        chosen = {p.strip().lower() for p in text.split(",") if p.strip()}
        unknown = chosen - set(SECTIONS)
        if unknown:
            raise ValidationError("--sections", ",".join(sorted(unknown)), ", ".join(SECTIONS))
        chosen.add("summary")  # page 1 is the report
    if include_notes:
        chosen.add("notes")
    return frozenset(chosen)


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    sections: frozenset[str] = field(default_factory=lambda: DEFAULT_SECTIONS)
    name: str | None = None
    paper: str | None = None  # a4, letter, or None for the locale's
    baseline: tuple[date, date] | None = None

    def validated(self) -> ReportOptions:
        if self.end < self.start:
            raise ValidationError(
                "to",
                self.end.isoformat(),
                translate("Errors", "a day on or after {day}").format(day=self.start.isoformat()),
            )
        if self.paper not in (None, "a4", "letter"):
            raise ValidationError("paper", self.paper, "a4 or letter")
        if self.name is not None and len(self.name) > 120:
            raise ValidationError("name", self.name, "at most 120 characters")
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValidationError("sections", ",".join(sorted(unknown)), ", ".join(SECTIONS))
        return self


def _region_label(value: str) -> str:
    from backjournal.domain.models import BodyRegion

    try:
        return BodyRegion(value).label
    except ValueError:
        return value


class ReportService:
    """The report over the other services. The composition root (services/composition.py) passes
    them: ``trends``, and, read only for a report with their section, ``courses``, ``trials``,
    ``insights`` and ``cards`` as zero-argument callables (a cards library itself is accepted too).
    Built with the unit of work alone (tests, the benchmark), it makes its own over it; built with
    ``reads`` alone (storage/plain_reads.py ``read_journal``: the command line's report of a plain
    journal at head, services/light_open.py ``light_report``), it reads through it, and so do the
    services it makes, without the storage stack."""

    def __init__(
        self,
        *,
        unit_of_work: UnitOfWorkFactory | None = None,
        reads: ReadsFactory | None = None,
        cards: CardLibrary | Callable[[], CardLibrary | None] | None = None,
        factor_series: FactorSeries | None = None,
        trends: TrendsService | None = None,
        courses: Callable[[], CourseService] | None = None,
        trials: Callable[[], TrialService] | None = None,
        insights: Callable[[], InsightsService] | None = None,
    ):
        reader, _writes = reads_and_writes("ReportService", unit_of_work, reads)  # the report only reads
        self._reads = reader
        self._factor_series = factor_series  # factors for the insights section (services.insights)
        self._trends = trends or TrendsService(reads=reader)
        self._cards = cards  # an optional cards library (or what gives it): summaries of therapies used
        self._courses = courses or self._own_courses
        self._trials = trials or self._own_trials
        self._insights = insights or self._own_insights

    def _own_courses(self) -> CourseService:
        from backjournal.services.courses import CourseService
        from backjournal.services.settings import SettingsService

        settings = SettingsService(reads=self._reads)
        return CourseService(reads=self._reads, week_start=lambda: settings.preferences().week_start)

    def _own_trials(self) -> TrialService:
        from backjournal.services.trials import TrialService

        return TrialService(reads=self._reads)

    def _own_insights(self) -> InsightsService:
        from backjournal.services.insights import InsightsService, journal_factor_series

        series = self._factor_series if self._factor_series is not None else journal_factor_series(self._reads)
        return InsightsService(reads=self._reads, factor_series=series)

    def model(self, options: ReportOptions, *, generated_on: date | None = None) -> ReportModel:
        o = options.validated()
        data = self._trends.trend_data(o.start, o.end)
        effects = self._trends.effects(data, start=o.start, end=o.end)
        with self._reads() as uow:
            sessions = uow.sessions.list(o.start, o.end)
            pain = uow.pain.list(o.start, o.end) if "notes" in o.sections else []
            peg = uow.peg.list(o.start, o.end)
            latest_peg = uow.peg.latest(o.end)
            region_summary = uow.aggregates.region_summary(o.start, o.end)
        notes = [NoteLine(e.felt_at, f"Pain {e.score}/10", e.note) for e in pain if e.note]
        model = summarise(
            trend=data,
            effects=effects,
            sessions=sessions,
            pain_notes=notes,
            peg=peg,
            start=o.start,
            end=o.end,
            generated_on=generated_on or local_now().date(),
            name=(o.name or "").strip() or None,
            sections=o.sections,
            baseline=o.baseline,
            latest_peg=latest_peg,
        )
        model.regions = [(_region_label(r), n, mean, scored) for r, n, mean, scored in region_summary]
        if "peg" in o.sections:
            from backjournal.analysis.peg import peg_points

            model.peg_points = peg_points(peg)
        if "courses" in o.sections:
            model.courses = self._courses().evaluations(o.start, o.end)
        if "trials" in o.sections:
            trials = self._trials()
            model.trials = [trials.result(t) for t in trials.trials() if t.start <= o.end and t.last_day >= o.start]
        if "insights" in o.sections:
            model.insights = self._insights().insights(o.start, o.end)
        cards = self._card_library() if "cards" in o.sections else None
        if cards is not None:
            model.card_summaries = self._card_summaries(
                cards, [u.key for u in model.therapies], {u.key: u.name for u in model.therapies}
            )
        return model

    def _card_library(self) -> CardLibrary | None:
        return self._cards() if callable(self._cards) else self._cards

    @staticmethod
    def _card_summaries(cards: CardLibrary, keys: list[str], names: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for key in keys:
            if key not in cards:  # a therapy of your own has no card
                continue
            card = cards.get(key)
            summary = getattr(card, "summary", None)
            if summary:  # the summary in the report's language (the cards' full text is not in the report)
                out[shown_name(key, names.get(key, key))] = i18n.translate("CardSummaries", str(summary))
        return out

    def render(self, options: ReportOptions, *, generated_on: date | None = None) -> bytes:
        from backjournal.reports.pdf_report import paper_from_environment, render_report

        model = self.model(options, generated_on=generated_on)
        return render_report(model, paper=options.paper or paper_from_environment(), app_version=__version__)

    def render_apart(
        self, options: ReportOptions, *, check: Callable[[], None] = lambda: None, generated_on: date | None = None
    ) -> bytes:
        """As ``render``, but the PDF (matplotlib and fpdf2, which hold Python's GIL for long
        stretches) is built in a separate process started with 'spawn', so the calling process's
        other threads, the window's event loop above all, keep running (issue 12: the longest stall
        of a ten-year report). The journal is read here; the child gets only the report model.

        ``check`` is called while the child works and may raise (the window's Cancel): the child is
        then stopped, nothing was written, and the exception goes on. An exception in the child is
        raised again here (the same type when it can be sent across, else RuntimeError with its text);
        a child that dies without an answer gives ``BackJournalError`` with its exit code."""
        import pickle

        from backjournal.services.apart import child_process

        model = self.model(options, generated_on=generated_on)
        check()

        def stopped(code: int | None) -> Exception:
            return BackJournalError(
                f"The report could not be built: its worker process stopped (exit code {code}). Nothing was written."
            )

        with child_process(
            _render_in_child,
            (model, options.paper, i18n.active_language()),
            name="backjournal-report",
            check=check,
            stopped=stopped,
        ) as next_message:
            answer = pickle.loads(next_message())
        status, payload, text = answer
        if status == "ok" and isinstance(payload, bytes):
            return payload
        if isinstance(payload, BaseException):
            raise payload
        raise RuntimeError(text)

    def write(self, options: ReportOptions, path: str | Path, *, generated_on: date | None = None) -> Path:
        return write_model(self.model(options, generated_on=generated_on), options, path)


def write_model(model: ReportModel, options: ReportOptions, path: str | Path) -> Path:
    """The PDF of ``model``, built fully before the file is touched, then written atomically."""
    from backjournal.reports.pdf_report import paper_from_environment, render_report

    data = render_report(model, paper=options.paper or paper_from_environment(), app_version=__version__)
    return atomic_write_bytes(path, data)


def write_light(data_dir: Path, options: ReportOptions, path: str | Path) -> Path | None:
    """The command line's report of a plain journal at head, read with sqlite3 alone (issue 12): the
    storage stack (SQLAlchemy, the ORM, our repositories) is never imported. The conditions are the
    window's light start's (services/light_open.py ``open_light``: the open gate, not encrypted, the
    schema at head, no empty-trash pending); when they do not hold it returns None having read and
    written nothing, and the caller takes the normal path (``Services.reports.write``), as it does when
    the read fails (the normal path meets the problem again and explains it as always). The journal
    is remembered as the normal open remembers it; the connection is closed before the PDF is built."""
    from backjournal.services.known_journals import KnownJournals
    from backjournal.services.light_open import open_light

    light = open_light(data_dir)
    if light is None:
        return None
    try:
        model = ReportService(reads=light.reads, cards=_card_library).model(options)
    except Exception:  # e.g. the file changed under us: the normal path reads it and explains as always
        return None
    finally:
        light.close()
    KnownJournals().remember(light.path)
    return write_model(model, options, path)


def _card_library() -> CardLibrary:
    from backjournal.cards.loader import CardLibrary

    return CardLibrary.load()


def _render_in_child(
    send: Connection, model: ReportModel, paper: str | None, language: str = i18n.SOURCE_LANGUAGE
) -> None:
    """``ReportService.render_apart``'s child process: build the PDF in the caller's ``language``, send
    ("ok", bytes, "") or ("error", the exception if it survives pickling else None, its text)."""
    import pickle

    try:
        i18n.use_language(language)  # a spawned process starts in English
        from backjournal.reports import collector_paused

        with collector_paused():  # the child builds one PDF and ends
            from backjournal.reports.pdf_report import paper_from_environment, render_report

            answer: tuple[str, bytes | BaseException | None, str] = (
                "ok",
                render_report(model, paper=paper or paper_from_environment(), app_version=__version__),
                "",
            )
    except BaseException as exc:  # everything goes back to the parent, which raises it
        text = f"{type(exc).__name__}: {exc}"
        sent: BaseException | None = exc
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # the parent learns of the failure either way
            sent = None
        answer = ("error", sent, text)
    try:
        send.send(answer)
    finally:
        send.close()

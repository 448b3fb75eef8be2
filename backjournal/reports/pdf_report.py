"""The physician report as PDF (fpdf2): real, selectable text in DejaVu Sans (embedded, from
matplotlib's own fonts), vector charts from backjournal.charts, A4 or Letter.

Charts: matplotlib draws each Figure with its own PDF backend (vector; an artist a chart marks as
rasterized becomes an image at 300 dpi, axes and text stay vector); fpdf2 lays out the pages and
leaves the chart's box empty; then ``embed_charts`` places each chart page into its box as a PDF
Form XObject, copying its content stream as is (nothing is parsed), by an incremental update of
fpdf2's file (reports/pdf_objects.py; pypdf for a file laid out otherwise). This replaced an SVG
round trip through fpdf2's SVG parser, which took ~80 % of the report's time (issue 12).

Page 1 reads in a minute: period, days logged, average / best / worst daily pain, the change
between the first and last two weeks (or a baseline) against the clinically important thresholds,
the latest PEG, the trend chart with therapy lanes, the therapies used. Then, as chosen: the
calendar, the per-therapy effect table, the medication and substance log, notes. Every page has a
footer: name (if given), period, "Patient-reported data", page x of y.

User text is plain text: fpdf2 writes it as text (no markup is interpreted). A character the font
cannot draw is shown as "□" rather than silently dropped.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import matplotlib
from fpdf import FPDF
from fpdf.enums import TextEmphasis
from fpdf.fonts import FontFace, TTFFont

from backjournal.analysis.effects import MIN_SESSIONS, ChangeSummary
from backjournal.analysis.thresholds import immpact_word, threshold_text
from backjournal.domain.models import shown_name
from backjournal.domain.numbers import signed
from backjournal.i18n import day_month, number, translate
from backjournal.reports.report_model import ReportModel, fmt

FONT = "DejaVu"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
MISSING = "□"
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"}
INK, MUTED, RULE, SHADE = (25, 25, 25), (90, 90, 90), (200, 200, 200), (242, 242, 242)
CHART_WIDTH_IN = 8.6
CHART_DPI = 300  # for any part of a chart that is rasterized (print resolution)
MM = 72 / 25.4  # PDF points per millimetre


def paper_for_locale(locale_name: str | None) -> str:
    """``letter`` for the territories that use it (US, Canada, Mexico, ...), else ``a4``."""
    if not locale_name:
        return "a4"
    m = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})", locale_name)
    return "letter" if m and m[1].upper() in LETTER_TERRITORIES else "a4"


def paper_from_environment(env: Mapping[str, str] | None = None) -> str:
    values = os.environ if env is None else env
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        if value := values.get(var):
            return paper_for_locale(value)
    return "a4"


def human_day(day: date) -> str:
    """``12 Mar 2026`` (``12. März 2026`` in German)."""
    return translate("Text", "{day_month} {year}").format(day_month=day_month(day), year=day.year)


def human_moment(moment: datetime, *, offset: bool = False) -> str:
    """``12 Mar 2026 08:30``; with ``offset`` also ``UTC+01:00`` (when a list spans more than one)."""
    text = f"{human_day(moment.date())} {moment:%H:%M}"
    return f"{text} {utc_offset(moment)}" if offset else text


def utc_offset(moment: datetime) -> str:
    minutes = int((moment.utcoffset() or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class _Pdf(FPDF):
    footer_name = ""  # the person's name as given (already made drawable)
    footer_period = ""
    FOOTER_SIZE = 7.5

    def set_font(self, family: str | None = None, style: str | TextEmphasis = "", size: float = 0) -> None:
        """fpdf2's ``set_font``, adding a DejaVu style the first time it is used: fpdf2 parses the
        whole TTF file (with fontTools) when a font is added, ~20 ms a style, and a report that uses
        no italic need not pay for it."""
        if (family or self.font_family).lower() == FONT.lower():
            letters = style.style if isinstance(style, TextEmphasis) else style
            key = "".join(sorted(c for c in letters.upper() if c in "BI"))
            if FONT.lower() + key not in self.fonts and key in _FONT_FILES:
                self.add_font(FONT, key, os.path.join(matplotlib.get_data_path(), "fonts", "ttf", _FONT_FILES[key]))
        super().set_font(family, style, size)

    def footer_parts(self, page: int | None = None) -> tuple[str, str]:
        """(left, right) of the footer: the name is shortened with "…" so that the left part never
        reaches "Page x of y" (room is kept for a 4-digit page count)."""
        right = translate("_Pdf", "Page {value} of {{nb}}").format(value=self.page_no() if page is None else page)
        self.set_font(FONT, "", self.FOOTER_SIZE)
        room = self.epw - self.get_string_width(translate("_Pdf", "Page 9999 of 9999")) - 3
        rest = translate("_Pdf", "Period {footer_period} · Patient-reported data (BackJournal)").format(
            footer_period=self.footer_period
        )
        name = " ".join(self.footer_name.split())
        if not name:
            return rest, right
        left = f"{name} · {rest}"
        while name and self.get_string_width(left) > room:
            name = name[:-1].rstrip()
            left = f"{name}… · {rest}"
        return (left if name else rest), right

    def footer(self) -> None:
        left, right = self.footer_parts()
        self.set_y(-12)
        self.set_font(FONT, "", self.FOOTER_SIZE)
        self.set_text_color(*MUTED)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.cell(0, 4, left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, right, align="R")


class ReportWriter:
    def __init__(self, model: ReportModel, *, paper: str = "a4", app_version: str = ""):
        self.m = model
        self.pdf = _Pdf(orientation="P", unit="mm", format="A4" if paper == "a4" else "Letter")
        pdf = self.pdf
        self._glyphs: set[int] | None = None
        self.charts: list[PlacedChart] = []  # drawn into the finished pages by embed_charts
        pdf.set_margins(15, 14, 15)
        pdf.set_auto_page_break(True, margin=17)
        period = f"{human_day(model.start)} – {human_day(model.end)}"
        pdf.footer_name = self._safe(model.name)
        pdf.footer_period = period
        pdf.set_title(translate("ReportWriter", "Pain journal report {period}").format(period=period))
        pdf.set_author(self._safe(model.name) if model.name else "")
        pdf.set_creator(f"BackJournal {app_version}".strip())
        pdf.set_lang("en")
        #: times in the lists show their UTC offset when the times listed have more than one
        moments = [n.moment for n in model.notes if model.wants("notes")]
        moments += [s.started_at for s in model.medications if model.wants("medications")]
        self.show_offsets = len({t.utcoffset() for t in moments}) > 1

    # ------------------------------------------------------------------ text helpers
    def _safe(self, text: str | None) -> str:
        """Text the font can draw: characters it lacks become □ (never silently dropped)."""
        if not text:
            return ""
        if self._glyphs is None:
            self.pdf.set_font(FONT, "", 10)
            font = self.pdf.current_font
            assert isinstance(font, TTFFont)  # FONT is the DejaVu TTF added in __init__
            self._glyphs = set(font.cmap)
        out = []
        for ch in text:
            cp = ord(ch)
            if ch in "\n\t" or cp in self._glyphs:
                out.append(ch)
            elif ch == "\r" or 0xFE00 <= cp <= 0xFE0F or cp == 0x200D:
                continue
            else:
                out.append(MISSING)
        return "".join(out)

    def _keep_room(self, mm: float) -> None:
        """A heading never stands alone at the foot of a page: start a new page unless ``mm`` are left."""
        if self.pdf.get_y() > self.pdf.h - self.pdf.b_margin - mm:
            self.pdf.add_page()

    def _font(self, size: float, style: str = "", colour=INK) -> None:
        self.pdf.set_font(FONT, style, size)
        self.pdf.set_text_color(*colour)

    def _heading(self, text: str, size: float = 13) -> None:
        pdf = self.pdf
        self._font(size, "B")
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def _para(self, text: str, size: float = 9.5, style: str = "", colour=INK, h: float = 4.6) -> None:
        self._font(size, style, colour)
        self.pdf.multi_cell(0, h, self._safe(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def _chart(self, fig, *, max_h: float | None = None) -> None:
        """A matplotlib Figure as vector graphics across the text width (placed by ``embed_charts``)."""
        pdf = self.pdf
        aspect = fig.get_figheight() / fig.get_figwidth()
        w = pdf.epw
        h = w * aspect
        if max_h is not None and h > max_h:
            w, h = max_h / aspect, max_h
        room = pdf.h - pdf.b_margin - pdf.get_y()
        full_page = pdf.h - pdf.b_margin - pdf.t_margin
        if h > room:
            if h <= full_page or room < 0.5 * full_page:
                pdf.add_page()
                room = full_page
            if h > room:  # taller than the space (e.g. a calendar of many years): shrink to fit
                w, h = room / aspect, room
        self.charts.append(
            PlacedChart(
                page=pdf.page_no(), x=pdf.l_margin + (pdf.epw - w) / 2, y=pdf.get_y(), w=w, h=h, pdf=figure_pdf(fig)
            )
        )
        pdf.set_y(pdf.get_y() + h + 2)

    def _table(
        self,
        headings: list[str],
        rows: list[list[str]],
        widths: tuple,
        *,
        size: float = 8.5,
        align: tuple | None = None,
    ) -> None:
        pdf = self.pdf
        self._font(size)
        pdf.set_draw_color(*RULE)
        with pdf.table(
            col_widths=widths,
            text_align=align or "LEFT",
            line_height=size * 0.5,
            headings_style=FontFace(emphasis="BOLD", fill_color=SHADE),
            borders_layout="HORIZONTAL_LINES",
            padding=(0.8, 1.2),
        ) as table:
            head = table.row()
            for h in headings:
                head.cell(h)
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(self._safe(c))
        pdf.ln(2)

    # ------------------------------------------------------------------ pages
    def build(self) -> bytes:
        if self.m.wants("summary"):  # a trial's page alone (backjournal trial show --pdf) has no page 1
            self._page_one()
        if self.m.wants("trials") and self.m.trials:
            from backjournal.reports.trial_page import trial_page

            for result in self.m.trials:
                trial_page(self, result)
        if self.m.wants("courses") and self.m.courses:
            from backjournal.reports.course_pages import course_page

            for evaluation in self.m.courses:
                course_page(self, evaluation)
        if self.m.wants("calendar"):
            self._calendar()
        if self.m.wants("peg") and self.m.peg_points:  # under the calendar when there is room
            self._peg_trend()
        if self.m.wants("effects"):
            self._effects()
        if self.m.wants("insights") and self.m.insights is not None:
            from backjournal.reports.insights_page import insights_section

            insights_section(self, self.m.insights)
        if self.m.wants("medications"):
            self._medications()
        if self.m.wants("notes"):
            self._notes()
        if self.m.wants("cards") and self.m.card_summaries:
            self._cards()
        return embed_charts(bytes(self.pdf.output()), self.charts)

    def _page_one(self) -> None:
        m, pdf = self.m, self.pdf
        pdf.add_page()
        self._font(17, "B")
        pdf.cell(
            0,
            8,
            translate("ReportWriter", "Back pain journal: report for the physician"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self._font(9.5, "", MUTED)
        who = f"{self._safe(m.name)} · " if m.name else ""
        pdf.multi_cell(
            0,
            5,
            translate(
                "ReportWriter", "{who}Patient-reported data, recorded with BackJournal · generated {human_day}"
            ).format(who=who, human_day=human_day(m.generated_on)),
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(3)
        pain = translate(
            "ReportWriter",
            "Pain on the 0–10 numeric rating scale (0 = no pain, 10 = worst pain imaginable); daily "
            "pain = the mean of a day's entries.",
        )
        rows = [
            [
                translate("ReportWriter", "Period"),
                f"{human_day(m.start)} – {human_day(m.end)} ({_days(m.days_in_period)})",
            ],
            [
                translate("ReportWriter", "Days logged"),
                translate("ReportWriter", "{days_logged} of {days} ({entries})").format(
                    days_logged=m.days_logged,
                    days=_days(m.days_in_period),
                    entries=translate("ReportWriter", "%n pain entries", None, m.entries),
                ),
            ],
            [
                translate("ReportWriter", "Average daily pain"),
                f"{fmt(m.average)} / 10" if m.average is not None else translate("ReportWriter", "no pain entries"),
            ],
        ]
        if m.best and m.worst and m.best.day != m.worst.day:
            rows.append(
                [
                    translate("ReportWriter", "Best day / worst day"),
                    translate("ReportWriter", "{fmt} on {human_day} / {fmt2} on {human_day2}").format(
                        fmt=fmt(m.best.value),
                        human_day=human_day(m.best.day),
                        fmt2=fmt(m.worst.value),
                        human_day2=human_day(m.worst.day),
                    ),
                ]
            )
        c = m.change
        if c.enough:
            a = c.compared()
            baseline_words = translate("ReportModel", "the baseline ({short} – {short2})").split("(", 1)[0]
            rows.append(
                [
                    c.row_label(),
                    a.arithmetic()
                    + (
                        translate("ReportWriter", " (baseline {split}").format(split=c.first_label.split("(", 1)[1])
                        if c.first_label.startswith(baseline_words)
                        else ""
                    ),
                ]
            )
            if a.worsening:
                rows.append(
                    [
                        translate("ReportWriter", "Clinically important change"),
                        translate("ReportWriter", "a worsening: pain rose by {THRESHOLD_TEXT}").format(
                            THRESHOLD_TEXT=threshold_text()
                        ),
                    ]
                )
            else:
                words = translate("ReportWriter", "≥ 2 points: {value}; ≥ 30 %: {value2}").format(
                    value=translate("Thresholds", "reached")
                    if c.points_reached
                    else translate("Thresholds", "not reached"),
                    value2=translate("Thresholds", "reached")
                    if c.percent_reached
                    else translate("Thresholds", "not reached"),
                )
                if a.immpact:
                    words += translate("ReportWriter", " (by IMMPACT's words a {immpact} improvement)").format(
                        immpact=immpact_word(a.immpact)
                    )
                rows.append([translate("ReportWriter", "Clinically important fall"), words])
        elif c.not_compared:
            rows.append([translate("ReportWriter", "Change"), c.not_compared])
        if m.regions:
            rows.append(
                [
                    translate("ReportWriter", "Where it hurt most"),
                    "; ".join(_region_words(m.entries, *line) for line in m.regions[:3]),
                ]
            )
        peg = m.latest_peg
        if peg is not None:
            rows.append(
                [
                    translate("ReportWriter", "Latest PEG (past week)"),
                    translate(
                        "ReportWriter",
                        "{score:.1f} / 10 on {human_day} (pain {pain}, enjoyment of "
                        "life {enjoyment}, general activity {activity})",
                    ).format(
                        score=peg.score,
                        human_day=human_day(peg.answered_at.date()),
                        pain=peg.pain,
                        enjoyment=peg.enjoyment,
                        activity=peg.activity,
                    ),
                ]
            )
        self._key_figures(rows)
        if c.not_compared is None:  # the rows above carry the numbers and thresholds: here what they mean
            self._para(c.sentences()[-1], size=8.5, colour=INK, h=4.2)
        self._para(pain, size=7.5, colour=MUTED, h=3.6)
        pdf.ln(2)
        self._chart_trend()
        self._therapies_used()

    def _key_figures(self, rows: list[list[str]]) -> None:
        pdf = self.pdf
        label_w = 62
        for label, value in rows:
            y = pdf.get_y()
            self._font(9.5, "B")
            pdf.multi_cell(label_w, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
            label_bottom = pdf.get_y()
            pdf.set_xy(pdf.l_margin + label_w, y)
            self._font(9.5)
            pdf.multi_cell(pdf.epw - label_w, 5, self._safe(value), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), label_bottom) + 0.4)
        pdf.ln(1.5)

    def _chart_trend(self) -> None:
        from backjournal.charts.trend import build_trend_figure

        m = self.m
        lanes = len(m.trend.therapies)
        height = min(6.0, 3.4 + 0.24 * lanes)
        fig = build_trend_figure(m.trend, m.start, m.end, width=CHART_WIDTH_IN, height=height)
        self._font(10.5, "B")
        self.pdf.cell(
            0, 5.5, translate("ReportWriter", "Daily pain and therapy sessions"), new_x="LMARGIN", new_y="NEXT"
        )
        self._chart(fig, max_h=self.pdf.h - self.pdf.get_y() - 17 - 30)
        self._marked_periods()

    def _marked_periods(self) -> None:
        """The marked periods shaded on the chart, with their full names (the chart may shorten
        them), under the numbers the chart gives them."""
        from backjournal.charts.trend import periods_shown

        m = self.m
        shown = periods_shown(m.trend.periods, m.start, m.end)
        if not shown:
            return
        rows = []
        for n, p in enumerate(shown, 1):
            days = (p.end - p.start).days + 1
            therapy = f" ({shown_name(p.therapy, m.trend.name_of(p.therapy))})" if p.therapy else ""
            rows.append([str(n), p.label + therapy, f"{human_day(p.start)} – {human_day(p.end)} ({_days(days)})"])
        courses = any(hasattr(p, "course_id") for p in shown)  # domain.courses.CourseSpan: a course's page follows
        if courses and m.wants("courses"):
            for row, p in zip(rows, shown, strict=True):
                if hasattr(p, "course_id"):
                    row[1] += translate("ReportWriter", " – its page follows")
        self._keep_room(20)
        self._font(9, "B")
        title = (
            translate("ReportWriter", "Marked periods and therapy courses")
            if courses
            else translate("ReportWriter", "Marked periods")
        )
        self.pdf.cell(
            0,
            5,
            translate("ReportWriter", "{title} (shaded on the chart)").format(title=title),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self._table(
            [
                "#",
                translate("ReportWriter", "Marked period or course")
                if courses
                else translate("ReportWriter", "Marked period"),
                translate("ReportWriter", "Days"),
            ],
            rows,
            (8, 112, 60),
            size=8,
            align=("RIGHT", "LEFT", "LEFT"),
        )

    def _peg_trend(self) -> None:
        """The weekly PEG over the period: its scores and three items (under the calendar when it fits)."""
        from backjournal.analysis.peg import peg_summary
        from backjournal.charts.peg import build_peg_figure

        m = self.m
        self._keep_room(85)
        self.pdf.ln(3)
        self._heading(translate("ReportWriter", "Weekly PEG (pain, enjoyment of life, general activity)"))
        self._para(
            translate(
                "ReportWriter",
                "{peg_summary}. Each item 0–10 about the past week; the score is their mean (Krebs 2009).",
            ).format(peg_summary=peg_summary(m.peg_points)),
            size=9,
        )
        self._chart(build_peg_figure(m.peg_points, m.start, m.end, width=7.0, height=2.4), max_h=70)

    def _therapies_used(self) -> None:
        m = self.m
        self._keep_room(25)
        self._font(10.5, "B")
        self.pdf.cell(0, 5.5, translate("ReportWriter", "Therapies used in the period"), new_x="LMARGIN", new_y="NEXT")
        if not m.therapies:
            self._para(translate("ReportWriter", "No therapy sessions were logged in this period."), size=9)
            return
        rows = []
        for u in m.therapies:
            ba = (
                f"{fmt(u.mean_before)} → {fmt(u.mean_after)} (n = {u.pairs})"
                if u.pairs
                else translate("ReportWriter", "not scored")
            )
            rows.append([shown_name(u.key, u.name), str(u.sessions), str(u.minutes) if u.minutes else "–", ba])
        self._table(
            [
                translate("ReportWriter", "Therapy"),
                translate("ReportWriter", "Sessions"),
                translate("ReportWriter", "Minutes"),
                translate("ReportWriter", "Pain right before → after (mean)"),
            ],
            rows,
            (60, 20, 20, 80),
            align=("LEFT", "RIGHT", "RIGHT", "LEFT"),
        )

    def _calendar(self) -> None:
        from backjournal.charts.calendar import build_calendar_figure, uses_month_grid

        m = self.m
        self.pdf.add_page()
        self._heading(translate("ReportWriter", "Calendar of daily pain"))
        if uses_month_grid(m.start, m.end):  # the same rule as the Trends view: month grids up to ~3 months
            how = translate(
                "ReportWriter",
                "Each square is one day with its date, coloured by that day's mean pain (0–10), "
                "which is also written in it. Hatched grey squares: no entry that day (not the same "
                "as pain 0).",
            )
        else:
            how = translate(
                "ReportWriter",
                "Each square is one day, coloured by that day's mean pain (0–10). Grey squares with "
                "a dot: no entry that day (not the same as no pain).",
            )
        self._para(
            how + translate("ReportWriter", " The legend under the chart shows how days outside the period look."),
            size=8.5,
            colour=MUTED,
            h=4,
        )
        self.pdf.ln(1)
        fig = build_calendar_figure(m.trend.daily, m.start, m.end, width=CHART_WIDTH_IN)
        self._chart(fig)

    def _effects(self) -> None:
        from backjournal.charts.effects import build_effect_figure

        m, pdf = self.m, self.pdf
        if pdf.get_y() > pdf.h * 0.55 or pdf.page_no() == 1:
            pdf.add_page()
        else:
            pdf.ln(4)
        self._heading(translate("ReportWriter", "What happened around therapy sessions"))
        if not m.effects:
            self._para(translate("ReportWriter", "No therapy sessions were logged in this period."))
            return
        window = m.effects[0].window_days
        self._para(
            translate(
                "ReportWriter",
                "Left: the scores given right before and right after sessions. Right: mean daily "
                "pain in the {window} days before against the {window} days after sessions. Fewer "
                "than {MIN_SESSIONS} sessions are too few to mean anything. In the {window}-day "
                "comparison, ✔ marks a mean fall of {THRESHOLD_TEXT} (clinically important, Ostelo "
                "2008) and a rise of that size is named a worsening. Right before → right after a "
                "session is shown without these thresholds: they describe one person's change over "
                "days and weeks, not minutes. These numbers describe what happened around sessions, "
                "not why: other treatments and the natural course of back pain change them too.",
            ).format(window=window, MIN_SESSIONS=MIN_SESSIONS, THRESHOLD_TEXT=threshold_text()),
            size=8.5,
            colour=MUTED,
            h=4,
        )
        pdf.ln(1)
        rows = []
        for e in m.effects:
            rows.append([shown_name(e.key, e.name), str(e.sessions), _change_cell(e.paired), _change_cell(e.around)])
        self._table(
            [
                translate("ReportWriter", "Therapy"),
                translate("ReportWriter", "Sessions"),
                translate("ReportWriter", "Right before → after"),
                translate("ReportWriter", "{window} days before → after").format(window=window),
            ],
            rows,
            (44, 22, 57, 57),  # room for a longer "Sessions" (German "Sitzungen")
            align=("LEFT", "RIGHT", "LEFT", "LEFT"),
        )
        fig = build_effect_figure(m.effects, m.start, m.end, width=CHART_WIDTH_IN)
        self._chart(fig)

    def _medications(self) -> None:
        m, pdf = self.m, self.pdf
        pdf.add_page() if pdf.get_y() > pdf.h * 0.6 or pdf.page_no() == 1 else pdf.ln(4)
        self._heading(translate("ReportWriter", "Medication and substance log"))
        if not m.medications:
            self._para(translate("ReportWriter", "No medication or substance was logged in this period."))
            return
        self._para(
            translate("ReportWriter", "As entered by the patient: what, when, and the dose as they wrote it."),
            size=8.5,
            colour=MUTED,
            h=4,
        )
        pdf.ln(1)
        rows = []
        for s in m.medications:
            what = shown_name(s.therapy.key, s.therapy.name) + (f": {s.details}" if s.details else "")
            before = s.pain_before if s.pain_before is not None else "–"
            after = s.pain_after if s.pain_after is not None else "–"
            pain = f"{before} → {after}"
            rows.append(
                [
                    human_moment(s.started_at, offset=self.show_offsets),
                    what,
                    s.dose_text or "–",
                    pain if (s.pain_before is not None or s.pain_after is not None) else "",
                ]
            )
        widths = (44, 62, 44, 30) if self.show_offsets else (34, 70, 46, 30)
        self._table(
            [
                translate("ReportWriter", "When"),
                translate("ReportWriter", "What"),
                translate("ReportWriter", "Dose (as entered)"),
                translate("ReportWriter", "Pain before → after"),
            ],
            rows,
            widths,
        )

    def _notes(self) -> None:
        m, pdf = self.m, self.pdf
        pdf.add_page() if pdf.get_y() > pdf.h * 0.6 or pdf.page_no() == 1 else pdf.ln(4)
        self._heading(translate("ReportWriter", "Notes"))
        if not m.notes:
            self._para(translate("ReportWriter", "No notes in this period."))
            return
        self._para(
            translate(
                "ReportWriter",
                "As written by the patient, in time order. Each note flows on to the next page when it is long.",
            ),
            size=8.5,
            colour=MUTED,
            h=4,
        )
        pdf.ln(1)
        pdf.set_draw_color(*RULE)
        for n in m.notes:
            # a paragraph per note, not a table row: a note of 10,000 characters flows across pages
            if pdf.get_y() > pdf.h - pdf.b_margin - 14:
                pdf.add_page()
            self._para(
                f"{human_moment(n.moment, offset=self.show_offsets)} · {self._safe(n.what)}", size=8.5, style="B", h=4.2
            )
            self._para(n.text, size=9, h=4.4)
            pdf.ln(1)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)

    def _cards(self) -> None:
        m = self.m
        self.pdf.add_page()
        self._heading(translate("ReportWriter", "Reference summaries of the therapies used"))
        self._para(
            translate(
                "ReportWriter",
                "General information from BackJournal's reference cards about each therapy, not "
                "about this patient's results.",
            ),
            size=8.5,
            colour=MUTED,
            h=4,
        )
        self.pdf.ln(2)
        for name, text in m.card_summaries.items():
            self._para(name, size=10, style="B")
            self._para(text, size=8.5)
            self.pdf.ln(2)


def _days(n: int) -> str:
    return translate("ReportWriter", "%n days", None, n)


def _region_words(entries: int, label: str, n: int, mean: float | None, scored: int) -> str:
    """One region of "Where it hurt most": how often it was logged and, where the person scored each
    region, the mean of that region's own scores ("Leg (left) (4 of 6 entries; its own score 5.5/10
    on average in 3)")."""
    words = (
        translate("ReportWriter", "{label} ({n} of %n entries", None, entries).format(label=label, n=n)
        if entries
        else f"{label} ({n}"
    )
    if mean is not None and scored:
        words += translate("ReportWriter", "; its own score {mean:.1f}/10 on average in {scored}").format(
            mean=mean, scored=scored
        )
    return words + ")"


def _change_cell(s: ChangeSummary) -> str:
    """A table cell: before → after as printed, the change computed from those, n; the threshold
    mark only for a change over days (never for right before → right after a session)."""
    if s.n == 0:
        return translate("PdfReport", "no scores")
    if not s.enough:
        return translate("PdfReport", "n = {n}: too few to mean anything").format(n=s.n)
    a = s.assessment
    assert a is not None  # s.enough
    pct = "" if a.percent is None else f", {signed(a.percent, 0)} %"
    text = f"{number(a.before)} → {number(a.after)} ({signed(a.points)}{pct}, n = {s.n})"
    mark = a.mark() if s.judged else ""
    return text + (f" {mark}" if mark else "")


@dataclass(frozen=True)
class PlacedChart:
    """A chart as a one-page PDF, and its box on a report page (1-based page, mm from the top left)."""

    page: int
    x: float
    y: float
    w: float
    h: float
    pdf: bytes


def figure_pdf(fig) -> bytes:
    """``fig`` drawn by matplotlib's PDF backend: vector, rasterized artists at CHART_DPI, no date."""
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf", dpi=CHART_DPI, metadata={"CreationDate": None, "Creator": None, "Producer": None})
    return buf.getvalue()


def embed_charts(document: bytes, charts: list[PlacedChart]) -> bytes:
    """``document`` with each chart's page drawn into its box, as a Form XObject (its content stream
    is copied compressed, never parsed): by an incremental update of fpdf2's file (reports/pdf_objects.py),
    or, for a file laid out otherwise, through pypdf."""
    if not charts:
        return document
    from backjournal.reports.pdf_objects import UnexpectedPdfError, embed

    try:
        return embed(document, [(c.page, c.pdf, (c.x * MM, c.y * MM, c.w * MM, c.h * MM)) for c in charts])
    except UnexpectedPdfError:
        return _embed_with_pypdf(document, charts)


def _embed_with_pypdf(document: bytes, charts: list[PlacedChart]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    for chart_number, chart in enumerate(charts):
        source = PdfReader(io.BytesIO(chart.pdf)).pages[0]
        box = source.mediabox
        form = DecodedStreamObject()
        source_contents = source.get_contents()
        assert source_contents is not None  # a matplotlib page always has a content stream
        form.set_data(source_contents.get_data())
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): RectangleObject(box),
                NameObject("/Resources"): source["/Resources"].clone(writer),
            }
        )
        form_ref = writer._add_object(form.flate_encode())
        page = writer.pages[chart.page - 1]
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)  # fpdf2 writes a resource dictionary on every page
        if "/XObject" not in resources:
            resources[NameObject("/XObject")] = DictionaryObject()
        name = f"/BJChart{chart_number}"
        xobjects = resources["/XObject"].get_object()
        assert isinstance(xobjects, DictionaryObject)
        xobjects[NameObject(name)] = form_ref
        sx, sy = chart.w * MM / float(box.width), chart.h * MM / float(box.height)
        tx = chart.x * MM - float(box.left) * sx
        ty = float(page.mediabox.height) - (chart.y + chart.h) * MM - float(box.bottom) * sy
        place = DecodedStreamObject()
        place.set_data(f"q {sx:.6f} 0 0 {sy:.6f} {tx:.4f} {ty:.4f} cm {name} Do Q".encode("ascii"))
        contents = page["/Contents"]
        existing = contents.get_object()
        parts = list(existing) if isinstance(existing, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(place)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_report(model: ReportModel, *, paper: str = "a4", app_version: str = "") -> bytes:
    return ReportWriter(model, paper=paper, app_version=app_version).build()

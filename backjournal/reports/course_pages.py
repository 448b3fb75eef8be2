"""The report's course pages: one page per therapy course in the period, for the physician who asks
"did the course go with less pain?" — how often the person went, how their pain moved against their
own baseline, and their weekly PEG. Written through the report builder's helpers (reports.pdf_report).
"""

from __future__ import annotations

from backjournal.analysis.courses import MIN_WINDOW_DAYS, CourseEvaluation, fmt_mean
from backjournal.analysis.thresholds import immpact_word, threshold_text
from backjournal.charts.text import human_day
from backjournal.domain.courses import PGIC_QUESTION, pgic_text
from backjournal.i18n import number, translate


def _day(day) -> str:
    return human_day(day)


def course_page(builder, ev: CourseEvaluation) -> None:
    from backjournal.charts.courses import build_course_figure

    pdf, c = builder.pdf, ev.course
    pdf.add_page()
    builder._font(13, "B")
    status = translate("CoursePages", " (still running)") if ev.running else ""
    pdf.multi_cell(
        0,
        6.5,
        builder._safe(
            translate("CoursePages", "Therapy course: {therapy_name}, {day} – {day2}{status}").format(
                therapy_name=ev.therapy_name, day=_day(ev.first), day2=_day(ev.last), status=status
            )
        ),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    plan = c.describe_plan()
    rows = [
        [
            translate("CoursePages", "Plan"),
            plan
            + (translate("CoursePages", " · provider: {provider}").format(provider=c.provider) if c.provider else ""),
        ]
    ]
    if c.goal:
        rows.append([translate("CoursePages", "Goal (the person's words)"), c.goal])
    if ev.sessions_planned:
        share = 100 * ev.sessions_done / ev.sessions_planned
        rows.append(
            [
                translate("CoursePages", "Sessions"),
                translate("CoursePages", "{sessions_done} of {sessions_planned:.0f} planned ({share:.0f} %)").format(
                    sessions_done=ev.sessions_done, sessions_planned=ev.sessions_planned, share=share
                ),
            ]
        )
    else:
        rows.append(
            [
                translate("CoursePages", "Sessions"),
                translate("CoursePages", "{sessions_done} (no number planned)").format(sessions_done=ev.sessions_done),
            ]
        )
    a = ev.assessment
    if a is not None:
        rows.append([translate("CoursePages", "Pain: end vs baseline"), a.arithmetic()])
        if a.worsening:
            rows.append(
                [
                    translate("CoursePages", "Clinically important change"),
                    translate("CoursePages", "a worsening: pain rose by {THRESHOLD_TEXT}").format(
                        THRESHOLD_TEXT=threshold_text()
                    ),
                ]
            )
        elif a.points >= 0:
            rows.append(
                [
                    translate("CoursePages", "Clinically important change"),
                    translate("CoursePages", "none: pain did not fall (a rise below {THRESHOLD_TEXT})").format(
                        THRESHOLD_TEXT=threshold_text()
                    )
                    if a.points > 0
                    else translate("CoursePages", "none: pain did not fall"),
                ]
            )
        else:
            words = translate("CoursePages", "≥ 2 points: {value}; ≥ 30 %: {value2}").format(
                value=translate("Thresholds", "reached")
                if a.fall_points_reached
                else translate("Thresholds", "not reached"),
                value2=translate("Thresholds", "reached")
                if a.fall_percent_reached
                else translate("Thresholds", "not reached"),
            )
            if a.immpact:
                words += translate("CoursePages", " (by IMMPACT's words a {immpact} improvement)").format(
                    immpact=immpact_word(a.immpact)
                )
            rows.append([translate("CoursePages", "Clinically important fall"), words])
    else:
        rows.append([translate("CoursePages", "Pain: end vs baseline"), ev.summary()])
    if c.ended:
        ended = f"{_day(c.ended.on)}: {c.ended.reason.label}"
        rows.append([translate("CoursePages", "Ended"), ended + (f" · {c.ended.note}" if c.ended.note else "")])
        if c.ended.pgic:
            rows.append([translate("CoursePages", "Impression of change (PGIC)"), pgic_text(c.ended.pgic)])
    builder._key_figures(rows)

    windows = [
        (translate("CoursePages", "Baseline (before)"), ev.baseline),
        (translate("CoursePages", "End of the course"), ev.end),
    ]
    if ev.after is not None:
        windows.append((translate("CoursePages", "After"), ev.after))
    table = []
    for label, w in windows:
        thin = translate("CoursePages", " (few)") if w.days < MIN_WINDOW_DAYS else ""
        table.append([label, f"{_day(w.start)} – {_day(w.end)}", fmt_mean(w.mean), f"{w.days}{thin}"])
    builder._font(10, "B")
    pdf.cell(0, 5, translate("CoursePages", "Mean daily pain in each window"), new_x="LMARGIN", new_y="NEXT")
    builder._table(
        [
            translate("CoursePages", "Window"),
            translate("CoursePages", "Days"),
            translate("CoursePages", "Mean of daily means"),
            translate("CoursePages", "Days with data"),
        ],
        table,
        (42, 58, 42, 38),
        size=8.5,
        align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
    )

    fig = build_course_figure(ev, width=7.0, height=2.7)
    builder._chart(fig, max_h=75)

    if ev.weeks and any(w.planned is not None for w in ev.weeks):
        weeks = [
            [_day(w.start), str(w.course_days), str(w.done), number(w.planned) if w.planned is not None else "–"]
            for w in ev.weeks
        ]
        builder._keep_room(18)
        builder._font(10, "B")
        pdf.cell(0, 5, translate("CoursePages", "Sessions by week"), new_x="LMARGIN", new_y="NEXT")
        if len(weeks) > 10:  # a long course: the weeks in two columns' worth of rows would not fit
            weeks = [*weeks[:5], ["…", "", "", ""], *weeks[-4:]]
        builder._table(
            [
                translate("CoursePages", "Week of"),
                translate("CoursePages", "Course days"),
                translate("CoursePages", "Done"),
                translate("CoursePages", "Planned"),
            ],
            weeks,
            (45, 30, 25, 25),
            size=8,
            align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        )
    if ev.peg:
        builder._para(
            translate(
                "CoursePages",
                "Weekly PEG (mean of pain, enjoyment of life and general activity in the past week, 0–10): ",
            )
            + ", ".join(f"{_day(d)}: {number(s)}" for d, s in ev.peg)
            + ".",
            size=8.5,
            h=4.2,
        )
    for caution in ev.cautions:
        builder._para(translate("CoursePages", "Caution: {caution}").format(caution=caution), size=8.5, h=4.2)
    if c.ended and c.ended.pgic:
        builder._para(
            translate(
                "CoursePages", 'PGIC question: "{PGIC_QUESTION}" (1 very much improved … 7 very much worse).'
            ).format(PGIC_QUESTION=PGIC_QUESTION),
            size=7.5,
            h=3.6,
        )
    builder._para(
        translate(
            "CoursePages",
            "Baseline = the days before the course's first day; end = its last 14 days; after = "
            "the 14 days after its last day. Means are means of daily means. These are the "
            "person's own numbers over time: they show what went with the course, not what the "
            "course did.",
        ),
        size=7.5,
        h=3.6,
    )

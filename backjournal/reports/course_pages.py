"""The report's course pages: one page per therapy course in the period, for the physician who asks
"did the course go with less pain?" — how often the person went, how their pain moved against their
own baseline, and their weekly PEG. Written through the report builder's helpers (reports.pdf_report).
"""

from __future__ import annotations

from backjournal.analysis.courses import MIN_WINDOW_DAYS, CourseEvaluation, fmt_mean
from backjournal.analysis.thresholds import THRESHOLD_TEXT
from backjournal.domain.courses import PGIC_QUESTION, pgic_text


def _day(day) -> str:
    return f"{day.day} {day:%b %Y}"


def course_page(builder, ev: CourseEvaluation) -> None:
    from backjournal.charts.courses import build_course_figure

    pdf, c = builder.pdf, ev.course
    pdf.add_page()
    builder._font(13, "B")
    status = " (still running)" if ev.running else ""
    pdf.multi_cell(0, 6.5, builder._safe(f"Therapy course: {ev.therapy_name}, {_day(ev.first)} – {_day(ev.last)}"
                                         f"{status}"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    plan = c.describe_plan()
    rows = [["Plan", plan + (f" · provider: {c.provider}" if c.provider else "")]]
    if c.goal:
        rows.append(["Goal (the person's words)", c.goal])
    if ev.sessions_planned:
        share = 100 * ev.sessions_done / ev.sessions_planned
        rows.append(["Sessions", f"{ev.sessions_done} of {ev.sessions_planned:.0f} planned ({share:.0f} %)"])
    else:
        rows.append(["Sessions", f"{ev.sessions_done} (no number planned)"])
    a = ev.assessment
    if a is not None:
        rows.append(["Pain: end vs baseline", a.arithmetic()])
        if a.worsening:
            rows.append(["Clinically important change", f"a worsening: pain rose by {THRESHOLD_TEXT}"])
        elif a.points >= 0:
            rows.append(["Clinically important change", f"none: pain did not fall (a rise below {THRESHOLD_TEXT})"
                         if a.points > 0 else "none: pain did not fall"])
        else:
            words = (f"≥ 2 points: {'reached' if a.fall_points_reached else 'not reached'}; "
                     f"≥ 30 %: {'reached' if a.fall_percent_reached else 'not reached'}")
            if a.immpact:
                words += f" (by IMMPACT's words a {a.immpact} improvement)"
            rows.append(["Clinically important fall", words])
    else:
        rows.append(["Pain: end vs baseline", ev.summary()])
    if c.ended:
        ended = f"{_day(c.ended.on)}: {c.ended.reason.label}"
        rows.append(["Ended", ended + (f" · {c.ended.note}" if c.ended.note else "")])
        if c.ended.pgic:
            rows.append(["Impression of change (PGIC)", pgic_text(c.ended.pgic)])
    builder._key_figures(rows)

    windows = [("Baseline (before)", ev.baseline), ("End of the course", ev.end)]
    if ev.after is not None:
        windows.append(("After", ev.after))
    table = []
    for label, w in windows:
        thin = " (few)" if w.days < MIN_WINDOW_DAYS else ""
        table.append([label, f"{_day(w.start)} – {_day(w.end)}", fmt_mean(w.mean), f"{w.days}{thin}"])
    builder._font(10, "B")
    pdf.cell(0, 5, "Mean daily pain in each window", new_x="LMARGIN", new_y="NEXT")
    builder._table(["Window", "Days", "Mean of daily means", "Days with data"], table, (42, 58, 42, 38),
                   size=8.5, align=("LEFT", "LEFT", "RIGHT", "RIGHT"))

    fig = build_course_figure(ev, width=7.0, height=2.7)
    builder._chart(fig, max_h=75)

    if ev.weeks and any(w.planned is not None for w in ev.weeks):
        weeks = [[_day(w.start), str(w.course_days), str(w.done), f"{w.planned:.1f}" if w.planned is not None else "–"]
                 for w in ev.weeks]
        builder._keep_room(18)
        builder._font(10, "B")
        pdf.cell(0, 5, "Sessions by week", new_x="LMARGIN", new_y="NEXT")
        if len(weeks) > 10:  # a long course: the weeks in two columns' worth of rows would not fit
            weeks = [*weeks[:5], ["…", "", "", ""], *weeks[-4:]]
        builder._table(["Week of", "Course days", "Done", "Planned"], weeks, (45, 30, 25, 25), size=8,
                       align=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
    if ev.peg:
        builder._para("Weekly PEG (mean of pain, enjoyment of life and general activity in the past week, 0–10): "
                      + ", ".join(f"{_day(d)}: {s:.1f}" for d, s in ev.peg) + ".", size=8.5, h=4.2)
    for caution in ev.cautions:
        builder._para(f"Caution: {caution}", size=8.5, h=4.2)
    if c.ended and c.ended.pgic:
        builder._para(f"PGIC question: \"{PGIC_QUESTION}\" (1 very much improved … 7 very much worse).", size=7.5,
                      h=3.6)
    builder._para("Baseline = the days before the course's first day; end = its last 14 days; after = the 14 days "
                  "after its last day. Means are means of daily means. These are the person's own numbers over "
                  "time: they show what went with the course, not what the course did.", size=7.5, h=3.6)

"""What an import adds shows in the open window at once, without a restart: new factors on Today's
factor row, a new medication in Today's therapy picker, the imported factor in Insights (real
window, real journal, the import through the window's own exchange service)."""

from __future__ import annotations

from datetime import timedelta

from backjournal.domain.models import PainEntryDraft
from backjournal.exchange.batch import ImportOptions
from tests.ui.test_insights_view import _at


def test_factors_and_medications_an_import_adds_show_at_once(qtbot, window, opened, tmp_path):
    row = window.today.factor_row
    assert row.controls == {}
    for k in range(60):
        opened.journal.log(PainEntryDraft(_at(k, 8), 7 if k % 4 == 0 else 4))
    view = window.show_view("Insights")
    qtbot.waitUntil(lambda: view.result is not None)
    assert not any(r.item.name == "long drive" for r in view.rows)
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for k in range(60):
        day = (_at(k, 8) - timedelta(hours=1)).date()
        lines.append(f"{day.isoformat()},,,8:00 PM,good,{'long drive' if k % 4 == 0 else 'work'},,")
    daylio = tmp_path / "daylio.csv"
    daylio.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.services.exchange.import_file(daylio, options=ImportOptions())
    assert {"own_long_drive", "own_daylio_mood_1_5"} <= row.controls.keys(), "Today's factor row, no restart"
    qtbot.waitUntil(lambda: any(r.item.name == "long drive" for r in view.rows))

    csv = tmp_path / "meds.csv"
    csv.write_text(
        "record_type,at,therapy,therapy_name,therapy_category,therapy_class,dose_amount,dose_unit\n"
        f"session,{_at(1, 9).isoformat()},user_ibuprofen,Ibuprofen,drug,nsaid,400,mg\n",
        encoding="utf-8",
    )
    window.services.exchange.import_file(csv)
    form = window.today.session_form
    names = [form.therapy.itemText(i) for i in range(form.therapy.count())]
    assert "Ibuprofen" in names
    form.select_therapy("medication")
    assert form.medication.currentData().name == "Ibuprofen", "the imported medication, the last used"

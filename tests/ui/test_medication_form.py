"""Today's session form: "Medication" asks which one (the last used offered first), the structured
dose, "Add therapy…"/"Add medication…" in the pickers (real widgets on a real journal)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backjournal.domain.models import TherapySessionDraft
from backjournal.services.therapies import TherapyService
from backjournal.ui.dialogs.therapy_dialogs import AddTherapyDialog
from backjournal.ui.widgets.forms import ADD_MEDICATION_TEXT, ADD_THERAPY_TEXT
from tests.conftest import at


def test_medication_without_a_name_is_refused_in_the_window(qtbot, window, opened):
    form = window.today.session_form
    form.select_therapy("medication")
    assert form.medication.isVisibleTo(form) and form.medication_label.isVisibleTo(form)
    assert window.today.save_therapy_session() is False
    assert "which medication" in form.error.text().lower()
    assert opened.journal.sessions() == []
    form.select_therapy("heat")
    assert not form.medication.isVisibleTo(form)


def test_the_last_used_medication_is_offered_and_the_dose_is_structured(qtbot, window, opened):
    therapies = TherapyService(journal=opened.journal)
    ibu = therapies.add_medication("Ibuprofen", "nsaid")
    cari = therapies.add_medication("Carisoprodol", "muscle_relaxant")
    opened.journal.log_session(TherapySessionDraft(cari.key, at(1)))
    form = window.today.session_form
    form.select_therapy("medication")
    assert form.medication.currentData().key == cari.key, "the last used first"
    assert "last used" in form.medication.currentText()
    assert [form.medication.itemText(i) for i in range(form.medication.count())][-1] == ADD_MEDICATION_TEXT
    form.medication.setCurrentIndex(
        [form.medication.itemData(i) and form.medication.itemData(i).key for i in range(form.medication.count())].index(
            ibu.key
        )
    )
    form.amount.setText("400")
    form.unit.setCurrentIndex(form.unit.findData("mg"))
    form.schedule.setCurrentIndex(form.schedule.findData("as-needed"))
    assert window.today.save_therapy_session() is True
    saved = max(opened.journal.sessions(), key=lambda s: s.id)
    assert (saved.therapy.key, saved.dose_amount, saved.dose_unit, saved.dose_schedule) == (
        ibu.key,
        400,
        "mg",
        "as-needed",
    )
    form.select_therapy("medication")
    assert form.medication.currentData().key == ibu.key, "now the last used"
    form.amount.setText("lots")
    assert window.today.save_therapy_session() is False
    assert "positive number" in form.error.text()


def test_archived_therapies_are_not_offered_but_keep_their_sessions(qtbot, window, opened):
    therapies = TherapyService(journal=opened.journal)
    pilates = therapies.add_therapy("Pilates")
    opened.journal.log_session(TherapySessionDraft(pilates.key, at(1)))
    form = window.today.session_form
    keys = [form.therapy.itemData(i) and form.therapy.itemData(i).key for i in range(form.therapy.count())]
    assert pilates.key in keys and form.therapy.itemText(form.therapy.count() - 1) == ADD_THERAPY_TEXT
    therapies.change(pilates.key, archived=True)
    keys = [form.therapy.itemData(i) and form.therapy.itemData(i).key for i in range(form.therapy.count())]
    assert pilates.key not in keys
    assert len(opened.journal.sessions()) == 1


def test_add_therapy_from_the_picker_adds_and_selects_it(qtbot, window, opened):
    form = window.today.session_form

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddTherapyDialog) and w.isVisible())
        assert dialog.name.accessibleName() and dialog.kind.accessibleName()
        dialog.name.setText("")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.isVisible(), "an empty name is refused in the dialog"
        dialog.name.setText("Pilates")
        dialog.accept()

    QTimer.singleShot(0, fill)
    form.therapy.activated.emit(form.therapy.count() - 1)  # the person picks "Add therapy…"
    qtbot.waitUntil(lambda: form.therapy_key() == "user_pilates")
    assert any(t.name == "Pilates" for t in opened.journal.therapy_types())


def test_what_is_this_opens_the_card_of_the_medications_class(qtbot, window, opened):
    therapies = TherapyService(journal=opened.journal)
    ibu = therapies.add_medication("Ibuprofen", "nsaid")
    kratom = therapies.add_medication("Kratom tea", "kratom")
    form = window.today.session_form
    asked: list[str] = []
    window.today.card_requested.disconnect()
    window.today.card_requested.connect(asked.append)
    form.select_therapy(ibu.key)
    form.about.click()
    form.select_therapy("medication")
    form.medication.setCurrentIndex(
        next(
            i
            for i in range(form.medication.count())
            if form.medication.itemData(i) and form.medication.itemData(i).key == kratom.key
        )
    )
    form.about.click()
    assert asked == ["medication", "kratom"], "one click from a named medication to its class's card"


def test_editing_a_session_of_the_unnamed_medication_keeps_it_unnamed(qtbot, opened):
    from backjournal.ui.dialogs.entry_dialog import EntryDialog
    from backjournal.ui.widgets.forms import NOT_NAMED_TEXT

    TherapyService(journal=opened.journal).add_medication("Ibuprofen", "nsaid")
    old = opened.journal.log_session(TherapySessionDraft("medication", at(1), details="Ibuprofen", dose="2 pills"))
    dialog = EntryDialog(old, opened.journal.therapy_types())
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.medication.currentText() == NOT_NAMED_TEXT
    assert ADD_THERAPY_TEXT not in [form.therapy.itemText(i) for i in range(form.therapy.count())], (
        "no 'Add therapy…' where nothing would add it"
    )
    dialog.accept()
    assert dialog.draft.therapy_key == "medication" and dialog.draft.details == "Ibuprofen"

"""FHIR R4 export: a Bundle (type ``collection``) a physician's system can read.

- Pain scores: Observation, LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] -
  Reported", ``valueInteger``, category ``survey`` (patient-reported), the body regions as
  ``bodySite.text``, qualities and the note as ``note``. Where the person scored each region, one
  ``component`` per region: code 72514-3 plus the region (system ``urn:backjournal:body-region``, its
  key and label), ``valueInteger`` its own score; ``valueInteger`` stays the overall score.
- PEG check-ins: three item Observations (75893-8 pain, 91145-3 enjoyment of life, 91146-1 general
  activity) and the mean (91147-9), each ``valueQuantity`` with UCUM unit ``{score}``; the mean
  links its items with ``hasMember``.
- Therapy sessions: Procedure (non-drug and procedure categories), MedicationStatement (drugs and
  substances, the dose as typed in ``dosage.text``). Pain before/after a session become 72514-3
  Observations with ``partOf`` pointing at the session.
- One Patient resource without identifying data (the subject every resource points at).

Every fullUrl is a name-based UUID (v5) in the namespace of the journal's own random identity
(services/identity.py): the Patient is ``uuid5(journal, "patient")``, a record's resource
``uuid5(journal, kind + uid)``. The same journal exports the same urls every time; two journals
never share one, so a receiving system cannot merge two people (or two people's records that came
from the same foreign file and so have the same uid).

Only plain dicts are built here (no dependency at run time); the tests validate the bundle with the
``fhir.resources`` package's R4B models (R4B changed nothing in these resources from R4).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from backjournal.domain.models import PainEntry, PegCheckin, TherapyCategory, TherapySession

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
#: BackJournal's body-region keys (domain.models.BodyRegion), as the second coding of a region's component
REGION_SYSTEM = "urn:backjournal:body-region"

PAIN_CODE = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
PEG_CODES = {
    "pain": ("75893-8", "Pain severity in the past week - 0-10 numeric rating [Reported]"),
    "enjoyment": ("91145-3", "How pain interfered with enjoyment of life during the past week"),
    "activity": ("91146-1", "How pain interfered with general activity during the past week"),
    "mean": ("91147-9", "Mean score [PEG]"),
}


class Urls:
    """fullUrls derived from the journal's identity (a UUID string)."""

    def __init__(self, journal_id: str):
        self.namespace = uuid.UUID(journal_id)
        self.patient = f"urn:uuid:{uuid.uuid5(self.namespace, 'patient')}"
        self.subject = {"reference": self.patient}

    def record(self, kind: str, uid: str) -> str:
        return f"urn:uuid:{uuid.uuid5(self.namespace, kind + ':' + uid)}"


def _when(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _identifier(uid: str) -> list[dict[str, str]]:
    return [{"system": "urn:ietf:rfc:3986", "value": f"urn:backjournal:{uid}"}]


def _coding(code: tuple[str, str], text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"coding": [{"system": LOINC, "code": code[0], "display": code[1]}]}
    if text:
        out["text"] = text
    return out


_SURVEY = [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"}]}]


def _observation(
    urls: Urls, *, code: tuple[str, str], text: str, at: datetime, issued: datetime | None, uid: str
) -> dict[str, Any]:
    obs = {
        "resourceType": "Observation",
        "identifier": _identifier(uid),
        "status": "final",
        "category": _SURVEY,
        "code": _coding(code, text),
        "subject": urls.subject,
        "effectiveDateTime": _when(at),
        "performer": [urls.subject],
    }
    if issued is not None:
        obs["issued"] = issued.isoformat(timespec="seconds")
    return obs


def _notes(*texts: str | None) -> dict[str, Any]:
    notes = [{"text": t} for t in texts if t]
    return {"note": notes} if notes else {}


def pain_resources(e: PainEntry, urls: Urls) -> list[tuple[str, dict[str, Any]]]:
    obs = _observation(urls, code=PAIN_CODE, text="Pain, 0-10", at=e.felt_at, issued=e.created_at, uid=e.uid)
    obs["valueInteger"] = e.score
    obs["bodySite"] = {"text": ", ".join(r.english for r in e.regions)}
    if e.region_scores:  # the person scored each region: one component per region, same LOINC code
        obs["component"] = [
            {
                "code": {
                    "coding": [
                        {"system": LOINC, "code": PAIN_CODE[0], "display": PAIN_CODE[1]},
                        {"system": REGION_SYSTEM, "code": r.value, "display": r.english},
                    ],
                    "text": f"Pain, 0-10: {r.english}",
                },
                "valueInteger": score,
            }
            for r, score in zip(e.regions, e.region_scores, strict=True)
        ]
    quality = "Quality: " + ", ".join(q.english.lower() for q in e.qualities) if e.qualities else None
    obs.update(_notes(quality, e.note))
    return [(urls.record("main", e.uid), obs)]


def peg_resources(p: PegCheckin, urls: Urls) -> list[tuple[str, dict[str, Any]]]:
    out = []
    members = []
    for item, value in (("pain", p.pain), ("enjoyment", p.enjoyment), ("activity", p.activity)):
        url = urls.record(f"peg-{item}", p.uid)
        obs = _observation(
            urls, code=PEG_CODES[item], text=f"PEG {item}", at=p.answered_at, issued=p.created_at, uid=f"{p.uid}#{item}"
        )
        obs["valueQuantity"] = {"value": value, "unit": "{score}", "system": UCUM, "code": "{score}"}
        out.append((url, obs))
        members.append({"reference": url})
    mean = _observation(
        urls,
        code=PEG_CODES["mean"],
        text="PEG score (mean of 3 items)",
        at=p.answered_at,
        issued=p.created_at,
        uid=p.uid,
    )
    mean["valueQuantity"] = {"value": p.score, "unit": "{score}", "system": UCUM, "code": "{score}"}
    mean["hasMember"] = members
    mean.update(_notes(p.note))
    return [(urls.record("main", p.uid), mean), *out]


#: Structured dose units with a UCUM code (the others go as plain units: tablet, drops, patch, puff, other).
UCUM_DOSE_UNITS = {"mg": "mg", "g": "g", "ml": "mL"}


def session_resources(s: TherapySession, urls: Urls) -> list[tuple[str, dict[str, Any]]]:
    url = urls.record("main", s.uid)
    end = s.started_at + timedelta(minutes=s.minutes) if s.minutes else None
    notes = _notes(s.details if s.therapy.category is not TherapyCategory.DRUG else None, s.note)
    if s.therapy.category is TherapyCategory.DRUG:
        res = {
            "resourceType": "MedicationStatement",
            "identifier": _identifier(s.uid),
            "status": "completed",
            # a named medication by its name; the generic "Medication" by what the details say
            "medicationCodeableConcept": {
                "text": s.therapy.name if s.therapy.is_medication else (s.details or s.therapy.name)
            },
            "subject": urls.subject,
            "dateAsserted": _when(s.created_at),
            "informationSource": urls.subject,
        }
        if end is not None:
            res["effectivePeriod"] = {"start": _when(s.started_at), "end": _when(end)}
        else:
            res["effectiveDateTime"] = _when(s.started_at)
        if s.dose_text:
            dosage: dict[str, Any] = {"text": s.dose_text}
            if s.dose_amount is not None and s.dose_unit is not None:
                quantity = {"value": s.dose_amount, "unit": s.dose_unit}
                if s.dose_unit in UCUM_DOSE_UNITS:
                    quantity.update(system=UCUM, code=UCUM_DOSE_UNITS[s.dose_unit])
                dosage["doseAndRate"] = [{"doseQuantity": quantity}]
            if s.dose_schedule is not None:
                dosage["asNeededBoolean"] = s.dose_schedule == "as-needed"
            res["dosage"] = [dosage]
        if s.details and not s.therapy.is_medication:
            res["category"] = {"text": s.therapy.name}
    else:
        res = {
            "resourceType": "Procedure",
            "identifier": _identifier(s.uid),
            "status": "completed",
            "code": {"text": s.therapy.name},
            "subject": urls.subject,
            "recorder": urls.subject,
        }
        if end is not None:
            res["performedPeriod"] = {"start": _when(s.started_at), "end": _when(end)}
        else:
            res["performedDateTime"] = _when(s.started_at)
        if s.provider:
            res["performer"] = [{"actor": {"display": s.provider}}]
    res.update(notes)
    out = [(url, res)]
    for which, value, at in (("before", s.pain_before, s.started_at), ("after", s.pain_after, end or s.started_at)):
        if value is None:
            continue
        obs = _observation(
            urls,
            code=PAIN_CODE,
            text=f"Pain {which} {s.therapy.name}, 0-10",
            at=at,
            issued=s.created_at,
            uid=f"{s.uid}#{which}",
        )
        obs["valueInteger"] = value
        obs["partOf"] = [{"reference": url}]
        out.append((urls.record(f"pain-{which}", s.uid), obs))
    return out


def build_bundle(
    *,
    pain: Iterable[PainEntry],
    sessions: Iterable[TherapySession],
    peg: Iterable[PegCheckin],
    generated_at: datetime,
    app_version: str,
    journal_id: str,
) -> dict[str, Any]:
    """``journal_id``: the journal's identity (a UUID string) every fullUrl is derived from."""
    urls = Urls(journal_id)
    entries = [
        {
            "fullUrl": urls.patient,
            "resource": {
                "resourceType": "Patient",
                "meta": {"tag": [{"display": f"Patient-reported data exported by BackJournal {app_version}"}]},
                "active": True,
            },
        }
    ]
    records: list[tuple[datetime, str, list[tuple[str, dict[str, Any]]]]] = []
    records += [(e.felt_at, e.uid, pain_resources(e, urls)) for e in pain]
    records += [(s.started_at, s.uid, session_resources(s, urls)) for s in sessions]
    records += [(p.answered_at, p.uid, peg_resources(p, urls)) for p in peg]
    records.sort(key=lambda r: (r[0].timestamp(), r[1]))
    for _, _, resources in records:
        entries.extend({"fullUrl": url, "resource": res} for url, res in resources)
    return {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        "type": "collection",
        "timestamp": generated_at.isoformat(timespec="seconds"),
        "entry": entries,
    }


def dumps(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=1) + "\n"

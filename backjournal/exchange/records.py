"""One serialisation of journal records, shared by ``list --format json``, the JSON export and the CSV.

``iso`` is the one way a time is written: ISO 8601 with the offset the moment was recorded in,
microseconds only when it has any (nothing is rounded away), None for no time.
``record_fields`` gives the stored fields of a record under their JSON-export names (the JSON
export writes exactly these); ``record_to_dict`` (``list --format json``) adds the kind, the id and
the computed fields; csv_io names a few columns differently (``record_type``, ``peg_*``,
``therapy_category``) and joins lists, from these same fields.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backjournal.domain.factors import Factor, FactorDay
from backjournal.domain.models import JournalRecord, PainEntry, PegCheckin, TherapySession, TherapyType


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with offset; microseconds only when there are any; None for None."""
    return None if moment is None else moment.isoformat()


def pain_fields(e: PainEntry) -> dict[str, Any]:
    return {
        "uid": e.uid,
        "at": iso(e.felt_at),
        "score": e.score,
        "regions": [r.value for r in e.regions],
        "region_scores": {r.value: s for r, s in e.scores_by_region.items()},
        "qualities": [q.value for q in e.qualities],
        "note": e.note,
        "created_at": iso(e.created_at),
        "updated_at": iso(e.updated_at),
    }


def session_fields(s: TherapySession) -> dict[str, Any]:
    return {
        "uid": s.uid,
        "at": iso(s.started_at),
        "therapy": s.therapy.key,
        "minutes": s.minutes,
        "pain_before": s.pain_before,
        "pain_after": s.pain_after,
        "details": s.details,
        "dose": s.dose,
        "dose_amount": s.dose_amount,
        "dose_unit": s.dose_unit,
        "dose_schedule": s.dose_schedule,
        "provider": s.provider,
        "note": s.note,
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
    }


def peg_fields(p: PegCheckin) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "at": iso(p.answered_at),
        "pain": p.pain,
        "enjoyment": p.enjoyment,
        "activity": p.activity,
        "score": p.score,
        "note": p.note,
        "created_at": iso(p.created_at),
        "updated_at": iso(p.updated_at),
    }


def therapy_to_dict(t: TherapyType) -> dict[str, Any]:
    return {
        "key": t.key,
        "name": t.name,
        "category": t.category.value,
        "builtin": t.builtin,
        "notes": t.notes,
        "drug_class": t.drug_class,
        "color": t.color,
        "archived": t.archived,
    }


def factor_to_dict(f: Factor) -> dict[str, Any]:
    return {"key": f.key, "name": f.name, "kind": f.kind.value, "builtin": f.builtin, "enabled": f.enabled}


def factor_value_fields(v: FactorDay) -> dict[str, Any]:
    return {"uid": v.uid, "factor": v.factor_key, "day": v.day.isoformat(), "value": v.value}


def record_kind(record: object) -> str:
    if isinstance(record, PainEntry):
        return "pain"
    if isinstance(record, TherapySession):
        return "session"
    if isinstance(record, PegCheckin):
        return "peg"
    raise TypeError(f"not a journal record: {type(record).__name__}")


def record_fields(record: JournalRecord) -> dict[str, Any]:
    """The stored fields of a pain entry, session or PEG check-in (the JSON export's record)."""
    if isinstance(record, PainEntry):
        return pain_fields(record)
    if isinstance(record, TherapySession):
        return session_fields(record)
    if isinstance(record, PegCheckin):
        return peg_fields(record)
    raise TypeError(f"not a journal record: {type(record).__name__}")


def record_to_dict(record: JournalRecord) -> dict[str, Any]:
    """``list --format json``: the stored fields with the record's kind and id, the therapy's name,
    category and drug class (a named medication's; None otherwise) for a session, and whether it was
    backdated (pain entries and sessions)."""
    kind = record_kind(record)
    out = {"kind": kind, "id": record.id, **record_fields(record)}
    if isinstance(record, TherapySession):
        out["therapy_name"] = record.therapy.name
        out["category"] = record.therapy.category.value
        out["therapy_class"] = record.therapy.drug_class
    if not isinstance(record, PegCheckin):
        out["backdated"] = record.backdated
    return out

"""Plain dictionaries of journal records: what ``list --format json`` prints and exports build on.

Every field is present; times are ISO 8601 with their offset.
"""

from __future__ import annotations

from datetime import datetime

from backjournal.domain.models import PainEntry, PegCheckin, TherapySession, TherapyType


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def pain_to_dict(e: PainEntry) -> dict:
    return {
        "kind": "pain",
        "id": e.id,
        "uid": e.uid,
        "at": iso(e.felt_at),
        "score": e.score,
        "regions": [r.value for r in e.regions],
        "qualities": [q.value for q in e.qualities],
        "note": e.note,
        "backdated": e.backdated,
        "created_at": iso(e.created_at),
        "updated_at": iso(e.updated_at),
    }


def session_to_dict(s: TherapySession) -> dict:
    return {
        "kind": "session",
        "id": s.id,
        "uid": s.uid,
        "at": iso(s.started_at),
        "therapy": s.therapy.key,
        "therapy_name": s.therapy.name,
        "category": s.therapy.category.value,
        "minutes": s.minutes,
        "pain_before": s.pain_before,
        "pain_after": s.pain_after,
        "details": s.details,
        "dose": s.dose,
        "provider": s.provider,
        "note": s.note,
        "backdated": s.backdated,
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
    }


def peg_to_dict(p: PegCheckin) -> dict:
    return {
        "kind": "peg",
        "id": p.id,
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


def therapy_to_dict(t: TherapyType) -> dict:
    return {"key": t.key, "name": t.name, "category": t.category.value, "builtin": t.builtin, "notes": t.notes}


def record_to_dict(record) -> dict:
    if isinstance(record, PainEntry):
        return pain_to_dict(record)
    if isinstance(record, TherapySession):
        return session_to_dict(record)
    return peg_to_dict(record)

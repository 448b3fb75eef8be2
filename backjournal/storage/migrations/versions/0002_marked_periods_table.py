"""marked periods get their own table, with a uid

Until this revision the marked periods were the setting ``marked_periods``: a JSON list of
``{"label", "start", "end", "therapy"}`` removed by its position. Upgrade moves every readable
period into the table ``marked_periods`` with a uid computed from its content (as
backjournal.domain.periods.content_uid does, so an older JSON export of the same journal imports
them once) and removes the setting; an entry it cannot read stays, as it was, in the setting
``marked_periods_unreadable`` (nothing the person entered is lost). Downgrade writes the setting
back from the table (the unreadable entries after them) and drops the table.

Self-contained on purpose: a migration must not change when the application code does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KEY = "marked_periods"
UNREADABLE_KEY = "marked_periods_unreadable"
NAMESPACE = uuid.UUID("6f1d3c52-6a8e-4f0e-9a53-2b6b8f0d6c41")  # domain.periods.PERIOD_UID_NAMESPACE
LABEL_MAX = 80  # domain.models.NAME_MAX when this revision was written

settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
periods = sa.table(
    "marked_periods",
    sa.column("id", sa.Integer),
    sa.column("uid", sa.String),
    sa.column("label", sa.String),
    sa.column("start_day", sa.Date),
    sa.column("end_day", sa.Date),
    sa.column("therapy_key", sa.String),
    sa.column("created_at", sa.DateTime),
)


def _read(entry: object) -> tuple[str, date, date, str | None] | None:
    """(label, start, end, therapy) of one old entry, or None when it is not a readable period."""
    if not isinstance(entry, dict):
        return None
    label = entry.get("label")
    therapy = entry.get("therapy") or None
    try:
        start = date.fromisoformat(str(entry.get("start")))
        end = date.fromisoformat(str(entry.get("end")))
    except ValueError:
        return None
    if not isinstance(label, str) or not label.strip() or len(label.strip()) > LABEL_MAX or "\x00" in label:
        return None
    if end < start or (therapy is not None and (not isinstance(therapy, str) or len(therapy) > 100)):
        return None
    return label.strip(), start, end, therapy


def _uid(label: str, start: date, end: date, therapy: str | None, occurrence: int) -> str:
    key = "\x1f".join([label, start.isoformat(), end.isoformat(), therapy or "", str(occurrence)])
    return str(uuid.uuid5(NAMESPACE, key))


def upgrade() -> None:
    op.create_table(
        "marked_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("start_day", sa.Date(), nullable=False),
        sa.Column("end_day", sa.Date(), nullable=False),
        sa.Column("therapy_key", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("end_day >= start_day", name=op.f("ck_marked_periods_days")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marked_periods")),
        sa.UniqueConstraint("uid", name=op.f("uq_marked_periods_uid")),
    )
    bind = op.get_bind()
    raw = bind.execute(sa.select(settings.c.value).where(settings.c.key == OLD_KEY)).scalar()
    if raw is None:
        return
    try:
        entries = json.loads(raw)
    except ValueError:
        entries = [raw]
    if not isinstance(entries, list):
        entries = [entries]
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: list[dict[str, object]] = []
    unreadable: list[object] = []
    seen: dict[tuple[str, date, date, str | None], int] = {}
    for entry in entries:
        read = _read(entry)
        if read is None:
            unreadable.append(entry)
            continue
        n = seen.get(read, 0)
        seen[read] = n + 1
        label, start, end, therapy = read
        rows.append(
            {
                "uid": _uid(label, start, end, therapy, n),
                "label": label,
                "start_day": start,
                "end_day": end,
                "therapy_key": therapy,
                "created_at": now,
            }
        )
    if rows:
        op.bulk_insert(periods, rows)
    bind.execute(sa.delete(settings).where(settings.c.key == OLD_KEY))
    if unreadable:
        bind.execute(sa.insert(settings).values(key=UNREADABLE_KEY, value=json.dumps(unreadable, sort_keys=True)))


def downgrade() -> None:
    bind = op.get_bind()
    listed = [
        {"label": r.label, "start": r.start_day.isoformat(), "end": r.end_day.isoformat(), "therapy": r.therapy_key}
        for r in bind.execute(
            sa.select(periods).order_by(periods.c.start_day, periods.c.end_day, periods.c.label, periods.c.id)
        )
    ]
    raw = bind.execute(sa.select(settings.c.value).where(settings.c.key == UNREADABLE_KEY)).scalar()
    if raw is not None:
        listed.extend(json.loads(raw))
        bind.execute(sa.delete(settings).where(settings.c.key == UNREADABLE_KEY))
    if listed:
        bind.execute(sa.delete(settings).where(settings.c.key == OLD_KEY))
        bind.execute(sa.insert(settings).values(key=OLD_KEY, value=json.dumps(listed, sort_keys=True)))
    op.drop_table("marked_periods")

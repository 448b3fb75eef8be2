"""named medications, structured doses, own-therapy colour/archive, daily factors

- therapy_types gains ``drug_class`` (a named medication's class), ``color`` and ``archived_at``.
- therapy_sessions gains ``dose_amount``, ``dose_unit``, ``dose_schedule``. Every existing free-text
  dose that reads wholly as amount + unit (+ "as needed"/"scheduled") becomes the structured dose
  and its text is cleared; any other text stays in ``dose`` exactly as it was (nothing is lost).
- two new tables: ``factors`` (the four built-ins seeded, hidden) and ``factor_values``.

Downgrade writes each structured dose back into ``dose`` as text, then drops what was added.
The dose parser is a frozen copy here (not imported from the domain) so this step never changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import re
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNITS = {
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "ml": "ml",
    "millilitre": "ml",
    "milliliter": "ml",
    "millilitres": "ml",
    "milliliters": "ml",
    "tablet": "tablet",
    "tablets": "tablet",
    "tab": "tablet",
    "tabs": "tablet",
    "pill": "tablet",
    "pills": "tablet",
    "drop": "drops",
    "drops": "drops",
    "patch": "patch",
    "patches": "patch",
    "puff": "puff",
    "puffs": "puff",
}
_SCHEDULES = {
    "as needed": "as-needed",
    "as-needed": "as-needed",
    "prn": "as-needed",
    "when needed": "as-needed",
    "scheduled": "scheduled",
    "regular": "scheduled",
}
_DOSE_RE = re.compile(
    r"^\s*(?P<amount>[0-9]{1,6}(?:[.,][0-9]{1,3})?)\s*(?P<unit>[a-z]+)\.?"
    r"(?:\s*[,;]?\s*\(?(?P<schedule>as needed|as-needed|prn|when needed|scheduled|regular)\)?)?\s*$",
    re.IGNORECASE,
)
_PLURAL = {"tablet": "tablets", "patch": "patches", "puff": "puffs"}


def _parse(text: str | None) -> tuple[float, str, str | None] | None:
    m = _DOSE_RE.match(text or "")
    if not m or m["unit"].lower() not in _UNITS:
        return None
    amount = float(m["amount"].replace(",", "."))
    if not 0 < amount < 1_000_000:
        return None
    return amount, _UNITS[m["unit"].lower()], _SCHEDULES[m["schedule"].lower()] if m["schedule"] else None


def _text(amount: float, unit: str, schedule: str | None) -> str:
    shown = _PLURAL.get(unit, unit) if amount != 1 else unit
    out = f"{amount:g} {shown}"
    return out + (", as needed" if schedule == "as-needed" else ", scheduled" if schedule == "scheduled" else "")


def upgrade() -> None:
    with op.batch_alter_table("therapy_types", schema=None) as batch_op:
        batch_op.add_column(sa.Column("drug_class", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("color", sa.String(length=9), nullable=True))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("therapy_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dose_amount", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("dose_unit", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("dose_schedule", sa.String(length=10), nullable=True))

    conn = op.get_bind()
    for sid, text in conn.execute(sa.text("SELECT id, dose FROM therapy_sessions WHERE dose IS NOT NULL")).all():
        parsed = _parse(text)
        if parsed is not None:
            conn.execute(
                sa.text(
                    "UPDATE therapy_sessions SET dose_amount = :a, dose_unit = :u, dose_schedule = :s, "
                    "dose = NULL WHERE id = :id"
                ),
                {"a": parsed[0], "u": parsed[1], "s": parsed[2], "id": sid},
            )

    factors = op.create_table(
        "factors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('scale','yesno')", name=op.f("ck_factors_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factors")),
        sa.UniqueConstraint("key", name=op.f("uq_factors_key")),
        sa.UniqueConstraint("name", name=op.f("uq_factors_name")),
    )
    op.create_table(
        "factor_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("factor_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("value BETWEEN 0 AND 10", name=op.f("ck_factor_values_value")),
        sa.ForeignKeyConstraint(
            ["factor_id"], ["factors.id"], name=op.f("fk_factor_values_factor_id_factors"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor_values")),
        sa.UniqueConstraint("factor_id", "day", name="uq_factor_values_factor_day"),
        sa.UniqueConstraint("uid", name=op.f("uq_factor_values_uid")),
    )
    op.create_index(op.f("ix_factor_values_day"), "factor_values", ["day"], unique=False)
    op.create_index(op.f("ix_factor_values_factor_id"), "factor_values", ["factor_id"], unique=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        factors,
        [
            {
                "key": k,
                "name": n,
                "kind": "scale",
                "builtin": True,
                "enabled": False,
                "created_at": now,
                "updated_at": now,
            }
            for k, n in [
                ("sleep_quality", "Sleep quality"),
                ("mood", "Mood"),
                ("stress", "Stress"),
                ("physical_activity", "Physical activity"),
            ]
        ],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_factor_values_factor_id"), table_name="factor_values")
    op.drop_index(op.f("ix_factor_values_day"), table_name="factor_values")
    op.drop_table("factor_values")
    op.drop_table("factors")
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, dose, dose_amount, dose_unit, dose_schedule FROM therapy_sessions WHERE dose_unit IS NOT NULL"
        )
    ).all()
    for sid, text, amount, unit, schedule in rows:
        structured = _text(amount, unit, schedule)
        conn.execute(
            sa.text("UPDATE therapy_sessions SET dose = :d WHERE id = :id"),
            {"d": f"{structured}; {text}" if text else structured, "id": sid},
        )
    with op.batch_alter_table("therapy_sessions", schema=None) as batch_op:
        batch_op.drop_column("dose_schedule")
        batch_op.drop_column("dose_unit")
        batch_op.drop_column("dose_amount")
    with op.batch_alter_table("therapy_types", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("color")
        batch_op.drop_column("drug_class")

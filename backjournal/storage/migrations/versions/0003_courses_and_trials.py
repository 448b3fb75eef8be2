"""therapy courses and personal (N-of-1) trials get their own tables

Two new tables, nothing else changes: every record of an older journal stays as it was. Downgrade
drops the two tables (and with them any course or trial entered since).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "therapy_courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("therapy_key", sa.String(length=100), nullable=False),
        sa.Column("start_day", sa.Date(), nullable=False),
        sa.Column("planned_end_day", sa.Date(), nullable=True),
        sa.Column("sessions_planned", sa.Integer(), nullable=True),
        sa.Column("per_week", sa.Integer(), nullable=True),
        sa.Column("provider", sa.Text(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("baseline_days", sa.Integer(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=20), nullable=True),
        sa.Column("pgic", sa.Integer(), nullable=True),
        sa.Column("end_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "planned_end_day IS NULL OR planned_end_day >= start_day", name=op.f("ck_therapy_courses_planned_end")
        ),
        sa.CheckConstraint(
            "sessions_planned IS NULL OR sessions_planned BETWEEN 1 AND 500", name=op.f("ck_therapy_courses_sessions")
        ),
        sa.CheckConstraint("per_week IS NULL OR per_week BETWEEN 1 AND 21", name=op.f("ck_therapy_courses_per_week")),
        sa.CheckConstraint("baseline_days BETWEEN 7 AND 90", name=op.f("ck_therapy_courses_baseline_days")),
        sa.CheckConstraint("pgic IS NULL OR pgic BETWEEN 1 AND 7", name=op.f("ck_therapy_courses_pgic")),
        sa.CheckConstraint(
            "end_reason IS NULL OR end_reason IN ('helped','no-change','side-effects','cost','other')",
            name=op.f("ck_therapy_courses_end_reason"),
        ),
        sa.CheckConstraint("(ended_on IS NULL) = (end_reason IS NULL)", name=op.f("ck_therapy_courses_ended")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_therapy_courses")),
        sa.UniqueConstraint("uid", name=op.f("uq_therapy_courses_uid")),
    )
    op.create_index(op.f("ix_therapy_courses_start_day"), "therapy_courses", ["start_day"], unique=False)
    op.create_table(
        "personal_trials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("regimen_a", sa.Text(), nullable=False),
        sa.Column("regimen_b", sa.Text(), nullable=False),
        sa.Column("pairs", sa.Integer(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("washout_days", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("orders", sa.Text(), nullable=False),
        sa.Column("start_day", sa.Date(), nullable=False),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("side_effects", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("pairs BETWEEN 3 AND 12", name=op.f("ck_personal_trials_pairs")),
        sa.CheckConstraint("period_days BETWEEN 7 AND 14", name=op.f("ck_personal_trials_period_days")),
        sa.CheckConstraint(
            "washout_days >= 0 AND washout_days < period_days", name=op.f("ck_personal_trials_washout_days")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_trials")),
        sa.UniqueConstraint("uid", name=op.f("uq_personal_trials_uid")),
    )


def downgrade() -> None:
    op.drop_table("personal_trials")
    op.drop_index(op.f("ix_therapy_courses_start_day"), table_name="therapy_courses")
    op.drop_table("therapy_courses")

"""an optional 0-10 score for each body region of a pain entry

``pain_entry_regions`` gains a nullable ``score`` (0-10, checked), added in place (ALTER TABLE ADD
COLUMN, no copy of the table). Every existing row keeps its
region and position and gets NULL: an older entry keeps exactly its meaning (one overall score for
all its regions), and nothing else changes. Downgrade drops the column (and with it any region
scores entered since; the entries' overall scores stay).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds a nullable column with its CHECK in place: no copy of the table (quick on a journal
    # of many years, and no freed pages left behind).
    op.execute(
        "ALTER TABLE pain_entry_regions ADD COLUMN score INTEGER "
        "CONSTRAINT ck_pain_entry_regions_score CHECK (score IS NULL OR score BETWEEN 0 AND 10)"
    )


def downgrade() -> None:
    with op.batch_alter_table("pain_entry_regions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_pain_entry_regions_score"), type_="check")
        batch_op.drop_column("score")

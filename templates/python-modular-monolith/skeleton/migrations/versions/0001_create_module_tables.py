"""Create the tables of the modules {% for module in values.modules %}${{ module }}{% if not loop.last %}, {% endif %}{% endfor %}."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
TABLES = [{% for module in values.modules %}"${{ module }}_items"{% if not loop.last %}, {% endif %}{% endfor %}]


def upgrade() -> None:
    for table in TABLES:
        op.create_table(
            table,
            sa.Column("id", sa.Uuid(), primary_key=True),
            sa.Column("name", sa.String(120), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)

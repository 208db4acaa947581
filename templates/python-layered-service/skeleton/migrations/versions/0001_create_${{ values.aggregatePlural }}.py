"""Create the ${{ values.aggregatePlural }} table and the outbox{% if values.messaging != 'none' %}, and the worker's processed events{% endif %}."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "${{ values.aggregatePlural }}",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("position", sa.BigInteger(), sa.Identity(), nullable=False, unique=True),
        sa.Column("type", sa.String(200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("correlation_id", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "outbox_unpublished",
        "outbox",
        ["position"],
        postgresql_where=sa.text("published_at IS NULL"),
    )
{%- if values.messaging != 'none' %}
    op.create_table(
        "processed_events",
        sa.Column("event_id", sa.Uuid(), primary_key=True),
        sa.Column("type", sa.String(200), nullable=False),
        sa.Column("correlation_id", sa.String(200), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
    )
{%- endif %}


def downgrade() -> None:
{%- if values.messaging != 'none' %}
    op.drop_table("processed_events")
{%- endif %}
    op.drop_table("outbox")
    op.drop_table("${{ values.aggregatePlural }}")

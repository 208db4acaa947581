import uuid
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Identity, Integer, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ${{ values.package }}.application.event_publisher import OutgoingEvent
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id, ${{ values.aggregate }}Status


class Base(DeclarativeBase):
    pass


class ${{ values.aggregate }}Row(Base):
    __tablename__ = "${{ values.aggregatePlural }}"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)

    @classmethod
    def of(cls, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> "${{ values.aggregate }}Row":
        row = cls(id=${{ values.aggregateLower }}.id.value, created_at=${{ values.aggregateLower }}.created_at)
        row.copy(${{ values.aggregateLower }})
        return row

    def copy(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        self.name = ${{ values.aggregateLower }}.name
        self.status = ${{ values.aggregateLower }}.status.value
        self.version = ${{ values.aggregateLower }}.version

    def to_domain(self) -> ${{ values.aggregate }}:
        return ${{ values.aggregate }}(
            id=${{ values.aggregate }}Id(self.id),
            name=self.name,
            created_at=self.created_at,
            status=${{ values.aggregate }}Status(self.status),
            version=self.version,
        )


class OutboxRow(Base):
    """An event waiting to be published, written in the transaction that raised it."""

    __tablename__ = "outbox"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    type: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)
    correlation_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    def to_outgoing(self) -> OutgoingEvent:
        return OutgoingEvent(
            id=str(self.id), type=self.type, data=self.data, correlation_id=self.correlation_id
        )
{%- if values.messaging != 'none' %}


class ProcessedEventRow(Base):
    """An event the worker has handled: its id makes handling it again a no-op."""

    __tablename__ = "processed_events"

    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    type: Mapped[str] = mapped_column(String(200))
    correlation_id: Mapped[str] = mapped_column(String(200))
    handled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
{%- endif %}

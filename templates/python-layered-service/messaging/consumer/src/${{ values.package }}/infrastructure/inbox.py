import uuid
from datetime import UTC, datetime

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ${{ values.package }}.application.event_publisher import OutgoingEvent
from ${{ values.package }}.infrastructure.orm import ProcessedEventRow


class Inbox:
    """Makes handling an event idempotent: the event's id is recorded in the
    transaction that holds its effects, so a redelivered event changes nothing."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def handle_once(self, event: OutgoingEvent) -> bool:
        """Records the event; False when it had been handled before."""
        async with self._sessions() as session, session.begin():
            recorded = await session.scalar(
                insert(ProcessedEventRow)
                .values(
                    event_id=uuid.UUID(event.id),
                    type=event.type,
                    correlation_id=event.correlation_id,
                    handled_at=datetime.now(UTC),
                )
                .on_conflict_do_nothing()
                .returning(ProcessedEventRow.event_id)
            )
            # The event's effects (a projection, a call to another module) go
            # here, in the same transaction as the record.
        return recorded is not None

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ${{ values.package }}.application.event_bus import EventBus
from ${{ values.package }}.application.event_publisher import to_wire
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.infrastructure.logging import request_id
from ${{ values.package }}.infrastructure.orm import OutboxRow
from ${{ values.package }}.infrastructure.sqlalchemy_repository import SqlAlchemy${{ values.aggregate }}Repository


class SqlAlchemyUnitOfWork(UnitOfWork):
    """A database transaction that writes the events it commits to the outbox,
    with the request's correlation id; the outbox relay publishes them."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], bus: EventBus | None = None) -> None:
        super().__init__(bus)
        self._sessions = sessions
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> SqlAlchemyUnitOfWork:
        self._session = self._sessions()
        self.${{ values.aggregatePlural }} = SqlAlchemy${{ values.aggregate }}Repository(self._session)
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.rollback()
        if self._session is not None:
            await self._session.close()

    async def _commit(self, events: list[DomainEvent]) -> None:
        assert self._session is not None, "commit() outside `async with`"
        assert isinstance(self.${{ values.aggregatePlural }}, SqlAlchemy${{ values.aggregate }}Repository)
        await self.${{ values.aggregatePlural }}.save_seen()
        now = datetime.now(UTC)
        for event in events:
            kind, data = to_wire(event)
            self._session.add(
                OutboxRow(
                    id=uuid.uuid4(),
                    type=kind,
                    data=data,
                    correlation_id=request_id.get(),
                    created_at=now,
                )
            )
        await self._session.commit()

    async def rollback(self) -> None:
        if self._session is not None:
            await self._session.rollback()

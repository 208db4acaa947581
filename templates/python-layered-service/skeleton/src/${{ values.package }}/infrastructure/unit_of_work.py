from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ${{ values.package }}.application.event_publisher import EventPublisher
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.infrastructure.sqlalchemy_repository import SqlAlchemy${{ values.aggregate }}Repository


class SqlAlchemyUnitOfWork(UnitOfWork):
    """A database transaction; its events go to the publisher once it commits."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], publisher: EventPublisher
    ) -> None:
        self._sessions = sessions
        self._publisher = publisher
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> SqlAlchemyUnitOfWork:
        self._session = self._sessions()
        self.${{ values.aggregateLower }}s = SqlAlchemy${{ values.aggregate }}Repository(self._session)
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.rollback()
        if self._session is not None:
            await self._session.close()

    async def commit(self) -> None:
        if self._session is not None:
            await self._session.commit()

    async def rollback(self) -> None:
        if self._session is not None:
            await self._session.rollback()

    async def publish(self, events: list[DomainEvent]) -> None:
        for event in events:
            await self._publisher.publish(event)

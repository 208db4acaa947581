from __future__ import annotations

from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ${{ values.package }}.shared.event_bus import EventBus
from ${{ values.package }}.shared.unit_of_work import UnitOfWork


class SqlUnitOfWork(UnitOfWork):
    """A database transaction: one session for every repository of the unit of
    work; each module's unit of work opens its repositories on `session`."""

    session: AsyncSession

    def __init__(self, sessions: async_sessionmaker[AsyncSession], bus: EventBus | None = None) -> None:
        super().__init__(bus)
        self._sessions = sessions

    async def __aenter__(self) -> Self:
        self.session = self._sessions()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.rollback()
        await self.session.close()

    async def _commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()

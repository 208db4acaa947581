import uuid
from datetime import datetime

from sqlalchemy import DateTime, String, Uuid, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from ${{ values.package }}.infrastructure.database.engine import Base
from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}Repository
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id


class ${{ values.entity }}Row(Base):
    __tablename__ = "${{ values.module }}_items"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class Sql${{ values.entity }}Repository(${{ values.entity }}Repository):
    """${{ values.entity }} records in the service's PostgreSQL database, one transaction per call."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def add(self, item: ${{ values.entity }}) -> None:
        async with self._sessions.begin() as session:
            session.add(${{ values.entity }}Row(id=item.id.value, name=item.name, created_at=item.created_at))

    async def get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None:
        async with self._sessions() as session:
            row = await session.get(${{ values.entity }}Row, item_id.value)
        return None if row is None else ${{ values.entity }}(${{ values.entity }}Id(row.id), row.name, row.created_at)

    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]:
        query = select(${{ values.entity }}Row).order_by(${{ values.entity }}Row.created_at).limit(limit).offset(offset)
        async with self._sessions() as session:
            rows = (await session.scalars(query)).all()
        return [${{ values.entity }}(${{ values.entity }}Id(row.id), row.name, row.created_at) for row in rows]

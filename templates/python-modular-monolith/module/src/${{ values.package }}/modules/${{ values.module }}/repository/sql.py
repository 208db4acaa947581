import uuid
from datetime import datetime
from typing import Self

from sqlalchemy import DateTime, String, Uuid, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from ${{ values.package }}.infrastructure.database.engine import Base
from ${{ values.package }}.infrastructure.database.unit_of_work import SqlUnitOfWork
from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}Repository, ${{ values.entity }}UnitOfWork
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id


class ${{ values.entity }}Row(Base):
    __tablename__ = "${{ values.module }}_items"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)

    def to_domain(self) -> ${{ values.entity }}:
        return ${{ values.entity }}(${{ values.entity }}Id(self.id), self.name, self.created_at)


class Sql${{ values.entity }}Repository(${{ values.entity }}Repository):
    """${{ values.entity }} records in PostgreSQL, in the unit of work's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        super().__init__()
        self._session = session

    async def _add(self, item: ${{ values.entity }}) -> None:
        self._session.add(${{ values.entity }}Row(id=item.id.value, name=item.name, created_at=item.created_at))

    async def _get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None:
        row = await self._session.get(${{ values.entity }}Row, item_id.value)
        return None if row is None else row.to_domain()

    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]:
        query = select(${{ values.entity }}Row).order_by(${{ values.entity }}Row.created_at, ${{ values.entity }}Row.id).limit(limit).offset(offset)
        return [row.to_domain() for row in await self._session.scalars(query)]


class Sql${{ values.entity }}UnitOfWork(SqlUnitOfWork, ${{ values.entity }}UnitOfWork):
    """A transaction of ${{ values.module }} in the service's database."""

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.items = Sql${{ values.entity }}Repository(self.session)
        return self

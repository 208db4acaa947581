from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository
from ${{ values.package }}.infrastructure.orm import ${{ values.aggregate }}Row


class SqlAlchemy${{ values.aggregate }}Repository(${{ values.aggregate }}Repository):
    """${{ values.aggregate }}s in the service's database (SQLAlchemy 2, async)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        self._session.add(${{ values.aggregate }}Row.of(${{ values.aggregateLower }}))

    async def get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None:
        row = await self._session.get(${{ values.aggregate }}Row, ${{ values.aggregateLower }}_id.value)
        return row.to_domain() if row else None

    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]:
        rows = await self._session.scalars(
            select(${{ values.aggregate }}Row).order_by(${{ values.aggregate }}Row.created_at).limit(limit).offset(offset)
        )
        return [row.to_domain() for row in rows]

import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}Id
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository
from ${{ values.package }}.infrastructure.orm import ${{ values.aggregate }}Row


class SqlAlchemy${{ values.aggregate }}Repository(${{ values.aggregate }}Repository):
    """${{ values.aggregatePlural }} in the service's database (SQLAlchemy 2, async). A changed ${{ values.aggregate }} is
    saved only if its row still has the version it was read at."""

    def __init__(self, session: AsyncSession) -> None:
        super().__init__()
        self._session = session
        self._new: dict[uuid.UUID, ${{ values.aggregate }}Row] = {}
        self._read_versions: dict[uuid.UUID, int] = {}

    async def _add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        row = ${{ values.aggregate }}Row.of(${{ values.aggregateLower }})
        self._new[${{ values.aggregateLower }}.id.value] = row
        self._session.add(row)

    async def _get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None:
        row = await self._session.get(${{ values.aggregate }}Row, ${{ values.aggregateLower }}_id.value)
        if row is None:
            return None
        self._read_versions[row.id] = row.version
        return row.to_domain()

    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]:
        rows = await self._session.scalars(
            select(${{ values.aggregate }}Row).order_by(${{ values.aggregate }}Row.created_at, ${{ values.aggregate }}Row.id).limit(limit).offset(offset)
        )
        return [row.to_domain() for row in rows]

    async def save_seen(self) -> None:
        for ${{ values.aggregateLower }} in self.seen:
            key = ${{ values.aggregateLower }}.id.value
            if key in self._new:
                self._new[key].copy(${{ values.aggregateLower }})
                continue
            read = self._read_versions[key]
            if ${{ values.aggregateLower }}.version == read:
                continue
            result = await self._session.execute(
                update(${{ values.aggregate }}Row)
                .where(${{ values.aggregate }}Row.id == key, ${{ values.aggregate }}Row.version == read)
                .values(name=${{ values.aggregateLower }}.name, status=${{ values.aggregateLower }}.status.value, version=${{ values.aggregateLower }}.version)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise ${{ values.aggregate }}Conflict(f"the ${{ values.aggregate }} {${{ values.aggregateLower }}.id} was changed by someone else")

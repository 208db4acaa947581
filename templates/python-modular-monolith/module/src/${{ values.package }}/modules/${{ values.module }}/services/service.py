from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}UnitOfWork
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id

MAX_PAGE_SIZE = 100


class ${{ values.entity }}NotFound(LookupError):
    """No ${{ values.entity }} has the requested id."""


@dataclass(frozen=True)
class ${{ values.entity }}View:
    id: str
    name: str
    created_at: datetime

    @staticmethod
    def of(item: ${{ values.entity }}) -> "${{ values.entity }}View":
        return ${{ values.entity }}View(str(item.id), item.name, item.created_at)


class ${{ values.entity }}Service:
    """The use cases of ${{ values.module }}, each in one unit of work; the events a change
    raises go to the event bus once it is committed."""

    def __init__(self, unit_of_work: Callable[[], ${{ values.entity }}UnitOfWork]) -> None:
        self._unit_of_work = unit_of_work

    async def create(self, name: str) -> ${{ values.entity }}View:
        item = ${{ values.entity }}.create(name)
        async with self._unit_of_work() as uow:
            await uow.items.add(item)
            await uow.commit()
        return ${{ values.entity }}View.of(item)

    async def get(self, item_id: str) -> ${{ values.entity }}View:
        async with self._unit_of_work() as uow:
            found = await uow.items.get(${{ values.entity }}Id.parse(item_id))
        if found is None:
            raise ${{ values.entity }}NotFound(item_id)
        return ${{ values.entity }}View.of(found)

    async def list(self, limit: int = 20, offset: int = 0) -> list[${{ values.entity }}View]:
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
        if offset < 0:
            raise ValueError("offset must not be negative")
        async with self._unit_of_work() as uow:
            return [${{ values.entity }}View.of(item) for item in await uow.items.list(limit, offset)]

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}Repository
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id
from ${{ values.package }}.shared.events import DomainEvent

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
    """The use cases of ${{ values.module }}; events go to `publish` once stored."""

    def __init__(
        self,
        repository: ${{ values.entity }}Repository,
        publish: Callable[[DomainEvent], None] = lambda event: None,
    ) -> None:
        self._repository = repository
        self._publish = publish

    async def create(self, name: str) -> ${{ values.entity }}View:
        item = ${{ values.entity }}.create(name)
        await self._repository.add(item)
        for event in item.events:
            self._publish(event)
        return ${{ values.entity }}View.of(item)

    async def get(self, item_id: str) -> ${{ values.entity }}View:
        found = await self._repository.get(${{ values.entity }}Id.parse(item_id))
        if found is None:
            raise ${{ values.entity }}NotFound(item_id)
        return ${{ values.entity }}View.of(found)

    async def list(self, limit: int = 20, offset: int = 0) -> list[${{ values.entity }}View]:
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
        if offset < 0:
            raise ValueError("offset must not be negative")
        return [${{ values.entity }}View.of(item) for item in await self._repository.list(limit, offset)]

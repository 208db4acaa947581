from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}Repository, ${{ values.entity }}UnitOfWork
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id
from ${{ values.package }}.shared.event_bus import EventBus


class InMemory${{ values.entity }}Repository(${{ values.entity }}Repository):
    def __init__(self, items: dict[${{ values.entity }}Id, ${{ values.entity }}]) -> None:
        super().__init__()
        self.items = items

    async def _add(self, item: ${{ values.entity }}) -> None:
        self.items[item.id] = item

    async def _get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None:
        return self.items.get(item_id)

    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]:
        ordered = sorted(self.items.values(), key=lambda item: item.created_at)
        return ordered[offset : offset + limit]


class Fake${{ values.entity }}UnitOfWork(${{ values.entity }}UnitOfWork):
    """Keeps records in a dict that outlives each unit of work; `commits` counts the commits."""

    def __init__(self, bus: EventBus | None = None) -> None:
        super().__init__(bus)
        self.records: dict[${{ values.entity }}Id, ${{ values.entity }}] = {}
        self.commits = 0

    async def __aenter__(self) -> "Fake${{ values.entity }}UnitOfWork":
        self.items = InMemory${{ values.entity }}Repository(self.records)
        return self

    async def _commit(self) -> None:
        self.commits += 1

    async def rollback(self) -> None:
        pass

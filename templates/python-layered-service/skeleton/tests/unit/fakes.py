from ${{ values.package }}.application.event_bus import EventBus
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository


class Fake${{ values.aggregate }}Repository(${{ values.aggregate }}Repository):
    def __init__(self, items: dict[${{ values.aggregate }}Id, ${{ values.aggregate }}]) -> None:
        super().__init__()
        self.items = items

    async def _add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        self.items[${{ values.aggregateLower }}.id] = ${{ values.aggregateLower }}

    async def _get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None:
        return self.items.get(${{ values.aggregateLower }}_id)

    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]:
        ordered = sorted(self.items.values(), key=lambda item: item.created_at)
        return ordered[offset : offset + limit]


class FakeUnitOfWork(UnitOfWork):
    """Keeps ${{ values.aggregatePlural }} in a dict; `outbox` holds the events each commit stored."""

    def __init__(self, bus: EventBus | None = None) -> None:
        super().__init__(bus)
        self.items: dict[${{ values.aggregate }}Id, ${{ values.aggregate }}] = {}
        self.committed = False
        self.outbox: list[DomainEvent] = []

    async def __aenter__(self) -> "FakeUnitOfWork":
        self.${{ values.aggregatePlural }} = Fake${{ values.aggregate }}Repository(self.items)
        return self

    async def _commit(self, events: list[DomainEvent]) -> None:
        self.committed = True
        self.outbox.extend(events)

    async def rollback(self) -> None:
        pass

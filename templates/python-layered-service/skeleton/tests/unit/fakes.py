from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository


class Fake${{ values.aggregate }}Repository(${{ values.aggregate }}Repository):
    def __init__(self) -> None:
        self.items: dict[${{ values.aggregate }}Id, ${{ values.aggregate }}] = {}

    async def add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        self.items[${{ values.aggregateLower }}.id] = ${{ values.aggregateLower }}

    async def get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None:
        return self.items.get(${{ values.aggregateLower }}_id)

    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]:
        ordered = sorted(self.items.values(), key=lambda item: item.created_at)
        return ordered[offset : offset + limit]


class FakeUnitOfWork(UnitOfWork):
    def __init__(self) -> None:
        self.${{ values.aggregateLower }}s = Fake${{ values.aggregate }}Repository()
        self.committed = False
        self.published: list[DomainEvent] = []

    async def commit(self) -> None:
        self.committed = True

    async def rollback(self) -> None:
        pass

    async def publish(self, events: list[DomainEvent]) -> None:
        self.published.extend(events)

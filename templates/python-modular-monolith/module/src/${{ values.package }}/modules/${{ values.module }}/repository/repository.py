import abc
from collections.abc import Iterable

from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id
from ${{ values.package }}.shared.unit_of_work import RaisesEvents, UnitOfWork


class ${{ values.entity }}Repository(abc.ABC):
    """Where ${{ values.module }} keeps its ${{ values.entity }} records. It remembers every record it handed
    out or took in, so the unit of work can collect their events."""

    def __init__(self) -> None:
        self.seen: list[${{ values.entity }}] = []

    async def add(self, item: ${{ values.entity }}) -> None:
        await self._add(item)
        self.seen.append(item)

    async def get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None:
        found = await self._get(item_id)
        if found is not None:
            self.seen.append(found)
        return found

    @abc.abstractmethod
    async def _add(self, item: ${{ values.entity }}) -> None: ...

    @abc.abstractmethod
    async def _get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None: ...

    @abc.abstractmethod
    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]: ...


class ${{ values.entity }}UnitOfWork(UnitOfWork):
    """A transaction of ${{ values.module }}, over its repository."""

    items: ${{ values.entity }}Repository

    def _seen(self) -> Iterable[RaisesEvents]:
        return self.items.seen

from __future__ import annotations

import abc
from types import TracebackType

from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository


class UnitOfWork(abc.ABC):
    """One business transaction. Leaving the block without commit() rolls back."""

    ${{ values.aggregateLower }}s: ${{ values.aggregate }}Repository

    async def __aenter__(self) -> UnitOfWork:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.rollback()

    @abc.abstractmethod
    async def commit(self) -> None: ...

    @abc.abstractmethod
    async def rollback(self) -> None: ...

    @abc.abstractmethod
    async def publish(self, events: list[DomainEvent]) -> None: ...

from __future__ import annotations

import abc
from types import TracebackType

from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository


class UnitOfWork(abc.ABC):
    """One business transaction. Leaving the block without commit() rolls back."""

    ${{ values.aggregateLower }}s: ${{ values.aggregate }}Repository

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.rollback()

    @abc.abstractmethod
    def commit(self) -> None: ...

    @abc.abstractmethod
    def rollback(self) -> None: ...

    @abc.abstractmethod
    def publish(self, events: list[DomainEvent]) -> None: ...

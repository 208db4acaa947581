from __future__ import annotations

import abc
from collections.abc import Iterable
from types import TracebackType
from typing import Protocol, Self

from ${{ values.package }}.shared.event_bus import EventBus
from ${{ values.package }}.shared.events import DomainEvent


class RaisesEvents(Protocol):
    events: list[DomainEvent]


class UnitOfWork(abc.ABC):
    """One business transaction of one module. commit() stores what its
    repository has seen changing, then hands the events those records raised
    to the event bus; leaving the block without commit() rolls back."""

    def __init__(self, bus: EventBus | None = None) -> None:
        self._bus = bus or EventBus({})

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.rollback()

    async def commit(self) -> None:
        seen = list(self._seen())
        await self._commit()
        events = [event for record in seen for event in record.events]
        for record in seen:
            record.events.clear()
        await self._bus.dispatch(events)

    @abc.abstractmethod
    def _seen(self) -> Iterable[RaisesEvents]:
        """The records this unit of work's repository handed out or took in."""

    @abc.abstractmethod
    async def _commit(self) -> None: ...

    @abc.abstractmethod
    async def rollback(self) -> None: ...

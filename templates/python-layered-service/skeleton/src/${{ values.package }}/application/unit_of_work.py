from __future__ import annotations

import abc
from collections.abc import Iterator
from types import TracebackType

from ${{ values.package }}.application.event_bus import EventBus
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.domain.repository import ${{ values.aggregate }}Repository


class UnitOfWork(abc.ABC):
    """One business transaction. commit() stores the changes of every ${{ values.aggregate }} the
    repository has seen together with their events, then hands the events to the
    event bus; leaving the block without commit() rolls back."""

    ${{ values.aggregatePlural }}: ${{ values.aggregate }}Repository

    def __init__(self, bus: EventBus | None = None) -> None:
        self._bus = bus or EventBus({})
        self._committed: list[DomainEvent] = []

    async def __aenter__(self) -> UnitOfWork:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.rollback()

    async def commit(self) -> None:
        events = [event for ${{ values.aggregateLower }} in self.${{ values.aggregatePlural }}.seen for event in ${{ values.aggregateLower }}.events]
        await self._commit(events)
        for ${{ values.aggregateLower }} in self.${{ values.aggregatePlural }}.seen:
            ${{ values.aggregateLower }}.events.clear()
        self._committed.extend(events)
        await self._bus.dispatch(self.collect_new_events())

    def collect_new_events(self) -> Iterator[DomainEvent]:
        """The committed events not handed out yet, each once, in order."""
        while self._committed:
            yield self._committed.pop(0)

    @abc.abstractmethod
    async def _commit(self, events: list[DomainEvent]) -> None:
        """Stores the seen ${{ values.aggregatePlural }}' changes and `events` in one transaction."""

    @abc.abstractmethod
    async def rollback(self) -> None: ...

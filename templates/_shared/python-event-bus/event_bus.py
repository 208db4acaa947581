import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence

from ${{ values.eventsModule }} import DomainEvent

Handler = Callable[[DomainEvent], Awaitable[None]]
log = logging.getLogger(__name__)


class EventBus:
    """Hands each committed event to the in-process handlers of its type and of
    its base types (how one part reacts to another's events without importing
    it). The change is committed already, so a failing handler is logged and
    does not undo it."""

    def __init__(self, handlers: Mapping[type[DomainEvent], Sequence[Handler]]) -> None:
        self._handlers = handlers

    async def dispatch(self, events: Iterable[DomainEvent]) -> None:
        for event in events:
            for kind in type(event).__mro__:
                for handler in self._handlers.get(kind, ()):
                    try:
                        await handler(event)
                    except Exception:
                        log.exception("event handler %s failed on %s", handler, event)

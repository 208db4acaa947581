import abc
import json
from dataclasses import asdict

from ${{ values.package }}.domain.events import DomainEvent


class EventPublisher(abc.ABC):
    """Sends domain events to the outside world once their transaction committed."""

    @abc.abstractmethod
    async def publish(self, event: DomainEvent) -> None: ...


def to_message(event: DomainEvent) -> dict[str, str]:
    """The wire form of an event: its type and its fields as JSON."""
    return {"type": type(event).__name__, "data": json.dumps(asdict(event), sort_keys=True)}

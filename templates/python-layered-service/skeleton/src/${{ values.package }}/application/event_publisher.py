import abc
import json
from dataclasses import asdict, dataclass

from ${{ values.package }}.domain.events import DomainEvent


@dataclass(frozen=True)
class OutgoingEvent:
    """An event as the outbox keeps it and the broker carries it. Consumers
    handle each `id` once: the relay publishes at least once."""

    id: str
    type: str
    data: str
    correlation_id: str


def to_wire(event: DomainEvent) -> tuple[str, str]:
    """The wire form of an event: its type's name and its fields as JSON."""
    return type(event).__name__, json.dumps(asdict(event), sort_keys=True)


class EventPublisher(abc.ABC):
    """Sends the outbox's events to the outside world, over one connection per process."""

    @abc.abstractmethod
    async def start(self) -> None:
        """Connects and declares where the events go (a broker that is away is retried later)."""

    @abc.abstractmethod
    async def publish(self, event: OutgoingEvent) -> None:
        """Returns once the broker has the event; raises otherwise."""

    @abc.abstractmethod
    async def check(self) -> None:
        """Raises when the broker cannot be reached (readiness)."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Closes the connection."""

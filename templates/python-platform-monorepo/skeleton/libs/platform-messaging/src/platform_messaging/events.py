import abc
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Envelope:
    """One event on the wire: its type, its data, when and which."""

    type: str
    data: dict[str, Any]
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    occurred_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def to_json(self) -> str:
        return json.dumps(
            {"id": self.id, "type": self.type, "occurred_at": self.occurred_at, "data": self.data},
            sort_keys=True,
        )

    @staticmethod
    def from_json(text: str) -> "Envelope":
        raw = json.loads(text)
        return Envelope(raw["type"], raw["data"], raw["id"], raw["occurred_at"])


class Publisher(abc.ABC):
    """Where a service sends its events (Redis Streams, RabbitMQ)."""

    @abc.abstractmethod
    async def publish(self, envelope: Envelope) -> None: ...

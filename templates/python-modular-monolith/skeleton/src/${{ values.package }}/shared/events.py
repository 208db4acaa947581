from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class DomainEvent:
    """Something that happened in a module, for other modules to react to."""

    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC), kw_only=True)

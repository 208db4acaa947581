from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ${{ values.package }}.domain.events import DomainEvent, ${{ values.aggregate }}Created

MAX_NAME_LENGTH = 120


class Invalid${{ values.aggregate }}(ValueError):
    """A ${{ values.aggregate }} would break one of its rules."""


@dataclass(frozen=True)
class ${{ values.aggregate }}Id:
    value: uuid.UUID

    @classmethod
    def new(cls) -> ${{ values.aggregate }}Id:
        return cls(uuid.uuid4())

    @classmethod
    def parse(cls, text: str) -> ${{ values.aggregate }}Id:
        try:
            return cls(uuid.UUID(text))
        except ValueError as error:
            raise Invalid${{ values.aggregate }}(f"{text!r} is not a ${{ values.aggregate }} id") from error

    def __str__(self) -> str:
        return str(self.value)


@dataclass
class ${{ values.aggregate }}:
    id: ${{ values.aggregate }}Id
    name: str
    created_at: datetime
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def create(cls, name: str, now: datetime | None = None) -> ${{ values.aggregate }}:
        cleaned = name.strip()
        if not cleaned:
            raise Invalid${{ values.aggregate }}("a ${{ values.aggregate }} needs a name")
        if len(cleaned) > MAX_NAME_LENGTH:
            raise Invalid${{ values.aggregate }}(
                f"a ${{ values.aggregate }} name has at most {MAX_NAME_LENGTH} characters"
            )
        created = cls(id=${{ values.aggregate }}Id.new(), name=cleaned, created_at=now or datetime.now(UTC))
        created.events.append(${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=str(created.id), name=cleaned))
        return created

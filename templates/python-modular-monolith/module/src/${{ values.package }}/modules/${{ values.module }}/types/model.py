import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ${{ values.package }}.shared.events import DomainEvent

MAX_NAME_LENGTH = 120


class Invalid${{ values.entity }}(ValueError):
    """The ${{ values.entity }} was given a value it cannot hold."""


@dataclass(frozen=True)
class ${{ values.entity }}Id:
    value: uuid.UUID

    @staticmethod
    def new() -> "${{ values.entity }}Id":
        return ${{ values.entity }}Id(uuid.uuid4())

    @staticmethod
    def parse(text: str) -> "${{ values.entity }}Id":
        try:
            return ${{ values.entity }}Id(uuid.UUID(text))
        except ValueError as error:
            raise Invalid${{ values.entity }}(f"{text!r} is not the id of ${{ values.entityWithArticle }}") from error

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True)
class ${{ values.entity }}Created(DomainEvent):
    item_id: str
    name: str


@dataclass
class ${{ values.entity }}:
    id: ${{ values.entity }}Id
    name: str
    created_at: datetime
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)

    @staticmethod
    def create(name: str) -> "${{ values.entity }}":
        cleaned = name.strip()
        if not cleaned or len(cleaned) > MAX_NAME_LENGTH:
            raise Invalid${{ values.entity }}(f"a name needs 1 to {MAX_NAME_LENGTH} characters")
        item = ${{ values.entity }}(${{ values.entity }}Id.new(), cleaned, datetime.now(UTC))
        item.events.append(${{ values.entity }}Created(item_id=str(item.id), name=cleaned))
        return item

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ${{ values.package }}.domain.events import DomainEvent, ${{ values.aggregate }}Archived, ${{ values.aggregate }}Created, ${{ values.aggregate }}Renamed

MAX_NAME_LENGTH = 120


class Invalid${{ values.aggregate }}(ValueError):
    """The request would break one of the ${{ values.aggregate }}'s rules."""


class ${{ values.aggregate }}NotFound(LookupError):
    """No ${{ values.aggregate }} has the requested id."""


class ${{ values.aggregate }}Conflict(Exception):
    """The ${{ values.aggregate }}'s state does not allow the change: it is archived, or someone
    changed it since it was read (optimistic concurrency)."""


class ${{ values.aggregate }}Status(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


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
            raise Invalid${{ values.aggregate }}(f"{text!r} is not the id of ${{ values.aggregateWithArticle }}") from error

    def __str__(self) -> str:
        return str(self.value)


def _valid_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise Invalid${{ values.aggregate }}("${{ values.aggregateWithArticle }} needs a name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise Invalid${{ values.aggregate }}(f"the name of ${{ values.aggregateWithArticle }} has at most {MAX_NAME_LENGTH} characters")
    return cleaned


@dataclass
class ${{ values.aggregate }}:
    """The aggregate root. Its rules hold after every method; each change raises
    an event and moves the version on by one, which the repository checks on save."""

    id: ${{ values.aggregate }}Id
    name: str
    created_at: datetime
    status: ${{ values.aggregate }}Status = ${{ values.aggregate }}Status.ACTIVE
    version: int = 1
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def create(cls, name: str, now: datetime | None = None) -> ${{ values.aggregate }}:
        created = cls(id=${{ values.aggregate }}Id.new(), name=_valid_name(name), created_at=now or datetime.now(UTC))
        created.events.append(${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=str(created.id), name=created.name))
        return created

    def expect_version(self, version: int) -> None:
        """Refuses a change made on a copy older than this one."""
        if version != self.version:
            raise ${{ values.aggregate }}Conflict(f"the ${{ values.aggregate }} is at version {self.version}, not {version}")

    def rename(self, name: str) -> None:
        if self.status is ${{ values.aggregate }}Status.ARCHIVED:
            raise ${{ values.aggregate }}Conflict("an archived ${{ values.aggregate }} cannot be renamed")
        cleaned = _valid_name(name)
        if cleaned == self.name:
            return
        self.name = cleaned
        self.version += 1
        self.events.append(${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id=str(self.id), name=cleaned, version=self.version))

    def archive(self) -> None:
        if self.status is ${{ values.aggregate }}Status.ARCHIVED:
            return
        self.status = ${{ values.aggregate }}Status.ARCHIVED
        self.version += 1
        self.events.append(${{ values.aggregate }}Archived(${{ values.aggregateLower }}_id=str(self.id), version=self.version))

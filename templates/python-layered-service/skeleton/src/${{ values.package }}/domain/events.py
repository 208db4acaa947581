from dataclasses import dataclass


@dataclass(frozen=True)
class DomainEvent:
    """Something that happened in the domain. The unit of work stores it in the
    outbox with the change that raised it, in the same transaction."""


@dataclass(frozen=True)
class ${{ values.aggregate }}Created(DomainEvent):
    ${{ values.aggregateLower }}_id: str
    name: str


@dataclass(frozen=True)
class ${{ values.aggregate }}Renamed(DomainEvent):
    ${{ values.aggregateLower }}_id: str
    name: str
    version: int


@dataclass(frozen=True)
class ${{ values.aggregate }}Archived(DomainEvent):
    ${{ values.aggregateLower }}_id: str
    version: int

from dataclasses import dataclass


@dataclass(frozen=True)
class DomainEvent:
    """Something that happened in the domain, published after the commit."""


@dataclass(frozen=True)
class ${{ values.aggregate }}Created(DomainEvent):
    ${{ values.aggregateLower }}_id: str
    name: str

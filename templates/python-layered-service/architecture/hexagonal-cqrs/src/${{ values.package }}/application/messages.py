from typing import Generic, TypeVar

R = TypeVar("R")


class Command(Generic[R]):
    """A request to change state; its handler returns an R."""


class Query(Generic[R]):
    """A request to read state, changing nothing; its handler returns an R."""

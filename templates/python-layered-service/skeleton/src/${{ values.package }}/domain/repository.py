import abc

from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id


class ${{ values.aggregate }}Repository(abc.ABC):
    """The port the infrastructure implements to store ${{ values.aggregate }}s."""

    @abc.abstractmethod
    async def add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None: ...

    @abc.abstractmethod
    async def get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None: ...

    @abc.abstractmethod
    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]: ...

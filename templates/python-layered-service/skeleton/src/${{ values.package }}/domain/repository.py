import abc

from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id


class ${{ values.aggregate }}Repository(abc.ABC):
    """The port the infrastructure implements to store ${{ values.aggregatePlural }}. It remembers every
    ${{ values.aggregate }} it handed out or took in, so the unit of work can save their changes
    and collect their events."""

    def __init__(self) -> None:
        self.seen: list[${{ values.aggregate }}] = []

    async def add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None:
        await self._add(${{ values.aggregateLower }})
        self.seen.append(${{ values.aggregateLower }})

    async def get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None:
        found = await self._get(${{ values.aggregateLower }}_id)
        if found is not None:
            self.seen.append(found)
        return found

    @abc.abstractmethod
    async def _add(self, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> None: ...

    @abc.abstractmethod
    async def _get(self, ${{ values.aggregateLower }}_id: ${{ values.aggregate }}Id) -> ${{ values.aggregate }} | None: ...

    @abc.abstractmethod
    async def list(self, limit: int, offset: int) -> list[${{ values.aggregate }}]: ...

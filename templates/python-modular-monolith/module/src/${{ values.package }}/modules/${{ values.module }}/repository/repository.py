import abc

from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id


class ${{ values.entity }}Repository(abc.ABC):
    """Where ${{ values.module }} keeps its ${{ values.entity }} records."""

    @abc.abstractmethod
    async def add(self, item: ${{ values.entity }}) -> None: ...

    @abc.abstractmethod
    async def get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None: ...

    @abc.abstractmethod
    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]: ...

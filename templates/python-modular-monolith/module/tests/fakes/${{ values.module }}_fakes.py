from ${{ values.package }}.modules.${{ values.module }}.repository.repository import ${{ values.entity }}Repository
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id


class InMemory${{ values.entity }}Repository(${{ values.entity }}Repository):
    def __init__(self) -> None:
        self.items: dict[${{ values.entity }}Id, ${{ values.entity }}] = {}

    async def add(self, item: ${{ values.entity }}) -> None:
        self.items[item.id] = item

    async def get(self, item_id: ${{ values.entity }}Id) -> ${{ values.entity }} | None:
        return self.items.get(item_id)

    async def list(self, limit: int, offset: int) -> list[${{ values.entity }}]:
        ordered = sorted(self.items.values(), key=lambda item: item.created_at)
        return ordered[offset : offset + limit]

"""The product port."""

from abc import ABC, abstractmethod

from catalog_service.domain.product import Product


class ProductRepository(ABC):
    @abstractmethod
    async def add(self, product: Product) -> None: ...

    @abstractmethod
    async def by_sku(self, sku: str) -> Product | None: ...

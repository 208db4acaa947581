"""An in-memory ProductRepository."""

from catalog_service.domain.product import Product
from catalog_service.domain.repository import ProductRepository


class MemoryProductRepository(ProductRepository):
    def __init__(self) -> None:
        self._products: dict[str, Product] = {}

    async def add(self, product: Product) -> None:
        self._products[product.sku] = product

    async def by_sku(self, sku: str) -> Product | None:
        return self._products.get(sku)

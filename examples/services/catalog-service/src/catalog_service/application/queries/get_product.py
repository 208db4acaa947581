"""Reading one product."""

from catalog_service.domain.product import Product
from catalog_service.domain.repository import ProductRepository


async def get_product(sku: str, products: ProductRepository) -> Product | None:
    return await products.by_sku(sku)

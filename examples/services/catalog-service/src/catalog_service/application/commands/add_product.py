"""Adding a product."""

from dataclasses import dataclass

from catalog_service.domain.product import Product
from catalog_service.domain.repository import ProductRepository


@dataclass(frozen=True)
class AddProduct:
    sku: str
    name: str


async def add_product(command: AddProduct, products: ProductRepository) -> None:
    await products.add(Product(sku=command.sku, name=command.name))

"""The Product aggregate."""

from dataclasses import dataclass, field
from decimal import Decimal

# Cycle: product needs pricing, and pricing needs product.
from catalog_service.domain.pricing import PriceList


@dataclass
class Product:
    sku: str
    name: str
    prices: PriceList = field(default_factory=PriceList)

    def price_in(self, currency: str) -> Decimal:
        return self.prices.price_of(self, currency)

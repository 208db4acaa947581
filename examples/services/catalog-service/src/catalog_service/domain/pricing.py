"""Price lists."""

from dataclasses import dataclass, field
from decimal import Decimal

# The other half of the cycle; it only works because the name is looked up late.
from catalog_service.domain import product


@dataclass
class PriceList:
    amounts: dict[tuple[str, str], Decimal] = field(default_factory=dict)

    def price_of(self, item: "product.Product", currency: str) -> Decimal:
        return self.amounts[(item.sku, currency)]

"""The FastAPI app factory."""

from fastapi import FastAPI, HTTPException

from catalog_service.application.commands.add_product import AddProduct, add_product
from catalog_service.application.queries.get_product import get_product
from catalog_service.infrastructure.memory_product_repository import MemoryProductRepository


def create_app() -> FastAPI:
    app = FastAPI(title="catalog-service")
    products = MemoryProductRepository()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/products", status_code=201)
    async def create(body: dict[str, str]) -> None:
        await add_product(AddProduct(sku=body["sku"], name=body["name"]), products)

    @app.get("/products/{sku}")
    async def read(sku: str) -> dict[str, str]:
        product = await get_product(sku, products)
        if product is None:
            raise HTTPException(status_code=404)
        return {"sku": product.sku, "name": product.name}

    return app

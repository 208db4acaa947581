import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from prometheus_client import make_asgi_app
from sqlalchemy import text

from ${{ values.package }}.config.settings import Settings
from ${{ values.package }}.infrastructure.database.engine import create_engine, session_factory
from ${{ values.package }}.infrastructure.monitoring.logging import configure_logging, request_id
{%- for module in values.modules %}
from ${{ values.package }}.modules.${{ module }}.api.routes import router as ${{ module }}_router
from ${{ values.package }}.modules.${{ module }}.repository.sql import Sql${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemRepository
from ${{ values.package }}.modules.${{ module }}.services.service import ${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemService
{%- endfor %}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The composition root: wires the infrastructure into each module's services."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)

    app = FastAPI(title="${{ values.name }}")
{%- for module in values.modules %}
    app.state.${{ module }} = ${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemService(Sql${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemRepository(sessions))
    app.include_router(${{ module }}_router)
{%- endfor %}
    app.mount("/metrics", make_asgi_app())
    FastAPIInstrumentor.instrument_app(app)

    @app.middleware("http")
    async def correlation_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        token = request_id.set(request.headers.get("X-Request-ID") or str(uuid.uuid4()))
        try:
            response = await call_next(request)
            response.headers["X-Request-ID"] = request_id.get()
            return response
        finally:
            request_id.reset(token)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> dict[str, str]:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return {"status": "ready"}

    return app

import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from prometheus_client import make_asgi_app
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

{%- if values.messaging == 'redis-streams' %}
from ${{ values.package }}.infrastructure.redis_streams import RedisStreamsEventPublisher
{%- elif values.messaging == 'rabbitmq' %}
from ${{ values.package }}.infrastructure.rabbitmq import RabbitMqEventPublisher
{%- else %}
from ${{ values.package }}.infrastructure.log_event_publisher import LogEventPublisher
{%- endif %}
from ${{ values.package }}.infrastructure.logging import configure_logging, request_id
from ${{ values.package }}.infrastructure.settings import Settings
from ${{ values.package }}.infrastructure.unit_of_work import SqlAlchemyUnitOfWork
from ${{ values.package }}.presentation.routes import router


def create_app(settings: Settings | None = None) -> FastAPI:
    """The composition root: wires the infrastructure into the use cases."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
    engine = create_async_engine(settings.database_url, pool_pre_ping=True)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    app = FastAPI(title="${{ values.name }}")
{%- if values.messaging == 'redis-streams' %}
    publisher = RedisStreamsEventPublisher(settings.redis_url, settings.event_stream)
{%- elif values.messaging == 'rabbitmq' %}
    publisher = RabbitMqEventPublisher(settings.amqp_url, settings.event_exchange)
{%- else %}
    publisher = LogEventPublisher()
{%- endif %}
    app.state.unit_of_work = lambda: SqlAlchemyUnitOfWork(sessions, publisher)
    app.include_router(router)
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

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
{%- if 'platform-db' in (values.libraries or []) %}
from platform_db.engine import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker
{%- else %}
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
{%- endif %}

from ${{ values.package }}.application.event_bus import EventBus
from ${{ values.package }}.domain.events import DomainEvent
{%- if values.messaging == 'redis-streams' %}
from ${{ values.package }}.infrastructure.redis_streams import RedisStreamsEventPublisher
{%- elif values.messaging == 'rabbitmq' %}
from ${{ values.package }}.infrastructure.rabbitmq import RabbitMqEventPublisher
{%- else %}
from ${{ values.package }}.infrastructure.log_event_publisher import LogEventPublisher
{%- endif %}
from ${{ values.package }}.infrastructure.logging import configure_logging
from ${{ values.package }}.infrastructure.outbox_relay import OutboxRelay
from ${{ values.package }}.infrastructure.settings import Settings
from ${{ values.package }}.infrastructure.unit_of_work import SqlAlchemyUnitOfWork
from ${{ values.package }}.presentation.operability import add_operability
from ${{ values.package }}.presentation.routes import router


def create_app(settings: Settings | None = None) -> FastAPI:
    """The composition root: wires the infrastructure into the use cases. The
    broker connection and the outbox relay live as long as the app."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
{%- if 'platform-db' in (values.libraries or []) %}
    engine = create_engine(settings.database_url)
{%- else %}
    engine = create_async_engine(settings.database_url, pool_pre_ping=True)
{%- endif %}
    sessions = async_sessionmaker(engine, expire_on_commit=False)
{%- if values.messaging == 'redis-streams' %}
    publisher = RedisStreamsEventPublisher(
        settings.redis_url, settings.event_stream, settings.event_group, settings.stream_max_length
    )
{%- elif values.messaging == 'rabbitmq' %}
    publisher = RabbitMqEventPublisher(
        settings.amqp_url, settings.event_exchange, settings.event_queue
    )
{%- else %}
    publisher = LogEventPublisher()
{%- endif %}
    relay = OutboxRelay(sessions, publisher)
    bus = EventBus({DomainEvent: [relay.wake]})

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await publisher.start()
        relaying = asyncio.create_task(relay.run())
        try:
            yield
        finally:
            relay.stop()
            await relaying
            await publisher.close()
            await engine.dispose()

    app = FastAPI(title="${{ values.name }}", lifespan=lifespan)
    app.state.unit_of_work = lambda: SqlAlchemyUnitOfWork(sessions, bus)
    app.include_router(router)
{%- if values.messaging == 'none' %}
    add_operability(app, engine)
{%- else %}
    add_operability(app, engine, {"broker": publisher.check})
{%- endif %}
    return app

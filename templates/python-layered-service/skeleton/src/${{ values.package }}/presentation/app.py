from fastapi import FastAPI
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

{%- if values.messaging == 'redis-streams' %}
from ${{ values.package }}.infrastructure.redis_streams import RedisStreamsEventPublisher
{%- elif values.messaging == 'rabbitmq' %}
from ${{ values.package }}.infrastructure.rabbitmq import RabbitMqEventPublisher
{%- else %}
from ${{ values.package }}.infrastructure.log_event_publisher import LogEventPublisher
{%- endif %}
from ${{ values.package }}.infrastructure.logging import configure_logging
from ${{ values.package }}.infrastructure.settings import Settings
from ${{ values.package }}.infrastructure.unit_of_work import SqlAlchemyUnitOfWork
from ${{ values.package }}.presentation.operability import add_operability
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
    add_operability(app, engine)
    return app

from fastapi import FastAPI

from ${{ values.package }}.config.settings import Settings
from ${{ values.package }}.infrastructure.database.engine import create_engine, session_factory
from ${{ values.package }}.infrastructure.monitoring.events import log_domain_event
from ${{ values.package }}.infrastructure.monitoring.logging import configure_logging
from ${{ values.package }}.operability import add_operability
from ${{ values.package }}.shared.event_bus import EventBus
from ${{ values.package }}.shared.events import DomainEvent
{%- for module in values.modules %}
from ${{ values.package }}.modules.${{ module }}.api.routes import router as ${{ module }}_router
from ${{ values.package }}.modules.${{ module }}.repository.sql import Sql${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemUnitOfWork
from ${{ values.package }}.modules.${{ module }}.services.service import ${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemService
{%- endfor %}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The composition root: wires the infrastructure into each module's services.
    One event bus carries every module's committed events; a module reacts to
    another's by registering a handler here."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    bus = EventBus({DomainEvent: [log_domain_event]})

    app = FastAPI(title="${{ values.name }}")
{%- for module in values.modules %}
    app.state.${{ module }} = ${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemService(
        lambda: Sql${{ module | replace('_', ' ') | title | replace(' ', '') }}ItemUnitOfWork(sessions, bus)
    )
    app.include_router(${{ module }}_router)
{%- endfor %}
    add_operability(app, engine)
    return app

import structlog

from ${{ values.package }}.application.event_publisher import EventPublisher, to_message
from ${{ values.package }}.domain.events import DomainEvent

log = structlog.get_logger()


class LogEventPublisher(EventPublisher):
    """Writes each event to the structured log; the default when no broker is chosen."""

    async def publish(self, event: DomainEvent) -> None:
        log.info("domain_event", **to_message(event))

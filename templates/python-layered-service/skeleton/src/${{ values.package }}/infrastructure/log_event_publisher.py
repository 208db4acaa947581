import structlog

from ${{ values.package }}.application.event_publisher import EventPublisher, OutgoingEvent

log = structlog.get_logger()


class LogEventPublisher(EventPublisher):
    """Writes each event to the structured log; the default when no broker is chosen.
    The log needs no connection, so start, check and close have nothing to do."""

    async def start(self) -> None:
        return None

    async def check(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def publish(self, event: OutgoingEvent) -> None:
        log.info(
            "domain_event",
            event_id=event.id,
            type=event.type,
            data=event.data,
            correlation_id=event.correlation_id,
        )

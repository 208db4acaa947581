import asyncio
import threading
from typing import Any
from urllib.parse import unquote, urlsplit

import amqp

from ${{ values.package }}.application.event_publisher import EventPublisher, to_message
from ${{ values.package }}.domain.events import DomainEvent


def connection_options(url: str) -> dict[str, Any]:
    """py-amqp's connection arguments for an amqp:// URL."""
    parts = urlsplit(url)
    return {
        "host": f"{parts.hostname or 'localhost'}:{parts.port or 5672}",
        "userid": unquote(parts.username or "guest"),
        "password": unquote(parts.password or "guest"),
        "virtual_host": unquote(parts.path[1:]) if len(parts.path) > 1 else "/",
    }


class RabbitMqEventPublisher(EventPublisher):
    """Publishes each event to a durable topic exchange, routed by the event's type.

    py-amqp is a blocking client: publishing runs in a worker thread, over one
    connection that is opened on first use and reopened after a failure."""

    def __init__(self, url: str, exchange: str) -> None:
        self._url = url
        self._exchange = exchange
        self._channel: Any = None
        self._lock = threading.Lock()

    def _channel_for_publishing(self) -> Any:
        if self._channel is None:
            connection = amqp.Connection(**connection_options(self._url))
            connection.connect()
            channel = connection.channel()
            channel.exchange_declare(self._exchange, "topic", durable=True, auto_delete=False)
            self._channel = channel
        return self._channel

    def _publish(self, message: dict[str, str]) -> None:
        with self._lock:
            try:
                self._channel_for_publishing().basic_publish(
                    amqp.Message(
                        message["data"],
                        content_type="application/json",
                        delivery_mode=2,
                        type=message["type"],
                    ),
                    exchange=self._exchange,
                    routing_key=message["type"],
                )
            except Exception:
                self._channel = None
                raise

    async def publish(self, event: DomainEvent) -> None:
        await asyncio.to_thread(self._publish, to_message(event))

import asyncio
import contextlib
import threading
import uuid
from typing import Any
from urllib.parse import unquote, urlsplit

import amqp

from ${{ values.package }}.application.event_publisher import EventPublisher, OutgoingEvent


def connection_options(url: str) -> dict[str, Any]:
    """py-amqp's connection arguments for an amqp:// URL."""
    parts = urlsplit(url)
    return {
        "host": f"{parts.hostname or 'localhost'}:{parts.port or 5672}",
        "userid": unquote(parts.username or "guest"),
        "password": unquote(parts.password or "guest"),
        "virtual_host": unquote(parts.path[1:]) if len(parts.path) > 1 else "/",
    }


def declare(channel: Any, exchange: str, queue: str) -> None:
    """The durable exchange, the worker's durable queue and its binding. The
    publisher declares them too, so events sent before a worker first starts wait
    in the queue instead of being dropped by an exchange with nowhere to route."""
    channel.exchange_declare(exchange, "topic", durable=True, auto_delete=False)
    channel.queue_declare(queue, durable=True, auto_delete=False)
    channel.queue_bind(queue, exchange, "#")


def to_message(event: OutgoingEvent) -> Any:
    return amqp.Message(
        event.data,
        content_type="application/json",
        delivery_mode=2,
        message_id=event.id,
        type=event.type,
        correlation_id=event.correlation_id,
        application_headers={"x-correlation-id": event.correlation_id},
    )


def from_message(message: Any) -> OutgoingEvent:
    """The event a message carries; KeyError or ValueError when it is not one of ours."""
    properties = message.properties
    body = message.body
    return OutgoingEvent(
        id=str(uuid.UUID(properties["message_id"])),
        type=properties["type"],
        data=body.decode() if isinstance(body, bytes) else body,
        correlation_id=properties.get("correlation_id", "-"),
    )


class RabbitMqEventPublisher(EventPublisher):
    """Publishes each event as a persistent message to a durable topic exchange,
    routed by the event's type, and waits for the broker's confirm.

    py-amqp is a blocking client: its calls run in a worker thread, one at a time,
    over one connection opened at startup and reopened after a failure."""

    def __init__(self, url: str, exchange: str, queue: str) -> None:
        self._url = url
        self._exchange = exchange
        self._queue = queue
        self._connection: Any = None
        self._channel: Any = None
        self._lock = threading.Lock()

    def _open(self) -> Any:
        if self._channel is None:
            connection = amqp.Connection(
                **connection_options(self._url), confirm_publish=True, connect_timeout=5
            )
            try:
                connection.connect()
                channel = connection.channel()
                declare(channel, self._exchange, self._queue)
            except Exception:
                self._drop(connection)
                raise
            self._connection, self._channel = connection, channel
        return self._channel

    @staticmethod
    def _drop(connection: Any) -> None:
        # The connection is being thrown away: whatever it raises does not matter.
        with contextlib.suppress(Exception):
            connection.collect()

    def _call(self, work: Any) -> None:
        with self._lock:
            try:
                work(self._open())
            except (amqp.exceptions.AMQPError, OSError):
                if self._connection is not None:
                    self._drop(self._connection)
                self._connection = self._channel = None
                raise

    async def start(self) -> None:
        # A broker that is away: the relay retries, and readiness says why.
        with contextlib.suppress(amqp.exceptions.AMQPError, OSError):
            await asyncio.to_thread(self._call, lambda channel: None)

    async def publish(self, event: OutgoingEvent) -> None:
        message = to_message(event)
        await asyncio.to_thread(
            self._call,
            lambda channel: channel.basic_publish(
                message, exchange=self._exchange, routing_key=event.type, confirm_timeout=10
            ),
        )

    async def check(self) -> None:
        await asyncio.to_thread(
            self._call, lambda channel: channel.exchange_declare(self._exchange, "topic", passive=True)
        )

    async def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    self._connection.close()
                self._drop(self._connection)
            self._connection = self._channel = None


class RabbitMqConsumer:
    """The worker's side: one connection, a prefetch of 10, manual acks. A message
    not acknowledged when the connection drops goes back to the queue."""

    def __init__(self, url: str, exchange: str, queue: str) -> None:
        self._options = connection_options(url)
        self._exchange = exchange
        self._queue = queue
        self._connection: Any = None
        self._channel: Any = None
        self._received: list[Any] = []

    def connect(self) -> None:
        connection = amqp.Connection(**self._options, connect_timeout=5)
        connection.connect()
        channel = connection.channel()
        channel.basic_qos(prefetch_size=0, prefetch_count=10, a_global=False)
        declare(channel, self._exchange, self._queue)
        channel.basic_consume(self._queue, callback=self._received.append)
        self._connection, self._channel = connection, channel

    def next_messages(self, timeout: float) -> list[Any]:
        with contextlib.suppress(TimeoutError):
            self._connection.drain_events(timeout=timeout)
        received = list(self._received)
        self._received.clear()
        return received

    def ack(self, message: Any) -> None:
        self._channel.basic_ack(message.delivery_tag)

    def close(self) -> None:
        if self._connection is not None:
            RabbitMqEventPublisher._drop(self._connection)
        self._connection = self._channel = None
        self._received.clear()

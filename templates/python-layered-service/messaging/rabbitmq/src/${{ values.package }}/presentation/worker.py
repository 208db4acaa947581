"""The event worker: consumes the service's events from a durable RabbitMQ queue."""

from typing import Any

import amqp
import structlog

from ${{ values.package }}.infrastructure.logging import configure_logging
from ${{ values.package }}.infrastructure.rabbitmq import connection_options
from ${{ values.package }}.infrastructure.settings import Settings

QUEUE = "${{ values.name }}-worker"
log = structlog.get_logger()


def consume(settings: Settings) -> None:
    with amqp.Connection(**connection_options(settings.amqp_url)) as connection:
        channel = connection.channel()
        channel.basic_qos(prefetch_size=0, prefetch_count=10, a_global=False)
        channel.exchange_declare(settings.event_exchange, "topic", durable=True, auto_delete=False)
        channel.queue_declare(QUEUE, durable=True, auto_delete=False)
        channel.queue_bind(QUEUE, settings.event_exchange, "#")

        def handle(message: Any) -> None:
            log.info("event_received", type=message.properties.get("type"), data=message.body)
            channel.basic_ack(message.delivery_tag)

        channel.basic_consume(QUEUE, callback=handle)
        while True:
            connection.drain_events()


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_level)
    consume(settings)

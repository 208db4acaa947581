"""The event worker: consumes the service's events from a durable RabbitMQ queue."""

import asyncio

import aio_pika
import structlog

from ${{ values.package }}.infrastructure.logging import configure_logging
from ${{ values.package }}.infrastructure.settings import Settings

QUEUE = "${{ values.name }}-worker"
log = structlog.get_logger()


async def consume(settings: Settings) -> None:
    connection = await aio_pika.connect_robust(settings.amqp_url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=10)
        exchange = await channel.declare_exchange(
            settings.event_exchange, aio_pika.ExchangeType.TOPIC, durable=True
        )
        queue = await channel.declare_queue(QUEUE, durable=True)
        await queue.bind(exchange, routing_key="#")
        async with queue.iterator() as messages:
            async for message in messages:
                async with message.process():
                    log.info("event_received", type=message.type, data=message.body.decode())


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_level)
    asyncio.run(consume(settings))

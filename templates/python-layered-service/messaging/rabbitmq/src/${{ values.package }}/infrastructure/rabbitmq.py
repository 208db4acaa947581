import aio_pika

from ${{ values.package }}.application.event_publisher import EventPublisher, to_message
from ${{ values.package }}.domain.events import DomainEvent


class RabbitMqEventPublisher(EventPublisher):
    """Publishes each event to a durable topic exchange, routed by the event's type."""

    def __init__(self, url: str, exchange: str) -> None:
        self._url = url
        self._exchange_name = exchange
        self._exchange: aio_pika.abc.AbstractExchange | None = None

    async def _connect(self) -> aio_pika.abc.AbstractExchange:
        if self._exchange is None:
            connection = await aio_pika.connect_robust(self._url)
            channel = await connection.channel()
            self._exchange = await channel.declare_exchange(
                self._exchange_name, aio_pika.ExchangeType.TOPIC, durable=True
            )
        return self._exchange

    async def publish(self, event: DomainEvent) -> None:
        message = to_message(event)
        exchange = await self._connect()
        await exchange.publish(
            aio_pika.Message(
                body=message["data"].encode(),
                type=message["type"],
                delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
            ),
            routing_key=message["type"],
        )

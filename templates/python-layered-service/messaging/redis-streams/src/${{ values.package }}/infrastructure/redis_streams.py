from redis.asyncio import Redis

from ${{ values.package }}.application.event_publisher import EventPublisher, to_message
from ${{ values.package }}.domain.events import DomainEvent


class RedisStreamsEventPublisher(EventPublisher):
    """Appends each event to a Redis stream (XADD), which the worker reads as a consumer group."""

    def __init__(self, url: str, stream: str) -> None:
        self._redis = Redis.from_url(url)
        self._stream = stream

    async def publish(self, event: DomainEvent) -> None:
        await self._redis.xadd(self._stream, to_message(event))  # type: ignore[arg-type]

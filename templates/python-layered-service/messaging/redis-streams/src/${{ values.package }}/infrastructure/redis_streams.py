import contextlib
import uuid

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from ${{ values.package }}.application.event_publisher import EventPublisher, OutgoingEvent


async def ensure_group(redis: "Redis", stream: str, group: str) -> None:
    """Creates the stream and its consumer group unless they exist, so events
    published before a worker first starts wait for it."""
    try:
        await redis.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as error:
        if "BUSYGROUP" not in str(error):
            raise


def to_fields(event: OutgoingEvent) -> dict[str, str]:
    return {
        "id": event.id,
        "type": event.type,
        "data": event.data,
        "correlation_id": event.correlation_id,
    }


def from_fields(fields: dict[str, str]) -> OutgoingEvent:
    """The event an entry carries; KeyError or ValueError when it is not one of ours."""
    return OutgoingEvent(
        id=str(uuid.UUID(fields["id"])),
        type=fields["type"],
        data=fields["data"],
        correlation_id=fields.get("correlation_id", "-"),
    )


class RedisStreamsEventPublisher(EventPublisher):
    """Appends each event to a capped Redis stream (XADD MAXLEN ~), over one
    connection, which redis-py reopens after a failure."""

    def __init__(self, url: str, stream: str, group: str, max_length: int) -> None:
        self._redis = Redis.from_url(
            url,
            single_connection_client=True,
            client_name="publisher",
            socket_timeout=5,
            socket_connect_timeout=5,
        )
        self._stream = stream
        self._group = group
        self._max_length = max_length
        self._declared = False

    async def start(self) -> None:
        # A broker that is away: the relay retries, and readiness says why.
        with contextlib.suppress(RedisError, OSError):
            await self._declare()

    async def _declare(self) -> None:
        if not self._declared:
            await ensure_group(self._redis, self._stream, self._group)
            self._declared = True

    async def publish(self, event: OutgoingEvent) -> None:
        await self._declare()
        await self._redis.xadd(
            self._stream,
            to_fields(event),  # type: ignore[arg-type]
            maxlen=self._max_length,
            approximate=True,
        )

    async def check(self) -> None:
        await self._redis.ping()

    async def close(self) -> None:
        await self._redis.aclose()

"""The event worker: reads the service's Redis stream as a consumer group."""

import asyncio
from typing import cast

import structlog
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from ${{ values.package }}.infrastructure.logging import configure_logging
from ${{ values.package }}.infrastructure.settings import Settings

GROUP = "${{ values.name }}-worker"
# What XREADGROUP answers with decode_responses: [(stream, [(id, fields)])].
Batches = list[tuple[str, list[tuple[str, dict[str, str]]]]]
log = structlog.get_logger()


async def consume(settings: Settings) -> None:
    redis = Redis.from_url(settings.redis_url, decode_responses=True)
    try:
        await redis.xgroup_create(settings.event_stream, GROUP, id="0", mkstream=True)
    except ResponseError as error:
        if "BUSYGROUP" not in str(error):
            raise
    while True:
        batches = cast(
            Batches,
            await redis.xreadgroup(
                GROUP, "worker", {settings.event_stream: ">"}, count=10, block=5000
            ),
        )
        for _stream, messages in batches:
            for message_id, fields in messages:
                log.info("event_received", id=message_id, **fields)
                await redis.xack(settings.event_stream, GROUP, message_id)


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_level)
    asyncio.run(consume(settings))

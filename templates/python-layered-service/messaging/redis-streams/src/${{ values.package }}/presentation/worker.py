"""The event worker: reads the service's Redis stream as one consumer of a
consumer group, named after its pod, and takes over the events another consumer
read but never acknowledged (XAUTOCLAIM), so a worker that dies loses nothing."""

import asyncio
import os
import socket
from typing import Any, cast

import structlog
from redis.asyncio import Redis
from redis.exceptions import ConnectionError, ResponseError, TimeoutError
from sqlalchemy.exc import SQLAlchemyError

from ${{ values.package }}.infrastructure.inbox import Inbox
from ${{ values.package }}.infrastructure.redis_streams import ensure_group, from_fields
from ${{ values.package }}.infrastructure.settings import Settings
from ${{ values.package }}.presentation.event_consumer import handle, heartbeat, run_worker

# What XREADGROUP and XAUTOCLAIM answer with decode_responses.
Entries = list[tuple[str, dict[str, str]]]
log = structlog.get_logger()


async def next_entries(
    redis: "Redis", settings: Settings, consumer: str
) -> tuple[Entries, bool]:
    """Events idle too long at a consumer first (redelivered: True), then new ones."""
    claimed: list[Any] = await redis.xautoclaim(
        settings.event_stream,
        settings.event_group,
        consumer,
        min_idle_time=int(settings.claim_idle_seconds * 1000),
        start_id="0-0",
        count=10,
    )
    if len(claimed) > 2 and claimed[2]:
        log.error("events_trimmed_before_handling", ids=claimed[2])
    if claimed[1]:
        return cast(Entries, claimed[1]), True
    batches: Any = await redis.xreadgroup(
        settings.event_group, consumer, {settings.event_stream: ">"}, count=10, block=2000
    )
    return cast(Entries, [entry for _stream, entries in batches or [] for entry in entries]), False


async def forget_idle_consumers(redis: "Redis", settings: Settings, consumer: str) -> None:
    """Removes consumers of earlier pods that hold no events and have been idle for an hour."""
    for other in await redis.xinfo_consumers(settings.event_stream, settings.event_group):
        if other["name"] != consumer and other["pending"] == 0 and other["idle"] > 3_600_000:
            await redis.xgroup_delconsumer(settings.event_stream, settings.event_group, other["name"])


async def consume(settings: Settings, inbox: Inbox, stop: asyncio.Event) -> None:
    consumer = settings.consumer_name or f"{socket.gethostname()}-{os.getpid()}"
    redis = Redis.from_url(
        settings.redis_url,
        decode_responses=True,
        client_name=consumer,
        socket_timeout=10,
        socket_connect_timeout=5,
    )
    log.info("worker_started", consumer=consumer, stream=settings.event_stream)
    pause = 0.5
    try:
        while not stop.is_set():
            heartbeat(settings)
            try:
                await ensure_group(redis, settings.event_stream, settings.event_group)
                await forget_idle_consumers(redis, settings, consumer)
                while not stop.is_set():
                    heartbeat(settings)
                    entries, redelivered = await next_entries(redis, settings, consumer)
                    for entry_id, fields in entries:
                        try:
                            event = from_fields(fields)
                        except (KeyError, ValueError) as error:
                            # Not an event of ours: logged whole, then acknowledged,
                            # so it cannot stop the events behind it.
                            log.error("event_unreadable", entry_id=entry_id, fields=fields, reason=repr(error))
                        else:
                            await handle(inbox, event, redelivered=redelivered)
                        await redis.xack(settings.event_stream, settings.event_group, entry_id)
                    pause = 0.5
            except (ConnectionError, TimeoutError, OSError, SQLAlchemyError) as error:
                log.warning("unavailable", reason=repr(error), retry_in_s=pause)
            except ResponseError as error:
                if "NOGROUP" not in str(error):
                    raise
                log.warning("consumer_group_missing", stream=settings.event_stream)
            await asyncio.sleep(pause)
            pause = min(pause * 2, 10)
    finally:
        await redis.aclose()


def main() -> None:
    run_worker(consume)

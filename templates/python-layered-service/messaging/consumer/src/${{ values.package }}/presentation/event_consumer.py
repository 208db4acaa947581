"""What both workers share: handling one event once, with its correlation id in
every log line, and stopping cleanly on SIGTERM."""

import asyncio
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path

import structlog
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from ${{ values.package }}.application.event_publisher import OutgoingEvent
from ${{ values.package }}.infrastructure.inbox import Inbox
from ${{ values.package }}.infrastructure.logging import configure_logging, request_id
from ${{ values.package }}.infrastructure.settings import Settings

log = structlog.get_logger()


async def handle(inbox: Inbox, event: OutgoingEvent, *, redelivered: bool) -> None:
    """Handles `event` once; `redelivered`: the broker had given it to a consumer before."""
    token = request_id.set(event.correlation_id)
    try:
        first = await inbox.handle_once(event)
        log.info(
            "event_handled" if first else "event_duplicate",
            event_id=event.id,
            type=event.type,
            redelivered=redelivered,
        )
    finally:
        request_id.reset(token)


def heartbeat(settings: Settings) -> None:
    """Marks the worker alive for its Kubernetes probes (k8s/base/worker-deployment.yaml)."""
    if settings.heartbeat_file:
        Path(settings.heartbeat_file).touch()


def run_worker(consume: Callable[[Settings, Inbox, asyncio.Event], Awaitable[None]]) -> None:
    """Runs `consume` until SIGTERM or SIGINT sets its stop event."""
    settings = Settings()
    configure_logging(settings.log_level)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        engine = create_async_engine(settings.database_url, pool_pre_ping=True)
        try:
            await consume(settings, Inbox(async_sessionmaker(engine)), stop)
        finally:
            await engine.dispose()

    asyncio.run(main())

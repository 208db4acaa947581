import asyncio
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ${{ values.package }}.application.event_publisher import EventPublisher
from ${{ values.package }}.domain.events import DomainEvent
from ${{ values.package }}.infrastructure.orm import OutboxRow

log = structlog.get_logger()


class OutboxRelay:
    """Publishes the outbox's events oldest first and marks them published.

    Each replica runs one; `FOR UPDATE SKIP LOCKED` gives each row to one of them.
    An event is published at least once (a crash between the broker's ack and
    the commit sends it again), so consumers handle each event id once. While the
    broker is away the relay retries with a growing pause, and nothing is lost:
    the rows wait in the database."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        publisher: EventPublisher,
        *,
        batch_size: int = 100,
        poll_seconds: float = 1.0,
        max_pause_seconds: float = 10.0,
        keep_published: timedelta = timedelta(days=7),
    ) -> None:
        self._sessions = sessions
        self._publisher = publisher
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._max_pause_seconds = max_pause_seconds
        self._keep_published = keep_published
        self._wakeup = asyncio.Event()
        self._stopping = asyncio.Event()

    async def wake(self, _event: DomainEvent) -> None:
        """An event bus handler: a commit added events, publish them now."""
        self._wakeup.set()

    async def publish_pending(self) -> int:
        """Publishes one batch; returns how many were published, raises the
        broker's error after marking those published before it."""
        failure: Exception | None = None
        published = 0
        async with self._sessions() as session, session.begin():
            rows = await session.scalars(
                select(OutboxRow)
                .where(OutboxRow.published_at.is_(None))
                .order_by(OutboxRow.position)
                .limit(self._batch_size)
                .with_for_update(skip_locked=True)
            )
            for row in rows:
                try:
                    await self._publisher.publish(row.to_outgoing())
                except Exception as error:
                    failure = error
                    break
                row.published_at = datetime.now(UTC)
                published += 1
        if failure is not None:
            raise failure
        return published

    async def prune(self) -> None:
        """Deletes events published longer ago than the retention."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                delete(OutboxRow).where(
                    OutboxRow.published_at < datetime.now(UTC) - self._keep_published
                )
            )

    async def run(self) -> None:
        pause = self._poll_seconds
        pruned = datetime.min.replace(tzinfo=UTC)
        while not self._stopping.is_set():
            self._wakeup.clear()
            try:
                if await self.publish_pending() == self._batch_size:
                    continue
                if datetime.now(UTC) - pruned > timedelta(hours=1):
                    await self.prune()
                    pruned = datetime.now(UTC)
                pause = self._poll_seconds
                await self._sleep(pause, wake_early=True)
            except Exception as error:
                pause = min(pause * 2, self._max_pause_seconds)
                log.warning("outbox_relay_failed", reason=repr(error), retry_in_s=pause)
                await self._sleep(pause, wake_early=False)

    async def _sleep(self, seconds: float, *, wake_early: bool) -> None:
        waits = [self._stopping.wait()] + ([self._wakeup.wait()] if wake_early else [])
        tasks = [asyncio.ensure_future(wait) for wait in waits]
        await asyncio.wait(tasks, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()

    def stop(self) -> None:
        self._stopping.set()

"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import asyncio
import os
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from ${{ values.package }}.application.event_publisher import EventPublisher, OutgoingEvent
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Conflict
from ${{ values.package }}.infrastructure.logging import request_id
from ${{ values.package }}.infrastructure.orm import OutboxRow
from ${{ values.package }}.infrastructure.outbox_relay import OutboxRelay
from ${{ values.package }}.infrastructure.unit_of_work import SqlAlchemyUnitOfWork

DATABASE_URL = os.environ.get("SERVICE_DATABASE_URL")
pytestmark = pytest.mark.skipif(not DATABASE_URL, reason="needs SERVICE_DATABASE_URL")
Sessions = async_sessionmaker[AsyncSession]


def with_database(scenario: Callable[[Sessions], Awaitable[None]]) -> None:
    async def run() -> None:
        engine = create_async_engine(DATABASE_URL or "")
        try:
            await scenario(async_sessionmaker(engine, expire_on_commit=False))
        finally:
            await engine.dispose()

    asyncio.run(run())


async def stored(sessions: Sessions) -> ${{ values.aggregate }}:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("stored")
    async with SqlAlchemyUnitOfWork(sessions) as uow:
        await uow.${{ values.aggregatePlural }}.add(${{ values.aggregateLower }})
        await uow.commit()
    return ${{ values.aggregateLower }}


def test_a_${{ values.aggregateLower }}_and_its_changes_round_trip_through_the_database() -> None:
    async def scenario(sessions: Sessions) -> None:
        ${{ values.aggregateLower }} = await stored(sessions)
        async with SqlAlchemyUnitOfWork(sessions) as uow:
            loaded = await uow.${{ values.aggregatePlural }}.get(${{ values.aggregateLower }}.id)
            assert loaded == ${{ values.aggregateLower }}
            loaded.rename("renamed")
            loaded.archive()
            await uow.commit()
        async with SqlAlchemyUnitOfWork(sessions) as uow:
            again = await uow.${{ values.aggregatePlural }}.get(${{ values.aggregateLower }}.id)
            assert again is not None
            assert (again.name, again.status.value, again.version) == ("renamed", "archived", 3)

    with_database(scenario)


def test_two_writers_of_the_same_version_one_wins_the_other_conflicts() -> None:
    async def scenario(sessions: Sessions) -> None:
        ${{ values.aggregateLower }} = await stored(sessions)
        async with SqlAlchemyUnitOfWork(sessions) as first, SqlAlchemyUnitOfWork(sessions) as second:
            mine = await first.${{ values.aggregatePlural }}.get(${{ values.aggregateLower }}.id)
            theirs = await second.${{ values.aggregatePlural }}.get(${{ values.aggregateLower }}.id)
            assert mine is not None and theirs is not None
            mine.rename("mine")
            theirs.rename("theirs")
            await first.commit()
            with pytest.raises(${{ values.aggregate }}Conflict):
                await second.commit()
        async with SqlAlchemyUnitOfWork(sessions) as uow:
            assert (await uow.${{ values.aggregatePlural }}.get(${{ values.aggregateLower }}.id)).name == "mine"  # type: ignore[union-attr]

    with_database(scenario)


def test_the_events_are_in_the_outbox_of_the_same_transaction_with_the_request_id() -> None:
    async def scenario(sessions: Sessions) -> None:
        token = request_id.set("it-correlation")
        try:
            ${{ values.aggregateLower }} = await stored(sessions)
        finally:
            request_id.reset(token)
        async with sessions() as session:
            rows = (await session.scalars(select(OutboxRow).where(OutboxRow.data.contains(str(${{ values.aggregateLower }}.id))))).all()
        assert [(row.type, row.correlation_id, row.published_at) for row in rows] == [
            ("${{ values.aggregate }}Created", "it-correlation", None)
        ]

    with_database(scenario)


class Recording(EventPublisher):
    def __init__(self, fail_after: int | None = None) -> None:
        self.sent: list[OutgoingEvent] = []
        self._fail_after = fail_after

    async def start(self) -> None:
        return None

    async def check(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def publish(self, event: OutgoingEvent) -> None:
        if self._fail_after is not None and len(self.sent) >= self._fail_after:
            raise ConnectionError("broker away")
        self.sent.append(event)


def test_the_relay_publishes_pending_events_in_order_and_keeps_the_rest_when_the_broker_fails() -> None:
    async def scenario(sessions: Sessions) -> None:
        await OutboxRelay(sessions, Recording()).publish_pending()  # earlier tests' events
        ids = [str((await stored(sessions)).id) for _ in range(3)]
        failing = Recording(fail_after=1)
        with pytest.raises(ConnectionError):
            await OutboxRelay(sessions, failing).publish_pending()
        rest = Recording()
        assert await OutboxRelay(sessions, rest).publish_pending() == 2
        sent = [event.data for event in failing.sent + rest.sent]
        assert [next(i for i in ids if i in data) for data in sent] == ids
        assert await OutboxRelay(sessions, Recording()).publish_pending() == 0

    with_database(scenario)

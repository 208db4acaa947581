"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import asyncio
import os

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from ${{ values.package }}.domain.model import ${{ values.aggregate }}
from ${{ values.package }}.infrastructure.log_event_publisher import LogEventPublisher
from ${{ values.package }}.infrastructure.unit_of_work import SqlAlchemyUnitOfWork

DATABASE_URL = os.environ.get("SERVICE_DATABASE_URL")
pytestmark = pytest.mark.skipif(not DATABASE_URL, reason="needs SERVICE_DATABASE_URL")


def test_a_${{ values.aggregateLower }}_round_trips_through_the_database() -> None:
    async def scenario() -> None:
        engine = create_async_engine(DATABASE_URL or "")
        uow = SqlAlchemyUnitOfWork(
            async_sessionmaker(engine, expire_on_commit=False), LogEventPublisher()
        )
        ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("stored")
        async with uow:
            await uow.${{ values.aggregateLower }}s.add(${{ values.aggregateLower }})
            await uow.commit()
        async with uow:
            assert await uow.${{ values.aggregateLower }}s.get(${{ values.aggregateLower }}.id) == ${{ values.aggregateLower }}
        await engine.dispose()

    asyncio.run(scenario())

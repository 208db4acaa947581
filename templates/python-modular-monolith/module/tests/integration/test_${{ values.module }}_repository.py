"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import asyncio
import os

import pytest

from ${{ values.package }}.infrastructure.database.engine import create_engine, session_factory
from ${{ values.package }}.modules.${{ values.module }}.repository.sql import Sql${{ values.entity }}UnitOfWork
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id

DATABASE_URL = os.environ.get("SERVICE_DATABASE_URL")
pytestmark = pytest.mark.skipif(not DATABASE_URL, reason="needs SERVICE_DATABASE_URL")


def test_a_${{ values.module }}_item_round_trips_through_a_unit_of_work() -> None:
    async def scenario() -> None:
        engine = create_engine(DATABASE_URL or "")
        sessions = session_factory(engine)
        item = ${{ values.entity }}.create("stored")
        async with Sql${{ values.entity }}UnitOfWork(sessions) as uow:
            await uow.items.add(item)
            await uow.commit()
        forgotten = ${{ values.entity }}.create("not committed")
        async with Sql${{ values.entity }}UnitOfWork(sessions) as uow:
            await uow.items.add(forgotten)
        async with Sql${{ values.entity }}UnitOfWork(sessions) as uow:
            assert await uow.items.get(item.id) == item
            assert await uow.items.get(forgotten.id) is None
            assert await uow.items.get(${{ values.entity }}Id.new()) is None
            listed = await uow.items.list(limit=5, offset=0)
        assert [row.created_at for row in listed] == sorted(row.created_at for row in listed)
        await engine.dispose()

    asyncio.run(scenario())

"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import asyncio
import os

import pytest

from ${{ values.package }}.infrastructure.database.engine import create_engine, session_factory
from ${{ values.package }}.modules.${{ values.module }}.repository.sql import Sql${{ values.entity }}Repository
from ${{ values.package }}.modules.${{ values.module }}.types.model import ${{ values.entity }}, ${{ values.entity }}Id

DATABASE_URL = os.environ.get("SERVICE_DATABASE_URL")
pytestmark = pytest.mark.skipif(not DATABASE_URL, reason="needs SERVICE_DATABASE_URL")


def test_a_${{ values.module }}_item_round_trips_through_the_database() -> None:
    async def scenario() -> None:
        engine = create_engine(DATABASE_URL or "")
        repository = Sql${{ values.entity }}Repository(session_factory(engine))
        item = ${{ values.entity }}.create("stored")
        await repository.add(item)
        assert await repository.get(item.id) == item
        assert await repository.get(${{ values.entity }}Id.new()) is None
        listed = await repository.list(limit=5, offset=0)
        assert [row.created_at for row in listed] == sorted(row.created_at for row in listed)
        await engine.dispose()

    asyncio.run(scenario())

import asyncio

from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine

from ${{ values.baseModule }} import Base
from ${{ values.settingsModule }} import Settings
{%- for module in values.modules %}
from ${{ values.tablesPackage | replace('*', module) }} import sql as ${{ module }}_tables  # noqa: F401
{%- endfor %}


def run_migrations(connection: object) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()


async def main() -> None:
    engine = create_async_engine(Settings().database_url)
    async with engine.connect() as connection:
        await connection.run_sync(run_migrations)
    await engine.dispose()


asyncio.run(main())

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from platform_db.urls import async_url


def create_engine(url: str) -> AsyncEngine:
    return create_async_engine(async_url(url), pool_pre_ping=True)

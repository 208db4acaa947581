from redis.asyncio import Redis


class RedisCache:
    def __init__(self, url: str) -> None:
        self._redis = Redis.from_url(url, decode_responses=True)

    async def get(self, key: str) -> str | None:
        value = await self._redis.get(key)
        return None if value is None else str(value)

    async def set(self, key: str, value: str, ttl_seconds: int = 300) -> None:
        await self._redis.set(key, value, ex=ttl_seconds)

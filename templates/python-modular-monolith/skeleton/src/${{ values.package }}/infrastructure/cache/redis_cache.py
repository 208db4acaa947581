from redis.asyncio import Redis


class RedisCache:
    """Strings under a key prefix, each with a time to live."""

    def __init__(self, url: str, prefix: str = "${{ values.name }}") -> None:
        self._redis = Redis.from_url(url, decode_responses=True)
        self._prefix = prefix

    async def get(self, key: str) -> str | None:
        value = await self._redis.get(f"{self._prefix}:{key}")
        return None if value is None else str(value)

    async def set(self, key: str, value: str, ttl_seconds: int = 300) -> None:
        await self._redis.set(f"{self._prefix}:{key}", value, ex=ttl_seconds)

    async def ping(self) -> bool:
        return bool(await self._redis.ping())

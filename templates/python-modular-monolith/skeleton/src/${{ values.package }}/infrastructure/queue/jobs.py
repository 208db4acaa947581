import json
from typing import Any

from redis.asyncio import Redis


class JobQueue:
    """A FIFO of JSON jobs (LPUSH to enqueue, BRPOP to take)."""

    def __init__(self, url: str, name: str = "${{ values.name }}:jobs") -> None:
        self._redis = Redis.from_url(url, decode_responses=True)
        self._name = name

    async def enqueue(self, kind: str, payload: dict[str, Any]) -> None:
        await self._redis.lpush(self._name, json.dumps({"kind": kind, "payload": payload}))

    async def take(self, timeout_seconds: int = 5) -> dict[str, Any] | None:
        item = await self._redis.brpop([self._name], timeout=timeout_seconds)
        return None if item is None else dict(json.loads(item[1]))

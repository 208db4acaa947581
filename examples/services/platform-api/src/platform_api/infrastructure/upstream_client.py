"""HTTP client for the internal services."""

import httpx


class UpstreamClient:
    def __init__(self, base_url: str) -> None:
        self._base_url = base_url

    async def get(self, path: str, token: str) -> tuple[int, bytes]:
        async with httpx.AsyncClient(base_url=self._base_url) as client:
            response = await client.get(path, headers={"Authorization": f"Bearer {token}"})
            return response.status_code, response.content

"""A route from a public path to an internal service."""

from dataclasses import dataclass

# Layer violation: the domain reaches up into infrastructure for its client.
from platform_api.infrastructure.upstream_client import UpstreamClient


@dataclass(frozen=True)
class Route:
    prefix: str
    upstream: str

    def matches(self, path: str) -> bool:
        return path == self.prefix or path.startswith(self.prefix.rstrip("/") + "/")

    def client(self) -> UpstreamClient:
        return UpstreamClient(self.upstream)

"""The gateway's routing table."""

from platform_api.domain.route import Route


class RouteTable:
    def __init__(self, routes: list[Route]) -> None:
        self._routes = sorted(routes, key=lambda r: len(r.prefix), reverse=True)

    def resolve(self, path: str) -> Route | None:
        return next((r for r in self._routes if r.matches(path)), None)

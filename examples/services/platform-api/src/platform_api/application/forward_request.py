"""Forwarding an authenticated request to its upstream service."""

from platform_api.domain.route_table import RouteTable
# Layer violation: the application depends on the presentation's schema.
from platform_api.presentation.schemas import ForwardedResponse


async def forward_request(table: RouteTable, path: str, token: str) -> ForwardedResponse:
    route = table.resolve(path)
    if route is None:
        return ForwardedResponse(status=404, body=b"no route")
    status, body = await route.client().get(path, token)
    return ForwardedResponse(status=status, body=body)

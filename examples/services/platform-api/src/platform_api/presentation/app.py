"""The FastAPI app factory."""

from fastapi import FastAPI, Header, Response

from platform_api.application.forward_request import forward_request
from platform_api.domain.route import Route
from platform_api.domain.route_table import RouteTable


def create_app() -> FastAPI:
    app = FastAPI(title="platform-api")
    table = RouteTable([Route("/users", "http://platform-user"), Route("/auth", "http://platform-auth")])

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> dict[str, str]:
        return {"status": "ready"}

    @app.get("/{path:path}")
    async def forward(path: str, authorization: str = Header()) -> Response:
        result = await forward_request(table, "/" + path, authorization.removeprefix("Bearer "))
        return Response(status_code=result.status, content=result.body)

    return app

"""The FastAPI app factory: wires the infrastructure into the use cases."""

import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from prometheus_client import make_asgi_app
from sqlalchemy import text

from platform_user.application.register_user import RegisterUser, register_user
from platform_user.infrastructure.logging import configure_logging
from platform_user.infrastructure.sql_user_repository import SqlUserRepository
from platform_user.presentation.metrics import LATENCY, REQUESTS


def create_app() -> FastAPI:
    configure_logging()
    app = FastAPI(title="platform-user")
    app.mount("/metrics", make_asgi_app())

    @app.middleware("http")
    async def observe(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = getattr(request.scope.get("route"), "path", "unmatched")
        REQUESTS.labels(request.method, route, str(response.status_code)).inc()
        LATENCY.labels(request.method, route).observe(time.perf_counter() - started)
        return response

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> dict[str, str]:
        await app.state.session.execute(text("SELECT 1"))
        return {"status": "ready"}

    @app.post("/users", status_code=201)
    async def create_user(body: dict[str, str]) -> dict[str, str]:
        user = await register_user(
            RegisterUser(email=body["email"], display_name=body["display_name"]),
            SqlUserRepository(app.state.session),
        )
        return {"id": str(user.id)}

    return app

import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from prometheus_client import make_asgi_app
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from ${{ values.loggingModule }} import request_id


def add_operability(app: FastAPI, engine: AsyncEngine) -> None:
    """/health, /ready (it pings the database), /metrics for Prometheus,
    an X-Request-ID on every request and its log lines, and OpenTelemetry."""
    app.mount("/metrics", make_asgi_app())
    FastAPIInstrumentor.instrument_app(app)

    @app.middleware("http")
    async def correlation_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        token = request_id.set(request.headers.get("X-Request-ID") or str(uuid.uuid4()))
        try:
            response = await call_next(request)
            response.headers["X-Request-ID"] = request_id.get()
            return response
        finally:
            request_id.reset(token)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> dict[str, str]:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return {"status": "ready"}

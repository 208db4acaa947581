import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping

import structlog
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from ${{ values.loggingModule }} import request_id

# Every latency target the golden path's form offers is a bucket bound, so the
# latency SLO can count the requests under its target exactly.
LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 2.0, 2.5, 5.0, 10.0)

REQUESTS = Counter(
    "http_requests", "HTTP requests answered, by route and status code.", ["method", "route", "code"]
)
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request, by route.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
log = structlog.get_logger()


def _route_of(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", "unmatched")


def add_operability(
    app: FastAPI,
    engine: AsyncEngine,
    checks: Mapping[str, Callable[[], Awaitable[None]]] | None = None,
) -> None:
    """/health, /ready (it pings the database, then runs each of `checks`, such as
    the broker's, which raise when what they check is away), /metrics for
    Prometheus, and an X-Request-ID, a request counter and a latency histogram on
    every request."""

    @app.middleware("http")
    async def observe(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        token = request_id.set(request.headers.get("X-Request-ID") or str(uuid.uuid4()))
        started = time.perf_counter()
        code = 500
        try:
            response = await call_next(request)
            code = response.status_code
            response.headers["X-Request-ID"] = request_id.get()
            return response
        finally:
            elapsed = time.perf_counter() - started
            route = _route_of(request)
            REQUESTS.labels(request.method, route, str(code)).inc()
            LATENCY.labels(request.method, route).observe(elapsed)
            log.info(
                "request",
                method=request.method,
                path=request.url.path,
                status=code,
                duration_ms=round(elapsed * 1000, 1),
            )
            request_id.reset(token)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", response_model=None)
    async def ready() -> dict[str, str] | JSONResponse:
        try:
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception as error:  # any failure means "not ready"
            log.warning("not_ready", reason=type(error).__name__)
            return JSONResponse({"status": "not ready", "reason": "database"}, status_code=503)
        for name, check in (checks or {}).items():
            try:
                await asyncio.wait_for(check(), timeout=5)
            except Exception as error:  # any failure means "not ready"
                log.warning("not_ready", reason=name, error=type(error).__name__)
                return JSONResponse({"status": "not ready", "reason": name}, status_code=503)
        return {"status": "ready"}

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

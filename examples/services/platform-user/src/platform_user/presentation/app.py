"""The FastAPI app factory: wires the infrastructure into the use cases."""

from fastapi import FastAPI
from sqlalchemy import text

from platform_user.application.register_user import RegisterUser, register_user
from platform_user.infrastructure.logging import configure_logging
from platform_user.infrastructure.sql_user_repository import SqlUserRepository


def create_app() -> FastAPI:
    configure_logging()
    app = FastAPI(title="platform-user")

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

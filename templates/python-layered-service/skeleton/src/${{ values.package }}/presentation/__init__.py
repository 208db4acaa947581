"""The HTTP API: FastAPI routers, Pydantic schemas and the app factory (the composition root)."""

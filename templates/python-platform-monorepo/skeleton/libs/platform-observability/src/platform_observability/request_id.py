import uuid
from contextvars import ContextVar

_request_id: ContextVar[str] = ContextVar("request_id", default="-")


def current() -> str:
    return _request_id.get()


def begin(header: str | None) -> str:
    """Takes the caller's X-Request-ID, or makes one; every log line carries it."""
    value = header if header and len(header) <= 128 else str(uuid.uuid4())
    _request_id.set(value)
    return value

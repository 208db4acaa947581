import logging
from contextvars import ContextVar

import structlog

request_id: ContextVar[str] = ContextVar("request_id", default="-")


def _add_request_id(
    _logger: object, _method: str, event: structlog.types.EventDict
) -> structlog.types.EventDict:
    event["request_id"] = request_id.get()
    return event


def configure_logging(level: str) -> None:
    """JSON lines on stdout, each with the request's correlation id."""
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _add_request_id,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
    )

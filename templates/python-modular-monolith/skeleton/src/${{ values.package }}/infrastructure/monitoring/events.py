import json
from dataclasses import asdict

import structlog

from ${{ values.package }}.shared.events import DomainEvent

log = structlog.get_logger()


async def log_domain_event(event: DomainEvent) -> None:
    """An event bus handler: every committed event in the structured log, with the request id."""
    log.info("domain_event", type=type(event).__name__, data=json.dumps(asdict(event), default=str))

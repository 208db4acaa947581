"""The User aggregate."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from uuid import UUID, uuid4

from platform_user.domain.email import Email


@dataclass
class User:
    email: Email
    display_name: str
    id: UUID = field(default_factory=uuid4)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def rename(self, display_name: str) -> None:
        if not display_name.strip():
            raise ValueError("a display name cannot be empty")
        self.display_name = display_name

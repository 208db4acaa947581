"""The port through which the application stores users."""

from abc import ABC, abstractmethod
from uuid import UUID

from platform_user.domain.user import User


class UserRepository(ABC):
    @abstractmethod
    async def add(self, user: User) -> None: ...

    @abstractmethod
    async def get(self, user_id: UUID) -> User | None: ...

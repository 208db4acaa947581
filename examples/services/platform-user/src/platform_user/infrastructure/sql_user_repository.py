"""UserRepository on SQLAlchemy 2 (async)."""

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from platform_user.domain.repository import UserRepository
from platform_user.domain.user import User


class SqlUserRepository(UserRepository):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, user: User) -> None:
        self._session.add(user)

    async def get(self, user_id: UUID) -> User | None:
        return await self._session.get(User, user_id)

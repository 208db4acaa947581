import asyncio
from uuid import UUID

from platform_user.application.register_user import RegisterUser, register_user
from platform_user.domain.repository import UserRepository
from platform_user.domain.user import User


class FakeUsers(UserRepository):
    def __init__(self) -> None:
        self.users: dict[UUID, User] = {}

    async def add(self, user: User) -> None:
        self.users[user.id] = user

    async def get(self, user_id: UUID) -> User | None:
        return self.users.get(user_id)


def test_register_user_stores_the_user() -> None:
    users = FakeUsers()
    user = asyncio.run(
        register_user(RegisterUser(email="ada@example.com", display_name="Ada"), users)
    )
    assert users.users[user.id] is user

"""Registering a user."""

from dataclasses import dataclass

from platform_user.domain.email import Email
from platform_user.domain.repository import UserRepository
from platform_user.domain.user import User


@dataclass(frozen=True)
class RegisterUser:
    email: str
    display_name: str


async def register_user(command: RegisterUser, users: UserRepository) -> User:
    user = User(email=Email(command.email), display_name=command.display_name)
    await users.add(user)
    return user

from platform_user.infrastructure.sql_user_repository import SqlUserRepository
from platform_user.presentation.app import create_app


def test_the_app_serves_health_and_readiness() -> None:
    paths = {route.path for route in create_app().routes}
    assert {"/health", "/ready"} <= paths
    assert SqlUserRepository.__mro__[1].__name__ == "UserRepository"

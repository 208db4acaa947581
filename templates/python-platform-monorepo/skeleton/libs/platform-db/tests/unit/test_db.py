from platform_db.urls import async_url, redacted


def test_async_url_picks_asyncpg() -> None:
    assert async_url("postgresql://db/app") == "postgresql+asyncpg://db/app"
    assert async_url("postgres://db/app") == "postgresql+asyncpg://db/app"
    assert async_url("sqlite:///x.db") == "sqlite:///x.db"


def test_redacted_hides_the_password() -> None:
    assert redacted("postgresql://app:secret@db:5432/app") == "postgresql://app:***@db:5432/app"
    assert redacted("postgresql://db/app") == "postgresql://db/app"

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Twelve-factor settings, read from the environment (prefix SERVICE_)."""

    model_config = SettingsConfigDict(env_prefix="SERVICE_")

    database_url: str = "postgresql+asyncpg://localhost:5432/${{ values.package }}"
    redis_url: str = "redis://localhost:6379/0"
    log_level: str = "INFO"

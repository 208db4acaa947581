from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Twelve-factor settings, read from the environment (prefix SERVICE_)."""

    model_config = SettingsConfigDict(env_prefix="SERVICE_")

    database_url: str = "postgresql+asyncpg://localhost:5432/${{ values.package }}"
    log_level: str = "INFO"
{%- if values.messaging == 'redis-streams' %}
    redis_url: str = "redis://localhost:6379/0"
    event_stream: str = "${{ values.name }}.events"
{%- elif values.messaging == 'rabbitmq' %}
    amqp_url: str = "amqp://guest:guest@localhost:5672/"
    event_exchange: str = "${{ values.name }}.events"
{%- endif %}

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Twelve-factor settings, read from the environment (prefix SERVICE_)."""

    model_config = SettingsConfigDict(env_prefix="SERVICE_")

    database_url: str = "postgresql+asyncpg://localhost:5432/${{ values.package }}"
    log_level: str = "INFO"
{%- if values.messaging == 'redis-streams' %}
    redis_url: str = "redis://localhost:6379/0"
    event_stream: str = "${{ values.name }}.events"
    event_group: str = "${{ values.name }}-worker"
    # XADD MAXLEN ~: the stream keeps about this many events, read or not.
    stream_max_length: int = 100_000
    # A worker's name in the group; empty: the pod's host name and the process id.
    consumer_name: str = ""
    # Events another consumer has held this long unacknowledged are taken over.
    claim_idle_seconds: float = 30.0
{%- elif values.messaging == 'rabbitmq' %}
    amqp_url: str = "amqp://guest:guest@localhost:5672/"
    event_exchange: str = "${{ values.name }}.events"
    event_queue: str = "${{ values.name }}-worker"
{%- endif %}
{%- if values.messaging != 'none' %}
    # The worker touches this file while it runs (its Kubernetes probes read it); empty: none.
    heartbeat_file: str = ""
{%- endif %}

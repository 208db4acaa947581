"""platform-api: the API gateway (clean architecture, with violations to fix)."""

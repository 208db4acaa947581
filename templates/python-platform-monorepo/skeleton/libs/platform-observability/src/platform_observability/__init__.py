"""platform-observability: structured logs and the request id."""

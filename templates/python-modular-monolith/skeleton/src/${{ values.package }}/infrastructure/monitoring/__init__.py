"""Structured logs with the request id, and metrics."""

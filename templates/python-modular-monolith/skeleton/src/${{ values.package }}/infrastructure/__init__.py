"""Shared infrastructure: database, cache, queue and monitoring."""

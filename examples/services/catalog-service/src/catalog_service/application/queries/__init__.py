"""Queries: they read state."""

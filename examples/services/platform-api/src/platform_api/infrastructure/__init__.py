"""Adapters of the gateway."""

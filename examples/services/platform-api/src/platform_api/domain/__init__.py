"""Routing rules of the gateway. Standard library only, by contract."""

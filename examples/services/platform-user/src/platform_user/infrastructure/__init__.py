"""Adapters: the SQLAlchemy repository."""

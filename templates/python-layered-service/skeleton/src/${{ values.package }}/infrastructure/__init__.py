"""Adapters: the database, messaging and observability behind the application's ports."""

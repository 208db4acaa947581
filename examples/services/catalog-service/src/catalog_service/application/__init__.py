"""Commands and queries."""

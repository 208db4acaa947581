"""Commands: they change state."""

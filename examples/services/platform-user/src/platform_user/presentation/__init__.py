"""The HTTP API and the composition root."""

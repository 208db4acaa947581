"""${{ values.name }}: a modular monolith."""

"""Entities and ports of user profiles. Standard library only."""

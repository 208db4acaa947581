"""Use cases of user profiles."""

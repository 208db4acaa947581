"""platform-user: user profiles of the platform (clean architecture)."""

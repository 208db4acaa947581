"""platform-cache: cache keys and the Redis cache."""

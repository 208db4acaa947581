"""A Redis cache for read-heavy lookups."""

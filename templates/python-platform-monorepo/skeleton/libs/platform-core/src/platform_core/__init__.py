"""platform-core: errors and identifiers every package of the platform uses."""

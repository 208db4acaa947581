"""platform-db: database URLs and the async SQLAlchemy engine."""

"""The SQLAlchemy engine, sessions and table metadata every module maps onto."""

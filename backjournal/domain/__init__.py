"""Pure-Python core types: no Qt, no SQLAlchemy. Everything else speaks in these types."""

"""The only package that imports SQLAlchemy and Alembic. ORM rows never leave it."""

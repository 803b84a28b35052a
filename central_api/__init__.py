"""The central API every counter syncs to (FastAPI + SQLAlchemy + Alembic)."""

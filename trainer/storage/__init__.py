"""Storage: the SQLite collection through SQLAlchemy 2, its migrations and backups."""

"""Storage backends for the tests: SQLite always, PostgreSQL when BRIEFBOT_TEST_POSTGRES names one.

CI starts a real PostgreSQL (see tests/postgres.sh) and sets the variable, so the same
parametrised storage tests run against both backends.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bot.store import PostgresStore, SQLiteStore, Store

POSTGRES_URL = os.environ.get("BRIEFBOT_TEST_POSTGRES", "")
BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


async def fresh_store(backend: str, tmp_path: Path, **kwargs: Any) -> Store:
    """An empty, migrated store of the given backend."""
    if backend == "sqlite":
        store: Store = SQLiteStore(tmp_path / "state.sqlite3", **kwargs)
    else:
        store = PostgresStore(POSTGRES_URL, **kwargs)
        for table in ("digest_log", "guild_digest", "schema_version", "test_posts"):
            await store.execute(f"DROP TABLE IF EXISTS {table}")
    await store.migrate()
    return store


async def second_store(store: Store, **kwargs: Any) -> Store:
    """Another connection to the same database, as a second process would have."""
    if isinstance(store, SQLiteStore):
        return SQLiteStore(store.path, **kwargs)
    return PostgresStore(store.url, **kwargs)

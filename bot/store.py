"""Per-server digest settings and the digest log: one interface, SQLite or PostgreSQL behind it.

The log is how a digest is never posted twice: a process claims the (server, day) row with
one statement (INSERT … ON CONFLICT) before it sends, and records the outcome after. Two
processes, or ten replicas on one PostgreSQL, find the row already claimed. A claim left by
a process killed before it finished can be taken over once it is older than the timeout,
so a digest is not lost either. Both backends run the same SQL and the same versioned
migrations, applied on start under a lock so replicas starting together don't race.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_CLAIM_TIMEOUT = timedelta(minutes=10)

MIGRATIONS: list[str] = [
    # 1: settings per server, and one row per server and day a digest was claimed for
    """
    CREATE TABLE guild_digest (
        guild_id BIGINT PRIMARY KEY,
        channel_id BIGINT NOT NULL,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        skip_quiet INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE digest_log (
        guild_id BIGINT NOT NULL,
        day TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        message_id BIGINT,
        PRIMARY KEY (guild_id, day)
    );
    """,
    # 2: who holds a claim, and how it ended (sent, quiet, failed); an unfinished claim can expire
    """
    ALTER TABLE digest_log ADD COLUMN claimed_by TEXT;
    ALTER TABLE digest_log ADD COLUMN outcome TEXT;
    UPDATE digest_log SET outcome = 'sent' WHERE message_id IS NOT NULL;
    """,
]


@dataclass(frozen=True)
class GuildDigest:
    """One server's digest settings, and how its deliveries have been going."""

    guild_id: int
    channel_id: int
    time: str  # "HH:MM", in `timezone`
    timezone: str  # an IANA zone name
    skip_quiet: bool = False
    enabled: bool = True
    failures: int = 0
    last_error: str | None = None

    @property
    def hour_minute(self) -> tuple[int, int]:
        hour, minute = self.time.split(":")
        return int(hour), int(minute)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


class Store(ABC):
    """The storage interface. Subclasses say how to run SQL; the SQL itself is shared (`?` marks)."""

    def __init__(self, claim_timeout: timedelta = DEFAULT_CLAIM_TIMEOUT, holder: str | None = None):
        self.claim_timeout = claim_timeout
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}"

    @abstractmethod
    async def execute(self, sql: str, args: tuple = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    @abstractmethod
    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Run one query; return its rows."""

    @abstractmethod
    async def migrate(self) -> int:
        """Bring the schema up to date under a lock, keeping the data; return the version in place."""

    @abstractmethod
    async def close(self) -> None: ...

    # ---------------------------------------------------------------- settings

    async def save(self, d: GuildDigest) -> None:
        await self.execute(
            "INSERT INTO guild_digest (guild_id, channel_id, time, timezone, skip_quiet, enabled, failures, last_error, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time, "
            "timezone = excluded.timezone, skip_quiet = excluded.skip_quiet, enabled = excluded.enabled, "
            "failures = excluded.failures, last_error = excluded.last_error, updated_at = excluded.updated_at",
            (d.guild_id, d.channel_id, d.time, d.timezone, int(d.skip_quiet), int(d.enabled), d.failures, d.last_error,
             _now()),
        )

    async def get(self, guild_id: int) -> GuildDigest | None:
        rows = await self._select("WHERE guild_id = ?", (guild_id,))
        return rows[0] if rows else None

    async def all(self) -> list[GuildDigest]:
        return await self._select("ORDER BY guild_id", ())

    async def _select(self, where: str, args: tuple) -> list[GuildDigest]:
        rows = await self.fetch(
            "SELECT guild_id, channel_id, time, timezone, skip_quiet, enabled, failures, last_error FROM guild_digest "
            + where, args)
        return [GuildDigest(g, c, t, z, bool(q), bool(e), f, err) for g, c, t, z, q, e, f, err in rows]

    async def record_failure(self, guild_id: int, error: str, max_failures: int) -> GuildDigest | None:
        """Count a failed delivery; past `max_failures` in a row the digest is switched off."""
        current = await self.get(guild_id)
        if current is None:
            return None
        failures = current.failures + 1
        updated = replace(current, failures=failures, last_error=error, enabled=current.enabled and failures < max_failures)
        await self.save(updated)
        return updated

    async def record_success(self, guild_id: int) -> None:
        current = await self.get(guild_id)
        if current is not None and (current.failures or current.last_error):
            await self.save(replace(current, failures=0, last_error=None))

    # ---------------------------------------------------------------- the log

    async def claim(self, guild_id: int, day: date) -> bool:
        """Take the (server, day) row in one statement; False when another delivery holds it.

        An unfinished claim older than the timeout (its holder died mid-send) is taken over.
        """
        expired = (datetime.now(UTC) - self.claim_timeout).isoformat(timespec="seconds")
        changed = await self.execute(
            "INSERT INTO digest_log (guild_id, day, claimed_at, claimed_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (guild_id, day) DO UPDATE SET claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by "
            "WHERE digest_log.outcome IS NULL AND digest_log.claimed_at <= ?",
            (guild_id, day.isoformat(), _now(), self.holder, expired))
        return changed == 1

    async def finish(self, guild_id: int, day: date, outcome: str, message_id: int | None = None) -> None:
        """Record how a claimed delivery ended: "sent" (with its message), "quiet" or "failed"."""
        await self.execute("UPDATE digest_log SET outcome = ?, message_id = ? WHERE guild_id = ? AND day = ?",
                           (outcome, message_id, guild_id, day.isoformat()))

    async def claimed(self, guild_id: int, day: date) -> bool:
        rows = await self.fetch("SELECT 1 FROM digest_log WHERE guild_id = ? AND day = ?", (guild_id, day.isoformat()))
        return bool(rows)

    async def last_sent(self, guild_id: int, before: date) -> date | None:
        """The day of the last digest actually posted before `before` (what "new since" counts from)."""
        rows = await self.fetch("SELECT MAX(day) FROM digest_log WHERE guild_id = ? AND outcome = 'sent' AND day < ?",
                                (guild_id, before.isoformat()))
        return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    async def sent_count(self, guild_id: int, day: date) -> int:
        rows = await self.fetch("SELECT COUNT(*) FROM digest_log WHERE guild_id = ? AND day = ? AND outcome = 'sent'",
                                (guild_id, day.isoformat()))
        return rows[0][0]


class SQLiteStore(Store):
    """The embedded default: one SQLite file; calls run in a worker thread, one at a time."""

    def __init__(self, path: Path, **kwargs: Any):
        super().__init__(**kwargs)
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._lock = asyncio.Lock()

    async def _run(self, fn: Callable[..., T], *args: object) -> T:
        async with self._lock:
            return await asyncio.to_thread(fn, *args)

    async def execute(self, sql: str, args: tuple = ()) -> int:
        return await self._run(lambda: self._db.execute(sql, args).rowcount)

    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        return await self._run(lambda: self._db.execute(sql, args).fetchall())

    def schema_version(self) -> int:
        if not self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone():
            return 0
        row = self._db.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    async def migrate(self) -> int:
        return await self._run(self._migrate)

    def _migrate(self) -> int:
        self._db.execute("BEGIN IMMEDIATE")  # the write lock: one migrator at a time
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.schema_version()
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in _statements(script):
                    self._db.execute(statement)
                log.info("database %s migrated to schema %d", self.path, version)
            self._db.execute("DELETE FROM schema_version")
            self._db.execute("INSERT INTO schema_version VALUES (?)", (len(MIGRATIONS),))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return len(MIGRATIONS)

    async def close(self) -> None:
        await self._run(self._db.close)


class PostgresStore(Store):
    """A shared PostgreSQL for replicas, through psycopg 3's async connection pool."""

    MIGRATION_LOCK = 7_734_201  # an arbitrary advisory-lock key of briefbot's own

    def __init__(self, url: str, **kwargs: Any):
        super().__init__(**kwargs)
        from psycopg_pool import AsyncConnectionPool  # only replicas need psycopg

        self.url = url
        self._pool = AsyncConnectionPool(url, min_size=1, max_size=5, open=False)
        self._opened = False

    async def _open(self) -> None:
        if not self._opened:
            await self._pool.open()
            self._opened = True

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    async def execute(self, sql: str, args: tuple = ()) -> int:
        await self._open()
        async with self._pool.connection() as conn:
            cursor = await conn.execute(self._sql(sql), args)
            return cursor.rowcount

    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        await self._open()
        async with self._pool.connection() as conn:
            cursor = await conn.execute(self._sql(sql), args)
            return await cursor.fetchall()

    async def migrate(self) -> int:
        await self._open()
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (self.MIGRATION_LOCK,))
            await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = await (await conn.execute("SELECT version FROM schema_version")).fetchone()
            current = row[0] if row else 0
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in _statements(script):
                    await conn.execute(statement)
                log.info("database migrated to schema %d", version)
            await conn.execute("DELETE FROM schema_version")
            await conn.execute("INSERT INTO schema_version VALUES (%s)", (len(MIGRATIONS),))
        return len(MIGRATIONS)

    async def close(self) -> None:
        if self._opened:
            await self._pool.close()


def open_store(sqlite_path: Path, url: str | None = None, **kwargs: Any) -> Store:
    """PostgreSQL when a DATABASE_URL is given, the embedded SQLite file otherwise."""
    if url:
        return PostgresStore(url, **kwargs)
    return SQLiteStore(sqlite_path, **kwargs)

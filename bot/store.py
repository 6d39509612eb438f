"""Per-server digest settings and the digest log, in SQLite, with a versioned schema.

The log is how a digest is never posted twice: a process claims the (server, day) row
with one INSERT before it sends, and records the message id after. Two processes on one
database, or a restart in the middle of a send, find the row already claimed.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

MIGRATIONS: list[str] = [
    # 1: settings per server, and one row per server and day a digest was claimed for
    """
    CREATE TABLE guild_digest (
        guild_id INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        skip_quiet INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE digest_log (
        guild_id INTEGER NOT NULL,
        day TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        message_id INTEGER,
        PRIMARY KEY (guild_id, day)
    );
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


class SQLiteStore:
    """The store over one SQLite file; every call runs in a worker thread, one at a time."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._lock = asyncio.Lock()

    async def _run(self, fn: Callable[..., T], *args: object) -> T:
        async with self._lock:
            return await asyncio.to_thread(fn, *args)

    # ---------------------------------------------------------------- schema

    def schema_version(self) -> int:
        exists = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
        if not exists:
            return 0
        row = self._db.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    async def migrate(self) -> int:
        """Bring the schema up to date, keeping the data; returns the version now in place."""
        return await self._run(self._migrate)

    def _migrate(self) -> int:
        self._db.execute("BEGIN IMMEDIATE")  # one migrator at a time
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.schema_version()
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    self._db.execute(statement)
                log.info("database %s migrated to schema %d", self.path, version)
            self._db.execute("DELETE FROM schema_version")
            self._db.execute("INSERT INTO schema_version VALUES (?)", (len(MIGRATIONS),))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return len(MIGRATIONS)

    # ---------------------------------------------------------------- settings

    async def save(self, digest: GuildDigest) -> None:
        await self._run(self._save, digest)

    def _save(self, d: GuildDigest) -> None:
        self._db.execute(
            "INSERT INTO guild_digest (guild_id, channel_id, time, timezone, skip_quiet, enabled, failures, last_error, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time, "
            "timezone = excluded.timezone, skip_quiet = excluded.skip_quiet, "
            "enabled = excluded.enabled, failures = excluded.failures, last_error = excluded.last_error, "
            "updated_at = excluded.updated_at",
            (d.guild_id, d.channel_id, d.time, d.timezone, int(d.skip_quiet), int(d.enabled), d.failures, d.last_error,
             _now()),
        )

    async def get(self, guild_id: int) -> GuildDigest | None:
        rows = await self._run(self._select, "WHERE guild_id = ?", (guild_id,))
        return rows[0] if rows else None

    async def all(self) -> list[GuildDigest]:
        return await self._run(self._select, "ORDER BY guild_id", ())

    def _select(self, where: str, args: tuple) -> list[GuildDigest]:
        rows = self._db.execute(
            "SELECT guild_id, channel_id, time, timezone, skip_quiet, enabled, failures, last_error FROM guild_digest "
            + where, args).fetchall()
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
        """Take the (server, day) row; False when another delivery already has it."""
        return await self._run(self._claim, guild_id, day.isoformat())

    def _claim(self, guild_id: int, day: str) -> bool:
        cursor = self._db.execute(
            "INSERT INTO digest_log (guild_id, day, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (guild_id, day, _now()))
        return cursor.rowcount == 1

    async def mark_sent(self, guild_id: int, day: date, message_id: int) -> None:
        await self._run(lambda: self._db.execute(
            "UPDATE digest_log SET message_id = ? WHERE guild_id = ? AND day = ?", (message_id, guild_id, day.isoformat())))

    async def claimed(self, guild_id: int, day: date) -> bool:
        row = await self._run(lambda: self._db.execute(
            "SELECT 1 FROM digest_log WHERE guild_id = ? AND day = ?", (guild_id, day.isoformat())).fetchone())
        return row is not None

    async def last_sent(self, guild_id: int, before: date) -> date | None:
        """The day of the last digest actually posted before `before` (what "new since" counts from)."""
        row = await self._run(lambda: self._db.execute(
            "SELECT MAX(day) FROM digest_log WHERE guild_id = ? AND message_id IS NOT NULL AND day < ?",
            (guild_id, before.isoformat())).fetchone())
        return date.fromisoformat(row[0]) if row and row[0] else None

    async def sent_count(self, guild_id: int, day: date) -> int:
        row = await self._run(lambda: self._db.execute(
            "SELECT COUNT(*) FROM digest_log WHERE guild_id = ? AND day = ? AND message_id IS NOT NULL",
            (guild_id, day.isoformat())).fetchone())
        return row[0]

    async def close(self) -> None:
        await self._run(self._db.close)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

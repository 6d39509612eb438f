"""Three scheduler processes on one database, one killed mid-send: one post per server, none lost."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from bot.store import GuildDigest, SQLiteStore, Store
from tests.storage import BACKENDS, fresh_store

SERVERS = 200
DAY = "2026-06-01"
WORKER = Path(__file__).with_name("replica_worker.py")


def _spawn(database: str, briefs: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), database, DAY, str(briefs), *extra],
                            stdout=subprocess.PIPE, text=True)


async def _setup(store: Store) -> None:
    await store.execute("CREATE TABLE test_posts (channel_id BIGINT NOT NULL, day TEXT NOT NULL)")
    for guild in range(1, SERVERS + 1):
        await store.save(GuildDigest(guild, 1000 + guild, "08:00", "UTC"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_three_replicas_one_killed_mid_send_post_exactly_once(backend: str, tmp_path: Path, seed_briefs: Path) -> None:
    store = asyncio.run(_prepare(backend, tmp_path))
    database = str(store.path) if isinstance(store, SQLiteStore) else store.url
    victim = _spawn(database, seed_briefs, "--hang-after", "5")
    assert victim.stdout.readline().strip() == "hanging"  # it holds a claim it will never finish
    others = [_spawn(database, seed_briefs) for _ in range(2)]
    for worker in others:
        worker.wait(timeout=120)
    victim.kill()  # killed mid-send
    victim.wait()
    time.sleep(2.5)  # past the claim timeout
    _spawn(database, seed_briefs).wait(timeout=120)  # a replica restarts, or another one's catch-up runs
    posts, sent = asyncio.run(_count(backend, tmp_path, database))
    assert posts == {1000 + g: 1 for g in range(1, SERVERS + 1)}  # every server once, none twice
    assert sent == SERVERS


async def _prepare(backend: str, tmp_path: Path) -> Store:
    store = await fresh_store(backend, tmp_path)
    await _setup(store)
    await store.close()
    return store


async def _count(backend: str, tmp_path: Path, database: str) -> tuple[dict[int, int], int]:
    from bot.store import open_store

    store = open_store(Path(database), database if backend == "postgres" else None)
    rows = await store.fetch("SELECT channel_id, COUNT(*) FROM test_posts GROUP BY channel_id")
    sent = sum([await store.sent_count(g, date.fromisoformat(DAY)) for g in range(1, SERVERS + 1)])
    await store.close()
    return dict(rows), sent

"""One digest replica for tests/test_replicas.py, run as its own process.

    python tests/replica_worker.py DATABASE DAY [--hang-after N]

Delivers the day's digests for every server it can claim, through a sender that records
each post in the database. With --hang-after N it stops dead inside its (N+1)th send, as a
process killed mid-send would, so the test can kill it there.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.lookup import Library
from bot.replies import Reply
from bot.schedule import DigestService
from bot.store import open_store


class RecordingSender:
    def __init__(self, store, day: str, hang_after: int | None):
        self.store, self.day, self.hang_after, self.sent = store, day, hang_after, 0

    async def send(self, channel_id: int, reply: Reply) -> int:
        if self.hang_after is not None and self.sent >= self.hang_after:
            print("hanging", flush=True)
            await asyncio.sleep(3600)  # the test kills us here, mid-send
        await self.store.execute("INSERT INTO test_posts (channel_id, day) VALUES (?, ?)", (channel_id, self.day))
        self.sent += 1
        return channel_id * 10


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("day")
    parser.add_argument("briefs")
    parser.add_argument("--hang-after", type=int)
    args = parser.parse_args()
    url = args.database if args.database.startswith("postgresql") else None
    store = open_store(Path(args.database), url, claim_timeout=timedelta(seconds=2))
    day = datetime.fromisoformat(args.day).date()
    clock = datetime.combine(day, time(8, 0, 30), tzinfo=UTC)
    sender = RecordingSender(store, args.day, args.hang_after)
    service = DigestService(store, Library(Path(args.briefs)), sender, clock=lambda: clock)
    outcome = await service.catch_up()
    print(f"done {sum(1 for o in outcome.values() if o == 'sent')}", flush=True)
    await store.close()


if __name__ == "__main__":
    asyncio.run(main())

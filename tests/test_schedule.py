"""Scheduling with a controlled clock: local times across DST, restarts, two processes, bad channels."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from bot.lookup import Library
from bot.replies import Reply
from bot.schedule import ChannelUnavailable, DigestService, last_run, next_run
from bot.store import GuildDigest, Store
from tests.storage import BACKENDS, fresh_store, second_store

BERLIN = GuildDigest(guild_id=1, channel_id=11, time="08:00", timezone="Europe/Berlin")
NEW_YORK = GuildDigest(guild_id=2, channel_id=22, time="08:00", timezone="America/New_York")


@pytest.mark.parametrize(("settings", "after", "expected_utc"), [
    (BERLIN, "2026-03-27T12:00:00+00:00", "2026-03-28T07:00:00+00:00"),  # winter time, UTC+1
    (BERLIN, "2026-03-28T12:00:00+00:00", "2026-03-29T06:00:00+00:00"),  # the night clocks go forward
    (BERLIN, "2026-10-24T12:00:00+00:00", "2026-10-25T07:00:00+00:00"),  # and back
    (NEW_YORK, "2026-03-07T00:00:00+00:00", "2026-03-07T13:00:00+00:00"),  # EST, UTC-5
    (NEW_YORK, "2026-03-08T00:00:00+00:00", "2026-03-08T12:00:00+00:00"),  # EDT from that morning
])
def test_digest_runs_at_local_time_across_daylight_saving(settings, after, expected_utc) -> None:
    fire = next_run(settings, datetime.fromisoformat(after))
    assert fire.astimezone(UTC) == datetime.fromisoformat(expected_utc)
    assert (fire.hour, fire.minute) == (8, 0)


@dataclass
class FakeSender:
    """Records what would have been posted; can be told a channel is gone."""

    forbidden: set[int] = field(default_factory=set)
    posted: list[tuple[int, str]] = field(default_factory=list)

    async def send(self, channel_id: int, reply: Reply) -> int:
        await asyncio.sleep(0)  # let another delivery run in between, as a network call would
        if channel_id in self.forbidden:
            raise ChannelUnavailable(f"no permission to post in channel {channel_id}")
        self.posted.append((channel_id, reply.pages[0].title))
        return 1000 + len(self.posted)


class Clock:
    def __init__(self, now: str):
        self.now = datetime.fromisoformat(now)

    def __call__(self) -> datetime:
        return self.now


@pytest_asyncio.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path):
    s = await fresh_store(request.param, tmp_path)
    await s.save(BERLIN)
    yield s
    await s.close()


def service(store: Store, library: Library, sender: FakeSender, clock: Clock) -> DigestService:
    return DigestService(store, library, sender, clock=clock, grace=timedelta(hours=6))


@pytest.fixture
def library(seed_briefs: Path) -> Library:
    return Library(seed_briefs)


@pytest.mark.asyncio
async def test_restart_before_the_minute_waits_for_the_job(store, library) -> None:
    sender = FakeSender()
    clock = Clock("2026-06-01T05:59:00+00:00")  # 07:59 in Berlin
    svc = service(store, library, sender, clock)
    assert await svc.catch_up() == {1: "skipped"}  # yesterday's, long gone
    clock.now = datetime.fromisoformat("2026-06-01T06:00:00+00:00")
    assert await svc.deliver(1) == "sent"  # the job at 08:00
    assert sender.posted == [(11, "Daily digest · 2026-06-01")]


@pytest.mark.asyncio
async def test_restart_during_the_minute_posts_once(store, library) -> None:
    sender = FakeSender()
    svc = service(store, library, sender, Clock("2026-06-01T06:00:30+00:00"))
    assert await svc.catch_up() == {1: "sent"}
    assert await svc.deliver(1) == "already claimed"  # the job firing in the same minute
    assert len(sender.posted) == 1


@pytest.mark.asyncio
async def test_restart_after_the_minute_posts_within_the_grace_only(store, library) -> None:
    sender = FakeSender()
    assert await service(store, library, sender, Clock("2026-06-01T09:00:00+00:00")).catch_up() == {1: "sent"}
    assert await service(store, library, sender, Clock("2026-06-01T10:00:00+00:00")).catch_up() == {}
    late = FakeSender()
    assert await service(store, library, late, Clock("2026-06-02T13:00:00+00:00")).catch_up() == {1: "skipped"}
    assert late.posted == []


@pytest.mark.asyncio
async def test_two_schedulers_on_one_database_post_once(store: Store, library) -> None:
    other = await second_store(store)
    await other.migrate()  # the second migrator finds the schema in place
    sender = FakeSender()
    clock = Clock("2026-06-01T06:00:00+00:00")
    outcomes = await asyncio.gather(service(store, library, sender, clock).deliver(1),
                                    service(other, library, sender, clock).deliver(1))
    assert sorted(outcomes) == ["already claimed", "sent"]
    assert len(sender.posted) == 1
    assert await store.sent_count(1, date(2026, 6, 1)) == 1
    await other.close()


@pytest.mark.asyncio
async def test_an_unfinished_claim_is_taken_over_after_the_timeout(store: Store, library) -> None:
    assert await store.claim(1, date(2026, 6, 1))  # a replica claimed, then died before sending
    other = await second_store(store, claim_timeout=timedelta(seconds=0))
    assert await other.claim(1, date(2026, 6, 1))  # past the timeout: taken over
    await other.finish(1, date(2026, 6, 1), "sent", 99)
    assert not await store.claim(1, date(2026, 6, 1))  # finished claims are never taken over
    await other.close()


@pytest.mark.asyncio
async def test_a_forbidden_channel_is_reported_and_retried_a_bounded_number_of_times(store, library) -> None:
    sender = FakeSender(forbidden={11})
    clock = Clock("2026-06-01T06:00:00+00:00")
    svc = service(store, library, sender, clock)
    for day in range(3):
        clock.now = datetime(2026, 6, 1 + day, 6, 0, tzinfo=UTC)
        assert await svc.deliver(1) == "failed"
    settings = await store.get(1)
    assert settings.failures == 3 and not settings.enabled
    assert "no permission" in settings.last_error
    clock.now = datetime(2026, 6, 4, 6, 0, tzinfo=UTC)
    assert await svc.deliver(1) == "off"


@pytest.mark.asyncio
async def test_other_servers_carry_on_when_one_channel_fails(store, library) -> None:
    await store.save(NEW_YORK)
    sender = FakeSender(forbidden={11})
    svc = service(store, library, sender, Clock("2026-06-01T12:00:00+00:00"))  # 14:00 Berlin, 08:00 New York
    assert await svc.catch_up() == {1: "failed", 2: "sent"}
    assert sender.posted == [(22, "Daily digest · 2026-06-01")]


def test_last_run_is_today_once_the_time_has_passed() -> None:
    before = last_run(BERLIN, datetime(2026, 6, 1, 5, 59, tzinfo=UTC))
    after = last_run(BERLIN, datetime(2026, 6, 1, 6, 0, tzinfo=UTC))
    assert before.date() == date(2026, 5, 31) and after.date() == date(2026, 6, 1)


@pytest.mark.asyncio
async def test_a_database_at_the_previous_version_is_upgraded_in_place(store: Store) -> None:
    from bot import store as store_module

    await store.execute("DROP TABLE digest_log")
    await store.execute("DROP TABLE guild_digest")
    for statement in filter(str.strip, store_module.MIGRATIONS[0].split(";")):
        await store.execute(statement)
    await store.execute("UPDATE schema_version SET version = 1")
    await store.execute("INSERT INTO guild_digest (guild_id, channel_id, time, timezone, updated_at) "
                        "VALUES (5, 55, '07:30', 'Asia/Tokyo', 'x')")
    await store.execute("INSERT INTO digest_log (guild_id, day, claimed_at, message_id) VALUES (5, '2026-01-02', 'x', 77)")
    assert await store.migrate() == len(store_module.MIGRATIONS)
    assert await store.get(5) == GuildDigest(5, 55, "07:30", "Asia/Tokyo")
    assert await store.sent_count(5, date(2026, 1, 2)) == 1  # the old log still counts as sent
    assert await store.migrate() == len(store_module.MIGRATIONS)  # nothing to do the second time

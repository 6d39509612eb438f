"""When digests go out: per-server cron jobs in the server's time zone, catch-up after downtime.

The settings table is the truth. In-memory APScheduler jobs are rebuilt from it at start
(fixed ids, replace_existing), never pickled into a job store. The catch-up is ours, from
the digest log: a digest missed by less than the grace is posted once on start, an older
one is skipped and logged. Sending goes through a `Sender`, so nothing here imports Discord.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.digest import compose
from bot.lookup import Library
from bot.replies import Reply
from bot.store import GuildDigest, Store

log = logging.getLogger(__name__)
DEFAULT_GRACE = timedelta(hours=6)
MAX_FAILURES = 3


class ChannelUnavailable(Exception):
    """The digest channel was deleted, or the bot may no longer post in it."""


class Sender(Protocol):
    async def send(self, channel_id: int, reply: Reply) -> int:
        """Post a reply to a channel; return the message id."""


def trigger(settings: GuildDigest) -> CronTrigger:
    """Every day at the server's local time; the zone, not arithmetic, handles daylight saving."""
    hour, minute = settings.hour_minute
    return CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(settings.timezone))


def next_run(settings: GuildDigest, now: datetime) -> datetime:
    return trigger(settings).get_next_fire_time(None, now)


def last_run(settings: GuildDigest, now: datetime) -> datetime:
    """The most recent scheduled time at or before `now`."""
    zone = ZoneInfo(settings.timezone)
    hour, minute = settings.hour_minute
    local = now.astimezone(zone)
    for back in (0, 1, 2):
        day = local.date() - timedelta(days=back)
        at = datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC).astimezone(zone)
        if at <= local:
            return at
    raise AssertionError("a daily time always falls within two days")


@dataclass
class DigestService:
    """Delivers one server's digest for one day, at most once, whatever else is running."""

    store: Store
    library: Library
    sender: Sender
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    grace: timedelta = DEFAULT_GRACE
    max_failures: int = MAX_FAILURES

    async def deliver(self, guild_id: int, day: date | None = None) -> str:
        """Claim the (server, day) row, compose, send, record; returns what happened."""
        settings = await self.store.get(guild_id)
        if settings is None or not settings.enabled:
            return "off"
        day = day or self.clock().astimezone(ZoneInfo(settings.timezone)).date()
        if not await self.store.claim(guild_id, day):
            return "already claimed"
        since = await self.store.last_sent(guild_id, day)
        reply = compose(self.library.index, day, since, skip_quiet=settings.skip_quiet)
        if reply is None:
            log.info("digest for guild %s on %s skipped: a quiet day", guild_id, day)
            await self.store.finish(guild_id, day, "quiet")
            return "quiet"
        try:
            message_id = await self.sender.send(settings.channel_id, reply)
        except ChannelUnavailable as exc:
            await self.store.finish(guild_id, day, "failed")
            updated = await self.store.record_failure(guild_id, str(exc), self.max_failures)
            stopped = updated is not None and not updated.enabled
            log.warning("digest for guild %s on %s not posted: %s%s", guild_id, day, exc,
                        "; giving up until an admin sets it again" if stopped else "")
            return "failed"
        await self.store.finish(guild_id, day, "sent", message_id)
        await self.store.record_success(guild_id)
        log.info("digest for guild %s on %s posted as message %s", guild_id, day, message_id)
        return "sent"

    async def catch_up(self, owns: Callable[[int], bool] = lambda guild_id: True) -> dict[int, str]:
        """After downtime: post a recently missed digest once; skip (and log) older ones."""
        now = self.clock()
        outcome: dict[int, str] = {}
        for settings in await self.store.all():
            if not settings.enabled or not owns(settings.guild_id):
                continue
            due = last_run(settings, now)
            day = due.date()
            if now - due <= self.grace:  # deliver() claims: a finished or fresh claim is left alone
                result = await self.deliver(settings.guild_id, day)
                if result != "already claimed":
                    outcome[settings.guild_id] = result
                continue
            if not await self.store.claimed(settings.guild_id, day):
                log.warning("digest for guild %s on %s skipped: missed by %s, more than the %s grace",
                            settings.guild_id, day, now - due, self.grace)
                outcome[settings.guild_id] = "skipped"
        return outcome


class DigestScheduler:
    """APScheduler jobs mirroring the settings table; one job per server, fixed ids."""

    def __init__(self, service: DigestService, owns: Callable[[int], bool] = lambda guild_id: True):
        self.service = service
        self.owns = owns  # with shards: only the servers on this replica's shards
        self.scheduler = AsyncIOScheduler(timezone=UTC)

    async def start(self) -> None:
        """Migrate, rebuild the jobs from the settings, start, then catch up. Needs a running loop."""
        await self.service.store.migrate()
        for settings in await self.service.store.all():
            self.schedule(settings)
        self.scheduler.start()
        await self.service.catch_up(self.owns)

    def schedule(self, settings: GuildDigest) -> None:
        job_id = f"digest-{settings.guild_id}"
        if not settings.enabled or not self.owns(settings.guild_id):
            self.unschedule(settings.guild_id)
            return
        self.scheduler.add_job(
            self.service.deliver, trigger(settings), args=[settings.guild_id], id=job_id, replace_existing=True,
            misfire_grace_time=int(self.service.grace.total_seconds()), coalesce=True,
        )

    def unschedule(self, guild_id: int) -> None:
        if self.scheduler.get_job(f"digest-{guild_id}"):
            self.scheduler.remove_job(f"digest-{guild_id}")

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

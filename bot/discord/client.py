"""The Discord client: settings and briefs in, the cog loaded, slash commands synced.

Dependencies are built by `run()` and passed in (discord.py's advanced_startup example);
the cog loads in `setup_hook`; a watcher reloads the briefs when a build replaces them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from datetime import timedelta

import aiohttp
import discord
from discord.ext import commands, tasks

from bot.config import Settings
from bot.discord.cog import BriefCog
from bot.discord.digest_cog import DigestCog, DiscordSender
from bot.discord.embeds import NO_MENTIONS
from bot.health import Heartbeat
from bot.lookup import Library
from bot.replies import COMMANDS
from bot.schedule import DigestScheduler, DigestService
from bot.store import Store, open_store

log = logging.getLogger(__name__)
WATCH_SECONDS = 5.0
HEARTBEAT_SECONDS = 20.0


class BriefBot(commands.Bot):
    """A commands.Bot that serves one Library of briefs."""

    def __init__(self, settings: Settings, library: Library, *, intents: discord.Intents | None = None,
                 store: Store | None = None, heartbeat: Heartbeat | None = None, **options: object):
        intents = intents or discord.Intents.default()
        intents.message_content = settings.bot.message_content
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.bot.prefix),
            intents=intents,
            help_command=None,
            allowed_mentions=NO_MENTIONS,
            owner_ids=set(settings.bot.owner_ids) or None,
            **options,
        )
        self.settings = settings
        self.library = library
        self.store = store
        self.heartbeat = heartbeat

    async def setup_hook(self) -> None:
        await self.add_cog(BriefCog(self))
        if self.store is not None:
            service = DigestService(self.store, self.library, DiscordSender(self),
                                    grace=timedelta(hours=self.settings.digest.grace_hours),
                                    max_failures=self.settings.digest.max_failures)
            await self.add_cog(DigestCog(self, service, DigestScheduler(service, owns=self.owns_guild)))
        if self.settings.bot.sync_on_start:
            log.info("synced %d slash commands", await self.sync_commands())
        if not self.settings.bot.message_content:
            log.warning("message-content intent is off: slash commands work; prefix commands answer only "
                        "when the bot is mentioned (@briefbot who lavrov)")
        self.watch_briefs.start()
        if self.heartbeat is not None:
            self.beat.start()

    def owns_guild(self, guild_id: int) -> bool:
        """Whether this process serves the guild: with shards, only those on its own shards."""
        count = getattr(self, "shard_count", None)
        if not count:
            return True
        mine = getattr(self, "shard_ids", None) or range(count)
        return (guild_id >> 22) % count in mine

    async def sync_commands(self) -> int:
        """Sync to the test guilds when configured (never also globally: that lists every command twice)."""
        guilds = self.settings.bot.test_guilds
        if not guilds:
            return len(await self.tree.sync())
        count = 0
        for guild_id in guilds:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            count = len(await self.tree.sync(guild=guild))
        return count

    async def on_ready(self) -> None:
        log.info("connected as %s to %d guilds", self.user, len(self.guilds))

    @tasks.loop(seconds=HEARTBEAT_SECONDS)
    async def beat(self) -> None:
        """Tell the health check whether the gateway is up."""
        await asyncio.to_thread(self.heartbeat.beat, self.is_ready() and not self.is_closed())

    @tasks.loop(seconds=WATCH_SECONDS)
    async def watch_briefs(self) -> None:
        if self.library.changed():
            await asyncio.to_thread(self.library.reload)

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        """Errors no cog handled: unknown commands get a suggestion when one is close."""
        if isinstance(error, commands.CommandNotFound):
            typed = ctx.invoked_with or ""
            close = [name for name in COMMANDS if _close(typed.lower(), name)]
            if close:
                await ctx.send(f"There is no {ctx.clean_prefix}{typed[:40]}. Did you mean {ctx.clean_prefix}{close[0]}?",
                               allowed_mentions=NO_MENTIONS)
            return
        if ctx.cog is None:
            log.error("unhandled command error", exc_info=getattr(error, "original", error))

    async def close(self) -> None:
        """Stop the watcher and the scheduler (cogs unload), close Discord, then the database."""
        self.watch_briefs.cancel()
        self.beat.cancel()
        for name in list(self.cogs):
            await self.remove_cog(name)
        await super().close()
        if self.store is not None:
            await self.store.close()


def _close(typed: str, name: str) -> bool:
    from rapidfuzz import fuzz

    return bool(typed) and fuzz.ratio(typed, name) >= 75


class ShardedBriefBot(BriefBot, commands.AutoShardedBot):
    """The same bot over several gateway shards, for a replica of a sharded deployment."""


def shard_options(env: dict[str, str]) -> dict[str, object] | None:
    """SHARD_COUNT (a number, or "auto") and SHARD_IDS ("0,1") from the environment; None: no sharding."""
    count = env.get("SHARD_COUNT", "").strip()
    if not count:
        return None
    options: dict[str, object] = {"shard_count": None if count == "auto" else int(count)}
    ids = env.get("SHARD_IDS", "").strip()
    if ids:
        options["shard_ids"] = [int(i) for i in ids.split(",")]
    return options


MAX_BACKOFF = 300.0


def run(settings: Settings, token: str) -> int:
    """Serve on Discord until stopped; SIGTERM (docker stop) closes cleanly and exits 0.

    With the network down, logging in is retried with a doubling delay (up to five minutes),
    while the heartbeat tells `python -m bot health` that the link is down.
    """
    heartbeat = Heartbeat(settings.data)
    store = open_store(settings.database, os.environ.get("DATABASE_URL"))
    shards = shard_options(dict(os.environ))
    if shards is None:
        bot: BriefBot = BriefBot(settings, Library(settings.briefs), store=store, heartbeat=heartbeat)
    else:
        bot = ShardedBriefBot(settings, Library(settings.briefs), store=store, heartbeat=heartbeat, **shards)
    try:
        asyncio.run(_serve(bot, token, heartbeat))
    except discord.LoginFailure:
        log.error("Discord refused the token in DISCORD_TOKEN; check it in the developer portal")
        return 1
    return 0


async def _serve(bot: BriefBot, token: str, heartbeat: Heartbeat) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def stop() -> None:
        log.info("stopping: finishing in-flight work")
        stopping.set()

    async def close_when_stopping() -> None:
        await stopping.wait()
        await bot.close()

    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop)
    closer = asyncio.create_task(close_when_stopping())
    async with bot:
        delay = 5.0
        while not stopping.is_set():
            heartbeat.beat(connected=False)
            try:
                await bot.login(token)
                break
            except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as exc:
                log.warning("cannot reach Discord (%s); trying again in %.0f s", type(exc).__name__, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stopping.wait(), delay)
                delay = min(delay * 2, MAX_BACKOFF)
        if not stopping.is_set():
            await bot.connect(reconnect=True)
    closer.cancel()

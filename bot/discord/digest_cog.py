"""`/digest set|status|preview|off`: per-server daily digests, for members with Manage Server."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import discord
from discord import app_commands
from discord.ext import commands

from bot.digest import compose
from bot.discord.embeds import NO_MENTIONS, reply_embeds
from bot.replies import Reply
from bot.schedule import ChannelUnavailable, DigestScheduler, DigestService, next_run
from bot.store import GuildDigest

if TYPE_CHECKING:
    from bot.discord.client import BriefBot

log = logging.getLogger(__name__)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class DiscordSender:
    """Posts digests through the gateway once the bot is ready."""

    def __init__(self, bot: commands.Bot):
        self.bot = bot

    async def send(self, channel_id: int, reply: Reply) -> int:
        await self.bot.wait_until_ready()
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except (discord.NotFound, discord.Forbidden) as exc:
                raise ChannelUnavailable(f"channel {channel_id} is gone or hidden from the bot") from exc
        try:
            message = await channel.send(embeds=reply_embeds(reply)[:10], allowed_mentions=NO_MENTIONS)
        except discord.Forbidden as exc:
            raise ChannelUnavailable(f"no permission to post in #{getattr(channel, 'name', channel_id)}") from exc
        except discord.NotFound as exc:
            raise ChannelUnavailable(f"channel {channel_id} no longer exists") from exc
        return message.id


def _can_post(channel: discord.abc.GuildChannel, me: discord.Member) -> bool:
    perms = channel.permissions_for(me)
    return perms.view_channel and perms.send_messages and perms.embed_links


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DigestCog(commands.GroupCog, name="Digest", group_name="digest", group_description="This server's daily digest"):
    """Settings live in the store; this cog validates them and keeps the scheduler in step."""

    def __init__(self, bot: BriefBot, service: DigestService, scheduler: DigestScheduler):
        self.bot = bot
        self.service = service
        self.scheduler = scheduler
        super().__init__()

    async def cog_load(self) -> None:
        await self.scheduler.start()

    async def cog_unload(self) -> None:
        self.scheduler.shutdown()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Discord's default permission can be changed by a server; we check Manage Server ourselves."""
        if interaction.guild is None or not interaction.permissions.manage_guild:
            await interaction.response.send_message("Only members with **Manage Server** can change the digest.",
                                                    ephemeral=True, allowed_mentions=NO_MENTIONS)
            return False
        return True

    @app_commands.command(name="set", description="Post a daily digest to a channel at a local time")
    @app_commands.describe(channel="where to post", time="local time, 24h, e.g. 08:00",
                           timezone="IANA time zone, e.g. Europe/Berlin", quiet_days="post on days with nothing new?")
    @app_commands.choices(quiet_days=[app_commands.Choice(name="post an overview", value="post"),
                                      app_commands.Choice(name="skip them", value="skip")])
    async def set_(self, interaction: discord.Interaction, channel: discord.TextChannel, time: str = "",
                   timezone: str = "", quiet_days: str = "post") -> None:
        defaults = self.bot.settings.digest
        time, timezone = time or defaults.default_time, timezone or defaults.default_timezone
        problem = self._problem(interaction, channel, time, timezone)
        if problem:
            await interaction.response.send_message(problem, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        hour, minute = _TIME.match(time.strip()).groups()
        settings = GuildDigest(interaction.guild_id, channel.id, f"{int(hour):02d}:{minute}", timezone,
                               skip_quiet=quiet_days == "skip")
        await self.service.store.save(settings)
        self.scheduler.schedule(settings)
        when = next_run(settings, datetime.now(UTC)).astimezone(ZoneInfo(timezone))
        await interaction.response.send_message(
            f"Daily digest set: {channel.mention} at {settings.time} {timezone}. Next: {when:%Y-%m-%d %H:%M %Z}.",
            ephemeral=True, allowed_mentions=NO_MENTIONS)

    def _problem(self, interaction: discord.Interaction, channel: discord.TextChannel, time: str, timezone: str) -> str:
        if not _TIME.match(time.strip()):
            return f"“{time[:20]}” is not a time. Use 24-hour HH:MM, e.g. 08:00."
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return f"“{timezone[:60]}” is not a time zone. Use an IANA name such as Europe/Berlin or America/New_York."
        me = interaction.guild.me if interaction.guild else None
        if me is None or not _can_post(channel, me):
            return f"I can't post in {channel.mention}: I need View Channel, Send Messages and Embed Links there."
        return ""

    @set_.autocomplete("timezone")
    async def zones(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        typed = current.lower().replace(" ", "_")
        names = sorted(z for z in available_timezones() if typed in z.lower())
        return [app_commands.Choice(name=z, value=z) for z in names[:25]]

    @app_commands.command(name="status", description="This server's digest settings and next run")
    async def status(self, interaction: discord.Interaction) -> None:
        settings = await self.service.store.get(interaction.guild_id)
        if settings is None:
            text = "No digest is set. Use /digest set."
        else:
            zone = ZoneInfo(settings.timezone)
            state = "on" if settings.enabled else "off"
            text = (f"Digest is **{state}**: <#{settings.channel_id}> at {settings.time} {settings.timezone}"
                    f" ({'skipping' if settings.skip_quiet else 'posting on'} quiet days).")
            if settings.enabled:
                text += f"\nNext run: {next_run(settings, datetime.now(UTC)).astimezone(zone):%Y-%m-%d %H:%M %Z}."
            if settings.last_error:
                text += (f"\n⚠ Last delivery failed ({settings.failures} in a row): {settings.last_error}."
                         + ("" if settings.enabled else " Delivery stopped; fix the channel and /digest set again."))
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="preview", description="Today's digest, shown only to you")
    async def preview(self, interaction: discord.Interaction) -> None:
        settings = await self.service.store.get(interaction.guild_id)
        zone = ZoneInfo(settings.timezone) if settings else UTC
        today = datetime.now(UTC).astimezone(zone).date()
        since = await self.service.store.last_sent(interaction.guild_id, today)
        reply = compose(self.bot.library.index, today, since)
        await interaction.response.send_message(embeds=reply_embeds(reply)[:10], ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="off", description="Stop posting the daily digest")
    async def off(self, interaction: discord.Interaction) -> None:
        settings = await self.service.store.get(interaction.guild_id)
        if settings is not None:
            await self.service.store.save(GuildDigest(settings.guild_id, settings.channel_id, settings.time,
                                                      settings.timezone, settings.skip_quiet, enabled=False))
        self.scheduler.unschedule(interaction.guild_id)
        await interaction.response.send_message("Daily digest is off. /digest set turns it back on.",
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)

"""The briefing commands, each defined once and served as `!name` and `/name`.

Every command reads the library's current index once, asks replies.py what to say, and
sends it with mentions disabled. What a command says lives in replies.py; how it is
called (options, autocomplete, cooldown, paging) lives here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot import replies
from bot.discord.embeds import NO_MENTIONS, reply_embeds
from bot.discord.views import Pager

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.discord.client import BriefBot
    from bot.lookup import Index

T = TypeVar("T")

log = logging.getLogger(__name__)


def _cooldown(ctx: commands.Context) -> commands.Cooldown:
    """Per-user rate limit from config.yaml, so one user cannot flood a channel."""
    settings = ctx.bot.settings.bot
    return commands.Cooldown(settings.cooldown_rate, settings.cooldown_seconds)


def per_user_cooldown() -> Callable[[T], T]:
    return commands.dynamic_cooldown(_cooldown, commands.BucketType.user)


class TimelineFilters(commands.FlagConverter, delimiter=":", prefix=""):
    """`!timeline lavrov from:2018-08 to:2018-09` and `/timeline about:lavrov from:2018-08`."""

    about: str = commands.flag(default="", positional=True, description="an actor, a topic or a year")
    start: str = commands.flag(name="from", default="", description="first month or day, e.g. 2018-08")
    end: str = commands.flag(name="to", default="", description="last month or day, e.g. 2018-09")

    def args(self) -> list[str]:
        out = replies.split_args(self.about)
        out += [f"from:{self.start}"] if self.start else []
        out += [f"to:{self.end}"] if self.end else []
        return out


class BriefCog(commands.Cog, name="Briefing"):
    """Actors, timeline, figures, topics and sources from the built briefs."""

    def __init__(self, bot: BriefBot):
        self.bot = bot

    @property
    def index(self) -> Index:
        return self.bot.library.index

    async def answer(self, ctx: commands.Context, reply: replies.Reply, *, heavy: bool = False) -> None:
        """Send a reply: one embed, or the first page with buttons to page through the rest."""
        if heavy and ctx.interaction is not None and not ctx.interaction.response.is_done():
            await ctx.defer()
        embeds = reply_embeds(reply)
        if len(embeds) == 1:
            await ctx.send(embed=embeds[0], allowed_mentions=NO_MENTIONS, ephemeral=reply.ephemeral)
            return
        view = Pager(embeds, ctx.author.id)
        view.message = await ctx.send(embed=embeds[0], view=view, allowed_mentions=NO_MENTIONS,
                                      ephemeral=reply.ephemeral)

    # ------------------------------------------------------------------ commands

    @commands.hybrid_command(name="who", description="An actor's card, or the list of actors")
    @app_commands.describe(name="a name, surname or acronym; leave empty for the list")
    @per_user_cooldown()
    async def who(self, ctx: commands.Context, *, name: str = "") -> None:
        await self.answer(ctx, replies.who(self.index, replies.split_args(name)))

    @who.autocomplete("name")
    async def who_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(self.index.complete_actor(current))

    @commands.hybrid_command(name="timeline", description="Dated events, oldest first, with sources")
    @per_user_cooldown()
    async def timeline(self, ctx: commands.Context, *, filters: TimelineFilters) -> None:
        await self.answer(ctx, replies.timeline(self.index, filters.args()), heavy=True)

    @commands.hybrid_command(name="figures", description="Key figures; disputed ones first")
    @app_commands.describe(words="only quantities whose text has these words")
    @per_user_cooldown()
    async def figures(self, ctx: commands.Context, *, words: str = "") -> None:
        await self.answer(ctx, replies.figures(self.index, replies.split_args(words)), heavy=True)

    @commands.hybrid_command(name="topic", description="A subject's summary, actors, figures and events")
    @app_commands.describe(name="a topic; leave empty for the list")
    @per_user_cooldown()
    async def topic(self, ctx: commands.Context, *, name: str = "") -> None:
        await self.answer(ctx, replies.topic(self.index, replies.split_args(name)))

    @topic.autocomplete("name")
    async def topic_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(self.index.complete_topic(current))

    @commands.hybrid_command(name="sources", description="The articles behind the briefs")
    @per_user_cooldown()
    async def sources(self, ctx: commands.Context) -> None:
        await self.answer(ctx, replies.sources(self.index, []))

    @commands.hybrid_command(name="search", description="Facts whose text has all the words")
    @app_commands.describe(words="words to look for")
    @per_user_cooldown()
    async def search(self, ctx: commands.Context, *, words: str) -> None:
        await self.answer(ctx, replies.search(self.index, replies.split_args(words)), heavy=True)

    @commands.hybrid_command(name="brief", description="One screen: who matters, latest events, disputed figures")
    @per_user_cooldown()
    async def brief(self, ctx: commands.Context) -> None:
        await self.answer(ctx, replies.brief(self.index, []), heavy=True)

    @commands.hybrid_command(name="about", description="Corpus size, build time and version")
    @per_user_cooldown()
    async def about(self, ctx: commands.Context) -> None:
        await self.answer(ctx, replies.about(self.index, []))

    @commands.hybrid_command(name="help", description="What briefbot can answer")
    @app_commands.describe(command="a command to explain")
    @per_user_cooldown()
    async def help(self, ctx: commands.Context, command: str = "") -> None:
        await self.answer(ctx, replies.help_(self.index, [command] if command else []))

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync(self, ctx: commands.Context) -> None:
        """Owner only: publish the slash commands (to the test guilds when configured)."""
        count = await self.bot.sync_commands()
        await ctx.send(f"Synced {count} slash commands.", allowed_mentions=NO_MENTIONS)

    @commands.command(name="reload", hidden=True)
    @commands.is_owner()
    async def reload(self, ctx: commands.Context) -> None:
        """Owner only: load the briefs again now instead of waiting for the watcher."""
        ok = self.bot.library.reload()
        text = "Briefs reloaded." if ok else "The new briefs do not load; still serving the previous ones (see the log)."
        await ctx.send(text, allowed_mentions=NO_MENTIONS)

    # ------------------------------------------------------------------ errors

    async def cog_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        """One place for every command's errors: mistakes get usage, the unexpected gets logged."""
        original = getattr(error, "original", error)
        if isinstance(error, commands.CommandOnCooldown):
            text = f"Easy there: try again in {error.retry_after:.0f} s."
        elif isinstance(error, commands.UserInputError):
            name = ctx.command.name if ctx.command else ""
            usage = replies.COMMANDS[name][1] if name in replies.COMMANDS else f"{ctx.clean_prefix}{name}"
            text = f"{_first_line(error)}\nUsage: {usage}"
        elif isinstance(error, commands.CheckFailure):
            text = "Only the bot's owner can do that."
        else:
            log.error("command %r failed for user %s in guild %s (text %r)", ctx.command and ctx.command.qualified_name,
                      ctx.author.id, ctx.guild and ctx.guild.id, ctx.message.content if ctx.message else "",
                      exc_info=original)
            text = "Sorry, something went wrong answering that. It has been logged."
        await ctx.send(embed=discord.Embed(description=text, colour=discord.Colour.orange()),
                       allowed_mentions=NO_MENTIONS, ephemeral=True)


def _choices(names: list[str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices; Discord caps a choice's name and value at 100 characters."""
    return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names]


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else "That did not parse."

"""Prefix commands through discord.py's own message path (dpytest), with a real commands.Bot."""

from __future__ import annotations

import discord.ext.test as dpytest
import pytest
from discord.ext import commands

EMBED_LIMITS = {"title": 256, "description": 4096, "total": 6000}


def _text(embed) -> str:
    parts = [embed.title or "", embed.description or ""] + [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def _within_limits(embed) -> bool:
    total = len(embed.title or "") + len(embed.description or "") + sum(len(f.name) + len(f.value) for f in embed.fields)
    return (len(embed.title or "") <= 256 and len(embed.description or "") <= 4096 and len(embed.fields) <= 25
            and all(len(f.value) <= 1024 for f in embed.fields) and total <= 6000)


@pytest.mark.asyncio
async def test_who_answers_with_the_card_and_its_sources(bot) -> None:
    await dpytest.message("!who demistura")
    message = dpytest.get_message()
    embed = message.embeds[0]
    assert embed.title == "Staffan de Mistura"
    text = _text(embed)
    assert "Special Envoy" in text
    assert "Sources" in [f.name for f in embed.fields]
    assert _within_limits(embed)


@pytest.mark.asyncio
async def test_replies_never_ping(bot, sent) -> None:
    await dpytest.message("!who @everyone")
    dpytest.get_message()
    assert sent[-1]["allowed_mentions"]["parse"] == []
    assert not sent[-1]["allowed_mentions"].get("replied_user")


@pytest.mark.asyncio
async def test_unknown_name_suggests_close_ones(bot) -> None:
    await dpytest.message("!who lavrof")
    assert "Sergey Lavrov" in _text(dpytest.get_embed())
    await dpytest.message("!who zzzqqq")
    assert "No such actor" in _text(dpytest.get_embed())


@pytest.mark.asyncio
async def test_timeline_filters_by_actor_and_range(bot) -> None:
    await dpytest.message("!timeline lavrov")
    embed = dpytest.get_embed()
    assert embed.title == "Timeline: Sergey Lavrov"
    assert "2016-10-07" in embed.description
    await dpytest.message("!timeline from:2018-09 to:2018-09")
    assert all(line.startswith("2018-09") for line in dpytest.get_embed().description.splitlines())


@pytest.mark.asyncio
async def test_long_replies_are_paged_with_buttons(bot, sent) -> None:
    await dpytest.message("!figures")
    message = dpytest.get_message()
    assert "page 1/" in message.embeds[0].footer.text
    labels = [c["label"] for row in sent[-1]["components"] for c in row["components"]]
    assert labels == ["◀ Previous", "Next ▶"]


@pytest.mark.asyncio
async def test_bad_timeline_range_gets_usage(bot) -> None:
    await dpytest.message("!timeline from:yesterday")
    assert "Usage: !timeline" in dpytest.get_embed().description


@pytest.mark.asyncio
async def test_cooldown_stops_a_flood(bot) -> None:
    bot.settings = bot.settings.__class__(briefs=bot.settings.briefs, bot=bot.settings.bot.__class__(
        sync_on_start=False, cooldown_rate=1, cooldown_seconds=60.0))
    await dpytest.message("!about")
    dpytest.get_message()
    with pytest.raises(commands.CommandOnCooldown):
        await dpytest.message("!about")
    assert "try again in" in dpytest.get_embed().description


@pytest.mark.asyncio
async def test_owner_commands_refuse_others(bot) -> None:
    with pytest.raises(commands.NotOwner):
        await dpytest.message("!reload")
    assert "owner" in dpytest.get_embed().description


@pytest.mark.asyncio
async def test_every_command_has_help_and_no_names_collide(bot) -> None:
    names: list[str] = []
    for command in bot.walk_commands():
        names += [command.name, *command.aliases]
        assert command.help or command.description or command.hidden, command.name
    assert len(names) == len(set(names))


def test_sharding_comes_from_the_environment_and_splits_guilds() -> None:
    from bot.discord.client import shard_options

    assert shard_options({}) is None
    assert shard_options({"SHARD_COUNT": "auto"}) == {"shard_count": None}
    assert shard_options({"SHARD_COUNT": "4", "SHARD_IDS": "0,1"}) == {"shard_count": 4, "shard_ids": [0, 1]}


@pytest.mark.asyncio
async def test_a_replica_owns_only_the_guilds_on_its_shards(bot) -> None:
    assert bot.owns_guild(123)  # unsharded: every guild
    bot.shard_count, bot.shard_ids = 4, [1]
    guild_on_shard_1 = (1 << 22) * 5  # (id >> 22) % 4 == 1
    assert bot.owns_guild(guild_on_shard_1)
    assert not bot.owns_guild(guild_on_shard_1 + (1 << 22))

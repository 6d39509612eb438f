"""`/digest` through its real app-command callbacks: who may set it, what it stores, what it shows."""

from __future__ import annotations

import discord.ext.test as dpytest
import pytest

from tests.discord.conftest import interaction

MANAGE_GUILD = 1 << 5


def _text(http) -> str:
    data = http.responses()[-1]["data"]
    return data.get("content") or data["embeds"][0].get("description", "")


@pytest.mark.asyncio
async def test_an_admin_sets_the_digest_and_sees_its_next_run(bot, http) -> None:
    channel = dpytest.get_config().channels[0]
    await bot.tree._call(interaction(bot, "digest set", permissions=MANAGE_GUILD, channel=channel,
                                     time="8:00", timezone="Europe/Berlin"))
    assert "Daily digest set" in _text(http) and "08:00 Europe/Berlin" in _text(http)
    assert http.responses()[-1]["data"]["flags"] & 64  # only the admin sees it
    saved = await bot.store.get(channel.guild.id)
    assert (saved.channel_id, saved.time, saved.timezone, saved.enabled) == (channel.id, "08:00", "Europe/Berlin", True)
    assert bot.get_cog("Digest").scheduler.scheduler.get_job(f"digest-{channel.guild.id}") is not None

    await bot.tree._call(interaction(bot, "digest status", permissions=MANAGE_GUILD))
    assert "Next run:" in _text(http) and ("CET" in _text(http) or "CEST" in _text(http))


@pytest.mark.asyncio
async def test_members_without_manage_server_are_refused(bot, http) -> None:
    channel = dpytest.get_config().channels[0]
    await bot.tree._call(interaction(bot, "digest set", permissions=0, channel=channel, time="08:00"))
    assert "Manage Server" in _text(http)
    assert await bot.store.get(channel.guild.id) is None


@pytest.mark.asyncio
async def test_bad_time_and_zone_are_explained(bot, http) -> None:
    channel = dpytest.get_config().channels[0]
    await bot.tree._call(interaction(bot, "digest set", permissions=MANAGE_GUILD, channel=channel, time="25:99"))
    assert "not a time" in _text(http)
    await bot.tree._call(interaction(bot, "digest set", permissions=MANAGE_GUILD, channel=channel, time="08:00",
                                     timezone="Mars/Olympus"))
    assert "not a time zone" in _text(http)


@pytest.mark.asyncio
async def test_preview_is_shown_to_the_admin_alone(bot, http) -> None:
    await bot.tree._call(interaction(bot, "digest preview", permissions=MANAGE_GUILD))
    body = http.responses()[-1]
    assert body["data"]["flags"] & 64
    assert body["data"]["embeds"][0]["title"].startswith("Daily digest")


@pytest.mark.asyncio
async def test_off_stops_the_job(bot, http) -> None:
    channel = dpytest.get_config().channels[0]
    await bot.tree._call(interaction(bot, "digest set", permissions=MANAGE_GUILD, channel=channel, time="08:00"))
    await bot.tree._call(interaction(bot, "digest off", permissions=MANAGE_GUILD))
    assert not (await bot.store.get(channel.guild.id)).enabled
    assert bot.get_cog("Digest").scheduler.scheduler.get_job(f"digest-{channel.guild.id}") is None
    await bot.tree._call(interaction(bot, "digest status", permissions=MANAGE_GUILD))
    assert "**off**" in _text(http)

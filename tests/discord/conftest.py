"""A real BriefBot over the seed briefs, driven through discord.py's own code paths.

Prefix commands go through dpytest's fake gateway. Slash commands, autocomplete and buttons
go through real `Interaction` objects built from payloads, the way discord.py's own
tests/test_app_commands_invoke.py does, with only the HTTP edge (the webhook adapter's
`request`) replaced by a recorder.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.webhook.async_ import AsyncWebhookAdapter

from bot.config import BotSettings, Settings
from bot.discord.client import BriefBot
from bot.lookup import Library
from bot.store import SQLiteStore

OWNER_ID = 4242
_ids = itertools.count(1000)


def make_settings(briefs: Path, **bot: Any) -> Settings:
    base = BotSettings(sync_on_start=False, cooldown_rate=100, cooldown_seconds=1.0, owner_ids=(OWNER_ID,))
    return Settings(briefs=briefs, bot=replace(base, **bot))


@pytest_asyncio.fixture
async def bot(seed_briefs: Path, tmp_path: Path):
    intents = discord.Intents.default()
    intents.members = True
    intents.message_content = True
    store = SQLiteStore(tmp_path / "state.sqlite3")
    client = BriefBot(make_settings(seed_briefs), Library(seed_briefs), intents=intents, store=store)
    await client._async_setup_hook()  # the event loop, as login() would
    await client.setup_hook()  # our own: loads the cogs, starts the scheduler
    dpytest.configure(client, members=2)
    yield client
    client.watch_briefs.cancel()
    for name in list(client.cogs):
        await client.remove_cog(name)
    await store.close()
    await dpytest.empty_queue()


@pytest.fixture
def sent(bot, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The payloads of messages the bot sends on the prefix path, as Discord would receive them."""
    payloads: list[dict[str, Any]] = []
    original = bot.http.send_message

    async def spy(channel_id: int, *, params: Any) -> Any:
        channel = bot.get_channel(channel_id)  # noqa: F841 - dpytest reads its caller's `channel`
        payloads.append(params.payload)
        return await original(channel_id, params=params)

    monkeypatch.setattr(bot.http, "send_message", spy)
    return payloads


class Recorder:
    """Stands in for Discord's HTTP API under interactions: remembers what was sent."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.message_ids: list[int] = []

    async def request(self, route: Any, session: Any = None, *, payload: Any = None, multipart: Any = None,
                      **kwargs: Any) -> Any:
        body = payload
        if multipart:
            body = next((p["value"] for p in multipart if p.get("name") == "payload_json"), None)
            body = discord.utils._from_json(body) if isinstance(body, str) else body
        self.calls.append({"method": route.method, "path": route.path, "body": body or {}})
        message = {"id": str(next(_ids)), "channel_id": "1", "content": "", "embeds": [], "attachments": [],
                   "author": {"id": "1", "username": "briefbot", "discriminator": "0", "avatar": None},
                   "timestamp": "2026-11-22T00:00:00+00:00", "edited_timestamp": None, "tts": False,
                   "mention_everyone": False, "mentions": [], "mention_roles": [], "pinned": False, "type": 0}
        self.message_ids.append(int(message["id"]))
        if route.path.endswith("/callback"):
            return {"interaction": {"id": "1", "type": 2, "response_message_id": message["id"]},
                    "resource": {"type": 4, "message": message}}
        return message

    def responses(self) -> list[dict[str, Any]]:
        return [c["body"] for c in self.calls]

    def embeds(self) -> list[dict[str, Any]]:
        out = []
        for body in self.responses():
            data = body.get("data", body)
            out += data.get("embeds", []) if isinstance(data, dict) else []
        return out


@pytest.fixture
def http(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(AsyncWebhookAdapter, "request", recorder.request)
    return recorder


def _fresh_id() -> int:
    """A snowflake of now: an interaction older than 15 minutes counts as expired."""
    return discord.utils.time_snowflake(discord.utils.utcnow()) + next(_ids)


def _options(values: dict[str, Any], focused: str | None) -> list[dict[str, Any]]:
    out = []
    for name, value in values.items():
        kind = discord.AppCommandOptionType.channel.value if isinstance(value, discord.abc.GuildChannel) \
            else discord.AppCommandOptionType.string.value
        out.append({"type": kind, "name": name, "value": str(value.id) if kind == 7 else value,
                    **({"focused": True} if name == focused else {})})
    return out


def _payload(client: discord.Client, kind: int, user_id: int, permissions: int, data: dict[str, Any]) -> dict[str, Any]:
    """An interaction payload from a member of the test guild, in its first channel."""
    guild = dpytest.get_config().guilds[0]
    channel = dpytest.get_config().channels[0]
    return {
        "id": str(_fresh_id()), "application_id": str(client.application_id or 1), "token": "t", "version": 1,
        "type": kind, "guild_id": str(guild.id), "channel_id": str(channel.id),
        "channel": {"id": str(channel.id), "type": 0, "guild_id": str(guild.id), "name": channel.name, "position": 0},
        "member": {"user": {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None},
                   "roles": [], "joined_at": "2026-01-01T00:00:00+00:00", "deaf": False, "mute": False,
                   "permissions": str(permissions), "flags": 0},
        "data": data, "locale": "en-US", "guild_locale": "en-US", "app_permissions": "2147483647",
        "attachment_size_limit": 8388608,
    }


def interaction(client: discord.Client, name: str, /, *, user_id: int = 1, kind: int = 2,
                focused: str | None = None, permissions: int = 2147483647, **options: Any) -> discord.Interaction:
    """An application-command (kind 2) or autocomplete (kind 4) interaction from a guild member.

    `name` may be "group sub" ("digest set"); channel options are passed as channel objects.
    """
    parts = name.split()
    command = client.tree.get_command(parts[0])
    assert command is not None, f"no slash command /{parts[0]}"
    guild = dpytest.get_config().guilds[0]
    opts = _options(options, focused)
    if len(parts) == 2:
        opts = [{"type": discord.AppCommandOptionType.subcommand.value, "name": parts[1], "options": opts}]
    resolved = {"channels": {str(v.id): {"id": str(v.id), "type": 0, "name": v.name, "permissions": "2147483647",
                                         "guild_id": str(guild.id), "position": 0}
                             for v in options.values() if isinstance(v, discord.abc.GuildChannel)}}
    data = {"id": str(hash(command)), "name": parts[0], "type": 1, "options": opts, "resolved": resolved}
    return discord.Interaction(data=_payload(client, kind, user_id, permissions, data), state=client._connection)


def button_interaction(client: discord.Client, message_id: int, custom_id: str, *, user_id: int = 1) -> discord.Interaction:
    """A click on one of the bot's buttons under message `message_id`."""
    payload = _payload(client, 3, user_id, 2147483647, {"custom_id": custom_id, "component_type": 2})
    payload["message"] = {
        "id": str(message_id), "channel_id": payload["channel_id"], "content": "", "embeds": [], "attachments": [],
        "author": {"id": "1", "username": "briefbot", "discriminator": "0", "avatar": None},
        "timestamp": "2026-11-22T00:00:00+00:00", "edited_timestamp": None, "tts": False,
        "mention_everyone": False, "mentions": [], "mention_roles": [], "pinned": False, "type": 0,
    }
    return discord.Interaction(data=payload, state=client._connection)

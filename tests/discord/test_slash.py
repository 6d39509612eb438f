"""Slash commands, autocomplete and paging buttons through real Interaction objects."""

from __future__ import annotations

import asyncio

import pytest

from tests.discord.conftest import button_interaction, interaction


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_slash_who_gives_the_same_card_as_the_prefix_command(bot, http) -> None:
    await bot.tree._call(interaction(bot, "who", name="demistura"))
    body = http.responses()[0]
    assert body["type"] == 4  # a message in reply
    embed = body["data"]["embeds"][0]
    assert embed["title"] == "Staffan de Mistura"
    assert body["data"]["allowed_mentions"]["parse"] == []


@pytest.mark.asyncio
async def test_autocomplete_offers_matching_actor_names(bot, http) -> None:
    await bot.tree._call(interaction(bot, "who", kind=4, focused="name", name="mist"))
    body = http.responses()[0]
    assert body["type"] == 8  # autocomplete result
    names = [c["name"] for c in body["data"]["choices"]]
    assert names[0] == "Staffan de Mistura"
    assert len(names) <= 25


@pytest.mark.asyncio
async def test_slash_timeline_takes_from_and_to(bot, http) -> None:
    await bot.tree._call(interaction(bot, "timeline", **{"from": "2018-09", "to": "2018-09"}))
    lines = http.embeds()[0]["description"].splitlines()
    assert lines and all(line.startswith("2018-09") for line in lines)


@pytest.mark.asyncio
async def test_slow_commands_defer_first(bot, http) -> None:
    await bot.tree._call(interaction(bot, "figures"))
    assert http.responses()[0]["type"] == 5  # deferred: "briefbot is thinking…"
    assert http.embeds()[0]["title"] == "Figures"


@pytest.mark.asyncio
async def test_only_the_invoker_can_page_and_pages_turn(bot, http) -> None:
    await bot.tree._call(interaction(bot, "figures", user_id=7))
    await _settle()
    sent = http.responses()[-1]
    buttons = [c for row in sent["components"] for c in row["components"]]
    next_id = next(b["custom_id"] for b in buttons if b["label"] == "Next ▶")
    message_id = http.message_ids[-1]

    bot._connection._view_store.dispatch_view(2, next_id, button_interaction(bot, message_id, next_id, user_id=99))
    await _settle()
    refusal = http.responses()[-1]
    assert refusal["data"]["flags"] & 64  # ephemeral
    assert "Only the person who asked" in refusal["data"]["content"]

    bot._connection._view_store.dispatch_view(2, next_id, button_interaction(bot, message_id, next_id, user_id=7))
    await _settle()
    update = http.responses()[-1]
    assert update["type"] == 7  # the message is edited in place
    assert "page 2/" in update["data"]["embeds"][0]["footer"]["text"]


@pytest.mark.asyncio
async def test_bad_option_gets_a_usage_line_not_a_traceback(bot, http) -> None:
    await bot.tree._call(interaction(bot, "timeline", **{"from": "yesterday"}))
    text = http.embeds()[-1]["description"]
    assert "Usage: !timeline" in text
    assert "Traceback" not in text


@pytest.mark.asyncio
async def test_buttons_go_grey_when_the_view_times_out(bot, http) -> None:
    await bot.tree._call(interaction(bot, "timeline", user_id=7))
    await _settle()
    view = bot._connection._view_store._synced_message_views[http.message_ids[-1]]
    await view.on_timeout()
    edit = http.calls[-1]
    assert edit["method"] == "PATCH"
    buttons = [c for row in edit["body"]["components"] for c in row["components"]]
    assert buttons and all(b["disabled"] for b in buttons)

"""Neutral replies → discord.Embed. Pages are already cut to Discord's limits by replies.py."""

from __future__ import annotations

import discord

from bot.replies import Page, Reply

NO_MENTIONS = discord.AllowedMentions.none()
COLOUR = discord.Colour.dark_teal()


def page_embed(page: Page) -> discord.Embed:
    embed = discord.Embed(title=page.title, description=page.description or None, colour=COLOUR)
    for field in page.fields:
        embed.add_field(name=field.name, value=field.value, inline=False)
    if page.footer:
        embed.set_footer(text=page.footer)
    return embed


def reply_embeds(reply: Reply) -> list[discord.Embed]:
    return [page_embed(p) for p in reply.pages]

"""Previous / next buttons over a paged reply; only the person who asked can page."""

from __future__ import annotations

import contextlib

import discord

from bot.discord.embeds import NO_MENTIONS

PAGER_TIMEOUT = 180.0


class Pager(discord.ui.View):
    """Shows one embed of several; the buttons step through them and go grey on timeout."""

    def __init__(self, pages: list[discord.Embed], owner_id: int, timeout: float = PAGER_TIMEOUT):
        super().__init__(timeout=timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.current = 0
        self.message: discord.Message | None = None
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.current == 0
        self.next.disabled = self.current >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can turn these pages; ask the bot yourself to get your own copy.",
            ephemeral=True, allowed_mentions=NO_MENTIONS,
        )
        return False

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.current = max(0, min(len(self.pages) - 1, self.current + step))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.current], view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, 1)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            # the message may be gone or no longer ours to edit: then there is nothing to grey out
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)

"""The only package that imports discord.py: the client, the cog, embeds and paging views."""

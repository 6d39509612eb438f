"""briefbot: news articles in, fact cards out, served on Discord."""

__version__ = "0.1.0"

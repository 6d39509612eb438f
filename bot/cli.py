"""The command line: argument parsing only; the work is in build, replies and the bot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from bot import cards
from bot.config import DEFAULT_CONFIG, ConfigError, Settings, load_settings
from bot.corpus import CorpusError

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description="News articles in, fact cards out, served on Discord.")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="settings file (default: config.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the briefs from the corpus")
    b.add_argument("--corpus", type=Path, help="folder of articles (default from config: seeds/)")
    b.add_argument("--out", type=Path, help="folder for the briefs (default from config: briefs/)")
    a = sub.add_parser("ask", help="print what the bot would reply to one message")
    a.add_argument("--briefs", type=Path, help="briefs folder (default from config)")
    a.add_argument("text", nargs="+", help='the message, e.g. "!who demistura"')
    c = sub.add_parser("console", help="a local prompt serving the bot's commands, no Discord needed")
    c.add_argument("--briefs", type=Path)
    sub.add_parser("run", help="serve on Discord with DISCORD_TOKEN; without it, the console")
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    handler = {"build": _build, "ask": _ask, "console": _console, "run": _run}[args.command]
    return handler(args, settings)


def _build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.build import build

    corpus = args.corpus or settings.corpus
    out = args.out or settings.briefs
    try:
        result = build(corpus, out, settings.cache, settings.curation)
    except CorpusError as exc:
        print(f"briefbot build: {exc}", file=sys.stderr)
        return 1
    print(f"built {out}: {result.articles} articles, {result.actors} actors, {result.events} events, "
          f"{result.figures} figures, {result.topics} topics ({result.reused} articles from cache)")
    return 0


def _load(path: Path):
    from bot.lookup import load_index

    return load_index(path)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.replies import dispatch, to_text

    try:
        index = _load(args.briefs or settings.briefs)
    except cards.CardError as exc:
        print(f"briefbot: the briefs cannot be loaded: {exc}")
        return 0
    sys.stdout.write(to_text(dispatch(index, " ".join(args.text), settings.bot.prefix)))
    return 0


def _console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.replies import dispatch, to_text

    try:
        index = _load(getattr(args, "briefs", None) or settings.briefs)
    except cards.CardError as exc:
        print(f"briefbot: the briefs cannot be loaded: {exc}", file=sys.stderr)
        return 1
    prefix = settings.bot.prefix
    print(f"briefbot console: {len(index.briefs.actors)} actors from {len(index.briefs.sources)} articles. "
          f"Type {prefix}help, or quit.")
    for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("> "), None):
        text = line.strip()
        if text.lower() in ("quit", "exit"):
            break
        if text:
            sys.stdout.write(to_text(dispatch(index, text, prefix)) + "\n")
            sys.stdout.flush()
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.discord.client import run

    try:
        return run(settings)
    except cards.CardError as exc:
        print(f"briefbot run: the briefs cannot be loaded: {exc}", file=sys.stderr)
        return 1

"""The command line: argument parsing only; the work is in build, replies and the bot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot import cards
from bot.config import DEFAULT_CONFIG, ConfigError, Settings, load_settings
from bot.corpus import CorpusError

if TYPE_CHECKING:
    from bot.lookup import Index  # imported late at run time: `build` needs none of the bot

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description="News articles in, fact cards out, served on Discord.")
    parser.add_argument("--config", type=Path, default=Path(os.environ.get("BRIEFBOT_CONFIG", DEFAULT_CONFIG)),
                        help="settings file (default: $BRIEFBOT_CONFIG or config.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the briefs from the corpus")
    b.add_argument("--corpus", type=Path, help="folder of articles (default from config: seeds/)")
    b.add_argument("--out", type=Path, help="folder for the briefs (default from config: briefs/)")
    a = sub.add_parser("ask", help="print what the bot would reply to one message")
    a.add_argument("--briefs", type=Path, help="briefs folder (default from config)")
    a.add_argument("text", nargs="+", help='the message, e.g. "!who demistura"')
    c = sub.add_parser("console", help="a local prompt serving the bot's commands, no Discord needed")
    c.add_argument("--briefs", type=Path)
    sub.add_parser("run", help="serve on Discord with DISCORD_TOKEN")
    sub.add_parser("health", help="exit 0 when the briefs load, the database writes and Discord is connected")
    d = sub.add_parser("digest", help="compose a daily digest from the briefs")
    d.add_argument("--print", action="store_true", required=True, help="print it as text")
    d.add_argument("--date", type=_iso_date, help="the day to compose for (default: today, UTC)")
    d.add_argument("--since", type=_iso_date, help="the last digest's day (default: the day before)")
    d.add_argument("--skip-quiet", action="store_true", help="print nothing on a quiet day")
    d.add_argument("--briefs", type=Path)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2018-09-07") from exc


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # The service logs to stdout (one line per event, for `docker logs`); commands keep stdout for their answer.
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stdout if args.command == "run" else sys.stderr)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    handler = {"build": _build, "ask": _ask, "console": _console, "run": _run, "digest": _digest,
               "health": _health}[args.command]
    return handler(args, settings)


def _build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.build import build

    corpus = args.corpus or settings.corpus
    out = args.out or settings.briefs
    try:
        if args.corpus is None:
            settings.require_corpus()
    except ConfigError as exc:
        print(f"briefbot build: {exc}", file=sys.stderr)
        return 1
    try:
        result = build(corpus, out, settings.cache, settings.curation)
    except CorpusError as exc:
        print(f"briefbot build: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # any other failure: one line, and the previous briefs stay as they were
        log.debug("build failed", exc_info=True)
        print(f"briefbot build failed ({type(exc).__name__}: {exc}); {out} is unchanged. "
              "Run with LOG_LEVEL=DEBUG for the details.", file=sys.stderr)
        return 1
    print(f"built {out}: {result.articles} articles, {result.actors} actors, {result.events} events, "
          f"{result.figures} figures, {result.topics} topics ({result.reused} articles from cache)")
    return 0


def _load(path: Path) -> Index:
    from bot.lookup import load_index

    shipped = os.environ.get("BRIEFBOT_SHIPPED_BRIEFS")
    if not (path / "sources.yaml").exists() and shipped and (Path(shipped) / "sources.yaml").exists():
        path = Path(shipped)  # a fresh data volume: answer from the briefs built into the image
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
    for line in _lines_from_stdin():
        text = line.strip()
        if text.lower() in ("quit", "exit"):
            break
        if text:
            sys.stdout.write(to_text(dispatch(index, text, prefix)) + "\n")
            sys.stdout.flush()
    return 0


def _lines_from_stdin() -> Iterator[str]:
    """Lines typed at the prompt (or piped in); Ctrl-D ends the session like `quit`."""
    if not sys.stdin.isatty():
        yield from sys.stdin
        return
    while True:
        try:
            yield input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.discord.client import run

    token = os.environ.get("DISCORD_TOKEN", "").strip()
    if not token:
        print("briefbot run: DISCORD_TOKEN is not set; set it to serve on Discord, or use `python -m bot console`",
              file=sys.stderr)
        return 2
    try:
        if not (settings.briefs / "sources.yaml").exists() and not os.environ.get("BRIEFBOT_SHIPPED_BRIEFS"):
            settings.require_corpus()
        _prepare_briefs(settings)
        return run(settings, token)
    except ConfigError as exc:
        print(f"briefbot run: {exc}", file=sys.stderr)
        return 2
    except (cards.CardError, CorpusError) as exc:
        print(f"briefbot run: no briefs to serve: {exc}", file=sys.stderr)
        return 1


def _prepare_briefs(settings: Settings) -> None:
    """Serve the briefs there are; with none yet (a fresh data volume), copy the image's or build them."""
    if (settings.briefs / "sources.yaml").exists():
        return
    shipped = os.environ.get("BRIEFBOT_SHIPPED_BRIEFS")
    if shipped and (Path(shipped) / "sources.yaml").exists():
        import shutil

        log.info("no briefs in %s yet: copying the ones built into the image", settings.briefs)
        shutil.copytree(shipped, settings.briefs)
        return
    from bot.build import build

    log.info("no briefs in %s yet: building them from %s", settings.briefs, settings.corpus)
    build(settings.corpus, settings.briefs, settings.cache, settings.curation)


def _health(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import timedelta

    from bot.health import DEFAULT_GRACE, run_checks

    grace = timedelta(seconds=float(os.environ.get("HEALTH_DISCORD_GRACE", DEFAULT_GRACE.total_seconds())))
    checks = run_checks(settings, grace=grace)
    for check in checks:
        print(f"{'ok ' if check.ok else 'BAD'} {check.name}: {check.detail}")
    return 0 if all(c.ok for c in checks) else 1


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.digest import compose
    from bot.replies import to_text

    try:
        index = _load(args.briefs or settings.briefs)
    except cards.CardError as exc:
        print(f"briefbot digest: the briefs cannot be loaded: {exc}", file=sys.stderr)
        return 1
    reply = compose(index, args.date or datetime.now(UTC).date(), args.since, skip_quiet=args.skip_quiet)
    if reply is not None:
        sys.stdout.write(to_text(reply))
    return 0

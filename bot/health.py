"""`python -m bot health`: can the bot serve? Briefs load, the database writes, Discord is up.

The running bot keeps a heartbeat file in the data directory; the health check (run by the
container's HEALTHCHECK, in another process) reads it. A link that has been down, or never
came up, for longer than the grace is unhealthy; a bot still starting is given the grace.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import cards
from bot.config import Settings

HEARTBEAT_FILE = "heartbeat.json"
DEFAULT_GRACE = timedelta(minutes=3)


class Heartbeat:
    """What the bot writes: when it started, whether it is connected, when it last was."""

    def __init__(self, data_dir: Path, clock=lambda: datetime.now(UTC)):
        self.path = data_dir / HEARTBEAT_FILE
        self.clock = clock
        self.started = clock()
        self.last_connected: datetime | None = None

    def beat(self, connected: bool) -> None:
        now = self.clock()
        if connected:
            self.last_connected = now
        state = {"started": self.started.isoformat(), "updated": now.isoformat(), "connected": connected,
                 "last_connected": self.last_connected.isoformat() if self.last_connected else None}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".heartbeat.")
        with os.fdopen(fd, "w") as fh:
            json.dump(state, fh)
        os.replace(tmp, self.path)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_briefs(settings: Settings) -> Check:
    try:
        briefs = cards.load_briefs(settings.briefs)
    except (cards.CardError, OSError) as exc:
        return Check("briefs", False, str(exc)[:300])
    return Check("briefs", True, f"{len(briefs.actors)} actors from {len(briefs.sources)} articles")


def check_database(settings: Settings) -> Check:
    try:
        settings.data.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(settings.database, timeout=5)
        try:
            db.execute("BEGIN IMMEDIATE")  # takes the write lock: fails on a read-only or full volume
            db.execute("ROLLBACK")
        finally:
            db.close()
    except (sqlite3.Error, OSError) as exc:
        return Check("database", False, f"{settings.database}: {exc}")
    return Check("database", True, f"{settings.database} writable")


def check_discord(settings: Settings, now: datetime, grace: timedelta) -> Check:
    path = settings.data / HEARTBEAT_FILE
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return Check("discord", False, "no heartbeat: the bot is not running")
    updated = datetime.fromisoformat(state["updated"])
    if now - updated > grace:
        return Check("discord", False, f"heartbeat stale since {updated:%Y-%m-%d %H:%M:%S} UTC")
    if state["connected"]:
        return Check("discord", True, "connected")
    last = state.get("last_connected")
    since = datetime.fromisoformat(last) if last else datetime.fromisoformat(state["started"])
    if now - since <= grace:
        return Check("discord", True, "connecting" if not last else "reconnecting")
    return Check("discord", False, f"link down since {since:%Y-%m-%d %H:%M:%S} UTC" if last
                 else f"never connected since start at {since:%Y-%m-%d %H:%M:%S} UTC")


def run_checks(settings: Settings, now: datetime | None = None, grace: timedelta = DEFAULT_GRACE) -> list[Check]:
    now = now or datetime.now(UTC)
    return [check_briefs(settings), check_database(settings), check_discord(settings, now, grace)]

"""config.yaml → a frozen Settings value; every error names the file, the key and its line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

DEFAULT_CONFIG = Path("config.yaml")


@dataclass
class Curation:
    """Hand corrections from config.yaml; all optional, none needed for a good build."""

    merge: list[list[str]] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


class ConfigError(Exception):
    """config.yaml is unreadable or says something we cannot use."""


@dataclass(frozen=True)
class BotSettings:
    prefix: str = "!"
    message_content: bool = True
    test_guilds: tuple[int, ...] = ()
    owner_ids: tuple[int, ...] = ()
    cooldown_rate: int = 5
    cooldown_seconds: float = 30.0
    sync_on_start: bool = True


@dataclass(frozen=True)
class DigestSettings:
    grace_hours: float = 6.0  # a digest missed by less than this is posted once on start
    max_failures: int = 3  # failed deliveries in a row before a server's digest is switched off
    default_time: str = "08:00"  # what /digest set uses when no time is given
    default_timezone: str = "UTC"


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Paths are resolved against the config file's folder."""

    corpus: Path = Path("seeds")
    briefs: Path = Path("briefs")
    cache: Path | None = Path(".cache/articles")
    data: Path = Path("data")
    curation: Curation = field(default_factory=Curation)
    bot: BotSettings = field(default_factory=BotSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    source: Path | None = field(default=None, compare=False)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def error(self, key: str, problem: str) -> ConfigError:
        """A ConfigError that names this file, the key and its line."""
        where = f"{self.source}:{self.lines.get(key, 0)}" if self.source else "settings"
        return ConfigError(f"{where}: '{key}' {problem}")

    def require_corpus(self) -> None:
        if not self.corpus.is_dir():
            raise self.error("corpus", f"must be an existing folder of articles; {self.corpus} does not exist")

    @property
    def database(self) -> Path:
        return self.data / "briefbot.sqlite3"


_SCHEMA: dict[str, Any] = {
    "corpus": str, "briefs": str, "cache": (str, type(None)), "data": str,
    "curation": {"merge": list, "drop": list, "rename": dict, "kinds": dict},
    "bot": {"prefix": str, "message_content": bool, "test_guilds": list, "owner_ids": list,
            "cooldown_rate": int, "cooldown_seconds": (int, float), "sync_on_start": bool},
    "digest": {"grace_hours": (int, float), "max_failures": int, "default_time": str, "default_timezone": str},
}


def _lines(node: yaml.Node, prefix: str = "") -> dict[str, int]:
    """Key path → line number (1-based), from the YAML node tree."""
    out: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = f"{prefix}{key.value}"
            out[path] = key.start_mark.line + 1
            out.update(_lines(value, path + "."))
    return out


def _check(data: dict, schema: dict, where: str, lines: dict[str, int], prefix: str = "") -> None:
    for key, value in data.items():
        path = f"{prefix}{key}"
        line = lines.get(path, 0)
        if key not in schema:
            raise ConfigError(f"{where}:{line}: unknown key '{path}' (expected one of: {', '.join(schema)})")
        expected = schema[key]
        if isinstance(expected, dict):
            if value is None:  # an empty section: all defaults
                continue
            if not isinstance(value, dict):
                raise ConfigError(f"{where}:{line}: '{path}' must be a mapping of {', '.join(expected)}")
            _check(value, expected, where, lines, path + ".")
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
            raise ConfigError(f"{where}:{line}: '{path}' must be {names}, not {type(value).__name__}")


def load_settings(path: Path | None = None) -> Settings:
    """Read config.yaml; a missing file means the defaults."""
    path = path or DEFAULT_CONFIG
    base = path.parent if path.parent != Path() else Path.cwd()
    if not path.exists():
        return _resolve(Settings(), base)
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping of settings at the top level")
    lines = _lines(node) if node else {}
    _check(data, _SCHEMA, str(path), lines)
    _check_digest(data.get("digest") or {}, str(path), lines)
    _check_merges((data.get("curation") or {}).get("merge") or [], str(path), lines)
    cur = data.get("curation") or {}
    botd = data.get("bot") or {}
    settings = Settings(
        corpus=Path(data.get("corpus", "seeds")),
        briefs=Path(data.get("briefs", "briefs")),
        cache=Path(data.get("cache", ".cache/articles")) if data.get("cache", ".cache/articles") else None,
        data=Path(data.get("data", "data")),
        curation=Curation(merge=[list(map(str, m)) for m in cur.get("merge", [])],
                          drop=list(map(str, cur.get("drop", []))),
                          rename={str(k): str(v) for k, v in cur.get("rename", {}).items()},
                          kinds={str(k): str(v) for k, v in cur.get("kinds", {}).items()}),
        bot=BotSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in botd.items()}),
        digest=DigestSettings(**(data.get("digest") or {})),
    )
    return replace(_resolve(settings, base), source=path, lines=lines)


def _check_merges(merges: list, where: str, lines: dict[str, int]) -> None:
    for group in merges:
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(n, str) for n in group):
            raise ConfigError(f"{where}:{lines.get('curation.merge', 0)}: 'curation.merge' must be a list of lists of "
                              f"names, e.g. [[\"Name A\", \"Name B\"]]; got {group!r}")


def _check_digest(digest: dict, where: str, lines: dict[str, int]) -> None:
    time = digest.get("default_time")
    if time is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time):
        raise ConfigError(f"{where}:{lines.get('digest.default_time', 0)}: 'digest.default_time' must be a 24-hour "
                          f"HH:MM time such as 08:00, not {time!r}")
    zone = digest.get("default_timezone")
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"{where}:{lines.get('digest.default_timezone', 0)}: 'digest.default_timezone' must be "
                              f"an IANA time zone such as Europe/Berlin, not {zone!r}") from exc


def _resolve(s: Settings, base: Path) -> Settings:
    def at(p: Path) -> Path:
        return p if p.is_absolute() else base / p

    return Settings(corpus=at(s.corpus), briefs=at(s.briefs), cache=at(s.cache) if s.cache else None,
                    data=at(s.data), curation=s.curation, bot=s.bot, digest=s.digest)

"""The fact cards: their dataclasses, and their YAML form (dump, load, validate).

The YAML is for people: a reader can diff it in git and correct it by hand. Loading checks
every file against these dataclasses and names the file and the key that is wrong.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import io
import pickle
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from bot import yamlout

SCHEMA_VERSION = 1
# libyaml's C loader when PyYAML has it (same safe subset, several times faster).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class Cite:
    """Where a fact comes from: a source id and the sentence's number in it (from 0)."""

    source: str
    sentence: int


@dataclass(slots=True)
class Source:
    id: str
    title: str
    path: str
    sentences: int
    digest: str
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    date_basis: str = "not stated in the article"
    read_against: str | None = None
    read_against_basis: str | None = None
    first_built: str | None = None  # the day a build first saw this article: what the digest calls new


@dataclass(slots=True)
class Fact:
    """A sentence-sized fact: a role, a quote, something said or done."""

    text: str
    cite: Cite
    date: str | None = None


@dataclass(slots=True)
class FigureClaim:
    value: float
    written: str
    counts: str
    cite: Cite
    text: str
    low: float | None = None  # a range's near end ("between 58.3% and 60.7%"): the claim is low to value
    qualifier: str = ""
    claimant: str | None = None
    date: str | None = None
    about: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FigureGroup:
    id: str
    label: str
    status: str  # agreed | differ | disputed
    claims: list[FigureClaim]
    anchors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Fact] = field(default_factory=list)
    quotes: list[Fact] = field(default_factory=list)
    said: list[Fact] = field(default_factory=list)
    did: list[Fact] = field(default_factory=list)
    named_in: list[Fact] = field(default_factory=list)  # for a card with little else: sentences naming the actor
    figures: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(slots=True)
class Event:
    date: str
    text: str
    cites: list[Cite]
    actors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Topic:
    id: str
    name: str
    summary: list[Fact]
    actors: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Briefs:
    """Everything the bot serves, as one value."""

    sources: list[Source]
    actors: list[Actor]
    timeline: list[Event]
    figures: list[FigureGroup]
    topics: list[Topic]


class CardError(Exception):
    """A card file that cannot be loaded; the message names the file and the key."""


# ---------------------------------------------------------------- dumping

@functools.cache
def _fields(cls: type) -> tuple[tuple[str, bool, bool], ...]:
    """(name, optional, defaults to "") for each field of a card class, worked out once."""
    return tuple((f.name, f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING,
                  f.default == "") for f in dataclasses.fields(cls))


def card_entries(card: Any) -> list[tuple[str, Any]]:
    """A card's fields as a mapping for the YAML, leaving out empty optional ones."""
    out = []
    for name, optional, empty_string_default in _fields(type(card)):
        item = getattr(card, name)
        if optional and (item is None or item == [] or (empty_string_default and item == "")):
            continue
        out.append((name, item))
    return out


def dump_yaml(data: Any) -> str:
    return yamlout.dumps(data, card_entries)


INDEX_FILE = "index.pickle"


def yaml_digest(root: Path) -> str:
    """One hash over every card file: the compact index is valid only for the cards it was made with."""
    hashes = []
    for path in sorted(root.rglob("*.yaml")):
        digest = hashlib.sha256()
        with path.open("rb") as fh:  # in chunks: a large card file is never held whole
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        hashes.append((path.relative_to(root), digest.hexdigest()))
    return _digest_of(hashes)


def _digest_of(hashes: Iterable[tuple[Path, str]]) -> str:
    """yaml_digest from each file's own hash: files written in several processes need send back
    only their hashes, and files just written need not be read again."""
    digest = hashlib.sha256()
    for rel, file_hash in sorted(hashes):
        digest.update(f"{rel.as_posix()}\0{file_hash}\n".encode())
    return digest.hexdigest()


INDEX_FORMAT = ("briefbot-index", 4)


class _IndexPickler(pickle.Pickler):
    """Pickles the cards with every string written once, in a table, and nothing else shared.

    A plain pickle remembers every object it has seen, and so does the reader: at 10,000
    articles that memo held a hundred megabytes of transient objects at load, which the bot
    then kept as its resident size. Here the memo is off ("fast" mode: the cards are a tree,
    without cycles) and strings, the one thing worth sharing, go through a table. The bytes
    depend on the cards' values alone, so builds stay byte-identical.
    """

    def __init__(self, fh: BinaryIO):
        super().__init__(fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True
        self.strings: dict[str, int] = {}

    def persistent_id(self, obj: Any) -> int | None:
        if type(obj) is str:
            return self.strings.setdefault(obj, len(self.strings))
        return None


def write_index(briefs: Briefs, root: Path, digest: str) -> None:
    """The cards again as pickles, for a fast start at scale; the YAML stays the truth. The
    sources come first, on their own: a rebuild reads only them, for their first-built days."""
    body = io.BytesIO()
    pickler = _IndexPickler(body)
    pickler.dump(briefs.sources)
    pickler.dump((briefs.actors, briefs.timeline, briefs.figures, briefs.topics))
    with (root / INDEX_FILE).open("wb") as fh:
        pickle.dump((*INDEX_FORMAT, digest, list(pickler.strings)), fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.write(body.getbuffer())


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while millions of small, acyclic objects are made, and back as
    it was after (so a pause inside another pause does not end the outer one)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_index_file(root: Path) -> Briefs | None:
    """The builder's compact index if it matches the YAML beside it; None if absent, unreadable
    or stale (say, after a hand edit), and then the YAML is read instead."""
    return _read_index(root, whole=True)


def load_index_sources(root: Path) -> list[Source] | None:
    """Only the sources of the compact index (read first, without the rest); None as for the index."""
    return _read_index(root, whole=False)


def _read_index(root: Path, whole: bool) -> Any:
    path = root / INDEX_FILE
    if not path.is_file():
        return None
    try:
        with gc_paused(), path.open("rb") as fh:  # a million objects and no cycles: collecting only costs time
            head = pickle.load(fh)
            if not isinstance(head, tuple) or head[:2] != INDEX_FORMAT or head[2] != yaml_digest(root):
                return None
            unpickler = pickle.Unpickler(fh)
            unpickler.persistent_load = head[3].__getitem__
            sources = unpickler.load()
            if not whole:
                return sources if isinstance(sources, list) else None
            briefs = Briefs(sources, *unpickler.load())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError):
        return None
    return briefs


CardFile = tuple[Path, Any]  # where under the briefs directory, and the card or mapping written there


def card_files(briefs: Briefs) -> list[CardFile]:
    return [
        (Path("sources.yaml"), {"schema": SCHEMA_VERSION, "sources": briefs.sources}),
        (Path("timeline.yaml"), {"timeline": briefs.timeline}),
        (Path("figures.yaml"), {"figures": briefs.figures}),
        *((Path("actors", f"{actor.id}.yaml"), actor) for actor in briefs.actors),
        *((Path("topics", f"{topic.id}.yaml"), topic) for topic in briefs.topics),
    ]


def write_cards(out: Path, files: Iterable[CardFile]) -> list[tuple[Path, str]]:
    """Write each card's YAML under `out`; each file's hash, for the index's digest."""
    hashes = []
    for rel, card in files:
        data = dump_yaml(card).encode()
        (out / rel).write_bytes(data)
        hashes.append((rel, hashlib.sha256(data).hexdigest()))
    return hashes


def write_briefs(briefs: Briefs, out: Path,
                 write: Callable[[Path, list[CardFile]], list[tuple[Path, str]]] = write_cards) -> None:
    """Write every card under `out` (which must be empty or absent), then the compact index.
    `write` may spread the card files over processes; it returns what `write_cards` does."""
    (out / "actors").mkdir(parents=True, exist_ok=True)
    (out / "topics").mkdir(parents=True, exist_ok=True)
    write_index(briefs, out, _digest_of(write(out, card_files(briefs))))


# ---------------------------------------------------------------- loading

def load_sources(root: Path) -> list[Source]:
    """Only the sources of a briefs directory (the builder reads them back for first-built dates)."""
    path = root / "sources.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CardError(f"{path}: not readable YAML") from exc
    if not isinstance(data, dict) or "sources" not in data:
        raise CardError(f"{path}: missing key 'sources'")
    return from_plain(list[Source], data["sources"], f"{path}: sources")


def load_briefs(root: Path) -> Briefs:
    """Read and validate a briefs directory; every broken file is named in one error."""
    if not (root / "sources.yaml").is_file():
        raise CardError(f"{root}: no sources.yaml here; run `python -m bot build` first")
    errors: list[str] = []

    def load(path: Path, key: str | None, cls: type) -> Any:
        try:
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise CardError(f"{path}: not readable YAML ({str(exc).splitlines()[0]})") from exc
            if key is not None:
                if not isinstance(data, dict) or key not in data:
                    raise CardError(f"{path}: missing key '{key}'")
                data = data[key]
            return from_plain(cls, data, f"{path}" + (f": {key}" if key else ""))
        except (OSError, yaml.YAMLError, CardError) as exc:
            errors.append(str(exc))
            return [] if key else None

    sources = load(root / "sources.yaml", "sources", list[Source])
    timeline = load(root / "timeline.yaml", "timeline", list[Event])
    figures = load(root / "figures.yaml", "figures", list[FigureGroup])
    actors = [a for p in sorted((root / "actors").glob("*.yaml")) if (a := load(p, None, Actor))]
    topics = [t for p in sorted((root / "topics").glob("*.yaml")) if (t := load(p, None, Topic))]
    if errors:
        raise CardError("; ".join(errors))
    return Briefs(sources, actors, timeline, figures, topics)


@functools.cache
def _schema(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A card class's field types and names, worked out once (get_type_hints is slow)."""
    return typing.get_type_hints(cls), frozenset(f.name for f in dataclasses.fields(cls))


def from_plain(cls: Any, data: Any, where: str) -> Any:
    """Build `cls` from YAML data, checking types; errors say where."""
    origin = typing.get_origin(cls)
    if origin is list:
        if not isinstance(data, list):
            raise CardError(f"{where}: expected a list, got {type(data).__name__}")
        (item,) = typing.get_args(cls)
        return [from_plain(item, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin in (types.UnionType, typing.Union):
        if data is None:
            return None
        (inner,) = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_plain(inner, data, where)
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise CardError(f"{where}: expected a mapping, got {type(data).__name__}")
        hints, names = _schema(cls)
        unknown = set(data) - names
        if unknown:
            raise CardError(f"{where}: unknown key '{sorted(unknown)[0]}'")
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = from_plain(hints[f.name], data[f.name], f"{where}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise CardError(f"{where}: missing key '{f.name}'")
        return cls(**kwargs)
    if cls is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if cls in (int, str) and isinstance(data, cls) and not isinstance(data, bool):
        return data
    if cls is str and isinstance(data, int | float) and not isinstance(data, bool):
        return str(data)
    raise CardError(f"{where}: expected {getattr(cls, '__name__', cls)}, got {type(data).__name__}")

"""The in-memory index the bot answers from: what `!who x` and `!topic x` resolve to.

People type "demistura", "de mistura", "Mistura", "DE MISTURA", a surname, an acronym, or a
name with a typo. Every name and alias of an actor is indexed in its compact form
(lowercase letters and digits only) and by its surname; what no key hits exactly goes to
rapidfuzz, which ranks the close ones.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

from bot import cards
from bot.extract.names import compact, core_token, fold

log = logging.getLogger(__name__)
FUZZY_CUTOFF = 80
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Match:
    """What a query resolved to: one actor, several to choose from, or suggestions."""

    actors: tuple[cards.Actor, ...]
    exact: bool
    suggestions: tuple[str, ...] = ()


class Index:
    """Briefs plus the lookup tables built from them once, at load."""

    def __init__(self, briefs: cards.Briefs, built_at: str | None = None):
        self.briefs = briefs
        self.built_at = built_at
        self._searchable: list[tuple[str, cards.Fact | cards.Event]] | None = None
        self._postings: dict[str, list[int]] = {}
        self._tokens: list[str] = []
        self.actors = {a.id: a for a in briefs.actors}
        self.topics = {t.id: t for t in briefs.topics}
        self.sources = {s.id: s for s in briefs.sources}
        self.figures = {g.id: g for g in briefs.figures}
        self.events_of: dict[str, list[cards.Event]] = defaultdict(list)  # an actor's, in timeline order
        for event in briefs.timeline:
            for actor_id in event.actors:
                self.events_of[actor_id].append(event)
        # key -> the actors it names, each with how well: a whole name (0) beats a surname or a
        # name's last words (1), which beat any other word of it (2): "sheinbaum" is Claudia
        # Sheinbaum, not "the Sheinbaum administration" as well
        self._keys: dict[str, dict[str, int]] = defaultdict(dict)
        for actor in briefs.actors:
            for name in [actor.name, *actor.aliases]:
                self._add(compact(name), actor.id, 0)
                words = [core_token(w) for w in fold(name).split()]
                # its last words: "de Mistura", "Security Council", "health ministry" for "Armenia's Health Ministry"
                for cut in range(1, len(words) - 1):
                    self._add(compact("".join(words[cut:])), actor.id, 1)
                # and its first words: "armed conflict location" for the "… and Event Data Project"
                for cut in range(2, len(words)):
                    self._add(compact("".join(words[:cut])), actor.id, 2)
                # any word of a name: a surname, "Tedros", or "sham" for every group with it in its name
                for at, word in enumerate(words if len(words) >= 2 else []):
                    if len(word) >= 3 or actor.kind == "person":
                        self._add(compact(word), actor.id, 1 if actor.kind == "person" and at == len(words) - 1 else 2)
        self._choices = sorted(self._keys)
        ranked = sorted(briefs.actors, key=lambda a: (-a.mentions, a.name))
        self._complete_actor = Completer([(_word_keys([a.name, *a.aliases]), a.name) for a in ranked])
        self._complete_topic = Completer([(_word_keys([t.name]), t.name) for t in briefs.topics])
        self._topic_keys = {compact(t.name): t.id for t in briefs.topics} | {t.id.replace("-", ""): t.id for t in briefs.topics}

    def _add(self, key: str, actor_id: str, rank: int) -> None:
        named = self._keys[key]
        named[actor_id] = min(rank, named.get(actor_id, rank))

    def search(self, words: list[str]) -> list[cards.Fact | cards.Event]:
        """Facts and events whose text has every word (folded; a word may be the start of a longer one).

        A word index, made once on first use, finds the candidates; the text check confirms them.
        """
        if self._searchable is None:
            facts = [f for a in self.briefs.actors for f in a.quotes + a.said + a.did + a.named_in]
            self._searchable = [(fold(x.text), x) for x in [*facts, *self.briefs.timeline]]
            postings: dict[str, list[int]] = defaultdict(list)
            for i, (text, _) in enumerate(self._searchable):
                for token in set(re.findall(r"[a-z0-9']+", text)):
                    postings[token].append(i)
            self._postings = postings
            self._tokens = sorted(postings)
        folded = [fold(w) for w in words if fold(w)]
        candidates: set[int] | None = None
        for word in folded:
            first = re.findall(r"[a-z0-9']+", word)[:1]
            if not first:
                continue
            found: set[int] = set()
            at = bisect.bisect_left(self._tokens, first[0])
            while at < len(self._tokens) and self._tokens[at].startswith(first[0]):
                found.update(self._postings[self._tokens[at]])
                at += 1
            candidates = found if candidates is None else candidates & found
        ids = sorted(candidates) if candidates is not None else range(len(self._searchable))
        return [self._searchable[i][1] for i in ids if all(w in self._searchable[i][0] for w in folded)]

    def complete_actor(self, typed: str, limit: int = 25) -> list[str]:
        """Actor names for an autocomplete box: prefix and word matches first, then close ones."""
        return self._complete_actor(typed, limit)

    def complete_topic(self, typed: str, limit: int = 25) -> list[str]:
        return self._complete_topic(typed, limit)

    def who(self, query: str) -> Match:
        key = compact(query)
        if not key:
            return Match((), False)
        named = self._keys.get(key)
        if named:
            best = min(named.values())
            return Match(self._ranked({i for i, rank in named.items() if rank == best}), True)
        # Whole-key similarity: "lavrv" is close to "lavrov"; "unicorn" is not close to "un".
        hits = process.extract(key, self._choices, scorer=fuzz.ratio, limit=12, score_cutoff=FUZZY_CUTOFF)
        ids = set()
        best = hits[0][1] if hits else 0
        for choice, score, _ in hits:
            if score >= best - 3:
                ids |= self._keys[choice].keys()
        if ids:
            return Match(self._ranked(ids), False)
        loose = process.extract(key, self._choices, scorer=fuzz.ratio, limit=MAX_SUGGESTIONS * 2, score_cutoff=60)
        names = []
        for choice, _, _ in loose:
            for actor in self._ranked(set(self._keys[choice])):
                if actor.name not in names:
                    names.append(actor.name)
        return Match((), False, tuple(names[:MAX_SUGGESTIONS]))

    def topic(self, query: str) -> cards.Topic | None:
        key = compact(query)
        if key in self._topic_keys:
            return self.topics[self._topic_keys[key]]
        hit = process.extractOne(key, list(self._topic_keys), scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
        return self.topics[self._topic_keys[hit[0]]] if hit else None

    def _ranked(self, ids: set[str]) -> tuple[cards.Actor, ...]:
        return tuple(sorted((self.actors[i] for i in ids), key=lambda a: (-a.mentions, a.name)))

    def name_of(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id or "")
        return actor.name if actor else ""


def _word_keys(names: list[str]) -> list[str]:
    """Each name whole and each of its words, compacted: "pom" finds "Mike Pompeo"."""
    keys = [compact(n) for n in names]
    keys += [compact(w) for n in names for w in fold(n).split() if len(w) > 2]
    return list(dict.fromkeys(k for k in keys if k))


class Completer:
    """Names for an autocomplete box, fast at thousands of actors: a sorted list of word keys
    answers a prefix by bisection. Fuzzy matching runs only when nothing matches as typed: it
    is there to forgive a typo, and beside real matches it only adds names that share a
    couple of letters (and costs a pass over every name on each keystroke)."""

    def __init__(self, entries: list[tuple[list[str], str]]):
        self.names = [name for _, name in entries]  # best first: rank is the position
        self.keys = sorted((key, rank) for rank, (keys, _) in enumerate(entries) for key in keys)
        self.whole = [" ".join(keys) for keys, _ in entries]
        # every name's words on one line of one string: str.find scans them in C, not name by name
        self.lines = "\n".join(self.whole)
        self.line_starts = list(itertools.accumulate((len(w) + 1 for w in self.whole[:-1]), initial=0))

    def __call__(self, typed: str, limit: int = 25) -> list[str]:
        key = compact(typed)
        if not key:
            return self.names[:limit]
        ranks: set[int] = set()
        at = bisect.bisect_left(self.keys, (key, -1))
        while at < len(self.keys) and self.keys[at][0].startswith(key):
            ranks.add(self.keys[at][1])
            at += 1
        hits = [self.names[r] for r in heapq.nsmallest(limit, ranks)]
        if len(hits) < limit:  # then names with the letters inside a word: "an" in "Hannah"
            hits += [self.names[r] for r in itertools.islice(self._inside(key, ranks), limit - len(hits))]
        if not hits and len(key) >= 3:
            found = process.extract(key, self.whole, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=80)
            hits += [self.names[r] for _, _, r in sorted(found, key=lambda f: f[2]) if self.names[r] not in hits]
        return hits[:limit]

    def _inside(self, key: str, skip: set[int]) -> Iterator[int]:
        """The ranks of the names with `key` inside a word, best first."""
        at = self.lines.find(key)
        while at != -1:
            rank = bisect.bisect_right(self.line_starts, at) - 1
            if rank not in skip:
                yield rank
            next_line = self.line_starts[rank + 1] if rank + 1 < len(self.line_starts) else len(self.lines)
            at = self.lines.find(key, next_line)


def load_index(root: Path) -> Index:
    """Load and validate the briefs in `root` (raises cards.CardError) and index them."""
    briefs = cards.load_index_file(root) or cards.load_briefs(root)
    built = datetime.fromtimestamp((root / "sources.yaml").stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Index(briefs, built)


def _serving(index: Index) -> Index:
    """Mark everything alive now, the cards above all, as permanent for the cyclic collector.

    At scale the cards are millions of objects that live as long as the bot and hold no
    cycles; left in the collector's generations, each full collection walks them all and
    stalls whichever command is running. Frozen, they are skipped; dropped cards (after a
    reload) are still freed by reference counting, as they hold no cycles.
    """
    gc.freeze()
    return index


class Library:
    """The briefs the bot serves now, swapped whole when a build replaces them.

    A command reads `library.index` once and works on that value to the end, so a reload
    never changes the cards under a command in flight. A new set that does not load is
    refused with a log line; the old one stays.
    """

    def __init__(self, root: Path):
        self.root = root
        self.index = _serving(load_index(root))
        self._stamp = self._current_stamp()

    def _current_stamp(self) -> tuple[int, int] | None:
        try:
            stat = (self.root / "sources.yaml").stat()
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns

    def changed(self) -> bool:
        """Whether a build has replaced the briefs since they were loaded."""
        return self._current_stamp() not in (None, self._stamp)

    def reload(self) -> bool:
        """Load the briefs again; True when the new set is now served."""
        stamp = self._current_stamp()
        try:
            index = load_index(self.root)
        except (cards.CardError, OSError) as exc:
            log.error("new briefs in %s refused, still serving the previous ones: %s", self.root, exc)
            self._stamp = stamp
            return False
        self.index, self._stamp = _serving(index), stamp
        log.info("briefs reloaded: %d actors from %d articles", len(index.briefs.actors), len(index.briefs.sources))
        return True

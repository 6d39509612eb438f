"""Corpus to briefs: extract each article (cached by content), merge, write, swap in whole.

Two things make the build cheap and safe. Each article's extraction is cached under a key
made of its bytes, the reference date it was read against and the extractor's own source,
so adding one article re-reads only that one. And the cards are written to a temporary
directory beside the target and swapped in with one rename, so a failed build never
touches the briefs already there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import heapq
import logging
import multiprocessing
import os
import pickle
import shutil
import tempfile
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from bot import cards
from bot.config import Curation
from bot.corpus import Article, CorpusError, article_id, iter_article_files, read_article
from bot.extract.article import ArticleFacts, NamesFound, extract, load_knowledge
from bot.merge import merge

log = logging.getLogger(__name__)
T = TypeVar("T")
SHARED_GRAMS = 2  # 6-word runs of quotation two articles must share to be reporting one statement
CHUNK = 25  # articles a worker reads and extracts per task: big enough to amortise the hand-over
PARALLEL_FROM = 2 * CHUNK  # below this a process pool costs more than it saves


class Reading(NamedTuple):
    """What an article's dates are read against: its own (the first reading), another article's
    date, or only the month of the corpus's latest articles."""

    ref: date | None = None
    basis: str = ""
    month: date | None = None


FIRST_READING = Reading()
CORPUS_YEAR_DAYS = 366  # the widest span of dated articles within which an undated one is taken to be of their year


@dataclass(frozen=True)
class BuildResult:
    articles: int
    actors: int
    events: int
    figures: int
    topics: int
    reused: int


@cache
def extractor_version() -> str:
    """A hash of the code that turns an article into facts: new code, new cache."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([root / "corpus.py", *(root / "extract").glob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class FactCache:
    """Per-article extraction results on disk, keyed by content, reference date and code.

    The key is made from the file's id and bytes alone, so a build that finds an article in
    the cache never has to clean or parse it.
    """

    def __init__(self, root: Path | None):
        self.root = root
        self.hits = 0

    def _path(self, article_id: str, digest: str, reading: Reading) -> Path | None:
        if self.root is None:
            return None
        ref, basis, month = reading
        fields = f"{extractor_version()}|{digest}|{article_id}|{ref}|{basis}" + (f"|{month}" if month else "")
        key = hashlib.sha256(fields.encode()).hexdigest()
        return self.root / key[:2] / f"{key}.pickle"

    def load(self, article_id: str, digest: str, reading: Reading = FIRST_READING) -> ArticleFacts | None:
        path = self._path(article_id, digest, reading)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as fh:
                facts = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            log.info("cache entry %s unreadable; extracting again", path.name)
            return None
        self.hits += 1
        return facts

    def load_file(self, corpus: Path, path: Path) -> ArticleFacts | None:
        """The cached facts of an article file, if its current bytes were extracted before."""
        if self.root is None:
            return None
        try:
            raw = path.read_bytes()
        except OSError:
            return None  # the extraction pass reports it
        return self.load(article_id(corpus, path), hashlib.sha256(raw).hexdigest())

    def get(self, article: Article, reading: Reading = FIRST_READING, names: NamesFound | None = None) -> ArticleFacts:
        facts = self.load(article.id, article.digest, reading)
        if facts is not None:
            return facts
        facts = extract(article, reading.ref, reading.basis, names, reading.month)
        path = self._path(article.id, article.digest, reading)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(facts, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        return facts


def _read_and_extract(job: tuple[Path, Path | None, list[Path]]) -> list[ArticleFacts | None]:
    """A worker's task: read, clean and extract a run of articles (each one alone); None for
    a file that cannot be read or read through (it has been warned about)."""
    root, cache_root, paths = job
    cache_ = FactCache(cache_root)
    return [_extracted(cache_, article) if (article := read_article(root, path)) is not None else None
            for path in paths]


def _extracted(cache_: FactCache, article: Article) -> ArticleFacts | None:
    """One article's facts; an article the extractor fails on is skipped with a warning that
    names it, and the rest of the corpus is built."""
    try:
        return cache_.get(article)
    except Exception as exc:  # a fault in a rule must not cost the other articles
        log.warning("skipping %s: the extractor failed on it (%s: %s)", article.path, type(exc).__name__, exc)
        return None


def _extract_again(job: tuple[Path | None, list[tuple[ArticleFacts, Reading]]]) -> list[ArticleFacts]:
    """A worker's task: articles read again against another article's date, from the names
    their first reading found (only the dates change)."""
    cache_root, readings = job
    cache_ = FactCache(cache_root)
    return [cache_.get(first.article, reading, first.names) for first, reading in readings]


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork is the cheapest start, and safe while no other thread can hold a lock across it."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_HELD: list = []  # what a worker of a `_Workers(..., hold=...)` pool was handed at its start


def _hold(items: list) -> None:
    global _HELD
    _HELD = items


class _Workers:
    """Runs tasks over chunks of items in a process pool, or in this process when the work
    is too small to pay for one; results come back flat and in order. Items to `hold` are
    handed to each worker as it starts: a forked worker inherits them, nothing is pickled."""

    def __init__(self, workers: int, items: int, hold: list | None = None):
        _hold(hold or [])
        self.pool = (ProcessPoolExecutor(min(workers, -(-items // CHUNK)), mp_context=_pool_context(),
                                         initializer=_hold, initargs=(hold or [],))
                     if workers > 1 and items >= PARALLEL_FROM else None)

    def run(self, task: Callable[[tuple], list[T]], shared: tuple, items: list) -> list[T]:
        jobs = [(*shared, items[i:i + CHUNK]) for i in range(0, len(items), CHUNK)]
        chunks = self.pool.map(task, jobs) if self.pool is not None else map(task, jobs)
        return [result for chunk in chunks for result in chunk]

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        _hold([])  # the held items (all the cards, when writing) are not kept past the pool


def _write_held_cards(job: tuple[Path, list[int]]) -> list[tuple[Path, str]]:
    """A worker's task: write the held card files at these places in the list."""
    out, indexes = job
    return cards.write_cards(out, (_HELD[i] for i in indexes))


def write_cards_in_parallel(workers: int) -> Callable[[Path, list[cards.CardFile]], list[tuple[Path, str]]]:
    """A `write` for cards.write_briefs that spreads the card files over `workers` processes."""
    def write(out: Path, files: list[cards.CardFile]) -> list[tuple[Path, str]]:
        with _Workers(workers, len(files), hold=files) as pool:
            return pool.run(_write_held_cards, (out,), list(range(len(files))))
    return write


def read_and_extract(corpus: Path, cache_: FactCache, workers: int) -> list[ArticleFacts]:
    """Every readable article's facts, in corpus order: from the cache when the file is
    unchanged, else extracted. Articles are independent of one another until the merge, so
    the extraction is spread over `workers` processes."""
    paths = list(iter_article_files(corpus))
    found = [cache_.load_file(corpus, path) for path in paths]
    todo = [path for path, facts in zip(paths, found, strict=True) if facts is None]
    if todo:
        load_knowledge()
    with _Workers(workers, len(todo)) as pool:
        extracted = iter(pool.run(_read_and_extract, (corpus, cache_.root), todo))
        facts = [f for f in (known or next(extracted) for known in found) if f is not None]
        if not facts:
            raise CorpusError(f"no readable articles in {corpus}")
        _read_against_partners(facts, cache_, pool)
    return facts


def _read_against_partners(facts: list[ArticleFacts], cache_: FactCache, pool: _Workers) -> None:
    """Replace the facts of each undated article that has a dated partner by its reading
    against the partner's date: from the cache, or extracted again in the pool. An article
    with no relative date to read reads the same against any date: only its reference changes."""
    again = []
    partnered = _readings_against_partners(facts)
    for i, reading in [*partnered, *_readings_in_the_corpus_months(facts, {i for i, _ in partnered})]:
        if not facts[i].unread_dates:
            if reading.ref is not None:
                facts[i] = dataclasses.replace(facts[i], ref=reading.ref, ref_basis=reading.basis)
            continue
        cached = cache_.load(facts[i].article.id, facts[i].article.digest, reading)
        if cached is not None:
            facts[i] = cached
        else:
            again.append((i, (facts[i], reading)))
    redone = pool.run(_extract_again, (cache_.root,), [reading for _, reading in again])
    for (i, _), f in zip(again, redone, strict=True):
        facts[i] = f
    for f in facts:
        f.names = None  # no further reading: the merge has no use for them


def _readings_in_the_corpus_months(facts: list[ArticleFacts], partnered: set[int]) -> list[tuple[int, Reading]]:
    """An undated article in a corpus whose dated articles all fall within a year is of that
    year too: its "On Dec. 4" is read in the corpus's latest month (its "Tuesday" stays
    unread). Across more than a year, nothing says which year it is."""
    days = [f.article.date or f.article.month for f in facts if f.article.date or f.article.month]
    if not days or (max(days) - min(days)).days > CORPUS_YEAR_DAYS:
        return []
    latest = max(days).replace(day=1)
    basis = f"the corpus's dated articles run from {min(days).isoformat()[:7]} to {latest.isoformat()[:7]}"
    return [(i, Reading(None, basis, latest)) for i, f in enumerate(facts)
            if i not in partnered and f.ref is None and f.article.month is None and f.unread_dates]


def _readings_against_partners(facts: list[ArticleFacts]) -> list[tuple[int, Reading]]:
    """An undated article that quotes the same words as a dated one is read again against
    that article's date (the two report the same statement): which, against what, and why."""
    dated = [j for j in range(len(facts)) if facts[j].article.date is not None]
    dated.sort(key=lambda j: (facts[j].article.date, facts[j].article.id))  # the earliest partner is the one read against
    by_gram: dict[int, list[int]] = defaultdict(list)  # gram -> the dated articles quoting it, by rank
    for rank, j in enumerate(dated):
        for gram in facts[j].quote_grams:
            by_gram[gram].append(rank)
    readings = []
    for i, f in enumerate(facts):
        if f.ref is not None:
            continue
        rank = _first_shared((by_gram[g] for g in f.quote_grams if g in by_gram), SHARED_GRAMS)
        if rank is not None:
            other = facts[dated[rank]].article
            basis = f"reports the same quotation as {other.id}, dated {other.date.isoformat()}"
            readings.append((i, Reading(other.date, basis)))
    return readings


def _first_shared(runs: Iterable[list[int]], times: int) -> int | None:
    """The smallest number found in at least `times` of the sorted runs. Walking them merged
    stops at the first such number: a quotation reported a thousand times is not counted out."""
    last, seen = None, 0
    for n in heapq.merge(*runs):
        seen = seen + 1 if n == last else 1
        if seen >= times:
            return n
        last = n
    return None


def build(corpus: Path, out: Path, cache_dir: Path | None = None, curation: Curation | None = None,
          today: date | None = None, workers: int | None = None) -> BuildResult:
    """Build the briefs for `corpus` into `out`, replacing it only when all went well."""
    cache_ = FactCache(cache_dir)
    with cards.gc_paused():  # the build holds millions of small objects and makes no cycles worth finding
        facts = read_and_extract(corpus, cache_, workers or default_workers())
        briefs = merge(facts, curation)
        _carry_first_built(briefs, out, today or datetime.now(UTC).date())
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        tmp.chmod(_directory_mode())  # mkdtemp makes it private; briefs are read by the bot's own user
        try:
            cards.write_briefs(briefs, tmp, write_cards_in_parallel(workers or default_workers()))
            if cards.load_index_file(tmp) is None:  # read back what the bot will load first
                raise cards.CardError(f"{tmp}: the briefs just written do not read back")
            replace_dir(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        result = BuildResult(len(facts), len(briefs.actors), len(briefs.timeline), len(briefs.figures),
                             len(briefs.topics), cache_.hits)
        # freed while the collector still sleeps: woken with them alive, its first pass would walk them all
        del facts, briefs
    return result


def _carry_first_built(briefs: cards.Briefs, previous: Path, today: date) -> None:
    """Keep the day each article was first built (from the briefs being replaced); new ones get today.

    Rebuilding the same corpus therefore rewrites the same dates: the briefs stay byte-identical.
    """
    known: dict[str, str] = {}
    with contextlib.suppress(cards.CardError, OSError):  # unreadable old briefs: every article is new
        old = cards.load_index_sources(previous)  # the fast way in; the YAML when the index is stale or absent
        for source in old if old is not None else cards.load_sources(previous):
            if source.first_built:
                known[source.digest] = known[source.id] = source.first_built
    for source in briefs.sources:
        source.first_built = known.get(source.digest) or known.get(source.id) or today.isoformat()


def _directory_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def replace_dir(new: Path, target: Path) -> None:
    """Swap a freshly built directory in for `target`: readers see old or new, never half."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)

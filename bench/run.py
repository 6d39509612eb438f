"""The benchmark: how fast and small briefbot is, and how its cost grows.

    python bench/run.py            # N = 1,000 and 10,000 (under 30 minutes on 2 cores)
    python bench/run.py --quick    # N = 200, for CI: it fails only if something crashes

Every figure comes from this one run; times are medians of repeated runs. The build is
reported as a multiple of the floor: one pass that reads every article and splits it into
sentences and tokens with a compiled regex. No builder can beat reading its input once, and
a ratio to it holds steady on a noisy machine where seconds do not.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import generate  # noqa: E402 - bench/ is not a package

from bot.build import build  # noqa: E402
from bot.lookup import Library  # noqa: E402
from bot.replies import dispatch  # noqa: E402

SENTENCE = re.compile(r"(?<=[.!?])\s+")
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# Peak RSS of a fresh bot process. VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a
# probe forked from this (large) benchmark process would report the benchmark's own size.
RSS_PROBE = """
import re, sys
from pathlib import Path
import time
import bot.discord.client  # the bot's whole import graph, Discord included
from bot.lookup import Library
start = time.perf_counter()
library = Library(Path(sys.argv[1]))
print(time.perf_counter() - start)
print(int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024)
"""


@dataclass
class Row:
    figure: str
    value: str
    target: str
    ok: bool | None


def log(message: str) -> None:
    print(f"  … {message}", file=sys.stderr, flush=True)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor_pass(corpus: Path) -> int:
    """Read every article once and split it into sentences and tokens."""
    count = 0
    for path in sorted(corpus.rglob("*.txt")):
        for sentence in SENTENCE.split(path.read_text(encoding="utf-8")):
            count += len(TOKEN.findall(sentence))
    return count


def p99_ms(fn: Callable[[str], object], queries: list[str]) -> float:
    for q in queries[:5]:
        fn(q)  # warm caches as a running bot would have them
    samples = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def fresh_bot(briefs: Path) -> tuple[float, int]:
    """Load time (s) and peak RSS (MB) of a new bot process loading `briefs`, as at start-up."""
    out = subprocess.run([sys.executable, "-c", RSS_PROBE, str(briefs)], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds, mb = out.stdout.strip().splitlines()[-2:]
    return float(seconds), int(mb)


def measure_size(n: int, work: Path, repeat: int) -> dict[str, float]:
    corpus = work / f"corpus-{n}"
    log(f"N={n}: generating the corpus")
    generate(n, corpus)
    log(f"N={n}: floor pass ×{repeat}")
    floor = median_time(lambda: floor_pass(corpus), repeat)
    log(f"N={n}: full build ×{repeat} (no cache)")
    outs = iter(range(repeat))
    full = median_time(lambda: build(corpus, work / f"briefs-{n}-{next(outs)}", cache_dir=None), repeat)
    result = {"floor": floor, "build": full}
    if n >= 1000:
        log(f"N={n}: adding one article to a built corpus")
        cache = work / f"cache-{n}"
        build(corpus, work / f"briefs-{n}-warm", cache_dir=cache)
        extra = corpus / "zz-added.txt"
        extra.write_text((ROOT / "seeds" / sorted(os.listdir(ROOT / "seeds"))[0]).read_text(encoding="utf-8"),
                         encoding="utf-8")
        result["add_one"] = median_time(lambda: build(corpus, work / f"briefs-{n}-warm", cache_dir=cache), 1)
        extra.unlink()
    briefs = work / f"briefs-{n}-0"
    log(f"N={n}: start-up, handlers and autocomplete")
    starts = [fresh_bot(briefs) for _ in range(repeat)]
    result["start"] = statistics.median(s for s, _ in starts)
    result["rss"] = max(mb for _, mb in starts)
    index = Library(briefs).index  # as the bot serves it
    rng = random.Random(1)
    names = [a.name for a in index.briefs.actors]
    surnames = [n.split()[-1] for n in rng.sample(names, min(200, len(names)))]
    words = [w for n in names for w in re.findall(r"[a-z]{4,}", n.lower())] or ["idlib"]
    result["who"] = p99_ms(lambda q: dispatch(index, f"!who {q}"), surnames)
    result["timeline"] = p99_ms(lambda q: dispatch(index, f"!timeline {q}"), surnames)
    result["figures"] = p99_ms(lambda q: dispatch(index, "!figures"), surnames[:50])
    result["search"] = p99_ms(lambda q: dispatch(index, f"!search {q}"), [rng.choice(words) for _ in range(200)])
    prefixes = [s[: rng.randint(1, 4)] for s in surnames]
    result["autocomplete"] = p99_ms(index.complete_actor, prefixes)
    result["actors"] = len(index.briefs.actors)
    return result


def table(rows: list[Row]) -> str:
    width = max(len(r.figure) for r in rows)
    lines = [f"| {'figure'.ljust(width)} | value | target | met |", f"|{'-' * (width + 2)}|---|---|---|"]
    for r in rows:
        met = "–" if r.ok is None else ("yes" if r.ok else "NO")
        lines.append(f"| {r.figure.ljust(width)} | {r.value} | {r.target} | {met} |")
    return "\n".join(lines)


def rows_for(results: dict[int, dict[str, float]], seed_rss: int) -> list[Row]:
    rows = []
    sizes = sorted(results)
    for n in sizes:
        r = results[n]
        ratio = r["build"] / r["floor"]
        rows.append(Row(f"build N={n:,} ({r['actors']:,} actors)", f"{r['build']:.1f} s = {ratio:.0f}× floor "
                        f"({r['floor'] * 1000:.0f} ms)", "≤ 20× floor", ratio <= 20))
    if len(sizes) >= 2:
        small, big = results[sizes[0]], results[sizes[-1]]
        growth = big["build"] / small["build"]
        scale = sizes[-1] / sizes[0]
        rows.append(Row(f"time({sizes[-1]:,}) / time({sizes[0]:,})", f"{growth:.1f}", f"≤ {scale * 1.1:.0f} (linear)",
                        growth <= scale * 1.1))
    big_n = sizes[-1]
    big = results[big_n]
    if "add_one" in big:
        share = big["add_one"] / big["build"] * 100
        rows.append(Row(f"add 1 article to a built {big_n:,}", f"{big['add_one']:.1f} s = {share:.1f}% of full",
                        "≤ 5%", share <= 5))
    for key, label in (("who", "!who"), ("timeline", "!timeline page"), ("figures", "!figures"), ("search", "!search")):
        rows.append(Row(f"{label} p99, N={big_n:,}", f"{big[key]:.1f} ms", "≤ 20 ms", big[key] <= 20))
    rows.append(Row(f"autocomplete p99, N={big_n:,}", f"{big['autocomplete']:.2f} ms", "≤ 5 ms", big["autocomplete"] <= 5))
    rows.append(Row(f"start (load briefs), N={big_n:,}", f"{big['start']:.2f} s", "≤ 3 s", big["start"] <= 3))
    rows.append(Row("bot RSS, seed briefs", f"{seed_rss} MB", "≤ 80 MB", seed_rss <= 80))
    rows.append(Row(f"bot RSS, N={big_n:,} briefs", f"{big['rss']:.0f} MB", "≤ 250 MB", big["rss"] <= 250))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 200 only (CI)")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (medians)")
    args = parser.parse_args()
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="briefbot-bench-"))
    try:
        seed_briefs = work / "seed-briefs"
        build(ROOT / "seeds", seed_briefs, cache_dir=None)
        seed_rss = fresh_bot(seed_briefs)[1]
        results = {n: measure_size(n, work, 1 if (n >= 5000 and not args.quick) else args.repeat) for n in sizes}
        print(table(rows_for(results, seed_rss)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The builder end to end on the seed corpus."""

from pathlib import Path

from bot.build import build
from bot.cards import load_briefs
from tests.conftest import SEEDS


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_corpus_gives_byte_identical_briefs(tmp_path: Path, seed_briefs: Path) -> None:
    again = tmp_path / "again"
    build(SEEDS, again, cache_dir=tmp_path / "cache")
    assert _tree(again) == _tree(seed_briefs)


def test_every_actor_has_a_card_file(seed_briefs: Path) -> None:
    names = {p.stem for p in (seed_briefs / "actors").glob("*.yaml")}
    assert {"staffan-de-mistura", "sergey-lavrov", "najy-mustafa"} <= names


def test_adding_one_article_reads_only_that_article(tmp_path: Path, monkeypatch) -> None:
    import shutil

    import bot.build as build_module

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "b1", cache_dir=cache)
    (corpus / "new.txt").write_text(
        "Aid Convoy Reaches Town\n\nRelief Weekly | 12 May 2019\n\n"
        "A convoy of 40 trucks reached the town on Friday, the agency's spokesman Omar Haddad said.\n",
        encoding="utf-8",
    )
    extracted = []
    real = build_module.extract
    monkeypatch.setattr(build_module, "extract", lambda a, *rest: extracted.append(a.id) or real(a, *rest))
    result = build(corpus, tmp_path / "b2", cache_dir=cache)
    assert extracted == ["new"]
    assert result.articles == 6


def test_curation_merges_drops_renames_and_retypes(tmp_path: Path) -> None:
    from bot.config import Curation
    from bot.lookup import load_index

    curation = Curation(merge=[["Sergey Lavrov", "Vitaly Churkin"]], drop=["White Helmets"],
                        rename={"Mevlut Cavusoglu": "Mevlüt Çavuşoğlu"}, kinds={"Channel One": "state"})
    out = tmp_path / "briefs"
    build(SEEDS, out, curation=curation)
    index = load_index(out)
    assert index.who("churkin").actors == index.who("lavrov").actors
    assert not index.who("white helmets").actors
    assert index.who("cavusoglu").actors[0].name == "Mevlüt Çavuşoğlu"
    assert index.who("channel one").actors[0].kind == "state"


def test_a_missing_or_empty_corpus_is_refused(tmp_path: Path) -> None:
    import pytest

    from bot.corpus import CorpusError

    with pytest.raises(CorpusError, match="does not exist"):
        build(tmp_path / "nowhere", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no readable articles"):
        build(tmp_path / "empty", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_built_briefs_are_readable_by_other_users(tmp_path: Path, seed_briefs: Path) -> None:
    import stat

    mode = seed_briefs.stat().st_mode
    assert mode & stat.S_IROTH and mode & stat.S_IXOTH  # a bot running as another user can read them


def test_builds_in_separate_processes_are_byte_identical(tmp_path: Path) -> None:
    """Python randomises set order per process; nothing in the briefs may depend on it."""
    import os
    import subprocess
    import sys

    config = tmp_path / "config.yaml"
    config.write_text(f"cache: {tmp_path / 'cache'}\n", encoding="utf-8")  # the first extracts, the others reuse
    seeds = ("1", "2", "3")
    for seed in seeds:
        subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "build", "--corpus", str(SEEDS),
                        "--out", str(tmp_path / seed)],
                       check=True, capture_output=True, cwd=SEEDS.parent, env={**os.environ, "PYTHONHASHSEED": seed})
    trees = [_tree(tmp_path / seed) for seed in seeds]
    assert trees[0] == trees[1] == trees[2]


def test_a_build_spread_over_processes_equals_a_build_in_one(tmp_path: Path) -> None:
    import shutil

    from bot.build import PARALLEL_FROM

    corpus = tmp_path / "corpus"
    for copy in range(PARALLEL_FROM // 5 + 1):  # enough articles for the pool to be used
        shutil.copytree(SEEDS, corpus / f"desk{copy:02d}")
    one = build(corpus, tmp_path / "one", cache_dir=None, workers=1)
    two = build(corpus, tmp_path / "two", cache_dir=None, workers=2)
    assert one.articles == two.articles >= PARALLEL_FROM
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_an_undated_report_is_read_against_the_earliest_dated_one_for_its_relative_dates(tmp_path: Path, monkeypatch) -> None:
    import bot.build as build_module

    quote = "“We will not leave the talks until every prisoner is home,” said negotiator Amina Yusuf."
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-dated.txt").write_text(f"Talks Resume\n\nThe Ledger | 14 March 2021\n\n{quote}\n", encoding="utf-8")
    (corpus / "b-plain.txt").write_text(f"Talks Go On\n\n{quote} Delegations met in Geneva.\n", encoding="utf-8")
    (corpus / "c-relative.txt").write_text(f"Talks Go On\n\n{quote} Delegations met in Geneva on Friday.\n",
                                           encoding="utf-8")
    (corpus / "z-later.txt").write_text(f"Talks Drag On\n\nThe Ledger | 20 March 2021\n\n{quote}\n", encoding="utf-8")
    readings = []
    real = build_module.extract
    monkeypatch.setattr(build_module, "extract", lambda a, *rest: readings.append(a.id) or real(a, *rest))
    build(corpus, tmp_path / "briefs", workers=1)
    sources = {s.id: s for s in load_briefs(tmp_path / "briefs").sources}
    assert sorted(readings) == ["a-dated", "b-plain", "c-relative", "c-relative", "z-later"]
    assert sources["b-plain"].read_against == sources["c-relative"].read_against == "2021-03-14"
    timeline = load_briefs(tmp_path / "briefs").timeline
    assert [e.date for e in timeline if e.cites[0].source == "c-relative"] == ["2021-03-12"]


def test_an_undated_report_in_a_corpus_of_one_season_has_its_month_days_read_in_that_season(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-dated.txt").write_text("Damascus falls\n\nThe Ledger | 8 December 2024\n\n"
                                        "Rebels entered Damascus on Sunday.\n", encoding="utf-8")
    undated = "Citadel visit\n\nThe head of the rebels, Abu Omar, on Dec. 4 visited the citadel. He spoke on Tuesday.\n"
    (corpus / "b-undated.txt").write_text(undated, encoding="utf-8")
    build(corpus, tmp_path / "briefs", workers=1)
    briefs = load_briefs(tmp_path / "briefs")
    assert [e.date for e in briefs.timeline if e.cites[0].source == "b-undated"] == ["2024-12-04"]  # not "Tuesday"
    assert {s.id: s.read_against for s in briefs.sources}["b-undated"] == "2024-12"
    # over more than a year, nothing says which year it is
    (corpus / "c-older.txt").write_text("Talks\n\nThe Ledger | 14 March 2021\n\nThe talks between the sides resumed on Friday.\n",
                                        encoding="utf-8")
    build(corpus, tmp_path / "briefs", workers=1)
    briefs = load_briefs(tmp_path / "briefs")
    assert [e.date for e in briefs.timeline if e.cites[0].source == "b-undated"] == []


def test_cards_written_over_processes_equal_cards_written_in_one(tmp_path: Path, seed_briefs: Path) -> None:
    import dataclasses

    from bot import cards
    from bot.build import PARALLEL_FROM, write_cards_in_parallel

    briefs = load_briefs(seed_briefs)
    briefs.actors = [dataclasses.replace(a, id=f"{a.id}-{n}") for n in range(2) for a in briefs.actors]
    assert len(cards.card_files(briefs)) >= PARALLEL_FROM  # enough files for the pool to be used
    cards.write_briefs(briefs, tmp_path / "one")
    cards.write_briefs(briefs, tmp_path / "two", write_cards_in_parallel(2))
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    assert cards.load_index_file(tmp_path / "two") == briefs


def test_an_article_the_extractor_fails_on_is_skipped_with_a_warning_and_the_rest_built(
        tmp_path: Path, monkeypatch, caplog) -> None:
    import logging

    import bot.build as build_module

    real = build_module.extract

    def fragile(article, *rest):
        if article.id == "b-odd":
            raise IndexError("list index out of range")
        return real(article, *rest)

    monkeypatch.setattr(build_module, "extract", fragile)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "The talks between the two delegations resumed in Geneva on Monday."
    (corpus / "a-plain.txt").write_text(f"Talks\nThe Ledger | 14 March 2021\n{body}\n", encoding="utf-8")
    (corpus / "b-odd.txt").write_text(f"Odd\nThe Ledger | 15 March 2021\n{body}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.build"):
        result = build(corpus, tmp_path / "briefs", workers=1)
    assert result.articles == 1
    assert [s.id for s in load_briefs(tmp_path / "briefs").sources] == ["a-plain"]
    assert "skipping b-odd.txt: the extractor failed on it (IndexError: list index out of range)" in caplog.text

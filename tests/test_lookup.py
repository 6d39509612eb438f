"""Name lookup, completion and the Library that swaps briefs in while the bot serves them."""

from __future__ import annotations

import gc
import logging
import shutil
from pathlib import Path

import pytest

from bot import cards
from bot.build import build
from bot.lookup import Index, Library, Match
from tests.conftest import ROOT

STRIKE = ROOT / "tests" / "fixtures" / "strike"


def _ids(index: Index, query: str) -> list[str]:
    return [a.id for a in index.who(query).actors]


# ---------------------------------------------------------------- who

@pytest.mark.parametrize("query", ["demistura", "de mistura", "Mistura", "DE MISTURA", "Staffan de Mistura",
                                   "  de   mistura ", "de Mistura’s", "de Mistura's"])
def test_every_way_of_writing_de_mistura_finds_his_card(seed_index: Index, query: str) -> None:
    assert _ids(seed_index, query) == ["staffan-de-mistura"]


@pytest.mark.parametrize("query", ["demistura", "de mistura", "Mistura", "DE MISTURA"])
def test_the_spellings_the_readme_promises_match_exactly(seed_index: Index, query: str) -> None:
    assert seed_index.who(query).exact


@pytest.mark.parametrize("query", ["muallem", "al-moallem", "al-Muallem", "Walid al-Moallem", "MOALLEM"])
def test_both_transliterations_find_walid_al_muallem(seed_index: Index, query: str) -> None:
    match = seed_index.who(query)
    assert [a.name for a in match.actors] == ["Walid al-Muallem"]
    assert match.exact


@pytest.mark.parametrize(("query", "actor"), [
    ("lavrov", "Sergey Lavrov"),
    ("LAVROV", "Sergey Lavrov"),
    ("hts", "Hay’at Tahrir al-Sham"),
    ("HTS", "Hay’at Tahrir al-Sham"),
    ("Nusra Front", "Hay’at Tahrir al-Sham"),
    ("erdoğan", "Recep Tayyip Erdogan"),
    ("çavuşoğlu", "Mevlut Cavusoglu"),
    ("assad", "Bashar al-Assad"),
])
def test_surnames_acronyms_and_accents_match_exactly(seed_index: Index, query: str, actor: str) -> None:
    match = seed_index.who(query)
    assert [a.name for a in match.actors] == [actor]
    assert match.exact


@pytest.mark.parametrize(("query", "actor"), [("lavrv", "Sergey Lavrov"), ("churkn", "Vitaly Churkin"),
                                              ("Lavrof", "Sergey Lavrov"), ("pompeio", "Mike Pompeo")])
def test_a_small_typo_still_finds_the_actor_but_not_as_exact(seed_index: Index, query: str, actor: str) -> None:
    match = seed_index.who(query)
    assert [a.name for a in match.actors] == [actor]
    assert not match.exact


def test_an_unknown_name_returns_no_actor_and_suggests_close_names(seed_index: Index) -> None:
    match = seed_index.who("Stefan Mistral")
    assert match.actors == ()
    assert not match.exact
    assert match.suggestions[0] == "Staffan de Mistura"
    assert 1 <= len(match.suggestions) <= 5
    assert len(set(match.suggestions)) == len(match.suggestions)


def test_a_name_like_nobody_has_neither_actors_nor_suggestions(seed_index: Index) -> None:
    assert seed_index.who("xyzzy") == Match((), False, ())


@pytest.mark.parametrize("query", ["", "   ", "!!!", "日本 🙂"])
def test_a_query_with_no_letters_matches_nothing(seed_index: Index, query: str) -> None:
    match = seed_index.who(query)
    assert match.actors == () and match.suggestions == ()


def test_several_matches_are_all_returned_most_mentioned_first(seed_index: Index) -> None:
    names = [a.name for a in seed_index.who("sham").actors]
    assert names == ["Hay’at Tahrir al-Sham", "Jabhat Fatah al-Sham"]


def test_name_of_an_unknown_id_is_empty(seed_index: Index) -> None:
    assert seed_index.name_of("sergey-lavrov") == "Sergey Lavrov"
    assert seed_index.name_of("nobody") == ""
    assert seed_index.name_of(None) == ""


# ---------------------------------------------------------------- topics

@pytest.mark.parametrize(("query", "name"), [("idlib", "Idlib"), ("IDLIB", "Idlib"), ("de-escalation zones",
                                             "de-escalation zones"), ("deescalation zones", "de-escalation zones"),
                                            ("aleppo city", "Aleppo")])
def test_topic_lookup(seed_index: Index, query: str, name: str) -> None:
    found = seed_index.topic(query)
    assert found is not None and found.name == name


def test_an_unknown_topic_is_none(seed_index: Index) -> None:
    assert seed_index.topic("nothing here") is None


# ---------------------------------------------------------------- completion

def _index_of(*actors: tuple[str, int, list[str]]) -> Index:
    made = [cards.Actor(id=name.lower().replace(" ", "-"), name=name, kind="person", aliases=aliases, mentions=mentions)
            for name, mentions, aliases in actors]
    return Index(cards.Briefs([], made, [], [], []))


def test_complete_actor_returns_at_most_25_names(seed_index: Index) -> None:
    many = _index_of(*[(f"Agent {i:02d}", i, []) for i in range(40)])
    assert len(many.complete_actor("agent")) == 25
    assert len(many.complete_actor("")) == 25
    assert len(many.complete_actor("agent", limit=5)) == 5
    assert len(seed_index.complete_actor("")) == 25  # the seeds have more actors than that
    assert len(seed_index.complete_actor("s")) <= 25


def test_complete_actor_on_nothing_typed_lists_the_most_mentioned_first(seed_index: Index) -> None:
    names = seed_index.complete_actor("")
    mentions = {a.name: a.mentions for a in seed_index.briefs.actors}
    assert names[0] == max(seed_index.briefs.actors, key=lambda a: a.mentions).name  # Syria, then de Mistura
    assert [mentions[n] for n in names] == sorted((mentions[n] for n in names), reverse=True)


def test_complete_actor_puts_prefix_matches_before_matches_inside_a_name() -> None:
    index = _index_of(("Hannah Smith", 50, []), ("Annan", 1, []), ("Joanna", 30, ["Anna"]))
    assert index.complete_actor("an") == ["Joanna", "Annan", "Hannah Smith"]


def test_complete_actor_on_the_seeds(seed_index: Index) -> None:
    assert seed_index.complete_actor("lav")[0] == "Sergey Lavrov"
    assert seed_index.complete_actor("mis")[0] == "Staffan de Mistura"  # by the alias "Mistura"
    assert seed_index.complete_actor("wal")[0] == "Walid al-Muallem"
    assert seed_index.complete_actor("mi")[:2] == ["Staffan de Mistura", "Mike Pompeo"]
    assert seed_index.complete_actor("xq") == []


def test_complete_topic(seed_index: Index) -> None:
    assert seed_index.complete_topic("id") == ["Idlib"]
    assert seed_index.complete_topic("ale")[0] == "Aleppo"
    assert seed_index.complete_topic("") == [t.name for t in seed_index.briefs.topics][:25]
    assert "Idlib" in seed_index.complete_topic("")
    assert seed_index.complete_topic("xq") == []


# ---------------------------------------------------------------- the Library

@pytest.fixture
def served(seed_briefs: Path, tmp_path: Path) -> Path:
    root = tmp_path / "briefs"
    shutil.copytree(seed_briefs, root)
    return root


def test_a_fresh_library_serves_its_briefs_and_has_not_changed(served: Path) -> None:
    library = Library(served)
    assert _ids(library.index, "lavrov") == ["sergey-lavrov"]
    assert not library.changed()


def test_a_rebuild_is_noticed_and_the_new_index_served(served: Path) -> None:
    library = Library(served)
    old = library.index
    build(STRIKE, served, cache_dir=None)
    assert library.changed()
    assert library.reload() is True
    assert library.index is not old
    assert len(library.index.briefs.sources) == 2
    assert library.index.who("lavrov").actors == ()
    assert not library.changed()
    assert _ids(old, "lavrov") == ["sergey-lavrov"]  # a command in flight keeps the index it started with


def test_served_cards_are_out_of_the_cyclic_collectors_rounds(served: Path) -> None:
    """A full collection walks every tracked object: served cards must not be among them,
    before or after a reload (at 10,000 articles that walk stalled commands)."""
    library = Library(served)
    first = library.index.briefs.actors[0]
    assert not any(o is first for o in gc.get_objects())
    build(STRIKE, served, cache_dir=None)
    assert library.reload() is True
    second = library.index.briefs.actors[0]
    assert not any(o is second for o in gc.get_objects())


def test_a_rebuild_of_the_same_corpus_is_noticed_too(served: Path) -> None:
    library = Library(served)
    build(ROOT / "seeds", served, cache_dir=None)
    assert library.changed()


def test_broken_sources_are_refused_and_the_old_index_kept(served: Path, caplog: pytest.LogCaptureFixture) -> None:
    library = Library(served)
    old = library.index
    (served / "sources.yaml").write_text("schema: 1\nsources: [ {id: 000\n", encoding="utf-8")
    assert library.changed()
    with caplog.at_level(logging.ERROR, logger="bot.lookup"):
        assert library.reload() is False
    assert library.index is old
    assert _ids(library.index, "lavrov") == ["sergey-lavrov"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.name == "bot.lookup"]
    assert len(errors) == 1
    assert str(served) in errors[0].getMessage()
    assert "refused" in errors[0].getMessage()
    assert not library.changed()  # refused once, not retried on every tick


def test_a_card_that_does_not_validate_is_refused_too(served: Path, caplog: pytest.LogCaptureFixture) -> None:
    library = Library(served)
    old = library.index
    card = served / "actors" / "sergey-lavrov.yaml"
    card.write_text(card.read_text(encoding="utf-8") + "nickname: Sergei\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="bot.lookup"):
        assert library.reload() is False
    assert library.index is old
    assert any("nickname" in r.getMessage() and "sergey-lavrov.yaml" in r.getMessage() for r in caplog.records)


def test_after_a_refusal_the_next_good_build_is_served(served: Path) -> None:
    library = Library(served)
    (served / "actors" / "sergey-lavrov.yaml").write_text("name: [\n", encoding="utf-8")
    assert library.reload() is False
    build(STRIKE, served, cache_dir=None)
    assert library.changed()
    assert library.reload() is True
    assert len(library.index.briefs.sources) == 2


def test_briefs_that_disappear_are_refused_and_the_old_index_kept(served: Path) -> None:
    library = Library(served)
    old = library.index
    shutil.rmtree(served)
    assert not library.changed()  # nothing new to load
    assert library.reload() is False
    assert library.index is old


def test_completion_forgives_a_typo_when_nothing_matches_as_typed(seed_index: Index) -> None:
    assert seed_index.complete_actor("lavorv") == ["Sergey Lavrov"]
    assert seed_index.complete_actor("demistrua")[0] == "Staffan de Mistura"


def test_completion_adds_no_look_alikes_to_names_that_match_as_typed() -> None:
    index = _index_of(("Vladimir Putin", 9, []), ("Tina Putnam", 5, []), ("Mario Rutin", 1, []))
    assert index.complete_actor("putin") == ["Vladimir Putin"]


def test_the_last_words_of_a_bodys_name_find_it() -> None:
    made = [cards.Actor(id="health", name="Armenia’s Health Ministry", kind="organisation", mentions=3),
            cards.Actor(id="unhcr", name="United Nations Refugee Agency", kind="organisation", mentions=2)]
    index = Index(cards.Briefs([], made, [], [], []))
    assert [(a.name, index.who("health ministry").exact) for a in index.who("health ministry").actors] == [
        ("Armenia’s Health Ministry", True)]
    assert [a.name for a in index.who("refugee agency").actors] == ["United Nations Refugee Agency"]


def test_the_first_words_of_a_name_find_it() -> None:
    made = [cards.Actor(id="acled", name="Armed Conflict Location and Event Data Project", kind="organisation"),
            cards.Actor(id="dagalo", name="Mohamed Hamdan Dagalo", kind="person")]
    index = Index(cards.Briefs([], made, [], [], []))
    assert [(a.name, index.who("armed conflict location").exact) for a in index.who("armed conflict location").actors] == [
        ("Armed Conflict Location and Event Data Project", True)]
    assert [a.name for a in index.who("mohamed hamdan").actors] == ["Mohamed Hamdan Dagalo"]


def test_a_surname_finds_the_person_before_the_body_named_after_them() -> None:
    made = [cards.Actor(id="admin", name="Sheinbaum administration", kind="organisation", mentions=1),
            cards.Actor(id="claudia", name="Claudia Sheinbaum", kind="person", mentions=9),
            cards.Actor(id="sham", name="Jabhat Fatah al-Sham", kind="organisation", mentions=2)]
    index = Index(cards.Briefs([], made, [], [], []))
    assert _ids(index, "sheinbaum") == ["claudia"]
    assert _ids(index, "sheinbaum administration") == ["admin"]
    assert _ids(index, "sham") == ["sham"]

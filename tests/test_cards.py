"""The fact cards: the committed briefs validate, broken cards are named, dump and load agree."""

from __future__ import annotations

import dataclasses
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import cards
from tests.conftest import ROOT

COMMITTED = ROOT / "briefs"
LISTS = {
    "sources.yaml": ("sources", list[cards.Source]),
    "timeline.yaml": ("timeline", list[cards.Event]),
    "figures.yaml": ("figures", list[cards.FigureGroup]),
}


def _shape(rel: Path) -> tuple[str | None, Any] | None:
    """What a card file under briefs/ must hold: (top-level key, type), or None when the bot never reads it."""
    if rel.as_posix() in LISTS:
        return LISTS[rel.as_posix()]
    if len(rel.parts) == 2 and rel.parts[0] == "actors":
        return None, cards.Actor
    if len(rel.parts) == 2 and rel.parts[0] == "topics":
        return None, cards.Topic
    return None


def _validate(path: Path, rel: Path) -> list[str]:
    shape = _shape(rel)
    if shape is None:
        return ["not a card file: the bot reads sources/timeline/figures.yaml, actors/*.yaml and topics/*.yaml"]
    key, cls = shape
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        return [f"YAML error: {exc}"]
    try:
        if key is None:
            value = cards.from_plain(cls, data, str(rel))
        else:
            if not isinstance(data, dict) or key not in data:
                return [f"missing top-level key '{key}'"]
            value = cards.from_plain(cls, data[key], f"{rel}: {key}")
    except cards.CardError as exc:
        return [f"schema error: {exc}"]
    problems = []
    if key == "sources":
        extra = set(data) - {"schema", "sources"}
        if data.get("schema") != cards.SCHEMA_VERSION:
            problems.append(f"schema is {data.get('schema')!r}, expected {cards.SCHEMA_VERSION}")
        if extra:
            problems.append(f"unexpected top-level keys {sorted(extra)}")
    elif key is not None and set(data) != {key}:
        problems.append(f"unexpected top-level keys {sorted(set(data) - {key})}")
    if key is None and value.id != path.stem:
        problems.append(f"id '{value.id}' does not match the file name")
    return problems


def _cross_references(briefs: cards.Briefs) -> list[tuple[str, str]]:
    """Every id a card mentions points at a card that exists; every cite at a real sentence."""
    sentences = {s.id: s.sentences for s in briefs.sources}
    actors = {a.id for a in briefs.actors}
    figures = {g.id for g in briefs.figures}
    problems: list[tuple[str, str]] = []

    def cite(where: str, c: cards.Cite) -> None:
        if c.source not in sentences:
            problems.append((where, f"cites unknown source {c.source}"))
        elif not 0 <= c.sentence < sentences[c.source]:
            problems.append((where, f"cites sentence {c.sentence} of {c.source}, which has {sentences[c.source]}"))

    def ids(where: str, what: str, found: list[str], known: set[str] | dict[str, int]) -> None:
        problems.extend((where, f"unknown {what} '{i}'") for i in found if i not in known)

    for a in briefs.actors:
        where = f"actors/{a.id}.yaml"
        for fact in a.roles + a.quotes + a.said + a.did:
            cite(where, fact.cite)
        ids(where, "related actor", a.related, actors)
        ids(where, "figure group", a.figures, figures)
        ids(where, "source", a.sources, sentences)
    for e in briefs.timeline:
        for c in e.cites:
            cite(f"timeline.yaml ({e.date})", c)
        ids(f"timeline.yaml ({e.date})", "actor", e.actors, actors)
    for g in briefs.figures:
        for claim in g.claims:
            cite(f"figures.yaml ({g.id})", claim.cite)
            ids(f"figures.yaml ({g.id})", "actor", [claim.claimant] if claim.claimant else [], actors)
            ids(f"figures.yaml ({g.id})", "actor", claim.about, actors)
    for t in briefs.topics:
        where = f"topics/{t.id}.yaml"
        for fact in t.summary:
            cite(where, fact.cite)
        ids(where, "actor", t.actors, actors)
        ids(where, "figure group", t.figures, figures)
        ids(where, "source", t.sources, sentences)
    return problems


def _report(title: str, problems: list[tuple[str, str]]) -> str:
    lines = [title]
    for name, error in problems:
        lines.append(f"- {name}:")
        lines.append(textwrap.indent(error, "    "))
    return "\n".join(lines)


def test_every_committed_card_file_loads_and_validates() -> None:
    """Like Red-DiscordBot's trivia test: check every file, then report all the bad ones together."""
    files = sorted(COMMITTED.rglob("*.yaml"))
    names = {p.relative_to(COMMITTED).as_posix() for p in files}
    assert set(LISTS) <= names
    assert any(n.startswith("actors/") for n in names)
    assert any(n.startswith("topics/") for n in names)
    problems = []
    for path in files:
        rel = path.relative_to(COMMITTED)
        problems += [(rel.as_posix(), error) for error in _validate(path, rel)]
    if problems:
        pytest.fail(_report("The following card files contain errors:", problems), pytrace=False)


def test_committed_cards_load_as_the_bot_loads_them_and_cross_reference() -> None:
    briefs = cards.load_briefs(COMMITTED)
    assert briefs.sources and briefs.actors and briefs.timeline and briefs.figures and briefs.topics
    problems = _cross_references(briefs)
    if problems:
        pytest.fail(_report("The following cards point at nothing:", problems), pytrace=False)


# ---------------------------------------------------------------- broken cards

@pytest.fixture
def briefs_copy(seed_briefs: Path, tmp_path: Path) -> Path:
    root = tmp_path / "briefs"
    shutil.copytree(seed_briefs, root)
    return root


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _load_error(root: Path) -> str:
    with pytest.raises(cards.CardError) as info:
        cards.load_briefs(root)
    return str(info.value)


def test_a_field_of_the_wrong_type_names_the_file_and_the_key(briefs_copy: Path) -> None:
    card = briefs_copy / "actors" / "sergey-lavrov.yaml"
    _edit(card, lambda d: d.update(mentions="many"))
    message = _load_error(briefs_copy)
    assert str(card) in message
    assert "mentions" in message
    assert "expected int" in message


def test_a_list_given_as_a_string_names_the_file_and_the_key(briefs_copy: Path) -> None:
    card = briefs_copy / "topics" / "idlib.yaml"
    _edit(card, lambda d: d.update(actors="staffan-de-mistura"))
    message = _load_error(briefs_copy)
    assert str(card) in message
    assert "actors" in message
    assert "expected a list" in message


def test_a_boolean_is_not_a_count(briefs_copy: Path) -> None:
    card = briefs_copy / "actors" / "sergey-lavrov.yaml"
    _edit(card, lambda d: d.update(mentions=True))
    message = _load_error(briefs_copy)
    assert str(card) in message and "mentions" in message


def test_an_unknown_key_names_the_file_and_the_key(briefs_copy: Path) -> None:
    card = briefs_copy / "actors" / "vitaly-churkin.yaml"
    _edit(card, lambda d: d.update(nickname="Vitya"))
    message = _load_error(briefs_copy)
    assert str(card) in message
    assert "unknown key 'nickname'" in message


def test_a_missing_required_key_names_the_file_and_the_key(briefs_copy: Path) -> None:
    card = briefs_copy / "actors" / "vitaly-churkin.yaml"
    _edit(card, lambda d: d.pop("kind"))
    message = _load_error(briefs_copy)
    assert str(card) in message
    assert "missing key 'kind'" in message


def test_an_error_inside_a_list_names_the_entry(briefs_copy: Path) -> None:
    sources = briefs_copy / "sources.yaml"
    _edit(sources, lambda d: d["sources"][1].pop("title"))
    message = _load_error(briefs_copy)
    assert str(sources) in message
    assert "sources[1]" in message
    assert "missing key 'title'" in message


def test_a_nested_cite_of_the_wrong_type_is_named(briefs_copy: Path) -> None:
    timeline = briefs_copy / "timeline.yaml"
    _edit(timeline, lambda d: d["timeline"][0]["cites"][0].update(sentence="four"))
    message = _load_error(briefs_copy)
    assert str(timeline) in message
    assert "timeline[0].cites[0].sentence" in message


def test_a_list_file_without_its_key_is_named(briefs_copy: Path) -> None:
    figures = briefs_copy / "figures.yaml"
    figures.write_text("groups: []\n", encoding="utf-8")
    message = _load_error(briefs_copy)
    assert str(figures) in message
    assert "missing key 'figures'" in message


def test_every_broken_file_is_reported_in_one_error(briefs_copy: Path) -> None:
    lavrov = briefs_copy / "actors" / "sergey-lavrov.yaml"
    idlib = briefs_copy / "topics" / "idlib.yaml"
    _edit(lavrov, lambda d: d.pop("name"))
    _edit(idlib, lambda d: d.update(colour="red"))
    message = _load_error(briefs_copy)
    assert str(lavrov) in message and "missing key 'name'" in message
    assert str(idlib) in message and "unknown key 'colour'" in message


def test_a_folder_without_sources_says_to_build_first(tmp_path: Path) -> None:
    message = _load_error(tmp_path)
    assert str(tmp_path) in message
    assert "python -m bot build" in message


def test_the_seed_copy_itself_loads(briefs_copy: Path) -> None:
    """The fixture the failure tests start from is sound, so each failure above is the edit's."""
    briefs = cards.load_briefs(briefs_copy)
    assert {a.id for a in briefs.actors} >= {"sergey-lavrov", "vitaly-churkin"}
    assert "idlib" in {t.id for t in briefs.topics}


# ---------------------------------------------------------------- dump and load

TRICKY = ["null", "~", "yes", "no", "12", "1.5", "2018-09-07", "# not a comment", "key: value",
          "  leading space", "ümlaut “quoted” — dash", "line one\nline two", "'single' \"double\""]


def _small_briefs() -> cards.Briefs:
    cite = cards.Cite("src-a", 0)
    return cards.Briefs(
        sources=[
            cards.Source(id="src-a", title="A headline: with a colon", path="a.txt", sentences=12, digest="abc123",
                         outlet="The Outlet", author="A. Writer", url="https://example.org/a", date="2018-09-07",
                         date_basis="front matter", first_built="2026-01-02"),
            cards.Source(id="src-b", title="yes", path="sub/b.md", sentences=3, digest="0123",
                         read_against="2018-09-03", read_against_basis="a weekday pins the year"),
        ],
        actors=[  # in file-name order, the order load_briefs reads them
            cards.Actor(id="acme", name="ACME", kind="organisation"),
            cards.Actor(id="jane-doe", name="Jane Doe", kind="person", aliases=["Doe", *TRICKY],
                        roles=[cards.Fact("Special Envoy", cite, "2018-W35")],
                        quotes=[cards.Fact("“We are ready,” she said.", cards.Cite("src-b", 2))],
                        said=[cards.Fact(t, cite) for t in TRICKY],
                        did=[cards.Fact("Met the minister.", cite, "2018")],
                        named_in=[cards.Fact("Jane Doe was at the meeting.", cite)],
                        figures=["people-x-2900000"], related=["acme"], sources=["src-a", "src-b"], mentions=7),
        ],
        timeline=[cards.Event("2014-07", "Appointed.", [cite, cards.Cite("src-b", 1)], ["jane-doe"])],
        figures=[cards.FigureGroup(
            id="people-x-2900000", label="people (X)", status="disputed", anchors=["X"],
            claims=[
                cards.FigureClaim(value=2_900_000.0, written="2.9 million", counts="people", cite=cite,
                                  text="2.9 million people", qualifier="about", claimant="jane-doe",
                                  date="2018-09-07", about=["acme"]),
                cards.FigureClaim(value=0.25, written="a quarter", counts="share", cite=cite, text="a quarter"),
                cards.FigureClaim(value=4e6, written="3 to 4 million", counts="people", cite=cite, text="3 to 4 million",
                                  low=3e6),
            ])],
        topics=[cards.Topic(id="x", name="X", summary=[cards.Fact("X is a place.", cite)], actors=["jane-doe"],
                            figures=["people-x-2900000"], events=[cards.Event("2017", "Y.", [cite])], sources=["src-a"])],
    )


def _filled_fields(value: Any, seen: dict[str, set[str]]) -> dict[str, set[str]]:
    """Per card class, the fields that hold something other than their default somewhere in `value`."""
    if dataclasses.is_dataclass(value):
        names = seen.setdefault(type(value).__name__, set())
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if item not in (None, [], "", 0) and item != f.default:
                names.add(f.name)
            _filled_fields(item, seen)
    elif isinstance(value, list):
        for item in value:
            _filled_fields(item, seen)
    return seen


def test_the_round_trip_sample_fills_every_field_of_every_card() -> None:
    """So that the round trip below really covers every field, including ones added later."""
    filled = _filled_fields(_small_briefs(), {})
    classes = [cards.Briefs, cards.Source, cards.Actor, cards.Fact, cards.Cite, cards.Event, cards.FigureGroup,
               cards.FigureClaim, cards.Topic]
    missing = {c.__name__: sorted({f.name for f in dataclasses.fields(c)} - filled.get(c.__name__, set()))
               for c in classes}
    assert {name: fields for name, fields in missing.items() if fields} == {}


def test_dump_then_load_keeps_every_field(tmp_path: Path) -> None:
    original = _small_briefs()
    cards.write_briefs(original, tmp_path / "out")
    assert cards.load_briefs(tmp_path / "out") == original


def test_dump_then_load_keeps_values_and_types(tmp_path: Path) -> None:
    cards.write_briefs(_small_briefs(), tmp_path / "out")
    loaded = cards.load_briefs(tmp_path / "out")
    values = [c.value for c in loaded.figures[0].claims]
    assert values == [2_900_000.0, 0.25, 4_000_000.0]
    assert all(isinstance(v, float) for v in values)
    jane = next(a for a in loaded.actors if a.id == "jane-doe")
    assert [f.text for f in jane.said] == TRICKY
    assert jane.roles[0].cite == cards.Cite("src-a", 0)


def test_written_card_files_are_named_by_id(tmp_path: Path) -> None:
    cards.write_briefs(_small_briefs(), tmp_path / "out")
    files = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.yaml"))
    assert files == ["actors/acme.yaml", "actors/jane-doe.yaml", "figures.yaml", "sources.yaml", "timeline.yaml",
                     "topics/x.yaml"]
    assert yaml.safe_load((tmp_path / "out" / "sources.yaml").read_text(encoding="utf-8"))["schema"] == cards.SCHEMA_VERSION


def _written(card: object) -> object:
    return yaml.safe_load(cards.dump_yaml(card))


def test_empty_optional_fields_are_left_out_of_the_yaml() -> None:
    plain = _written(cards.Actor(id="acme", name="ACME", kind="organisation"))
    assert plain == {"id": "acme", "name": "ACME", "kind": "organisation", "mentions": 0}
    claim = _written(cards.FigureClaim(value=3.0, written="three", counts="people",
                                             cite=cards.Cite("s", 0), text="three people"))
    assert claim == {"value": 3, "written": "three", "counts": "people", "cite": {"source": "s", "sentence": 0},
                     "text": "three people"}
    assert "qualifier" not in claim and "claimant" not in claim and "about" not in claim


def test_filled_optional_fields_and_required_zeroes_are_written() -> None:
    source = _written(cards.Source(id="s", title="T", path="s.txt", sentences=0, digest="d", date="2018"))
    assert source == {"id": "s", "title": "T", "path": "s.txt", "sentences": 0, "digest": "d", "date": "2018",
                      "date_basis": "not stated in the article"}
    fact = _written(cards.Fact("Said so.", cards.Cite("s", 0), "2018-09-07"))
    assert fact == {"text": "Said so.", "cite": {"source": "s", "sentence": 0}, "date": "2018-09-07"}


def test_the_yaml_is_for_people() -> None:
    """Unicode stays readable, keys keep the dataclass order, whole numbers have no '.0'."""
    text = cards.dump_yaml(cards.FigureClaim(value=2e6, written="2 million", counts="Syrians in Türkiye",
                                             cite=cards.Cite("s", 1), text="“2 million”"))
    assert "Türkiye" in text and "“2 million”" in text
    assert text.splitlines()[0] == "value: 2000000"
    assert [line.split(":")[0] for line in text.splitlines() if not line.startswith(" ")] == [
        "value", "written", "counts", "cite", "text"]


# ---------------------------------------------------------------- the compact index beside the YAML

def _by_id(briefs: cards.Briefs) -> tuple:
    return (briefs.sources, sorted(briefs.actors, key=lambda a: a.id), briefs.timeline, briefs.figures,
            sorted(briefs.topics, key=lambda t: t.id))


def test_the_index_holds_exactly_what_the_yaml_says(seed_briefs: Path) -> None:
    from_index = cards.load_index_file(seed_briefs)
    assert from_index is not None
    assert _by_id(from_index) == _by_id(cards.load_briefs(seed_briefs))


def test_the_sources_are_read_alone_from_the_index_as_the_yaml_has_them(tmp_path: Path, seed_briefs: Path) -> None:
    assert cards.load_index_sources(seed_briefs) == cards.load_sources(seed_briefs)
    briefs = tmp_path / "briefs"
    shutil.copytree(seed_briefs, briefs)
    (briefs / "sources.yaml").write_text((briefs / "sources.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cards.load_index_sources(briefs) is None  # stale: the rebuild reads the YAML instead


def test_a_hand_edit_to_a_card_makes_the_index_stale_and_the_yaml_wins(tmp_path: Path, seed_briefs: Path) -> None:
    from bot.lookup import load_index

    briefs = tmp_path / "briefs"
    shutil.copytree(seed_briefs, briefs)
    card = briefs / "actors" / "sergey-lavrov.yaml"
    card.write_text(card.read_text(encoding="utf-8").replace("name: Sergey Lavrov", "name: Sergei Lavrov"),
                    encoding="utf-8")
    assert cards.load_index_file(briefs) is None
    assert load_index(briefs).who("lavrov").actors[0].name == "Sergei Lavrov"


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_an_unreadable_or_foreign_index_is_ignored(tmp_path: Path, seed_briefs: Path, content: bytes) -> None:
    briefs = tmp_path / "briefs"
    shutil.copytree(seed_briefs, briefs)
    (briefs / cards.INDEX_FILE).write_bytes(content)
    assert cards.load_index_file(briefs) is None


def test_an_index_in_the_previous_format_is_ignored(tmp_path: Path, seed_briefs: Path) -> None:
    import pickle

    briefs = tmp_path / "briefs"
    shutil.copytree(seed_briefs, briefs)
    old = (cards.yaml_digest(briefs), cards.load_briefs(briefs))  # how session-one builds wrote it
    (briefs / cards.INDEX_FILE).write_bytes(pickle.dumps(old))
    assert cards.load_index_file(briefs) is None


def test_reading_the_index_inside_a_paused_collector_leaves_it_paused(seed_briefs: Path) -> None:
    """The build pauses the collector and reads the previous index meanwhile: that read must
    not switch the collector back on for the rest of the build."""
    import gc

    with cards.gc_paused():
        assert cards.load_index_file(seed_briefs) is not None
        assert not gc.isenabled()
    assert gc.isenabled()

"""What the seed corpus must give: the issue's "Done when", pinned on the built cards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.build import build
from bot.config import load_settings
from bot.lookup import Index
from bot.replies import dispatch, to_text
from tests.conftest import ROOT, SEEDS

# Every person the seeds name with a role, the surname a user types, and a word of the role.
PEOPLE = [
    ("demistura", "Staffan de Mistura", "envoy"),
    ("lavrov", "Sergey Lavrov", "foreign minister"),
    ("muallem", "Walid al-Muallem", "foreign minister"),
    ("cavusoglu", "Mevlut Cavusoglu", "foreign minister"),
    ("erdogan", "Recep Tayyip Erdogan", "president"),
    ("putin", "Vladimir Putin", "president"),
    ("haley", "Nikki Haley", "ambassador"),
    ("pompeo", "Mike Pompeo", "secretary of state"),
    ("churkin", "Vitaly Churkin", "ambassador"),
    ("delattre", "François Delattre", "ambassador"),
    ("kerry", "John Kerry", "secretary of state"),
    ("mustafa", "Najy Mustafa", "spokesman"),
    ("assad", "Bashar al-Assad", "president"),
    ("ayrault", "Jean-Marc Ayrault", "foreign minister"),
]


@pytest.mark.parametrize(("query", "name", "role"), PEOPLE)
def test_every_person_named_with_a_role_has_a_card_by_surname(seed_index: Index, query: str, name: str, role: str) -> None:
    match = seed_index.who(query)
    assert [a.name for a in match.actors] == [name]
    assert any(role in r.text.lower() for r in match.actors[0].roles)


def test_transliterations_and_acronyms_fold_into_one_card(seed_index: Index) -> None:
    assert seed_index.who("al-moallem").actors == seed_index.who("muallem").actors
    hts = seed_index.who("hts").actors
    assert [a.name for a in hts] == ["Hay’at Tahrir al-Sham"]
    assert {"HTS", "Hay’et Tahrir al-Sham", "Jabhatun Nusra"} <= set(hts[0].aliases)


def test_quotes_go_to_their_speakers(seed_index: Index) -> None:
    def quotes(q: str) -> str:
        return " ".join(f.text for f in seed_index.who(q).actors[0].quotes)

    assert "no other Idlib" in quotes("demistura")
    assert "We are ready to support this approach" in quotes("lavrov")
    assert "legalizes the military attack" in quotes("mustafa")  # a block quote after "responded:"
    assert "terrorism emanating" in quotes("pompeo")  # "… ," he said.
    assert "cannot possibly see" in quotes("churkin")  # he, not de Mistura named in between
    assert "dire consequences" not in quotes("putin") + quotes("churkin")


@pytest.mark.parametrize(("date", "word"), [
    ("2014-07", "appointed"), ("2016-07", "Qa’eda"), ("2016-10-06", "proposal"), ("2016-10-07", "Lavrov"),
    ("2016-10-08", "Security Council"), ("2017-05", "Astana"), ("2018-08-30", "Idlib"),
    ("2018-08-31", "Cavusoglu"), ("2018-09-04", "Pompeo"), ("2018-09-07", "Tehran"),
])
def test_the_timeline_dates_the_seed_events(seed_index: Index, date: str, word: str) -> None:
    assert any(e.date == date and word in e.text for e in seed_index.briefs.timeline)


def test_the_timeline_never_guesses_a_day_it_cannot_know(seed_index: Index) -> None:
    undated = next(s for s in seed_index.briefs.sources if s.id.startswith("001"))
    assert undated.date is None and undated.read_against is None
    assert not any(c.source == undated.id and len(e.date) == 10 for e in seed_index.briefs.timeline for c in e.cites)


@pytest.mark.parametrize(("low", "high"), [(2_900_000, 4_000_000), (3_000_000, 3_500_000)])
def test_disputed_figures_are_grouped_and_marked(seed_index: Index, low: int, high: int) -> None:
    group = next(g for g in seed_index.briefs.figures if {low, high} <= {c.value for c in g.claims})
    assert group.status == "disputed"


def test_nothing_from_page_furniture_is_served(seed_index: Index) -> None:
    actors = to_text(dispatch(seed_index, "!who")).lower()
    figures = to_text(dispatch(seed_index, "!figures"))
    for junk in ("related videos", "death notices", "syria pictures", "home news", "fnb", "zakat", "meanwhile",
                 "speaking", "shedding", "rebels:"):
        assert f"• {junk}" not in actors
    assert "62669147665" not in figures and "62,669,147,665" not in figures


def test_sources_say_how_each_was_dated(seed_index: Index) -> None:
    basis = {s.id[:3]: (s.date, s.date_basis, s.read_against) for s in seed_index.briefs.sources}
    assert basis["002"] == ("2018-09-03", "dateline", None)
    assert basis["004"][:2] == ("2016-10-08", "update line")
    assert basis["003"][0] is None and basis["003"][2] == "2018-09-07"  # the weekday pinned the year
    assert basis["000"][0] is None and basis["000"][2] == "2018-09-03"  # shares a quotation with 002


def test_the_committed_briefs_are_what_the_seeds_build_into(tmp_path: Path) -> None:
    # (a rule that changes what the seeds give must rebuild briefs/, which `make run` would otherwise rewrite)
    out = tmp_path / "briefs"
    shutil.copytree(ROOT / "briefs", out)  # each source's first_built carries over, as in any rebuild
    build(SEEDS, out, cache_dir=None, curation=load_settings(ROOT / "config.yaml").curation)
    assert _cards(out) == _cards(ROOT / "briefs")


def _cards(root: Path) -> dict[str, bytes]:
    """The YAML cards, the briefs' source of truth (the index beside them is derived, and not committed)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}

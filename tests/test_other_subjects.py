"""The same builder on a subject it was not written for: a port strike told by two outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.build import build
from bot.lookup import Index, load_index
from bot.replies import dispatch, to_text

STRIKE = Path(__file__).parent / "fixtures" / "strike"


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> Index:
    out = tmp_path_factory.mktemp("strike") / "briefs"
    build(STRIKE, out)
    return load_index(out)


def test_people_get_their_roles_and_quotes(strike: Index) -> None:
    marchetti = strike.who("marchetti").actors[0]
    assert marchetti.name == "Elena Marchetti"
    assert [r.text for r in marchetti.roles] == ["union president"]
    quoted = " ".join(q.text for q in marchetti.quotes)
    assert "fair offer" in quoted and "crumbs" in quoted  # the second from an article giving only her surname
    brandt = strike.who("brandt").actors[0]
    assert brandt.roles[0].text == "chief executive"
    assert strike.who("ruiz").actors[0].roles[0].text == "Transport Minister"


def test_organisations_keep_acronyms_and_former_names(strike: Index) -> None:
    assert strike.who("vpa").actors[0].name == "Valmora Port Authority"
    union = strike.who("harbour workers union").actors[0]
    assert "Dockers' Guild" in union.aliases


def test_the_strikers_count_is_disputed_between_union_and_management(strike: Index) -> None:
    group = next(g for g in strike.briefs.figures if 4000 in {c.value for c in g.claims})
    assert group.status == "disputed"
    assert {2000, 3500, 4000} <= {c.value for c in group.claims}
    claimants = {strike.name_of(c.claimant) for c in group.claims}
    assert "Valmora Port Authority" in claimants


def test_weekdays_resolve_against_each_article(strike: Index) -> None:
    dates = {e.date: e.text for e in strike.briefs.timeline}
    assert "walked off the job on Thursday" in dates["2024-03-14"]
    assert "met Brandt and Marchetti on Friday" in dates["2024-03-15"]
    assert "hold a vote on Monday" in dates["2024-03-18"]  # still to come: the Monday after


def test_furniture_and_phone_numbers_stay_out(strike: Index) -> None:
    text = to_text(dispatch(strike, "!figures")) + to_text(dispatch(strike, "!who"))
    assert "555" not in text and "newsletter" not in text.lower()
    assert strike.briefs.sources[1].outlet == "Coastal Daily"

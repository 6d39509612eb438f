"""Composing the daily digest from the cards and a date: no clock, no Discord."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.digest import compose
from bot.lookup import Index, load_index
from bot.replies import EMBED_LIMIT, to_text


@pytest.fixture
def index(seed_briefs: Path) -> Index:
    fresh = load_index(seed_briefs)  # our own copy: the tests below change first-built days
    for source in fresh.briefs.sources:
        source.first_built = "2024-01-01"
    return fresh


def _first_built(index: Index, prefix: str, day: str) -> None:
    next(s for s in index.briefs.sources if s.id.startswith(prefix)).first_built = day


def test_new_articles_lead_with_their_actors_events_and_figures(index: Index) -> None:
    _first_built(index, "002", "2024-03-02")
    text = to_text(compose(index, date(2024, 3, 2), since=date(2024, 3, 1)))
    assert "1 new article since 2024-03-01" in text
    assert "Idlib prepares for major crisis" in text
    assert "Mevlut Cavusoglu" in text  # an actor only that article names
    assert "2018-08-31" in text  # its Cavusoglu news conference
    assert "Rejection Of Ceasefire" not in text  # built before: not new


def test_a_quiet_day_gets_disputed_figures_and_latest_events(index: Index) -> None:
    text = to_text(compose(index, date(2024, 3, 2), since=date(2024, 3, 1)))
    assert "Nothing new since 2024-03-01" in text
    assert "Disputed figures" in text and "DISPUTED" in text
    assert "Latest events" in text and "2018-09-07" in text


def test_a_quiet_day_can_be_skipped(index: Index) -> None:
    assert compose(index, date(2024, 3, 2), since=date(2024, 3, 1), skip_quiet=True) is None


def test_on_this_day_finds_earlier_years(index: Index) -> None:
    reply = compose(index, date(2025, 9, 7), since=date(2025, 9, 6), skip_quiet=True)
    assert reply is not None  # an "on this day" hit makes the day not quiet
    text = to_text(reply)
    assert "On this day" in text and "2018-09-07" in text and "Tehran" in text


def test_the_digest_is_one_message_within_discord_limits(index: Index) -> None:
    for source in index.briefs.sources:
        source.first_built = "2024-03-02"
    reply = compose(index, date(2024, 3, 2), since=date(2024, 3, 1))
    assert len(reply.pages) == 1
    page = reply.pages[0]
    assert page.size() <= EMBED_LIMIT and len(page.fields) <= 25
    assert all(len(f.value) <= 1024 for f in page.fields)

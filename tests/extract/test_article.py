"""extract() on short news articles: who the actors are, who said what, who claims which figure.

The articles are small texts in tests/fixtures/articles/, copied into a temporary corpus and
read through bot.corpus exactly as the builder reads them.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.corpus import parse_article
from bot.extract.actors import LocalActor, crowned
from bot.extract.article import ArticleFacts, Claim, Fact, extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def _facts(tmp_path: Path, name: str) -> ArticleFacts:
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None
    return extract(article)


def _facts_from_text(tmp_path: Path, text: str) -> ArticleFacts:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None
    return extract(article)


def _actor(facts: ArticleFacts, name: str) -> LocalActor:
    found = [a for a in facts.actors.values() if a.name == name]
    assert found, f"{name!r} is not an actor; actors are {sorted(a.name for a in facts.actors.values())}"
    return found[0]


def _sentence_index(facts: ArticleFacts, start: str) -> int:
    return next(i for i, s in enumerate(facts.sentences) if s.startswith(start))


def _said_in(facts: ArticleFacts, index: int) -> list[Fact]:
    return [f for f in facts.quotes + facts.statements if f.sent == index]


def _claim(facts: ArticleFacts, written: str) -> Claim:
    found = [c for c in facts.claims if c.quantity.written == written]
    assert len(found) == 1, [c.quantity.written for c in facts.claims]
    return found[0]


@pytest.fixture
def cup(tmp_path: Path) -> ArticleFacts:
    return _facts(tmp_path, "cup_semi_final.txt")


@pytest.fixture
def bank(tmp_path: Path) -> ArticleFacts:
    return _facts(tmp_path, "central_bank.txt")


@pytest.fixture
def fire(tmp_path: Path) -> ArticleFacts:
    return _facts(tmp_path, "wildfire.txt")


@pytest.fixture
def election(tmp_path: Path) -> ArticleFacts:
    return _facts(tmp_path, "election.txt")


# --- the reference date -------------------------------------------------------------------


def test_the_dateline_is_the_reference_for_relative_dates(fire: ArticleFacts) -> None:
    assert fire.ref == date(2022, 7, 21)
    assert fire.ref_basis == "dateline"
    said_on_wednesday = _sentence_index(fire, "The Alpine Civic Rescue (ACR) said on Wednesday")
    assert fire.sentence_dates[said_on_wednesday] == "2022-07-20"
    event = next(e for e in fire.events if e.sent == said_on_wednesday)
    assert event.date == "2022-07-20"
    assert event.phrase == "Wednesday"


def test_an_undated_article_is_dated_by_a_weekday_that_pins_the_year(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Leaders fail to agree on river treaty\n"
        "On Friday, September 7, the leaders of three upstream states met in the border town of Kessel.\n"
        "The treaty of 2018 sets how much water each country may take during the dry season.\n"
        "The talks ended without a deal, officials said on Friday.\n",
    )
    assert facts.ref == date(2018, 9, 7)
    assert "pins the year" in facts.ref_basis
    assert facts.sentence_dates[0] == "2018-09-07"


def test_a_weekday_told_as_past_just_after_the_pinned_day_dates_the_article_then(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Rally shooting\n"
        "A gunman fired at the rally in Butler on Saturday, July 13, 2024.\n"
        "The investigation goes on, the bureau said in a statement on Sunday.\n"
        "He had visited the range on Friday.\n",
    )
    assert facts.ref == date(2024, 7, 14)
    assert [e.date for e in facts.events] == ["2024-07-13", "2024-07-14", "2024-07-12"]


def test_a_weekday_pins_no_year_the_text_does_not_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Actors' strike ends\n"
        "On Wednesday, November 8, the union announced that the strike would end at midnight.\n"
        "Before this year, the longest actors' strike went on for 95 days in 1980.\n",
    )
    assert facts.ref is None  # November 8 fell on a Wednesday in 1989, which the text never names


def test_a_day_told_as_past_after_the_pinned_weekday_dates_the_article_later(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Warnings over Kessel\n"
        "On Friday, December 14, troops moved towards the border.\n"
        "The foreign minister said on January 15, 2013 that the resolution could not pass.\n",
    )
    assert facts.ref == date(2013, 1, 15)
    assert [e.date for e in facts.events] == ["2012-12-14", "2013-01-15"]


def test_days_told_as_past_after_the_pinned_weekday_are_of_its_year(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Fires\nOn August 8, 2023, four wildfires broke out on the island.\n"
        "On the morning of Tuesday, August 8, the bigger fire was already raging.\n"
        "On August 9, about 14,000 people had lost power due to the fires.\n"
        "As of August 22, the fire was 90 percent contained.\n",
    )
    assert facts.ref == date(2023, 8, 22)
    assert [e.date for e in facts.events] == ["2023-08-08", "2023-08-08", "2023-08-09", "2023-08-22"]


def test_a_day_that_says_which_hearing_dates_no_undated_article_later(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Acquitted\nFrom The Union-Tribune, Thursday, April 30, 1992:\n"
        "A jury cleared four police officers yesterday of all but one count. Prosecutors asked for a May 15 court "
        "hearing.\n",
    )
    assert facts.ref == date(1992, 4, 30)
    assert [e.date for e in facts.events][:2] == ["1992-04-30", "1992-04-29"]


def test_the_headline_s_year_pins_a_weekday_the_body_names_no_year_for(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "2024 Lok Sabha in numbers: NDA has 292 seats\n"
        "According to the final results, declared early on Wednesday, 5 June, the alliance won a majority.\n"
        "In the previous election in 2019, the BJP won 303 seats on its own.\n",
    )
    assert facts.ref == date(2024, 6, 5)  # not 2019's Wednesday, 5 June


def test_an_undated_article_leaves_bare_weekdays_undated(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Leaders fail to agree on river treaty\n"
        "The leaders of three upstream states met in the border town of Kessel on Friday.\n"
        "The talks ended without a deal, officials said.\n",
    )
    assert facts.ref is None
    assert facts.ref_basis == "not stated in the article"
    assert facts.events == []
    assert facts.sentence_dates == {}


def test_a_second_reading_from_the_names_found_equals_a_fresh_one(tmp_path: Path) -> None:
    """An undated article keeps its names for a reading against a partner's date; reading
    from them must give exactly what reading the article afresh against that date gives."""
    path = tmp_path / "article.txt"
    path.write_text("Leaders fail to agree on river treaty\n"
                    "President Ana Kessel of Verania met Prime Minister Jon Brek in Lauter on Friday.\n"
                    "“We will not give up one litre of our water,” Kessel told reporters on Saturday.\n", encoding="utf-8")
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None
    first = extract(article)
    assert first.ref is None and first.names is not None
    ref, why = date(2023, 5, 10), "reports the same quotation as another"
    again, fresh = extract(article, ref, why, first.names), extract(article, ref, why)
    assert again.sentence_dates == fresh.sentence_dates == {0: "2023-05-05", 1: "2023-05-06"}
    for attr in ("quotes", "statements", "deeds", "events", "claims"):
        assert getattr(again, attr) == getattr(fresh, attr)


def test_read_against_a_partner_s_date_the_next_day_s_name_is_that_day(tmp_path: Path) -> None:
    """A partner's date is when the words were first reported, and this report may be the next
    day's ("results on Thursday", reported on a Wednesday dateline abroad): a bare weekday the
    day after it is that day, not the same weekday six days before; two days after, it is the
    week before still."""
    path = tmp_path / "article.txt"
    path.write_text("Opposition wins\nThe Election Commission said on Thursday the opposition has won 112 seats. "
                    "Counting began on Friday.\n", encoding="utf-8")
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None
    facts = extract(article, date(2018, 5, 9), "reports the same quotation as another")
    assert facts.sentence_dates == {0: "2018-05-10", 1: "2018-05-04"}


# --- titles before names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "name", "role"),
    [
        ("cup", "Maria Lopez", "Coach"),
        ("cup", "Ben Hale", "Club captain"),
        ("bank", "Marta Lindqvist", "Governor"),
        ("bank", "Pavel Horak", "Finance Minister"),
        ("election", "Daniel Mwangi", "Opposition leader"),
        ("election", "Grace Otieno", "Electoral commission chairwoman"),
        ("fire", "Jonas Reiter", "ACR spokesperson"),
    ],
)
def test_a_title_before_a_name_makes_a_person_with_that_role(
    request: pytest.FixtureRequest, fixture: str, name: str, role: str
) -> None:
    facts: ArticleFacts = request.getfixturevalue(fixture)
    actor = _actor(facts, name)
    assert actor.kind == "person"
    assert role in [r for r, _ in actor.roles]


def test_a_rank_after_a_comma_is_no_word_of_the_title_before_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nWire | 12 April 2023\nThe spokesperson for the military council, General Tomas Varga, told state "
        "television it was true. Militia commander General Dana Holt said no.\n"))
    assert [r for r, _ in _actor(facts, "Tomas Varga").roles] == ["spokesperson for the military council"]
    assert [r for r, _ in _actor(facts, "Dana Holt").roles] == ["Militia commander General"]


def test_a_place_opening_a_sentence_keeps_its_first_word_though_the_text_writes_it_in_lower_case(
        tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storm\nThe storm moved south on Friday. South Carolina officials reported 46 deaths. New York officials said "
        "12 more died. New rules came in.\n"))
    assert {"Carolina", "York"}.isdisjoint(a.name for a in facts.actors.values())


def test_a_carrier_s_name_before_the_maker_of_its_model_is_two_bodies_and_the_model_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Grounded\nA passenger plane, the Westmark Airlines Boeing 737 Max 9, made an emergency landing. The MAX 9 "
        "features a rear exit door. The airline grounded all 65 of its 737 Max 9 aircraft.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Boeing", "organisation"), ("Westmark Airlines", "organisation")]


def test_a_title_running_into_its_holder_s_name_and_another_title_is_neither_neighbour_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bridge\nOfficials including Westmark Gov. Ada Kell, Secretary of Transportation Tomas Varga and Westmark "
        "Sen. Dana Holt said the search goes on.\n"))
    assert [r for r, _ in _actor(facts, "Ada Kell").roles] == ["Westmark Gov."]
    assert [r for r, _ in _actor(facts, "Tomas Varga").roles] == ["Secretary of Transportation"]
    assert [r for r, _ in _actor(facts, "Dana Holt").roles] == ["Westmark Sen."]


def test_the_maker_of_a_model_is_a_body_and_the_model_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Grounded\nThe carrier sent the damaged jet back to Boeing and wants a Boeing 777 MAX 8 in its place. "
        "It parked its MAX 7 fleet. The FAA is issuing this AD to address the loss. This AD prohibits flights. "
        "In Gaza 260 people were killed, Gaza officials said.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds["Boeing"] == "organisation" and kinds.get("Gaza") != "organisation"
    assert kinds.get("MAX", "") == "" and kinds.get("AD", "") == ""


@pytest.mark.parametrize("name", ["Volker Türk", "Volker Turk"])
def test_a_title_for_a_field_ends_at_the_field_and_a_surname_may_be_a_nationality(tmp_path: Path, name: str) -> None:
    """"for Human Rights": the title's field, not the start of the name; "Turk" is his family name here."""
    facts = _facts_from_text(tmp_path, f"Darfur\nUN High Commissioner for Human Rights {name} said the city was attacked.\n")
    actor = _actor(facts, name)
    assert (actor.kind, [r for r, _ in actor.roles]) == ("person", ["UN High Commissioner for Human Rights"])


def test_a_former_office_stays_former(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "War\nFormer U.S. President Donald Trump said he would end the war. "
                                       "Former Labour leader Jeremy Corbyn retained his seat.\n")
    assert [r for r, _ in _actor(facts, "Donald Trump").roles] == ["former U.S. President"]
    assert [r for r, _ in _actor(facts, "Jeremy Corbyn").roles] == ["Former Labour leader"]
    assert "Former Labour" not in {a.name for a in facts.actors.values()}


def test_the_title_is_not_part_of_the_persons_name(bank: ArticleFacts) -> None:
    names = {a.name for a in bank.actors.values()}
    assert "Pavel Horak" in names
    assert not any(n.startswith(("Finance", "Governor")) for n in names)


def test_a_surname_alone_later_is_the_same_person(cup: ArticleFacts) -> None:
    lopez = _actor(cup, "Maria Lopez")
    assert "Lopez" in lopez.forms
    assert not any(a.name == "Lopez" for a in cup.actors.values())


# --- who is speaking ----------------------------------------------------------------------


def test_he_said_after_a_quote_is_the_last_named_person(cup: ArticleFacts) -> None:
    index = _sentence_index(cup, "“We never stopped believing")
    assert [(f.actor, f.text) for f in cup.quotes if f.sent == index] == [
        ("ben hale", "We never stopped believing in ourselves, not even for a minute,"),
    ]
    # the coach was named earlier, but the captain was named last
    assert all(f.actor != "maria lopez" for f in _said_in(cup, index))


def test_he_and_she_follow_whoever_was_named_last(election: ArticleFacts) -> None:
    quote = _sentence_index(election, "“The people have spoken")
    turnout = _sentence_index(election, "Turnout was about 62 per cent, she said.")
    assert [f.actor for f in election.quotes if f.sent == quote] == ["daniel mwangi"]
    assert [f.actor for f in _said_in(election, turnout)] == ["grace otieno"]


def test_a_block_quote_after_responded_belongs_to_the_speaker(bank: ArticleFacts) -> None:
    first = _sentence_index(bank, "Our mandate is price stability")
    second = _sentence_index(bank, "That is a promise to every saver")
    quoted = {f.sent: f for f in bank.quotes}
    assert quoted[first].actor == "marta lindqvist"
    assert quoted[first].text == bank.sentences[first]
    assert quoted[second].actor == "marta lindqvist"


def test_a_block_quote_ends_at_the_next_heading(bank: ArticleFacts) -> None:
    after_heading = _sentence_index(bank, "Mortgage lenders are expected")
    assert _said_in(bank, after_heading) == []
    assert "What Comes Next For Borrowers" not in bank.sentences


def test_the_minister_said_is_the_person_holding_that_role(bank: ArticleFacts) -> None:
    index = _sentence_index(bank, "Speaking in parliament, the Minister said")
    assert [f.actor for f in _said_in(bank, index)] == ["pavel horak"]
    # and the figure that sentence reports is the minister's claim
    assert _claim(bank, "2.4 million").claimant == "pavel horak"


def test_a_statement_is_dated_by_its_own_weekday(election: ArticleFacts) -> None:
    index = _sentence_index(election, "Electoral commission chairwoman Grace Otieno said")
    (fact,) = _said_in(election, index)
    assert fact.actor == "grace otieno"
    assert fact.date == "2024-05-14"  # "would be published on Tuesday": the Tuesday after Thursday 9 May 2024


# --- organisations, acronyms and aliases --------------------------------------------------


def test_an_acronym_in_brackets_becomes_the_organisations_alias(fire: ArticleFacts) -> None:
    acr = _actor(fire, "Alpine Civic Rescue")
    assert acr.kind == "organisation"
    assert acr.acronyms == {"ACR"}
    assert "ACR" in acr.forms
    assert not any(a.name == "ACR" for a in fire.actors.values())
    # later sentences that use the acronym alone are the same organisation speaking
    index = _sentence_index(fire, "ACR said the fire was 40 per cent contained")
    assert [f.actor for f in _said_in(fire, index)] == [acr.key]


def test_formerly_known_as_becomes_an_alias(fire: ArticleFacts) -> None:
    charity = _actor(fire, "Mountain Aid")
    assert charity.kind == "organisation"
    assert charity.aliases == {"Hill Relief"}
    assert not any(a.name == "Hill Relief" for a in fire.actors.values())
    index = _sentence_index(fire, "Hill Relief said it had handed out 900 blankets.")
    assert [f.actor for f in _said_in(fire, index)] == [charity.key]
    assert _claim(fire, "900").claimant == charity.key


def test_a_party_named_in_its_own_language_is_an_organisation(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bonds rally\nLatin Wire | 4 June 2024\n"
        "The bonds rallied as the governing left-wing Movimiento Unión Nacional (Muna) won a two-thirds majority.\n"))
    party = _actor(facts, "Movimiento Unión Nacional")
    assert (party.kind, "Muna" in party.forms) == ("organisation", True)


def test_an_acronym_after_a_possessive_or_in_the_other_language_s_order_is_still_the_alias(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Party row\nThe Wire | 4 December 1996\n"
        "He said on Monday he had rejoined the hard-right Civic Union (UC) party he left in March.\n"
        "Students were angry at the ruling State Peace and Order Restoration Council's (SPORC) handling.\n"))
    assert sorted((a.name, tuple(a.acronyms)) for a in facts.actors.values()) == [
        ("Civic Union", ("UC",)), ("State Peace and Order Restoration Council", ("SPORC",))]


def test_acronyms_for_things_that_news_never_defines_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Economy\nLatin Wire | 4 June 2024\n"
        "Mexico's GDP rose 3% as the budget deficit hit 5% of GDP, while HIV cases and IPOs fell, the CEO said.\n"
        "Firms should show regret when they cut jobs, HR experts said.\n"
        "The rebels have taken over the central military HQ for operations in the south.\n"
        "GP surgeries said they could not book appointments, and GP practices closed early.\n"
        "A woman was shown administering CPR on the man after he was shot.\n"))
    assert [a.name for a in facts.actors.values()] == ["Mexico"]
    assert "GDP" not in _claim(facts, "5%").anchors


def test_a_date_naming_the_event_before_or_after_is_not_the_sentence_s_date(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Peso weakens\nLatin Wire | 4 June 2024\n"
        "The rand has slipped against the US dollar following the 2 June elections.\n"
        "A council candidate was stabbed at a meeting ahead of the 2nd June elections.\n"
        "The 2 June elections saw a record turnout.\n"
        "Port fees fell 25 percent compared to the same period in 2023, and 412 fewer trucks crossed than in January 2023.\n"
        "The rupee weakened, taking the currency to its weakest level since 2011.\n"
        "Marisol is the deadliest hurricane to strike the mainland US since Andrew in 1992.\n"
        "It was the worst rail disaster since the Velden bridge collapse in 1987.\n"
        "Shares fell 60%, the biggest loss since the bank's 1988 listing, and the largest failure since Harlow "
        "Mutual during the height of the 2008 financial crisis.\n"
        "The party was predicted to win 66 seats, a significant improvement over the 2019 result.\n"
        "The vote concerned the letter dated 3 April 2024 from the Secretary-General.\n"
        "A court upheld a sentence issued in 2021 against the former mayor.\n"
        "He was first elected in 2019, and she was finally released in 2020.\n"
        "The mayor has been in exile since September and is set to stay abroad until 2031.\n"
        "She ran against the Civic Party, which was only founded in 2019.\n"
        "Holt, who co-founded the firm in 2015, has led it since.\n"
        "The Civic Party won 99 seats compared to 52 it won in 2019, and the Green Front won 29, higher than its 2019 "
        "tally of 22.\n"
        "The party won 240 seats, a far cry from the 303 seats it had won in 2019.\n"
        "The shaking was stronger than in Harlow last year and Kestrow, Calif., in 1994.\n"
        "More than 200 people died in floods in 2019.\n"))
    assert facts.sentence_dates == {2: "2024-06-02", 11: "2019", 18: "2019"}
    assert [(e.date, e.sent) for e in facts.events] == [("2024-06-02", 2), ("2019", 11), ("2019", 18)]


def test_a_surname_opening_a_sentence_is_the_person_named_with_a_middle_initial(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sentence\nWire | 29 March 2024\nUS District Judge Martin J. Cole read out the sentence.\n"
        "Cole said the sentence was fair.\n"))
    assert [facts.actors[s.actor].name for s in facts.statements] == ["Martin J. Cole"]


def test_who_speaks_in_a_clause_the_subject_leads_to_and_when(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sentence\nWire | 29 March 2024\n"
        "District Judge Maria Okafor read out the verdict minutes after Tomas Reyes said he was “deeply sorry "
        "for every step of this.”\n"
        "“There can be no question that his standing is ruined in every market,” Okafor said of the trader who had "
        "ruled the exchange until his fund failed in November 2022.\n"))
    quotes = {q.text: (facts.actors[q.actor].name, q.date) for q in facts.quotes}
    assert quotes == {"deeply sorry for every step of this.": ("Tomas Reyes", None),
                      "There can be no question that his standing is ruined in every market,": ("Maria Okafor", None)}


def test_the_day_what_was_put_off_is_put_off_until_is_not_when_it_was(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (  # (undated: no day of telling to say 2028 is yet to come)
        "Talks\n\nProtests grew after the government suspended accession talks until 2028.\n\n"
        "Crowds were angry at the decision to shelve the talks until the end of 2028.\n\n"
        "The king ruled until 1999, when he died.\n"))
    assert facts.sentence_dates == {2: "1999"}
    mourning = _facts_from_text(tmp_path, (
        "Crash\nWire | 29 December 2024\nThe acting president declared a national mourning period until January 4 "
        "after the crash.\n"))
    assert mourning.sentence_dates == {}


def test_the_year_of_who_did_it_before_or_of_what_it_is_likened_to_is_not_the_sentence_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nWire | 1 June 2025\nTarvale became only the second side from its land to win the trophy after "
        "Kestrow in 1993.\nVarga became only the third teenager to score in a final - after Tomas Holt for Ajax in 1995 "
        "and Dan Marr for Porto in 2004.\nKestrow won the trophy in 1993.\n"))
    assert facts.sentence_dates == {2: "1993"}
    likened = _facts_from_text(tmp_path, (
        "Heist\n\nThe museum reopened following one of the century's most audacious robberies - a blow compared by "
        "some to the 2019 fire at Kestrow Cathedral.\n"))
    assert likened.sentence_dates == {}


def test_a_deadline_is_not_a_day_something_happened(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nWire | 23 March 2025\nThe two sides keep talking and hope to settle the dispute by "
        "April 20.\nBy Monday, 30 people had died.\nThe deal must be signed by Friday, officials said.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2025-03-17", 1)]


def test_the_year_of_what_a_thing_is_likened_to_is_not_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 5 July 2024\nForecasts give the Greens about 90 seats, a gain similar to the one the "
        "Liberals made in 1997.\nThe Liberals won in 1997 too.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("1997", 1)]


def test_a_day_after_the_article_in_a_clause_told_in_the_past_is_not_when_it_happened(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Ferry\nWire | 9 May 2024\n"
        "Malta declared two days of mourning and parties suspended campaigning for the vote on May 18.\n"
        "The ferry sank on May 7.\nThe inquiry will open on May 20.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-05-07", 1), ("2024-05-20", 2)]


def test_a_sentence_is_dated_by_its_main_clause_not_by_a_relative_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Trial\nWire | 28 June 2011\n"
        "The ex-minister who fled the country in late January 2011, had been sentenced to five years in June 2011.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2011-06", 0)]


def test_a_year_in_a_clause_saying_which_ones_are_meant_dates_nothing_but_a_day_or_a_clause_set_off_does(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Quota protests\nWire | 5 August 2024\n"
        "The channel reported that the prime minister was forced to quit after protests over a quota that reserved "
        "jobs for relatives of veterans who fought in the War of Independence in 1971.\n"
        "The Tarn Fire, which erupted on Saturday, was 15 percent contained.\n"
        "Police said they had detained a man who attacked the Harlow mosque on Friday.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-08-03", 1), ("2024-08-02", 2)]


def test_years_listed_as_a_record_date_nothing_but_one_year_does(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nWire | 15 July 2024\n"
        "Spain held on to win the title for a record fourth time, having been crowned champions in 1964, 2008 and "
        "2012.\nGermany won the cup in 1972, 1980, and in 1996.\nEngland last won a major trophy in 1966.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("1966", 2)]


def test_a_span_s_beginning_is_not_when_the_sentence_s_fact_happened(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Quake\nWire | 28 March 2025\n"
        "General Aung Tun, who has run the council since 2021, said 40 people had died.\n"
        "The agency said the siege has cost at least 9,300 lives since October 7, 2023.\n"
        "The region has been torn by unrest since the army's takeover in 2021.\n"
        "It was her first appearance since Dec. 23, when the jury retired.\n"
        "Troops left the city, the only regional capital captured by the army since the February invasion.\n"
        "The House voted to repeal a near-total abortion ban from 1864.\n"

        "Fire has crossed the border almost daily since the day after the start of the war in the south on 7 "
        "October.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-12-23", 3)]


def test_what_is_put_off_until_a_year_is_not_dated_by_it_in_an_undated_story(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Protests\nPrime Minister Tomas Varga said the ruling Unity Party decided not to put the question of joining "
        "the union on the agenda by the end of 2028 and to refuse all grants.\n"))
    assert facts.events == []


def test_a_date_made_an_adjective_dates_its_own_happening_not_the_sentence_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Hostages\nWire | 28 January 2025\n"
        "The army launched its campaign after the October 7, 2023, raids.\n"
        "Among those freed on January 25 were three farmers taken during the October 7, 2023, raid.\n"
        "Captives taken in the rebels’ October 7, 2023, raid were freed on January 19.\n"
        "The October 7, 2023, raid killed 210 people.\n"
        "On Thursday, the army confirmed that the mastermind of the raid on October 7, 2023, had been killed.\n"
        "The army confirmed that Kamal Tarek, the leader behind the October 7, 2023 raid, was killed.\n"
        "The search will go on, the admiral said during the Thursday news conference.\n"
        "At the end of December, gangs attacked police stations.\n"
        "The candidate for the upcoming November 5, 2025 election was seen ducking on Monday.\n"
        "Holt, 60, said during a session of Congress that she was taking office \"in accordance with the Constitution, "
        "from now until July 26, 2026\". She was sworn in on Tuesday.\n"
        "Voters have rejected the text, pausing the debate begun after the large protests of 2019.\n"
        "Holt was sworn in as president through 2028, the first woman in the post.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2025-01-25", 1), ("2025-01-19", 2), ("2023-10-07", 3),
                                                        ("2025-01-23", 4), ("2025-01-23", 6), ("2024-12", 7),
                                                        ("2025-01-27", 8), ("2025-01-28", 10)]


def test_a_relative_clause_with_no_word_to_open_it_dates_nothing_else(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Return\nWire | 22 November 2023\n"
        "Dana Holt is returning as its chief, just days after she was pushed out of the company she co-founded in "
        "2015.\nShe founded the firm in 2015.\nThe company she founded in 2015 collapsed on Monday.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2015", 1), ("2023-11-20", 2)]


def test_a_happening_dated_where_it_was_or_named_with_its_year_dates_only_itself(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Report\nWire | 18 January 2024\n"
        "The Department of Justice on Thursday released a report on the handling of the shooting at Robb "
        "Elementary on May 24, 2022, in Uvalde.\n"
        "Lai Ching-te has won the 2024 Taiwan presidential election.\n"
        "The group is led by Shirin Ebadi, the 2003 Nobel Peace Prize laureate.\n"
        "The president pledged to keep up the pressure in response to Tarvia's full-scale invasion in February 2022.\n"
        "He pledged to restore justice following Tarvia's full-scale invasion of Kestrow in February 2022.\n"
        "Tarvia's invasion in February 2022 killed thousands.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-01-18", 0), ("2022-02", 5)]


def test_a_rival_named_between_commas_is_a_person_and_the_father_s_surname_is_them_later(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final count\nLatin Wire | 10 June 2024\n"
        "Lucía Andrade won the vote.\n"
        "Her closest rival, Itzel Ortúzar Vega, candidate of the alliance “Unidos y Firmes por Chile” (UDI, RN, "
        "and PRC), received 4,318,207 votes.\n"
        "Andrade won by 2 million votes over Ortúzar.\n"))
    rival = _actor(facts, "Itzel Ortúzar Vega")
    assert (rival.kind, [r for r, _ in rival.roles], "Ortúzar" in rival.forms) == ("person", ["closest rival"], True)


def test_a_state_s_currency_names_no_state(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Peso weakens\nLatin Wire | 4 June 2024\n"
        "The peso fell against the US dollar on Monday, and the Hong Kong dollar held.\n"
        "The peso slid to M$18.40/US$1 yesterday, its weakest rate since August.\n"))
    assert facts.actors == {}
    facts = _facts_from_text(tmp_path, "Sanctions\nThe Wire | 4 June 2024\nThe US imposed sanctions on the bank on Monday.\n")
    assert [a.kind for a in facts.actors.values()] == ["state"]


def test_an_adjective_made_of_a_name_mentions_the_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nThe Wire | 25 June 2024\n"
        "The Rwanda-led mission and a United Nations-backed force will land in Bangui on Thursday.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Bangui", "place"), ("Rwanda", "state"), ("United Nations", "organisation")]


def test_a_name_that_leads_or_hosts_a_capitalised_one_is_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Results\nThe Wire | 5 June 2024\n"
        "The Kestrel National Party-led UNITY bloc won 233 seats, the commission said.\n"
        "The Harlow-based Good Neighbours Trust said it would help.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind == "organisation") == [
        ("Good Neighbours Trust", "organisation"), ("Kestrel National Party", "organisation")]


def test_an_outlet_only_credited_with_the_story_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Canal\nThe Wire | 5 February 2024\n"
        "Revenue from the port fell to $212 million in March, Bloomberg reports.\n"
        "An official told Al Jazeera in an interview that talks went on.\n"
        "“We are leaving,” the official said on Friday, reports Marca.\n"
        "The ministry said on Monday that talks would resume, and Vedomosti reported the same.\n"))
    assert facts.actors == {}
    facts = _facts_from_text(tmp_path, (
        "Pagers\nThe Wire | 17 September 2024\n"
        "The radios were tampered with before they were shipped, the New York Times reported, citing officials.\n"
        "The Wall Street Journal reported on Tuesday citing a person who knew of the scheme that it took weeks.\n"))
    assert facts.actors == {}  # they pass on what others said, and name them
    facts = _facts_from_text(tmp_path, (
        "Displaced\nThe Wire | 18 June 2024\nThe IOM reported 312,480 internally displaced people across Chad.\n"))
    assert "IOM" in [a.name for a in facts.actors.values()]  # an agency's initials, more often than an outlet's


def test_a_body_s_initials_written_after_it_in_any_order_are_no_part_of_its_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 30 July 2024\nThe state-run National Electoral Council CNE declared Salcedo the winner. "
        "The National Electoral Council (CNE) said on Monday the tally was final.\n"))
    assert [(a.name, a.kind, sorted(a.acronyms | a.aliases)) for a in facts.actors.values() if a.kind == "organisation"] == [
        ("National Electoral Council", "organisation", ["CNE"])]


def test_a_body_s_initials_in_square_brackets_define_its_short_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Arrest\nWire | 9 May 2023\nThe former prime minister was arrested by the National Accountability Bureau "
        "[NAB] outside the court. NAB said he would be questioned.\n"))
    assert [(a.name, a.kind, sorted(a.acronyms)) for a in facts.actors.values() if a.kind == "organisation"] == [
        ("National Accountability Bureau", "organisation", ["NAB"])]


def test_a_body_of_two_adjectives_sharing_their_noun_is_one_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 30 July 2024\nThe Directorate of Special and Tactical Operations (DEOT) is implicated, "
        "the Department of Economic and Social Affairs said. The Bank of Portugal and Royal Bank said no.\n"))
    assert sorted(a.name for a in facts.actors.values()) == [
        "Bank of Portugal", "Department of Economic and Social Affairs", "Directorate of Special and Tactical Operations",
        "Royal Bank"]


def test_ngo_before_or_after_names_says_what_kind_of_body_they_are(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 30 July 2024\nAt least 17 people have been killed, according to a count by the NGO Redhumana. "
        "The NGO Justicia Abierta said 1,300 people were detained. "
        "The Sea Relief and Harbour Watch NGOs said on Sunday that 213 migrants had disembarked.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Harbour Watch", "organisation"), ("Justicia Abierta", "organisation"), ("Redhumana", "organisation"),
        ("Sea Relief", "organisation")]


def test_initials_after_a_person_s_name_are_no_part_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nThe Wire | 9 August 2024\n"
        "Labour leader Jeremy Corbyn MP said the vote was lost.\n"
        "Earlier Monday, NATO Secretary-General Mark Rutte NATO confirmed the deployment.\n"))
    assert {a.name for a in facts.actors.values() if a.kind == "person"} == {"Jeremy Corbyn", "Mark Rutte"}


@pytest.mark.parametrize(("sentence", "name", "titles"), [
    # a titled person who reports is no outlet
    ("Acting head of the district Pavel Orlov reported that residents will be moved out by buses and trains.",
     "Pavel Orlov", ["Acting head of the district"]),
    ("Regional governor Maria Lopez reported that roads were shut.", "Maria Lopez", ["Regional governor"]),
    # a first name before a field's word is someone, of a body named before a day
    ("“We will keep monitoring until the fire is out,” said James Justice with Tarvo EPA Monday night.",
     "James Justice", ["Tarvo EPA"]),
])
def test_a_person_and_the_titles_a_sentence_gives(tmp_path: Path, sentence: str, name: str, titles: list[str]) -> None:
    person = _actor(_facts_from_text(tmp_path, f"Report\nThe Wire | 9 August 2024\n{sentence}\n"), name)
    assert (person.kind, [r for r, _ in person.roles]) == ("person", titles)


def test_whom_an_outlet_quotes_as_saying_speaks_and_the_outlet_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Army steps in\nThe Wire | 5 August 2024\n"
        "Army chief General Rahim-Ud-Din addressed the nation on Monday.\n"
        "\"We have agreed to set up a caretaker council,\" the Dhaka Tribune quoted the army chief as saying.\n"
        "On Monday, Kommersant quoted Dmitry Peskov as saying the talks were over.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Dmitry Peskov", "Rahim-Ud-Din"]
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.quotes + facts.statements] == [
        ("Rahim-Ud-Din", 1), ("Dmitry Peskov", 2)]


def test_an_outlet_that_only_passes_reports_on_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Troops leave\nThe Wire | 4 December 2024\n"
        "Scores of police inside the assembly began pulling out, according to the Korean newspaper Chosun Ilbo.\n"
        "Some seemed to have put down their shields, Chosun Ilbo noted, according to CNN.\n"
        "The Korean Herald, a daily, was raided by police on Friday.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Korean Herald"]  # an outlet the story happens to


@pytest.mark.parametrize("name", ["Mohammed al-Qadhi", "Ahmed Hassan"])
def test_a_name_ending_like_a_participle_still_speaks_past_its_title_between_commas(tmp_path: Path, name: str) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nThe Wire | 19 December 2023\n"
        f"{name}, a member of the Supreme Revolutionary Council, said the movement is holding quiet talks with some states.\n"))
    assert [facts.actors[s.actor].name for s in facts.statements] == [name]


def test_a_person_of_a_body_speaks_and_the_body_s_whole_name_is_their_role(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nThe Wire | 3 March 2024\n"
        "Only about 60 guards were still inside the compound, Lucien Morel of the National Network for Defense "
        "of Civil Liberties said.\n"
        "\"We saw many wounded men in the courtyard,\" he added.\n"))
    esperance = _actor(facts, "Lucien Morel")
    assert [r for r, _ in esperance.roles] == ["National Network for Defense of Civil Liberties"]
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements + facts.quotes] == [
        ("Lucien Morel", 0), ("Lucien Morel", 1)]


def test_the_speech_tag_after_a_clause_names_who_says_it_not_the_clause_s_subject(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Troops\nThe Wire | 28 October 2024\n"
        "Kenya will lead the force, U.S. officials said.\n"
        "Some of the units have moved nearer to the front, Pentagon spokeswoman Dana Whitlock said, and were heading "
        "for the border.\n"
        "It will raise tensions in the region, including Japan and Australia, Western officials say.\n"
        "Nadia Mbala, spokesperson for the president, said talks would resume.\n"
        "Kenyan forces launched air strikes on a town, rebels said on Monday, while elsewhere 2,000 people fled.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements + facts.quotes] == [
        ("U.S.", 0), ("Dana Whitlock", 1), ("Nadia Mbala", 3)]  # the officials of 2, the rebels of 4 are not named


def test_the_troops_of_a_state_named_in_two_words_are_that_state_and_a_disguise_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Troops\nThe Wire | 4 November 2024\n"
        "South Korean officials said North Korean troops had arrived.\n"
        "They wear the uniforms of Mongolian units from Siberia, and the North Koreans are ready for combat.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("North Korea", "state"), ("Siberia", "place"), ("South Korea", "state")]
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements] == [("South Korea", 0)]


def test_he_or_she_is_a_person_never_a_body_and_first_the_one_whose_thing_it_was(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Plant\nThe Wire | 4 March 2022\n"
        "A reserve power cable was cut, energy company Enerhoatom said in a statement.\n"
        "\"We managed to collect plenty of data,\" he said.\n"
        "President Kang Min Jae spoke on television.\n"
        "Speaker Park Sung-ho said the vote was valid.\n"
        "Shares slumped on Tuesday after Kang's declaration of a state of emergency, which he said was needed.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements + facts.quotes] == [
        ("Enerhoatom", 0), ("Park Sung-ho", 3), ("Kang Min Jae", 4)]


def test_a_surname_with_a_capital_inside_is_the_person_s_and_a_creed_or_a_listing_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Displaced\nThe Wire | 6 December 2024\n"
        "Karim AbuSalem, who runs emergency operations at the WFP, has warned of hunger.\n"
        "\"The number is 190,000,\" AbuSalem told reporters.\n"
        "The assault was led by the Islamist group Jaysh Fajr al-Sham, a Security Council-listed terrorist group.\n"))
    assert sorted(a.name for a in facts.actors.values()) == [
        "Jaysh Fajr al-Sham", "Karim AbuSalem", "Security Council", "WFP"]
    assert {facts.actors[f.actor].name for f in facts.quotes + facts.statements} == {"Karim AbuSalem"}


def test_a_name_right_after_said_speaks_only_after_a_pause(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nThe Wire | 4 January 2022\n"
        "Rebecca Hales founded the company in 2006.\n"
        "Prosecutors said Hales, 41, defrauded private investors between 2012 and 2018.\n"
        "Russia's state news agency TASS said Hales had arrived in Moscow.\n"
        "\"We will appeal,\" said Hales.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements + facts.quotes] == [("Rebecca Hales", 3)]


def test_the_subject_of_a_second_clause_did_its_part_too(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Aleppo\nThe Wire | 1 December 2024\n"
        "Russian jets keep striking rebel lines, while Turkey calls for a halt to the shelling.\n"
        "Azerbaijan plans to reabsorb the region, but Armenia rejects this claim.\n"
        "Russia, Iran, and Turkey met in Astana.\n"))
    assert [(facts.actors[d.actor].name, d.sent) for d in facts.deeds] == [
        ("Russia", 0), ("Turkey", 0), ("Azerbaijan", 1), ("Armenia", 1), ("Russia", 2)]


def test_a_quotation_opened_with_one_kind_of_mark_and_closed_with_the_other_is_still_a_quotation(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Hama\nThe Wire | 5 December 2024\n"
        "The army said it was pulling back, spokesman Ali Hassan said: \"to protect residents' homes and avoid street "
        "fighting.”\n"))
    assert [q.text for q in facts.quotes] == ["to protect residents' homes and avoid street fighting."]


def test_a_family_name_that_is_a_title_s_word_is_still_the_person_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Envoy visits\nThe Wire | 9 April 2025\n"
        "The envoy, Canada's Laura Bishop, met with Foreign Minister Kyaw Lin in the capital.\n"
        "Bishop said the trip went well.\n"
        "Following are UN Secretary-General António Guterres’ Remarks to the Press on the floods:\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == [
        "António Guterres", "Kyaw Lin", "Laura Bishop"]
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements] == [("Laura Bishop", 1)]


def test_the_words_after_a_heading_that_says_whose_remarks_they_are_are_theirs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Earthquake\nUnited Nations | 4 April 2025\n"
        "Following are UN Secretary-General António Guterres’ Remarks to the Press in New York on 3 April:\n"
        "Myanmar is a land of grief and ruin tonight.\n"))
    assert [(facts.actors[q.actor].name, q.sent) for q in facts.quotes] == [("António Guterres", 1)]


def test_a_sentence_about_someone_unnamed_is_no_deed_of_the_body_it_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nWire Desk | 4 January 2022\nThe former head of the firm Korvex was not taken into custody.\n"
        "She rose to fame after founding Korvex in 2003. Korvex shut its labs in 2018.\n"))
    deeds = [d.sent for d in facts.deeds]
    assert 1 not in deeds and 2 in deeds


def test_a_readout_attributed_to_a_spokesperson_is_theirs_and_tells_what_others_did(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Call\nState Desk | 4 April 2025\n"
        "The below is attributable to Spokesperson Dana Holt:\n\n"
        "Secretary of State Tomas Varga spoke today with Foreign Minister Kyaw Lin. We welcome the talks.\n"))
    assert [(facts.actors[q.actor].name, q.sent) for q in facts.quotes] == [("Dana Holt", 1), ("Dana Holt", 2)]
    assert [(facts.actors[d.actor].name, d.sent) for d in facts.deeds] == [("Tomas Varga", 1)]  # not "we welcome"


def test_a_minister_for_two_fields_is_named_after_both(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Call\nState Desk | 4 April 2025\n"
        "The envoy spoke with Vesnan Minister for Europe and Foreign Affairs Dana Holt today.\n"))
    assert [r for r, _ in _actor(facts, "Dana Holt").roles] == ["Vesnan Minister for Europe and Foreign Affairs"]
    facts = _facts_from_text(tmp_path, (
        "Talks\nState Desk | 4 April 2025\n"
        "An aide to Maria Lopez and Vesnan Foreign Secretary Tomas Varga met on Monday.\n"))
    assert [r for r, _ in _actor(facts, "Tomas Varga").roles] == ["Vesnan Foreign Secretary"]  # a name is no field


def test_a_view_an_institution_holds_is_its_statement(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Troops\nThe Wire | 4 November 2024\n"
        "The Pentagon believes some 8,000 North Koreans are now in Russia.\n"
        "Their estimates of the losses vary, and the estimates of the dead too.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements] == [("Pentagon", 0)]


def test_a_state_s_government_acts_for_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Truce\nWire | 2 May 2024\nOn 24 March 2022, the Ethiopian government declared a humanitarian truce.\n"))
    assert [facts.actors[f.actor].name for f in facts.statements + facts.deeds] == ["Ethiopia"]


def test_a_state_s_officials_speak_for_it_and_its_adjective_is_no_one_s_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Kursk\nThe Wire | 6 November 2024\n"
        "Ukrainian officials said some 30,000 Russian troops are gathering near Kursk.\n"
        "Defense Minister Taras Hrytsenko said Ukrainian units have seen combat.\n"
        "Ukrainian commander-in-chief Gen. Mykola Bondar said on Wednesday that Russia has moved in reserves.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements + facts.quotes] == [
        ("Ukraine", 0), ("Taras Hrytsenko", 1), ("Mykola Bondar", 2)]


def test_the_title_after_the_source_a_sentence_cites_is_theirs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nThe Wire | 12 March 2024\n"
        "Duval agreed to step down, according to Rafiq Anwar Ali, the president of Guyana.\n"))
    assert [r for r, _ in _actor(facts, "Rafiq Anwar Ali").roles] == ["president of Guyana"]


def test_a_span_between_two_days_is_one_event_on_the_first(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Canal\nThe Wire | 4 February 2024\n"
        "Truck traffic fell, with a 20 percent drop between 1 January and 14 January compared with last year.\n"
        "The envoy left Vienna on Monday and arrived in Kiev on Tuesday.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-01-01", 0), ("2024-01-29", 1), ("2024-01-30", 1)]


def test_the_span_in_which_the_things_counted_were_made_dates_no_news(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Recall\nThe Wire | 19 April 2024\n"
        "Issued Thursday, the recall affects all 3,878 trucks the company produced between November 13, 2023, and "
        "April 4.\nThe regulator said it would affect all trucks manufactured from November 13, 2023, to April 4, 2024.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-04-18", 0)]


def test_what_would_have_happened_is_no_event(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Death in prison\nThe Wire | 16 February 2024\n"
        "He was sentenced to 19 years in prison, which meant he would have been released in December 2038.\n"))
    assert facts.events == []


def test_a_lead_that_gives_the_role_first_gives_it_to_the_name_next(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Violence\nThe Courier | 30 May 2024\n"
        "A mayoral candidate has been shot dead at a campaign event in the northern state, the latest in a run of "
        "killings. On 29th May, Rodrigo Salas was killed in the town of San Isidro del Monte.\n"
        "Later, Maria Lopez was arrested in the capital.\n"))
    assert [r for r, _ in _actor(facts, "Rodrigo Salas").roles] == ["mayoral candidate"]
    assert _actor(facts, "Maria Lopez").roles == []


def test_in_a_list_of_names_each_followed_by_its_title_each_title_is_the_name_s_before_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Inauguration\nThe Courier | 3 April 2024\n"
        "Guests included Nigeria’s president, Bola Tinubu, Nana Akufo-Addo, president of Ghana, Umaro Embaló, "
        "president of Guinea-Bissau, Julius Bio, president of Sierra Leone, and the president of Gambia, Adama Barrow.\n"
        "In a speech, Hezbollah, the group’s leader, Hassan Nasrallah, said it would fight on.\n"))
    assert [(name, [r for r, _ in _actor(facts, name).roles]) for name in (
        "Bola Tinubu", "Nana Akufo-Addo", "Umaro Embaló", "Julius Bio", "Adama Barrow", "Hassan Nasrallah")] == [
        ("Bola Tinubu", ["Nigeria’s president"]), ("Nana Akufo-Addo", ["president of Ghana"]),
        ("Umaro Embaló", ["president of Guinea-Bissau"]), ("Julius Bio", ["president of Sierra Leone"]),
        ("Adama Barrow", ["president of Gambia"]), ("Hassan Nasrallah", ["group’s leader"])]


def test_whom_someone_was_identified_as_is_their_role(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shooting\nThe Courier | 6 November 2017\n"
        "The suspected shooter has been identified as 26-year-old Devin Kell, officials said. Police identified the "
        "victim as Ana Ruiz. The shooter, identified by the FBI as Tom Varga, 34, is among the dead. Kell met "
        "Maria Lopez, who was identified as a witness.\n"))
    roles = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert roles == {"Devin Kell": ["suspected shooter"], "Ana Ruiz": ["victim"], "Tom Varga": ["shooter"],
                     "Maria Lopez": []}


def test_a_title_in_the_plural_people_were_identified_as_is_each_one_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Attack\nWire | 24 March 2024\nThe suspects, identified as Dalerdzhon Mirzoyev, 32; Saidakrami "
        "Rachabalizoda, 30; and Shamsidin Fariduni, 25, appeared in court before Judge Tom Varga.\n"))
    roles = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert roles == {"Dalerdzhon Mirzoyev": ["suspect"], "Saidakrami Rachabalizoda": ["suspect"],
                     "Shamsidin Fariduni": ["suspect"], "Tom Varga": ["Judge"]}


def test_a_second_clause_with_its_own_speaker_is_that_speaker_s_word_too(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shipping\nThe Wire | 18 December 2023\n"
        "Norwegian oil and gas firm Nordvik said it had diverted two tankers, and Belgian oil tanker firm Scheldia "
        "said it would skip that route.\n"
        "The envoy John Smith said the talks had failed, and he said they would resume in May.\n"))
    assert sorted((facts.actors[f.actor].name, f.sent) for f in facts.statements) == [
        ("John Smith", 1), ("Nordvik", 0), ("Scheldia", 0)]


def test_a_family_name_two_people_of_the_article_share_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Court\nThe Wire | 11 May 2023\n"
        "Former prime minister Tarvo Osk was freed on Thursday, said his lawyer Dana Osk.\n"
        "The judge told Osk, “it is good to see you.”\n"))
    assert {a.name: a.kind for a in facts.actors.values()} == {"Tarvo Osk": "person", "Dana Osk": "person"}
    assert _actor(facts, "Tarvo Osk").forms == {"Tarvo Osk", "Osk"}  # each named once: the one named first


def test_a_federation_s_state_is_no_short_name_of_a_firm_named_for_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Power\nThe Wire | 1 May 2023\nThe suit names Ohio Power Light Company, a utility.\nStorms hit Ohio on Monday.\n"))
    assert _actor(facts, "Ohio Power Light Company").forms == {"Ohio Power Light Company"}


def test_what_kind_of_body_a_name_is_said_to_be_is_kept(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shipping\nThe Wire | 18 December 2023\n"
        "Norwegian oil and gas firm Nordvik said on Monday it had diverted two tankers.\n"
        "The club was sold by La Liga and investment company CVC to a group of buyers.\n"
        "Her lawyers at the Los Angeles law firm Brightwater filed an appeal on Friday.\n"
        "The King’s visit came weather forecast agency Meteora issued a red warning.\n"))
    assert {a.name: [k for k, _ in a.kinds_said] for a in facts.actors.values() if a.kind == "organisation"} == {
        "Nordvik": ["Norwegian oil and gas firm"], "CVC": ["investment company"],
        "Brightwater": ["Los Angeles law firm"], "Meteora": ["weather forecast agency"]}


def test_initials_after_the_name_a_body_and_a_law_s_initials_name_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bridge\nThe Wire | 27 March 2024\n"
        "The FBI has opened an inquiry into whether the operators knew of the defects.\n"
        "The owners have asked a court to cap what they owe under the US Limitation of Liability Act (LOLA).\n"
        "The owners said LOLA applied to the case.\n"
        "A truce, the Cessation of Hostilities Agreement (CoHA), was signed in May, and CoHA holds.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [("FBI", "organisation")]


def test_the_firm_whose_office_a_person_holds_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bridge\nThe Wire | 27 March 2024\n"
        "Gordon Whitcombe, executive vice president of Brackley Builders, voiced deep regret on Tuesday.\n"
        "John Smith, vice president of Colombia, said nothing.\n"
        "Nadia Mbala, the spokesperson for Félix Tshisekedi, said sanctions were due.\n"
        "“It is coming,” said Jon Kell, vice president of T.R. Osk Securities Asia in Tokyo.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Brackley Builders", "organisation"), ("Colombia", "state"), ("Félix Tshisekedi", "person"),
        ("Gordon Whitcombe", "person"), ("John Smith", "person"), ("Jon Kell", "person"), ("Nadia Mbala", "person"),
        ("T.R. Osk Securities Asia", "organisation"), ("Tokyo", "place")]


def test_the_people_a_body_is_of_stay_in_its_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Drills\nThe Wire | 27 March 2024\n"
        "The People’s Liberation Army held drills near Taiwan on Monday, officials said.\n"
        "Russia’s Channel One said the drills were large.\n"
        "The U.S. Army Corps of Engineers said the channel would reopen by May.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Channel One", "People’s Liberation Army", "U.S. Army Corps of Engineers"]


def test_who_leads_a_group_that_a_sentence_says_is_led_by_them(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nThe Wire | 12 March 2024\n"
        "The coalition of gangs, led by Johnny “Tiger” Moreau, had threatened bloodshed if Duval did not step down.\n"))
    assert [r for r, _ in _actor(facts, "Johnny Moreau").roles] == ["leader of the coalition of gangs"]


def test_a_state_s_police_arriving_and_what_it_leads_are_the_state_acting(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nThe Wire | 25 June 2024\n"
        "Rwandan police landed in strife-torn Haiti on Tuesday on a much-delayed mission.\n"
        "A total of some 1,800 officers are expected, led by Rwanda with contributions from other nations.\n"))
    kenya = _actor(facts, "Rwanda")
    assert (kenya.kind, [d.sent for d in facts.deeds if d.actor == kenya.key]) == ("state", [0, 1])


def test_a_place_just_before_the_company_said_is_not_who_said_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shipping\nThe Wire | 18 December 2023\n"
        "Danish shipping firm Skovlund said it would halt sailings through the Red Sea.\n"
        "The vessel was hit by a drone while sailing to Aqaba, Jordan, from Sohar, Oman, the company "
        "confirmed.\n"))
    assert [(facts.actors[f.actor].name, f.sent) for f in facts.statements] == [("Skovlund", 0), ("Skovlund", 1)]


def test_a_faith_after_a_first_name_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Victory\nLatin Wire | 4 June 2024\n"
        "Her win is a milestone for Brazil, home to the world's biggest Roman Catholic population.\n"))
    assert [a.name for a in facts.actors.values()] == ["Brazil"]


def test_a_made_up_organisation_with_an_acronym_is_an_organisation(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Port strike ends after pay deal\n"
            "Harbour News | 14 June 2021\n"
            "The Dockers and Crane Operators Union (DCOU) voted on Monday to accept a pay rise of six per cent.\n"
            "DCOU leader Sara Nilsen said members were tired after five weeks on the picket line.\n"
            "The port authority said the first ships would dock on Wednesday.\n"
        ),
    )
    union = _actor(facts, "Dockers and Crane Operators Union")
    assert union.kind == "organisation"
    assert union.acronyms == {"DCOU"}
    nilsen = _actor(facts, "Sara Nilsen")
    assert nilsen.kind == "person"
    assert [r for r, _ in nilsen.roles] == ["DCOU leader"]


def test_a_name_set_off_by_commas_before_its_speech_verb_is_the_speaker(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Count disputed\n"
            "Lakeside Courier | 15 August 2022\n"
            "Earlier in the day, the coalition's chief agent, Amani ole Sapit, told reporters that the tally was closed.\n"
            "\"We have seen no forms from the polling stations,\" he said.\n"
        ),
    )
    sapit = _actor(facts, "Amani ole Sapit")
    assert sapit.kind == "person"
    assert [q.actor for q in facts.quotes] == [sapit.key]


def test_a_name_with_a_day_between_it_and_its_speech_verb_speaks(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Red Sea\nWire | 20 December 2023\n"
        "Denmark's J.L. Skovlund-Hansen on Dec. 11 said it would halt all sailings through the Red Sea.\n"))
    assert [facts.actors[s.actor].name for s in facts.statements] == ["J.L. Skovlund-Hansen"]


def test_she_is_the_one_person_a_subjectless_sentence_makes_act(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rally\nWire | 3 August 2024\n"
        "Authorities have declared President Ramón Salcedo the winner. Salcedo urged his backers to march.\n"
        "On Saturday, supporters cheered as Elena Bastidas arrived at the rally.\n"
        "\u201cThey hoped they could frighten us into silence or make us give up,\u201d she told them.\n"))
    assert [facts.actors[q.actor].name for q in facts.quotes] == ["Elena Bastidas"]
    facts = _facts_from_text(tmp_path, (
        "Toll\nWire | 6 August 2024\nThe council proclaimed the winner Ramón Salcedo according to a report by Redhumana.\n"
        "\u201cMost of the marches have been in the poorer districts of the capital,\u201d he added.\n"))
    assert facts.quotes == []  # named, but not acting: no "he" to be


def test_she_is_not_the_man_in_focus_but_the_last_woman_who_was(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 3 August 2024\nOpposition leader Elena Bastidas said the count was false. "
        "President Ramón Salcedo urged calm on Friday.\n"
        "\u201cWe hold the voting sheets and we will publish every one,\u201d she said.\n"))
    assert [facts.actors[q.actor].name for q in facts.quotes] == ["Elena Bastidas"]


@pytest.mark.parametrize("unnamed", [
    "\"There is rubble everywhere,\" said one, whose group had worked all night.",
    "\"There is rubble everywhere,\" one resident said.",
    "A rescue worker told reporters there was rubble everywhere.",
])
def test_he_after_someone_unnamed_speaks_is_not_the_last_man_named(tmp_path: Path, unnamed: str) -> None:
    facts = _facts_from_text(tmp_path, (
        "Quake\nWire | 11 February 2023\nPresident Ramón Salcedo promised on Friday to rebuild the city.\n"
        f"{unnamed}\n\"The side streets are untouched,\" he added.\n"))
    assert [facts.actors[q.actor].name for q in facts.quotes] == []


def test_mr_and_a_woman_s_full_name_of_one_family_are_two_people(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nWire | 15 August 2023\nPresident Varga said all resources were available to Tarvel. "
        "\u201cWe will be there,\u201d Mr. Varga said.\nThe president said he and first lady Ilona Varga would travel.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind in ("person", "surname")) == ["Ilona Varga", "Varga"]


def test_an_age_is_its_sentence_s_person_s_across_an_aside(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Obituary\nWire | 16 May 2019\nBob Kell, Tarvel's 23rd prime minister and Labour Party legend, has died at "
        "the age of 89.\n"))
    (age,) = [c for c in facts.claims if c.quantity.counts == "age"]
    assert facts.actors[age.owner].name == "Bob Kell"


def test_a_title_of_address_after_a_title_and_current_before_a_party_are_no_part_of_a_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Tributes\nWire | 16 May 2019\nCurrent Labor leader Bill Shorten paid tribute on Thursday.\n"
        "In 1975 Governor-General Sir John Kerr dismissed the government.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Bill Shorten", "John Kerr", "Labor"]


def test_an_official_of_a_body_with_capitals_inside_her_name_is_a_person_and_a_sum_s_currency_no_one(
        tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Aid\nWire | 6 October 2024\nVermonters have been granted more than USD 19 million in aid approved "
        "by the Federal Emergency Management Agency, said JoAnne Whitaker, a regional administrator for the agency.\n"
        "Aid has passed USD 8 million for renters, Whitaker said on Saturday.\n"))
    assert sorted((a.name, a.kind, [r for r, _ in a.roles]) for a in facts.actors.values()) == [
        ("Federal Emergency Management Agency", "organisation", []),
        ("JoAnne Whitaker", "person", ["regional administrator for the agency"])]


def test_a_person_named_in_an_opening_phrase_gives_way_to_the_one_before_the_verb(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Raids\nWire | 1 October 2024\n"
        "Deputy to the movement's slain leader Hassan Barakat, Sheikh Ali Mansour said that the group stood ready.\n"
        "After meeting Emmanuel Macron, Prime Minister Keir Starmer said the talks went well.\n"))
    assert [(_said_in(facts, i)[0].actor) for i in (0, 1)] == [
        _actor(facts, "Ali Mansour").key, _actor(facts, "Keir Starmer").key]


def test_a_name_of_a_party_is_a_person_of_that_party(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Minor candidates concede\n"
            "Lakeside Courier | 15 August 2022\n"
            "The two other candidates, Peter Kamau of the Unity Party and Grace Njeri of the Green Party, "
            "conceded defeat on Sunday.\n"
        ),
    )
    assert _actor(facts, "Grace Njeri").kind == "person"
    assert _actor(facts, "Green Party").kind == "organisation"


def test_that_year_is_the_year_an_earlier_sentence_named(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "A history of disputes\n"
            "Equator Wire | 16 August 2022\n"
            "In 2017, the Supreme Court voided the presidential vote that Daniel Otieno lost.\n"
            "Otieno then shunned the rerun in October of that year.\n"
        ),
    )
    assert facts.sentence_dates[_sentence_index(facts, "Otieno then")] == "2017-10"


def test_a_name_with_a_capital_inside_is_a_company_and_she_is_not_it(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Rocket test ends early\n"
            "Valley Beacon | 20 April 2023\n"
            "In a statement, RocketWorks said the booster lost several engines during the flight.\n"
            "RocketWorks president Maria Delgado told reporters in McAllen in February that the company needed data. "
            "\"We really need to fly this vehicle to understand it,\" she said.\n"
        ),
    )
    company, delgado = _actor(facts, "RocketWorks"), _actor(facts, "Maria Delgado")
    assert company.kind == "organisation"
    assert [q.actor for q in facts.quotes] == [delgado.key]
    assert all(a.kind != "organisation" for a in facts.actors.values() if a.name == "McAllen")


def test_a_company_named_with_its_legal_form_is_the_same_company_without_it(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Drugmaker buys biotech\n"
            "Markets Desk | 13 March 2023\n"
            "Halvorsen Pharma Inc will buy Brightcell Inc for $43 billion, the drugmaker said on Monday.\n"
            "Halvorsen Pharma said it expected Brightcell to add more than $10 billion in revenue by 2030.\n"
        ),
    )
    buyer = _actor(facts, "Halvorsen Pharma Inc")
    assert buyer.kind == "organisation"
    assert "Halvorsen Pharma" in buyer.forms and len(buyer.sentences) == 2


def test_mr_and_a_family_name_written_first_is_the_full_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Leaders agree to restore trade ties\n"
            "Political Desk | 6 November 2023\n"
            "Chinese Premier Zhou Minghai met Australian Prime Minister Anthony Albanese on Monday.\n"
            "Mr Zhou said ties had \"turned a corner and were steadily warming\".\n"
        ),
    )
    xi = _actor(facts, "Zhou Minghai")
    assert "Zhou" in xi.forms
    assert [q.actor for q in facts.quotes] == [xi.key]


def test_an_organisation_named_beside_another_between_commas_is_the_same_one(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        (
            "Agencies warn of famine\n"
            "Geneva | 15 March 2024\n"
            "UNHCR, the UN Refugee Agency, said on Friday that over 3 million people had left their homes.\n"
            "UNHCR estimated that 600,000 people had crossed into nearby countries.\n"
        ),
    )
    agency = _actor(facts, "UNHCR")
    assert agency.kind == "organisation" and "UN Refugee Agency" in agency.aliases
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == ["UNHCR"]


def test_bodies_listed_between_commas_are_not_one_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rally\nMembers of the Varno Nurses Association, the Tarvian Postal Workers Union, United Auto Workers and "
        "other locals attended.\n"))
    assert all(not a.aliases for a in facts.actors.values())
    assert {"Varno Nurses Association", "Tarvian Postal Workers Union"} <= {a.name for a in facts.actors.values()}


# --- what is not an actor -----------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["cup", "bank", "fire", "election"])
def test_sentence_openers_are_never_actors(request: pytest.FixtureRequest, fixture: str) -> None:
    facts: ArticleFacts = request.getfixturevalue(fixture)
    openers = {"meanwhile", "speaking", "asked", "the", "turnout"}
    for actor in facts.actors.values():
        assert actor.name.split()[0].lower() not in openers, actor.name
    assert not openers & set(facts.actors)


@pytest.mark.parametrize("opener", ["Across", "Along", "Around", "Outside", "Behind"])
def test_a_preposition_opening_the_sentence_is_no_part_of_the_place_after_it(tmp_path: Path, opener: str) -> None:
    facts = _facts_from_text(tmp_path, (
        f"Quake\nWire | 7 February 2023\n{opener} Tarvel province, officials say 1,500 buildings were destroyed.\n"))
    assert "Tarvel" in {a.name for a in facts.actors.values()}


def test_a_place_s_adjective_before_a_noun_is_no_place_but_a_name_ending_so_is(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nWire | 15 August 2023\nThe search went on across the Tarvanian island of Maui, officials in Tarvania "
        "said. Crews from Fujian province and the Guardian newspaper were there.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Fujian", "Guardian", "Maui", "Tarvania"]


@pytest.mark.parametrize(("text", "people_and_bodies"), [
    # a vote and a treaty are no actors
    ("Results\nWire | 4 June 2024\nPrime Minister Narendra Modi spoke amid the results of the Indian General "
     "Elections in Tarvel. The warrant covers the period when Tarvia was still a member of the Rome Statute. "
     "Tarvia withdrew from the Rome Statute on March 17, 2018.\n", [("Narendra Modi", "person")]),
    # nor is a creed, but a ministry named for one is a body
    ("Pope elected\nWire | 9 May 2025\nHe is a bridge between the traditional heart of Roman Catholicism and its "
     "growth, said an official of the Ministry of Tourism.\n", [("Ministry of Tourism", "organisation")]),
    # a body named for an office keeps the office in its name
    ("Airbase\nWire | 11 March 2025\nShe was denied entry, according to the Office of the Vice President.\n"
     "Western Air Command Chief was present.\n",
     [("Office of the Vice President", "organisation"), ("Western Air Command", "organisation")]),
    # an event named after a title's word is no one
    ("Cricket\nWire | 6 September 1996\nSri Lanka beat Australia in the third match of the Singer World Series "
     "one-day cricket tournament on Friday.\n", []),
    # a company's legal form may open its name, as Indonesian and Russian ones do
    ("Gold\nWire | 6 December 1996\nThe miner has a deal with PT Kelsa Duta of the Kelsa Group, run by Ivo Marl. "
     "PJSC Varnogaz said it would pay.\n",
     [("Ivo Marl", "person"), ("Kelsa Group", "organisation"), ("PJSC Varnogaz", "organisation"),
      ("PT Kelsa Duta", "organisation")]),
    # a body named a system is no one behind a title
    ("Bank\nWire | 10 March 2023\nThe lender is a member of the Federal Reserve System based in Tarvel, the "
     "regulator said.\n", [("Federal Reserve System", "organisation")]),
    # a town with its surroundings is a place, whatever "its" says of bodies ("Rosneft and its unit")
    ("Smoke\nWire | 7 June 2023\nThe smoke has blanketed major cities, including Tarvel and its surrounding areas, "
     "the BBC said.\n", [("BBC", "organisation")]),
    # a name before a title's word is its field, and "his" after them the holder's
    ("Tennis\nWire | 5 August 2024\nMoments later, the seven-time Tarvel champion was pictured with his daughter.\n",
     []),
    # a word opening a clause after a stop left out is no part of the name before it
    ("Arrest\nWire | 9 May 2023\nThe court asked Director Tarvo Kel Upon resuming of the hearing the judge spoke.\n",
     [("Tarvo Kel", "person")]),
    # a name listed with companies by their legal forms is a company, whatever first name it opens with
    ("Listing\nWire | 21 March 2024\nThe IPO is led by Morgan Stanley, Goldman Sachs Group Inc. and JPMorgan Chase & "
     "Co.\n", [("Goldman Sachs Group Inc", "organisation"), ("JPMorgan Chase & Co", "organisation"),
               ("Morgan Stanley", "organisation")]),
    # a street's abbreviated kind is a street's
    ("Shooting\nWire | 26 October 2023\nHe was found in the parking lot at 61 Capital Ave. in Tarvel, Dana Holt "
     "said.\n", [("Dana Holt", "person")]),
    # a pastor's title is no part of his name; a laboratory is a body
    ("Raid\nWire | 24 April 2023\nPastor Tarvo Nthenge advised his followers to starve. The Tarvel Propulsion "
     "Laboratory said this week it would help, as did the Jet Laboratory at Tarvel Technical Institute.\n",
     [("Jet Laboratory", "organisation"), ("Tarvel Propulsion Laboratory", "organisation"),
      ("Tarvel Technical Institute", "organisation"), ("Tarvo Nthenge", "person")]),
    # a word of the language and "of" open no one's name, whatever "his" follows
    ("Shot\nWire | 15 May 2024\nDana Holt was attacked on Wednesday when he was in front of the local House of "
     "Culture while he was meeting his supporters.\n", [("Dana Holt", "person")]),
    # investigators are people by their title, no body
    ("Shooting\nWire | 26 October 2023\nInvestigators suspect that the shooter used a rifle, lead investigator Dana "
     "Holt said.\n", [("Dana Holt", "person")]),
    # a country's broadcasters at large are no one body
    ("Riots\nWire | 9 January 2023\nBrazilian TV aired footage of the attackers in the palace, the Brazilian Press "
     "Association said.\n", [("Brazilian Press Association", "organisation")]),
    # a paper named for the day is a body
    ("Water\nWire | 30 August 2022\nResidents are urged not to waste water, according to Tarvel Today.\n",
     [("Tarvel Today", "organisation")]),
    # land named in the plural is no body
    ("Fires\nWire | 7 June 2023\nA waterbomber drops water onto the Tarvel Bluffs wildfire near Port Holt, Dana "
     "Kell said.\n", [("Dana Kell", "person")]),
    # a family name and a given name of two syllables joined by a hyphen name a person
    ("Crash\nWire | 29 December 2024\nThe plane fell after a bird strike, according to Joo Jong-wan.\n",
     [("Joo Jong-wan", "person")]),
    # (but not a place before a number written with a hyphen)
    ("Cult\nWire | 24 April 2023\nNAIROBI, Kenya Thirty-nine bodies have so far been found, police said.\n", []),
    # a town's state after the town is no speaker, whatever "said" follows the comma
    ("Attacks\nWire | 26 December 2023\nMonday Kassah, head of the local government in Bokkos, Plateau State, said "
     "that 148 villagers had been killed.\n", [("Kassah", "person")]),
    # a party's race for a seat is no body, but the chamber is
    ("Rally\nWire | 14 July 2024\nGOP Senate candidate Dana Holt was at the rally. The US Senate voted.\n",
     [("Dana Holt", "person"), ("US Senate", "organisation")]),
    # what state media report is a body's word
    ("Trial\nWire | 11 April 2024\nIt is the largest financial fraud case ever, state media Tarvo Net said.\n",
     [("Tarvo Net", "organisation")]),
    # a degree after a name is no body
    ("Mpox\nWire | 14 August 2024\nDirector-General Tarvo Kel, PhD, has declared the outbreak an emergency.\n",
     [("Tarvo Kel", "person")]),
    # a class of shares is no one
    ("Listing\nWire | 21 March 2024\nA total of 22 million shares of Class A common stock were sold by Tarvo Inc.\n",
     [("Tarvo Inc", "organisation")]),
    # a side named for a year is one body
    ("Final\nWire | 12 February 2024\nThe Tarvel Chiefs beat the San Francisco 49ers in overtime.\n",
     [("San Francisco 49ers", "organisation"), ("Tarvel Chiefs", "organisation")]),
    # a verb in -ing opening the sentence is no part of the name after it
    ("Vote\nWire | 7 December 2022\nSTORY: Holt was arrested after his ousting. Ignoring Holt's attempt to shut "
     "the house by decree, lawmakers moved ahead with a trial, with 101 votes in favor of removing him.\n",
     [("Holt", "person")]),
    # one of a count of things is no one, whatever "his" follows it
    ("Tennis\nWire | 14 July 2024\nHe won, collecting the fourth Grand Slam of his young career.\n", []),
    # "Our Lady" is no one's name, a counsel's title is a title
    ("Vows\nWire | 9 May 2025\nHe made his vows in the province of Our Lady of Good Counsel, said General Counsel "
     "Ada Kell.\n", [("Ada Kell", "person")]),
    # a public broadcaster is a body, a veteran one a person
    ("Blood\nWire | 3 November 2024\nCitizens are giving blood, according to Serbia’s public broadcaster, RTS. "
     "Veteran broadcaster David Dimbleby said so.\n", [("David Dimbleby", "person"), ("RTS", "organisation")]),
])
def test_which_names_are_people_and_bodies(tmp_path: Path, text: str, people_and_bodies: list[tuple[str, str]]) -> None:
    facts = _facts_from_text(tmp_path, text)
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")) == \
        people_and_bodies


def test_a_flight_s_number_names_its_airline(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nWire | 7 July 2013\nInvestigators tried to learn what caused Tarvel Airlines Flight 214 to crash.\n"))
    assert [a.name for a in facts.actors.values()] == ["Tarvel Airlines"]


def test_speaking_opener_does_not_hide_the_speaker(cup: ArticleFacts) -> None:
    index = _sentence_index(cup, "Speaking after the match, Lopez said")
    assert [f.actor for f in _said_in(cup, index)] == ["maria lopez"]


def test_meanwhile_with_no_named_subject_attributes_nothing(fire: ArticleFacts) -> None:
    index = _sentence_index(fire, "Meanwhile, the regional council said")
    assert _said_in(fire, index) == []


# --- figures and who claims them ----------------------------------------------------------


def test_a_figure_inside_a_quote_is_claimed_by_the_speaker(fire: ArticleFacts) -> None:
    claim = _claim(fire, "400")
    assert claim.claimant == "jonas reiter"
    assert claim.quantity.qualifier == "about"
    assert claim.quantity.counts == "firefighters"


def test_a_figure_outside_the_quote_of_a_quoted_sentence_is_nobodys(fire: ArticleFacts) -> None:
    # "…,” Reiter said, as 60 homes lay in ruins: the reporter's words, not Reiter's
    assert _claim(fire, "60").claimant is None


def test_a_figure_in_reported_speech_is_claimed_by_the_speaker(fire: ArticleFacts) -> None:
    claim = _claim(fire, "3,000")
    assert claim.claimant == _actor(fire, "Alpine Civic Rescue").key
    assert claim.quantity.qualifier == "more than"
    assert claim.quantity.counts == "residents"
    assert claim.date == "2022-07-20"


def test_a_percentage_is_a_claim_only_as_a_rate_named_for_what_it_measures(bank: ArticleFacts,
                                                                            election: ArticleFacts) -> None:
    assert [(c.quantity.written, c.quantity.counts) for c in bank.claims] == [
        ("4.5 per cent", "interest rate"), ("2.4 million", "families")]
    assert [(c.quantity.written, c.quantity.counts) for c in election.claims] == [("62 per cent", "turnout")]


# --- what is not an actor, and what kind one is ------------------------------------------


def test_an_acronym_spelled_by_common_words_names_a_thing_not_an_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Camps overflow as fighting spreads\n"
        "Internally displaced persons (IDPs) crowded into schools, the United Nations (UN) said on Monday.\n"
        "Aid groups said IDPs in the camps lacked water, and gross domestic product (GDP) fell by 2 percent.\n"
        "GDP may fall again next year, the UN said.\n",
    )
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("United Nations") == "organisation"
    assert not {"IDPs", "IDP", "GDP"} & set(kinds)
    assert not any(form in ("IDPs", "GDP") for a in facts.actors.values() for form in a.forms)


def test_the_last_word_of_what_an_acronym_stands_for_is_not_the_body_it_defines(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Outage\nThe Blue Screen of Death (BSOD) appeared on the machines on Friday.\n")
    assert {a.name for a in facts.actors.values() if a.kind in ("organisation", "person")} <= {"BSOD"}


def test_a_place_naming_an_outlet_is_not_where_a_figure_is(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Cases climb\n"
        "More than 16,000 cases have been reported in Spain, according to the Press Trust of India.\n"
        "Officials in Lisbon reported 400 cases on Friday, the Times of India said.\n"
        "\"We have 280,000 people displaced in Syria,\" the official told reporters in Geneva.\n",
    )
    anchors = {c.quantity.value: c.anchors for c in facts.claims}
    assert anchors == {16000: ("Spain",), 400: ("Lisbon",), 280000: ("Syria",)}  # not where it was said


def test_where_the_people_counted_live_is_not_where_a_figure_is(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rally shooting\nWire | 20 July 2024\n"
        "Police identified the two people who were wounded as Dan Holt, 57, of Varne, Pa., and Jim Kell, 74, of "
        "Moss Township, Pa.\n"))
    assert _claim(facts, "two").anchors == ()  # (none of their homes)


def test_a_ship_named_before_its_kind_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Bridge falls\nThe crew of the Varna container ship had warned the port of a "
                                       "power loss.\n")
    assert "Varna" not in {a.name for a in facts.actors.values()}


def test_a_county_written_short_is_the_county_the_story_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Flood\n57 deaths, 'miles of complete devastation' in Varne Co.\n"
        "Officials have confirmed at least 40 deaths in Varne County alone, the county manager said.\n"
        "Shares of Kestrel Mining Co fell on Monday.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert (kinds.get("Varne County"), "Varne Co" in kinds) == ("place", False)
    assert kinds.get("Kestrel Mining Co") == "organisation"


def test_a_heading_over_a_table_of_results_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "SOCCER - VESNAN LEAGUE RESULTS.\nHARLOW 1996-12-06\nResults of Vesnan first division\nmatches on Friday:\n"
        "Harlow 0 Varne 4\nDelm 1 Tarso 2\n"))
    assert "VESNAN LEAGUE RESULTS" not in {a.name for a in facts.actors.values()}


def test_a_named_text_is_neither_an_actor_nor_a_place(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Emergency declared\n"
        "The outbreak meets the criteria in the International Health Regulations, the agency said in Geneva.\n"
        "Ministers met in Paris to review their pledges under the Paris Agreement.\n"
        "The agency issued a Special Airworthiness Information Bulletin (SAIB) on the switches in Geneva.\n"
        "Its After Action Report on the floods in Paris was never released.\n",
    )
    assert sorted(a.name for a in facts.actors.values()) == ["Geneva", "Paris"]


def test_an_adjective_of_a_region_is_not_a_place(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Cases rise\n"
        "Most new cases were found in African countries and in Nairobi, officials said.\n",
    )
    assert sorted(a.name for a in facts.actors.values()) == ["Nairobi"]


def test_a_company_is_named_after_by_the_first_words_of_its_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Software maker misses\n"
        "Summit Data Systems Corp. said its earnings were in line with forecasts, and its shares fell.\n"
        "New licences make up only a third of Summit's revenue, analysts at the firm of Summit said.\n",
    )
    company = _actor(facts, "Summit Data Systems Corp")
    assert company.kind == "organisation" and "Summit" in company.forms
    assert [a.name for a in facts.actors.values()] == ["Summit Data Systems Corp"]


def test_a_body_named_for_what_it_is_is_named_after_by_the_words_before(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Quake toll rises\n"
        "The death toll climbed to 61, the official Xinhua News Agency reported on Monday.\n"
        "About 48,300 people had been moved to shelters, Xinhua said. Oxford University said its team had landed in Oxford.\n",
    )
    assert "Xinhua" in _actor(facts, "Xinhua News Agency").forms
    assert "Oxford" not in _actor(facts, "Oxford University").forms


def test_a_body_named_as_a_candidates_party_keeps_its_whole_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Runoff result\n"
        "Amadou Sanha Djalo, as candidate of the Movement for Democratic Renewal, won in the West African state.\n",
    )
    assert _actor(facts, "Movement for Democratic Renewal").kind == "organisation"
    assert sorted(a.name for a in facts.actors.values()) == ["Amadou Sanha Djalo", "Movement for Democratic Renewal"]


def test_a_name_with_al_opening_a_sentence_is_the_same_person(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Masri declared president\n"
        "The commission declared former army chief Abdel-Karim al-Masri the new president on Tuesday.\n"
        "Al-Masri won nearly 89 percent of the valid votes, the commission said.\n",
    )
    assert "Al-Masri" in _actor(facts, "Abdel-Karim al-Masri").forms


def test_a_speaking_surname_vouches_for_the_one_full_name_it_ends(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Late penalty decides it\n"
        "Julian Draxler was fouled in the box on 84 minutes.\n"
        "“That should have been a red card,” Draxler said after the match.\n",
    )
    draxler = _actor(facts, "Julian Draxler")
    assert draxler.kind == "person" and "Draxler" in draxler.forms
    assert [q.actor for q in facts.quotes] == [draxler.key]


def test_a_speaking_name_vouches_for_the_one_full_name_it_stands_inside(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Runoff\nTomas Inacio Varo da Costa on Sunday narrowly defeated the sitting president in a runoff.\n"
        "\"I will govern for everyone,\" Varo said at his campaign headquarters.\n"))
    varo = _actor(facts, "Tomas Inacio Varo da Costa")
    assert varo.kind == "person" and "Varo" in varo.forms
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Tomas Inacio Varo da Costa"]


def test_his_after_a_name_written_with_the_is_not_that_name_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nThe quarterback was asked about his time with the Crimson Varno where he was replaced at half time.\n"
        "“Embracing everything,” Osk said of his history with the Varno and his place as a winner now.\n"))
    assert not {"Crimson Varno", "Varno"} & {a.name for a in facts.actors.values() if a.kind == "person"}


def test_a_storms_name_is_not_vouched_for_by_a_speaker_of_that_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Storm moves inland\n"
        "Hurricane Florence moved inland on Friday.\n"
        "“We are ready,” Florence said, a shelter volunteer in Wilmington.\n",
    )
    assert all(a.name != "Hurricane Florence" or a.kind != "person" for a in facts.actors.values())


def test_a_titled_surname_vouches_for_the_full_name_and_sheds_its_title(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Floods\n"
        "Boris Johnson made the commitment on Monday.\n"
        "But Mr Johnson said authorities were working flat out.\n",
    )
    johnson = _actor(facts, "Boris Johnson")
    assert johnson.kind == "person" and johnson.forms == {"Boris Johnson", "Johnson"}
    assert len(facts.actors) == 1


def test_a_title_opening_the_first_sentence_stays_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Prime Minister meets flood victims\n"
        "Prime Minister Gordon Brown has visited Devon to see the storm damage.\n"
        "The prime minister met the rescue crews. A police officer, Pc Tom Harker, died in Barnstaple.\n",
    )
    assert [r for r, _ in _actor(facts, "Gordon Brown").roles] == ["Prime Minister"]
    assert _actor(facts, "Tom Harker").kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a speaking name that always takes "the" is an institution's, never a person's
        ("The White House said on Monday that talks would resume. The White House said it was hopeful.",
         "White House", "organisation"),
        ("The Taliban said on Tuesday they would not declare a ceasefire.", "Taliban", "organisation"),
        ("The Taliban refused, and the Kremlin said it regretted the decision.", "Kremlin", "organisation"),
        ("Maria Lopez said the delegation would travel on Tuesday.", "Maria Lopez", "person"),
        # a name set beside what kind of body it is
        ("Kestrel Partners, the private equity firm, said on Saturday it would buy the chain.",
         "Kestrel Partners", "organisation"),
        ("Anna Berg, the company's chief executive, said she was pleased.", "Anna Berg", "person"),
        ("In London trading, Samsung, the country's largest corporation, saw its shares fall.", "Samsung", "organisation"),
        ("Hynix, the South Korean chipmaker, said its profit rose.", "Hynix", "organisation"),
        # a kind of body, then its name between commas; a paper's name runs on over its "of"
        ("The plant's operator, Energoatom, confirmed it had shut down the reactor.", "Energoatom", "organisation"),
        ("The state newspaper, Global New Light of Myanmar, said five towns had seen buildings collapse.",
         "Global New Light of Myanmar", "organisation"),
        # a body's purpose or complement is no person, whatever first name it opens with
        ("Some 18,500 members of the Alliance for the Victory of Mesadkent (AVM) remain in the city.",
         "Alliance for the Victory of Mesadkent", "organisation"),
        ("The Conference of Free Nations failed to adopt two resolutions on Monday.", "Conference of Free Nations",
         "organisation"),
        ("The Army for the Liberation of Rwanda attacked the camp on Monday.", "Army for the Liberation of Rwanda",
         "organisation"),
        # but a kind of body in capitals ends another name: "Network" is the broadcaster's, not Bremer's
        ("Speaking to the Asia News Network, Ilse Bremer said on Monday the corridor was closed.", "Ilse Bremer", "person"),
        # a first name, then a family name with its particle in lower case
        ("The council chose Ahmed al-Rashidi to head an interim cabinet.", "Ahmed al-Rashidi", "person"),
        # the words clubs name themselves with
        ("The striker scored twice against Blackburn Rovers in Manchester on Saturday.", "Blackburn Rovers", "organisation"),
        ("Fernandes scored the winner for Manchester United in Brighton on Saturday.", "Manchester United", "organisation"),
        # the noun after a name says what it is
        ("The minister, who hailed from the Muslim Brotherhood group, resigned on Monday.", "Muslim Brotherhood",
         "organisation"),
        ("England won the series under skipper Joe Root in Galle.", "Joe Root", "person"),
        ("Rocha arrived in Lisbon along with his wife Marisol and their two daughters.", "Marisol", "person"),
        # and a son, though "son" is no title word ("Son Heung-min")
        ("The deal was with the firm run by President Varno's eldest son, Sigit Harjodanto, on Friday.",
         "Sigit Harjodanto", "person"),
        ("The jury heard on Monday from defendant Clara Wendt.", "Clara Wendt", "person"),
        # an imperative opening the sentence is no part of the name after it
        ("‘Let Varno rest in his last days’, his allies wrote.", "Varno", "person"),
        # "the" wherever an article could stand makes a speaker a body
        ("The Lebanese Red Cross said the toll rose. Red Cross workers searched the rubble.", "Red Cross",
         "organisation"),
        # a compass word between a preposition and a place
        ("The corpsman was Max Soviak, of northern Ohio, who graduated in 2017.", "Ohio", "place"),
        # a kind of body named to end the sentence after a source's comma
        ("The ship was freed, according to its management company, Bernard Schulte Shipmanagement.",
         "Bernard Schulte Shipmanagement", "organisation"),
        # a party's initials in brackets after a full name are no short name of the person's
        ("Federal Chancellor Olaf Reinholt (SPD) visited Solingen on Monday.", "Olaf Reinholt", "person"),
        # a governed land whose ministry speaks is the land
        ("According to the Varel Region’s health ministry, 182 people were injured.", "Varel Region", "place"),
        # a family name in "s" is no side's name before "and" and a kinsman's title
        ("She walked into court with her mother Noel Jones and partner Billy Evans.", "Noel Jones", "person"),
        # what a firm makes, opening the sentence, is no part of its name
        ("Automaker Tarvex recalled 2 million cars on Monday.", "Tarvex", "organisation"),
        # a crater is a place, whatever name it bears
        ("The lander is sitting in the basin's Von Tarvo crater, the oldest on the moon.", "Von Tarvo", "place"),
        # where one's home is
        ("The striker threw a party at his Melton Mowbray home.", "Melton Mowbray", "place"),
        # a syndicate is a body
        ("The clashes killed 3 civilians, according to the Sudanese Doctors Syndicate.", "Sudanese Doctors Syndicate",
         "organisation"),
        # a racing team's name; a source's comma before the next clause's subject and its verb
        ("On lap 54, Nicholas Latifi from Williams Racing crashed into the barriers.", "Williams Racing", "organisation"),
        ("According to ESPN, another player and parent were on the helicopter.", "ESPN", "organisation"),
        # sides listed after one "the", and a side's before its player's title
        ("Varel beat the Minnesota Timberwolves, Phoenix Suns and Denver Nuggets to win the West.", "Phoenix Suns",
         "organisation"),
        ("“I don’t even know where to start,” tweeted Philadelphia 76ers superstar Joel Embiid.", "Philadelphia 76ers",
         "organisation"),
        # a word for someone that is no title: a colleague, a woman
        ("Police beat Wang and his colleague, Chen Longwei, and urged inmates to attack them.", "Chen Longwei", "person"),
        ("\"It is our only hope,\" said a 30-year-old woman, Mubarsa Dagiyeva.", "Mubarsa Dagiyeva", "person"),
        ("The court sentenced nine activists, including Kyaw Lin's assistant Win Thaung.", "Win Thaung", "person"),
        # a title ending the sentence is the name's, whatever the preposition before it seemed to say
        ("They said he was biased toward Zelbek Yandarov, president of the self-declared separatist government.",
         "Zelbek Yandarov", "person"),
        ("Smoke rose from shantytowns that are strongholds of Tarvo Oskala, the populist challenger. Kel appealed.",
         "Tarvo Oskala", "person"),
        ("The talks resumed on Monday in Geneva, the special envoy said.", "Geneva", "place"),
        ("Two were treated at Allegheny General Hospital in Pittsburgh, according to a hospital spokesperson.",
         "Pittsburgh", "place"),
        # a firm named for the people in it
        ("The club had talks with investment company CVC Capital Partners.", "CVC Capital Partners", "organisation"),
        # a foreign article written into a name is "the": "La Liga said" is an institution speaking
        ("La Liga's rules blocked the contract, La Liga said in a statement.", "La Liga", "organisation"),
        # a name the clause goes on to call "his" is a person's
        ("Marchetti drafted the rules. But Marchetti agreed to revise his plan on Tuesday.", "Marchetti", "person"),
        # who backs a group is no part of its name; the fighters named for it make it a group
        ("A week after Rwanda-backed M23 rebels seized the city, M23 said on Monday it would stop.", "M23",
         "organisation"),
        # but fighters named for where they are leave it a place
        ("Idlib rebels fought on as thousands fled to Idlib last week.", "Idlib", "place"),
        # the kind of body after the name, a news agency's included
        ("The Interfax-Ukraine news agency said the team had been held up.", "Interfax-Ukraine", "organisation"),
        # a short name the writer gives after ", or"
        ("Ministers from the Group of Seven advanced economies, or G7, urged talks. The G7 said so.", "Group of Seven",
         "organisation"),
        # who makes, publishes or ranks things is a body
        ("The company relied on machines manufactured by Siemens.", "Siemens", "organisation"),
        ("His fortune was estimated at $2.3 billion by Forbes in 2019.", "Forbes", "organisation"),
        # only a person has an age; a company may be named with its legal form and nothing else
        ("Nick Varoli, 16, was suspended from the academy on Tuesday.", "Nick Varoli", "person"),
        ("The captives, Anna Koval, 28; Dana Shirav, 24; and Yarden Talmey, 31—were freed.", "Yarden Talmey",
         "person"),
        # full names listed with people are people ("Naama" is in no list of first names)
        ("The nurses—Karina Lenz, Daniella Adler, Naama Drori, and Liri Katzav—endured hardship.", "Naama Drori", "person"),
        ("They were level with the Denver Broncos and Seattle Seahawks on Monday.", "Seattle Seahawks", "organisation"),
        ("Eastgate Mining Co tops the list of gold producers.", "Eastgate Mining Co", "organisation"),
        # a nationality said as a noun is a title
        ("Frenchman Luc Barrand scored twice on Sunday.", "Luc Barrand", "person"),
        # ... and so is one said as an adjective, before the name
        ("Verona are without a suspended defender, German Jochen Walbrecht.", "Jochen Walbrecht", "person"),
        # only a person has kin; after "'s", a preposition governs what is owned, not the owner
        ("The blast blew out the windows of Radomil Dubenko's family home in Trnava.", "Radomil Dubenko",
         "person"),
        ("Aid convoys reached Idlib's countryside on Friday.", "Idlib", "place"),
        # a foreign article before one plural-looking word names a place, not a team
        ("A gambler who takes his winnings to Las Vegas is not owed a refund.", "Las Vegas", "place"),
        # what kind of firm follows its name
        ("Clients of the Birchmoor Ridge hedge fund he ran lost $40 million.", "Birchmoor Ridge", "organisation"),
        # a leader of the largest party is a person, not the party
        ("Jean-Paul Arnaud, leader of the alliance's largest party, called the vote a disgrace.", "Jean-Paul Arnaud",
         "person"),
        # a Portuguese article opens a paper's name as "La" and "Der" do
        ("Forty-one students were caught with the phones and disqualified, O Globo said.", "O Globo",
         "organisation"),
        # a venue named with a body's word is a place; a broadcaster named for sports is a body
        ("Rovers thrashed City 4-0 at the Airways Stadium on Tuesday.", "Airways Stadium", "place"),
        ("\"We showed real character,\" Rovers manager Tomas Lindqvist told Sky Sports.", "Sky Sports",
         "organisation"),
        # a faith's church is an institution, though each of its words alone names no one
        ("The treaty would hand the Orthodox Church too much sway over schools in Romania.", "Orthodox Church",
         "organisation"),
        # a company's officers by their initials
        ("Kestrel Chips CFO Ines Moravec noted that server revenue declined.", "Ines Moravec", "person"),
        # a body's word inside the name of a territory makes it no body
        ("He said 12 people have died in the Larkin Council Territory.", "Larkin Council Territory", "place"),
        # the body whose office a title is, a modifier word opening its name; a brand opening a sentence
        ("Federal Reserve Chairman Alan Greenspan said inflation was tame.", "Federal Reserve", "organisation"),
        ("PaineWebber analyst Marc Cohen said the deal made sense.", "PaineWebber", "organisation"),
        # a plural title before one name is the title of the many a body is
        ("\"We welcome him,\" said the chairman of the Tarvale Rovers and their owners Hallam Baseball, in a statement.",
         "Hallam Baseball", "organisation"),
        ("First run leaders Guenther Huber and breakman Antonio Tartaglia finished second.", "Guenther Huber",
         "person"),
        # whose death, case or photograph it is, a person's (though "Tyre" is a city's name)
        ("The agency investigates the case of Tyre Nichols, who died three days after his arrest.", "Tyre Nichols",
         "person"),
        # a square named with a body's word is a place
        ("The owner of a boutique in Times Square said she felt the shaking.", "Times Square", "place"),
        # a river is land, whatever it does to its banks
        ("In Porto Alegre the Kestrow River overflowed its banks, inundating streets.", "Kestrow River", "place"),
        # and the field its name ends in, whatever office follows
        ("Officials were puzzled, Kestrow Department of Agriculture Commissioner Tarvo Linn told reporters.",
         "Kestrow Department of Agriculture", "organisation"),
        # what kind of firm stands before its name, whatever shape the name has
        ("German container shipping line Nordhaven Lines said on Monday that it would pause sailings.", "Nordhaven Lines",
         "organisation"),
        # a place named after what kind of place it is, whatever title follows
        ("Gunfire was heard in the capital Niamey, a police officer said on Tuesday.", "Niamey", "place"),
        # whom an unnamed source tells, with nothing else said of it, is the outlet reporting it
        ("Three men attacked the shopkeeper on Friday, a police spokesman told Politico.", "Politico", "organisation"),
        ("A diplomat who asked not to be named told the BBC by phone that the embassy was closed.", "BBC",
         "organisation"),
        # but whoever is told and also said to be a person is one
        ("President Putin met the envoy. The envoy told Putin on Monday that talks would resume.", "Putin", "person"),
        # the sides of a match with a score are clubs, whatever town they are named for
        ("Leeds drew with Derby 3-3 at Elland Road on Sunday, as fans in Leeds cheered.", "Derby", "organisation"),
        # names listed together are things of one kind
        ("Barca -- along with Real Madrid and Athletic Bilbao -- was opposed to the deal.", "Real Madrid", "organisation"),
        # what only an institution has, said of "the" name
        ("The club blamed La Liga's spending regulations for the failure.", "La Liga", "organisation"),
        ("The Kremlin's spokesman declined to comment on Monday.", "Kremlin", "organisation"),
        # the body whose office someone holds
        ("On Monday, CIA director Bill Burns met the prime minister.", "CIA", "organisation"),
        ("Former FEMA director Dale Harwick said the worst flooding would come after landfall.", "FEMA", "organisation"),
        ("On Wednesday, Cisco Systems Inc Chief Executive John Chambers said orders fell.", "Cisco Systems Inc",
         "organisation"),
        ("Sea Rescue Service Rear Admiral Dana Kell said the search had ended.", "Sea Rescue Service",
         "organisation"),  # (a rank's first word is the rank's)
        # what only a company has, whatever work is done "at" it; its shares closing
        ("Machinists at Varnholt voted Monday to end the strike, and Varnholt's CEO has said production will resume.",
         "Varnholt", "organisation"),
        ("Strikers marched on Friday, and Varnholt shares closed up 0.9 per cent on Thursday.", "Varnholt",
         "organisation"),
        # a name ending in "International" is a body's, whatever it did
        ("In 2017, Harbour Watch International published a report on the camps.", "Harbour Watch International",
         "organisation"),
        # who publishes a report tells, in writing, as one who says
        ("In 2017, Harbour Watch published a report stating that 13,000 people had been hanged.", "Harbour Watch",
         "organisation"),
        # a body's title with no one named after it is someone unnamed's, and the body is the body
        ("Northern Air Command Chief was present at the base on Monday.", "Northern Air Command", "organisation"),
        ("Later, Vesna Airlines Chairman told reporters the flights would resume.", "Vesna Airlines", "organisation"),
        # a channel by its kind after it; a rank in lower case is an adjective
        ("The private Korvala television news channel reported that the minister had resigned.", "Korvala",
         "organisation"),
        ("The resignation was first reported by the Korvala television channel on Monday.", "Korvala", "organisation"),
        # an acronym that needs the first word keeps it in the name
        ("The All Progressive Congress (APC) won the vote, the APC said.", "All Progressive Congress", "organisation"),
        # a speaker named in everyday words is a body; one with a first name among them is a person
        ("In a report, Harbour Rights Watch said the camps were full.", "Harbour Rights Watch", "organisation"),
        ("Open Borders International said on Monday that the road was shut.", "Open Borders International",
         "organisation"),
        ("Bill Cardew said on Monday that the road was shut.", "Bill Cardew", "person"),
        # what calls something its own is a body; a place that opens the sentence sets the scene, lists nothing
        ("On Monday, Halvrek said its fighters had left the town.", "Halvrek", "organisation"),
        ("In Vesna, Halvrek said its fighters had left the town.", "Halvrek", "organisation"),
        ("Talks were held in Marlow, Tervia before the teams left.", "Tervia", "place"),
        ("Envoys met in Vesna, and Halvrek later said its fighters had left.", "Halvrek", "organisation"),
        ("Harbour Rights Watch has also said the camps were full.", "Harbour Rights Watch", "organisation"),
        # a title still to be taken up, and the ranks below the officers, are titles too
        ("Prime Minister-designate Ismail Harun met the envoys on Monday.", "Ismail Harun", "person"),
        ("Army Private Lynn Egland was convicted on Monday.", "Lynn Egland", "person"),
        ("Specialist Carl Marden was jailed on Monday.", "Carl Marden", "person"),
        ("The judge threw out the plea of Army Private First Class Lyn Egler.", "Lyn Egler", "person"),
        # initials that speak, or whose people or means are named after them, are a body's
        ("On Monday, KESA said the river had risen.", "KESA", "organisation"),
        ("Police arrested two KESA operatives on Monday.", "KESA", "organisation"),
        ("Varzani rebels attacked a checkpoint on Monday.", "Varzani", "organisation"),  # the sentence's first word
        # a first name many countries give is one, though some small region somewhere has its name
        ("The side was held up by a fine 84 from Paul Varden on Monday.", "Paul Varden", "person"),
        ("The bid by Cie. Financiere de Valmont was too low, Financiere de Valmont said.", "Financiere de Valmont",
         "organisation"),  # a company's legal form before its name
        ("Migrants drowned on this side of the Tarvel Straits on Monday.", "Tarvel Straits", "place"),
        # a person the text calls "Mr." again and again, whatever one "the Harlan group" seemed to say
        ("Mr. Harlan made an offer. The board rejected the Harlan group's move. Mr. Harlan said he would wait.",
         "Harlan", "person"),
        # a firm: described as a maker "of" something, worked at by those who speak, or in its trade's word
        ("Veltrix, the world's third-largest maker of memory chips, said on Wednesday it would cut jobs.", "Veltrix",
         "organisation"),
        ("Analysts at Harlow Kent said the cuts could save money.", "Harlow Kent", "organisation"),
        ("Officials at Kestrelatom say the launch is impossible.", "Kestrelatom", "organisation"),
        ("Rival Tervo Electronics reported a rise in profit.", "Tervo Electronics", "organisation"),
        # a term of office or a life's end is a person's; so is "who" with a verb in any past
        ("The vote ended Zumbani Chikwanda's single term on Wednesday.", "Zumbani Chikwanda", "person"),
        ("On Tuesday, Chikwanda, who took 33%, conceded defeat.", "Chikwanda", "person"),
        ("Magen Tovar Adom, Vesna's emergency service, said three people were hurt.", "Magen Tovar Adom",
         "organisation"),  # described as a state's service
        ("Blue House officials said on Monday that the plan was ready.", "Blue House", "organisation"),
        # a movement's cadres after its name
        ("Police said a senior al-Rashad explosives expert was killed in the raid.", "al-Rashad", "organisation"),
        ("Kestrox said its warehouses in the north were empty.", "Kestrox", "organisation"),  # first word, speaking
        ("A car bomb exploded in the northern city of Tal Kassem on Saturday.", "Tal Kassem", "place"),  # "city of"
        # what one is tied to is a body, not a place ("to" may lead to either), and so is the name before a
        # body's kind, whatever stands between
        ("Police said a cell linked to al-Rashad in Vesna had planned the attack.", "al-Rashad", "organisation"),
        ("The leader of the al-Hamra terror network urged followers to fight.", "al-Hamra", "organisation"),
        # a correspondent files from a place; a place after "in" does not speak, whoever speaks there
        ("Lena Varga reports from Kestrow.", "Kestrow", "place"),
        ("Authorities in Indian Vardhan say a grenade wounded six people.", "Indian Vardhan", "place"),
        # one word after "the", "of", and a body's head word: one body; a group described after "in" a town is
        # the one before it
        ("The Coordination of Tenant Councils in Kestrow, a local volunteer group, confirmed the attack.",
         "Coordination of Tenant Councils", "organisation"),
        ("The Coordination of Tenant Councils in Kestrow, a local volunteer group, confirmed the attack.", "Kestrow",
         "place"),
        # a player's club in brackets after his name in a line-up
        ("Defenders - Tomas Varga (Harlow), Ilona Kerr (Veltrix, Vesna), Pavel Novak (Harlow).", "Veltrix",
         "organisation"),
        ("Defenders - Tomas Varga (Harlow), Ilona Kerr (Veltrix, Vesna), Pavel Novak (Harlow).", "Harlow",
         "organisation"),
        # the sides of a cricket result; a sport's governing body
        ("Kestrelshire beat Varnshire by an innings and 39 runs on Friday.", "Varnshire", "organisation"),
        # the side a match was drawn at, a player's side, and the leaders who drew
        ("Leaders Halden, who drew 1-1 at second-placed Orvik Forest, stay top.", "Orvik Forest", "organisation"),
        ("It stays 12 adrift of leaders Halden, who drew 1-1 on Sunday.", "Halden", "organisation"),
        ("Late on, Tarnby's Yoane Wissa and Christian Norgaard scored late goals.", "Tarnby", "organisation"),
        ("On Thursday, Tarnby's Brazilian forward Richarlison cancelled out the opener.", "Tarnby", "organisation"),
        ("The sides drew 1-1 at Gorsey Park on Thursday.", "Gorsey Park", "place"),
        ("Police fired tear gas at aid workers at Vesna Mosque in the capital.", "Vesna Mosque", "place"),  # where
        ("Halden City threw away a two-goal lead on Tuesday.", "Halden City", "organisation"),  # a club's last word
        ("Kavra, Vesna's public broadcaster reported that a missile fell.", "Kavra", "organisation"),  # comma left out
        ("Layoffs hit Metra, the parent of Facegram and Snapline, on Tuesday.", "Metra", "organisation"),
        ("Layoffs hit Metra, the parent of Facegram, on Tuesday.", "Facegram", "organisation"),
        ("Its cloud unit, a unit of Alphabex, cut jobs.", "Alphabex", "organisation"),
        ("Dana Holt, the parent of a pupil, said the school was shut.", "Dana Holt", "person"),
        # the leader a body's kind comes before, in apposition
        ("Strikes killed the leader of the Iran-backed Korvat movement, Hassan Dalil.", "Hassan Dalil", "person"),
        ("The head of Korvat mercenary group Tarvo Osk announced that fighters held the city.", "Tarvo Osk", "person"),
        ("Relatives gathered at the office of Air Tarvia in Vesna.", "Air Tarvia", "organisation"),  # an airline
        # a body named as the source of what follows is not the name after the comma
        ("A helicopter carrying President Tarvo lost contact after President Tarvo and Premier Dalan Osk opened the "
         "dam. According to Varna news agency, Tarvo's convoy had three helicopters.", "Tarvo", "person"),
        ("Two-time defending champion Varno City, though, never gave itself a chance in Tesk.", "Varno City",
         "organisation"),
        ("Richarlison cancelled out Danny Ings's opener for Tarvo on Thursday.", "Tarvo", "organisation"),
        ("The match was in Tarvo City, and the league's Tarvo City office said the goal stood.", "Tarvo City", "place"),
        ("The player was fined by Vardo, tennis's world governing body, for missing the game.", "Vardo",
         "organisation"),
        # a party by its members' plural; a body whose name ends in "Community"; an office's field speaks for no one
        ("Ms. Varga's Christian Democrats won four more seats than expected.", "Christian Democrats", "organisation"),
        ("He is also the current leader of the Southern Vesnan Development Community.",
         "Southern Vesnan Development Community", "organisation"),
        ("A report by the Special Inspector General for Vesna Reconstruction says the money was lost.",
         "Vesna Reconstruction", "organisation"),
        # a firm named for what it makes, a palace for those who govern from it
        ("Tarvo Machines said the lander was upright.", "Tarvo Machines", "organisation"),
        ("\"They need less of this,\" said Eric Majors addressing the room.", "Eric Majors", "person"),  # a first name
        ("Tarvia says Kelvar Armenians can remain in the region.", "Kelvar Armenians", "organisation"),  # a people
        ("The drug, from Tarvo Pharma and its U.S. partner Kelgen, is a rare success.", "Kelgen", "organisation"),
        ("Actors picketed outside Kelvin Bros studios on Friday.", "Kelvin Bros", "organisation"),
        ("He appointed Kang Hoon-sik, a three-term DP lawmaker, as chief of staff.", "Kang Hoon-sik", "person"),
        # a body's kind after its initials in brackets ends its name: who follows the comma is someone
        ("After firing Kel Varga of the Free Democrats (FDP) party, Scholz is expected to lead with his Social "
         "Democrats.", "Scholz", "person"),
        ("\"The Queen died peacefully,\" Kelvar Palace said in a statement.", "Kelvar Palace", "organisation"),
        # a body's doings after an adverb; one of its members, its prisoners, a splinter group of it
        ("The Korvat later claimed responsibility for the blast.", "Korvat", "organisation"),
        ("The city was warned by a suspected al-Hamra member on Monday.", "al-Hamra", "organisation"),
        ("Four Dalan prisoners escaped from the jail on Monday.", "Dalan", "organisation"),  # a count opens no name
        ("Seven & Vesna Holdings said it would buy the chain.", "Seven & Vesna Holdings", "organisation"),
        ("This week, Kestel announced it was cutting 9,000 jobs.", "Kestel", "organisation"),  # only a firm does
        ("On Tuesday, Vantor posted a profit of $1.53 billion for the quarter.", "Vantor", "organisation"),
        ("On Wednesday, Vantor stock tumbled after the forecast.", "Vantor", "organisation"),
        # what an offensive is against, or a militant one
        ("The army carried out a major offensive against the Dalan in the hills.", "Dalan", "organisation"),
        ("Egypt closed the border after a violent takeover by the militant Korvat.", "Korvat", "organisation"),
        ("The cartoons of the Prophet Zarath sparked protests on Friday.", "Zarath", "person"),  # a prophet's title
        # only a baby is months old
        ("Kfir Baron was nine-months-old when he was first taken.", "Kfir Baron", "person"),
        # initials that spell a function word, in a sentence not written in capitals
        ("WHO says 40 cases of the fever were confirmed in Vesna.", "WHO", "organisation"),
        # whose party it is said to be: its leader's
        ("With support from Rajan Mehta's Vesna Desam Party, the alliance crossed the mark.", "Rajan Mehta", "person"),
        ("Allies such as Arun Pal's JD(S) won 12 seats.", "Arun Pal", "person"),
        # who controls a body, not where it is
        ("The attacks are an escalation for Varga, who claims to have won. Rodrigo Pardo, head of the "
         "Varga-controlled assembly, blamed the rebels.", "Varga", "person"),
        # a sports title before a full name ("Defending champion Novak Djokovic saw off …")
        ("Defending champion Novak Karlic saw off Dusan Brel in four sets on Sunday.", "Novak Karlic", "person"),
        # "All" opens a body's name ("the All England Club", "the All Progressives Congress")
        ("Djokovic won his third title at the All England Club on Sunday.", "All England Club", "organisation"),
        # a side's title before its name, which names its players
        ("The defending champion Tarvel Patriots beat the Vesna Eagles on Sunday.", "Tarvel Patriots", "organisation"),
        # the sides of a match named as people are players ("Jannik Sinner defeated Carlos Alcaraz 4-6 6-4 …")
        ("Jannik Varga defeated Carlos Brel 4-6 6-4 6-4 6-4 in the final on Sunday.", "Carlos Brel", "person"),
        # the maker of a model written with its variant, wherever the model came from
        ("The black boxes from the Tarvelair 737-800 were damaged in the crash.", "Tarvelair", "organisation"),
        # a one-word name listed with a body, that nothing says is anything else
        ("Latvia joined both ZEFA and the EU in the spring of 2004.", "ZEFA", "organisation"),
        ("A week of fighting between Korvat and the rival Dalan party left dozens dead.", "Korvat", "organisation"),
        # one called on to act, or blamed for what it did, that is no family name or people
        ("Critics accuse the Korvel of trying to tighten control of the oil market.", "Korvel", "organisation"),
        ("The senator has called on the Dalvex to lift the ban on drilling.", "Dalvex", "organisation"),
        ("The senator has called on NARFA to lift the ban on drilling.", "NARFA", "organisation"),
        # a creed's word and a body's word
        ("The Muslim Brotherhood won the most seats.", "Muslim Brotherhood", "organisation"),
        ("The Hindu Council won the most seats.", "Hindu Council", "organisation"),
        # a person's initials in brackets are what he is called, no body's short name
        ("Crypto founder Sam Kelvar-Ross (SKR) was found guilty on Thursday.", "Sam Kelvar-Ross", "person"),
        # a body's word written short
        ("The verdict was a US Justice Dept. victory.", "US Justice Dept", "organisation"),
        # another name a person goes by
        ("The winner, Lai Tsong-wei, known as Peter Lai, has won the election.", "Peter Lai", "person"),
        # a firm called by what it makes, where a person would be named in full
        ("GPU designer Korvex beat expectations on Wednesday.", "Korvex", "organisation"),
        ("Fashion designer Tomas Varga opened a shop on Monday.", "Tomas Varga", "person"),
        # a family name that is a nationality, before an adverb ("Bill French earlier had said")
        ("Vice Adm. Tomas French earlier had said that the number was 14.", "Tomas French", "person"),
        # a town's state is no one's title ("in San Antonio, Texas, a law enforcement official said")
        ("He bought the rifle at a store in Kestrow, Valmora, a police official said.", "Valmora", "place"),
        # "PM", a prime minister written short, but not a clock's "pm"
        ("The result was a blow for PM Tomas Varga, his allies said.", "Tomas Varga", "person"),
        # a title after "and" is the next person's, not the name's before it
        ("The board fired CEO, co-founder Dana Holt and president Mark Bell quit.", "Dana Holt", "person"),
        ("Leaders of the Sikh Coalition met on Monday.", "Sikh Coalition", "organisation"),
        # an acronym named once in running text, by nothing else
        ("Poland joined VARSO in 1999, two years after the vote.", "VARSO", "organisation"),
        ("The Swiss pulled out and KVT decided to bid alone.", "KVT", "organisation"),
        # two first names and two family names, as Spanish names are
        ("The school is named for Tomas Andres Velarde Quiroga, a reformer.", "Tomas Andres Velarde Quiroga", "person"),
        # a body's name run into its candidate's, as some wire copy writes them
        ("The candidate of the opposition New Civic Party Tomas Varga has won the vote.", "Tomas Varga", "person"),
        ("The candidate of the opposition New Civic Party Tomas Varga has won the vote.", "New Civic Party",
         "organisation"),
        # a service or an app named by its kind, and the body an office "of" is held in
        ("The firm bought the live-streaming service Korvex in March.", "Korvex", "organisation"),
        ("Dorsey is also the chief executive of Square and holds both roles.", "Square", "organisation"),
        # a first name of two joined by a hyphen; a player before a preposition and another's position
        ("The win came from Jean-Luc Vasquer's late penalty.", "Jean-Luc Vasquer", "person"),
        ("The shot was deflected by Tomas Kestrel past goalkeeper Dana Holt.", "Tomas Kestrel", "person"),
        # members "from" a body say whose they are, not where they are from
        ("It killed 17,000 Korvat fighters, and the list names individuals from Korvat.", "Korvat", "organisation"),
        # a body's fighters told more often than a preposition seemed to place it
        ("The Korvat fighters fought on. A remnant of the Korvat held out as Korvat insurgents fled.", "Korvat",
         "organisation"),
        # the subject after a clause that ended on a place, and a town's state after it
        ("As talks went on in Valmora, Korvat said the deal was near. Korvat fighters waited.", "Korvat",
         "organisation"),
        ("A hospital spokesman in Corpus Christi, Texas said the man was doing well.", "Texas", "place"),
        # whose government it was, not where; but a county's is a place's
        ("The Kelsa Democratic Party (KDP) of Massoud Varzani said it was backed by armour.", "Massoud Varzani",
         "person"),
        ("The army seized power from the elected government of Daw Khin Myat Thu in 2021.", "Daw Khin Myat Thu",
         "person"),
        ("The administration of Kestrow County agreed to the plan.", "Kestrow County", "place"),
        # one of the bodies it is counted with
        ("Korvat and other militant groups seized around 240 people.", "Korvat", "organisation"),
        # a name of more words, always after "the", taking a stand as only a body does
        ("The Blue Hall has expressed doubts about the proposal.", "Blue Hall", "organisation"),
        # told something, by a name that a word of the language opens (no one's first name): a publication
        ("A spokesman told Audience Tolvane in an email that the recorder had been found.", "Audience Tolvane",
         "organisation"),
        # a state of a federation, by its name of more words, whatever said or was told (but a side that plays)
        ("In a statement from British Columbia, the rights group was reacting to the ban.", "British Columbia",
         "place"),
        ("He has a contract to play for New South Wales next year.", "New South Wales", "organisation"),
        # a side of a match, whatever words are said of it or however the win is told
        ("Corvale beat high-flying Tarvale 3-1 and climbed into second place.", "Tarvale", "organisation"),
        ("Corvale snapped a run of three draws by winning 2-0 at Tarvale on Monday.", "Tarvale", "organisation"),
        ("Corvale rallied from two down to sink Tarvale 3-2 on Monday.", "Tarvale", "organisation"),
        # a name ending in a news agency's is its company ("Thomson" is a first name too)
        ("Revenue missed estimates of $264 million, according to Thomson Reuters.", "Thomson Reuters", "organisation"),
        # an office left or taken, as only a person does (a body "appointed a new chief" has one)
        ("Crowds filled the square on the day Hosvi Veldt stepped down as president.", "Hosvi Veldt", "person"),
        ("Two years later Tarvo Osk was sworn in as the new governor.", "Tarvo Osk", "person"),
        # one "who" did something, whatever the verb's past ("who struck", "who hit")
        ("The stand came with Marnus Velkovic, who struck a controlled 58.", "Marnus Velkovic", "person"),
        # a newspaper by the word it names itself with, though told something as a person is
        ("The owner told the Tolvane Star-Advertiser he wasn't sure what remained.", "Tolvane Star-Advertiser",
         "organisation"),
        # a title's word and a word no one is named, after the kind of body they name
        ("According to the letter, investment fund General Tarvo has promised $500 million.", "General Tarvo",
         "organisation"),
        # the side one plays for, whatever "his" follows it
        ("Edin Dzeko started for Tarvale against his former side.", "Tarvale", "organisation"),
        # a county that speaks is its government, no one
        ("Kestrow County says in an online statement that crews are still working.", "Kestrow County", "organisation"),
        # a range of land by its plural, whatever "the" before it seemed to say ("the Dallas Cowboys" are a club)
        ("A wave of destruction has swept through the Pacific Palisades as wildfires ravage the area.",
         "Pacific Palisades", "place"),
        # a newspaper by the word for one in its own language, whatever it does
        ("Then, according to Tarvska Pravda, she joined the protesters.", "Tarvska Pravda", "organisation"),
        ("\"It is historic,\" the daily Hanmun Ilbo wrote.", "Hanmun Ilbo", "organisation"),
        ("According to The Kelol Chronicle, 4.1 million civilians remain.", "Kelol Chronicle", "organisation"),
        ("According to Al Kelolia, Raisi was confirmed dead after a crash.", "Al Kelolia", "organisation"),  # Arabic's "the"
        ("According to Al Gore, the deal was close.", "Al Gore", "person"),
        # bodies by a plural title of what they are
        ("Two of Israel's broadcasters, KAN and N12 News also cited officials.", "KAN", "organisation"),
        # a building, whatever given name it opens with
        ("It came after a search of Gracie Mansion in a predawn raid.", "Gracie Mansion", "place"),
    ],
)
def test_the_kind_an_actor_is_given(tmp_path: Path, text: str, name: str, kind: str) -> None:
    facts = _facts_from_text(tmp_path, f"News of the day\n{text}\n")
    assert _actor(facts, name).kind == kind


def test_what_someone_calls_his_own_is_no_one_his_pronoun_speaks_of(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Move\nThe pitcher Kel Ostani posted on his Picturegram account about his short move from the Angels.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Kel Ostani"]


def test_a_state_s_three_letters_in_brackets_define_no_short_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Ban\nOn January 10, 1998, the swimmer Mrs. Tarva Osk de Kel (IRL) was tested in her home in Dublin (IRL). "
        "The sample was analysed in Barcelona (ESP).\n"))
    assert sorted((a.kind, a.name) for a in facts.actors.values()) == [
        ("person", "Tarva Osk de Kel"), ("place", "Barcelona"), ("place", "Dublin")]


def test_a_family_name_that_is_a_pronoun_inside_a_sentence_is_the_name_s(tmp_path: Path) -> None:
    for text in ("There is no confirmation of the claim by researcher He Tarvokui of Shenzhen.",
                 "In a video posted on Monday, He Tarvokui, a biological researcher, announced the births."):
        facts = _facts_from_text(tmp_path, f"Babies\n{text}\n")
        assert [(a.kind, a.name) for a in facts.actors.values() if a.kind in ("person", "organisation")] == [
            ("person", "He Tarvokui")]


def test_the_story_s_land_shouted_before_its_first_words_is_no_part_of_a_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Kabul falls\nAFGHANISTAN Tarvo militia appeared in full control of Kabul. The Tarvo militia said so. "
        "U.S. Treasury Secretary Paul Osk spoke.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Kabul", "Paul Osk", "Tarvo"]
    assert _actor(facts, "Paul Osk").roles[0][0] == "U.S. Treasury Secretary"


def test_a_flight_s_or_an_aircraft_s_code_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nThe airline said its flight TK 302 from Tarvo was involved in an accident. The aircraft with "
        "registration number TK- AVQ took off at 8:38 a.m. Flight TK 302 lost contact at 8:44 a.m.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_family_name_told_something_vouches_for_the_full_name_it_ends(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nThe judges acquitted one of the two defendants, Lameen Tarvi. \"You are now free to go,\" "
        "the judge told Tarvi in the courtroom.\n"))
    assert [(a.kind, a.name, sorted(a.forms)) for a in facts.actors.values() if a.kind in ("person", "organisation")
            ] == [("person", "Lameen Tarvi", ["Lameen Tarvi", "Tarvi"])]


def test_a_titled_family_name_vouches_for_the_full_name_it_opens(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nFormer party heavyweight Bo Tarvai has been found guilty of bribery. Mr. Bo had been a rising "
        "star. Bo's wife was jailed in August.\n"))
    assert [(a.name, sorted(a.forms)) for a in facts.actors.values() if a.kind == "person"] == [
        ("Bo Tarvai", ["Bo", "Bo Tarvai"])]


def test_a_name_joined_to_a_participle_is_what_was_done_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storming\nProtesters draped a Union Jack-emblazoned flag across the podium, in protests against the "
        "Tarvia-appointed government.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_region_named_after_its_land_s_possessive_is_where_not_who_speaks(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nThe Jinan Intermediate People's Court in east China's Tarvong Province announced the verdict.\n"))
    assert _actor(facts, "Tarvong Province").kind == "place"


def test_a_name_before_a_place_s_word_is_no_body_whatever_its_words(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nThe manager held a press conference at the Tarvo Osk International airport in Nairobi. Police "
        "raided a landmark known as Kelvar roundabout, at around 3.15am.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_family_name_that_is_a_title_s_word_titles_no_one_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Loss\nThe crew -- shuttle commander Rick Husband, Michael Osk, David Kel and Ilan Tarv -- were lost. "
        "Husband said so.\n"))
    people = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert people["Rick Husband"] == ["commander"] and people["Michael Osk"] == []


def test_a_firm_named_for_brothers_is_no_title_in_the_plural(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Markets\nMore failures may come, said Russel Osk of Tarvo Brothers, Japan.\n")
    assert [(a.name, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind == "person"] == [
        ("Russel Osk", ["Tarvo Brothers"])]


def test_a_first_lady_s_title_is_no_part_of_her_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Aid\nEarlier, US First Lady Dana Holt accused the junta of failing.\n")
    assert [(a.name, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind == "person"] == [
        ("Dana Holt", ["US First Lady"])]


def test_a_name_listed_after_and_is_not_whom_the_next_his_belongs_to(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nPresident Kel Ostani won most districts in the far east and Tarvonia and his native Urals region.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Kel Ostani"]


def test_a_minister_s_field_is_no_body_whatever_its_words(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Mutiny\nPublic Service Minister Tarvo Dofal told reporters he had seen the bodies.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Tarvo Dofal", "person")]


def test_a_telescope_or_a_craft_named_for_someone_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Galaxy\nThis infrared image from NASA’s James Arden Space Telescope was taken by its near-infrared camera.\n"
        "Nasa’s James Arden Space Telescope (JAST) has beaten its own record for detecting the most distant galaxy.\n"
        "Bell Helicopter advertises the latest version of the craft for police use.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_name_written_inside_a_sentence_keeps_its_first_word_when_it_opens_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Derailment\nEast Jordan train derailment: a timeline of what happened when.\n"
        "A train derailed in East Jordan, Michigan, on Friday, its cars spilling east of the tracks.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["East Jordan", "Michigan"]


def test_an_adjective_made_of_a_name_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Runoff\n\nPro-European Union candidate Tarvo Linn on Sunday won the presidential runoff.\n\n"
        "Militants have been active since 2019, when Prime Minister Kel Varga's Hindu-nationalist government revoked "
        "the region's autonomy.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind != "place"] == [
        ("Tarvo Linn", "person"), ("Kel Varga", "person")]


def test_a_verb_opening_the_sentence_before_a_title_is_no_part_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Coup\n\nGetting US President-elect Tarvo Linn to attend was a coup.\n")
    assert _actor(facts, "Tarvo Linn").roles == [("US President-elect", 0)]


def test_a_word_opening_the_sentence_before_a_state_s_name_is_no_part_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Aid\n\nNeighboring China has announced 100 million yuan in emergency aid "
                                       "on Saturday.\n\nNorth Korea and South Sudan said nothing.\n\n"
                                       "Bill Jordan said he would stand down.\n")
    assert [(a.name, a.kind) for a in facts.actors.values()] == [
        ("China", "state"), ("North Korea", "state"), ("South Sudan", "state"), ("Bill Jordan", "person")]


def test_gen_z_is_no_general(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Kel Varga Resigns As Tarvia Prime Minister Amid Gen Z Protests\n\n"
                                       "Tarvia Gen Z Protest News: Protests led by Gen Z turned violent on Tuesday.\n")
    assert not [a.name for a in facts.actors.values() if "Z " in a.name or "Protest" in a.name]


def test_an_illness_named_before_its_spread_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Markets\n\nIt was Wall Street's worst day since the early months of the "
                                       "COVID-19 pandemic in 2020, as shares fell 5% in Tarvia.\n\nA worker developed a "
                                       "mild case of H5N1 avian influenza; no further cases of H5N1 have been found "
                                       "in Tarvia.\n")
    assert [a.name for a in facts.actors.values()] == ["Tarvia"]


def test_a_street_s_name_is_no_one_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Fire\n\nEvacuation centers, including the Tarvo Recreation Center on Alma "
                                       "Real Drive, have opened.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_saint_s_name_opening_a_name_is_a_place_s_whatever_his_after_it_said(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Suspect\n\nPolice say he has links to San Francisco and his family lives "
                                       "in Maryland.\n\nHe flew to Santa Monica, his lawyer said.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_church_s_bodies_and_a_prefect_s_title_name_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Conclave\n\nAn American of French origin, Tarvo was prefect for the Congregation of Bishops.\n\n"
        "In 2023, Pope Francis appointed Tarvo as Prefect of the Dicastery for Bishops and President of the "
        "Pontifical Commission for Latin America.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Francis"]


def test_the_day_a_span_began_is_not_when_its_sentence_happened(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shipping\nWire | 16 January 2024\nRebels hit a cargo ship, raising concerns amid the attacks on vessels "
        "since the war started on October 7.\nThe ship was hit on January 15.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2024-01-15", 1)]


def test_a_currency_written_short_and_a_span_of_months_are_no_places(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Results\nVarna Pharma posted a net profit of Rs 196 crore, against Rs 170 crore in the July-September "
        "period a year ago.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind] == [("Varna Pharma", "organisation")]


def test_the_complement_of_an_appositive_s_title_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nHis closest rival, Tarvo Linn, leader of United People's Power, scored 4,530,902 votes.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Tarvo Linn"]


def test_the_subject_of_the_clause_after_a_source_is_no_title_of_the_source(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nAccording to the Kestrow Times, the prime minister was seen leaving the building.\n"
        "According to Ana Ruiz, Vesna's envoy, the deal was close.\n"))
    assert {a.name: [r for r, _ in a.roles] for a in facts.actors.values()} == {
        "Kestrow Times": [], "Ana Ruiz": ["Vesna's envoy"]}


def test_a_currency_s_code_after_a_sum_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Deal\nThe Kestrow Rovers signed him in a 10-year deal worth $700 million USD (¥101.4 billion JPY).\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind] == [("Kestrow Rovers", "organisation")]


def test_the_codes_of_a_pair_of_currencies_traded_are_no_bodies(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Franc\nWire | 15 January 2015\nGiven the pressures on the EUR/CHF, a break was "
                             "likely. The EUR/CHF cross fell to 0.8598 as the USD/JPY rose, the SNB said.\n")
    assert [a.name for a in facts.actors.values()] == ["SNB"]


def test_a_river_named_without_its_kind_is_the_river(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Dam\nThe water swelled an 80km stretch of the Kestrow River until it swallowed docks and farms.\n"
        "The Kestrow reached its tainted fingers into drinking water.\n"))
    actors = {id(a): a for a in facts.actors.values()}.values()
    assert [(a.name, a.kind, sorted(a.forms)) for a in actors] == [("Kestrow River", "place", ["Kestrow", "Kestrow River"])]


def test_a_nation_s_adjective_is_no_short_name_of_its_senate(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Reform\nThe Mexican Senate narrowly passed the reform early on Wednesday.\n"
        "Protesters waved Mexican flags in the chamber.\n"))
    assert "Mexican" not in facts.actors["mexican senate"].forms


def test_a_city_is_no_short_name_of_its_police(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Charges\nFive fired Harlow police officers were charged on Thursday.\n"
        "The Harlow Police Department said the officers had been fired last week.\n"))
    assert "Harlow" not in facts.actors["harlow police department"].forms


def test_a_family_named_for_its_surname_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nIt was a battle between the populist party of the billionaire Kestrovat family and the army.\n"))
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_happening_is_no_body_whatever_enters_its_fourth_day(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Quake\nThe Kestrow Peninsula Earthquake has entered its 4th day, officials said.\n"))
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_clock_s_zone_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storm\nUpdate: Thursday, 7 a.m. ET:\nMore than 3 million customers remained without power Thursday.\n"
        "Update: Wednesday, 5 p.m. ET:\nTornado warnings were in effect, NASA said.\n"))
    assert [a.name for a in facts.actors.values() if a.kind] == ["NASA"]


def test_a_lone_compass_adjective_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Shipping\nRebels struck a ship despite a warning from the Western coalition.\n")
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_player_beaten_in_sets_is_no_club(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nThe Scot won after beating Vuk Vadek in straight sets. He beat Vadek 6-4 7-5 6-4 in the heat.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_year_in_an_aside_saying_who_the_subject_is_dates_nothing(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nThe world number two, champion in 2013, was in control throughout.\nHe first won in 2009.\n"))
    assert [(e.date, e.sent) for e in facts.events] == [("2009", 1)]


def test_a_title_in_the_plural_before_a_list_is_each_one_s_in_the_singular(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Ruling\nJustices Ana Rellin, Boris Kastell and Cyril Dunmore joined the majority.\n")
    assert [r for r, _ in _actor(facts, "Boris Kastell").roles] == ["Justice"]


def test_a_title_s_complement_ends_before_a_clause(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Swap\nSecretary of State Ivo Marsh confirmed Dorn, Tam Keel, and Ada Vell were free.\n"))
    assert _actor(facts, "Tam Keel").roles == []


def test_a_body_named_in_full_and_speaking_after_a_name_is_no_appositive(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Swap\nAmong those freed is former soldier Ben Tarrow, Vesnia's National Security Organisation said.\n"))
    assert _actor(facts, "Ben Tarrow").kind == "person"


def test_a_party_named_across_and_after_a_possessive_and_an_adjective_is_one_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Swap\nA spokesman for Vesnia's ruling Unity and Progress Party Emre Kaya said the deal held.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind) == ["Emre Kaya", "Unity and Progress Party"]


def test_a_work_s_title_a_prize_and_a_letter_joined_to_a_word_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Obituary\nTom Arlow, best known for the 1970s soap opera \"Maddie Lane,\" won two Golden Harp Awards. "
        "He starred with a number of A-list actors in The Hunt for Red Harbour. Fans shared his lines from the movie "
        "Mission Tarvo, and the film director Ana Ruiz said so.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind) == [("Ana Ruiz", "person"),
                                                                                  ("Tom Arlow", "person")]


def test_where_an_officer_serves_after_his_title_is_no_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nThe inquiry will be led by the Commissioner of Rail Safety, North West Circle, officials said.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_minister_s_field_and_union_before_it_are_his_title_not_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nUnion Railway Minister Arun Vaishal said help was on its way. "
        "Union Home Minister Devi Prasad Rao spoke to him.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind) == [
        ("Arun Vaishal", "person"), ("Devi Prasad Rao", "person")]
    assert _actor(facts, "Arun Vaishal").roles[0][0] == "Union Railway Minister"


def test_a_name_joined_to_era_is_the_person_whose_time_it_was(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Trial\nCrowds filled the square on the day Hosvi Veldt stepped down as president. "
        "Dozens of Veldt-era ministers now face trial for fraud and the abuse of public funds.\n"))
    assert sorted(_actor(facts, "Hosvi Veldt").forms) == ["Hosvi Veldt", "Veldt"]
    assert [a.name for a in facts.actors.values() if "era" in a.name] == []


def test_a_word_of_the_language_that_is_no_one_s_name_is_no_person_alone(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Clash\nProtesters were chanting slogans including \u201cDown with the Marshal\u201d, referring to the "
        "military ruler.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_name_made_a_word_s_modifier_is_no_part_of_the_name_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Cabinet\nThe new lineup includes Tarvo-allies Hosvi Veldt, who becomes deputy prime minister.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Hosvi Veldt"]


def test_an_adverb_opening_a_sentence_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nAdditionally, the Korvan Doctors Network reported a second strike on the camp.\n"))
    assert [a.name for a in facts.actors.values()] == ["Korvan Doctors Network"]


def test_ships_craft_contests_and_words_in_capitals_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rescue\nThe Italian-flagged tugboat Carlo Magno was close. Images came from NASA’s Mars Reconnaissance"
        " Orbiter. Track its LIVE location. This LIVE map helps. Tom Ralli spoke during WeWork Presents Second"
        " Annual Creator Global Finals.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["NASA", "Tom Ralli"]


def test_a_clock_and_a_church_are_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nThe fire broke out at 6:50 PM Varel time, the Varel Tribune reported. Amid the scaffolding of what was"
        " Notre Dame de Varel, history unspooled. Varel’s iconic Notre Dame Cathedral continued to burn.\n"))
    assert {a.name: a.kind for a in facts.actors.values()} == {"Varel Tribune": "organisation"}


def test_an_illness_named_before_its_vaccine_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vaccine\nTarvia on Monday became the first country to approve Pfizer-BioNTech’s Covid-19 vaccine.\n"
        "The agency moved to approve Pfizer-BioNTech’s Covid-19 vaccine for use, the department said.\n"
        "Pfizer said it marks a historic moment in the fight against COVID-19.\n"))
    assert "Covid-19" not in {a.name for a in facts.actors.values()}


def test_a_state_s_adjective_before_a_body_s_initials_is_no_part_of_them(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vaccine\nThe British MHRA says the vaccine offers up to 95% protection.\n")
    assert [a.name for a in facts.actors.values()] == ["MHRA"]


def test_a_people_s_adjective_before_a_movement_s_name_is_whose_it_is(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Raid\nHostages were taken by militants of the Palestinian Varesh group. Members of the Varel League, a"
        " far-right, Islamophobic organisation, threw stones.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Varel League", "Varesh"]


def test_initials_a_community_is_named_by_are_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Law\nMeasures targeting the LGBTQ community were passed by the Varel Assembly.\n")
    assert [a.name for a in facts.actors.values()] == ["Varel Assembly"]


def test_a_family_name_two_people_share_is_the_one_its_pronouns_say(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nThe socialite Anna Hartley was found guilty on Wednesday. The daughter of the late tycoon Robert Hartley"
        " was convicted of trafficking. Hartley now faces 65 years in jail for abuse with Jeffrey Lenz, following her"
        " arrest in 2020.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == [
        "Anna Hartley", "Jeffrey Lenz", "Robert Hartley"]
    assert "Hartley" in facts.actors["anna hartley"].forms and "Hartley" not in facts.actors["robert hartley"].forms


def test_a_body_s_head_by_its_title_names_no_one_but_the_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Logo\nThe Tarvo CEO tweeted Sunday that he likes the letter x.\n")
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Tarvo", "organisation")]


def test_a_count_opening_a_sentence_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Arrests\nThirteen suspects were arrested after the Korvan Doctors Network was hit.\n")
    assert [a.name for a in facts.actors.values()] == ["Korvan Doctors Network"]


def test_a_named_wildfire_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nSome evacuations near the Tarn Fire have been lifted, officials said. The Tarn Fire, which erupted "
        "Saturday in Velm County, was 15 percent contained. Crews battling the Tarn Fire were helped by cooler "
        "weather, and the Orvel Complex was contained.\n"))
    assert [a.name for a in facts.actors.values() if "Fire" in a.name or "Complex" in a.name] == []


def test_a_storm_named_once_as_one_is_no_place_when_named_bare(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Landfall\nTyphoon Vorla made landfall on Sunday.\nThe eye of Vorla passed over the coast, and damage from "
        "Vorla was wide, officials in Harlow said.\n"))
    assert "Vorla" not in {a.name for a in facts.actors.values()}


def test_a_name_before_a_body_named_after_it_is_no_body_of_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Blast\nThe minister ruled out any link to the Corvan separatist group, KLT. "
        "The Tarsen militant group Dalat Front said it was not involved.\n"))
    bodies = {a.name for a in facts.actors.values() if a.kind == "organisation"}
    assert "Corvan" not in bodies and "Tarsen" not in bodies


def test_a_firm_named_before_its_things_or_as_a_recipient_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fine\nThe penalty is for keeping users of the Korvex app store from cheaper offers outside the Korvex "
        "ecosystem. Spotify does not pay any money to Korvex. Korvex has said it will appeal. Korvex said its "
        "users were not harmed.\n"))
    assert _actor(facts, "Korvex").kind == "organisation"
    facts = _facts_from_text(tmp_path, (
        "Border\nThe farms have been the focus of Dalvat attacks since May. Officials said a Dalvat fighter was killed.\n"))
    assert _actor(facts, "Dalvat").kind == "organisation"
    facts = _facts_from_text(tmp_path, "Fine\nThe case began with a complaint by Dalvex, a Swedish rival of Vesna Music.\n")
    assert "person" not in {a.kind for a in facts.actors.values() if a.name == "Dalvex"}


def test_a_word_before_a_title_of_address_is_no_part_of_the_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nPollster Sir Tomas Varga predicted the contest was close.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Tomas Varga"]


def test_a_title_word_before_a_thing_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nTomas Varga fired the starting gun for a July 4 General Election on Wednesday. General Dalmore said "
        "the army was ready.\n"))
    people = {a.name for a in facts.actors.values() if a.kind == "person"}
    assert "Election" not in people and "Dalmore" in people


def test_a_clock_s_pm_titles_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Speech\nMr. Varga will speak at the Rose Garden at 2100 UTC (5 pm EDT).\n")
    assert "EDT" not in {a.name for a in facts.actors.values()}


def test_an_acronym_named_once_is_no_body_when_a_word_a_name_a_code_or_a_thing_s_make(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Markets\nThe fund bought SAVE shares at 5 pm EDT, in NY and NJ, at $15 per GDR and sold ISDN equipment. "
        "Critics of HART in Boston said cases of H5N1 in Asia fell and three RBI were scored.\n"))
    assert [a for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_nationality_joined_to_a_word_is_an_adjective_but_a_backer_is_named(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Networks\nShe told Telemundo, the Spanish-language network, that Chinese-made drones hit an Iran-backed "
        "militia.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Iran", "Telemundo"]


def test_two_sides_joined_before_what_is_between_them_are_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Truce\nA truce in the Israel-Korvat war may be near, and US-China trade fell, the Interfax-Ukraine news "
        "agency said.\n"))
    assert sorted(a.name for a in facts.actors.values()) == ["Interfax-Ukraine"]


def test_a_common_acronym_with_stops_and_what_a_body_makes_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Labs\nThe board is a mix of A.I. researchers and A.I. policy experts. Days later the ChatGPT-maker fired "
        "its chief, and the Vesna-owner said nothing.\n"))
    assert not {"A.I.", "ChatGPT-maker", "Vesna-owner"} & {a.name for a in facts.actors.values()}


def test_one_urged_to_act_is_no_body_when_a_family_name_or_a_people(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Petition\nThe group urged Smith to resign. It urged Sikhs to sign a petition and called on the "
        "Europeans to act. Officials of the Islamic Republic met in Vienna.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert not {"Smith", "Sikhs", "Europeans"} & set(kinds) and kinds.get("Islamic Republic") != "organisation"


def test_a_one_word_name_listed_with_a_body_stays_what_else_it_is(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nThe plan was seen by Reuters and the Guardian newspaper. Smith and the Dalan party met on Sunday. "
        "Protests spread from Kestrow and the Dalan party offices to the capital. Crowds gathered in Kestrow.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds["Dalan"] == "organisation"
    assert "Reuters" not in kinds and "Smith" not in kinds and kinds["Kestrow"] == "place"


def test_the_parties_to_a_fight_or_a_deal_are_no_places_and_a_party_of_its_leader_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Clashes\nClashes erupted between Korvat and the rival Dalan party of President Tomas Varga on Sunday. "
        "The road between Kestrow and Harlow was cut.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Korvat") != "place" and kinds["Dalan"] == "organisation" and kinds["Kestrow"] == "place"


def test_rivals_named_by_one_word_or_together_are_no_people(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nPolitical rivals Korvat and Dalan have called off talks on a unity government. Her closest rival, "
        "Itzel Vega, conceded on Monday. The club must bridge the gap on rivals Kestrel and Harlow City this season. "
        "Mr. Ruiz easily defeated challenger Everado Molnar in the primary.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Korvat") != "person" and kinds.get("Dalan") != "person" and kinds.get("Harlow City") != "person"
    assert kinds["Itzel Vega"] == kinds["Everado Molnar"] == "person"


def test_a_rival_that_has_its_own_offer_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rescue\nThe takeover by Halvor of troubled rival Brenta Kredit secures financial stability. Halvor agreed "
        "to buy Brenta Kredit after Brenta Kredit rejected its first offer.\n"))
    assert _actor(facts, "Brenta Kredit").kind == "organisation"


def test_a_surname_two_people_share_goes_to_the_one_with_its_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Visit\nPresident Tomas Varga and Senator Ilona Varga arrived in Rome on Monday. "
        "President Varga said talks went well.\n"))
    assert [(s.actor, s.sent) for s in facts.statements] == [("tomas varga", 1)]


def test_his_after_a_verb_s_object_and_a_phrase_is_the_subject_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Tour\nWire | 2 May 2024\nTomas Varga, the president, said he may visit Vardakar on his next tour.\n"
        "Lawmakers cut ties with Kestrin in recent weeks by returning his donations.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Kestrin", "Tomas Varga"]


def test_a_creed_spelt_with_an_apostrophe_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nIn Karbala, Shi'ite militants attacked a checkpoint on Monday.\n")
    assert [a.name for a in facts.actors.values() if a.kind != "place"] == []


def test_a_people_s_adjective_a_region_or_a_family_name_before_officials_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nOn Monday, Zimbabwean officials met Kestrian leaders, and Kent officials met Smith aides.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_a_word_of_the_language_before_fighters_opening_a_sentence_names_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Attack\nUnknown gunmen attacked a checkpoint on Monday. Rebel fighters fled. Other militants hid.\n"
        "Witnesses said the smoke rose for hours. Officials said the road was shut.\n"))
    assert [a.name for a in facts.actors.values()] == []


def test_a_headline_in_capitals_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Boxing\nBOXING - KNOCKOUT SPECIALIST VORAN DEFENDS TITLE .\n"
        "Defending champion Tomas Voran won the title bout in Cork on Saturday.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Tomas Voran"]


@pytest.mark.parametrize("text", [
    # an era
    "The first settlers arrived in the 6th century B.C., from the north. Traders came in about the third century "
    "B.C., and a kingdom rose (from circa 200 B.C. to circa A.D. 1000).",
    "The king is the guest of honour at Thursday's Vesnan Republic Day celebrations.",  # a feast day
    "Police said a huge Halloween party crowd surged into the narrow alley.",  # a feast named in one word
    "The Type A H7N9 virus was found in cows. Officials said H7N9 spread in herds.",  # an influenza virus
    "The fans cheered as the team clinched second place in Group-A on Friday.",  # a stage of a contest
    "The official overseeing relief efforts for Hurricane Kestrel says rescuers found fewer bodies.",  # weather
    "The 190-foot tall Atlas V rocket launched on time from the coast.",  # a machine's model
])
def test_eras_feast_days_and_a_contest_s_stages_name_no_one(tmp_path: Path, text: str) -> None:
    facts = _facts_from_text(tmp_path, f"News of the day\n{text}\n")
    assert [a.name for a in facts.actors.values() if a.name not in ("Vesna", "Vesnan")] == []


def test_a_team_is_a_body_and_the_leader_of_a_party_named_after_a_comma_its_leader(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nThe boats were led by Tarvia, followed by the Refugee Olympic Team and 83 others. The plan was opposed "
        "even by the leader of his own party, Han Ji-soo, who was present for the vote.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Refugee Olympic Team") == "organisation" and kinds.get("Han Ji-soo") == "person"


def test_a_guild_is_a_body_and_a_work_s_title_in_quotation_marks_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nThe Writers Guild reached a deal on Sunday. Writers joined the picket lines, including Tomas Varga, "
        "the creator of “Mad Men,” and Dana Holt, known for TV series such as “Kung Fu” and “The Big Bang Theory,” "
        "who said it was over.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Writers Guild") == "organisation" and "Guild" not in kinds
    assert {"Mad Men", "Big Bang Theory"}.isdisjoint(kinds)


def test_an_air_line_is_a_body_and_a_party_s_members_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Outage\nDana Air Lines, one of the hardest-hit carriers, said 600 flights were cancelled. The vote was a "
        "blow for the conservative Republicans, who equated it with defeat.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Dana Air Lines") == "organisation" and kinds.get("Republicans") != "person"


def test_a_full_name_listed_with_a_body_is_the_person_its_surname_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\n\"I congratulate Varo Kellen and the Unity Party on their victory,\" the leader said. Kellen, the "
        "party's leader, thanked voters.\n"))
    assert {a.name: a.kind for a in facts.actors.values()}.get("Varo Kellen") == "person"


def test_a_picture_s_credit_is_no_one_and_a_councilwoman_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Arrest\nThe mayor walks in Brussels, on April 18, 2024. © Tomas VARGA / AFP\n"
        "The paper broke the arrest of former City Councilwoman Dana Holt, who was the first to fall.\n"))
    assert [(a.name, a.roles[0][0] if a.roles else "") for a in facts.actors.values() if a.kind == "person"] == [
        ("Dana Holt", "City Councilwoman")]


def test_bodies_listed_between_commas_are_not_one_body_s_two_names_and_der_opens_a_body_s(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Outbreak\nThe virus was found in 101 herds, according to the Tarvian Department of Agriculture, the Food "
        "Safety Authority, and the Centers for Disease Control.\nThe Food Safety Authority said milk was safe, "
        "according to Der Tarvo.\n"))
    names = sorted(a.name for a in {id(a): a for a in facts.actors.values()}.values() if a.kind == "organisation")
    assert names == ["Centers for Disease Control", "Der Tarvo", "Food Safety Authority",
                     "Tarvian Department of Agriculture"]  # (and German's "the" opens a paper's name)


def test_a_first_name_with_a_person_s_title_after_is_someone_whatever_party_the_title_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Protests\nTension rose after the deaths of two associates, lawyer Ada Kell and Paulo Varnesse, a candidate "
        "from the Unity party.\n"))
    assert {a.name: a.kind for a in facts.actors.values()}.get("Paulo Varnesse") == "person"


def test_a_name_before_its_kind_of_chain_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sales\nTotal sales, including the Tarvo supermarket chain, rose 5.8 percent in the week.\n"))
    assert {a.name: a.kind for a in facts.actors.values()}.get("Tarvo") == "organisation"


def test_a_style_of_address_is_no_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Funeral\nPolice said: \"If you are nearby, take the walking route to Hyde Park to watch Her Majesty The "
        "Queen's state funeral and procession.\"\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_landmark_named_for_someone_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Funeral\nOfficials just after 9am said public viewing areas for the procession of the coffin from "
        "Westminster Abbey to Wellington Arch were full.\n"))
    assert {a.name: a.kind for a in facts.actors.values()}.get("Wellington Arch") != "person"


def test_a_name_before_its_cadres_takes_no_his_that_follows(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Visit\nMr. Aziz also plans to meet Korvat separatist leaders during his visit.\n")
    assert {a.name: a.kind for a in facts.actors.values()}.get("Korvat") != "person"


def test_a_pact_two_years_old_is_no_one_s_age(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Treaty\nThe Kestrel Pact was two years old when the war began.\n")
    assert {a.name: a.kind for a in facts.actors.values()}.get("Kestrel Pact") != "person"


def test_a_generation_s_suffix_left_alone_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Funeral\nThe widow of slain civil rights leader Martin Luther King Jr. - has arrived in the city.\n"))
    assert "Jr" not in {a.name for a in facts.actors.values()}


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Outage\nUnlike Kestrel, the rival service Varo said it had lost no data.\nKestrel said on Monday it was "
        "working to restore access.\n"))
    assert "Unlike Kestrel" not in {a.name for a in facts.actors.values()}


def test_the_sides_of_a_result_with_their_countries_are_players_not_clubs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Badminton results\nThe Wire | 6 December 1996\nResults of the group matches on Friday:\n"
        "Hu Zhilan (China) beat Tomas Varga (Denmark) 15-4 15-5\n"
        "Mirela Novak (Croatia) beat Ilona Kerr (Canada) 15-12 17-14\n"
        "The semifinals will be played on Saturday, the organisers said.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds["Mirela Novak"] == kinds["Ilona Kerr"] == kinds["Tomas Varga"] == "person"
    assert kinds.get("Hu Zhilan") != "organisation"


def test_a_ranked_list_s_lines_name_players_and_their_clubs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Leading scorers\nThe Wire | 7 December 1996\nLeading goalscorers in the league after Saturday's matches:\n"
        "13 - Tomas Varga (Harlow)\n9 - Pavel Novak (Kestrel), Ilona Kerr (Harlow)\n"
        "The season resumes next week, the league said.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert (kinds["Tomas Varga"], kinds["Pavel Novak"], kinds["Harlow"], kinds["Kestrel"]) == (
        "person", "person", "organisation", "organisation")


def test_what_a_plural_title_is_of_names_a_body_and_no_one_of_its_people(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nDelegates to the United Nations Ocean Rescue conference in Lima agreed to meet again in May.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_title_after_a_or_an_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Pensions\nA Democratic Congressman said on Monday that voters should oppose the plan.\n")
    assert [a.name for a in facts.actors.values()] == []


def test_the_body_a_title_is_of_is_an_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Jakarta\nSpeaker of the House of Representatives Darmanto has urged officials to act. "
        "Governor of the Kharkiv region Oleh Syniehubov said so. President of France Emmanuel Macron said so.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == ["House of Representatives"]


def test_a_body_that_has_a_spokesperson_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "War\nWhite House spokesperson Karine Jean-Pierre told reporters the US was working for a ceasefire. "
        "U.N. Secretary-General Antonio Guterres said he was alarmed. Benjamin Netanyahu spokesman Omer Dostri "
        "said no.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert (kinds["White House"], kinds["U.N."], kinds["Benjamin Netanyahu"]) == ("organisation", "organisation", "person")


def test_a_club_s_short_name_is_the_club_so_named_that_is_never_beside_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Draws\nWire | 15 January 2025\nHalden City threw away a two-goal lead in the league on Tuesday.\n"
        "City winger Dana Holt went close, and City striker Tomas Varga missed.\n"
        "City drew with Varno City 1-1 in the league last week.\n"))
    assert {a.name: sorted(a.forms) for a in facts.actors.values() if a.kind == "organisation"} == {
        "Halden City": ["City", "Halden City"], "Varno City": ["Varno City"]}


def test_a_side_s_short_name_in_its_players_is_the_side(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Final\nWire | 12 February 2024\nThe Tarvel Chiefs beat the San Francisco 49ers 25-22 in overtime.\n"
        "After 49ers rookie kicker Dana Holt had booted a field goal, the Chiefs scored.\n"))
    assert {a.name: sorted(a.forms) for a in facts.actors.values() if a.kind == "organisation"} == {
        "San Francisco 49ers": ["49ers", "San Francisco 49ers"], "Tarvel Chiefs": ["Tarvel Chiefs"]}


def test_a_firm_opening_sentences_on_its_results_is_named(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Results\nVantor stock tumbled Wednesday after the forecast.\nVantor posted a profit of $1.5 billion.\n"
        "Revenue posted a rise.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Vantor", "organisation")]


def test_what_a_coast_braces_for_is_no_side_a_goal_is_for(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Storm\nResidents board up homes as they brace for Ilsa's wrath on Friday.\n")
    assert "Ilsa" not in {a.name for a in facts.actors.values()}


def test_a_word_of_the_language_set_in_capitals_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Draws\nIMAGES from the Premier League matches played on Tuesday.\n"
                                       "The leaders drew on Tuesday in a thriller.\n")
    assert "IMAGES" not in {a.name for a in facts.actors.values()}


def test_a_state_s_name_in_capitals_before_bloc_is_the_bloc_not_the_state(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Results\nIndia's ruling alliance and the rival INDIA bloc will meet on "
                                       "Wednesday. The INDIA bloc won 232 seats. India has 640 million voters.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [("INDIA bloc", "organisation"),
                                                                       ("India", "state")]


def test_an_adjective_opening_the_sentence_is_no_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Capital\nVictorious rebel leader Kamal Tarek greeted crowds in Tarvel on "
                                       "Sunday. Furious residents said Dunstable was flooded.\n")
    assert sorted(a.name for a in facts.actors.values()) == ["Dunstable", "Kamal Tarek", "Tarvel"]


def test_initials_in_the_plural_name_many_things_not_one_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Chips\nInvestors are sure that Kestrel's chips, known as GPUs, are the "
                                       "lifeblood of the boom, Kestrel said on Monday.\n")
    assert [a.name for a in facts.actors.values()] == ["Kestrel"]


def test_a_word_in_capitals_that_is_its_own_sentence_is_the_page_s_kicker(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Floods\nFLOODING. The flood situation in Tarvia has deteriorated as rivers "
                                       "overflow.\nFLOODING. Rivers rose again on Wednesday. NATO. The NATO summit "
                                       "opened on Tuesday.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == ["NATO"]


def test_a_part_of_a_state_after_the_is_no_member_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storm\nAs the storm nears the South Shore of the United States, Dana Kell of the United States "
        "Senate urged calm.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("South Shore") != "person" and kinds["Dana Kell"] == "person"


def test_a_shortened_title_with_its_place_is_the_next_name_s_role_and_no_one_speaks_for_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storm\n\"It is a monster,\" said Westmark Gov. Dana Holt on Monday. "
        "But Sen. Tom Kay disagreed.\n"))
    assert [facts.actors[f.actor].name for f in _said_in(facts, 0)] == ["Dana Holt"]
    assert [r for r, _ in _actor(facts, "Dana Holt").roles] == ["Westmark Gov."]
    assert [r for r, _ in _actor(facts, "Tom Kay").roles] == ["Sen."]
    assert "Westmark Gov" not in {a.name for a in facts.actors.values()}


def test_a_model_s_code_names_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Chips\nThe figures leave out its sales of T40 chips to Brazil. "
                                       "Revenue from T40 sales fell. M23 rebels seized the town, the M23 said.\n")
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("T40", "") == "" and kinds["M23"] == "organisation"


def test_the_man_from_a_place_has_the_pronoun_not_the_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Trial\n“He knew,” Okafor said of the 41-year-old Nevada man who ran "
                                       "the exchange until his company failed.\n")
    assert "Nevada" not in {a.name for a in facts.actors.values() if a.kind == "person"}


def test_an_adjective_before_its_noun_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nLabour won a landslide to end 14 years of Conservative rule. "
                                       "They met in Natal yesterday.\n")
    places = {a.name for a in facts.actors.values() if a.kind == "place"}
    assert "Conservative" not in places and "Natal" in places


def test_the_owner_of_what_a_preposition_governs_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Japan\nHaddad made a fine double save, first from Hiroki Tanabe's header.\n")
    assert "Hiroki Tanabe" not in {a.name for a in facts.actors.values() if a.kind == "place"}


def test_a_name_that_only_qualifies_the_noun_after_it_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Verdict\n"
        "The jury returned its verdict in the Brianna Ghey murder trial on Friday.\n"
        "Crowds gathered in Delhi for the Dussehra festival.\n"
        "Police would not say whether they suspected a link with the Ivo Marlen case.\n",
    )  # (and the article before the trial is the trial's: the name with a first name in it is someone's)
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Brianna Ghey", "person"), ("Delhi", "place"), ("Ivo Marlen", "person")]


def test_a_name_inside_the_quotation_is_not_who_speaks_it(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Hodeidah\n"
        "The Rapid Support Forces (RSF) attacked the city on Monday.\n"
        '"The army and the RSF have both shown contempt for the rules of war," '
        "said Clara Anne Hewitt of Human Rights Watch.\n",
    )
    whitson = _actor(facts, "Clara Anne Hewitt")
    assert [q.actor for q in facts.quotes] == [whitson.key]


def test_whom_something_was_said_to_is_not_a_speaker(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Talks\n"
        "The minister told Politis on Monday that the talks had failed. The army urged Moscow to act.\n"
        "“We are ready,” said Berg, a resident.\n",
    )
    # whom the minister told is the outlet reporting it (Politis is a Cypriot daily), and says nothing
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Politis", "organisation"), ("Berg", "person")]
    assert [facts.actors[s.actor].name for s in facts.statements] == ["Berg"]


def test_a_title_with_two_fields_keeps_both(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Mines\nPeru said on Monday that Energy and Mines Minister Jorge Merino would resign.\n")
    assert [r for r, _ in _actor(facts, "Jorge Merino").roles] == ["Energy and Mines Minister"]


def test_the_name_a_person_goes_by_may_stand_inside_the_full_one(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Brazil\nPresident Luiz Inacio Lula da Silva won the vote on Sunday.\n"
        "Supporters cheered as Lula said the result was clear.\n",
    )
    assert [a.name for a in facts.actors.values()] == ["Luiz Inacio Lula da Silva"]
    assert "Lula" in _actor(facts, "Luiz Inacio Lula da Silva").forms


def test_a_person_called_by_the_first_name_is_the_one_person_of_that_first_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Vote\nParty leader Tarvo Limjaroen said he was ready to run the country, and Tarvo's party won all 33 seats "
        "in the capital.\n“We are ready,” Tarvo said, citing one of the party's slogans.\n",
    )
    assert [a.name for a in facts.actors.values() if a.kind != "place"] == ["Tarvo Limjaroen"]
    assert "Tarvo" in _actor(facts, "Tarvo Limjaroen").forms


def test_a_body_is_no_one_s_first_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Loss\nColumbia Savings amp Loan Association announced a loss for the third quarter.\n"
        "For the quarter a year ago, Columbia reported earnings of $16.3 million.\n"
        "Columbia owes its spectacular growth to its junk-bond portfolio.\n"
        "Columbia also added $227.3 million to reserves for losses.\n",
    )
    assert "Columbia" not in _actor(facts, "Columbia Savings").forms


def test_initials_are_no_one_s_first_name(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Soccer\nMarcelo scored twice as Dutch first division leaders PSV Eindhoven romped to a 6-0 win on Saturday.\n"
        "They are 16 points clear of Ajax Amsterdam, who have played 18 matches compared to PSV's 19.\n",
    )
    assert not any(a.name == "PSV Eindhoven" and "PSV" in a.forms for a in facts.actors.values())


def test_a_first_name_two_people_share_is_neither_s(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Vote\nParty leader Tarvo Limjaroen and his rival Tarvo Osk met on Monday.\n“We are ready,” Tarvo said.\n",
    )
    assert "Tarvo" not in _actor(facts, "Tarvo Limjaroen").forms | _actor(facts, "Tarvo Osk").forms


def test_each_name_in_a_list_of_bodies_is_one(tmp_path: Path) -> None:
    facts = _facts_from_text(
        tmp_path,
        "Banks\nCustomers of British banks, including Barclays, Santander, HSBC, First Direct and TSB, were hit on Monday.\n",
    )
    assert {a.name: a.kind for a in facts.actors.values()} == dict.fromkeys(
        ["Barclays", "Santander", "HSBC", "First Direct", "TSB"], "organisation")


def test_a_short_form_of_two_words_is_the_person_whose_name_it_ends(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nMarine Le Pen spoke in Paris on Sunday. Le Pen said the vote was rigged.\n")
    assert sorted(a.name for a in facts.actors.values()) == ["Marine Le Pen", "Paris"]
    assert "Le Pen" in _actor(facts, "Marine Le Pen").forms


def test_an_illness_named_with_capitals_and_its_acronym_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Deer\nDeer could carry Chronic Wasting Disease (CWD), experts said.\n")
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_full_name_is_vouched_for_by_the_surname_a_clause_calls_his(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Guitar sold\nA guitar owned by Jimi Hendrix was auctioned on Monday.\n"
        "The case was used by Hendrix to carry his strings.\n"))
    assert _actor(facts, "Jimi Hendrix").kind == "person"
    assert "Hendrix" in _actor(facts, "Jimi Hendrix").forms


def test_a_stage_of_a_contest_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Cup\nJapan beat Syria in a Group C match on Friday. Group C ends on Monday.\n")
    assert "Group C" not in [a.name for a in facts.actors.values()]


def test_names_after_a_plural_title_and_a_comma_are_its_holders_not_bodies(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Summit\nThe Presidents of Rwanda and the Democratic Republic of the Congo, Paul Kagame and "
        "Félix Tshisekedi, are both expected to attend on Saturday.\n"))
    assert {a.name: a.kind for a in facts.actors.values()} == {
        "Rwanda": "state", "Democratic Republic of the Congo": "state", "Paul Kagame": "person",
        "Félix Tshisekedi": "person"}  # the two share the plural title before them


def test_who_speaks_beside_a_place_or_citing_reports_is_a_person_and_the_capital_beside_it_a_place(
        tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Landslide\nWire | 27 May 2024\nThe head of the agency's mission in Tarvia, Serhan Kostrak, said the area "
        "was large. “It is very difficult,” Mr Kostrak said, citing first-hand reports from his team. A spokesman "
        "speaking by phone from the country's capital, Port Kelvar, said that help was coming.\n"))
    assert {a.name: a.kind for a in facts.actors.values()} == {
        "Tarvia": "place", "Serhan Kostrak": "person", "Port Kelvar": "place"}


def test_a_title_of_address_after_a_plural_title_leaves_the_plural_shared(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Amnesty\nCo-Premiers Prince Kelsa Varnodom and Hun Tarm agreed earlier this week to the request.\n"))
    assert {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values()} == {
        "Kelsa Varnodom": ("person", ["Co-Premiers Prince"]), "Hun Tarm": ("person", ["Co-Premiers"])}


def test_a_paper_named_after_its_city_leaves_the_city_a_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Talks\nHe told the Moscow newspaper Kommersant in Moscow that talks had failed.\n")
    assert _actor(facts, "Moscow").kind == "place"


def test_each_day_a_sentence_dates_is_an_event(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Mission\nWire Desk | 31 August 2022\n"
        "The mission left Vienna on Monday and arrived in Kiev the following day.\n"))
    assert [(e.date, e.phrase) for e in facts.events] == [("2022-08-29", "Monday"), ("2022-08-30", "the following day")]


def test_a_title_the_name_itself_owns_is_not_its_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Checkpoint\nPeople wait to enter the liberated Zaporozhye Region, the region's head said on Wednesday.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_club_in_brackets_after_a_name_is_no_acronym_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Squad\nPortugal called up Luis Figo (Barcelona) and Sergio Conceicao (Porto).\n")
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_each_name_of_a_line_up_is_a_person_and_a_club_in_brackets_is_not(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Squad\nDefenders - Dan Popovici, Daniel Radu (Steaua), Anton Marinescu, Cornel Ilie.\n"
        "Japan: 12 - Kenji Morota, 5 - Hiroyuki Tanabe, 7 - Naoki Sakuma, 3 - Masato Ishida.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == [
        "Anton Marinescu", "Cornel Ilie", "Dan Popovici", "Daniel Radu", "Hiroyuki Tanabe", "Kenji Morota",
        "Masato Ishida", "Naoki Sakuma"]


def test_the_members_listed_after_a_group_s_name_are_people(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Italy name side\nCoach Georges Coste named his side on Friday.\n"
        "Squad: Javier Pertile, Paolo Vaccari, Ivan Francescato, Orazio Arancio.\n"))
    assert {"Javier Pertile", "Paolo Vaccari", "Ivan Francescato", "Orazio Arancio"} <= {
        a.name for a in facts.actors.values() if a.kind == "person"}


def test_a_name_made_an_adjective_of_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Profile\nThe founder was known for her Steve Jobs-like black turtleneck.\n")
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_first_name_makes_a_person_of_an_uncued_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Hawks win\nDerrick Tolland rushed for 87 yards and Jason Pruett returned an interception 31 yards.\n"
        "Bell threw a 15-yard scoring strike to Marvin Keough in the third period.\n"))
    assert {"Derrick Tolland", "Jason Pruett", "Marvin Keough"} <= {
        a.name for a in facts.actors.values() if a.kind == "person"}


def test_a_first_name_does_not_make_a_person_of_a_place_a_prize_or_a_team(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Week\nShe flew to Victoria Falls, then watched the final in Santa Clara.\n"
        "Davis Cup holders Spain lost. Fans drove on to Francis Bridge.\n"
        "The Green Bay Packers lost. A storm hit Storm Lake.\n"
        "Storm Daniel caused flooding. Floodwaters gushed down Wadi Derna, a valley that cuts through Derna.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_the_name_of_a_side_in_the_plural_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "NFL roundup\nDenver slipped from a tie with the Kansas City Chiefs and then lost to the New York Giants.\n"
        "Rescuers from the White Helmets arrived; the New York Times reported it.\n"))
    assert {"Kansas City Chiefs", "New York Giants", "White Helmets", "New York Times"} <= {
        a.name for a in facts.actors.values() if a.kind == "organisation"}


def test_a_body_named_of_its_members_in_the_plural(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rome\nShe returned to the Chamber of Deputies after a vote in the House of Commons.\n"
        "The invasion at the Bay of Pigs failed.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Chamber of Deputies", "House of Commons"]


def test_a_range_of_land_or_an_era_in_the_plural_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "History\nTroops held the Golan Heights, as in the Middle Ages; the Panama Papers named the Virgin Islands.\n"
        "The final was played at the Parc des Princes.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_an_age_makes_a_person_though_a_news_agency_stood_before_the_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Recovery\nThe surgeon told Itar-Tass news agency Voronin was working five hours a day.\n"
        "Belyaev met Voronin, 71, on Friday.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.name == "Voronin"] == [("Voronin", "person")]


def test_a_pronoun_near_a_contest_s_name_makes_no_person_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Obituary\nHe was a central figure in the 1974 World Cup winning side with his elder cousin.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_name_with_and_without_its_initial_is_one_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Suspect named\nPolice charged Robert K. Vellan, 39, on Monday.\n"
        "``We think this man, Robert Vellan, is to blame,'' the officer said. Vellan remains at large.\n"))
    people = [a for a in facts.actors.values() if a.kind == "person"]
    assert [(a.name, sorted(a.forms)) for a in people] == [("Robert K. Vellan", ["Robert K. Vellan", "Robert Vellan", "Vellan"])]


def test_a_company_named_by_its_trade_its_shares_its_ticker_or_its_chief(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nWorkers walked out at airplane maker Boeing on Friday.\n"
        "Shares of Spirit Aerosystems fell, according to Cowen, while Lockheed (NYSE: LMT) rose.\n"
        "Acme CEO Kelly Ortberg met the union. New CEO Kelly Ortberg offered a raise.\n"))
    assert {"Boeing", "Spirit Aerosystems", "Lockheed", "Acme"} <= {
        a.name for a in facts.actors.values() if a.kind == "organisation"}
    assert "Cowen" not in [a.name for a in facts.actors.values() if a.kind == "place"]
    assert "New" not in [a.name for a in facts.actors.values()]


def test_a_shouted_word_or_a_model_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Walkout\nWorkers waved strike signs to a chant of \u201cSTRIKE, STRIKE, STRIKE.\u201d\n"
        "Output of the 737 MAX stopped, and the 737 MAX backlog grew, the IAM said. The IAM met.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind) == ["IAM"]


def test_a_trade_before_a_name_is_the_person_s_role(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Walkout\n\u201cWe are tired of it,\u201d said mechanic Charles Fromong, who has worked there for 37 years.\n"))
    (fromong,) = [a for a in facts.actors.values() if a.kind == "person"]
    assert (fromong.name, [r for r, _ in fromong.roles]) == ("Charles Fromong", ["mechanic"])


def test_bodies_listed_after_their_kind_and_like(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Supply chain\nThe strike hits suppliers like CFM and Spirit, which has stated it is not yet affected.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == ["CFM", "Spirit"]


def test_the_body_a_leader_heads_is_named_for_the_leader(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nThe Biden administration has begun urging both sides to negotiate.\n"
        "The Israeli government and the Modi government said nothing.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Biden administration", "Modi government"]


def test_the_side_a_player_plays_or_signs_for_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Transfer\nDekker signed forms while he was playing for Twente.\n"
        "Mensah, who signed for Everton on loan from Lazio, trained on Friday.\n"))
    assert {"Twente", "Everton", "Lazio"} <= {a.name for a in facts.actors.values() if a.kind == "organisation"}


def test_an_observatory_a_tribunal_and_a_red_crescent_are_bodies(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Toll\nA spokesman for the Syrian Observatory for Human Rights said 40 people died.\n"
        "Tawfik al Shukri, spokesperson for the Libyan Red Crescent, said the toll rose.\n"))
    assert {"Syrian Observatory for Human Rights", "Libyan Red Crescent"} <= {
        a.name for a in facts.actors.values() if a.kind == "organisation"}
    assert "Red Crescent" not in [a.name for a in facts.actors.values() if a.kind == "person"]


def test_names_listed_after_a_place_are_places_not_holders_of_the_title_before_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Suspect\nHe is sought over the attacks on doctors in Halifax, Calgary and Buffalo last year.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_kind_of_person_or_a_nationality_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Profile\nVellan claims to be a devout Roman Catholic, the agency said.\n"
        "By late evening, official Croat sources were saying the raid had ended.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_weekday_a_letter_a_numeral_or_a_text_is_no_part_of_a_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Markets\nFriday New York Stock Exchange trading was light, the exchange said.\n"
        "Japan won the group C game on Friday.\n"
        "The outbreak is driven by clade I, which is deadlier than clade II.\n"
        "It orders the army to act against the groups named in this Executive Decree.\n"
        "The firms Varno Legal and Osk & Associates, LLP, confirmed that a suit was filed in Japan.\n"
        "According to Article 131 of the constitution, a council takes over.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind) == [
        "Japan", "New York Stock Exchange", "Osk & Associates", "Varno Legal"]


def test_a_group_joins_its_of_only_as_a_names_first_word(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Contracts\nThe Citra Group of Suharto's daughter won the contract. The Group of Seven said so.\n"))
    assert {"Citra Group", "Group of Seven"} <= {a.name for a in facts.actors.values() if a.kind == "organisation"}


def test_a_date_counted_from_the_sentence_before(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sale\nWire Desk | 27 October 1989\nThe directors gathered in June 1988 to review the bids.\n"
        "The following month, the brewer invited offers for the whole business.\n"))
    assert [(e.date, e.phrase) for e in facts.events] == [("1988-06", "June 1988"), ("1988-07", "The following month")]


def test_a_court_ruling_by_a_score_makes_no_club_of_whom_it_went_against(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Ruling\nThe Supreme Court ruled 6-3 against Donald Trump on Monday.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == ["Supreme Court"]


def test_a_place_in_a_team_is_a_role_and_the_team_before_it_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Ice hockey\nCalgary Flames star left wing Petr Vostal was banned for his hit on Ottawa Senators "
        "defenceman Gary Millen on Tuesday. Full-back Martin Brooke kicked three penalties. "
        "Cornerback Rob Bennett and linebacker Quinn Carver were hurt.\n"))
    kinds = {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values()}
    assert kinds == {
        "Calgary Flames": ("organisation", []), "Ottawa Senators": ("organisation", []),
        "Petr Vostal": ("person", ["Calgary Flames star left wing"]),
        "Gary Millen": ("person", ["Ottawa Senators defenceman"]), "Martin Brooke": ("person", ["Full-back"]),
        "Rob Bennett": ("person", ["Cornerback"]), "Quinn Carver": ("person", ["linebacker"]),
    }


def test_a_title_with_of_the_ends_where_a_first_name_begins(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Budget\nChancellor of the Exchequer Kenneth Clarke said so. Speaker of the House Nancy Pelosi agreed, "
        "and Chief of Staff John Kelly left.\n"))
    people = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert people == {"Kenneth Clarke": ["Chancellor of the Exchequer"], "Nancy Pelosi": ["Speaker of the House"],
                      "John Kelly": ["Chief of Staff"]}


def test_a_title_after_where_someone_is_from_is_their_role(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Nominees\nThe candidates are: Kwame Asante of Ghana, the U.N. undersecretary-general for humanitarian affairs; "
        "Mohamed Ould Cheikh of Mauritania, the former U.N. special envoy for Somalia; and Ama Kouassi of the "
        "Ivory Coast, its trade minister.\n"))
    people = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert people == {"Kwame Asante": ["U.N. undersecretary-general for humanitarian affairs"],
                      "Mohamed Ould Cheikh": ["former U.N. special envoy for Somalia"],
                      "Ama Kouassi": ["trade minister"]}


def test_a_body_named_with_of_is_one_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Blast\nThe Federal Bureau of Investigation said so. The deal means the dissolution of the Armed Forces of "
        "Nagorno-Karabakh. Only 21 bodies were identified by the Stepanakert Bureau of Forensic Medical Examination.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Armed Forces of Nagorno-Karabakh", "Federal Bureau of Investigation",
        "Stepanakert Bureau of Forensic Medical Examination"]


def test_aides_ombudsmen_scientists_and_a_title_with_us_in_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Exodus\nPresidential aide Armen Sarkisov said arson was unlikely, and human rights ombudsman Levon "
        "Hakobyan agreed. Laura Benson, the head of the U.S. government's main relief agency, was in Armenia. "
        "\"It is spreading,\" state epidemiologist Henrik Dahlberg said.\n"))
    people = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert people == {"Armen Sarkisov": ["Presidential aide"], "Levon Hakobyan": ["ombudsman"],
                      "Henrik Dahlberg": ["state epidemiologist"],
                      "Laura Benson": ["head of the U.S. government's main relief agency"]}


def test_a_bodys_initials_from_another_name_are_still_its_short_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Exodus\nThe United Nations Refugee Agency (UNHCR) has said that some 40,000 people have left. "
        "UNHCR said more would come.\n"))
    (agency,) = [a for a in facts.actors.values() if a.kind == "organisation"]
    assert (agency.name, sorted(agency.acronyms)) == ("United Nations Refugee Agency", ["UNHCR"])


def test_a_name_without_one_of_its_middle_names_is_the_same_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nRival Amadou Ba conceded defeat to opposition figure Bassiro Diomé Fale. \"I congratulate President "
        "Bassiro Diomé Diakhar Fale on his victory,\" Ba said. Fale, a former tax inspector, will be sworn in.\n"))
    fale = _actor(facts, "Bassiro Diomé Diakhar Fale")
    assert fale.forms >= {"Bassiro Diomé Fale", "Fale"}


def test_a_part_of_a_continent_is_a_place_whoever_it_seems_to_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nThe man had beaten Prabowo twice in his quest for the presidency of Southeast Asia's largest "
        "country.\n"))
    assert _actor(facts, "Southeast Asia").kind == "place"


def test_a_clinic_is_a_place_not_the_person_it_is_named_for(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Pope ill\nPope Francis complained of some respiratory difficulties and this afternoon he went to "
        "Agostino Gemelli Polyclinic for some medical tests.\n"))
    assert _actor(facts, "Agostino Gemelli Polyclinic").kind == "place"


def test_an_official_account_a_generation_and_a_joined_nationality_are_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Unrest\nThe presidency's official Twitter account said on Wednesday that the president was well. "
        "Demonstrators, led by Gen Zs, expressed anger over the bill. Lina Khan is a London-born Pakistani-American "
        "who heads the Federal Trade Commission.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Lina Khan"]


def test_the_body_named_after_of_a_body_is_that_body_not_its_director(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Profile\nMehta was active in legal groups, serving as the director of a non-profit organisation, "
        "Facilitating Leadership in Youth, which was dedicated to after-school activities.\n"))
    assert _actor(facts, "Facilitating Leadership").kind == "organisation"


def test_a_place_naming_a_jury_a_publisher_s_name_and_a_clock_s_zone_are_no_bodies(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nAfter two days the Manhattan jury made its determination. Jurors heard testimony by former "
        "National Enquirer publisher David Pecker. The lander touched down around 18.03 Hrs. IST.\n"))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Manhattan") != "organisation" and kinds["David Pecker"] == "person" and "IST" not in kinds


def test_a_name_someone_is_better_known_as_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\n\"I did it in person last night,\" the president, better known as Jokowi, told reporters.\n"))
    assert all(a.kind != "organisation" for a in facts.actors.values())


def test_a_body_named_for_a_list_of_fields_is_one_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Quake\nThe coast was flooded, according to the Land, Infrastructure, Transport and Tourism Ministry. "
        "The Ministry of Economy, Trade and Industry said power was cut. Leaders of France, Germany, Italy and Spain "
        "met on Monday. Tarvia Ministry of Land, Infrastructure and Transport (MOLIT) reported it.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Land, Infrastructure, Transport and Tourism Ministry", "Ministry of Economy, Trade and Industry",
        "Tarvia Ministry of Land, Infrastructure and Transport"]


def test_an_heir_to_the_throne_is_the_prince_and_a_sentence_s_later_no_part_of_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Guests\nGuests included Ukrainian leader Olek Varna and British heir to the throne, Prince Edwin. Later "
        "General Abdou Tchami, the chief of the guard, declared himself leader.\n"))
    assert crowned(_actor(facts, "Edwin").roles)
    assert [r for r, _ in _actor(facts, "Abdou Tchami").roles][:1] == ["General"]


def test_a_party_for_an_ism_is_one_name_and_niger_s_adjective_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Coup\nCars sit in front of the headquarters of the Nigerien Party for Democracy and Socialism, which was "
        "damaged. There were reports from the Nigerien capital.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == [
        "Nigerien Party for Democracy and Socialism"]


def test_a_fire_known_by_a_place_s_name_makes_no_body_of_the_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nBy August 8, the bigger wildfire, known as the Upcountry fire, was already raging. The Upcountry "
        "fire had burned 600 acres.\n"))
    assert all(a.kind != "organisation" for a in facts.actors.values())


def test_a_title_its_holder_s_name_follows_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Exodus\nOn 1 October, Karvania's Human Rights Defender, Gegham Stepanyan, announced that the last bus "
        "had arrived.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")] == [
        ("Gegham Stepanyan", "person")]


def test_a_region_a_body_is_named_for_is_no_short_name_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Haiti\nRegional leaders of the Caribbean Community (CARICOM) held a summit. His resignation comes after "
        "a meeting with Caribbean leaders.\n"))
    assert _actor(facts, "Caribbean Community").forms == {"Caribbean Community", "CARICOM"}


def test_a_word_set_in_capitals_for_stress_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Landing\nThe plane landed safely. There are NO reports of any injuries, NO damage to the runway and NO "
        "delays, the FAA said.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == ["FAA"]


def test_a_bodys_initials_in_another_language_are_its_short_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Hospital shut\nAs reported by Doctors Without Borders (MSF), the attack led to the suspension of all "
        "activities at the hospital. The wounded were sent elsewhere, according to MSF.\n"))
    (group,) = [a for a in facts.actors.values() if a.kind == "organisation"]
    assert (group.name, sorted(group.acronyms)) == ("Doctors Without Borders", ["MSF"])


def test_a_body_known_by_its_initials_goes_by_them(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Hospital shut\nDoctors Without Borders, known by its French initials MSF, reported late on Sunday that "
        "the hospital had closed. MSF said two staff were hurt.\n"))
    (group,) = [a for a in facts.actors.values() if a.kind == "organisation"]
    assert group.name == "Doctors Without Borders" and "MSF" in group.forms


def test_a_company_is_named_after_by_its_first_word_and_a_count_after_its_name_is_no_age(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Deals reached\nThe union finalized a tentative agreement with Halvor Motor Company. The deals must be "
        "ratified by 57,000 members at Halvor, 43,000 at Brenta and 46,000 at Ostro. Brenta followed the lead of "
        "Halvor Motor Co.\n"))
    assert "Halvor" in _actor(facts, "Halvor Motor Company").forms


def test_a_company_named_with_group_or_without_is_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bank fails\nShares of Tarvo Financial, a tech-focused bank, dropped by as much as 60% on Thursday. Tarvo "
        "Financial Group shares lost over $80 billion in value overnight.\n"))
    assert _actor(facts, "Tarvo Financial Group").forms == {"Tarvo Financial", "Tarvo Financial Group"}
    assert not [a.name for a in facts.actors.values() if a.kind == "person"]


def test_a_work_named_with_of_before_its_maker_is_one_name_and_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Deal done\nHalvor has completed its $69bn takeover of Realm of Embers maker Tarvo Labs.\n"))
    assert _actor(facts, "Tarvo Labs").kinds_said == [("Realm of Embers maker", 0)]
    assert not [a.name for a in facts.actors.values() if a.kind == "place"]


def test_a_first_name_before_and_and_a_full_name_shares_its_family_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rescue\nThey first pulled out mother and daughter Havva and Fatmagül Aslan, then the twins Ayla and Deniz "
        "Kaya. Talks between Putin and Xi Jinping went on. Goals came from Ray Dunn, Martin St. Louis and Brad Tarvo.\n"))
    assert "Louis Tarvo" not in {a.name for a in facts.actors.values()}
    assert {"Ayla Kaya", "Deniz Kaya", "Fatmagül Aslan", "Havva Aslan"} <= {a.name for a in facts.actors.values()}
    assert not {"Havva", "Ayla", "Putin Jinping"} & {a.name for a in facts.actors.values()}


def test_a_craft_named_before_its_kind_or_a_work_before_its_maker_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Moon landing\nThe space agency's Tavo lander touched down near the pole. Tavo made its landing at 6:04 pm, "
        "and the Sela rover rolled out hours later, agency chief Ravi Menon said. The games include Pitfall and Candy "
        "Crush. Candy Crush maker Tarvo Labs also agreed to sell its streaming rights.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind) == ["Ravi Menon", "Tarvo Labs"]


def test_a_place_before_the_airline_said_is_no_airline(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Blowout\nSix crew members were on board Flight 12 bound for Tarvale, Kestrow, the airline said. Ana Ruiz, "
        "the airline's chief, said so.\n"))
    assert not [a.name for a in facts.actors.values() if a.kind == "organisation"]


def test_a_street_named_for_a_word_bodies_use_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nNearly every building on Harlow's Front Street was flattened, the Popular Front said.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind == "organisation") == [
        ("Popular Front", "organisation")]


def test_a_sentence_shouted_in_capitals_names_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Founder jailed\nA judge in Boston on Thursday sentenced Dan Rourke to 12 years in prison.\n\n"
        "🚨 BREAKING: JUDGE SENTENCES DAN ROURKE TO 12 YEARS IN PRISON FOR CRYPTO FRAUD pic.twitter.com/M9Hot "
        "March 28, 2024\n\nThe judge, Ann Park, said the fraud was vast.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Ann Park", "Dan Rourke"]


def test_a_plain_word_in_brackets_after_a_bodys_name_is_what_it_is_called(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Truce talks\nThe Islamic Resistance Movement (Hamas) said on Monday it had freed two hostages. "
        "Hamas said more would follow. The Janata Dal (United) said it would back the truce. "
        "The Kenya Red Cross (Nairobi) sent a team.\n"))
    movement = _actor(facts, "Hamas")
    assert sorted(movement.aliases) == ["Islamic Resistance Movement"]
    assert [f.actor for f in _said_in(facts, 1)] == [movement.key]  # "Hamas said"
    # a word of the language, or a place, in brackets is no other name
    assert "united" not in facts.actors and "nairobi" not in facts.actors


def test_a_states_body_in_lower_case_is_a_body_and_its_adjective_no_name_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Idlib\nRebels have been fighting the Syrian army for seven years. Syrian refugees still need support, "
        "and Syrian troops amass on the border. Armenia's health ministry said a helicopter flew the victims out. "
        "Ukraine's air force said Russia launched 37 drones.\n"))
    bodies = {a.name: a for a in facts.actors.values() if a.kind == "organisation"}
    assert sorted(bodies) == ["Armenia's Health Ministry", "Syrian Army", "Ukraine's Air Force"]
    assert list(bodies["Syrian Army"].sentences) == [0]  # not the sentences about Syrian refugees and troops


def test_a_states_troops_are_the_state_acting(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Ceasefire\nThe authorities accepted a ceasefire mediated by Russian peacekeeping forces on Wednesday. "
        "Azerbaijani troops shelled the town on Tuesday.\n"))
    states = {a.name: list(a.sentences) for a in facts.actors.values() if a.kind == "state"}
    assert states == {"Russia": [0], "Azerbaijan": [1]}


def test_an_embedded_post_signed_on_the_line_below_is_its_signers_words_and_the_handle_no_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Storm\nWire | 5 June 2024\nThe storm made landfall near the port on Wednesday, officials said.\n"
        "Roads are closed across the district. Stay off them tonight. pic.twitter.com/AbC123xyz\n"
        "— Harbour Police (@HarbourPolice) June 5, 2024\n"
        "About 40,000 homes lost power, the utility said.\n"))
    assert [(facts.actors[q.actor].name, q.text) for q in facts.quotes] == [
        ("Harbour Police", "Roads are closed across the district. Stay off them tonight.")]  # the whole post
    assert sorted(a.name for a in facts.actors.values()) == ["Harbour Police"]


def test_an_embedded_post_s_day_dates_its_words_not_its_signature(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nThe commission declared the result on Friday night.\n"
        "We declare Dana Holt the winner. God bless Valmora. Thank you.\n"
        "— Electoral Board (@ValmoraBoard) December 9, 2016\n"
        "Her supporters cheered in the streets.\n"))
    assert [(e.date, e.text) for e in facts.events] == [  # (and the post's day, a Friday, dates "on Friday night")
        ("2016-12-09", "The commission declared the result on Friday night."),
        ("2016-12-09", "We declare Dana Holt the winner. God bless Valmora. Thank you.")]


def test_an_embedded_post_is_its_signers_words(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Blast\nThe blast killed 20 people near Stepanakert on Monday, officials said.\n\n"
        "Air ambulances must be let in at once to save the wounded. — Levon Hakobyan "
        "#OpenTheRoad (@Levon_Ombuds) September 25, 2023\n\n"
        "Wards were already full, leaving doctors with no beds to spare. pic.twitter.com/9Qk2rTzXa1 "
        "— ICRC (@ICRC)\n\nThe ombudsman said more would die.\n"))
    quotes = [(facts.actors[q.actor].name, q.text, q.date) for q in facts.quotes]
    assert quotes == [
        ("Levon Hakobyan", "Air ambulances must be let in at once to save the wounded.", "2023-09-25"),
        ("ICRC", "Wards were already full, leaving doctors with no beds to spare.", None),
    ]


def test_a_quotation_its_speaker_opens_over_several_sentences_is_all_theirs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strikes\nThe Wire | 12 January 2024\n"
        "In a recorded speech, Brig. Gen. Yusuf Hamdan said, \"The foreign attackers carry the whole blame "
        "for this night's raids. Every one of these raids will be answered in kind and in time.\" "
        "The strikes hit more than 40 sites across the country.\n"))
    saree = _actor(facts, "Yusuf Hamdan")
    assert [(q.text, q.sent) for q in facts.quotes if q.actor == saree.key] == [
        ("The foreign attackers carry the whole blame for this night's raids.", 0),
        ("Every one of these raids will be answered in kind and in time.", 1)]
    assert not [s for s in facts.statements if s.actor == saree.key]
    assert [r for r, _ in saree.roles] == ["Brig. Gen."]  # a rank written short is a title, not only a way to address him


def test_a_quotation_over_several_sentences_is_all_its_speakers(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Emergency\nThe watchdog declared an emergency on Tuesday, its head Paul Mbeki said.\n\n"
        "\"This step is more than paperwork, it is a signal to move now. It says that we "
        "cannot keep waiting for the next wave. We have to get ahead of it,\" said Mbeki.\n"))
    assert [(facts.actors[q.actor].name, q.sent) for q in facts.quotes] == [
        ("Paul Mbeki", 1), ("Paul Mbeki", 2), ("Paul Mbeki", 3)]


def test_the_clubs_president_speaks_not_the_club_and_a_game_in_his_honour_is_not_the_clubs(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Star leaves\nBarca president Jordi Casals said on Friday that talks had broken down.\n\n"
        "\"It hurts, but the club has to move on without Ferran,\" continued the Barca president.\n\n"
        "Casals said Barca would stage a farewell match in his honour.\n"))
    assert [facts.actors[q.actor].name for q in facts.quotes] == ["Jordi Casals"]
    assert {a.name: a.kind for a in facts.actors.values()}.get("Barca") != "person"


def test_after_a_comma_the_speaker_is_the_person_named_after_said(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vaccines\nThe shipment would hold 30,000 doses pledged by the Japanese government and 10,000 from vaccines "
        "alliance GAVI, said Dr. Kalala Mbuyi, the Africa CDC incidents manager on cholera.\n"))
    assert [facts.actors[s.actor].name for s in facts.statements] == ["Kalala Mbuyi"]
    assert {facts.actors[c.claimant].name for c in facts.claims} == {"Kalala Mbuyi"}


def test_a_states_ministry_of_something_is_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vaccine\nJapan's Ministry of Health, Labour and Welfare approved the vaccine. Kenya's Ministry of Magic "
        "replied.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Japan's Ministry of Health, Labour and Welfare", "Ministry of Magic"]


def test_a_state_s_ministry_of_something_in_lower_case_is_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strikes\nBritain’s ministry of defense said in a statement that the rebels had taken a blow.\n"))
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == ["Britain’s Ministry of Defense"]


def test_a_short_name_of_a_word_and_initials(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Emergency\nJean Kaseya, head of the Africa Centres for Disease Control and Prevention (Africa CDC), spoke on "
        "Tuesday. The Africa CDC said more cases would come.\n"))
    (agency,) = [a for a in facts.actors.values() if a.kind == "organisation"]
    assert sorted(agency.acronyms) == ["Africa CDC"]
    assert [facts.actors[s.actor].name for s in facts.statements] == ["Africa Centres for Disease Control and Prevention"]


def test_whom_a_note_or_a_figure_comes_from_is_no_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike costs\nAccording to a research note from TD Cowen, a walkout could cost Boeing $2 billion. "
        "Data from Johns Hopkins showed 5,000 cases. Refugees arrived from Syria and from Aleppo.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "place") == ["Aleppo"]


def test_a_place_described_as_something_is_nobodys_statement(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Idlib\nSyrian troops are on the verge of an offensive on the city, described as the rebels' last "
        "stronghold. President Bashar al-Assad described the situation as grave on Monday.\n"))
    assert [(facts.actors[s.actor].name, s.sent) for s in facts.statements] == [("Bashar al-Assad", 1)]


def test_where_someone_works_is_a_body_and_they_still_speak(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Yen\n\"The selling looks overdone,\" said Kenji Hamada, currency strategist with Mizuho in Osaka. "
        "Ethan Marlowe, an analyst at BMO Capital Markets, said the price looked fair.\n"))
    kinds = {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind != "place"}
    assert kinds == {
        "Kenji Hamada": ("person", ["currency strategist with Mizuho in Osaka"]),
        "Mizuho": ("organisation", []),
        "Ethan Marlowe": ("person", ["analyst at BMO Capital Markets"]),
        "BMO Capital Markets": ("organisation", []),
    }
    assert {facts.actors[s.actor].name for s in facts.statements} == {"Kenji Hamada", "Ethan Marlowe"}


def test_bodies_named_for_partners_schools_and_papers_in_other_languages(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Bonds\nSpain led the table, Lehman Brothers said on Monday. The girl attended Hale Grammar School. "
        "He spoke to the Italian newspaper Corriere dello Sport. The charity Medecins sans Frontieres said some "
        "40,000 families were heading south. Rates will ease, he told the Asahi Shimbun. He allied with the main "
        "opposition party, Juntos por el Cambio (JxC).\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Asahi Shimbun", "Corriere dello Sport", "Hale Grammar School", "Juntos por el Cambio", "Lehman Brothers",
        "Medecins sans Frontieres"]


def test_a_title_word_after_to_is_a_verb(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Pledge\nThe plan aims to tackle Jean Dupont and his allies. Iowa State left tackle Owen Pardee won "
        "the Outland Trophy.\n"))
    roles = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert roles == {"Jean Dupont": [], "Owen Pardee": ["Iowa State left tackle"]}


def test_a_verb_after_to_leaves_its_object_s_own_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Leader\nWire | 29 October 2024\nThe council agreed to elect Sheikh Naim Qassem as its leader. "
        "The king promoted to deputy foreign minister Sergei Ryabkov. Robin Le Normand returned to partner former "
        "Tarvale City defender Aymeric Laporte in the centre of defence.\n"))
    roles = {a.name: [r for r, _ in a.roles] for a in facts.actors.values() if a.kind == "person"}
    assert roles == {"Naim Qassem": ["Sheikh"], "Sergei Ryabkov": ["deputy foreign minister"], "Robin Le Normand": [],
                     "Aymeric Laporte": ["former Tarvale City defender"]}


def test_a_name_made_part_of_an_adjective_neither_speaks_nor_acts(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Alliance\nWire | 29 October 2024\n"
        "\"The council has chosen its leader,\" the Iran-backed group said in a statement.\n"
        "The Russia-led alliance sent troops to the border on Monday.\n"))
    assert facts.quotes + facts.statements + facts.deeds == []


def test_the_name_someone_was_born_with_is_an_alias(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Conclave\nWire | 9 May 2025\nPope Francis, born in Argentina in 1936 as Jorge Mario Bergoglio, was elected "
        "in 2013.\nHe was born in Buenos Aires in 1936.\nThe new pope, Leo, was born Robert Francis Prevost.\n"))
    assert [(a.name, sorted(a.aliases)) for a in facts.actors.values() if a.kind == "person"] == [
        ("Francis", ["Jorge Mario Bergoglio"]), ("Leo", ["Robert Francis Prevost"])]


def test_a_body_s_other_names_and_a_person_s_nicknames_are_aliases(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sudan\nThe RSF is now led by General Mohamed Hamdan “Hemedti” Dagalo. It is led by Mohamed Hamdan Dagalo "
        "(known as Hemeti). Médecins Sans Frontières (MSF), also known as Doctors Without Borders, reported on "
        "Sunday that the toll had risen. The Famine Early Warning Systems Network (FEWS NET) said so.\n"))
    named = {a.name: (a.kind, sorted(a.aliases | a.acronyms)) for a in facts.actors.values() if a.kind}
    assert named == {
        "RSF": ("organisation", []),
        "Mohamed Hamdan Dagalo": ("person", ["Hemedti", "Hemedti Dagalo", "Hemeti"]),
        "Médecins Sans Frontières": ("organisation", ["Doctors Without Borders", "MSF"]),
        "Famine Early Warning Systems Network": ("organisation", ["FEWS NET"]),
    }


@pytest.mark.parametrize(("text", "named"), [
    # a title's complement, and a body named for two things
    ("UN High Commissioner for Refugees Filippo Grandi has warned of famine. More than 16,650 people were "
     "killed, according to the Armed Conflict Location and Event Data Project. The RSF was part of the regime "
     "of dictator Omar Hassan al Bashir.",
     {"Filippo Grandi": ("person", ["UN High Commissioner for Refugees"]),
      "Armed Conflict Location and Event Data Project": ("organisation", []),
      "Omar Hassan al Bashir": ("person", ["dictator"]),
      "RSF": ("organisation", [])}),
    # a title's initials define no body, and the title is the named person's
    ("When the hearing resumed, Chief Justice of Tarvia (CJT) Ada Kell Osk told the court it was unlawful. "
     "The CJT said the arrest was a disgrace. At this, CJT Osk asked about the bail.",
     {"Ada Kell Osk": ("person", ["Chief Justice of Tarvia"])}),
    # a title's complement after the title's own ("of Defense")
    ("“It is a moment,” Deputy Assistant Secretary of Defense for the Middle East Daniel Shapiro told the forum.",
     {"Daniel Shapiro": ("person", ["Deputy Assistant Secretary of Defense for the Middle East"])}),
])
def test_the_actors_a_text_names_with_their_kinds_and_titles(tmp_path: Path, text: str,
                                                             named: dict[str, tuple[str, list[str]]]) -> None:
    facts = _facts_from_text(tmp_path, f"Report\nThe Wire | 11 May 2023\n{text}\n")
    assert {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind} == named


def test_a_title_s_complement_ends_in_the_field_a_department_is_named_for(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Crash\nMeanwhile, Head of VRCS Operations Ada Kell said teams were near. Head of Operations Tarvo Osk said "
        "so too.\n"))
    named = {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind == "person"}
    assert named == {"Ada Kell": ("person", ["Head of VRCS Operations"]),
                     "Tarvo Osk": ("person", ["Head of Operations"])}


@pytest.mark.parametrize("text, name", [
    # a body named for two things after whose body it is, or opening the sentence
    ("Prices rose, the United Nations Food and Harvest Organization said on Monday.",
     "United Nations Food and Harvest Organization"),
    ("U.S. Immigration and Customs Enforcement said it had detained 40 people.", "U.S. Immigration and Customs Enforcement"),
])
def test_a_body_named_for_two_things_is_one_name(tmp_path: Path, text: str, name: str) -> None:
    facts = _facts_from_text(tmp_path, f"News of the day\n{text}\n")
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == [name]


def test_according_to_names_who_gives_the_figure_and_not_saying_is_no_statement(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sudan\nThe war in Sudan has led to an estimated 11,000 deaths, according to the United "
        "Nations. The RSF has not yet commented on the incident. The army declined to comment.\n"))
    (claim,) = facts.claims
    assert facts.actors[claim.claimant].name == "United Nations"
    assert [facts.actors[s.actor].name for s in facts.statements] == ["United Nations"]


def test_a_casualty_figure_belongs_to_no_one_named_outside_its_clause(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sudan\nSudan has been gripped by a bloody war between the SAF and the RSF since April 15, 2023, "
        "costing at least 12,400 lives. Deputy President Samuel Kiptoo won 6,204,318 votes.\n"))
    owners = {c.quantity.value: c.owner and facts.actors[c.owner].name for c in facts.claims}
    assert owners == {12400: None, 6204318: "Samuel Kiptoo"}


def test_what_someone_won_is_theirs_past_an_aside_or_in_a_clause_of_its_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Election\nHou Min-tai, the main opposition candidate, received 4.66 million votes, while Ko Wen-lan of the "
        "Civic Party received 3.68 million votes. Tomas Varga won the presidential election on Saturday, with "
        "partial results showing he had taken 40.2 percent of ballots cast.\n"))
    owners = {c.quantity.value: c.owner and facts.actors[c.owner].name for c in facts.claims}
    assert owners == {4660000: "Hou Min-tai", 3680000: "Ko Wen-lan", 40.2: "Tomas Varga"}
    facts = _facts_from_text(tmp_path, (
        "Runoff\nBy the numbers: Liberty candidate Tomas Varga won about 56% of the vote, while Economy Minister "
        "Ana Kell won just over 44%.\n"))
    owners = {c.quantity.value: c.owner and facts.actors[c.owner].name for c in facts.claims}
    assert owners == {56: "Tomas Varga", 44: "Ana Kell"}
    facts = _facts_from_text(tmp_path, (
        "Results\nThe Civic Union Party (CUP) secured 29 seats, the Harlow Labour Party (HLP) secured 22 seats, and "
        "the Green Front Party (GFP) secured 16 seats. The ruling party faced a challenge from a bloc led by the "
        "Kestrel People's Party, which won 37 seats.\n"))
    owners = {c.quantity.value: c.owner and facts.actors[c.owner].name for c in facts.claims}
    assert owners == {29: "Civic Union Party", 22: "Harlow Labour Party", 16: "Green Front Party",
                      37: "Kestrel People's Party"}


def test_a_name_that_speaks_and_is_then_he_or_she_is_a_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sudan\nWoodward described the situation in Sudan as desperate, noting that needs are severe. "
        "She said existing pledges must be honoured.\n"))
    assert {a.name: a.kind for a in facts.actors.values() if a.kind} == {"Woodward": "person", "Sudan": "state"}
    assert [facts.actors[s.actor].name for s in facts.statements] == ["Woodward", "Woodward"]


def test_a_party_s_adjective_before_a_noun_takes_no_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 5 July 2024\nThe vote ended 14 years of right-wing Conservative rule.\n"))
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_plural_noun_that_speaks_before_he_or_she_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Plot\nAuthorities said the man had been under surveillance for some time. He said the danger was over.\n"))
    assert [a.name for a in facts.actors.values() if a.kind] == []


def test_a_name_listed_with_a_person_is_one_and_the_west_bank_is_land(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Golf\nThe U.S. Open pair Kerri Lundvall and Tom Weller were two shots back. Settlers in the West Bank "
        "clashed with troops. It was left to fellow left-hander Devnarine Chattergoon to steady the innings.\n"))
    named = {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind}
    assert named == {"Kerri Lundvall": ("person", []), "Tom Weller": ("person", []),
                     "West Bank": ("place", []), "Devnarine Chattergoon": ("person", ["fellow left-hander"])}


def test_the_sides_of_a_match_and_a_club_called_a_side_are_bodies(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Rugby\nFiji said goodbye to Daniel Kamea by beating the Barbarians 31-17 on Sunday. Mensah "
        "served out his ban during Lazio's 3-1 home loss to Molde of Norway. He is wanted by "
        "clubs keen to match London side Harlequins.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Barbarians", "Harlequins", "Molde"]


def test_the_world_s_largest_producer_is_a_firm_not_a_person_s_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Copper\nRegulators want Corvana, the world's third-largest copper producer, to cut its emissions. "
        "Corvana said in May that it had complied.\n"))
    assert [(a.name, a.kind, a.roles) for a in facts.actors.values() if a.kind] == [("Corvana", "organisation", [])]


def test_a_title_in_a_complement_is_the_named_person_s_own(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks\nA spokesman for President Joe Biden said the talks failed. Hrabal, formerly a member of Prime "
        "Minister Viktor Danek's ruling Movement for a Democratic Moravia, lost his seat. UN High Commissioner "
        "for Refugees Filippo Grandi warned of famine.\n"))
    named = {a.name: (a.kind, [r for r, _ in a.roles]) for a in facts.actors.values() if a.kind}
    assert named == {
        "Joe Biden": ("person", ["President"]), "Viktor Danek": ("person", ["Prime Minister"]),
        "Movement for a Democratic Moravia": ("organisation", []),
        "Filippo Grandi": ("person", ["UN High Commissioner for Refugees"]),
    }


def test_whom_a_figure_is_cited_from_is_an_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nAccording to a research note from TD Cowen, a 30-day walkout could cost Boeing a projected "
        "$1.5 billion to $2 billion of cash flow. According to Anahit Sargsyan, the number of refugees rose.\n"))
    named = {a.name: a.kind for a in facts.actors.values() if a.kind}
    assert named == {"TD Cowen": "organisation", "Anahit Sargsyan": "person"}
    assert {facts.actors[c.claimant].name for c in facts.claims} == {"TD Cowen"}


def test_the_company_or_the_club_that_speaks_is_the_body_named_before(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Farewell\nA tearful Ferran Vidal waved goodbye to FC Barcelona on Sunday. The club, on Thursday, confirmed "
        "it could not renew his deal. The club announced that he would not stay because of La Liga's wage rules. "
        "The group of workers said no.\n"))
    said = [(facts.actors[s.actor].name, s.sent) for s in facts.statements]
    assert said == [("FC Barcelona", 1), ("FC Barcelona", 2)]


def test_a_wire_service_is_the_channel_of_the_story_not_an_actor_in_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Commander killed\nSudan's army said on Friday it had killed an RSF commander, Reuters reports. "
        "The toll rose to 68, according to AFP, and a police spokesman told the Associated Press so.\n"))
    assert not {"Reuters", "AFP", "Associated Press"} & {a.name for a in facts.actors.values() if a.kind}


def test_a_name_followed_by_who_is_a_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Football\nIndonesia's Sukarjo Wibowo, who scored a fine goal against Oman, was again on target. "
        "The Taliban, who seized Kabul, spoke. Ajax are six points clear of Utrecht, who have a game in hand.\n"))
    assert {a.name: a.kind for a in facts.actors.values() if a.kind in ("person", "organisation")} == {
        "Sukarjo Wibowo": "person"}


def test_a_surname_spelt_otherwise_and_opening_a_sentence_is_the_one_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Sudan\nThe RSF is now led by General Mohamed Hamdan Dagalo. Daglo, a military leader and wealthy "
        "businessman from Darfur, plays a central role. Separately, a senior official said talks resumed.\n"))
    assert {a.name: a.kind for a in facts.actors.values() if a.kind in ("person", "organisation")} == {
        "RSF": "organisation", "Mohamed Hamdan Dagalo": "person", "Daglo": "person"}


def test_a_quotation_said_by_a_titled_person_after_a_body_is_his(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Delta\nDelta has cancelled flights. \"Above all our crew scheduling system went down,\" said Delta CEO "
        "Ed Bastian.\n"
        "“This settlement repays the taxpayers for every dollar they lost,” said principal deputy "
        "assistant attorney general Mark Fenwick, head of the civil division.\n"))
    assert [facts.actors[q.actor].name for q in facts.quotes] == ["Ed Bastian", "Mark Fenwick"]


def test_state_troopers_are_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Outage\nAlaska State Troopers confirmed outages across the state.\n")
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind] == [("Alaska State Troopers", "organisation")]


def test_a_figure_is_not_dated_by_a_day_only_a_relative_clause_gives(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fire\nWire | 4 July 2018\nThe Tarn Fire, which erupted Saturday afternoon, has so far scorched 82,700 "
        "acres, officials said.\n"))
    assert [(c.quantity.value, c.date) for c in facts.claims] == [(82_700, "2018-07-04")]


def test_a_figure_is_dated_by_the_day_nearest_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Delta\nWire | 22 July 2024\nThe glitch that began early on Friday is still causing chaos as Delta had "
        "to cancel a further 840 flights yesterday.\n"))
    assert [(c.quantity.value, c.date) for c in facts.claims] == [(840, "2024-07-21")]


def test_the_body_whose_office_a_title_names_keeps_its_whole_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Delta\nDelta Air Lines CEO Ed Bastian says the carrier expects $300 million in losses. Federal Reserve "
        "Chairman Jerome Powell spoke.\n"))
    assert sorted(a.name for a in facts.actors.values() if a.kind == "organisation") == [
        "Delta Air Lines", "Federal Reserve"]


def test_a_year_earlier_comparison_is_never_the_base_of_the_next(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Kestrel Mutual profit dips\n"
        "Date: 1989-11-01\n\n"
        "Kestrel Mutual made $2.7 million in the third quarter.\n"
        "It netted $3.9 million during the year-ago quarter.\n"
        "Those year-ago figures were revised to reflect a change in tax treatment.\n"
    ))
    assert facts.sentence_dates[1] == facts.sentence_dates[2] == "1988-Q3"


def test_an_adverb_opening_the_sentence_is_not_part_of_the_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Opposition digs in\n"
        "Certainly Marek Dolanski continues to urge his party to fight on.\n"
        "Family Research Alliance chairman Ida Vorn said the vote would be close.\n"
    ))
    assert _actor(facts, "Marek Dolanski").kind == "person"
    assert not any(a.name.startswith("Certainly") for a in facts.actors.values())
    assert _actor(facts, "Family Research Alliance").kind == "organisation"


def test_the_abbreviated_state_a_town_is_placed_in_is_no_organisation(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Surgeon shot\n"
        "A gunman shot a Dunmore, N.Y., surgeon at his home, police said on Friday.\n"
        "An officer of the Dunmore, N.Y., Police Department said the U.N. had offered help.\n"
        "The Kessling, N.J.-based maker of fittings and Pellworth, Wis., rivals cut prices.\n"
    ))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert not {name for name, kind in kinds.items() if kind == "organisation" and name[:1] in "NW"}, kinds
    assert kinds.get("U.N.") == "organisation"


def test_a_nationality_closing_a_name_run_belongs_to_the_noun_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Custody fight\n"
        "Lawmakers moved to grant Tomas Elgar American citizenship, his lawyer Ana Ruiz said on Monday.\n"
        "Dawn French starred in the charity show, and Volker Turk said the talks would resume.\n"
        "Between them, the Move Forward Party and Pheu Thai are expected to take 292 seats.\n"
        "The airline emerged from a tie-up between Air Tarvia and TKL Royal Dutch in 2004.\n"
    ))
    names = {a.name for a in facts.actors.values()}
    assert "Tomas Elgar American" not in names
    assert {"Tomas Elgar", "Dawn French", "Volker Turk", "Pheu Thai", "TKL Royal Dutch"} <= names


def test_a_market_s_city_and_a_thing_after_a_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Shares steady\n"
        "Depositary shares, each representing three shares in the Zurich market, closed unchanged.\n"
        "Dario Fenn said he would seek a new Webline service for his site.\n"
    ))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Zurich") != "organisation" and kinds.get("Webline") != "person", kinds
    assert kinds.get("Dario Fenn") == "person"


def test_a_title_with_its_complement_before_a_family_name_alone_makes_a_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Talks resume\n"
        "Secretary of State Vorlander said on Monday that the talks would resume.\n"
        "The Ministry of State Security said it had arrested two men.\n"
    ))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Vorlander") == "person"
    assert kinds.get("Ministry of State Security") == "organisation"
    assert any(s.actor == "vorlander" for s in facts.statements)


def test_who_is_spoken_of_or_to_and_a_title_s_complement_do_not_speak(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Fishing quotas\n"
        "The Peruvian ambassador to Norway said on Thursday that Peru would cut its fishing quotas.\n"
        "Ilya Brenner, 38, fled abroad when he was called to give evidence at the bribery trial.\n"
        "Deputy minister Lena Fors was speaking to journalists at the airport.\n"
    ))
    speakers = {s.actor for s in facts.statements}
    assert "norway" not in speakers and "ilya brenner" not in speakers
    assert "lena fors" in speakers


def test_a_speaker_set_between_commas_and_a_so_called_thing(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Insider case\n"
        "Mr. Holm, the Dornish Banking Authority said, earned nearly $14 million by selling his stake early.\n"
        "Critics may push the Labour cabinet to scrap its so-called sunset clause.\n"
    ))
    by_sentence = {s.sent: s.actor for s in facts.statements}
    assert by_sentence.get(0) == "dornish banking authority"
    assert 1 not in by_sentence


@pytest.mark.parametrize(("text", "name"), [
    ("Many al-Rashad and Kotari fighters fled after the offensive.", "al-Rashad"),  # fighters of a pair
    ("Officials say al-Rashad in Vesna fighters have regrouped in the hills.", "al-Rashad"),
    ("KAFOR troops entered the town on Monday.", "KAFOR"),  # initials and their own people
    ("The Tarvani have rejected the ceasefire offer.", "Tarvani"),  # always "the", acting as a body
    ("A court jailed him for six years for membership in al-Rashad.", "al-Rashad"),  # what one belongs to
    ("Two former members of the Tarvani have been elected to parliament.", "Tarvani"),
    ("Police arrested three suspected al-Rashad operatives after a gunfight.", "al-Rashad"),  # what a body has
    ("Turkey angered its neighbour when it hosted a Kotari delegation for talks.", "Kotari"),
])
def test_a_one_word_body_known_by_its_fighters_people_or_deeds(tmp_path: Path, text: str, name: str) -> None:
    facts = _facts_from_text(tmp_path, f"News of the day\n{text}\n")
    assert _actor(facts, name).kind == "organisation"


@pytest.mark.parametrize(("text", "name"), [
    ("A plane carrying Somali-born Qorrax Waberi left Rome for London on Thursday.", "Qorrax Waberi"),  # a birthplace
    ("The president held talks with his Malian counterpart Oumar Kante on gas prices.", "Oumar Kante"),
    ("Tom Fenwick reports from Kigali.", "Tom Fenwick"),  # a reporter, not an outlet
    ("The storm hit the coast on Monday. Qorrin Vasht has more.", "Qorrin Vasht"),  # a correspondent's sign-off
    ("Wanted terrorist Qorrax al-Dhuhul's group claimed the bombing.", "Qorrax al-Dhuhul"),  # what the law calls him
])
def test_a_person_known_by_birthplace_counterpart_or_report(tmp_path: Path, text: str, name: str) -> None:
    facts = _facts_from_text(tmp_path, f"News of the day\n{text}\n")
    assert _actor(facts, name).kind == "person"


def test_a_real_name_given_after_a_nom_de_guerre_is_the_same_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Syria\nWire | 5 June 2024\nKestrel Front leader Abu Hamza al-Varani, whose real name is Omar Tarvel, "
        "said his fighters were ready.\n"))
    assert [(a.name, sorted(a.forms)) for a in facts.actors.values() if a.kind == "person"] == [
        ("Abu Hamza al-Varani", ["Abu Hamza al-Varani", "Omar Tarvel"])]


def test_capitals_spelling_a_person_s_initials_are_that_person_but_the_body_after_the_stays_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Gulf\nWire | 5 June 2024\nCrown Prince Kamal bin Tarek met the envoy in Vesna on Wednesday.\n"
        "KBT told reporters the kingdom wanted calm. Ida Marie Falk said the IMF would lend.\n"))
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")) == [
        ("IMF", "organisation"), ("Ida Marie Falk", "person"), ("Kamal bin Tarek", "person")]
    assert [facts.actors[s.actor].name for s in facts.statements][:1] == ["Kamal bin Tarek"]


def test_a_person_s_initials_given_a_title_are_still_that_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Vote\nWire | 3 June 2024\nThe result means continuity for the current president Ana María López Ortega.\n"
        "Reactions followed, from her supporter, the still president AMLO, to leaders of the left.\n"))
    assert [(a.name, sorted(a.aliases)) for a in facts.actors.values() if a.kind == "person"] == [
        ("Ana María López Ortega", ["AMLO"])]


def test_an_alias_after_also_known_as_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "News of the day\nQorrax Waberi, also known as Dhuhul Abtidoon, was charged on Monday.\n")
    assert all(a.kind != "organisation" for a in facts.actors.values())


def test_a_sentence_is_dated_by_its_period_not_by_the_year_it_is_compared_with(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Kestrel Mutual profit dips\n"
        "Date: 1989-10-30\n\n"
        "Profit for the third quarter dropped to $12.4 million from $19.8 million a year ago.\n"
        "Turnover climbed to $2 billion from $1.6 billion a year ago.\n"
    ))
    assert facts.sentence_dates.get(0) == "1989-Q3"
    assert 1 not in facts.sentence_dates  # nothing in it happened a year ago


def test_a_player_s_country_in_brackets_makes_no_body_of_the_player(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Results\nWomen's singles, third round: Petra Vesna (Slovenia) beat Marta Kolar (Austria) 7-6 3-6 6-4.\n"
        "The Mission for Peace (MFP) said on Friday that aid had arrived.\n"
    ))
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Petra Vesna") == "person" and kinds.get("Marta Kolar") == "person", kinds
    assert kinds.get("Mission for Peace") == "organisation"


def test_neither_nor_says_or_does_nothing(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Takeover\nNeither Lars Perlman nor Rita Price said he spends much time on the takeover.\n"
        "Lars Perlman said the board would meet.\n"
    ))
    assert [(f.actor, f.sent) for f in facts.statements + facts.deeds] == [("lars perlman", 1)]


def test_when_a_debt_falls_due_dates_nothing_that_happened(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Debt swap\nDate: 1989-10-30\n\n"
        "Holders of its 7 3/8% subordinated debentures, due June 30, 2009, have chosen to swap them for stock.\n"
        "The firm placed $250 million of bonds due 2001 on Friday.\n"
    ))
    assert 0 not in facts.sentence_dates
    assert facts.sentence_dates[1] == "1989-10-27"


def test_the_quarter_is_the_one_the_text_named_last(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Kestrel Mutual profit dips\nDate: 1989-11-01\n\n"
        "Kestrel Mutual made $2.7 million in the third quarter.\n"
        "Loans rose 4% in the quarter.\n"
    ))
    assert facts.sentence_dates[1] == "1989-Q3"
    old_town = _facts_from_text(tmp_path, "Shelling\nDate: 2018-09-03\n\nResidents of the quarter fled.\n")
    assert old_town.sentence_dates == {}  # no quarter of a year was named: a part of a town


def test_at_least_opening_a_sentence_is_its_figure_not_an_opening_clause(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Strike\nWire | 12 April 2023\nAt least 50 people, including children, were killed in the air strike on "
        "Kestrow village in the Valmora region, witnesses said.\n"))
    assert set(_claim(facts, "50").anchors) == {"Kestrow", "Valmora"}


def test_a_party_s_member_or_a_nationality_said_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Poll\n\nRepublican Donald Trump and Democrat Kamala Harris are tied in Pennsylvania, a poll found on "
        "Saturday.\n\nSocial Democrat Olaf Scholz said the budget would pass.\n\nRussian Daniil Medvedev said he "
        "was tired.\n\nShares of American Eagle Outfitters fell 3% on Friday.\n\nFrench-Swedish Anne L’Huillier "
        "won the prize.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")] == [
        ("Donald Trump", "person"), ("Kamala Harris", "person"), ("Olaf Scholz", "person"),
        ("Daniil Medvedev", "person"), ("American Eagle Outfitters", "organisation"), ("Anne L’Huillier", "person")]


def test_a_creed_said_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Oath\n\nSelf-avowed Marxist Tarvo Kel Oskanaya of the People's Front took his oath on Monday.\n\n"
        "The Marxist Workers Party welcomed the result.\n"))
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")] == [
        ("Tarvo Kel Oskanaya", "person"), ("People's Front", "organisation"), ("Marxist Workers Party", "organisation")]


def test_a_body_a_state_s_adjective_follows_the_is_no_person_but_a_runner_so_named_is(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Blasts in Beirut\nWire | 18 September 2024\n"
                             "The Lebanese Red Cross said more than 50 ambulances were dispatched to treat the injured.\n"
                             "Then the Kenyan Faith Kipyegon said she was ready for the final.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Faith Kipyegon", "person"), ("Red Cross", "organisation")]


def test_a_named_body_s_kind_before_a_comma_makes_no_body_of_the_speaker_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Dam destroyed\nWire | 6 June 2023\n"
                             "Ukrainian President Volodymyr Zelenskiy called an emergency meeting.\n"
                             "In a video address to a summit of the Bucharest Nine group, Zelenskiy said Russia had "
                             "controlled the dam.\n")
    assert [(a.name, a.kind) for a in facts.actors.values() if "Zelenskiy" in a.name] == [
        ("Volodymyr Zelenskiy", "person")]


def test_a_title_whose_field_is_plural_is_no_one_s_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Pagers\nWire | 18 September 2024\n"
                             "“There is foul play,” Lebanon’s Telecoms Minister, Johnny Corm, told Bloomberg by phone.\n")
    assert [(a.name, a.roles) for a in facts.actors.values() if a.kind == "person"] == [
        ("Johnny Corm", [("Lebanon’s Telecoms Minister", 0)])]


def test_the_name_one_goes_by_inside_the_full_one_is_the_same_person_after_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Riots\nWire | 9 January 2023\n"
                             "The attacks came only a week after the inauguration of Luiz Inácio Lula da Silva, who "
                             "defeated Bolsonaro in a runoff election in October.\nOn Sunday afternoon, a visibly "
                             "irritated president Lula condemned the acts.\n")
    assert "Lula" in _actor(facts, "Luiz Inácio Lula da Silva").forms


@pytest.mark.parametrize(("text", "people"), [
    # "Princess" is one title, not "Princes" in the plural
    ("Family\nWire | 8 September 2022\nShe leaves 12 great-grandchildren, including Prince Tarvo and Princess Kelsa "
     "Osk.\n", [("Tarvo", [("Prince", 0)]), ("Kelsa Osk", [("Princess", 0)])]),
    # a crown before "and" is another person's, no part of the next title (but a field before "and" is)
    ("Queen\nWire | 8 September 2022\nThe Queen and Prince Tarvo’s four children were at her bedside.\nThe Energy "
     "and Mines Minister Dana Holt spoke.\n", [("Tarvo", [("Prince", 0)]), ("Dana Holt", [("Energy and Mines Minister", 1)])]),
    # what a person is "of" that the article names as a place is no body of theirs
    ("Manhunt\nWire | 26 October 2023\nThe search for 40-year-old Dana Holt continued on Thursday.\nPolice searched "
     "a house in Tarvel, Maine, near the city.\nThe 40-year-old Holt of Tarvel was suspected of injuring 13 people.\n",
     [("Dana Holt", [])]),
])
def test_the_titles_people_are_given(tmp_path: Path, text: str, people: list[tuple[str, list[tuple[str, int]]]]) -> None:
    facts = _facts_from_text(tmp_path, text)
    assert [(a.name, a.roles) for a in facts.actors.values() if a.kind == "person"] == people


def test_a_body_of_a_titled_person_is_the_body_and_the_title_after_of_is_his(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Cult\nWire | 24 April 2023\n"
                             "The bodies were found in a forest owned by Good News International Church of Pastor "
                             "Tarvo Kel, police said.\n")
    assert [(a.name, a.kind, a.roles) for a in facts.actors.values()] == [
        ("Good News International Church", "organisation", []), ("Tarvo Kel", "person", [("Pastor", 0)])]


def test_an_agency_s_credit_is_no_one_s_initials(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nWire | 18 December 2023\n"
                             "Chileans rejected a constitution to replace one imposed by dictator Augusto Pinochet.\n"
                             "Chileans have rejected it for the second time in a year [Esteban Felix/AP\n")
    assert sorted(_actor(facts, "Augusto Pinochet").aliases) == []


def test_a_body_called_a_nation_of_its_faith_that_speaks_is_one_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "March\nWire | 16 October 1995\n"
                             "Louis Farrakhan, the leader of the Nation of Islam, spoke in Chicago on Sunday.\n"
                             "The Nation of Islam said its members would march on Washington.\n")
    assert [(a.name, a.kind) for a in facts.actors.values() if a.kind in ("person", "organisation")] == [
        ("Louis Farrakhan", "person"), ("Nation of Islam", "organisation")]


def test_a_name_opening_the_clause_after_a_body_s_kind_and_a_comma_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Liberated\nWire | 17 October 2017\n"
                             "In an address a day after the killing of two commanders of the rebel alliance, Duterte said "
                             "the city was free. He allied with the main opposition party, Juntos por el Cambio, in May.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Duterte", "surname"), ("Juntos por el Cambio", "organisation")]


def test_a_name_taking_a_plural_verb_is_a_side_or_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Transfer\nWire | 4 August 2017\n"
                             "Paris Saint-Germain have officially confirmed the signing of Barcelona's Neymar. "
                             "Paris Saint-Germain said the fee was paid. Smith and Jones have signed too.\n")
    assert [(a.name, a.kind) for a in facts.actors.values() if "Paris" in a.name] == [
        ("Paris Saint-Germain", "organisation")]


def test_a_live_page_s_stamps_and_an_office_s_qualifier_name_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Sinkhole\nWire | 12 February 2014\n"
                             "UPDATED 7:15 PM -- Eight cars fell into the sinkhole, museum staff said.\n\n"
                             "UPDATED 2:29 PM -- Security footage has been released.\n\n"
                             "8.00AM AEDT TUE: Flowers are being laid in the square.\n\n"
                             "7.00AM AEDT TUE: Three people are dead.\n\n"
                             "Fed Chairman Ben S. Bernanke and Vice Chairman Donald Kohn joined by phone.\n\n"
                             "Durban – Former president Jacob Zuma has been given five days to hand himself over.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [
        ("Ben S. Bernanke", "person"), ("Donald Kohn", "person"), ("Fed", "organisation"), ("Jacob Zuma", "person")]


def test_a_commander_cut_short_is_a_title_and_a_body_s_initials_open_no_one_s_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Tower fire\nWire | 16 June 2017\n"
                             "Metropolitan Police Commander Stuart Cundy said 30 people had died. "
                             "Cdr Cundy said the search would take weeks. NHS England said the patients were treated "
                             "in six hospitals. Seventeen are in critical care, NHS England has said.\n")
    assert sorted((a.name, a.kind, sorted(a.forms)) for a in facts.actors.values() if a.kind != "place") == [
        ("NHS England", "organisation", ["NHS England"]),
        ("Stuart Cundy", "person", ["Cundy", "Stuart Cundy"])]


def test_a_state_s_adjective_listed_with_a_person_before_a_title_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Summit\nWire | 12 June 2018\n"
                             "US President Donald Trump and North Korean leader Kim Jong Un signed a document on "
                             "Tuesday. Trump said a North Korean official would follow up.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Donald Trump", "Kim Jong Un"]


def test_places_by_a_dateline_s_credit_a_thing_declared_nearby_and_a_hotel(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Liberated\nWire | 17 October 2017\n"
                             "Metro Manila (CNN Philippines, October 17) — President Rodrigo Duterte on Tuesday declared "
                             "Marawi City liberated. Helton Pereira, 28, waited outside a hospital in nearby Belo Horizonte – "
                             "his wife worked at the dam. Commandos fought to secure the iconic Taj Mahal hotel.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind != "place") == [
        ("Helton Pereira", "person"), ("Rodrigo Duterte", "person")]


def test_a_band_a_frontman_a_player_a_goal_is_for_and_a_state_that_was(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Finals\nWire | 15 May 2022\n"
                             "Kalush Orchestra beat 24 competitors in the final in Turin. Frontman Oleh Psiuk thanked "
                             "the crowd. In 1986 Maradona set up the late winner for Jorge Burruchaga in a 3-2 victory "
                             "over West Germany in the final.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values() if a.kind != "place") == [
        ("Jorge Burruchaga", "person"), ("Kalush Orchestra", "organisation"), ("Oleh Psiuk", "person"),
        ("West Germany", "state")]


def test_words_opening_a_sentence_before_a_name_or_a_people_are_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Strike\nWire | 17 August 2012\n"
                             "Suddenly, a group of miners rushed through the haze. Poor South Africans protest daily "
                             "for basic services. Indeed Apple Computer Inc said its phone would ship in June.\n")
    assert sorted((a.name, a.kind) for a in facts.actors.values()) == [("Apple Computer Inc", "organisation")]


def test_a_sum_in_ringgit_glued_to_its_number_is_no_one_s_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Verdict\nWire | 28 July 2020\nThe case involved RM42 million of funds taken "
                             "from SRC International Sdn Bhd. The RM42 million was never repaid, RM42 million said.\n")
    assert [a.name for a in facts.actors.values()] == ["SRC International Sdn Bhd"]


def test_what_her_own_body_does_after_a_comma_is_no_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Jailed\nWire | 11 October 2011\n"
                             "Former prime minister Yulia Tymoshenko was jailed on Tuesday. Tymoshenko, her hair plaited "
                             "intricately around her head and wearing a beige dress, declined to stand.\n")
    assert [r for r, _ in _actor(facts, "Yulia Tymoshenko").roles] == ["Former prime minister"]


def test_a_name_whose_kind_is_told_by_which_after_it_is_a_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Reward\nWire | 27 February 2018\n"
                             "“We are shocked,” Ringier Axel Springer, the publisher for which Kuciak worked, told "
                             "reporters on Monday.\n")
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Ringier Axel Springer", "organisation")]


def test_a_land_s_adjective_is_no_short_name_of_a_body_it_opens(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Jailed\nWire | 11 October 2011\n"
                             "The European Commission said it was deeply disappointed. “I will fight for Ukraine, for its "
                             "European future,” she said.\n")
    assert [(a.name, sorted(a.forms)) for a in facts.actors.values() if a.kind == "organisation"] == [
        ("European Commission", ["European Commission"])]


def test_initials_that_are_not_a_name_s_in_brackets_after_it_define_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Verdict\nWire | 19 December 2019\n"
                             "The court convicted Sukarno Dicay (PCI) and Bahnarin Kamaong (PSupt) on Thursday.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "organisation"] == []


def test_software_by_its_name_and_a_movement_s_followers_in_capitals_are_no_actors(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Phone\nWire | 9 January 2007\n"
                             "The device has a touchscreen, OS X operating system, Safari Web browser, Wi-Fi and Bluetooth. "
                             "In Nairobi 68 people were killed by Somali al Shabaab Islamists, the Kenyan Red Cross said.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind in ("person", "organisation")) == ["Red Cross"]


def test_a_clause_a_machine_and_a_consulate_after_a_name_make_no_person_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Coup\nWire | 4 July 2013\n"
                             "In a video posted later on the Internet, Morsi insisted he remained Egypt's president. "
                             "Gbagbo's arrest came after days of fighting, during which French and U.N. helicopters "
                             "fired rockets at his residence. Jean Claude Louis spoke outside the General Consulate of "
                             "Haiti in Miami.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Jean Claude Louis"]


def test_a_councillor_cut_short_is_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Council\nWire | 18 November 2013\n"
                             "His brother Coun. Doug Ford and Coun. David Shiner voted against the motion. "
                             "Cllr Jane Smith agreed with them.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == [
        "David Shiner", "Doug Ford", "Jane Smith"]


def test_a_page_s_call_to_its_reader_is_no_part_of_a_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Grounded\nWire | 30 October 2011\nHave you been affected by the grounding? "
                             "Tell ABC News Online. How well do you know the airline? Take ABC News Online's quiz.\n")
    assert [a.name for a in facts.actors.values()] == ["ABC News Online"]


def test_a_kind_of_body_said_with_a_possessive_is_said_whole(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Crisis\nWire | 15 September 2008\nIt was a desperate attempt by the world's "
                             "biggest insurer AIG to borrow US$40 billion.\n")
    assert [k for k, _ in _actor(facts, "AIG").kinds_said] == ["world's biggest insurer"]


def test_an_undated_sentence_s_own_day_left_unread_is_not_replaced_by_a_year_it_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Jailed\nA Ukrainian court on Tuesday sentenced Yulia Tymoshenko to seven "
                             "years in prison over a 2009 gas deal with Russia. Her trial began in June 2011.\n")
    assert [(e.date, e.sent) for e in facts.events] == [("2011-06", 1)]
    # (a day given in full beside the weekday dates the story: "on Tuesday" is that Tuesday)
    summit = _facts_from_text(tmp_path, "Summit\nDonald Trump met Kim Jong Un at their summit in Singapore on Tuesday "
                              "(June 12, 2018). A Ukrainian court on Tuesday sentenced a man over a 2009 gas deal.\n")
    assert [(e.date, e.sent) for e in summit.events] == [("2018-06-12", 0), ("2018-06-12", 1)]


def test_a_prison_or_a_plaza_is_no_person_though_a_given_name_opens_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Sentenced\nWire | 24 August 2012\nBreivik will be taken back to Oslo's Ila "
                             "Prison, where he has been held in isolation. The death toll in the collapse of the "
                             "eight-storey Rana Plaza rose to 265.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_name_said_with_a_possessive_after_a_title_s_comma_holds_no_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Arrest\nWire | 20 November 2018\nNissan is preparing to sack Mr Ghosn. "
                             "Nissan’s recovery, said Mr Saikawa, was thanks to many people. Mr Ghosn is also chief "
                             "executive of Renault, Nissan's French partner. The Nissan statement said so.\n")
    assert "Nissan" not in [a.name for a in facts.actors.values() if a.kind == "person"]


def test_a_town_the_region_it_lies_in_follows_is_a_place_not_a_source(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Bankrupt\nWire | 3 December 2001\nEnron filed a lawsuit against Dynegy, "
                             "reports from Houston, Texas, said.\n")
    assert _actor(facts, "Houston").kind == "place"


def test_an_energy_trader_named_by_one_word_is_a_firm(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Bankrupt\nWire | 3 December 2001\nThe lawsuit accuses fellow Houston energy "
                             "trader Dynegy of wrongfully terminating a merger. Veteran trader Smith said so.\n")
    assert (_actor(facts, "Dynegy").kind, _actor(facts, "Smith").kind) == ("organisation", "person")


def test_a_foreman_is_a_title_and_a_title_s_word_after_first_names_a_family_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Rescue\nWire | 13 October 2010\nForeman Florencio Avalos, 31, was the first "
                             "of the miners to ride up the shaft. Martin Luther King Jr. gave a speech in Washington. "
                             "Billie Jean King won the final in Paris.\n")
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == [
        "Billie Jean King", "Florencio Avalos", "Martin Luther King Jr"]
    assert [r for r, _ in _actor(facts, "Florencio Avalos").roles] == ["Foreman"]


def test_a_family_name_alone_is_the_subject_s_when_a_relative_is_named_once_in_full(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, (
        "Verdict\nThe Wire | 12 September 2014\n"
        "Oscar Pistorius was found guilty of culpable homicide on Friday. Judge Thokozile Masipa said Oscar Pistorius "
        "had acted negligently. \"We remain deeply affected,\" Arnold Pistorius, the athlete's uncle, said. "
        "Pistorius will be sentenced next month.\n"))
    assert _actor(facts, "Oscar Pistorius").forms == {"Oscar Pistorius", "Pistorius"}


def test_a_revolution_is_no_person_though_a_given_name_opens_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Kiev\nWire | 22 February 2014\nTymoshenko, a key figure in Ukraine's 2004 "
                             "Orange Revolution, was released from prison.\n")
    assert "Orange Revolution" not in [a.name for a in facts.actors.values()]


def test_a_virus_or_a_syndrome_named_for_a_place_or_a_finder_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Zika\nWire | 1 February 2016\nThe WHO declared the Zika virus a global "
                             "emergency. Zika has spread to 20 countries. Doctors suspect a link to the neurological "
                             "condition known as Guillain-Barre syndrome.\n")
    assert sorted(a.name for a in facts.actors.values()) == ["WHO"]


def test_a_word_said_with_the_before_it_each_time_is_no_one_s_name(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Verdict\nWire | 12 September 2014\n\"We remain deeply affected,\" Arnold "
                             "Pistorius, the Paralympian's uncle, said outside the courtroom.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Arnold Pistorius"]


def test_a_page_s_separator_ends_a_title_and_a_counted_title_is_an_adjective(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Court\nWire | 9 November 2019\nNairobi, Kenya | AFP | Kenya’s opposition "
                             "leader Raila Odinga on Friday hailed the ruling. It was delivered by a 5-judge "
                             "Constitution bench headed by Chief Justice Ranjan Gogoi.\n")
    assert [r for r, _ in _actor(facts, "Raila Odinga").roles] == ["Kenya’s opposition leader"]
    assert sorted(a.name for a in facts.actors.values() if a.kind == "person") == ["Raila Odinga", "Ranjan Gogoi"]


def test_a_weekday_pins_no_year_far_from_every_year_the_article_names(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Landslide\nFerdinand Marcos Jr won a landslide presidential election victory "
                             "on Tuesday, 10 May. His parents had been chased into exile in 1986.\n")
    assert facts.ref is None  # (10 May was a Tuesday in 1988, but nothing says the story is of 1987 to 1989)


def test_an_auditor_or_a_fintech_star_named_by_one_word_is_a_firm(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Wirecard\nWire | 23 June 2020\nWirecard was plunged into turmoil when its "
                             "auditor EY refused to sign off its accounts. It served UK fintech stars Monzo and "
                             "Revolut. Auditor Smith said so.\n")
    assert {a.name: a.kind for a in facts.actors.values() if a.name not in ("UK", "Wirecard")} == {
        "EY": "organisation", "Monzo": "organisation", "Revolut": "organisation", "Smith": "person"}


def test_a_given_name_before_a_word_no_list_gives_as_a_family_name_opens_no_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Abuse\nWire | 26 February 2019\nThe Cardinal was managing the church's "
                             "response to abuse by priests through the \"Melbourne Response\", which he set up. "
                             "Essex took control after Nasser Hussain and Peter Such gave them a firm grip.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Nasser Hussain", "Peter Such"]


def test_a_clause_after_a_name_s_comma_gives_no_title_and_a_park_named_for_a_prince_is_no_person(
        tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Fraud\nWire | 29 June 2009\nTwo weeks after Norma Hill invested her savings "
                             "with Bernard Madoff, she came to the then-trusted money manager with news. Thousands "
                             "gathered in Sydney's Prince Alfred Park.\n")
    assert _actor(facts, "Bernard Madoff").roles == []
    assert "Alfred Park" not in [a.name for a in facts.actors.values()]


def test_a_body_s_wing_is_a_body_and_a_player_s_wing_a_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Protest\nWire | 30 August 1996\nPolice met a protest organised by Herri "
                             "Batasuna, the political wing of Basque separatist group ETA. Star right wing Pavel Bure "
                             "scored twice.\n")
    assert (_actor(facts, "Herri Batasuna").kind, _actor(facts, "Pavel Bure").kind) == ("organisation", "person")


def test_the_sides_of_a_result_line_are_clubs_though_a_given_name_opens_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Soccer\nWire | 30 August 1996\nSouthampton 0 Aston Villa 1 (Townsend 34).\n"
                             "Hansa Rostock 1 Werder Bremen 2.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []
    assert _actor(facts, "Aston Villa").kind == "organisation"


def test_a_place_named_after_the_capital_s_comma_or_one_of_many_cities_holds_no_title(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Sworn in\nWire | 28 June 2020\nSaulos Chilima was sworn in as vice-president "
                             "at a ceremony in the capital, Lilongwe. Boris Nemtsov was governor of one of Russia's "
                             "biggest cities, Nizhny Novgorod, in the 1990s. The mayor of the city, John Smith, "
                             "welcomed him. But on the other side of Tarvia’s sprawling capital, Tarvograd, another "
                             "opposition candidate who had been favored in polls called the results a fraud.\n")
    assert {n: _actor(facts, n).kind for n in ("Lilongwe", "Nizhny Novgorod", "John Smith", "Tarvograd")} == {
        "Lilongwe": "place", "Nizhny Novgorod": "place", "John Smith": "person", "Tarvograd": "place"}


def test_other_opening_a_sentence_is_no_part_of_the_name_after_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Impeached\nWire | 12 March 2004\nOther Uri Party members broke into tears. "
                             "Another Uri Party lawmaker wept.\n")
    assert [a.name for a in facts.actors.values()] == ["Uri Party"]


def test_a_year_a_relative_clause_in_the_future_tells_of_dates_no_past_news(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Capsule\nThe spacecraft parted ways with the capsule and retreated to its "
                             "extended mission, which will feature encounters with two more asteroids, in 2026 and "
                             "2031. The agency will launch a second probe in 2028. Her deputy was sworn in as "
                             "president for the rest of her term, which ends in 2030.\n")
    assert [(e.date, e.sent) for e in facts.events] == [("2028", 1)]


def test_a_day_the_news_came_ahead_of_dates_none_of_it(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Sworn in\nWire | 28 June 2020\nSpeaking ahead of Saturday's results, Mr "
                             "Mutharika said he found the election unacceptable. The commission announced the results "
                             "on Saturday.\n")
    assert [(e.date, e.sent) for e in facts.events] == [("2020-06-27", 1)]


def test_an_outlet_told_something_and_named_with_its_kind_is_no_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Resigns\nWire | 3 September 2015\nThe judge granted the request, Attorney "
                             "General Thelma Aldana told Canal Antigua television.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Thelma Aldana"]


def test_a_firm_named_for_its_trade_in_the_plural_is_a_firm_when_it_speaks(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Fine\nWire | 22 May 2023\nMeta Platforms said it would appeal. Harlow Foods "
                             "said sales rose.\n")
    assert {a.name: a.kind for a in facts.actors.values()} == {
        "Meta Platforms": "organisation", "Harlow Foods": "organisation"}


def test_an_illness_by_its_initials_or_by_its_cases_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "SARS\nWire | 15 March 2003\nThe UN health agency has had reports of 150 new "
                             "suspected cases of severe acute respiratory syndrome, or SARS. The WHO said SARS was a "
                             "worldwide threat. SARS has spread to Canada. A man was infected with Ebola. Ebola has "
                             "killed 20. No one would speculate on the case of Louis Farrakhan, Farrakhan said. "
                             "The SARS outbreak has killed 15 people since it was diagnosed in Canada.\n")
    assert sorted(a.name for a in facts.actors.values()) == ["Canada", "Louis Farrakhan", "UN", "WHO"]


def test_a_place_named_for_someone_after_the_is_no_person(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Bomb\nWire | 17 January 2019\nThe target, the General Santander school, is one "
                             "of the most protected sites. Police stand outside the General Santander police academy. "
                             "Flights left the Jose Marti airport. General Ana Ruiz said so.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Ana Ruiz"]


def test_a_plural_title_is_shared_across_the_ages_of_the_names_it_lists(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Death\nWire | 31 August 1997\nPrince Charles broke the news to their sons, "
                             "Princes William, 15, and Harry, 12.\n")
    assert [r for r, _ in _actor(facts, "Harry").roles] == ["Prince"]


def test_a_family_name_told_his_is_not_kept_from_a_full_name_of_no_known_sex(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nWire | 1 April 2015\nOpposition leader Muhammadu Buhari has been "
                             "declared the winner. President Jonathan called General Muhammadu Buhari to congratulate "
                             "him. Buhari's wife Aisha Buhari welcomed the result. Buhari said he was grateful.\n")
    assert _actor(facts, "Muhammadu Buhari").forms == {"Muhammadu Buhari", "Buhari"}


def test_an_undated_story_is_of_the_latest_full_day_it_names_when_it_tells_of_that_weekday(tmp_path: Path) -> None:
    caption = "An aerial view shows debris left after the tsunami hit Hitachinaka city on March 11, 2011."
    facts = _facts_from_text(tmp_path, f"Massive quake batters Japan\n\n{caption}\n{caption}\nAFP/Getty Images\n\n"
                             "A magnitude 8.9 quake slammed Japan's northeastern coast Friday, unleashing a wall of "
                             "water. Authorities said at least 60 people were killed.\n")
    assert [(e.date, e.sent) for e in facts.events] == [("2011-03-11", 0)]
    other = _facts_from_text(tmp_path, "Quake\nA quake slammed the coast Saturday. The last one struck on March 11, "
                             "2011.\n")
    assert other.ref is None  # (March 11, 2011 was a Friday)
    to_come = _facts_from_text(tmp_path, "Resigns\nCongress voted on Thursday to accept his resignation. The deputy "
                               "will stay in office until the winner is inaugurated Jan. 14, 2016.\n")
    assert to_come.ref is None  # (a Thursday, but one to come)


def test_a_name_before_an_archipelago_or_an_island_in_the_lower_case_is_a_place(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Missing\nWire | 1 June 2009\nThe plane left radar contact beyond Brazil's "
                             "Fernando de Noronha archipelago. Rescuers flew from the Marcus Gomes island.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == []


def test_a_creed_s_adjective_opening_a_sentence_is_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Siege\nWire | 18 December 1996\nLeftist rebels held 490 hostages. Maoist "
                             "fighters fled. Analyst Dana Holmquist said so.\n")
    assert [a.name for a in facts.actors.values()] == ["Dana Holmquist"]


def test_a_wire_s_dateline_gives_the_day_and_the_reading_its_year(tmp_path: Path) -> None:
    path = tmp_path / "upi.txt"
    path.write_text("Siege ends\n\nPESHAWAR, Pakistan, Dec. 16 (UPI) — At least 126 people were killed Tuesday when "
                    "gunmen stormed a school.\n", encoding="utf-8")
    article = parse_article(tmp_path, path, path.read_bytes())
    assert article is not None and article.date is None
    facts = extract(article, month=date(2014, 12, 1))
    assert facts.ref == date(2014, 12, 16)
    assert [(e.date, e.sent) for e in facts.events] == [("2014-12-16", 0)]
    assert extract(article).ref is None  # (alone, the day has no year)


def test_a_day_given_as_one_of_two_ends_whichever_comes_first_is_a_deadline(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Exit\nWire | 11 September 2020\nOn Friday the chief executive said he would "
                             "remain in the top job until a successor was found or March 31, whichever was earlier.\n")
    assert [(e.date, e.sent) for e in facts.events] == [("2020-09-11", 0)]


def test_a_text_called_by_its_kind_alone_is_no_actor(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Resigns\nWire | 21 May 1998\nThe president said that according to the "
                             "Constitution, his deputy would serve out the term. The Charter says so.\n")
    assert list(facts.actors) == []


def test_a_land_s_part_named_in_the_plural_is_a_place_not_its_members(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Dig\nWire | 4 February 2013\nThe king's remains were found in a car park in "
                             "the East Midlands. The Dallas Cowboys won.\n")
    assert {a.name: a.kind for a in facts.actors.values()} == {"East Midlands": "place", "Dallas Cowboys": "organisation"}


def test_a_body_s_head_opening_a_sentence_before_of_is_kept(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Rates\nWire | 19 March 2024\nBank of Japan Governor Kazuo Ueda proposed "
                             "ending negative rates. The central bank said so.\n")
    assert [r for r, _ in _actor(facts, "Kazuo Ueda").roles] == ["Bank of Japan Governor"]


def test_an_eyewitness_or_a_bystander_is_titled_so(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Floods\nWire | 20 November 2009\nEyewitness Brendan Pickering said the bridge "
                             "collapsed. Bystander Ana Ruiz saw it.\n")
    assert {n: [r for r, _ in _actor(facts, n).roles] for n in ("Brendan Pickering", "Ana Ruiz")} == {
        "Brendan Pickering": ["Eyewitness"], "Ana Ruiz": ["Bystander"]}


def test_capitals_right_after_a_time_of_day_are_its_zone_no_body(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Holden\nWire | 11 December 2013\nThe minister was informed just before 2pm "
                             "(AEDT) of the decision. He will speak in Adelaide at 3.30pm (AEDT). At 7:20am ET the "
                             "rocket left, NASA said.\n")
    assert [a.name for a in facts.actors.values() if a.kind != "place"] == ["NASA"]


def test_a_slogan_quoted_after_its_kind_is_no_one(tmp_path: Path) -> None:
    facts = _facts_from_text(tmp_path, "Vote\nWire | 1 April 2015\nThousands poured into the streets, shouting campaign "
                             "slogan \"Sai Buhari\" (\"Only Buhari\"). Opposition leader Muhammadu Buhari won, officials "
                             "said.\n")
    assert [a.name for a in facts.actors.values() if a.kind == "person"] == ["Muhammadu Buhari"]

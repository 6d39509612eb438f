"""Topics: the subjects a corpus keeps returning to, never a phrase said in passing."""

from __future__ import annotations

from pathlib import Path

from bot.build import build
from bot.lookup import Index, load_index


def _topics(tmp_path: Path, articles: dict[str, str]) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "briefs", cache_dir=None)
    return [t.name for t in load_index(tmp_path / "briefs").briefs.topics]


def test_the_seeds_subjects_are_their_places_and_key_phrase(seed_index: Index) -> None:
    names = [t.name for t in seed_index.briefs.topics]
    assert "Idlib" in names and "de-escalation zones" in names


def test_a_phrase_said_once_in_one_article_is_no_subject_but_one_said_three_times_is(tmp_path: Path) -> None:
    names = _topics(tmp_path, {"a": (
        "Auto workers expand strike\nMotor Desk | 29 September 2023\n"
        "The union on Friday expanded its strike against two carmakers, calling 7,000 more workers out.\n"
        "Shawn Fain, the union's president, said the strike would go on. Mr Fain's trip follows weeks of talks.\n"
        "The strike began on Sept. 15 at one plant each of the three companies.\n"
    )})
    assert names == ["strike"]


def test_a_possessive_never_opens_a_subject(tmp_path: Path) -> None:
    text = ("Leaders meet in Beijing\nPolitical Desk | 6 November 2023\n"
            "Albanese's trip to Beijing was the first in seven years. Albanese's trip ended on Monday.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("first", "second")})
    assert not any("'s" in n or "’s" in n for n in names)
    assert "Beijing" in names


def test_a_town_is_named_whole_and_a_direction_or_a_groups_word_is_no_subject(tmp_path: Path) -> None:
    text = ("Siege\nWire | 14 June 2024\nThe Rapid Support Forces have besieged El Fasher in North Darfur for weeks. "
            "Fighting in El Fasher and North Darfur killed dozens, the Rapid Support Forces said. "
            "The siege of El Fasher goes on in North Darfur.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("dozens", "scores")})
    assert "El Fasher" in names
    assert not {"fasher", "north", "rapid"} & set(names)


def test_a_continent_that_only_sets_the_scene_is_no_subject(tmp_path: Path) -> None:
    text = ("Coalition talks\nWire | 2 June 2024\nThe way forward is complicated for Africa's most advanced "
            "economy. Investors in Africa watched the talks in Pretoria. Leaders across Africa called Pretoria. "
            "Talks in Pretoria resume on Monday.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Monday", "Tuesday")})
    assert "Pretoria" in names and "Africa" not in names


def test_what_happened_is_no_subject_and_a_word_of_every_story_comes_last(tmp_path: Path) -> None:
    text = ("Results\nWire | 14 June 2024\nShares of Harlow fell 6% on Tuesday after the results were released. "
            "The share price fell again as bills proposed by the board were rejected, and people sold shares. "
            "Investors said the share price fell because bills proposed earlier were poor, people said. "
            "The board found fault, and the board found no buyer.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("6%", "8%")})
    assert not {"fell", "released", "bills proposed", "earlier", "board found"} & set(names)
    assert len({n.rstrip("s") for n in names}) == len(names)  # not "share" beside "shares"
    assert names.index("people") > max(names.index("bills"), names.index("results"))  # a word of every story, last


def test_an_ordinal_or_a_describing_word_is_no_subject_alone(tmp_path: Path) -> None:
    text = ("Count\nWire | 5 June 2024\nThe leading party fell short of a majority for a third term. "
            "Its third term is in doubt, and the leading party is short of seats. The party is leading in 220 seats.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("220", "221")})
    assert not {"third", "short", "leading"} & set(names)
    assert "third term" in names


def test_a_match_s_clock_and_halves_are_no_subjects(tmp_path: Path) -> None:
    text = ("Draw\nWire | 5 June 2024\nHalden scored in the 50th minute, two minutes after the break, and the "
            "second half went away from the hosts. The hosts scored in the final minutes of the half.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("50th", "52nd")})
    assert not {"half", "minutes", "minute", "away"} & set(names)
    assert "hosts" in names


def test_a_body_s_initials_open_no_subject(tmp_path: Path) -> None:
    text = ("Siege\nWire | 14 June 2024\nThe Vesna Liberation Front (VLF) besieged Harlow. VLF fighters shelled "
            "Harlow on Monday, and VLF fighters shelled Harlow again, residents said.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Monday", "Tuesday")})
    assert "vlf fighters" not in names and "fighters" in names


def test_how_a_body_is_described_before_its_name_is_no_subject(tmp_path: Path) -> None:
    text = ("Deal\nWire | 28 October 2023\nTruck maker Harlow Motors reached a pay deal with the union on Saturday. "
            "Truck maker Harlow Motors said the pay deal was fair. The union said the pay deal would end the strike.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Saturday", "Sunday")})
    assert not {"truck maker", "maker harlow"} & set(names)
    assert "pay deal" in names


def test_two_pairs_of_one_run_of_words_are_one_subject(tmp_path: Path) -> None:
    text = ("Deal\nWire | 28 October 2023\nThe union reached a tentative contract agreement on Saturday. "
            "Members will vote on the tentative contract agreement next week. The tentative contract "
            "agreement raises pay by 25%.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Saturday", "Sunday")})
    assert len({"tentative contract", "contract agreement"} & set(names)) == 1


def test_a_region_s_people_is_no_subject(tmp_path: Path) -> None:
    text = ("Summit\nPolitical Desk | 6 November 2023\n"
            "European leaders met in Harlow on the tariffs. European ministers said the tariffs would stay.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("met", "gathered")})
    assert "european" not in [n.lower() for n in names] and "tariffs" in names


def test_a_subject_is_named_as_the_text_writes_it(tmp_path: Path) -> None:
    text = ("Storm\nWeather Desk | 26 October 2023\n"
            "Hurricane Vesna battered the coast of Harlow on Wednesday. Roads to the data center were cut after "
            "Hurricane Vesna made landfall. The data center was closed.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Wednesday", "Thursday")})
    assert "Hurricane Vesna" in names and "data center" in names


def test_a_verb_the_stories_share_is_no_subject_but_a_thing_they_name_is(tmp_path: Path) -> None:
    text = ("Result\nWire | 9 December 2016\n"
            "“We declare Dana Holt the winner,” the board said, as the rescue went on. Holt won 5,716,026 votes "
            "representing 53.85 percent of valid votes cast. “I declare Holt president,” its chairman said of the "
            "rescue. Turnout was 68% in early trading, and 12 children voted.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("9 December", "10 December")})
    assert not {"declare", "representing", "cast"} & set(names)
    assert {"rescue", "children", "trading"} <= set(names)


def test_a_pair_a_verb_opens_is_no_subject_but_a_thing_an_adjective_opens_is(tmp_path: Path) -> None:
    text = ("Verdict\nWire | 9 December 2016\nA court found guilty the officers of the junta that seized power in 2021. "
            "The junta seized power in a coup, and a jury found guilty two of its generals. Uninsured depositors fled "
            "as uninsured depositors feared losses, and the armed groups said armed groups would fight. Cyclone Kel "
            "caused major damage to roads, and images showed scenes of devastation, so lawmakers moved ahead.\n"
            "Heavily armed gangs took the port, and armed gangs fled. The army said it had seized control of a town.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("9 December", "10 December")})
    assert not {"found guilty", "seized power", "caused major", "showed scenes", "moved ahead", "seized control"} & set(
        names)
    assert {"uninsured depositors", "armed groups", "armed gangs"} <= set(names)


def test_a_word_one_article_took_for_a_place_is_no_place_of_the_stories_that_use_it_as_a_word(tmp_path: Path) -> None:
    topics = _topics(tmp_path, {
        "a": "Feast\nThe church celebrates January first as its World Day of Peace, the bishop said.\n",
        "b": "Talks\nThe envoy said peace talks would resume in Varosh next week.\n",
        "c": "Accord\nLeaders signed the peace accord in Varosh on Monday, officials said.\n",
        "d": "Vote\nVoters backed the peace deal by a wide margin, the commission said.\n",
    })
    assert "Peace" not in topics and "Varosh" in topics


def test_a_place_and_its_name_written_with_a_hyphen_are_one_topic(tmp_path: Path) -> None:
    text = ("Siege\nWire | 14 June 2024\nFighting raged in El Varsh on Monday and the army shelled El Varsh again. "
            "Residents of el-Varsh fled, and aid for el-Varsh was blocked.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("Monday", "Tuesday")})
    assert [n for n in names if "varsh" in n.lower()] == ["El Varsh"]


def test_a_pair_cut_out_of_a_longer_name_is_no_subject(tmp_path: Path) -> None:
    text = ("Heist\nCulture Desk | 26 October 2025\n"
            "The blow was compared to the fire at Notre Dame Cathedral. The museum is a short walk from Notre Dame "
            "Cathedral. Shares fell as the benchmark Hang Seng index slid. The crown jewels were stolen.\n")
    names = _topics(tmp_path, {"a": text, "b": text.replace("October", "November")})
    assert "crown jewels" in names
    assert not {"Dame Cathedral", "benchmark hang"} & set(names)
    # a sentence's first word is a capital, name or not: it says nothing either way
    text = ("Ruling\nWire Desk | 29 January 2024\nHong Kong court orders a review of the debts. A Hong Kong court made "
            "the ruling on the debts on Monday. The Hong Kong court said creditors would be paid.\n")
    assert "kong court" not in _topics(tmp_path / "again", {"a": text, "b": text.replace("January", "February")})

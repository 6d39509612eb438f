"""Bugs found in review, pinned so they stay fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cards
from bot.build import build
from bot.config import ConfigError, load_settings
from bot.lookup import Index
from bot.replies import amount, clip, dispatch, group_header, to_text
from tests.conftest import SEEDS


def test_short_acronyms_do_not_match_long_queries(seed_index: Index) -> None:
    assert not seed_index.who("unicorn").actors
    assert [a.name for a in seed_index.who("sham").actors] == ["Hay’at Tahrir al-Sham", "Jabhat Fatah al-Sham"]


def test_a_longer_prefix_works(seed_index: Index) -> None:
    assert "Sergey Lavrov" in to_text(dispatch(seed_index, "bb!who lavrov", prefix="bb!"))


def test_clip_never_exceeds_its_limit() -> None:
    assert len(clip("N" * 300, 256)) <= 256
    assert clip("N" * 300, 256).endswith("…")


def test_completion_finds_a_word_inside_a_name(seed_index: Index) -> None:
    assert seed_index.complete_actor("pom")[0] == "Mike Pompeo"


def test_a_card_with_an_empty_required_list_round_trips(tmp_path: Path) -> None:
    topic = cards.Topic(id="t", name="T", summary=[])
    (tmp_path / "t.yaml").write_text(cards.dump_yaml(topic), encoding="utf-8")
    import yaml

    assert cards.from_plain(cards.Topic, yaml.safe_load((tmp_path / "t.yaml").read_text()), "t.yaml") == topic


def test_a_build_replaces_briefs_whose_sources_file_is_broken(tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    build(SEEDS, out)
    (out / "sources.yaml").write_bytes(b"\xff\xfe: [unclosed")
    with pytest.raises(cards.CardError, match=r"sources\.yaml"):
        cards.load_briefs(out)
    build(SEEDS, out)
    assert cards.load_briefs(out).sources


def test_a_flat_merge_list_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("curation:\n  merge: ['Walid al-Muallem', 'Walid al-Moallem']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config.yaml:2: 'curation.merge' must be a list of lists"):
        load_settings(path)


def test_an_empty_section_means_its_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("curation:\nbot:\n", encoding="utf-8")
    assert load_settings(path).bot.prefix == "!"


def test_organisations_qualified_by_their_parent_are_one_card(seed_index: Index) -> None:
    council = seed_index.who("security council").actors
    assert len(council) == 1 and {"UN Security Council", "Security Council"} <= {council[0].name, *council[0].aliases}


def test_topics_are_never_actor_names(seed_index: Index) -> None:
    assert not any("tahrir" in t.name.lower() for t in seed_index.briefs.topics)


def test_a_role_never_starts_with_a_time_phrase(seed_index: Index) -> None:
    roles = [r.text for r in seed_index.who("demistura").actors[0].roles]
    assert not any(r.lower().startswith(("last week", "this week")) for r in roles)


def _index_of(tmp_path: Path, articles: dict[str, str]) -> Index:
    """Build a corpus of small articles and load its briefs as the bot would."""
    from bot.lookup import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "briefs", cache_dir=None)
    return load_index(tmp_path / "briefs")


def test_an_agency_named_for_two_things_is_one_card_whoever_owns_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Launch debris survey\nOrbit Ledger | 27 April 2023\n"
             "Wreckage was strewn over 210 acres of marsh, the U.S. Fish and Wildlife Service said on Wednesday.\n"
             "\"No harm to nesting birds has been seen,\" a Fish and Wildlife Service spokesperson said.\n",
        "b": "Groups sue over launch\nTech Report | 2 May 2023\n"
             "The Fish and Wildlife Service said last week that wreckage had been strewn over 190 acres.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors] == [
        ("U.S. Fish and Wildlife Service", "organisation", ["a", "b"])]
    assert index.who("fish and wildlife service").exact


def test_a_body_named_with_its_state_after_it_is_the_bare_body_one_state_has(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Results\nWire | 5 June 2024\nThe Electoral Commission of Kenya released results for 290 seats.\n",
        "b": "Counting\nWire | 4 June 2024\nThe Electoral Commission said on Tuesday that turnout in Kenya was high.\n",
        "c": "Vote\nWire | 4 June 2024\nThe Supreme Court of Kenya and the Supreme Court of Ghana met on Monday. "
             "The Supreme Court ruled on Tuesday.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if "Commission" in a.name] == [
        ("Electoral Commission of Kenya", ["a", "b"])]
    assert sorted(a.name for a in index.briefs.actors if "Court" in a.name) == [
        "Supreme Court", "Supreme Court of Ghana", "Supreme Court of Kenya"]  # two states': neither's


def test_a_body_named_after_a_land_two_states_share_is_the_bare_body_too(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Chaos\nWire | 4 December 2024\nUnity Party of Korea staffers barricaded an entrance on Wednesday.\n"
             "The Unity Party had called in all of its lawmakers for a meeting at 10:50 p.m.\n",
        "b": "Vote\nWire | 14 December 2024\nThe opposition Unity Party holds a majority in parliament.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if "Unity" in a.name] == [
        ("Unity Party of Korea", ["a", "b"])]


def test_a_party_and_its_members_are_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Coalition falls\nWire | 7 November 2024\nThe chancellor dismissed the leader of the Free Democratic Party "
             "on Wednesday.\n",
        "b": "Vote lost\nWire | 16 December 2024\nThe Free Democrats left the coalition in November.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if "Free" in a.name] == [
        ("Free Democratic Party", ["a", "b"])]


def test_a_long_name_written_alike_is_one_actor_of_the_kind_most_stories_give_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Takeover\nWire | 9 December 2024\nA coalition of militia groups led by Hayat Tahrir al-Sham (HTS) "
             "took power.\n",
        "b": "Killings\nWire | 8 March 2025\nThe killings are a major blow to Hayat Tahrir al-Sham, the faction that "
             "led the overthrow.\n",
        "c": "Coast\nWire | 9 March 2025\nAssad, who was ousted by the rebels-turned-rulers Hayat Tahrir al-Sham last "
             "year, drew heavily on the Alawite community.\n",
    })
    assert [(a.name, a.kind) for a in index.briefs.actors if "Hayat" in a.name] == [
        ("Hayat Tahrir al-Sham", "organisation")]


def test_a_person_called_by_the_initials_of_a_full_name_in_another_story_is_that_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Reform\nWire | 11 September 2024\nPresident Andrés Manuel López Obrador praised the vote on Wednesday.\n",
        "b": "Reform\nWire | 12 September 2024\nIn his morning press conference, President AMLO said that the reform "
             "would end corruption.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors if a.kind == "person"] == [
        ("Andrés Manuel López Obrador", "person", ["a", "b"])]


def test_a_compound_family_name_parted_otherwise_is_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Killings\nWire | 8 March 2025\nThe observatory's head, Rami Abdel-Rahman, said the toll would rise.\n",
        "b": "Toll\nWire | 9 March 2025\nRami Abdulrahman, who heads the observatory, said 745 civilians died.\n",
    })
    assert [a.sources for a in index.briefs.actors if a.name.startswith("Rami")] == [["a", "b"]]


def test_a_family_name_s_i_before_a_vowel_written_j_is_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote annulled\nWire | 6 December 2024\nPresident Klaus Iohannis said he was deeply concerned.\n",
        "b": "Rerun\nWire | 9 March 2025\nPresident Klaus Johannis will stay in office until a successor is sworn in.\n",
    })
    assert [a.sources for a in index.briefs.actors if "Klaus" in a.name] == [["a", "b"]]


def test_a_name_with_its_particle_hyphenated_in_one_story_and_spaced_in_another_is_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Crisis\nWire | 5 August 2024\nThe prime minister has resigned, army chief Kamal uz Zaman confirmed.\n",
        "b": "Curfew\nWire | 6 August 2024\nGeneral Kamal-Uz-Zaman promised to hold those responsible accountable.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if "Kamal" in a.name] == [
        ("Kamal-Uz-Zaman", ["a", "b"])]


def test_a_dotted_acronym_joins_the_company_it_abbreviates(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Auto workers expand strike\nMotor Desk | 29 September 2023\n"
             "The union on Friday widened its walkout at General Motors, calling 4,000 more members out.\n"
             "G.M. said the union's demands would cost the company $60 billion over five years.\n"
             "The walkout began on Sept. 15 at one plant of G.M. in Ohio.\n"
             "A version of this article appears in print on Sept. 30, 2023, Section B, Page 3 of the Metro "
             "edition with the headline: Union Widens Walkout. Order Reprints | Today’s Paper | Subscribe\n",
    })
    assert [(a.name, a.kind, a.aliases) for a in index.briefs.actors] == [
        ("General Motors", "organisation", ["G.M."])]


def test_a_body_s_dotted_initials_and_its_bare_ones_are_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Flood toll\nWire | 13 September 2023\n"
             "Othman Abdul Jalil, health minister of the U.N.-recognized government, said 5,300 people died.\n",
        "b": "Relief\nWire | 14 September 2023\nThe UN said aid would reach the city within days.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "organisation"] == [("UN", ["a", "b"])]


def test_a_first_name_alone_spelt_another_way_is_the_one_person_of_that_first_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Death in prison\nWire | 16 February 2024\nOpposition leader Alexei Navalny has died, the prison "
             "service said.\n\"They would not give Alexey's mother the body,\" his spokeswoman said.\n",
    })
    assert [a.name for a in index.briefs.actors if a.kind == "person"] == ["Alexei Navalny"]


def test_a_nickname_with_the_family_name_in_another_article_is_the_same_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Stuck in orbit\nWire | 24 August 2024\nIn early June, astronauts Barry \"Butch\" Wilmore and Sunita "
             "Williams blasted off in Starliner.\n",
        "b": "Ride home\nWire | 25 August 2024\nNASA will bring back Butch Wilmore on a SpaceX capsule.\n",
    })
    assert [a.sources for a in index.briefs.actors if "Wilmore" in a.name] == [["a", "b"]]


def test_a_body_named_for_a_family_is_no_member_of_it_whatever_one_story_took_it_for(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Red Sea\nWire | 12 January 2024\nThe Houthi leader, Abdul Malik al-Houthi, said the group would "
             "respond.\n",
        "b": "Strikes\nWire | 13 January 2024\nThe Houthis said they would keep attacking ships.\n",
        "c": "Shipping\nWire | 14 January 2024\nJets took out Houthi missile storage sites and launchers. It "
             "answers a persistent campaign of Houthi drone and missile attacks on commercial ships.\n",
        "d": "Rally\nWire | 15 January 2024\nHouthi fighters marched in Sanaa. The Houthi militants fired a missile.\n",
    })
    assert sorted((a.name, a.kind) for a in index.briefs.actors if "Houthi" in a.name) == [
        ("Abdul Malik al-Houthi", "person"), ("Houthi", "organisation")]


def test_a_body_named_by_its_members_in_the_singular_and_the_plural_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Landslide\nWire | 5 July 2024\nThe Tories, the party in power for 14 years, conceded defeat.\n",
        "b": "New government\nWire | 5 July 2024\nA dozen Tory cabinet members lost their seats. He quit as Tory "
             "leader.\n",
    })
    assert [a.sources for a in index.briefs.actors if a.kind == "organisation"] == [["a", "b"]]


def test_a_monarch_called_by_his_one_name_in_another_article_is_the_one_of_that_name_and_number(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Royal visit\nWire | 3 November 2024\nA furious crowd tossed mud at King Felipe as he visited the "
             "flooded town.\n",
        "b": "Anger\nWire | 4 November 2024\nKing Felipe VI spoke with protesters in Paiporta.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "person"] == [("Felipe VI", ["a", "b"])]


def test_a_name_opening_with_a_first_name_one_story_takes_for_a_body_is_the_person_of_that_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire | 20 November 2024\nFormer Hong Kong publisher Jimmy Lai testified on Wednesday.\n",
        "b": "Verdict\nWire | 15 December 2025\nMedia tycoon Jimmy Lai said he was innocent.\n",
        "c": "Appeal\nWire | 16 December 2025\nActivist Jimmy Lai will appeal, his lawyer said.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors if a.kind != "state"] == [
        ("Jimmy Lai", "person", ["a", "b", "c"])]


def test_a_name_one_story_lists_with_a_body_is_the_person_the_others_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Result\nWire | 5 July 2024\n\"I congratulate Kestor Varmin and the Unity Party on their victory,\" "
             "the rival said.\n",
        "b": "Result\nWire | 5 July 2024\nSir Kestor Varmin entered the palace as prime minister.\n",
        "c": "Result\nWire | 6 July 2024\nPrime Minister Kestor Varmin named his cabinet on Saturday.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors if a.name.startswith("Kestor")] == [
        ("Kestor Varmin", "person", ["a", "b", "c"])]


def test_a_name_after_a_child_is_no_surname_of_another_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Floods\nWire | 12 September 2023\nOsama Kamil, a spokesman for the ambulance centre, said 5,300 "
             "people had died.\n",
        "b": "Truce\nWire | 28 November 2024\nFor Abu Kamil, a resident of the border village, the ceasefire is a "
             "source of hope. Abu Kamil said he would return.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Abu Kamil", ["b"]), ("Osama Kamil", ["a"])]


def test_a_name_written_family_name_first_in_another_article_is_the_same_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire | 27 October 2024\nPrime Minister Kishida Fumio stepped down in September.\n",
        "b": "Vote\nWire | 28 October 2024\nFormer prime minister Fumio Kishida kept his seat.\n",
    })
    (kishida,) = [a for a in index.briefs.actors if a.kind == "person"]
    assert kishida.sources == ["a", "b"] and {"Kishida Fumio", "Fumio Kishida"} <= {kishida.name, *kishida.aliases}


def test_a_titled_family_name_in_another_article_joins_the_full_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Leaders meet\nPolitical Desk | 6 November 2023\n"
             "Chinese Premier Zhou Minghai met Australian Prime Minister Anthony Albanese in Beijing on Monday.\n",
        "b": "Trade ties restored\nPolitical Desk | 7 November 2023\n"
             "Mr Zhou said ties had \"turned a corner and were steadily warming\".\n",
    })
    (xi,) = index.who("zhou").actors
    assert xi.name == "Zhou Minghai" and xi.sources == ["a", "b"]


def test_a_part_is_never_disputed_with_its_whole(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Quake toll rises\nWire Desk | 10 September 2023\n"
             "At least 1,320 people were hurt in the quake, 610 of them seriously, officials said.\n",
    })
    assert [(g.status, [c.value for c in g.claims]) for g in index.briefs.figures] == [
        ("agreed", [1320]), ("agreed", [610])]


def test_a_total_after_a_change_is_no_other_count_of_the_change(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Results\nWire | 5 June 2024\nThe party lost 62 seats, reducing its total to 240, short of a majority.\n",
    })
    assert sorted((g.status, [c.value for c in g.claims]) for g in index.briefs.figures) == [
        ("agreed", [62]), ("agreed", [240])]


def test_a_figure_naming_no_place_is_the_close_one_that_does(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Star leaves club\nSports Desk | 8 August 2021\n"
             "The forward spent 21 years at the club in Barcelona, the club said.\n"
             "He is expected to earn 35 million euros a year in Paris, the agency said.\n",
        "b": "Farewell\nSports Desk | 9 August 2021\n"
             "The forward cried as he said goodbye after 20 years.\n"
             "Of the deal, 40 million euros would be available for wages, the president said.\n",
    })
    assert sorted((g.status, [c.value for c in g.claims]) for g in index.briefs.figures) == [
        ("agreed", [35_000_000]), ("agreed", [40_000_000]), ("differ", [20, 21])]


def test_a_continent_in_the_lead_is_no_story_s_setting(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Protests\nWire Desk | 25 June 2024\nPolice fired on protesters on Tuesday as unrest threatened to tip "
             "one of Africa's most peaceful states into anarchy, the biggest test in Africa's east in years.\n"
             "Emergency workers said at least five people were killed.\n",
        "b": "Protests\nThe Daily | 26 June 2024\nProtesters stormed parliament in Nairobi on Tuesday, and police "
             "in Nairobi fired on them.\nAmnesty International said at least five people were killed.\n",
    })
    assert [(g.status, [c.value for c in g.claims]) for g in index.briefs.figures] == [("agreed", [5, 5])]


def test_a_person_an_article_names_two_ways_is_what_it_is_about_when_its_figures_are_compared(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire Desk | 4 June 2011\nA court in Cairo sentenced Tarek Marous-Sedki, the former finance "
             "minister, to 30 years in prison on corruption charges. Marous-Sedki was tried in absentia.\n",
        "b": "Verdicts\nThe Daily | 7 June 2011\nThe court acquitted former ministers Abel Tonn, Adam Vess and "
             "Anton Grell. Former finance minister Marrous Sedki was tried in absentia. Tarek Marous-Sedki, 61, was "
             "sentenced to 30 years in prison on June 4.\n",
    })
    assert [(g.status, [c.value for c in g.claims]) for g in index.briefs.figures] == [("agreed", [30, 30])]


def test_a_report_a_wire_service_passes_on_stays_with_the_people_in_it_and_is_found(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Assad flees\nWorld Desk | 8 December 2024\n"
             "Rebels entered Damascus on Sunday and President Bashar al-Assad fled.\n"
             "Russia's state news agency TASS said Assad and his relatives had landed in Moscow, where they were "
             "given asylum.\n",
    })
    (assad,) = index.who("assad").actors
    assert [f.text[:40] for f in assad.said] == []  # he is the one reported on, not the one reporting
    assert any("asylum" in f.text for f in assad.named_in + assad.did)
    assert {f.cite.sentence for f in index.search(["asylum"])} == {1}


def test_a_name_also_known_as_another_and_its_other_spelling_are_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "New leader\nWorld Desk | 16 December 2024\n"
             "On 10 December, Ahmed al-Sharaa (also known as Abu Mohammed al-Jolani), HTS' leader, installed a "
             "caretaker government.\n",
        "b": "Citadel visit\nWorld Desk | 5 December 2024\n"
             "The head of HTS, Abu Mohammad al-Jolani, on Dec. 4 toured the old market of Aleppo.\n",
    })
    people = [a for a in index.briefs.actors if a.kind == "person"]
    assert [(a.name, a.sources) for a in people] == [("Ahmed al-Sharaa", ["a", "b"])]
    assert index.who("jolani").actors == index.who("sharaa").actors


def test_one_sentence_giving_two_values_counts_two_things(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Assembly lifts decree\nWire Desk | 4 December 2024\n"
             "Out of the 300 members of the Assembly, 190 were present, and all voted to lift the decree.\n",
    })
    assert sorted((g.status, [c.value for c in g.claims]) for g in index.briefs.figures) == [
        ("agreed", [190]), ("agreed", [300])]


def test_a_club_named_with_and_without_its_letters_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Star leaves club\nSports Desk | 8 August 2021\n"
             "FC Barcelona said on Thursday that the forward would not stay at the club.\n",
        "b": "Club counts cost\nSports Desk | 9 August 2021\n"
             "On Sunday, Barcelona, the Catalan club, said the deal had been blocked by league rules.\n",
    })
    (club,) = index.who("barcelona").actors
    assert (club.name, club.kind, club.sources) == ("FC Barcelona", "organisation", ["a", "b"])


def test_a_card_with_little_else_shows_sentences_naming_its_actor_from_different_articles_first(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "League rules bite\nSports Desk | 6 August 2021\n"
             "The club blamed La Liga's salary cap regulations for the failure.\n"
             "Critics said La Liga's rules were too strict.\n",
        "b": "Deal under fire\nSports Desk | 7 August 2021\n"
             "Several clubs said La Liga's board had approved a deal with a private equity firm.\n",
    })
    text = to_text(dispatch(index, "!who la liga"))
    named = text.split("Named in:")[1]
    assert named.index("salary cap regulations") < named.index("approved a deal") < named.index("too strict")
    assert "Named in" not in to_text(dispatch(index, "!who mistura"))


def test_a_card_with_little_else_shows_the_sentences_that_date_something_about_its_actor(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Founder convicted\nWire Desk | 3 January 2022\n"
             "The founder of blood testing startup Theranos was convicted of fraud.\n",
        "b": "Verdict\nWire Desk | 4 January 2022\n"
             "The former chief executive of Theranos was not taken into custody.\n"
             "She blamed everyone around her at Theranos.\n"
             "She rose to fame after founding Theranos in 2003.\n",
        "c": "Jury out\nWire Desk | 5 January 2022\n"
             "Jurors weighed the claims made for Theranos machines.\n",
    })
    card = to_text(dispatch(index, "!who theranos"))
    assert "Roles:\n• 2022-01-03 · blood testing startup [1#0]" in card  # what kind of body it is, not what it did
    named = card.split("Named in:")[1]
    assert named.index("founder of blood testing startup") < named.index("in 2003") < named.index("chief executive of")


def test_a_thin_card_shows_a_date_it_has_not_shown_before_another_report_of_the_same_day(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Verdict\nWire Desk | 3 January 2022\n"
             "A jury on Monday convicted the founder of blood testing startup Theranos.\n",
        "b": "Verdict\nCity Desk | 3 January 2022\n"
             "A jury on Monday convicted the founder of Theranos, the court said.\n",
        "c": "Verdict\nTech Desk | 4 January 2022\n"
             "The former chief executive of Theranos was not taken into custody.\n"
             "Jurors heard that tests at Theranos had failed in 2015.\n",
        "d": "Verdict\nBay Desk | 3 January 2022\n"
             "On Monday a jury found Theranos founder Elizabeth Holmes guilty.\n",
    })
    named = to_text(dispatch(index, "!who theranos")).split("Named in:")[1]
    assert "failed in 2015" in named


def test_a_card_with_only_a_quotation_also_shows_the_sentence_it_was_said_in(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Inspectors delayed\nWire Desk | 1 September 2022\n"
             "The Interfax-Ukraine news agency said the inspectors were held up at a checkpoint, waiting "
             "\"for it to be safe\".\n",
    })
    text = to_text(dispatch(index, "!who interfax-ukraine"))
    assert "for it to be safe" in text.split("Named in:")[0]
    assert "held up at a checkpoint" in text.split("Named in:")[1]


def test_a_person_named_with_a_middle_name_in_one_article_is_the_same_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Mission sets off\nWire Desk | 31 August 2022\n"
             "Agency chief Rafael Grossi said on Wednesday the mission would go ahead.\n",
        "b": "Mission arrives\nWire Desk | 1 September 2022\n"
             "The agency's director general, Rafael Mariano Grossi, said on Thursday he had seen what he needed.\n",
    })
    (grossi,) = index.who("grossi").actors
    assert grossi.sources == ["a", "b"]


def test_a_middle_name_spelt_two_ways_is_still_one_person_s(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Talks\nWire Desk | 31 August 2022\nEnvoy Karim Varsani said on Wednesday the talks would go ahead.\n",
        "b": "Talks\nWire Desk | 1 September 2022\n"
             "The envoy, Karim Abdullah Varsani, said on Thursday he had seen what he needed.\n",
        "c": "Talks\nWire Desk | 2 September 2022\n"
             "The envoy, Karim Abdulla Varsani, said on Friday he would stay two more days.\n",
    })
    (envoy,) = index.who("varsani").actors
    assert envoy.sources == ["a", "b", "c"]


def test_a_name_with_one_more_middle_name_is_the_same_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire Desk | 25 March 2024\nOpposition leader Bassiro Diomé Fale won the vote, and Fale said "
             "he would fight corruption. His rival Ousmane Tall conceded.\n",
        "b": "Vote\nThe Daily | 26 March 2024\n\"I congratulate President Bassiro Diomé Diakhar Fale on his "
             "victory,\" his rival said.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Bassiro Diomé Diakhar Fale", ["a", "b"]), ("Ousmane Tall", ["a"])]


def test_longer_names_of_the_same_words_in_another_order_or_with_more_are_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire Desk | 1 March 2023\nThe commission declared Bola Tarvo Kelani the winner, and Kelani "
             "said he would unite the country.\n",
        "b": "Vote\nThe Daily | 1 March 2023\nCandidate Bola Kelani Tarvo won 8.8 million votes, the commission "
             "said.\n",
        "c": "Vote\nThe Post | 2 March 2023\nThe candidate of the ruling party, Asiwaju Bola Tarvo Kelani, won.\n",
        "d": "Vote\nThe Times | 2 March 2023\nPresident-elect Bola Kelani said he would unite the country.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "person"] == [
        ("Asiwaju Bola Tarvo Kelani", ["a", "b", "c", "d"])]


@pytest.mark.parametrize(("articles", "body"), [
    # a firm named with "and" or with an ampersand
    ({"a": "Profile\nWire Desk | 5 August 2024\nHe began at the San Francisco office of Halvor and Brenta LLP in 1998.\n",
      "b": "Profile\nThe Daily | 6 August 2024\nHis career began at Halvor & Brenta LLP, where he worked until 2002.\n"},
     "Halvor and Brenta LLP"),
    # a police force named with or without "Department"
    ({"a": "Charges\nWire Desk | 26 January 2023\nFive officers of the Tarvel Police Department were charged on "
           "Thursday, the department said.\n",
      "b": "Charges\nThe Daily | 27 January 2023\nThe video of the arrest by Tarvel Police will be released on Friday, "
           "the Tarvel Police said.\n"},
     "Tarvel Police Department"),
])
def test_a_body_named_two_ways_is_one_body(tmp_path: Path, articles: dict[str, str], body: str) -> None:
    index = _index_of(tmp_path, articles)
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "organisation"] == [(body, ["a", "b"])]


def test_a_royal_body_named_without_royal_is_the_same_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Final\nWire Desk | 21 August 2023\nThe president of the Royal Tarvian Football Federation (RTFF) "
             "greeted the players.\n",
        "b": "Final\nThe Daily | 22 August 2023\nThe Tarvian Football Federation said it would open an inquiry.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("Royal Tarvian Football Federation", ["a", "b"])]


def test_a_body_named_with_the_initials_of_the_rest_of_its_name_is_the_same_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Mutiny\nWire Desk | 24 June 2023\nFighters of the Varga Private Military Company marched north.\n",
        "b": "Mutiny\nThe Daily | 25 June 2023\nThe Varga PMC said its columns had turned back.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("Varga Private Military Company", ["a", "b"])]


def test_a_name_left_without_its_middle_and_spelt_another_way_is_one_person_but_not_a_name_only_alike(
        tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire Desk | 4 June 2011\nThe former interior minister, Halim al-Asdy, has been sentenced to "
             "12 years. Former trade minister Omar Hussein was acquitted. Tribal leader Ali al-Tamri was freed.\n",
        "b": "Trial\nThe Daily | 7 June 2011\nFormer Interior Minister Halim Tarek el-Asdi was sentenced to 12 years "
             "in jail, and former tourism minister Omar Hassan Kadir to five. Oil minister Ibrahim Ali al-Tumrei "
             "resigned.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Ali al-Tamri", ["a"]), ("Halim Tarek el-Asdi", ["a", "b"]), ("Ibrahim Ali al-Tumrei", ["b"]),
        ("Omar Hassan Kadir", ["b"]), ("Omar Hussein", ["a"])]


def test_a_family_name_misspelt_in_one_story_is_the_person_the_others_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Coup\nWire Desk | 28 July 2023\nSoldiers detained President Ibrahim Tandoum in Zarma on Wednesday.\n",
        "b": "Coup\nThe Daily | 29 July 2023\nThe bloc told the junta to free President Ibrahim Tandoum.\n",
        "c": "Coup\nNews Online | 30 July 2023\nThe guards who detained President Ibrahim Tandouw want him tried.\n",
        "d": "Vote\nWire Desk | 3 August 2023\nCoach Peter Halsen named Peter Halsey in his side.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Ibrahim Tandoum", ["a", "b", "c"]), ("Peter Halsen", ["d"]), ("Peter Halsey", ["d"])]


def test_mr_of_a_surname_is_not_the_one_woman_of_that_name_the_corpus_has(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire Desk | 15 August 2023\nFirst lady Ilona Varga visited Tarvel on Tuesday.\n",
        "b": "Aid\nWire Desk | 16 August 2023\n\u201cWe will be there,\u201d Mr. Varga said on Wednesday.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "person") == ["Ilona Varga", "Varga"]


def test_a_family_name_alone_says_no_sex_though_it_be_a_man_s_first_name_too(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Verdict\nWire Desk | 30 December 2021\nSocialite Anna Maxwell was found guilty on Wednesday.\n",
        "b": "Verdict\nWire Desk | 30 December 2021\nAnna Maxwell, daughter of tycoon Robert Maxwell, was convicted."
             " Maxwell's lawyer spoke to reporters.\n",
    })
    assert {a.name: a.aliases for a in index.briefs.actors if a.kind == "person"}["Robert Maxwell"] == []


def test_one_word_that_is_no_one_s_name_is_one_actor_whatever_one_story_titled_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Chips\nWire Desk | 27 January 2025\nTarvex, the world leader in accelerated computing, lost ground.\n",
        "b": "Chips\nWire Desk | 27 January 2025\nThe chipmaker Tarvex said on Monday its shares fell 17%.\n",
        "c": "Chips\nWire Desk | 28 January 2025\nShares of Tarvex fell again as Tarvex said its sales held up.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors] == [("Tarvex", "organisation", ["a", "b", "c"])]


def test_a_woman_s_first_name_is_no_man_s_surname_spelt_nearly_so(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Oil\nWire Desk | 15 August 2005\nMinister William Lara said on Monday output would rise.\n",
        "b": "Visit\nWire Desk | 16 August 2005\nFirst lady Laura Bush visited a school in Ohio on Tuesday.\n",
        "c": "Trip\nWire Desk | 17 August 2005\nThe president and his wife Laura arrived in Moscow on Wednesday.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Laura Bush", ["b", "c"]), ("William Lara", ["a"])]


def test_a_body_s_name_written_short_is_the_same_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Bank\nWire Desk | 10 March 2023\nThe Tarvel Deposit Insurance Corporation took over the bank on Friday.\n",
        "b": "Bank\nWire Desk | 11 March 2023\nThe Tarvel Deposit Insurance Corp. said on Saturday deposits were safe.\n",
    })
    assert [(a.kind, a.sources) for a in index.briefs.actors] == [("organisation", ["a", "b"])]


def test_a_body_of_a_state_written_short_or_in_full_is_one_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire Desk | 3 November 2023\nThe verdict was a victory for the United States Labour "
             "Department, officials said on Friday.\n",
        "b": "Trial\nWire Desk | 4 November 2023\nIt was a US Labour Dept. victory, officials said on Saturday.\n",
    })
    assert [(a.kind, a.sources) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("organisation", ["a", "b"])]


def test_first_names_run_together_or_apart_are_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Floods\nWire Desk | 14 September 2023\nMayor Abdulmenam al-Harithi said the city was suffering.\n",
        "b": "Floods\nWire Desk | 15 September 2023\nThe mayor of Darvel, Abdel-Moneim al-Harithi, said the toll "
             "could climb.\n",
    })
    assert [(a.kind, a.sources) for a in index.briefs.actors if a.kind == "person"] == [("person", ["a", "b"])]


def test_a_name_of_three_is_the_person_of_its_first_two_and_its_last_two(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire Desk | 13 January 2024\nPresident-elect Peter Lai Tsong-wei thanked voters on Saturday.\n",
        "b": "Vote\nWire Desk | 13 January 2024\nPresident-elect Peter Lai thanked voters on Saturday.\n",
        "c": "Vote\nWire Desk | 14 January 2024\nPresident-elect Lai Tsong-wei met envoys on Sunday.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "person"] == [
        ("Peter Lai Tsong-wei", ["a", "b", "c"])]


def test_two_stories_seat_counts_that_differ_are_no_dispute_unless_both_say_whose(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Results\nWire Desk | 5 June 2024\nThe Civic Union Party lost ground in the north. The count left the bloc "
             "with 62 seats.\n",
        "b": "Results\nWire Desk | 5 June 2024\nThe Civic Union Party won 99 seats in the 543-member parliament.\n",
        "c": "Results\nWire Desk | 6 June 2024\nThe Civic Union Party won 97 seats in the 543-member parliament, the "
             "final count showed.\n",
    })
    seats = sorted((g.status, sorted(c.value for c in g.claims)) for g in index.briefs.figures
                   if g.label.endswith("seats"))
    assert seats == [("agreed", [62]), ("disputed", [97, 99])]


def test_one_story_s_shares_of_a_vote_are_its_candidates_not_a_dispute(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire Desk | 13 January 2024\nThe commission said Tomas Varga won 40.2 percent of the vote on "
             "Saturday. The results also showed that the opposition had trailed with 33.4 percent of the vote.\n",
    })
    assert sorted(g.status for g in index.briefs.figures) == ["agreed", "agreed"]


def test_a_suffix_written_out_or_short_and_a_hard_c_for_a_k_are_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Final\nWire Desk | 1 June 2024\nStriker Tomas Varga Junior scored twice on Saturday, and midfielder "
             "Niclas Brandmeier hit the post.\n",
        "b": "Final\nWire Desk | 2 June 2024\nStriker Tomas Varga Jr. was the hero on Saturday, and midfielder "
             "Niklas Brandmeier was unlucky.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Niklas Brandmeier", ["a", "b"]), ("Tomas Varga Junior", ["a", "b"])]


def test_a_state_card_goes_by_the_states_common_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Treaty text\nWire Desk | 31 August 2022\n"
             "The treaty between the Russian Federation and the Republic of Ukraine was signed in 1997.\n",
        "b": "Talks\nWire Desk | 1 September 2022\nUkraine said on Thursday that Russia had shelled the plant.\n",
    })
    assert sorted((a.name, a.kind) for a in index.briefs.actors) == [("Russia", "state"), ("Ukraine", "state")]


def test_sums_that_say_nothing_of_what_they_pay_are_not_one_disputed_figure(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Deal\nBusiness Desk | 4 March 2021\nThe firm paid $370 million for the mine in Nevada on Monday.\n",
        "b": "Deal\nBusiness Desk | 5 March 2021\nIts rival spent $648.2 million on plants in Nevada on Tuesday.\n",
    })
    assert [g.status for g in index.briefs.figures] == ["agreed", "agreed"]


def test_one_article_giving_two_counts_is_no_dispute_with_itself(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Toll\nWire Desk | 4 March 2021\nNearly 900 people were killed in Goma, the WHO said on Monday.\n"
             "Officials said 1,500 people were killed in Goma in all.\n",
    })
    assert [g.status for g in index.briefs.figures] == ["differ"]


def test_a_name_transliterated_two_ways_is_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire Desk | 30 August 2022\nThe mission met Ukrainian President Vladimir Zelensky on Tuesday.\n",
        "b": "Visit\nWire Desk | 31 August 2022\nUkrainian President Volodymyr Zelenskyy said on Wednesday he was hopeful.\n",
    })
    (person,) = [a for a in index.briefs.actors if a.kind == "person"]
    assert person.sources == ["a", "b"]


@pytest.mark.parametrize(("one", "other"), [("Ebrahim Tarvani", "Ibrahim Tarvani"),
                                            ("Aleksandr Varnenko", "Alexander Varnenko"),
                                            ("Yevgeny Varnenko", "Evgeny Varnenko")])  # ("y" before the vowel)
def test_a_name_s_opening_vowel_and_its_x_may_be_written_another_way(tmp_path: Path, one: str, other: str) -> None:
    index = _index_of(tmp_path, {
        "a": f"Visit\nWire Desk | 30 August 2022\nThe mission met President {one} on Tuesday.\n",
        "b": f"Visit\nWire Desk | 31 August 2022\nPresident {other} said on Wednesday he was hopeful.\n",
    })
    (person,) = [a for a in index.briefs.actors if a.kind == "person"]
    assert person.sources == ["a", "b"]


def test_a_family_name_alone_is_the_one_person_two_spellings_of_a_full_name_make(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire Desk | 30 August 2022\nThe mission met President Ebrahim Tarvani on Tuesday.\n",
        "b": "Visit\nWire Desk | 31 August 2022\nPresident Ibrahim Tarvani said on Wednesday he was hopeful.\n",
        "c": "Visit\nWire Desk | 1 September 2022\nPresident Tarvani was returning from a ceremony on Thursday.\n",
    })
    (person,) = [a for a in index.briefs.actors if a.kind == "person"]
    assert person.sources == ["a", "b", "c"]


@pytest.mark.parametrize(("first", "second", "name"), [
    # a federation's state says whose a department is, named by its field first or last
    ("The California Department of Financial Protection and Innovation closed the bank on Friday.",
     "The bank tried to raise capital, the state Financial Protection and Innovation Department said in a filing.",
     "California Department of Financial Protection and Innovation"),
    # a party's initials alone are the party named by them
    ("The new VK Party of former leader Tarvo Osk won 14% of the vote.",
     "VK said on Sunday it would challenge the results in court.", "VK Party"),
])
def test_a_body_named_two_ways_in_two_articles_is_one_body(tmp_path: Path, first: str, second: str, name: str) -> None:
    index = _index_of(tmp_path, {"a": f"Report\nWire Desk | 10 March 2023\n{first}\n",
                                 "b": f"Report\nWire Desk | 11 March 2023\n{second}\n"})
    (body,) = [a for a in index.briefs.actors if a.kind == "organisation"]
    assert (body.name, body.sources) == (name, ["a", "b"])


def test_a_body_s_name_cut_short_is_the_body_the_corpus_names_in_full(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Match\nSports Desk | 2 October 2015\nCorvale rallied to sink West Tarbrook Albion 3-2 on Monday.\n",
        "b": "Table\nSports Desk | 3 October 2015\nWest Tarb's defeat dropped them to 15th on Tuesday. West Tarb "
             "play Corvale again next month.\n",
    })
    (club,) = index.who("tarb").actors
    assert (club.name, club.sources) == ("West Tarbrook Albion", ["a", "b"])


def test_a_hyphenated_family_name_is_the_same_two_words_spelt_another_way(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire Desk | 4 June 2011\nA court sentenced Tarek Marous-Sedki, the former finance minister, "
             "to 30 years in prison. Marous-Sedki was tried in absentia on Saturday.\n",
        "b": "Trial\nThe Daily | 7 June 2011\nThe court acquitted former finance minister Marrous Sedki of charges of "
             "squandering public funds on Tuesday.\n",
    })
    (person,) = [a for a in index.briefs.actors if a.kind == "person"]
    assert person.sources == ["a", "b"]


def test_names_spelt_with_a_doubled_letter_or_q_for_k_are_one_actor_and_a_long_group_name_too(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Strike\nWire Desk | 28 September 2024\nKedmollah leader Hasan Tarrani was killed on Friday, "
             "the army said. His deputy Naim Qadiri said on Saturday that Kedmollah would fight on.\n",
        "b": "Raids\nThe Daily | 1 October 2024\nKidmullah chief Hassan Tarrani was buried on Tuesday. "
             "Sheikh Naim Kadiri said on Monday that Kidmullah was ready.\n",
    })
    assert sorted((a.kind, a.sources) for a in index.briefs.actors) == [
        ("organisation", ["a", "b"]), ("person", ["a", "b"]), ("person", ["a", "b"])]


def test_a_body_spelt_the_british_or_the_american_way_is_one_organisation(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "War\nWire Desk | 2 October 2025\nAt least 40,000 people have died, according to the World Health "
             "Organisation. The Ministry of Defence said on Thursday it would respond.\n",
        "b": "War\nThe Daily | 3 October 2025\nThe World Health Organization said on Friday 460 people were killed. "
             "The Ministry of Defense said on Friday it had responded.\n",
    })
    assert sorted(a.sources for a in index.briefs.actors if a.kind == "organisation") == [["a", "b"], ["a", "b"]]


def test_a_toll_reported_rising_is_no_dispute(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Quake\nWire Desk | 29 March 2025\nThe death toll from the earthquake has soared to 1,210, officials said.\n",
        "b": "Quake\nThe Daily | 3 April 2025\nThe death toll from the earthquake has risen to 2,180, state radio said.\n",
    })
    (toll,) = [g for g in index.briefs.figures if g.label.startswith("death toll")]
    assert (toll.status, [c.value for c in toll.claims]) == ("differ", [1210, 2180])


def test_a_body_count_and_a_death_toll_are_one_toll(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Quake\nWire Desk | 29 March 2025\nThe body count in Tarvel has risen to over 4,300, officials said.\n",
        "b": "Quake\nThe Daily | 3 April 2025\nThe death toll in Tarvel has risen to 7,108, state radio said.\n",
    })
    assert [(g.label, [c.value for c in g.claims]) for g in index.briefs.figures] == [
        ("death toll (Tarvel)", [4300, 7108])]


def test_a_sum_is_labelled_by_what_it_is_not_by_what_befell_things_near_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Rebuilding\nWire Desk | 29 March 2025\nAn estimate projects that $5.5 billion will be needed to repair "
             "damaged areas in Tarvel, officials said.\n",
    })
    assert [g.label for g in index.briefs.figures] == ["expected ($) (Tarvel)"]


def test_the_same_sum_reported_twice_is_one_figure_and_a_firm_is_no_place_it_was_counted_in(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Sentence\nWire Desk | 28 March 2024\nTomas Reyes was sentenced for taking $8 billion from "
             "customers of the Vexa cryptocurrency exchange. Vexa said on Thursday it would pay. "
             "Forfeiture after the collapse of Vexa came to $11 billion.\n",
        "b": "Sentence\nThe Daily | 29 March 2024\nThe court found that Vexa customers lost $8 billion, the judge said.\n",
    })
    (stolen,) = [g for g in index.briefs.figures if g.claims[0].value == 8e9]
    assert [c.cite.source for c in stolen.claims] == ["a", "b"]
    assert all("Vexa" not in g.anchors for g in index.briefs.figures)


def test_a_party_is_its_members(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire Desk | 5 July 2024\nThe Conservative Party said on Friday it had lost. The Democratic Party "
             "said on Friday it was watching.\n",
        "b": "Vote\nThe Daily | 5 July 2024\nThe Conservatives said on Friday that they would regroup. The Democrats "
             "said on Friday that they welcomed the result.\n",
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "organisation") == [
        ("Conservative Party", ["a", "b"]), ("Democratic Party", ["a", "b"])]


def test_a_person_s_spokesman_makes_no_body_of_the_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "War\nWire Desk | 3 October 2024\nNetanyahu spokesman Omer Dostri said no deal was near. "
             "Netanyahu spokesman Omer Dostri added that talks continued.\n",
        "b": "War\nThe Daily | 4 October 2024\nIsraeli Prime Minister Benjamin Netanyahu said on Friday the war would go on.\n",
    })
    assert [a.name for a in index.briefs.actors if a.kind == "organisation"] == []


def test_short_names_spelt_alike_stay_two_organisations(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Results\nWire Desk | 2 May 2024\nThe electronics group Sony said on Thursday profit rose.\n",
        "b": "Results\nThe Daily | 3 May 2024\nThe machinery group Sany said on Friday profit fell.\n",
    })
    assert {"Sony", "Sany"} <= {a.name for a in index.briefs.actors if a.kind == "organisation"}


def test_the_missing_and_the_wounded_are_two_quantities_however_the_second_is_said(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Depot blast toll\nEFE | 27 September 2023\n"
             "There are also 105 people unaccounted for after the explosion at the depot, officials said on Tuesday.\n"
             "The number of wounded remains 290, of which 131 are in hospitals in Armenia.\n",
        "b": "Blast victims flown out\nThe Journal | 26 September 2023\n"
             "The number of injured exceeds 200, the health ministry said on Monday.\n",
    })
    groups = {tuple(c.value for c in g.claims): (g.status, {c.counts for c in g.claims}) for g in index.briefs.figures}
    assert groups[(105.0,)] == ("agreed", {"people"})
    assert groups[(200.0, 290.0)] == ("differ", {"people"})  # people injured, however said


def test_a_body_named_in_full_and_then_without_its_first_word_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Shooting\nWire | 3 March 2024\nA fourth victim has died, according to Vesna State Police. "
             "Five women were wounded, State Police said on Sunday.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if "Police" in a.name] == [
        ("Vesna State Police", ["State Police"])]


def test_each_states_ministry_is_its_own_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Village taken\nWire | 3 March 2024\nRussia's Defence Ministry said on Sunday its forces had taken the "
             "village. Ukraine's Defence Ministry denied it on Sunday.\n",
        "b": "Fighting goes on\nWire | 4 March 2024\nThe Russian Defence Ministry said on Monday that the fighting went on. "
             "The Defence Ministry gave no figures.\n",
        "c": "Blast victims flown out\nWire | 26 September 2023\nArmenia's health ministry said a helicopter brought "
             "some blast victims to Yerevan on Tuesday.\n",
    })
    ministries = sorted((a.name, sorted(a.aliases)) for a in index.briefs.actors if "Ministry" in a.name)
    assert ministries == [
        ("Armenia's Health Ministry", []), ("Defence Ministry", []),
        ("Russian Defence Ministry", ["Russia's Defence Ministry"]), ("Ukraine's Defence Ministry", []),
    ]


def test_a_state_s_body_named_before_or_after_it_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Rates raised\nWire | 3 March 2024\nSri Lanka's Central Bank raised rates on Monday. The Church of "
             "England and the Church of Scotland held a joint service on Sunday.\n",
        "b": "Inflation\nWire | 4 March 2024\nThe Central Bank of Sri Lanka said on Tuesday inflation was 50 percent.\n",
    })
    bodies = sorted((a.name, a.aliases) for a in index.briefs.actors if a.kind == "organisation")
    assert bodies == [("Central Bank of Sri Lanka", ["Sri Lanka's Central Bank"]), ("Church of England", []),
                      ("Church of Scotland", [])]


def test_one_town_spelt_two_ways_has_one_toll(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Siege of the city\nWire | 8 June 2024\nMSF said at least 192 people had been killed in El Fasher.\n",
        "b": "Toll rises\nWire | 23 June 2024\nMSF said the death toll in Al-Fasher has exceeded 260.\n",
    })
    (group,) = index.briefs.figures
    assert (group.label, group.status, [c.value for c in group.claims]) == (
        "people killed (El Fasher)", "differ", [192, 260])


def test_a_states_army_and_its_armed_forces_are_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Commander killed\nWire | 14 June 2024\nSudan's army said on Friday it had killed an RSF commander.\n",
        "b": "Famine\nWire | 4 August 2024\nThe Sudanese Armed Forces (SAF) and the RSF traded accusations on Sunday.\n",
    })
    bodies = [(a.name, a.aliases) for a in index.briefs.actors if "Arm" in a.name]
    assert bodies == [("Sudanese Armed Forces", ["SAF", "Sudan's Army"])]


def test_a_large_figure_an_article_gives_twice_is_one_quantity(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Strike\nWire | 13 September 2024\n\"We walk out at dawn,\" said Ivo Marten, who represents about "
             "27,000 workers in the Northern Valley. The strike will close two yards in the Harwick Bay region "
             "and idle some 27,000 workers. Two people were hurt in Dunmore and two in Kessling.\n",
    })
    workers = [g for g in index.briefs.figures if g.claims[0].counts == "workers"]
    assert [[c.cite.sentence for c in g.claims] for g in workers] == [[0, 1]]


def test_a_surname_spelt_otherwise_joins_the_one_full_name_it_is_close_to(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Sudan\nWire | 13 June 2024\nThe RSF is now led by General Mohamed Hamdan Dagalo. Daglo, a military "
             "leader and wealthy businessman from Darfur, plays a central role in the power struggle.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if a.kind == "person"] == [
        ("Mohamed Hamdan Dagalo", ["Daglo"])]


def test_two_reports_of_a_share_price_fall_are_set_against_each_other(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Shares plunge\nWire | 19 July 2024\nAs of 10 a.m. ET the stock traded 12% lower in New York.\n",
        "b": "Outage\nWire | 19 July 2024\nThe outage hit airlines across Europe. Shares fell nearly 15% on Friday.\n",
    })
    (group,) = index.briefs.figures
    assert (group.label, group.status, [c.value for c in group.claims]) == ("share price fall", "disputed", [12, 15])


def test_an_airline_called_by_its_first_name_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Costs\nWire | 31 July 2024\nDelta Air Lines CEO Ed Bastian says the airline faces $500 million in costs.\n",
        "b": "Cancellations\nWire | 22 July 2024\nThe outage forced Delta to scrap 1,250 flights, Delta CEO Ed Bastian said.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("Delta Air Lines", ["Delta"])]


def test_a_full_name_with_the_mothers_surname_is_the_short_ones_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Count\nWire | 3 June 2024\nPresident-elect Lucia Varela Ortega won 21,408,115 votes.\n",
        "b": "Win\nWire | 3 June 2024\nLucia Varela said she would not fail the country, Mayor Rosa Quiroz said.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if a.name.startswith("Lucia")] == [
        ("Lucia Varela Ortega", ["Lucia Varela"])]


def test_an_article_dated_only_by_its_month_still_dates_its_days(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Candidates shot ahead of the vote\n\nThe Courier | May 2024\n\n"
        "On 29th May, the mayoral candidate Ramiro Solis was killed at a rally in the town of Tepanco.\n"
        "Two other candidates were wounded on Monday, police said.\n")})
    (source,) = index.briefs.sources
    assert (source.date, source.date_basis) == ("2024-05", "dateline, month only")
    assert [e.date for e in index.briefs.timeline] == ["2024-05-29"]


def test_a_share_inside_another_source_s_range_is_no_dispute(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Quick count\n\nThe Wire | June 3, 2024\n\nThe quick count gave Varela between 54.1% and 56.9% of the vote.\n",
        "b": "Final count\n\nThe Post | June 10, 2024\n\nThe final count gave Varela 55.35% of the vote, officials said.\n",
    })
    (group,) = index.briefs.figures
    assert group.status == "differ"
    assert group_header(group).endswith("vote: 54.1 – 56.9%")
    assert [amount(c) for c in group.claims] == ["55.35%", "54.1 – 56.9%"]


def test_a_place_named_once_in_passing_is_not_where_an_article_s_figures_were_counted(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": ("Violence\n\nThe Wire | June 3, 2024\n\n"
              "Official reports state over 30 candidates were killed during the campaign.\n"
              "The front-runner has promised to carry on the work of her mentor.\n"
              "She earned a doctorate studying water use in farming towns in Oregon.\n"),
        "b": ("Siege\n\nThe Post | June 3, 2024\n\n"
              "Fighting around Al Qadir has killed 147 people since May, doctors said.\n"
              "Aid agencies say the siege must end.\n"),
    })
    assert sorted(g.label for g in index.briefs.figures) == ["candidates killed", "people killed (Al Qadir)"]


def test_a_movement_said_in_the_plural_the_singular_or_after_its_state_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Talks\n\nThe Wire | 19 December 2023\n\nAn official said the Houthis are managing indirect contacts.\n",
        "b": "Strike\n\nThe Post | 20 December 2023\n\nA tanker was hit by Yemen's Houthi rebels on Wednesday, the navy said.\n",
        "c": ("Canal\n\nThe Times | 5 February 2024\n\nSince November, Yemeni Houthis have attacked merchant ships. "
              "On Sunday, Yemeni Houthis said they had hit a warship.\n"),
    })
    (houthis,) = [a for a in index.briefs.actors if a.kind == "organisation"]
    assert (houthis.name, houthis.sources) == ("Yemeni Houthis", ["a", "b", "c"])
    assert index.who("houthis").actors == index.who("houthi").actors == (houthis,)


def test_a_nation_s_people_in_the_plural_is_no_movement(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Refugees\n\nThe Wire | 3 September 2018\n\nThe Turks have welcomed Syrian refugees in the past, officials said.\n")})
    assert [a.name for a in index.briefs.actors] == []


def test_a_body_s_usual_initials_join_its_name_spelled_with_of(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Settlement\n\nThe Wire | 24 October 2024\n\n"
        "The US Department of Justice said the owners agreed to pay $102 million on Thursday.\n"
        "The DOJ said the settlement covered its costs, and the DOJ filed the papers in court.\n")})
    assert [(a.name, sorted(a.aliases)) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("US Department of Justice", ["DOJ"])]


def test_a_figure_placed_only_by_its_articles_setting_meets_one_placed_by_its_sentence(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Jailbreak\nWire | 4 March 2024\nOnly around 90 of the Central Prison's estimated 2,700 "
             "inmates were still inside after the assault, a rights group said.\n",
        "b": "Velmora\nWire | 4 March 2024\nGangs stormed prisons in Velmora on Saturday. Almost all of the "
             "estimated 2,900 inmates fled. Velmora was calm on Sunday.\n",
    })
    inmates = [g for g in index.briefs.figures if g.claims[0].counts == "inmates"]
    assert [[c.value for c in g.claims] for g in inmates if g.claims[-1].value > 100] == [[2700, 2900]]


def test_figures_placed_only_by_two_articles_settings_stay_apart(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Syria\nWire | 4 March 2024\nStrikes fell in Aleppo on Saturday. At least 4,000 people were killed. Aleppo "
             "was dark on Sunday.\n",
        "b": "Iraq\nWire | 4 March 2024\nStrikes fell in Mosul on Saturday. At least 3,800 people were killed. "
             "Mosul was dark on Sunday.\n",
    })
    killed = [[c.value for c in g.claims] for g in index.briefs.figures]
    assert killed == [[4000], [3800]]


def test_two_people_s_doings_on_one_day_are_two_events_whatever_group_they_share(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Strike\nWire Desk | 28 September 2024\n"
        "The army announced on Saturday that the head of the group Kataib Sayf, Karim Haddadi, died in the bombing "
        "of Sidon.\n"
        "The supreme leader of Iran, Reza Farahani, urged Muslims on Saturday to support the group Kataib Sayf after "
        "the bombing of Sidon.\n"
        "Kataib Sayf confirmed on Saturday that Karim Haddadi died in the bombing of Sidon.\n")})
    assert [len(e.cites) for e in index.briefs.timeline] == [2, 1]


def test_a_company_named_with_its_legal_form_here_is_the_bare_name_there_that_no_cue_typed(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Suits\nWire Desk | 14 May 2024\nComplaints have been filed against the ship's owner, "
             "Corvane Marine Private Ltd., based in Singapore.\n",
        "b": "Settlement\nThe List | 25 October 2024\nCorvane Marine and the insurer agreed to pay $88.4m on Thursday. "
             "The suit said the collapse was caused by Corvane Marine's careless decisions.\n"
             "Blue Harbour and Grey Dock were named twice. Blue Harbour and Grey Dock were named again.\n",
    })
    assert [(a.name, a.kind, a.sources) for a in index.briefs.actors] == [
        ("Corvane Marine Private Ltd", "organisation", ["a", "b"]), ("Singapore", "state", ["a"])]


def test_close_sums_in_stories_about_different_firms_are_no_dispute(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Korvane results\nWire | 2 November 1989\nKorvane Corp earned $492 million on revenue of $12.97 billion. "
             "Korvane Corp said demand was strong.\n",
        "b": "Belmark results\nWire | 30 October 1989\nBelmark Inc earned $1.7 billion on revenue of $13.6 billion. "
             "Belmark Inc said costs rose.\n",
        "c": "Korvane again\nWire | 3 November 1989\nKorvane Corp revenue was $13.1 billion, Korvane Corp said.\n",
    })
    revenue = [sorted(c.cite.source for c in g.claims) for g in index.briefs.figures if g.claims[0].counts == "$ revenue"]
    assert sorted(revenue) == [["a", "c"], ["b"]]


def test_a_nationality_named_once_before_a_body_does_not_rename_it(tmp_path: Path) -> None:
    story = "The Kotari said on {day} that its fighters had taken the pass. The Kotari have rejected the talks.\n"
    articles = {f"k{i}": f"Pass taken\nWire | {i + 1} March 2024\n" + story.format(day="Monday") for i in range(6)}
    articles["p"] = "Border\nWire | 9 March 2024\nThe Pakistani Kotari said on Friday that its fighters had crossed.\n"
    index = _index_of(tmp_path, articles)
    (kotari,) = [a for a in index.briefs.actors if "Kotari" in a.name]
    assert kotari.name == "Kotari" and "Pakistani Kotari" in kotari.aliases


def test_a_royal_known_by_title_and_one_name_is_not_the_full_named_person_with_that_surname(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Gulf\nWire | 15 August 1990\nPresident Omar Haddani said he would withdraw. King Haddani arrived in "
             "Washington on Tuesday, carrying a message from Omar Haddani.\n",
        "b": "Talks\nWire | 16 August 1990\nKing Haddani met the envoy on Wednesday. Haddani said talks would go on.\n",
    })
    cards = {a.name: sorted(r.text for r in a.roles) for a in index.briefs.actors if a.kind == "person"}
    assert cards.get("Omar Haddani") == ["President"]
    assert cards.get("Haddani") == ["King"]


def test_a_town_most_articles_are_set_in_is_nobody_s_surname(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Siege\nWire | 1 May 2024\nFighting raged in Vardak on Monday, and residents fled to the hills.\n",
        "b": "Aid\nWire | 2 May 2024\nAid convoys arrived in Vardak on Tuesday after a week of shelling.\n",
        "c": "Envoy\nWire | 3 May 2024\nMilitia commander Omar al-Vardaki met the envoys on Wednesday.\n",
        "d": "Talks\nWire | 4 May 2024\nOn Thursday, Vardak said that talks would go on.\n",
    })
    persons = [(a.name, a.aliases, a.mentions) for a in index.briefs.actors if a.kind == "person"]
    assert persons == [("Omar al-Vardaki", [], 1)]


def test_a_town_one_article_took_for_someone_is_no_card_when_others_are_set_in_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Siege\nWire | 1 May 2024\nFighting raged in Kessala on Monday, and residents fled to the hills.\n",
        "b": "Aid\nWire | 2 May 2024\nAid convoys arrived in Kessala on Tuesday after a week of shelling.\n",
        "c": "Talks\nWire | 3 May 2024\nOn Wednesday, Kessala, 54, said that talks would go on.\n",
    })
    assert [a.name for a in index.briefs.actors] == []


def test_a_figure_s_label_says_what_happened_to_what_it_counts(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "War toll\nWire | 2 May 2024\nThe war has killed at least 28,000 people, monitors said on Thursday. "
             "More than 9 million people have fled their homes. Medics treated 140 wounded people on Friday.\n",
    })
    assert sorted(g.label for g in index.briefs.figures) == ["people killed", "people who fled", "wounded people"]


def test_a_count_made_across_the_country_is_the_country_s_not_its_capital_s(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Protests\nWire | 2 May 2024\nAt least 16 people have been killed in clashes across the country since "
             "the vote, a rights group said. Masked men seized a leader in Dalmora on Tuesday. Crowds gathered "
             "in Dalmora again. Protesters across Kenya demand a recount, and leaders ask Kenya to stop.\n",
    })
    assert [g.label for g in index.briefs.figures] == ["people killed (Kenya)"]


def test_a_place_a_sentence_opens_in_anchors_its_figures_and_a_toll_taken_to_a_figure_is_the_death_toll(
        tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Floods\nWire | 2 May 2024\nFlood waters hit Kessala and Kessala again on Monday. Two persons were "
             "killed at Dorna, taking the toll to 31. In Varnia, where the flood toll stood at 26, an estimated "
             "27.50 lakh people have been affected in 12 districts.\n",
    })
    labels = {g.label: [c.value for c in g.claims] for g in index.briefs.figures}
    assert labels["people affected (Varnia)"] == [2_750_000]
    assert labels["death toll (Varnia)"] == [26]
    assert labels["death toll (Dorna)"] == [31]
    (tmp_path / "other").mkdir()
    other = _index_of(tmp_path / "other", {
        "a": "Protests\nWire | 2 May 2024\nMedics reported at least five fatalities in Dorna on Tuesday.\n"})
    assert [g.label for g in other.briefs.figures] == ["fatalities (Dorna)"]


def test_jobs_cut_and_workers_laid_off_say_so_in_their_labels(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Cuts\nWire | 2 May 2024\nThis week, Kestel announced it was cutting 9,000 jobs. "
             "On Tuesday, Vantor laid off 1,300 workers. Vantor hired 200 engineers in March.\n",
    })
    assert sorted(g.label for g in index.briefs.figures) == ["engineers", "jobs cut", "workers laid off"]


def test_hostages_taken_are_a_count_of_their_own(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Raid\nWire | 2 May 2024\nAbout 1,200 people were killed in the raid, and 251 were taken hostage.\n",
        "b": "Talks\nWire | 3 May 2024\nGunmen kidnapped 240 people in the raid, officials said.\n",
    })
    assert sorted((g.label, [c.value for c in g.claims]) for g in index.briefs.figures) == [
        ("people killed", [1200]), ("people taken hostage", [240, 251])]


def test_counts_of_what_happened_on_two_different_days_are_two_quantities(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Market bombing\nWire | 5 May 2024\nA car bomb killed nine people in Karvel on Sunday, police said.\n",
        "b": "Checkpoint attack\nWire | 7 May 2024\nGunmen killed seven people in Karvel on Tuesday, police said.\n",
        "c": "Toll\nWire | 9 May 2024\nThe death toll in Karvel has risen to 60 since the offensive began, medics said.\n",
        "d": "Toll\nWire | 10 May 2024\nThe death toll in Karvel reached 75 on Friday, medics said.\n",
    })
    groups = sorted((g.status, [c.value for c in g.claims]) for g in index.briefs.figures)
    assert groups == [("agreed", [7]), ("agreed", [9]), ("differ", [60, 75])]


def test_two_people_of_one_surname_stay_two_and_a_titled_surname_goes_to_the_one_with_that_office(
        tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire | 2 May 2024\nPresident Tomas Varga arrived in Rome on Monday. Varga said talks went well.\n",
        "b": "Vote\nWire | 3 May 2024\nSenator Ilona Varga voted against the bill on Tuesday. Varga said it was flawed.\n",
        "c": "Summit\nWire | 4 May 2024\nPresident Varga met the envoys on Wednesday.\n",
    })
    cards = {a.name: sorted(a.sources) for a in index.briefs.actors if a.kind == "person"}
    assert cards == {"Tomas Varga": ["a", "c"], "Ilona Varga": ["b"]}


def test_two_longer_names_that_could_both_be_a_short_one_leave_it_alone(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire | 2 May 2024\nPresident Emil Karlo Tarvel arrived in Rome on Monday.\n",
        "b": "Vote\nWire | 3 May 2024\nPresident Emil Dorin Tarvel voted on Tuesday.\n",
        "c": "Summit\nWire | 4 May 2024\nFormer president Emil Tarvel met the envoys on Wednesday.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "person") == [
        "Emil Dorin Tarvel", "Emil Karlo Tarvel", "Emil Tarvel"]


def test_a_sum_s_label_says_what_it_is_then_its_currency(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Chips\nWire | 18 September 2025\nThe firm now expects revenue of $31 billion for the year. "
             "The cuts could save it about $1.2 billion a year.\n",
    })
    assert sorted(g.label for g in index.briefs.figures) == ["expected revenue ($)", "sum ($)"]


def test_a_rate_reported_on_two_days_is_two_figures_and_on_one_day_may_be_disputed(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Prices\nWire | 2 May 2024\nInflation in Vesna stood at 27% in April, the statistics office said.\n",
        "b": "Prices\nWire | 3 June 2024\nInflation in Vesna stood at 25% in May, the statistics office said.\n",
        "c": "Poll\nWire | 5 May 2024\nTurnout in Vesna was 61%, the commission said.\n",
        "d": "Poll\nThe Daily | 5 May 2024\nTurnout in Vesna was 48%, observers said.\n",
    })
    groups = sorted((g.label, g.status, [c.value for c in g.claims]) for g in index.briefs.figures)
    assert groups == [("inflation (Vesna)", "agreed", [25]), ("inflation (Vesna)", "agreed", [27]),
                      ("turnout (Vesna)", "disputed", [48, 61])]


def test_a_one_word_name_that_only_speaks_is_the_one_body_whose_name_it_opens(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Report\nWire | 2 May 2024\nKestrel Watch International said on Monday that the camps were full.\n",
        "b": "Camps\nWire | 3 May 2024\nOn Tuesday, Kestrel said the camps were still full.\n",
        "c": "Visit\nWire | 4 May 2024\nThe Tarvel administration said on Wednesday the aid would go on.\n",
        "d": "Aid\nWire | 5 May 2024\nOn Thursday, Tarvel said the aid would stop.\n",  # a surname, no body's
    })
    cards = {a.name: sorted(a.sources) for a in index.briefs.actors}
    assert cards == {"Kestrel Watch International": ["a", "b"], "Tarvel administration": ["c"]}


def test_dotted_initials_join_the_one_body_they_spell(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Relief\n\nThe Wire | 4 March 2024\n\n"
        "The United Nations said on Monday that aid had reached Vesna.\n"
        "The U.S. Navy said its ships had carried the aid, and Ukraine's Navy said it had sent a ship too.\n"
        "The U.N. said more was needed, and U.N. officials asked for $40 million.\n")})
    assert [(a.name, sorted(a.aliases)) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("United Nations", ["U.N."]), ("U.S. Navy", []), ("Ukraine's Navy", [])]


def test_a_share_and_a_count_of_one_thing_are_two_quantities(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Count goes on\nWire | 4 July 2016\nThe coalition leads with 79.6 percent of votes counted, officials said.\n",
        "b": "Majority for reform\nWire | 5 July 2016\nThere is now a majority of 81 votes in the lower house for the bill.\n",
    })
    assert sorted([c.value for c in g.claims] for g in index.briefs.figures) == [[79.6], [81.0]]


def test_a_body_its_article_calls_by_its_first_word_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Harlow Soup shares plunge\nWire | 4 June 2024\nIn the quarter that ended April 27, Harlow Soup said it earned "
             "$184 million, which was 58 cents per share.\nSetting aside extraordinary items, Harlow reported earnings "
             "from ongoing operations of 62 cents a share.\nHarlow said it cut costs in the quarter to $1.68 billion.\n",
        "b": "Iran vote\nWire | 5 June 2024\nThe Sentinel Council said it had barred the candidates.\n",
        "c": "Papers\nWire | 5 June 2024\nThe Sentinel said its reporters had seen the ballots on Monday.\n",
    })
    assert sorted((a.name, a.kind) for a in index.briefs.actors) == [
        ("Harlow Soup", "organisation"), ("Sentinel", "organisation"), ("Sentinel Council", "organisation")]


def test_a_son_named_for_his_father_with_a_generation_is_his_own_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Win\nWire | 10 May 2022\nFerdinand Marcos Jr., the son of late leader Ferdinand Marcos, has won the "
             "presidential election.\n",
        "b": "Exile\nWire | 11 May 2022\nThe late dictator Ferdinand Marcos was chased into exile in 1986.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "person") == [
        "Ferdinand Marcos", "Ferdinand Marcos Jr"]


def test_a_person_named_with_one_half_of_a_double_family_name_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire | 10 May 2022\nHis running mate Sara Duterte-Carpio led the vice-presidential race.\n",
        "b": "Vote\nWire | 10 May 2022\nSara Duterte, the outgoing president's daughter, was ahead in the count.\n",
    })
    assert [a.name for a in index.briefs.actors if a.kind == "person"] == ["Sara Duterte-Carpio"]


def test_given_names_written_as_their_initials_are_one_card_with_the_names_in_full(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Resigns\nWire | 21 May 1998\nHis deputy, B.J. Habibie, was sworn in. Vice-President BJ Habibie spoke.\n",
        "b": "Sworn in\nWire | 21 May 1998\nVice President Bucharuddin Jusuf Habibie took the oath. Ana Jusuf "
             "Habibie spoke. Analyst J.R. Okafor agreed. Jane Rose Okafor and Joe Ray Okafor did not.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "person") == [
        "Ana Jusuf Habibie", "Bucharuddin Jusuf Habibie", "J.R. Okafor", "Jane Rose Okafor", "Joe Ray Okafor"]


def test_a_body_named_for_a_saint_is_one_card_however_saint_is_written(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Attack\nWire | 5 June 2022\nGunmen attacked St Francis Catholic Church in Owo. The St. Francis "
             "Catholic Church was full.\n",
        "b": "Attack\nWire | 5 June 2022\nThere was pandemonium at Saint Francis Catholic Church on Sunday.\n",
    })
    assert len([a for a in index.briefs.actors if a.kind == "organisation"]) == 1


def test_a_firm_a_speaker_s_verb_made_a_person_is_the_firm_named_with_its_legal_form(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Deal\nWire | 1 December 1998\nThe merger was agreed. Exxon Mobil will be based in Irving, Texas, Exxon "
             "Mobil said. Charles Schwab said he was glad.\n",
        "b": "Deal\nWire | 1 December 1998\nThe new Exxon Mobil Corp will be the biggest firm. Exxon Mobil Corp said "
             "so. Charles Schwab Corp shares rose.\n",
    })
    assert sorted((a.kind, a.name) for a in index.briefs.actors) == [
        ("organisation", "Charles Schwab Corp"), ("organisation", "Exxon Mobil Corp"), ("person", "Charles Schwab")]


def test_a_firm_s_dotted_legal_form_is_one_another_text_may_leave_out(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Mine\nWire | 14 May 2014\nTARVO Maden Isletmeleri A.S., which owns the mine, confirmed deaths. "
             "Some 787 people were in the mine in Tarvo.\n",
        "b": "Mine\nWire | 14 May 2014\nTarvo Maden Isletmeleri says nearly 450 miners were rescued.\n",
        "c": "Mine\nWire | 14 May 2014\nMiners died in Tarvo, in the west. The president will go to Tarvo.\n",
    })
    # one firm, and the town it is named for, where the mine is, no name of it
    assert [(a.kind, a.name, a.aliases) for a in index.briefs.actors] == [
        ("organisation", "TARVO Maden Isletmeleri A.S.", ["Tarvo Maden Isletmeleri"])]


def test_a_firm_named_with_two_legal_forms_or_one_is_one_firm(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Trial\nWire | 22 September 2013\nTarvo Shide Group Co. Ltd. said it took over a liaison office.\n",
        "b": "Trial\nWire | 22 September 2013\nXu Ming, chairman of Tarvo Shide Group Co, gave him gifts.\n",
    })
    assert [sorted([a.name, *a.aliases]) for a in index.briefs.actors if a.kind == "organisation"] == [
        ["Tarvo Shide Group Co", "Tarvo Shide Group Co. Ltd"]]


def test_a_long_family_name_spelt_from_another_alphabet_is_one_person_s(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire | 10 August 2020\nSvetlana Tarvonouskaya, the opposition candidate, rejected the result.\n",
        "b": "Vote\nWire | 10 August 2020\nSviatlana Tsarvonouskaya said the vote was rigged.\n",
        "c": "Vote\nWire | 10 August 2020\nSviatlana Tsarvonouskaya urged calm. Svetlana Tarvonouskaya left.\n",
        "d": "Vote\nWire | 10 August 2020\nSvetlana Tarvonova, a teacher, voted. Svetlana Tarvonova said so.\n",
    })
    people = sorted([a.name, *a.aliases] for a in index.briefs.actors if a.kind == "person")
    assert people == [["Svetlana Tarvonova"], ["Sviatlana Tsarvonouskaya", "Svetlana Tarvonouskaya"]]


def test_kings_of_one_name_and_two_numbers_are_two_cards(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Dig\nWire | 4 February 2013\nRichard was a royal prince until the death of his brother Edward IV in "
             "1483. Appointed as protector of his nephew, Edward V, he took the throne.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.name.startswith("Edward")) == ["Edward IV", "Edward V"]


def test_two_spellings_alike_are_one_card_though_a_third_spelling_came_first(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Famine\nWire | 20 July 2011\nThe Shebab militia said it would deny aid agencies access. The Shebab "
             "denied it later.\n",
        "b": "Famine\nWire | 20 July 2011\nThe Al-Shabab militia controls large swathes of south Somalia.\n",
        "c": "Famine\nWire | 20 July 2011\nAid would not be taxed by the al-Shabaab militia.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.name.endswith(("bab", "baab"))) in (
        ["Al-Shabab", "Shebab"], ["Shebab", "al-Shabaab"])  # (the last two, one card)


def test_a_body_named_with_or_without_its_and_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Ruling\nWire | 1 September 2017\nThe Independent Electoral Boundaries Commission (IEBC) said it "
             "would comply.\n",
        "b": "Reaction\nWire | 1 September 2017\nThe Independent Electoral and Boundaries Commission said it had "
             "not been given the full judgment.\n",
    })
    assert len([a for a in index.briefs.actors if a.kind == "organisation"]) == 1


def test_a_side_called_without_its_nickname_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Title\nWire | 14 June 2019\nThe Toronto Raptors beat the Golden State Warriors on Thursday.\n",
        "c": "Game 6\nWire | 14 June 2019\nToronto defeated Golden State 114-110 in Game 6 on Thursday. Golden State "
             "simply ran out of bodies. Golden State scored 10 points in the last quarter.\n",
        "b": "Council\nWire | 14 June 2019\nThe United Nations Security Council met on Friday. The United Nations "
             "said it was ready.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "organisation") == [
        "Golden State Warriors", "Toronto Raptors", "United Nations", "United Nations Security Council"]


def test_a_merger_named_for_both_firms_is_no_long_form_of_the_first(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Steel deal\nWire | 26 June 2006\nDirectors at steel firm Arcelor have opted to back an offer from "
             "Lakshmi Mittal. The new company, Arcelor Mittal, would be based in Luxembourg, Mittal said. Arcelor said it "
             "had rejected a rival offer.\n",
        "b": "Soup\nWire | 4 June 2024\nHarlow Soup said it earned $184 million. Harlow said it cut costs.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "organisation") == [
        "Arcelor", "Arcelor Mittal", "Harlow Soup"]


def test_a_ministry_named_for_its_field_either_way_round_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Drones downed\nWire | 4 June 2024\nThe Vesnan Ministry of Defense said it had downed 121 drones overnight.\n",
        "b": "Drones downed again\nWire | 5 June 2024\nThe Vesnan Defense Ministry said it had downed 40 drones.\n",
    })
    assert [a.name for a in index.briefs.actors if a.kind == "organisation"] in (
        ["Vesnan Ministry of Defense"], ["Vesnan Defense Ministry"])


def test_a_name_spelt_otherwise_with_or_without_a_hyphen_is_one_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Verdict\nWire | 4 June 2011\nA court sentenced Youssef Karam-Haddad, the former finance minister, to "
             "30 years in prison on Saturday.\n",
        "b": "Verdicts\nWire | 5 June 2011\nFormer Finance Minister Yussef Karam Haddad got 10 years in absentia.\n",
    })
    assert len([a for a in index.briefs.actors if a.kind == "person"]) == 1


def test_a_prophet_known_by_one_name_joins_no_one_who_shares_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Shrine\nWire | 4 June 2011\nPilgrims mourn the killing of the grandson of the Prophet Zarath each year.\n",
        "b": "Cleric\nWire | 5 June 2011\nThe cleric Zarath al-Mansour said on Monday that the shrine would reopen.\n",
    })
    assert sorted(a.name for a in index.briefs.actors if a.kind == "person") == ["Zarath", "Zarath al-Mansour"]


def test_what_befell_land_and_buildings_labels_their_figures(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {"a": (
        "Wildfires\nWire | 4 August 2018\nThe fires have burned over 644,000 acres in Vesna, officials said. Almost "
        "2,000 structures, including homes, have been destroyed in Vesna.\n")})
    assert sorted(g.label for g in index.briefs.figures) == ["acres burned (Vesna)", "structures destroyed (Vesna)"]


def test_a_party_its_name_alone_calls_is_one_card_across_articles(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Vote\nWire | 4 July 2016\nThe Kestrel Party said it had won 40 seats in the vote.\n",
        "b": "Coalition\nWire | 5 July 2016\nKestrel said its leaders would meet the Greens on Monday.\n",
    })
    assert "Kestrel" not in {a.name for a in index.briefs.actors}
    assert [a.sources for a in index.briefs.actors if a.name == "Kestrel Party"] == [["a", "b"]]


def test_a_body_qualified_by_another_s_initials_is_the_bare_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Veto\nWire | 4 July 2016\nRussia vetoed a UN Security Council resolution on Monday, the United Nations said.\n",
        "b": "Vote\nWire | 5 July 2016\nThe Security Council said it would vote again on Tuesday.\n",
    })
    assert len([a for a in index.briefs.actors if "Security Council" in a.name]) == 1


def test_a_club_its_article_calls_by_its_short_name_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Derby\nWire | 4 October 2015\nKestrel United beat Harlow Town 2-1 on Saturday, the league said.\n",
        "b": "Winner\nWire | 5 October 2015\nKestrel United won again on Wednesday. United manager Tomas Varga said "
             "United had improved a lot, and United scored twice.\n",
    })
    assert "United" not in {a.name for a in index.briefs.actors}
    assert [a.sources for a in index.briefs.actors if a.name == "Kestrel United"] == [["a", "b"]]


def test_a_person_named_without_his_first_name_in_one_article_is_the_same_person(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Visit\nWire Desk | 7 February 2023\nPresident Recep Tayyip Erdogan was to travel to Hatay on Wednesday.\n",
        "b": "Promise\nWire Desk | 10 February 2023\nTurkish President Tayyip Erdogan said on Friday that aid would come.\n",
        "c": "Race\nWire Desk | 11 February 2023\nSenator Mary Ann Lee said on Saturday she would run.\n",
        "d": "Vote\nWire Desk | 12 February 2023\nMayor Ann Lee said on Sunday the city would vote.\n",  # two offices
    })
    assert sorted((a.name, a.sources) for a in index.briefs.actors if a.kind == "person") == [
        ("Ann Lee", ["d"]), ("Mary Ann Lee", ["c"]), ("Recep Tayyip Erdogan", ["a", "b"])]


def test_a_body_s_initials_in_the_plural_are_the_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Raid\nWire Desk | 10 April 2023\nThe Kestrow Defence Force attacked a base on Monday, residents said.\n",
        "b": "Raid\nWire Desk | 11 April 2023\nThe militias, known as the Varsan Defence Forces, or VDFs, held the town. "
             "On Tuesday the KDFs said they had taken the base.\n",
    })
    bodies = {a.name: sorted(a.aliases) for a in index.briefs.actors if a.kind == "organisation"}
    assert bodies == {"Kestrow Defence Force": ["KDFs"], "Varsan Defence Forces": ["VDFs"]}


def test_a_one_word_name_an_article_leaves_untyped_joins_the_body_another_names(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Truce\nWire Desk | 22 November 2023\nValmora mediated a truce with the Islamist movement Korvat.\n",
        "b": "Truce\nWire Desk | 23 November 2023\nTalks between Valmora and Korvat went on. On Friday Korvat freed "
             "two hostages, and Basque officials watched the Basque border.\n",
    })
    (korvat,) = index.who("korvat").actors
    assert (korvat.sources, korvat.mentions) == (["a", "b"], 3)
    assert not index.who("basque").actors


def test_stories_about_a_body_one_of_them_leaves_untyped_speak_of_its_figures_together(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Truce\nWire Desk | 18 January 2025\nUnder the deal the Islamist movement Korvat will release 33 hostages "
             "over six weeks, Korvat said.\n",
        "b": "Truce\nWire Desk | 17 January 2025\nTalks between Valmora and Korvat went on, negotiator Tomas Varga said. "
             "Korvat is expected to release 33 hostages during the first phase.\n",
    })
    assert [sorted(c.cite.source for c in g.claims) for g in index.briefs.figures] == [["a", "b"]]


def test_a_one_word_name_that_only_speaks_joins_the_body_of_that_name_when_no_one_bears_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Truce\nWire Desk | 18 January 2025\nThe Islamist movement Korvat will release 33 hostages over six "
             "weeks.\n",
        "b": "Truce\nWire Desk | 17 January 2025\nAs talks went on in Valmora, Korvat said the deal was near, negotiator "
             "Tomas Varga said. Korvat is expected to release 33 hostages during the first phase.\n",
    })
    (korvat,) = index.who("korvat").actors
    assert korvat.sources == ["a", "b"]
    assert [sorted(c.cite.source for c in g.claims) for g in index.briefs.figures] == [["a", "b"]]


def test_a_card_goes_by_the_spelling_most_stories_give_a_hyphenated_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Founder jailed\nWire Desk | 28 March 2024\nA judge sentenced Dan Rourke-Lyle to 12 years in prison.\n",
        "b": "Founder jailed\nWire Desk | 28 March 2024\nDan Rourke-Lyle, the exchange's founder, was jailed on "
             "Thursday.\n",
        "c": "Founder jailed\nWire Desk | 28 March 2024\nDan Rourke Lyle was sentenced to 12 years in prison.\n",
    })
    (founder,) = index.who("rourke").actors
    assert (founder.name, founder.sources) == ("Dan Rourke-Lyle", ["a", "b", "c"])


def test_a_word_after_a_body_s_name_in_one_story_does_not_rename_the_body(tmp_path: Path) -> None:
    says = "Halvor said the deal had closed. Halvor shares rose, and Halvor said more would follow."
    index = _index_of(tmp_path, {
        **{name: f"Deal closes\nWire Desk | {day} October 2023\n{says}\n" for name, day in (("a", 13), ("b", 14),
                                                                                         ("c", 15), ("d", 16))},
        "e": "Deal closes\nWire Desk | 17 October 2023\nHalvor has completed its takeover of Tarvo Labs. Ms Ruiz, who is "
             "chief executive of Halvor Gaming, sought to reassure gamers.\n",
    })
    (halvor,) = index.who("halvor").actors
    assert (halvor.name, halvor.aliases) == ("Halvor", ["Halvor Gaming"])


def test_a_club_s_short_name_in_a_report_that_never_names_it_in_full_is_the_corpus_s_one_club(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Final\nWire Desk | 10 June 2023\nHarlow City won the cup on Saturday. Harlow City beat Tarvo 1-0.\n",
        "b": "Final\nWire Desk | 10 June 2023\nCity owner Ana Ruiz watched from the stands as City rode their luck to "
             "the end.\n",
    })
    (club,) = index.who("city").actors
    assert (club.name, club.sources) == ("Harlow City", ["a", "b"])


def test_a_first_name_cut_short_is_the_same_person_unless_it_tells_another_sex(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Bank fails\nWire Desk | 10 March 2023\nThe bank's chief executive, Gregory Hale, called clients.\n",
        "b": "Bank fails\nWire Desk | 11 March 2023\nChief executive Greg Hale sold shares before the run.\n",
        "c": "Bank fails\nWire Desk | 11 March 2023\nChristine Dunn, a depositor, said Chris Dunn had warned her.\n",
    })
    (hale,) = index.who("hale").actors
    assert hale.sources == ["a", "b"]
    assert len(index.who("dunn").actors) == 2


def test_a_pet_name_is_the_same_person_as_the_full_first_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Killings\nWire Desk | 13 November 2022\nMadison Hale, 21, was found dead, police said.\n",
        "b": "Killings\nWire Desk | 14 November 2022\nMaddie Hale's mother said her daughter loved the town.\n",
        "c": "Final\nWire Desk | 20 August 2023\nJennifer Osk missed a penalty, saved by the keeper.\n",
        "d": "Final\nWire Desk | 21 August 2023\nThe federation's president kissed Jenni Osk on the lips.\n",
    })
    (hale,) = index.who("hale").actors
    assert hale.sources == ["a", "b"]
    (osk,) = index.who("osk").actors
    assert osk.sources == ["c", "d"]


def test_a_sum_told_bare_takes_the_name_the_story_gives_it_elsewhere(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Train crash\nWire Desk | 3 June 2023\nAt least 200 people died when the Harlow Express derailed.\n"
             "Railway minister Ana Ruiz has announced an ex-gratia of ₹10 lakh to the kin of the deceased, ₹2 lakh "
             "towards grievous and ₹50,000 for minor injuries.\nThe Prime Minister's office also announced a "
             "compensation of ₹2 lakh for the kin of the deceased and ₹50,000 for the injured.\n",
    })
    (group,) = [g for g in index.briefs.figures if g.claims[0].value == 200_000]
    assert (group.label.split(" (")[0], len(group.claims)) == ("compensation", 2)


def test_an_age_is_no_figure_of_the_story(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Protests\nWire Desk | 30 September 2022\n\"From the age of 7 we had to cover our hair,\" a student "
             "said. Police killed 12 protesters in Tarvel on Friday.\n",
    })
    assert [c.counts for g in index.briefs.figures for c in g.claims] == ["protesters"]


def test_a_place_where_a_part_of_a_figure_was_is_not_the_figure_s(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Toll\nWire Desk | 4 October 2024\nThe number of fatalities has reached 65 in Westmark, with more than 40 "
             "percent coming from Kell County, the state reported Friday.\n",
    })
    assert [g.label for g in index.briefs.figures] == ["fatalities (Westmark)"]


def test_a_state_named_two_ways_is_one_place_of_its_figures(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Outbreak\nWire Desk | 4 August 2024\nThe outbreak in the Democratic Republic of Congo has killed 1,100 "
             "people, officials said.\n",
        "b": "Outbreak\nWire Desk | 5 August 2024\nThe outbreak in the DRC has killed 1,100 people, officials said.\n",
    })
    assert [(len(g.claims), g.status) for g in index.briefs.figures] == [(2, "agreed")]


def test_a_long_first_name_a_letter_off_in_one_story_is_the_person_others_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Talks\nWire Desk | 2 November 2022\nFormer president Olusegun Varnasso said the talks would go on.\n",
        "b": "Talks\nWire Desk | 3 November 2022\nOlusegun Varnasso said the deal was signed.\n",
        "c": "Talks\nWire Desk | 4 November 2022\nFormer president Olusengun Varnasso welcomed the deal.\n",
    })
    assert [(a.name, a.sources) for a in index.briefs.actors if a.kind == "person"] == [
        ("Olusegun Varnasso", ["a", "b", "c"])]


def test_a_name_written_with_dh_or_d_from_another_alphabet_is_one_card(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Sirte falls\nWire | 20 October 2011\nLongtime Libyan dictator Moammar Gadhafi was killed on Thursday.\n",
        "b": "Death\nPaper | 21 October 2011\nFormer leader Muammar Gaddafi died in his hometown of Sirte on Thursday.\n",
    })
    assert [(a.name, sorted(a.aliases)) for a in index.briefs.actors if a.kind == "person"] == [
        ("Muammar Gaddafi", ["Moammar Gadhafi"])]


def test_a_body_s_adjective_said_as_its_noun_and_brothers_cut_short_are_one_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Sirte falls\nWire | 20 October 2011\nThe National Transition Council said on Thursday its fighters "
             "took the city. Lehman Bros said on Monday it would file for bankruptcy.\n",
        "b": "Death\nPaper | 21 October 2011\nThe National Transitional Council said on Friday the war was over. "
             "Lehman Brothers said on Monday it had filed.\n",
    })
    assert sorted((a.name, sorted(a.aliases)) for a in index.briefs.actors if a.kind == "organisation") == [
        ("Lehman Brothers", ["Lehman Bros"]), ("National Transitional Council", ["National Transition Council"])]


def test_a_city_is_no_short_name_of_the_paper_named_for_it(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Bankrupt\nWire | 18 July 2013\nDetroit filed for bankruptcy on Thursday, the Detroit Free Press "
             "reported. Detroit said it owed $18 billion.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("Detroit Free Press", [])]


def test_ibn_written_into_a_family_name_is_the_same_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Ousted\nWire | 11 April 2019\nDefence Minister Awad Mohamed Ahmed Ibn Auf was sworn in on Thursday.\n",
        "b": "Council\nPaper | 12 April 2019\nGeneral Awad Mohamed Ahmed Ibnouf stepped down on Friday.\n",
    })
    assert len([a for a in index.briefs.actors if a.kind == "person"]) == 1


def test_tom_is_thomas_and_theo_theodore_by_the_same_family_name(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Ebola\nWire | 30 September 2014\nCDC director Thomas Frieden said on Tuesday the case was confirmed. "
             "Theodore Marsh said on Tuesday he was worried.\n",
        "b": "Case\nPaper | 1 October 2014\nCDC director Tom Frieden said on Wednesday the patient was stable. "
             "Theo Marsh said on Wednesday he was calmer.\n",
    })
    assert sorted((a.name, a.aliases) for a in index.briefs.actors if a.kind == "person") == [
        ("Theodore Marsh", ["Theo Marsh"]), ("Tom Frieden", ["Thomas Frieden"])]


def test_a_long_body_s_name_cut_before_its_and_is_the_same_body(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Ebola\nWire | 30 September 2014\nThe Centers for Disease Control and Prevention said on Tuesday the test "
             "was positive. The Department of Health and Human Services said on Tuesday it was ready.\n",
        "b": "Case\nPaper | 1 October 2014\nThe Centers for Disease Control said on Wednesday the man was stable. "
             "The CDC said on Wednesday it sent a team. The Department of Health said on Wednesday schools were open.\n",
    })
    assert sorted((a.name, sorted(a.aliases)) for a in index.briefs.actors if a.kind == "organisation") == [
        ("Centers for Disease Control and Prevention", ["CDC", "Centers for Disease Control"]),
        ("Department of Health", []), ("Department of Health and Human Services", [])]


def test_a_creed_s_word_before_a_body_says_what_it_is_not_which(tmp_path: Path) -> None:
    index = _index_of(tmp_path, {
        "a": "Coup\nWire | 4 July 2013\nThe Muslim Brotherhood said on Thursday its leader was arrested. The Muslim "
             "Brotherhood called for protests.\n",
        "b": "Arrests\nPaper | 4 July 2013\nPolice arrested leaders of the Islamist Muslim Brotherhood on Thursday.\n",
    })
    assert [(a.name, a.aliases) for a in index.briefs.actors if a.kind == "organisation"] == [
        ("Muslim Brotherhood", ["Islamist Muslim Brotherhood"])]

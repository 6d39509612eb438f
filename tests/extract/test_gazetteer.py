"""States and nationalities: ISO names, the short forms news writes, and their adjectives."""

import pytest

from bot.extract.gazetteer import is_region_adjective, is_region_name, is_state_name, state_of


@pytest.mark.parametrize(("name", "state"), [
    ("Syria", "Syria"), ("Syrian Arab Republic", "Syria"), ("Russian Federation", "Russia"), ("Russia", "Russia"),
    ("Britain", "United Kingdom"), ("U.S.", "United States"), ("Burma", "Myanmar"), ("Ivory Coast", "Côte d'Ivoire"),
    ("England", "England"), ("Northern Ireland", "Northern Ireland"),
    ("Vatican", "Holy See"), ("Holy See", "Holy See"), ("Türkiye", "Turkey"), ("Turkey", "Turkey"),
    ("Benin Republic", "Benin"), ("Czech Republic", "Czechia"),  # ("Benin Republic", as Nigerian papers write it)
])
def test_state_names_and_short_forms_meet_in_one_name(name: str, state: str) -> None:
    assert state_of(name) == state
    assert is_state_name(name)


@pytest.mark.parametrize(("adjective", "state"), [
    ("Syrian", "Syria"), ("Turkish", "Turkey"), ("British", "United Kingdom"), ("Welsh", "Wales"),
    ("Kenyan", "Kenya"), ("Sudanese", "Sudan"), ("Philippine", "Philippines"),  # (a plural name's singular)
    # of a name in two words, and the plural that names the people
    ("North Korean", "North Korea"), ("South Korean", "South Korea"), ("Sri Lankan", "Sri Lanka"),
    ("North Koreans", "North Korea"), ("Israelis", "Israel"), ("Americans", "United States"),
    # where two states' suffix rules meet, and adjectives made the French way
    ("Nigerian", "Nigeria"), ("Nigerien", "Niger"), ("Ivorian", "Côte d'Ivoire"),
    # the whole name and "-an", after an "e" or an "ay"
    ("Zimbabwean", "Zimbabwe"), ("Singaporean", "Singapore"), ("Uruguayan", "Uruguay"), ("Sierra Leonean", "Sierra Leone"),
])
def test_an_adjective_of_nationality_points_at_its_state_but_is_not_one(adjective: str, state: str) -> None:
    assert state_of(adjective) == state
    assert not is_state_name(adjective)


def test_a_name_two_states_share_names_neither_and_its_adjective_describes_only() -> None:
    assert (state_of("Korea"), state_of("Korean")) == (None, None)
    assert is_region_adjective("Korean") and is_region_adjective("Koreans")
    assert state_of("Kurds") is None  # a people, but no state's


def test_the_people_of_a_land_s_part_describe_a_region_and_a_state_s_own_people_a_state() -> None:
    assert is_region_adjective("North Americans") and is_region_adjective("West African")
    assert not is_region_adjective("South Sudanese") and not is_region_adjective("Americans")


@pytest.mark.parametrize("name", ["Idlib", "Geneva", "Reuters", "Gaza City"])
def test_places_that_are_not_states(name: str) -> None:
    assert state_of(name) is None


def test_a_state_named_with_its_form_of_state_is_that_state() -> None:
    assert state_of("Democratic Republic of the Congo") == state_of("the Democratic Republic of Congo") == "DR Congo"
    assert state_of("the Kingdom of Saudi Arabia") == "Saudi Arabia"
    assert is_state_name("People's Republic of China")
    assert state_of("Republic of Texas") is None


def test_a_state_iso_names_the_other_way_round_is_known_as_news_writes_it() -> None:
    # ISO lists "Korea, Republic of" and no official name beside it
    assert state_of("Republic of Korea") == state_of("the Republic of Korea") == "South Korea"
    assert state_of("Democratic People's Republic of Korea") == "North Korea"


@pytest.mark.parametrize(("name", "state"), [
    ("Soviet Union", "Soviet Union"), ("USSR", "Soviet Union"), ("Soviet", "Soviet Union"),
    ("Yugoslavia", "Yugoslavia"), ("Zaire", "Zaire"), ("East Germany", "East Germany"), ("Burma", "Myanmar"),
])
def test_states_that_ceased_to_be_are_still_states(name: str, state: str) -> None:
    assert state_of(name) == state


def test_the_two_congos_are_two_states_and_the_bare_name_is_kinshasa_s() -> None:
    assert state_of("DRC") == state_of("Congo") == state_of("Congolese") == "DR Congo"
    assert state_of("Republic of Congo") == state_of("Congo-Brazzaville") == "Republic of the Congo"


@pytest.mark.parametrize(("name", "state"), [
    ("Bosnia", "Bosnia and Herzegovina"), ("UAE", "United Arab Emirates"), ("Macedonia", "North Macedonia"),
    ("East Timor", "Timor-Leste"), ("Brunei", "Brunei Darussalam"), ("Swaziland", "Eswatini"),
])
def test_the_names_news_uses_for_states_iso_lists_otherwise(name: str, state: str) -> None:
    assert state_of(name) == state


def test_a_region_is_known_as_news_writes_it_without_the_standard_s_accents() -> None:
    assert is_region_name("Tamil Nadu") and is_region_name("Tamil Nādu") and is_region_name("Maharashtra")
    assert not is_region_name("Tamil Nadu Party")


def test_a_state_s_name_of_two_words_set_in_capitals_is_the_state() -> None:
    assert (state_of("UNITED STATES"), is_state_name("SOUTH AFRICA")) == ("United States", True)
    assert state_of("FRANCE") is None  # (one word in capitals may be initials, and is left as written)

import pytest

from bot.extract.given_names import is_given_name


@pytest.mark.parametrize("word", ["Marshall", "Madeleine", "Mikhail", "Shane", "Mohammed", "Staffan", "Giuseppe"])
def test_first_names_of_many_countries_are_known(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", [
    "Jordan",  # a state
    "Victoria", "Georgia",  # regions of states
    "Green", "Little", "May",  # English words, a month
    "Santa", "Major", "Storm", "Wadi",  # they open the names of places, storms and ranks
    "Idlib", "marshall",  # no first name; a word written small is none
])
def test_a_first_name_that_says_too_little_is_not_one(word: str) -> None:
    assert not is_given_name(word)


def test_a_first_name_is_known_with_or_without_its_accents() -> None:
    assert is_given_name("Álvaro") and is_given_name("Francois") and is_given_name("Ángel")
    assert not is_given_name("Fifa")  # (Iceland's "Fífa", as FIFA is written)

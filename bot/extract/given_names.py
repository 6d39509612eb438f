"""Which capitalised words are people's first names.

"Marshall Faulk rushed for 101 yards" names a person by no cue but his first name: news
reports most people that way once they are introduced, or in lists of players and
officials. The names come from Faker's lists of first names for the countries it covers
(the ones written in Latin letters). A first name that is also a state, a region of one or
a title ("Jordan", "Georgia", "Victoria", "Major"), or a common English word ("Green",
"Little", "Rich"; from Faker's English word list), is left out: it says too little. This
is knowledge of the world, not of any corpus.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

import faker.providers.person
import pycountry
from faker.providers.lorem.en_US import Provider as EnglishWords

from bot.extract.dates import MONTHS, WEEKDAYS
from bot.extract.gazetteer import state_of
from bot.extract.names import accent_free

_LISTS = ("first_names", "first_names_male", "first_names_female",
          "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
_LATIN_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ'-]{2,}")
# Words that open the name of a storm, an operation or a place, never a person's first name
NAMES_OF_THINGS = frozenset({"Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical", "Operation", "Mount", "Lake",
                             "River", "Camp", "Fort", "Port", "Cape", "Planet", "Project"})
# a saint's word opens a place's name, never a person's: "San Francisco", "Santa Monica", "São Paulo"
SAINTS_OF_PLACES = frozenset({"San", "Santa", "Santo", "São", "Sao", "Sankt"})
# ... and those that open the names of places and things as often as they are a given name
# ("Wadi Derna" is a valley, "Santa Clara" a city)
_OPENS_PLACES = NAMES_OF_THINGS | SAINTS_OF_PLACES | {
    "Saint", "Golden", "Royal", "Star", "Grand", "Sun", "Major", "Wadi", "Jebel", "Jabal", "Ras", "Bir", "Ain", "Tell",
    "Deir", "Kafr", "Beit", "Rio", "Puerto", "Porto", "Villa", "Monte", "Lago", "Ciudad"}


def _faker_lists(attrs: tuple[str, ...]) -> Iterator[tuple[str, str, Iterable[str]]]:
    """Each of Faker's person providers' lists named in `attrs`, with its country and name."""
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"{faker.providers.person.__name__}.{module.name}").Provider
        for attr in attrs:
            names = next((cls.__dict__[attr] for cls in provider.__mro__ if attr in cls.__dict__), ())
            if isinstance(names, (tuple, list, dict)):
                yield module.name, attr, names


@cache
def _listed_first_names() -> frozenset[str]:
    """Every first name Faker lists in Latin letters, whatever else the word may mean."""
    return frozenset(n for n in _countries_listing() if _LATIN_NAME.fullmatch(n))


WIDELY_GIVEN = 10  # countries whose lists give a first name, for it to stay one though a region has its name too


@cache
def given_names() -> frozenset[str]:
    """First names that say a person by themselves. One that is also a region's name is left out
    ("Georgia", "Kerry"), unless the lists of many countries give it and the region is no state of
    a federation ("Paul", a municipality of Cape Verde; not "Virginia")."""
    from bot.extract.roles import is_role_word  # (the title rules read this module's names: it comes after them)

    found = _listed_first_names()
    regions = {s.name for s in pycountry.subdivisions if s.type == "State" or _countries_giving(s.name) < WIDELY_GIVEN}
    words = {*_common_words(), *MONTHS, *WEEKDAYS}
    named = {n for n in found if n not in regions and n not in _OPENS_PLACES and n.lower() not in words
             and not state_of(n) and not is_role_word(n)}
    # as typed without its accents too ("Francois"), where that is no word or place of its own, and the name is
    # more than one country's (not Iceland's "Fífa", as "Fifa" is written for FIFA)
    bare = {b for n in named if not n.isascii() and _countries_giving(n) >= 2 and (b := accent_free(n)) not in found
            and b not in regions and b.lower() not in words and not state_of(b)}
    return frozenset(named | bare)


def widely_given(name: str) -> bool:
    """A first name the lists of many countries give ("Peter"), not one of a few ("Melbourne", "Tate")."""
    return _countries_giving(name) >= WIDELY_GIVEN


def _countries_giving(name: str) -> int:
    return len(_countries_listing().get(name, ()))


@cache
def _countries_listing() -> dict[str, set[str]]:
    """First name -> the Faker countries whose lists give it."""
    listing: dict[str, set[str]] = defaultdict(set)
    for country, _, names in _faker_lists(_LISTS):
        for name in names:
            listing[name].add(country)
    return listing


def is_given_name(word: str) -> bool:
    """A first name of the lists, or two joined by a hyphen ("Jean-Philippe", "Hans-Peter")."""
    names = given_names()
    return (word in names or ("-" in word and all(part in names for part in word.split("-")))
            or (not word.isascii() and accent_free(word) in names))  # "Álvaro", listed as "Alvaro"


@cache
def _common_words() -> frozenset[str]:
    return frozenset(EnglishWords.word_list)


def may_be_a_first_name(word: str) -> bool:
    """Listed as someone's first name, even if it is a word too ("Bill", "Mark", "Grant"): for when
    other words say it is a name, as `is_given_name` is for when nothing else does."""
    return word in _listed_first_names()


@cache
def _listed_surnames() -> frozenset[str]:
    return frozenset(n for _, _, names in _faker_lists(("last_names", "last_romanized_names")) for n in names)


def may_be_a_surname(word: str) -> bool:
    """Listed as someone's family name by one of Faker's countries ("Bush", "Abbas")."""
    return word in _listed_surnames()


def is_common_word(word: str) -> bool:
    """One of the thousand commonest English words ("white", "house", "international")."""
    return word.lower() in _common_words()


def is_plural_noun(word: str) -> bool:
    """"Authorities", "Officials", "Schools": a word of the language in the plural, and no family name
    ("Banks" may be one)."""
    low = word.lower()
    return (low.endswith("ies") or (low.endswith("s") and low[:-1] in _common_words())) and not may_be_a_surname(word)


@cache
def _genders() -> dict[str, tuple[str, int]]:
    """First name -> "he" or "she", and in how many of Faker's countries, for the names it lists
    for one sex only in every country it covers ("Andrea" is a man's name in Italy and a woman's
    elsewhere: neither)."""
    said: dict[str, dict[str, set[str]]] = {}
    for locale, attr, names in _faker_lists(tuple(_PRONOUN_OF_LIST)):
        for name in names:
            said.setdefault(name, {}).setdefault(_PRONOUN_OF_LIST[attr], set()).add(locale)
    return {name: (pronoun, len(where)) for name, by in said.items() if len(by) == 1 for pronoun, where in by.items()}


_PRONOUN_OF_LIST = {"first_names_male": "he", "first_names_female": "she",
                    "first_romanized_names_male": "he", "first_romanized_names_female": "she"}


def pronoun_of(first_name: str, countries: int = 1) -> str | None:
    """"she" for "María", "he" for "Nicolás", None for a name used for both or unknown; or listed
    in fewer than `countries` of Faker's countries (one country's list may slip: "Yury" a woman's)."""
    pronoun, listed = _genders().get(first_name, (None, 0))
    return pronoun if listed >= countries else None

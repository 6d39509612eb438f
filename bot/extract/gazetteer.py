"""Which capitalised words name a state, and which adjectives point at one.

Country names come from pycountry (ISO 3166) plus the short English forms news uses that
ISO does not ("Russia", "Turkey", "Britain", "US"). Demonyms ("Syrian", "Turkish") are
derived from the names by the suffix rules of English, with the few irregular ones listed.
This is knowledge of the world, not of any corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry

_SHORT_FORMS = {
    "Russia": "Russia", "Turkey": "Turkey", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "United Kingdom": "United Kingdom",
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "United States": "United States", "South Korea": "South Korea", "North Korea": "North Korea",
    "Vietnam": "Vietnam", "Laos": "Laos", "Syria": "Syria", "Iran": "Iran", "Venezuela": "Venezuela",
    "Bolivia": "Bolivia", "Tanzania": "Tanzania", "Moldova": "Moldova", "Czech Republic": "Czechia",
    "Ivory Coast": "Côte d'Ivoire", "Palestine": "Palestine", "Taiwan": "Taiwan", "Kosovo": "Kosovo",
    "Holland": "Netherlands", "the Netherlands": "Netherlands", "Burma": "Myanmar", "Vatican": "Holy See",
    "Holy See": "Holy See",
    # two states called Congo: news means the larger, Kinshasa's, by the bare name, and names Brazzaville's in full
    "Congo": "DR Congo", "DR Congo": "DR Congo", "DRC": "DR Congo", "Democratic Republic of Congo": "DR Congo",
    "Democratic Republic of the Congo": "DR Congo", "Congo-Kinshasa": "DR Congo", "Republic of Congo": "Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo", "Congo Republic": "Republic of the Congo",
    # the names news uses for states ISO lists under others, or in full
    "Bosnia": "Bosnia and Herzegovina", "Bosnia-Herzegovina": "Bosnia and Herzegovina", "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates", "Macedonia": "North Macedonia", "Swaziland": "Eswatini", "East Timor": "Timor-Leste",
    "Cape Verde": "Cabo Verde", "Brunei": "Brunei Darussalam", "The Gambia": "Gambia", "the Gambia": "Gambia",
    "Vatican City": "Holy See", "Macau": "Macao", "St. Lucia": "Saint Lucia", "St Lucia": "Saint Lucia",
    "St. Kitts and Nevis": "Saint Kitts and Nevis", "St. Vincent and the Grenadines": "Saint Vincent and the Grenadines",
    # the United Kingdom's nations: news (sport above all) treats each as a country of its own
    "England": "England", "Scotland": "Scotland", "Wales": "Wales", "Northern Ireland": "Northern Ireland",
    # the Federal Republic before 1990, which ISO counts as today's Germany (its East is among the former states)
    "West Germany": "West Germany",
}
# ISO names with no short "common name" in pycountry, shown as news writes them, so that
# "Russian Federation" and "Russia", "Türkiye" and "Turkey" are one state.
_ISO_DISPLAY = {"Russian Federation": "Russia", "Türkiye": "Turkey", "Holy See (Vatican City State)": "Holy See"}
_DISPLAY_BY_CODE = {"COD": "DR Congo", "COG": "Republic of the Congo"}  # two states ISO both shortens to "Congo"
_IRREGULAR_DEMONYMS = {
    "American": "United States", "British": "United Kingdom", "French": "France", "Dutch": "Netherlands",
    "Swiss": "Switzerland", "Turkish": "Turkey", "Greek": "Greece", "Spanish": "Spain", "Polish": "Poland",
    "Danish": "Denmark", "Swedish": "Sweden", "Finnish": "Finland", "Irish": "Ireland", "Welsh": "Wales",
    "Scottish": "Scotland", "English": "England", "Thai": "Thailand", "Filipino": "Philippines",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Israeli": "Israel", "Iraqi": "Iraq",
    "Kuwaiti": "Kuwait", "Qatari": "Qatar", "Yemeni": "Yemen", "Pakistani": "Pakistan", "Afghan": "Afghanistan",
    "Chinese": "China", "Japanese": "Japan", "Lebanese": "Lebanon", "Sudanese": "Sudan", "Portuguese": "Portugal",
    "Vietnamese": "Vietnam", "Congolese": "DR Congo", "Malian": "Mali", "Norwegian": "Norway", "German": "Germany",
    "Belgian": "Belgium", "Ukrainian": "Ukraine", "Egyptian": "Egypt", "Palestinian": "Palestine",
    "Kurdish": "Kurdistan", "Icelandic": "Iceland", "Peruvian": "Peru", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Chilean": "Chile", "Bangladeshi": "Bangladesh", "Omani": "Oman",
    "Bahraini": "Bahrain", "Somali": "Somalia", "Nepali": "Nepal", "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan",
    # the nouns of nationality that are no adjective's stem: "official Serb sources", "a Croat general"
    "Serb": "Serbia", "Croat": "Croatia", "Pole": "Poland", "Turk": "Turkey", "Scot": "Scotland", "Kurd": "Kurdistan",
    "Slovak": "Slovakia", "Czech": "Czechia",
    "Soviet": "Soviet Union", "Yugoslav": "Yugoslavia", "Czechoslovak": "Czechoslovakia",
    # two states' suffix rules that meet ("Nigerian" is Nigeria's, not Niger's), and French-made adjectives
    "Nigerian": "Nigeria", "Nigerien": "Niger", "Ivorian": "Côte d'Ivoire", "Burkinabe": "Burkina Faso",
    "Burkinabè": "Burkina Faso", "Togolese": "Togo", "Malagasy": "Madagascar", "Laotian": "Laos",
    "Mozambican": "Mozambique",
}


@cache
def _read_in_order(iso_name: str) -> str:
    """ISO's "Korea, Republic of" as news writes it, "Republic of Korea" (where ISO gives no
    official name to say so)."""
    head, _, form = iso_name.partition(", ")
    return f"{form} {head}" if form.endswith((" of", " of the")) else iso_name


def country_names() -> dict[str, str]:
    """Every English name of a state that news writes, mapped to one canonical name."""
    return _names_and_shared()[0]


@cache
def _names_and_shared() -> tuple[dict[str, str], frozenset[str]]:
    names: dict[str, str] = {}
    shared: set[str] = set()  # "Korea" (ISO's "Korea, Republic of" and "Korea, Democratic People's Republic of")
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name.split(",")[0]
        canonical = _DISPLAY_BY_CODE.get(country.alpha_3) or _ISO_DISPLAY.get(canonical, canonical)
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            for form in (name, name.split(",")[0], _read_in_order(name)) if name else ():
                if names.setdefault(form, canonical) != canonical:
                    shared.add(form)
    for form in shared:  # a name two states share names neither
        del names[form]
    for country in pycountry.historic_countries:
        if country.alpha_3 in _FORMER_STATES:
            canonical = _FORMER_STATES[country.alpha_3]
            names.setdefault(country.name, canonical)
            names.setdefault(country.name.split(",")[0], canonical)
            names.setdefault(canonical, canonical)
    names.update(_SHORT_FORMS)
    return names, frozenset(shared)


# The states that news still names after they ceased to be (ISO 3166-3), as news names them;
# not the old territories and zones the standard also lists.
_FORMER_STATES = {"SUN": "Soviet Union", "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "DDR": "East Germany",
                  "ZAR": "Zaire", "SCG": "Serbia and Montenegro", "RHO": "Rhodesia", "YMD": "South Yemen",
                  "VDR": "North Vietnam", "DHY": "Dahomey", "HVO": "Upper Volta"}


@cache
def _state_codes() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries)


def is_state_code(text: str) -> bool:
    """"(IRL)", "(ESP)": a state's three letters (ISO 3166), as results and sport write a country."""
    return text in _state_codes()


def is_shared_state_name(name: str) -> bool:
    """"Korea": a name two states share (so it names neither)."""
    return name in _names_and_shared()[1]


@cache
def demonyms() -> dict[str, str]:
    """Adjectives of nationality ("Russian") mapped to the state's canonical name."""
    out = dict(_IRREGULAR_DEMONYMS)
    for name, canonical in country_names().items():
        for form in _demonym_forms(name):
            out.setdefault(form, canonical)
    # the people of a state by their plural: "the North Koreans", "Israelis" (not "the Kurds", a people without one)
    out.update({form + "s": state for form, state in list(out.items()) if form.endswith(("n", "i", "o"))})
    return out


@cache
def _shared_demonyms() -> frozenset[str]:
    """"Korean": an adjective of nationality, of no one state."""
    return frozenset(form + plural for name in _names_and_shared()[1] for form in _demonym_forms(name) for plural in ("", "s"))


def _demonym_forms(name: str) -> list[str]:
    """The adjectives English may make of a state's name by its suffix rules (most are not words,
    and harmless): "North Korea" → "North Korean", "Sri Lanka" → "Sri Lankan", "Sudan" → "Sudanese",
    "Zimbabwe" → "Zimbabwean", "the Philippines" → "Philippine"."""
    *words, last = name.split()
    if not all(w.isalpha() for w in name.split()) or any(w.islower() for w in words):
        return []  # "Guinea-Bissau", "Bosnia and Herzegovina"
    lead = " ".join(words) + " " if words else ""
    stem = last[:-1] if last[-1] in "aeyo" else last
    singular = [last[:-1]] if last.endswith("s") else []  # "the Philippines" → "Philippine"
    whole = [last + "an"] if last.endswith(("e", "ay")) else []  # "Zimbabwean", "Singaporean", "Uruguayan"
    return [lead + form for form in (last + "n", stem + "ian", stem + "an", last + "i", stem + "ese", last + "ese",
                                     *whole, *singular)]


def state_of(name: str) -> str | None:
    """The canonical state a name or demonym refers to, if it is one."""
    name = _without_form_of_state(_unshouted(name).removeprefix("the "))
    return country_names().get(name) or demonyms().get(name)


# "the Democratic Republic of the Congo", "Kingdom of Saudi Arabia": the form of a state, then its name
_FORM_OF_STATE = re.compile(r"^(?:the )?(?:(?:Democratic|Federal|Islamic|People's|People’s|Socialist|United|Arab|"
                            r"Federative|Plurinational|Bolivarian|Hashemite|Co-operative|Cooperative) )*"
                            r"(?:Republic|Kingdom|State|Commonwealth|Sultanate|Emirate|Principality|Grand Duchy) of "
                            r"(?:the )?(?=[A-Z])", re.I)


def _without_form_of_state(name: str) -> str:
    if name in country_names():
        return name  # ("Republic of Congo" is a state's whole name, not a form of "Congo")
    bare = _FORM_OF_STATE.sub("", name) if " of " in name else name.removesuffix(" Republic")  # ("Niger Republic")
    return bare if bare != name and bare in country_names() else name


# Adjectives of the continents and wider regions news groups states by ("African countries"):
# like a nationality, they describe; they name no actor and no place.
REGION_ADJECTIVES = frozenset({"African", "European", "Asian", "Arab", "Nordic", "Scandinavian", "Balkan"})
COMPASS_POINTS = frozenset({"West", "East", "North", "South", "Central", "Western", "Eastern", "Northern", "Southern"})


def is_region_adjective(name: str) -> bool:
    """"African", "West African", "Southern European"; and "Korean", which two states share; and "North
    Americans", the people of a land's part."""
    *qualifiers, last = name.split() or [""]
    return (all(q in COMPASS_POINTS for q in qualifiers)
            and (last in REGION_ADJECTIVES or (bool(qualifiers) and is_demonym(last) and not state_of(name)))
            ) or name in _shared_demonyms()


def is_state_name(name: str) -> bool:
    """Whether `name` is itself the name of a state (not an adjective of one)."""
    return _without_form_of_state(_unshouted(name).removeprefix("the ")) in country_names()


def is_demonym(name: str) -> bool:
    """A state's adjective or its people ("Russian", "Sudanese", "South Africans"), not the state's own name."""
    return state_of(name) is not None and not is_state_name(name)


def _unshouted(name: str) -> str:
    """"UNITED STATES - Prices of U.S. Treasury securities …": a state's name of two words or more, set in
    capitals as a headline or a kicker is, is still the state's (one word in capitals may be initials)."""
    return _shouted_names().get(name, name) if " " in name and name.isupper() else name


@cache
def _shouted_names() -> dict[str, str]:
    return {n.upper(): n for n in country_names() if " " in n}


@cache
def _region_names() -> frozenset[str]:
    """Each as the standard writes it and as news does, without its accents ("Tamil Nādu", "Tamil Nadu")."""
    names = {s.name for s in pycountry.subdivisions}
    return frozenset(names | {_unaccented(n) for n in names})


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_region_name(word: str) -> bool:
    """The name of a country's state, province or county ("California", "Kent")."""
    return word in _region_names()


@cache
def postal_codes() -> frozenset[str]:
    """The two-letter codes of the United States' states and Canada's provinces ("NY", "BC"), which
    news writes as it writes a body's initials."""
    return frozenset(s.code.split("-")[1] for s in pycountry.subdivisions if s.country_code in ("US", "CA"))

"""Generate a synthetic news corpus of any size, for benchmarking the builder.

    python bench/make_corpus.py N OUT [--seed S]

writes N plain-text articles into the folder OUT (created). It feeds ``bench/run.py``: the
five seed articles are far too few to time the builder, the merge or the lookup at the
scale of a real feed, and real feeds cannot be shipped. So this script recombines the
seeds' sentence *shapes* — titles before names ("Kenyan Foreign Minister Ilo Varsen"),
appositive roles ("Ilo Varsen, the Kenyan Ambassador to the LAN,"), quotations closed by
"he said", block quotes after "X responded:", relative and absolute dates, hedged figures
with what they count, outlets disagreeing about one number — and fills them with people,
organisations, places, outlets, numbers and dates made up from the syllable and word
lists below. No name from the seeds appears; countries are real so that the builder's
gazetteer recognises states and nationalities.

The corpus grows like a feed: the pool of people is about 40 + N/2 (each with a fixed
nationality and office), organisations and outlets grow with N too, and articles come in
stories of a few articles each, so that the same people, quotations, events and disputed
figures recur across articles. About a third of the articles carry YAML front matter, a
third a dateline ("Outlet | 03 September 2018"), the rest a date inside the text or none;
about a quarter carry page furniture (menus, "Related Videos", a donation block with a
bank account number, newsletter prompts).

Output is deterministic: the same N and seed give byte-identical files (an earlier run's
articles in OUT are replaced; a folder holding anything else is refused). Only the
standard library is used; N=10,000 takes about ten seconds.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Word lists. Countries are real (the builder knows states); everything else is made up.
# ---------------------------------------------------------------------------------------------

COUNTRIES: tuple[tuple[str, str], ...] = (
    ("Norway", "Norwegian"), ("Sweden", "Swedish"), ("Finland", "Finnish"), ("Denmark", "Danish"),
    ("Germany", "German"), ("Italy", "Italian"), ("Poland", "Polish"), ("Ukraine", "Ukrainian"),
    ("Greece", "Greek"), ("Portugal", "Portuguese"), ("Austria", "Austrian"), ("Hungary", "Hungarian"),
    ("Romania", "Romanian"), ("Bulgaria", "Bulgarian"), ("Serbia", "Serbian"), ("Egypt", "Egyptian"),
    ("Sudan", "Sudanese"), ("Ethiopia", "Ethiopian"), ("Kenya", "Kenyan"), ("Nigeria", "Nigerian"),
    ("Mali", "Malian"), ("Chad", "Chadian"), ("Somalia", "Somali"), ("Yemen", "Yemeni"), ("Iraq", "Iraqi"),
    ("Jordan", "Jordanian"), ("Lebanon", "Lebanese"), ("Libya", "Libyan"), ("Tunisia", "Tunisian"),
    ("Algeria", "Algerian"), ("Morocco", "Moroccan"), ("Pakistan", "Pakistani"), ("Afghanistan", "Afghan"),
    ("India", "Indian"), ("Bangladesh", "Bangladeshi"), ("Nepal", "Nepali"), ("Thailand", "Thai"),
    ("Indonesia", "Indonesian"), ("Japan", "Japanese"), ("China", "Chinese"), ("Brazil", "Brazilian"),
    ("Argentina", "Argentine"), ("Chile", "Chilean"), ("Peru", "Peruvian"), ("Colombia", "Colombian"),
    ("Mexico", "Mexican"), ("Canada", "Canadian"), ("Australia", "Australian"), ("Qatar", "Qatari"),
    ("Oman", "Omani"), ("Kuwait", "Kuwaiti"), ("Saudi Arabia", "Saudi"), ("Belgium", "Belgian"),
    ("Ireland", "Irish"), ("Vietnam", "Vietnamese"),
)
MEETING_CITIES = (
    "Vienna", "Doha", "Nairobi", "Oslo", "Brussels", "Addis Ababa", "Muscat", "Helsinki", "Lisbon",
    "Jakarta", "Kigali", "Montevideo", "Stockholm", "Amman", "Tunis", "Copenhagen", "Dakar", "Bern",
)
DIRECTIONS = ("northern", "southern", "eastern", "western", "north-western", "north-eastern", "south-western",
              "south-eastern", "central")

GIVEN_ONSETS = ("Al", "Ar", "Bo", "Da", "Dra", "E", "Fe", "Gor", "Ha", "I", "Ja", "Ka", "Ke", "Lo", "Ma", "Mi",
                "Na", "No", "O", "Pa", "Ra", "Ro", "Sa", "Ta", "Te", "Va", "Vi", "Ya", "Za", "Kwa", "Tu", "Ilo",
                "Rui", "Bex", "Ez", "Leo", "Sol", "Yu", "Ad", "Ce", "Du", "Fa", "Gu", "Hen", "Is", "Jo", "Lu")
GIVEN_ENDS_HE = ("ndor", "rin", "dan", "mir", "slav", "vin", "rik", "tor", "ko", "mon", "sar", "lo", "rem",
                 "bek", "del", "fim", "haan", "ren", "zo", "mar", "tavo", "ric", "nuel", "das", "sif", "ton")
GIVEN_ENDS_SHE = ("a", "na", "ra", "ela", "ia", "mira", "ya", "lin", "ssa", "ne", "rina", "dia", "ika",
                  "ette", "ani", "lia", "sha", "vey", "mé", "nora")
SUR_ONSETS = ("Bar", "Cal", "Dor", "Ek", "Fal", "Gar", "Hol", "Is", "Jar", "Kal", "Kor", "Lam", "Mor", "Nes",
              "Ost", "Pol", "Quin", "Ras", "Sor", "Tam", "Ul", "Vor", "Wen", "Yil", "Zar", "Ben", "Ad", "Mun",
              "Okon", "Ngu", "Cha", "Sev", "Tor", "Bal", "Hed", "Lind", "Mak", "Pet", "Sal", "Tesh", "Var",
              "Bre", "Dal", "Fen", "Gol", "Kir", "Mel", "Nav", "Rok", "Sten")
SUR_MIDS = ("", "a", "e", "i", "o", "u", "an", "el", "ir", "or", "ub", "ad", "ov", "am", "et")
SUR_ENDS = ("ov", "enko", "ani", "ez", "son", "berg", "ouri", "ides", "escu", "ović", "man", "ara", "ski",
            "oglu", "wala", "ito", "ema", "ande", "ulu", "dorf", "ssen", "ak", "yev", "inho", "ier", "elli",
            "quist", "hari", "mbe", "zadeh", "asz", "eno", "ura", "ström", "ali", "eddu", "ane", "ich")
PLACE_ONSETS = ("Tar", "Vel", "Kos", "Mar", "Ord", "Bel", "Sal", "Ham", "Quen", "Dar", "Ilm", "Rus", "Zen",
                "Ash", "Nor", "Kel", "Ab", "Thal", "Mes", "Ur", "Gal", "Hor", "Lis", "Pra", "Sen", "Vas", "Bur",
                "Cher", "Dum", "Fel", "Gor", "Jal", "Kar", "Lom", "Mun", "Nab", "Pel", "Rab", "Sam", "Tol")
PLACE_MIDS = ("a", "e", "i", "o", "u", "an", "er", "ol", "ad", "im", "")
PLACE_ENDS = ("vessa", "mora", "ibad", "stan", "kent", "ora", "ulu", "heim", "grad", "puri", "ville", "tepe",
              "ana", "ar", "esh", "ino", "ova", "ija", "ek", "oum", "abad", "ovo", "ani", "ait", "oz", "ulé",
              "sk", "dorf", "gala", "iye")

ARMED_ADJ = ("National", "Popular", "Free", "United", "Revolutionary", "Patriotic", "Northern", "Southern",
             "Eastern", "Western", "Democratic", "Sovereign", "Loyal", "Independent")
ARMED_NOUN = ("Liberation", "Resistance", "Salvation", "Unity", "Defence", "Renewal", "Dawn", "Victory",
              "Freedom", "Reform", "Homeland", "Awakening", "Deliverance", "Rescue")
ARMED_KIND = ("Front", "Movement", "Brigades", "Army", "Alliance", "Forces", "Coalition", "League", "Guard")
AID_ADJ = ("International", "Global", "Regional", "Independent", "Civic", "Community", "Humanitarian",
           "Emergency", "Medical", "Coastal", "Highland", "Open")
AID_NOUN = ("Relief", "Aid", "Health", "Refugee", "Development", "Recovery", "Water", "Food", "Shelter",
            "Rescue", "Solidarity", "Mercy", "Action", "Hope")
AID_KIND = ("Agency", "Foundation", "Network", "Committee", "Fund", "Trust", "Society", "Mission",
            "Institute", "Organisation", "Council")
INTL_NAMES = ("League of Allied Nations", "Assembly of Sovereign Peoples", "Union of Southern States",
              "Council of Northern States", "Commonwealth of Coastal States", "Organisation for Regional Security",
              "Conference of Free Nations", "Federation of Eastern States")
OUTLET_SHAPES = ("The {place} Herald", "{place} Times", "{place} Post", "Radio {place}", "{place} News Network",
                 "The {place} Tribune", "{place} Journal", "{place} Daily News", "Channel {place}",
                 "{place} Press Agency", "{place} Foundation", "The {place} Chronicle")
BANKS = ("KNB", "Ostra Bank", "TVB", "Meridian Bank", "UCB", "Harbour Bank")
NAV_LINES = ("Home | World | Business", "Home | News | World | Middle East", "Home | Africa | Politics | Opinion",
             "Home | World | Asia | Video", "Menu | News | Sport | Culture")

# Acronyms that read as English words or name real bodies: a made-up organisation never gets one.
WORDLIKE_ACRONYMS = {
    "AND", "ARE", "BUT", "CAN", "FOR", "HAS", "HIS", "ITS", "NOT", "OUR", "THE", "WAS", "YOU", "ALL", "NOW", "ONE",
    "MAY", "SAY", "SEE", "DAY", "WAR", "MAN", "ARM", "AID", "WHO", "CNN", "BBC", "NATO", "IMF", "USA", "UAE", "FBI",
    "CIA", "ICC", "ICRC", "MSF", "HRW", "RAF", "SAS", "NHS", "ISIS", "HAMAS", "FARC", "PKK", "IRA", "ANC", "SPLA",
    "RSF", "HTS", "NLF", "AFP", "WFP", "UNHCR", "OCHA", "SUN", "FUN", "RUN", "LAND", "FREE", "HOPE", "CARE", "HELP",
}
# Words a made-up name must never be: the builder reads them as titles, months, honorifics, states.
RESERVED = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "june", "july",
    "march", "august", "sen", "gen", "rep", "col", "gov", "lt", "maj", "capt", "sgt", "adm", "mr", "mrs", "ms", "dr",
    "chad", "mali", "oman", "iran", "iraq", "peru", "cuba", "togo", "niger", "laos", "fiji", "benin", "gabon",
    "kenya", "yemen", "qatar", "sudan", "ghana", "malta", "china", "india", "japan", "nepal", "italy", "spain",
    "chief", "head", "chair", "judge", "king", "queen", "prince", "emir", "sheikh", "mayor", "general", "member",
    "man", "son", "ali", "rara", "malin", "chadian", "omani", "mission", "union", "party", "army", "guard",
    "front", "league", "trust",
}


# ---------------------------------------------------------------------------------------------
# The world: people, organisations, places and stories.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    """An organisation: its full name, its acronym and, sometimes, the name it had before."""

    name: str
    acr: str
    former: str = ""


@dataclass(frozen=True)
class Person:
    """One person of the pool: name, pronouns, nationality and office never change."""

    given: str
    surname: str
    she: bool
    country: str
    dem: str
    before: str  # the title written before the name: "Kenyan Foreign Minister"
    appos: str  # the title written after the name: "the Kenyan Foreign Minister"
    ref: str  # how the article refers back to the office: "the Foreign Minister"
    honorific: str = ""  # "Lt.", "Col." for officers

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def sur(self) -> str:
        return self.surname

    @property
    def Sur(self) -> str:
        return self.surname[:1].upper() + self.surname[1:]

    @property
    def mr(self) -> str:
        return f"{'Ms.' if self.she else 'Mr.'} {self.surname}"

    @property
    def he(self) -> str:
        return "she" if self.she else "he"

    @property
    def his(self) -> str:
        return "her" if self.she else "his"

    @property
    def appos_cap(self) -> str:
        return self.appos[:1].upper() + self.appos[1:]

    @property
    def titled(self) -> str:
        """Name with an officer's title of address: "Lt. Ilo Varsen"."""
        return f"{self.honorific} {self.full}" if self.honorific else self.full


@dataclass
class Event:
    """Something that happened on one day in a story; articles date it against their own day."""

    day: date
    kind: str
    actor: int  # index into the story's cast
    other: int


@dataclass
class Story:
    """A running story: a setting, a cast, a few events and the quantities everyone quotes."""

    ident: int
    country: str
    dem: str
    neighbour: str
    ndem: str
    third: str
    province: str
    towns: list[str]
    city: str
    direction: str
    cast: list[Person]
    group: Org
    agency: Org
    body: Org
    start: date
    events: list[Event]
    numbers: dict[str, float]
    rivals: dict[str, float]
    quotes: list[list[str]]  # per cast member
    articles: int = 0


@dataclass
class World:
    """Everything articles are written from; its size grows with the corpus."""

    people: list[Person]
    armed: list[Org]
    agencies: list[Org]
    bodies: list[Org]
    outlets: list[str]
    places: list[str]
    stories: list[Story] = field(default_factory=list)


class Namer:
    """Makes names from syllables, never the same one twice and never a reserved word."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(200):
            name = make()
            words = re.split(r"[\s-]+", name.lower())
            if name not in self.used and not any(w in RESERVED for w in words):
                self.used.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def place(self) -> str:
        r = self.rng
        return self._unique(lambda: r.choice(PLACE_ONSETS) + r.choice(PLACE_MIDS) + r.choice(PLACE_ENDS))

    def given(self, she: bool) -> str:
        r = self.rng
        ends = GIVEN_ENDS_SHE if she else GIVEN_ENDS_HE
        name = r.choice(GIVEN_ONSETS) + r.choice(ends)
        if r.random() < 0.05:
            name += "-" + r.choice(GIVEN_ONSETS) + r.choice(ends)
        return name if name.lower() not in RESERVED else name + "o"

    def surname(self) -> str:
        r = self.rng

        def make() -> str:
            core = r.choice(SUR_ONSETS) + r.choice(SUR_MIDS) + r.choice(SUR_MIDS) + r.choice(SUR_ENDS)
            roll = r.random()
            if roll < 0.07:
                return "al-" + core
            if roll < 0.12:
                return "de " + core
            if roll < 0.15:
                return "van " + core
            return core

        return self._unique(make)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def make_orgs(rng: random.Random, count: int, places: Sequence[str], shapes: Sequence[Callable[[], str]]) -> list[Org]:
    """Organisations with acronyms no other organisation of the world has."""
    out: list[Org] = []
    taken: set[str] = set()
    for _ in range(count):
        for attempt in range(60):
            name = rng.choice(shapes)()
            if attempt > 20:
                name = f"{rng.choice(places)} {name}"
            acr = _acronym(name)
            if acr not in taken and 3 <= len(acr) <= 6 and acr not in WORDLIKE_ACRONYMS:
                taken.add(acr)
                out.append(Org(name, acr))
                break
    return out


def _with_former(rng: random.Random, orgs: list[Org], places: Sequence[str]) -> list[Org]:
    """A third of the armed groups were once known by another name ("formerly known as …")."""
    out = []
    for org in orgs:
        if rng.random() < 0.33:
            former = f"{rng.choice(places)} {rng.choice(ARMED_NOUN)} {rng.choice(ARMED_KIND)}"
            org = Org(org.name, org.acr, former)
        out.append(org)
    return out


OFFICES: tuple[tuple[str, float], ...] = (
    ("Foreign Minister", 5), ("Defence Minister", 3), ("Interior Minister", 2), ("Health Minister", 1),
    ("Deputy Foreign Minister", 1), ("President", 2), ("Prime Minister", 2), ("ambassador", 3),
    ("envoy", 3), ("spokesperson", 4), ("commander", 3), ("director", 3), ("analyst", 2), ("governor", 2),
    ("secretary-general", 1), ("aid chief", 2),
)


def make_person(rng: random.Random, namer: Namer, world: World) -> Person:
    """A person with a fixed nationality and office, and every form the text calls them by."""
    she = rng.random() < 0.4
    country, dem = rng.choice(COUNTRIES)
    office = rng.choices([o for o, _ in OFFICES], weights=[w for _, w in OFFICES])[0]
    given, surname = namer.given(she), namer.surname()
    before, appos, ref, honorific = _titles(rng, office, she, dem, world)
    return Person(given, surname, she, country, dem, before, appos, ref, honorific)


def _titles(rng: random.Random, office: str, she: bool, dem: str, world: World) -> tuple[str, str, str, str]:
    """(title before the name, title after it, the office as referred back to, honorific)."""
    body = rng.choice(world.bodies)
    if office in ("Foreign Minister", "Defence Minister", "Interior Minister", "Health Minister",
                  "Deputy Foreign Minister", "President", "Prime Minister"):
        return f"{dem} {office}", f"the {dem} {office}", f"the {office}", ""
    if office == "ambassador":
        return (f"{dem} ambassador", f"the {dem} Ambassador to the {body.acr}", "the ambassador", "")
    if office == "envoy":
        target = rng.choice(COUNTRIES)[0]
        return (f"{body.acr} Special Envoy for {target}", f"the {body.acr} Special Envoy for {target}",
                "the Special Envoy", "")
    if office == "spokesperson":
        group = rng.choice(world.armed)
        word = "spokeswoman" if she else "spokesman"
        return f"{group.acr} {word}", f"the {word} of the {group.name}", f"the {word}", rng.choice(("Lt.", "Col.", ""))
    if office == "commander":
        group = rng.choice(world.armed)
        return f"{group.acr} commander", f"a senior commander of the {group.name}", "the commander", "Gen."
    if office == "director":
        agency = rng.choice(world.agencies)
        return f"{agency.acr} director", f"the director of the {agency.name}", "the director", ""
    if office == "analyst":
        agency = rng.choice(world.agencies)
        return f"{agency.acr} analyst", f"an analyst at the {agency.name}", "the analyst", ""
    if office == "governor":
        place = rng.choice(world.places)
        return f"{dem} governor", f"the governor of {place} province", "the governor", ""
    if office == "secretary-general":
        return f"{body.acr} Secretary-General", f"the Secretary-General of the {body.name}", "the Secretary-General", ""
    agency = rng.choice(world.agencies)
    return f"{agency.acr} aid chief", f"the head of the {agency.name}", "the aid chief", ""


def build_world(n: int, seed: int) -> World:
    """People, organisations, outlets, places and stories for a corpus of `n` articles."""
    rng = random.Random(f"world:{seed}:{n}")
    namer = Namer(rng)
    places = [namer.place() for _ in range(40 + 3 * n // 5)]
    armed_shapes: list[Callable[[], str]] = [
        lambda: f"{rng.choice(ARMED_ADJ)} {rng.choice(ARMED_NOUN)} {rng.choice(ARMED_KIND)}",
        lambda: f"{rng.choice(places)} {rng.choice(ARMED_NOUN)} {rng.choice(ARMED_KIND)}",
        lambda: f"{rng.choice(ARMED_KIND)} for the {rng.choice(ARMED_NOUN)} of {rng.choice(places)}",
    ]
    aid_shapes: list[Callable[[], str]] = [
        lambda: f"{rng.choice(AID_ADJ)} {rng.choice(AID_NOUN)} {rng.choice(AID_KIND)}",
        lambda: f"{rng.choice(places)} {rng.choice(AID_NOUN)} {rng.choice(AID_KIND)}",
    ]
    armed = _with_former(rng, make_orgs(rng, 10 + n // 20, places, armed_shapes), places)
    agencies = make_orgs(rng, 10 + n // 20, places, aid_shapes)
    bodies = [Org(name, _acronym(name)) for name in INTL_NAMES]
    outlets = list(dict.fromkeys(rng.choice(OUTLET_SHAPES).format(place=namer.place()) for _ in range(12 + n // 50)))
    world = World([], armed, agencies, bodies, outlets, places)
    world.people = [make_person(rng, namer, world) for _ in range(40 + n // 2)]
    world.stories = make_stories(rng, world, n)
    return world


# ---------------------------------------------------------------------------------------------
# Stories: who is in them, what happened when, and the numbers everyone quotes.
# ---------------------------------------------------------------------------------------------

EVENT_KINDS = ("meeting", "proposal", "vote", "strike", "convoy", "border", "summit", "statement", "appeal")


def _pick_cast(rng: random.Random, people: list[Person], size: int) -> list[Person]:
    """About half the cast from the famous few (they recur across many stories), the rest from anyone."""
    cast: list[Person] = []
    while len(cast) < size:
        if rng.random() < 0.45:
            index = int(len(people) * rng.random() ** 2.5)
        else:
            index = rng.randrange(len(people))
        if people[index] not in cast:
            cast.append(people[index])
    return cast


def _numbers(rng: random.Random) -> tuple[dict[str, float], dict[str, float]]:
    """The story's quantities, and the different values a rival source gives for them."""
    civ = round(rng.uniform(0.4, 4.5), 1) * 1e6
    numbers = {
        "civ": civ, "moved": round(civ * rng.uniform(0.25, 0.6), -5) or 1e5,
        "displaced": round(rng.uniform(40, 900)) * 1000, "fighters": round(rng.uniform(5, 200)) * 100,
        "trapped": round(rng.uniform(40, 400)) * 1000, "refugees": round(rng.uniform(0.5, 3.9), 1) * 1e6,
        "killed": round(rng.uniform(30, 1500)), "aid": round(rng.uniform(10, 900)) * 1e6,
        "hospitals": rng.randint(4, 60), "occasions": round(rng.uniform(2, 30)) * 10,
    }
    numbers["children"] = round(numbers["trapped"] * rng.uniform(0.25, 0.45), -4) or 10000
    rivals = {k: _rival(rng, v) for k, v in numbers.items()}
    return numbers, rivals


def _rival(rng: random.Random, value: float) -> float:
    factor = rng.choice((1.4, 1.6, 2.0, 2.5, 0.5, 0.6))
    rival = value * factor
    if rival >= 1e6:
        return round(rival, -5)
    if rival >= 1e4:
        return round(rival, -3)
    return round(rival, -1) if rival >= 100 else round(rival)


def _events(rng: random.Random, start: date, cast_size: int) -> list[Event]:
    count = rng.randint(3, 7)
    days = sorted(rng.sample(range(-40, 30), count))
    out = []
    for day in days:
        actor = rng.randrange(cast_size)
        other = (actor + rng.randrange(1, cast_size)) % cast_size
        out.append(Event(start + timedelta(days=day), rng.choice(EVENT_KINDS), actor, other))
    return out


def make_stories(rng: random.Random, world: World, n: int) -> list[Story]:
    """Enough stories for `n` articles, about four articles each."""
    stories: list[Story] = []
    total = 0
    while total < n:
        size = min(rng.choice((1, 2, 3, 3, 4, 4, 5, 6, 8, 10)), n - total)
        stories.append(make_story(rng, world, len(stories), size))
        total += size
    return stories


def make_story(rng: random.Random, world: World, ident: int, size: int) -> Story:
    country, dem = rng.choice(COUNTRIES)
    neighbour, ndem = rng.choice([c for c in COUNTRIES if c[0] != country])
    third = rng.choice([c[0] for c in COUNTRIES if c[0] not in (country, neighbour)])
    cast = _pick_cast(rng, world.people, rng.randint(4, 8))
    start = date(2012, 1, 1) + timedelta(days=rng.randrange(12 * 365))
    numbers, rivals = _numbers(rng)
    # Provinces go round the place list, so a province belongs to one story until the list runs out.
    province = world.places[ident % len(world.places)]
    place_pool = [province, *[p for p in rng.sample(world.places, 4) if p != province][:3]]
    story = Story(
        ident=ident, country=country, dem=dem, neighbour=neighbour, ndem=ndem, third=third, province=place_pool[0],
        towns=place_pool[1:], city=rng.choice(MEETING_CITIES), direction=rng.choice(DIRECTIONS), cast=cast,
        group=rng.choice(world.armed), agency=rng.choice(world.agencies), body=rng.choice(world.bodies),
        start=start, events=_events(rng, start, len(cast)), numbers=numbers, rivals=rivals, quotes=[],
        articles=size,
    )
    slots = _slots(story)
    lines = [q.format(**slots) for q in rng.sample(QUOTES, 2 * len(cast))]
    story.quotes = [lines[2 * i:2 * i + 2] for i in range(len(cast))]
    return story


def _slots(story: Story) -> dict[str, str]:
    return {"prov": story.province, "town": story.towns[0], "country": story.country, "dem": story.dem,
            "group": story.group.name, "acr": story.group.acr, "ndem": story.ndem, "neighbour": story.neighbour,
            "civ": fmt(story.numbers["civ"])}


# ---------------------------------------------------------------------------------------------
# Numbers and dates as news writes them.
# ---------------------------------------------------------------------------------------------

HEDGES = ("about", "approximately", "nearly", "at least", "more than", "up to", "as many as", "an estimated",
          "some", "around", "roughly", "", "", "")


def fmt(value: float) -> str:
    """2900000 → "2.9 million", 275000 → "275,000"."""
    if value >= 1e6:
        millions = value / 1e6
        return f"{millions:.1f}".rstrip("0").rstrip(".") + " million"
    return f"{round(value):,}"


def money(value: float) -> str:
    return "$" + fmt(value)


def hedged(rng: random.Random, value: float) -> str:
    hedge = rng.choice(HEDGES)
    return f"{hedge} {fmt(value)}" if hedge else fmt(value)


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer",
           8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def full_date(rng: random.Random, day: date) -> str:
    """A date a reader needs no other date to understand: "8 October 2016", "October 8, 2016"."""
    month = MONTH_NAMES[day.month - 1]
    if rng.random() < 0.5:
        return f"{day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def month_day(rng: random.Random, day: date) -> str:
    month = MONTH_NAMES[day.month - 1]
    return rng.choice((f"{month} {ordinal(day.day)}", f"{day.day} {month}", f"{month} {day.day}"))


def when(rng: random.Random, day: date, pub: date | None) -> str:
    """How an article written on `pub` (or undated) refers to `day`: "on Friday", "last week"…"""
    if pub is None:
        return rng.choice((f"on {full_date(rng, day)}", f"in {MONTH_NAMES[day.month - 1]} {day.year}",
                           f"on {full_date(rng, day)}", f"on {WEEKDAY_NAMES[day.weekday()]}, {month_day(rng, day)}"))
    delta = (pub - day).days
    weekday = WEEKDAY_NAMES[day.weekday()]
    if delta < 0:
        return f"on {weekday}" if delta > -6 else f"on {month_day(rng, day)}"
    if delta == 1 and rng.random() < 0.5:
        return "yesterday"
    if delta <= 6:
        return f"on {weekday}"
    if day.isocalendar()[:2] == (pub - timedelta(days=7)).isocalendar()[:2] and rng.random() < 0.6:
        return "last week"
    if (day.year, day.month) == (pub.year, pub.month) and rng.random() < 0.5:
        return "earlier this month"
    previous = (pub.replace(day=1) - timedelta(days=1))
    if (day.year, day.month) == (previous.year, previous.month) and rng.random() < 0.4:
        return "last month"
    if delta < 300:
        return f"on {month_day(rng, day)}"
    if rng.random() < 0.3:
        return f"in {SEASONS[day.month]} {day.year}"
    return f"on {full_date(rng, day)}"


def cap(phrase: str) -> str:
    """A date phrase opening a sentence: "On Friday,"."""
    return phrase[:1].upper() + phrase[1:] + ","


# ---------------------------------------------------------------------------------------------
# Templates, modelled on the seeds' sentence shapes. Fields: a, b, c (people: .full, .sur,
# .Sur, .mr, .he, .his, .before, .appos, .ref, .titled), g (armed group), o (agency), u
# (international body), out, out2 (outlets), prov, town, town2, city, country, dem, neighbour,
# ndem, dir, third (countries), when/When (a past date), fut (a coming day), q (one of a's
# quotations; qc the same with a comma for “…,” he said), and the story's figures.
# A person first appears with a title (.before, .appos, .titled) or in full; the surname,
# "Mr." and pronoun forms are only used once the article has introduced them.
# ---------------------------------------------------------------------------------------------

QUOTES = (
    "There is no other {prov}, where can they go? There is no other {prov}.",
    "We are ready to support this approach for the sake of {town} and will be ready to urge the {dem} government to agree.",
    "I cannot possibly see how we can let this resolution on {prov} pass.",
    "The bottom line is that in two months, at this rate, the city of {town} may be totally destroyed.",
    "We need to maintain the moral pressure to not hurry with any drastic military option in {prov}.",
    "It is important to deal with all the armed groups since they are posing a threat to our border. "
    "But a military solution would be a disaster not only for {prov} but for all of {country}.",
    "Any attack on {prov} would result in a catastrophe. We do not want {prov} to turn into a bloodbath.",
    "We consider any assault on {prov} to be a dangerous escalation of the conflict in {country}.",
    "Those who shelled {town} would and should be held accountable for these actions.",
    "This is a targeted strategy to terrorize the civilians of {town} and to kill anybody who is in the way.",
    "We share their concern about the armed groups in {prov}, and they need to be taken care of.",
    "If you decide to leave, in dignity, I am personally ready to accompany you out of {town}.",
    "We are at the final stage of solving the crisis and liberating {prov} and our whole territory.",
    "The lives of {civ} people in {prov} are at stake, and there is still time for a political solution.",
    "Why such a hurry over {prov}, and not provide more time in order to allow more discussions among the guarantors?",
    "We are once again prepared, personally and physically, to get involved ourselves in {prov}.",
    "Nobody in {town} has electricity, clean water or medicine, and the winter is coming.",
    "The {ndem} government will not accept another wave of refugees from {prov} across its border.",
    "We have asked for a humanitarian corridor out of {town} for weeks and we have received nothing.",
    "The {group} is not a partner for peace, and everybody in {prov} knows it.",
    "The people of {town} have suffered enough, and the world has looked away for too long.",
    "Our door remains open to anyone in {prov} who is ready to lay down their weapons.",
)
BLOCK_LINES = (
    "We are at the final stage of solving the crisis in {country} and liberating our whole territory from terrorism.",
    "I assure you that we do not have such weapons and are not able to use them.",
    "We are concerned that this statement legalizes the military attack on {prov} and the massacres against civilians.",
    "There are {rival_civ} living in {prov}.",
    "Why does nobody recognise the thousands who are joining the militias around {town}?",
    "Where is the transparency of the {u.acr}? Where are the human rights?",
    "Why such a hurry, and not provide more time in order to allow more discussions, especially among the guarantors?",
    "The lives of {civ} people are at stake, and mutually threatening messages are taking place in the last few days.",
    "Our forces will protect every family in {town}, whatever the {dem} government says.",
    "We call on the {u.name} to send observers before it is too late.",
)
LEADS = (
    "{a.before} {a.full} said {when} that {a.his} government will support a bold new proposal by the {u.name} "
    "that would peacefully remove {fighters} rebel fighters from the embattled city of {town}.",
    "A massive flare-up in the {dem} humanitarian crisis is expected as troops amass on the border of the {prov} "
    "province, where {civ} civilians are crowded into a small area.",
    "Once again the threat of another humanitarian catastrophe looms over {prov}. {When} {a.full} strongly advocated "
    "for the safe relocation of civilians located in {town}.",
    "In {a.his} first attempted intervention in months, {a.appos}, {a.full}, has tried to call for a ceasefire over "
    "{prov} province — only to make comments that may be used to justify an assault on the territory.",
    "An attempt to prevent a ‘humanitarian catastrophe’ in {town}, a city in {country}’s {dir} province of {prov}, "
    "has failed.",
    "In {past_month}, after being appointed as {a.appos}, {a.full} was tasked with the seemingly impossible job of "
    "finding a peaceful resolution of the conflict in {prov}.",
    "{a.full}, {a.appos}, has made a personal plea to {neighbour} and {country} to find a “soft solution” to the "
    "crisis in {prov}.",
    "Fighting around {town} intensified {when} as government forces pushed into the {dir} districts of {prov}, "
    "according to residents and aid workers.",
    "Local officials said thousands of families had fled {town} {when} as shelling spread across {dir} {prov}.",
    "Speaking in {city}, {a.before} {a.full} said there is no justification for the use of heavy weapons in {prov}.",
)
ROLE_BEFORE = (
    "{a.before} {a.full} said {when} that {a.his} country would not accept any military operation in {prov}.",
    "{a.before} {a.full} warned {when} of “dire consequences” if the offensive on {town} went ahead.",
    "{a.before} {a.full} has been quoted speaking to reporters {when} about the presence of armed groups in {prov}.",
    "Last week {a.before} {a.full} called on {country} and {neighbour} to delay any action until a solution could be "
    "found for civilians living in {prov}.",
    "{a.before} {a.full} condemned the bombing of another hospital in {town} and called for the attack to be investigated.",
    "Speaking to {out}, {a.before} {a.full} said, “{q}”",
)
APPOSITIVE = (
    "{a.full}, {a.appos}, called {b.sur}’s statement “very courageous” and urged the {u.acr} to “rally around” "
    "the new proposal.",
    "{a.full}, {a.appos}, swiftly diverged from {b.sur}’s remarks, saying that the call for action only confirms "
    "the joint initiative.",
    "{a.full}, {a.appos}, told reporters in {city} that the situation in {town} was deteriorating by the hour.",
    "After a closed-door meeting in {city}, {a.appos}, {a.full}, along with {a.his} {b.dem} counterpart {b.full}, "
    "announced that the government is planning to “go all the way” in {prov}.",
    "{a.titled}, {a.appos}, said the group would not withdraw from {town} without guarantees.",
)
QUOTE_AFTER = (
    "{a.Sur} has called for humanitarian corridors to be opened in the province. “{qc}” {a.he} said.",
    "Speaking to {out}, {a.sur} said, “{q}”",
    "“{qc}” {a.before} {a.full} said in a joint news conference with {a.his} {b.dem} counterpart {b.full} in {city}.",
    "{a.Sur} told international media {when}: “{q}”",
    "“{qc}” {a.ref} said, who estimated that there are as many as {children} children trapped in {town}.",
    "{a.mr} is asking the {dem} government to take time to negotiate. {a.Sur} stressed: “{q}”",
    "As reported by {out}, {a.full} stressed that “{q}”",
    "In a press conference in {city}, {a.ref} said: “{q}”",
    "{a.before} {a.full} countered, stating that “{qc}” {out} reported.",
    "{a.Sur} spoke passionately about the need to stop the attacks. “{qc}” {a.he} said.",
    "“{qc}” {a.mr} said.",
    "“{qc}” {a.sur} told reporters at the stakeout.",
)
BLOCK_INTROS = (
    "{a.appos_cap}, {a.titled}, responded:",
    "{a.before} {a.full}, speaking during a meeting with {a.his} {b.dem} counterpart {b.sur} in {city}, "
    "immediately knocked back {c.sur}:",
    "Meanwhile, {a.he} repeated {a.his} general appeal for political talks:",
    "In a statement, {a.titled}, {a.appos}, responded:",
)
FIGURES = (
    "Approximately {civ_n} civilians are in the province and at least {moved} of these civilians have been "
    "relocated there.",
    "{neighbour} already hosts approximately {refugees} {dem} refugees and is clearly not in favour of a military "
    "operation that would create another wave of refugees towards its borders.",
    "With up to {civ_n} civilians crowded into the small area, {ndem} diplomats are reported to be in deep "
    "negotiations to prevent what could be a bloodbath.",
    "At least {displaced_n} people in the province have been displaced from other areas of {country}.",
    "{a.Sur} said that of the {trapped_n} people trapped in the city only about {fighters_n} were part of the "
    "{g.name}, and that {a.he} would personally escort them out.",
    "Among them are an estimated {fighters_n} members of the {g.name} ({g.acr}){former}.",
    "The {g.acr} may have carried out attacks on up to {occasions} occasions since the start of the year.",
    "The {o.name} ({o.acr}) says {hospitals} hospitals have been damaged in {prov} since the offensive began.",
    "The {o.name} has pledged {aid} in emergency aid for the estimated {displaced_n} displaced people.",
    "A new inflow of a possible {rival_refugees} people could stretch {neighbour}’s capabilities.",
    "Officials say nearly {killed} people have been killed in and around {town}.",
    "{neighbour} has already taken in {refugees} refugees and has signalled the lack of capacity to continue doing so.",
)
DISPUTES = (
    "{out} put the number of displaced people at {displaced_n}, while the {o.name} said more than {rival_displaced} "
    "people had fled {prov}.",
    "The government says {killed} people have been killed in {town}; the {g.name} puts the death toll at "
    "{rival_killed}.",
    "According to {out}, {civ_n} civilians remain in {prov}, although {out2} reported that as many as "
    "{rival_civ} people are living in the province.",
    "{a.full} said {fighters_n} fighters remain in {town}. The {g.acr} says it has {rival_fighters} fighters there.",
    "{out} counted {hospitals} damaged hospitals in {prov}, but the {o.acr} said {rival_hospitals} hospitals had "
    "been hit.",
)
EVENTS = {
    "meeting": ("{a.before} {a.full} met {a.his} {b.dem} counterpart {b.full} in {city} {when}.",
                "{When} {a.full} and {b.full} held talks in {city} on the situation in {prov}."),
    "proposal": ("{a.Sur} announced the unprecedented proposal {when}.",
                 "{When} {a.full} offered to personally escort the fighters out of {town}."),
    "vote": ("{When} the {u.name} failed to adopt a resolution to end the bloodshed in {town}.",
             "The {u.acr} council rejected a draft resolution on {prov} {when}."),
    "strike": ("{When} airstrikes hit a hospital in {town}, killing {killed} people, according to the {o.name}.",
               "A market in {town} was shelled {when}, the {o.name} said."),
    "convoy": ("{When} large convoys of {ndem} armoured vehicles were seen moving towards the border with {prov}.",
               "{ndem} troops moved towards the border {when}, {out} reported."),
    "border": ("{neighbour} closed its border with {country} {when}.",
               "{When} {neighbour} sealed its border crossings near {prov}."),
    "summit": ("{When} the presidents of {country}, {neighbour} and {third} met at a trilateral summit in {city}.",
               "A summit in {city} {when} failed to secure an agreement on a ceasefire in {prov}."),
    "statement": ("{a.before} {a.full} said {when} that “{q}”",
                  "{When} {a.full} said: “{q}”"),
    "appeal": ("{When} {a.full} called on both sides to open a humanitarian corridor out of {town}.",
               "{a.full} appealed {when} for a ceasefire in {prov}."),
}
FUTURE = (
    "The {u.name} has scheduled a vote on the draft resolution for {fut}, but a veto is likely.",
    "{a.full} is expected to travel to {city} {fut} for further talks.",
)
FILLER = (
    "There is a significant humanitarian concern because a military intervention in {prov} seems imminent.",
    "There has been no clarity on who would oversee the area after the departure of the {g.acr}.",
    "Nor has there been an explanation of where the fighters and their families would go.",
    "Irrespective of whether the impending attack occurs or not, refugees from {prov} continue to require support.",
    "News agencies have reported that {neighbour} has been asking for time to isolate the {g.acr} from other groups.",
    "{prov} is one of the last zones in {dir} {country} with an active armed presence.",
    "Standing on opposite sides of the war, {neighbour} has sided with the rebel forces while {third} has backed "
    "the government.",
    "Tensions skyrocketed after a ceasefire agreement collapsed, and the relationship is now strained to a breaking point.",
    "Would the willingness of {a.sur} to go into {prov} be enough to prevent a bloodshed? We will see in the next days.",
    "The proposal is a highly unusual one for a diplomat, and it could be the quickest path to relief for {town}.",
    "Residents of {town2} describe long queues for bread and water, and power cuts that last most of the day.",
    "The {g.name}{former_short} has controlled much of the province since an offensive against rival factions.",
    "Aid convoys have not reached {town2} for several weeks, according to local officials.",
    "It is indeed a solution, but a problematic one, to try and separate the civilians from the armed groups in {prov}.",
    "The government has already retaken control of {town2} and most of the surrounding villages.",
)
HEADINGS = (
    "{g.acr} to Go — But Who Takes Control?",
    "{neighbour} Weighs Its Options",
    "Rebels: {a.Sur} “Legalizes Military Attack”",
    "What Comes Next for {prov}",
)
TITLES = (
    "{prov} prepares for major crisis",
    "{a.Sur} calls for ceasefire — but also nods to {country}",
    "Rejection of ceasefire at {city} summit means battle of {prov} inevitable",
    "{a.Sur} proposes to escort fighters out of {town}",
    "{neighbour} warns against offensive on {prov}",
    "{g.acr} under pressure as talks on {prov} stall",
    "Thousands flee {town} as fighting spreads",
    "{u.acr} deadlocked over {prov} resolution",
    "{country} and {neighbour} trade warnings over {prov}",
    "Aid groups warn of catastrophe in {town}",
)
RELATED = (
    "Death notices, fear and the siege of {town2}",
    "Pictures: protests across {prov} as troops mass on the border",
    "{neighbour} and {country}: a timeline of the talks",
)


# ---------------------------------------------------------------------------------------------
# Writing one article.
# ---------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{([abc])\.(\w+)\}")
_INTRO_FORMS = frozenset({"before", "full", "appos", "appos_cap", "titled"})
_TITLED_FORMS = frozenset({"before", "appos", "appos_cap"})
SLOTS = ("a", "b", "c")


@dataclass(frozen=True)
class Needs:
    """How a template names its people: which slots it introduces, which it refers back to."""

    intro: tuple[str, ...]  # named in full or with a title
    titled: tuple[str, ...]  # named with their title: later "the Special Envoy" finds them
    short: tuple[str, ...]  # surname, "Mr." or pronoun only: must be introduced already
    by_office: tuple[str, ...]  # "the Foreign Minister said": must have been titled already


@cache
def needs(template: str) -> Needs:
    forms: dict[str, set[str]] = {}
    for slot, form in _FIELD.findall(template):
        forms.setdefault(slot, set()).add(form)
    intro = sorted(s for s, f in forms.items() if f & _INTRO_FORMS)
    titled = sorted(s for s, f in forms.items() if f & _TITLED_FORMS)
    short = sorted(s for s in forms if s not in intro)
    return Needs(tuple(intro), tuple(titled), tuple(short), tuple(s for s in short if "ref" in forms[s]))


def comma_quote(quote: str) -> str:
    """A quotation as it stands before "he said": its last full stop becomes a comma."""
    return quote[:-1] + "," if quote.endswith(".") else quote


class Writer:
    """Writes one article of a story; every choice comes from the article's own random stream."""

    def __init__(self, world: World, story: Story, k: int, pub: date, seed: int):
        self.world = world
        self.story = story
        self.rng = random.Random(f"article:{seed}:{story.ident}:{k}")
        self.pub = pub
        self.header = self._pick_header()
        self.dated = self.header in ("front", "dateline")
        self.outlet = self.rng.choice(world.outlets)
        self.cast = self.rng.sample(range(len(story.cast)), min(len(story.cast), self.rng.randint(2, 5)))
        self.introduced: list[int] = []  # cast members the article has named in full
        self.titled: list[int] = []  # … and those it has given their title
        self.used: set[str] = set()
        self.quoted: set[str] = set()  # block-quote paragraphs: no narrative is ever added to them
        self.past = [e.day for e in story.events if e.day <= pub] or [pub - timedelta(days=3)]
        self.others = [o for o in world.outlets if o != self.outlet]
        self.fixed = self._fixed()

    def _pick_header(self) -> str:
        roll = self.rng.random()
        return "front" if roll < 1 / 3 else "dateline" if roll < 2 / 3 else "none"

    # --- filling templates -------------------------------------------------------------------

    def fill(self, templates: Sequence[str], fixed: dict[str, int] | None = None, day: date | None = None) -> str:
        """One template not yet used in this article, with people it may name that way, filled."""
        fixed = fixed or {}
        options = [t for t in templates if t not in self.used] or list(templates)
        self.rng.shuffle(options)
        chosen = next(((t, cast) for t in options if (cast := self.assign(t, fixed)) is not None), None)
        if chosen is None:
            chosen = (options[0], self.assign(options[0], fixed, strict=False) or {})
        template, cast = chosen
        self.used.add(template)
        need = needs(template)
        for slot in need.intro:
            if cast[slot] not in self.introduced:
                self.introduced.append(cast[slot])
        for slot in need.titled:
            if cast[slot] not in self.titled:
                self.titled.append(cast[slot])
        return template.format(**self.context(cast, day))

    def assign(self, template: str, fixed: dict[str, int], strict: bool = True) -> dict[str, int] | None:
        """People for slots a, b, c: those named by surname or pronoun must already be introduced."""
        need = needs(template)
        cast = dict(fixed)
        everyone = range(len(self.story.cast))
        for slot in need.short:
            known_as = self.titled if slot in need.by_office else self.introduced
            if slot in cast:
                if strict and cast[slot] not in known_as:
                    return None
                continue
            known = [i for i in known_as if i not in cast.values()]
            if not known and strict:
                return None
            cast[slot] = self.rng.choice(known or [i for i in everyone if i not in cast.values()])
        for slot in SLOTS:
            if slot not in cast:
                fresh = [i for i in self.cast if i not in cast.values() and i not in self.introduced]
                pool = fresh if fresh and self.rng.random() < 0.7 else [i for i in everyone if i not in cast.values()]
                cast[slot] = self.rng.choice(pool)
        return cast

    def context(self, cast: dict[str, int], day: date | None) -> dict[str, object]:
        """Every field a template may use: the article's fixed ones, and this sentence's choices."""
        r, s = self.rng, self.story
        phrase = when(r, day or r.choice(self.past), self.pub if self.dated else None)
        quote = r.choice(s.quotes[cast["a"]])
        ctx = dict(self.fixed)
        ctx.update({slot: s.cast[cast[slot]] for slot in SLOTS})
        ctx.update({
            "q": quote, "qc": comma_quote(quote), "when": phrase, "When": cap(phrase), "fut": self._future(),
            "out": self.outlet if r.random() < 0.3 else r.choice(self.others), "out2": r.choice(self.others),
            "town2": s.towns[1 + r.randrange(len(s.towns) - 1)],
            "civ": hedged(r, s.numbers["civ"]), "fighters": hedged(r, s.numbers["fighters"]),
            "former": f", formerly known as the {s.group.former}" if s.group.former and r.random() < 0.6 else "",
            "former_short": f" (formerly the {s.group.former})" if s.group.former and r.random() < 0.3 else "",
        })
        return ctx

    def _fixed(self) -> dict[str, object]:
        """The fields that stay the same throughout the article: setting, organisations, numbers."""
        s, n = self.story, self.story.numbers
        out: dict[str, object] = {f"{key}_n": fmt(value) for key, value in n.items()}
        out.update({f"rival_{key}": fmt(value) for key, value in s.rivals.items()})
        out.update(moved=fmt(n["moved"]), refugees=fmt(n["refugees"]), children=fmt(n["children"]),
                   killed=fmt(n["killed"]), aid=money(n["aid"]), hospitals=fmt(n["hospitals"]),
                   occasions=fmt(n["occasions"]))
        out.update(g=s.group, o=s.agency, u=s.body, prov=s.province, town=s.towns[0], city=s.city, country=s.country,
                   dem=s.dem, neighbour=s.neighbour, ndem=s.ndem, dir=s.direction, third=s.third,
                   past_month=f"{MONTH_NAMES[s.start.month - 1]} {s.start.year - 2}")
        return out

    def _future(self) -> str:
        day = self.pub + timedelta(days=self.rng.randint(1, 5))
        if self.dated:
            return f"{WEEKDAY_NAMES[day.weekday()]} morning" if self.rng.random() < 0.5 else WEEKDAY_NAMES[day.weekday()]
        return full_date(self.rng, day)

    # --- paragraphs --------------------------------------------------------------------------

    def event_sentence(self, event: Event) -> str:
        cast = len(self.story.cast)
        return self.fill(EVENTS[event.kind], {"a": event.actor % cast, "b": event.other % cast}, event.day)

    def paragraph(self, budget: int) -> list[str]:
        """One paragraph of about `budget` words (or a block quote: its introduction and one to three
        quoted paragraphs)."""
        r = self.rng
        kind = r.choices(("role", "appos", "quote", "block", "event", "figure", "dispute", "filler", "future"),
                         weights=(3, 3, 4, 1.2, 3, 3, 1.5, 2, 0.5))[0]
        if kind == "block":
            return self.block()
        if kind == "event":
            past = [e for e in self.story.events if e.day <= self.pub] or self.story.events
            sentences = [self.event_sentence(r.choice(past))]
        else:
            sentences = [self.fill({"role": ROLE_BEFORE, "appos": APPOSITIVE, "quote": QUOTE_AFTER, "figure": FIGURES,
                                    "dispute": DISPUTES, "filler": FILLER, "future": FUTURE}[kind])]
        goal = budget * r.uniform(0.5, 1.5)
        while _words(sentences) < goal and len(sentences) < 5:
            sentences.append(self.fill(r.choice((FILLER, FIGURES, QUOTE_AFTER, ROLE_BEFORE))))
        return [" ".join(sentences)]

    def block(self) -> list[str]:
        intro = self.fill(BLOCK_INTROS)
        ctx = self.context({"a": 0, "b": 0, "c": 0}, None)
        lines = [t.format(**ctx) for t in self.rng.sample(BLOCK_LINES, self.rng.randint(1, 3))]
        self.quoted.update(lines)
        return [intro, *lines]

    def body(self, target: int, limit: int) -> list[str]:
        """Paragraphs until the article reaches about `target` words; never more than `limit`."""
        paras = [self.fill(LEADS)]
        while _words(paras) < target and len(paras) < limit - 1:
            if self.rng.random() < 0.08 and len(paras) > 2:
                paras.append(self.fill(HEADINGS))
            paras.extend(self.paragraph(target // (limit - 1)))
        paras = paras[:limit]
        while _is_heading(paras[-1]) or paras[-1].endswith(":"):
            paras.pop()
        return paras

    def fit(self, body: list[str], low: int, high: int) -> list[str]:
        """Trim whole paragraphs above `high` words; below `low`, lengthen the shortest plain paragraph."""
        while _words(body) > high and len(body) > 2:
            body.pop()
            while _is_heading(body[-1]) or body[-1].endswith(":"):
                body.pop()
        plain = [i for i, p in enumerate(body) if p.endswith(".") and p not in self.quoted] or [0]
        while _words(body) < low:
            sentence = self.fill(self.rng.choice((FILLER, FIGURES)))
            if _words(body) + len(sentence.split()) > high:
                break
            shortest = min(plain, key=lambda i: len(body[i]))
            body[shortest] += " " + sentence
        return body

    def title(self) -> str:
        title = self.fill(TITLES)
        self.introduced.clear()  # a headline's surname introduces nobody to the body
        self.titled.clear()
        return title[:1].upper() + title[1:]

    def furniture_tail(self) -> list[str]:
        r, out = self.rng, []
        agency = self.story.agency
        if r.random() < 0.5:
            payee = self.outlet if "Foundation" in self.outlet else agency.name
            out += ["To donate to this cause of assisting the refugees:", payee, r.choice(BANKS),
                    str(r.randrange(10**10, 10**11)), f"Ref: {agency.acr} {r.choice(('Appeal', 'Relief', 'Winter Fund'))}"]
        if r.random() < 0.6:
            out += ["Related Videos", self.fill(RELATED)]
        out.append(r.choice(("Subscribe to our newsletter", "Share this article", "Sign up for our newsletter")))
        return out

    def write(self) -> str:
        r = self.rng
        furnished = r.random() < 0.25
        title = self.title()
        head: list[str] = []
        if furnished:
            head.append(r.choice(NAV_LINES))
        if self.header != "front" or r.random() < 0.4:
            if furnished and r.random() < 0.5:
                head.append(f"Home News {title}")
            head.append(title)
        if self.header == "dateline":
            if r.random() < 0.4:
                head.append(f"by {r.choice(self.world.people).given.lower()}")
            head.append(f"{self.outlet} | {self.pub.day:02d} {MONTH_NAMES[self.pub.month - 1]} {self.pub.year}")
        tail = self.furniture_tail() if furnished else []
        front = self.front_matter(title) + "\n" if self.header == "front" else ""
        extra = _words([front, *head, *tail])
        update = self.header == "none" and r.random() < 0.1
        target = r.randint(250, 680) - extra
        body = self.body(target, r.randint(3, 10 if update else 12))
        if update:
            body += ["UPDATE:", f"{full_date(r, self.pub + timedelta(days=2))} – The {self.story.body.name} failed to "
                     f"adopt two resolutions to end the bloodshed in {self.story.towns[0]}."]
        body = self.fit(body, max(target, 255 - extra), 690 - extra)
        if furnished and len(body) > 4 and r.random() < 0.5:
            body.insert(r.randrange(2, len(body) - 1), "Share this article")
        sep = "\n\n" if r.random() < 0.6 else "\n"
        text = sep.join([*head, *body, *tail]) + "\n"
        return front + text

    def front_matter(self, title: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        site = re.sub(r"[^a-z0-9]+", "", self.outlet.lower())
        url = f"https://www.{site}.com/{self.pub:%Y/%m/%d}/{slug}"
        quoted = "'" + title.replace("'", "''") + "'"
        return f"---\ntitle: {quoted}\nsource: {self.outlet}\nurl: {url}\npublished: {self.pub.isoformat()}\n---"


def _words(paras: Sequence[str]) -> int:
    return sum(len(p.split()) for p in paras)


def _is_heading(line: str) -> bool:
    return not line.endswith((".", ":", "?", "”", "!"))


# ---------------------------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------------------------


def schedule(world: World, seed: int) -> list[tuple[Story, int, date]]:
    """Every article as (story, its number in the story, publication day), oldest first."""
    rng = random.Random(f"schedule:{seed}")
    plan = []
    for story in world.stories:
        offsets = sorted(rng.sample(range(30), story.articles))
        plan += [(story, k, story.start + timedelta(days=off)) for k, off in enumerate(offsets)]
    plan.sort(key=lambda item: (item[2], item[0].ident, item[1]))
    return plan


ARTICLE_FILE = re.compile(r"\d{5,}_[0-9a-f]{16}\.txt")


def prepare(out: Path) -> None:
    """Create `out`, or empty it of an earlier run's articles; refuse a folder holding anything else."""
    out.mkdir(parents=True, exist_ok=True)
    present = sorted(out.iterdir())
    strangers = [p.name for p in present if not (p.is_file() and ARTICLE_FILE.fullmatch(p.name))]
    if strangers:
        raise FileExistsError(f"{out} holds files this script did not write ({strangers[0]}, …); "
                              "give an empty or new folder")
    for path in present:
        path.unlink()


def generate(n: int, out: Path, seed: int = 7) -> int:
    """Write `n` articles into `out`; return the number of bytes written."""
    world = build_world(n, seed)
    prepare(out)
    width = max(5, len(str(n - 1)))
    total = 0
    for index, (story, k, pub) in enumerate(schedule(world, seed)[:n]):
        text = Writer(world, story, k, pub, seed).write()
        tag = random.Random(f"name:{seed}:{index}").getrandbits(64)
        data = text.encode("utf-8")
        (out / f"{index:0{width}d}_{tag:016x}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="folder to write them into (created)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    started = time.perf_counter()
    try:
        size = generate(args.n, args.out, args.seed)
    except FileExistsError as exc:
        parser.error(str(exc))
    print(f"wrote {args.n} articles ({size / 1e6:.1f} MB) to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

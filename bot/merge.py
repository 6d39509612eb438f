"""Across articles: one card per real actor, one timeline entry per happening, figure groups.

Each article names people its own way ("Walid al-Muallem" here, "Walid al-Moallem" there,
"HTS" somewhere else). Merging folds these into one actor by rules that hold for any
corpus: the same folded name, a surname that only one person carries, an acronym defined
beside its expansion, "formerly known as" links, and transliteration variants that share
their consonants. Curation in config.yaml can add merges, drops and renames on top.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot import cards
from bot.config import Curation
from bot.extract.actors import BODY_WORDS, LED_BODIES, UNVOUCHED, crowned, offices, sex_of, without_designator
from bot.extract.article import ArticleFacts
from bot.extract.dates import Moment
from bot.extract.figures import SHARE_PRICE_MOVES, Quantity, happenings, snippet
from bot.extract.gazetteer import is_demonym, is_region_name, is_shared_state_name, state_of
from bot.extract.given_names import is_common_word, may_be_a_first_name, may_be_a_surname
from bot.extract.names import (
    PARTICLES,
    compact,
    fold,
    in_order,
    initials,
    is_acronym,
    is_wider_region,
    skeleton,
    strip_possessive,
    tokens,
)
from bot.extract.roles import GENERATIONS
from bot.topics import find_topics

ACTOR_KINDS = ("person", "organisation", "state")
MAX_FACTS = {"roles": 6, "quotes": 6, "said": 6, "did": 8}
MAX_NAMED_IN = 3
THIN_CARD = 2  # a card with fewer facts than this also shows sentences that name its actor
MAX_RELATED = 6
FIGURE_RATIO = 2.0  # two figures further apart than this are not one quantity disputed
SAID_AGAIN_FROM = 1000  # one article giving a number this large twice, counting the same, means one quantity
MAIN_PLACE_FROM = 2  # sentences that must name a place for it to be the article's setting
PLACELESS_RATIO = 1.1  # how far a figure naming no place may be from one that does, to be the same quantity
SPELT_ALIKE = 80  # how alike (rapidfuzz's ratio) two names of the same consonants are spelt, to be one person
MISSPELT_FROM = 6  # letters a family name needs before one letter off it is taken for a slip of the keys
ALIKE_FROM, ALIKE_RATIO = 8, 90  # a family name's letters, and how alike two spellings of it are, to be one's
ANCHOR_OVERLAP = 0.5  # share of places and states two figures must have in common to be one quantity


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Member:
    """One article's view of an actor, with the numbers merging needs."""

    ref: tuple[str, str]
    name: str
    kind: str
    forms: set[str]
    aliases: set[str]
    acronyms: set[str]
    mentions: int
    crowned: bool = False  # called "King", "Prince", "Emir" …: a royal goes by that title and one name
    offices: frozenset[str] = frozenset()  # "president", "governor": what tells two people of one surname apart
    sex: str = ""  # "he" or "she", by a title of address ("Mr. Biden") or a first name ("Jill Biden")
    articles: set[str] = field(default_factory=set)  # the articles naming it just so, gathered on the first of them,
    # which stands for all when linking

    @property
    def times(self) -> int:
        return len(self.articles)


def merge(facts: list[ArticleFacts], curation: Curation | None = None) -> cards.Briefs:
    """Fold per-article facts into the cards."""
    curation = curation or Curation()
    members = _members(facts)
    groups = _group_actors(members, curation)
    actor_of, actors = _build_actors(groups, members, facts, curation)
    figures = _figure_groups(facts, actor_of, {a.id: a.kind for a in actors})
    by_id = {a.id: a for a in actors}
    for group in figures:
        for claim in group.claims:
            for actor_id in [claim.claimant, *claim.about]:
                actor = by_id.get(actor_id or "")
                if actor is not None and group.id not in actor.figures:
                    actor.figures.append(group.id)
    timeline = _timeline(facts, actor_of, frozenset(a.id for a in actors if a.kind == "person"))
    sources = [_source(f) for f in facts]
    topics = find_topics(facts, actors, timeline, figures, actor_of)
    return cards.Briefs(sources, actors, timeline, figures, topics)


def _members(facts: list[ArticleFacts]) -> dict[tuple[str, str], _Member]:
    out = {}
    for f in facts:
        for key, actor in chain(f.actors.items(), f.unvouched.items()):
            if (actor.kind not in (*ACTOR_KINDS, "surname", UNVOUCHED)
                    and not (actor.kind == "place" and len(tokens(actor.name)) == 1)):
                continue
            out[(f.article.id, key)] = _Member(
                (f.article.id, key), actor.name, actor.kind, set(actor.forms), set(actor.aliases),
                set(actor.acronyms), len(actor.sentences), crowned(actor.roles), offices=offices(actor.roles),
                sex=sex_of(actor),
                articles={f.article.id},
            )
    return out


def _group_actors(members: dict[tuple[str, str], _Member], curation: Curation) -> dict[tuple[str, str], list[_Member]]:
    """Every rule links actors by what they are called, so each way of naming one is linked
    once, for all the articles naming it so: a feed names the same actors day after day."""
    first_named: dict[tuple, _Member] = {}
    named_as = {}
    for m in members.values():
        first = first_named.setdefault(_naming(m), m)
        first.articles.add(m.ref[0])
        named_as[m.ref] = first.ref
    union = _link({m.ref: m for m in first_named.values()}, curation)
    groups: dict[tuple[str, str], list[_Member]] = defaultdict(list)
    for m in members.values():
        groups[union.find(named_as[m.ref])].append(m)
    return {root: ms for root, ms in groups.items() if _an_actor(ms)}


def _an_actor(ms: list[_Member]) -> bool:
    """A group some article took for an actor, unless more articles took it for a place:
    "Mogadishu said" in one story does not make a person of the city twenty others are set in."""
    places = sum(m.kind == "place" for m in ms)
    vouched = sum(m.kind != UNVOUCHED for m in ms)  # (a name no article typed has no say)
    return any(m.kind in ACTOR_KINDS for m in ms) and places <= vouched - places


def _naming(m: _Member) -> tuple:
    return m.name, m.kind, frozenset(m.forms), frozenset(m.aliases), frozenset(m.acronyms), m.crowned, m.offices, m.sex


def _link(members: dict[tuple[str, str], _Member], curation: Curation) -> _Union:
    union = _Union()
    by_name: dict[str, list[_Member]] = defaultdict(list)
    for m in members.values():
        union.find(m.ref)
        for form in sorted(m.forms | {m.name} | m.aliases | m.acronyms):  # sets iterate differently per run
            if m.kind == "person" and form != m.name and len(tokens(form)) == 1 < len(tokens(m.name)):
                continue  # "Clinton", short for Bill here and Hillary there, is no name they share (see below)
            state = state_of(form) if m.kind == "state" else None
            words = _a_body_s_words(form) if m.kind == "organisation" else [
                _SUFFIXES.get(w, w) for w in _words_of_a_name(form)]
            by_name[fold(state) if state else " ".join(words) or fold(form)].append(m)
    for same in by_name.values():
        for m in same[1:]:
            if _compatible(same[0], m):
                union.union(same[0].ref, m.ref)
    _link_singular_and_plural_bodies(by_name, union)
    _link_surnames(members, union)
    _link_short_names_of_bodies(members, union)
    _link_clipped_names(members, union)
    _link_middle_names(members, union)
    _link_names_cut_before_and(members, union)
    _link_acronyms(members, union)  # first, so that "UN Security Council" has one owner below
    _link_transliterations(members, union)
    _link_long_family_names_spelt_alike(members, union)
    _link_misspelt_names(members, union)
    _link_first_names_cut_short(members, union)
    _link_names_in_either_order(members, union)
    _link_double_family_names(members, union)
    _link_surnames(members, union)  # again: "President Raisi" is one person's once "Ebrahim" and "Ibrahim Raisi" are
    _link_qualified_organisations(members, union)
    _link_bodies_named_in_full_nearby(members, union)
    _link_acronyms(members, union)  # again: "US Department of Justice" is now "Department of Justice", one "DOJ"
    _link_state_bodies(members, union)
    _link_designated_organisations(members, union)
    _link_peoples(members, union)
    _link_names_ending_in_initials(members, union)
    _link_people_s_initials(members, union)
    _link_given_names_written_as_initials(members, union)
    for names in curation.merge:
        refs = [m.ref for m in members.values() if {fold(n) for n in names} & {fold(f) for f in m.forms | {m.name}}]
        for ref in refs[1:]:
            union.union(refs[0], ref)
    return union


def _link_singular_and_plural_bodies(by_name: dict[str, list[_Member]], union: _Union) -> None:
    """"the Tories" and "the Tory leader", "the Houthis" and "Houthi fighters": a body named by one word, its
    members', in the plural and in the singular, when the corpus names it both ways ("Paris" has no "Pari")."""
    for name, same in by_name.items():
        singular = name[:-3] + "y" if name.endswith("ies") else name[:-1]
        if " " in name or not name.endswith("s") or singular not in by_name:
            continue
        plural = next((m for m in same if m.kind == "organisation"), None)
        one = next((m for m in by_name[singular] if m.kind == "organisation"), None)
        if plural is not None and one is not None:
            union.union(one.ref, plural.ref)


def _words_of_a_name(name: str) -> list[str]:
    """A name's words, its particles left out however they are joined: "Waker-Uz-Zaman" is "Waker uz Zaman"."""
    return [w for t in tokens(_in_one_order(name)) for w in t.split() if w not in PARTICLES]


# a body's words written short: "Federal Deposit Insurance Corp." is the Federal Deposit Insurance Corporation,
# "Lehman Bros" the Lehman Brothers (and "Latham & Watkins" is "Latham and Watkins")
_SPELT_OUT = {"&": "and", "corp": "corporation", "co": "company", "inc": "incorporated", "ltd": "limited",
              "intl": "international", "dept": "department", "assn": "association", "natl": "national",
              "univ": "university", "govt": "government", "bros": "brothers"}


# "St Francis Catholic Church", "St. Francis …" and "Saint Francis …": one saint a body is named for
_SAINT_WRITTEN_SHORT = re.compile(r"\bSt\.?\s+(?=[A-Z])")


def _a_body_s_words(name: str) -> list[str]:
    """The words that tell one body's names alike, however written: "U.N." as "UN", "Corp." and "St." spelt out, its
    state by one name, its party by its members. A name of more words says its adjectives in "-ional" as
    their noun: "the National Transitional Council" is the "National Transition Council"."""
    name = _SAINT_WRITTEN_SHORT.sub("Saint ", name)
    words = _the_force_itself(_by_its_members([_SPELT_OUT.get(w, _DOTS_OF_INITIALS.sub("", w))
                                               for w in tokens(_with_its_state_named(_in_one_order(name)))]))
    if len(words) >= 4 and ("and" in words or "&" in words):  # "the Independent Electoral (and) Boundaries Commission"
        words = [w for w in words if w not in ("and", "&")]
    return [w[:-2] if w.endswith("ional") else w for w in words] if len(words) >= 2 else words


def _by_its_members(words: list[str]) -> list[str]:
    """"the Free Democratic Party" is "the Free Democrats", the Republican Party "the Republicans": a
    party goes by what its members are called (not "the Communist Party of China": the Communists of
    a story may be another land's). The words are folded, as `tokens` gives them."""
    if len(words) < 2 or words[-1] != "party" or not words[-2].endswith(_MEMBERS_OF_A_CREED):
        return words  # ("the Alternative for Germany Party": a name, no members')
    *before, last = words[:-1]
    return [*before, last[:-2] + "s" if last.endswith("ic") else last + "s"]


def _the_force_itself(words: list[str]) -> list[str]:
    """"the Memphis Police Department" is "Memphis Police": a police force named with or without the word for
    what kind of body it is (folded words, as `tokens` gives them)."""
    return words[:-1] if len(words) >= 3 and words[-2] == "police" and words[-1] in _A_FORCE_S_KIND else words


_A_FORCE_S_KIND = frozenset({"department", "service", "force", "dept"})
# what a creed's word ends in, so that its followers are that word and "s": "Democrats", "Greens", "Nationals"
_MEMBERS_OF_A_CREED = ("ic", "an", "ist", "ive", "al", "crat", "green")


# the dots of a body's initials: "U.N." is the "UN" (a folded word, as `tokens` gives it)
_DOTS_OF_INITIALS = re.compile(r"(?<=^[a-z])\.|(?<=\.[a-z])\.")

# a family name's suffix written out or short: "Vinicius Junior" is "Vinicius Jr"
_SUFFIXES = {"junior": "jr", "jnr": "jr", "jr.": "jr", "senior": "sr", "snr": "sr", "sr.": "sr"}


def _with_its_state_named(name: str) -> str:
    """"US Justice Dept", "the U.S. Justice Department" and "United States Justice Department" are
    one body: the state a body's name opens with, however written, by its one name."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and (state := state_of(" ".join(words[:n]))):
            return f"{state} {' '.join(words[n:])}"
    return name


def _compatible(a: _Member, b: _Member) -> bool:
    if a.crowned != b.crowned and len(tokens(a.name)) == 1:
        return False  # "King Hussein" here is not the "Hussein" who is Saddam there
    kinds = {a.kind, b.kind}
    return len(kinds) == 1 or bool(kinds & {"place", UNVOUCHED}) or kinds == {"organisation", "state"} or (
        # "Hayat Tahrir al-Sham", a person in one story (its first word a woman's name) and a body in three: a name
        # of two words or more, written alike, is one actor, of the kind most stories give it ("Former Hong Kong
        # publisher Jimmy Lai", a publishing firm by that title; "I congratulate Keir Starmer and the Labour Party",
        # a body by the one it is listed with)
        kinds == {"organisation", "person"} and fold(a.name) == fold(b.name)
        and (len(tokens(a.name)) >= 2 or _no_one_s_name(a.name)))


def _no_one_s_name(word: str) -> bool:
    """"Nvidia", a person where one story gave it a title ("Nvidia, the world leader in accelerated
    computing") and a body in the others: one word that is no one's first or family name is one actor
    (but "Ford" may be a man or a firm)."""
    return not may_be_a_surname(word) and not may_be_a_first_name(word)


def _goes_by_its_first_word(words: list[str]) -> bool:
    """"Amnesty said", "Campbell said": a body of two words or more may be called by its first (but "Bush" is no
    short name of the Bush administration, nor "Detroit" of the Detroit Free Press: a paper is named for its city)."""
    return len(words) >= 2 and words[-1] not in LED_BODIES and words[-1] not in _A_PAPER_S_LAST_WORDS


def _two_joined(words: list[str], article: str, named: set[tuple[str, str]]) -> bool:
    """"Arcelor Mittal", where the article names Mittal (or Lakshmi Mittal) too: two names joined, a merger's
    (or an alliance's), no long form of the first (but "Mercedes-Benz" is Mercedes's, where no Benz is named)."""
    return len(words) == 2 and (article, words[1]) in named


_A_PAPER_S_LAST_WORDS = frozenset({"press", "post", "times", "news", "herald", "journal", "tribune", "gazette",
                                   "chronicle", "telegraph", "star", "globe", "mail", "standard", "observer", "express"})

_KUNYA = frozenset({"Abu", "Abou", "Umm", "Um"})  # "father of", "mother of": a name taken from one's child's


def _link_surnames(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """A one-word name ("Lavrov", "Assad") joins the one full-named person it ends. A titled
    one ("Mr Xi", "Dr Tedros": kind person, which one word earns only by a title) may instead
    join the one person it opens, where the family name comes first; one that only spoke or
    acted, and ends no one's name, joins the body of that name ("Hamas said")."""
    by_surname: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_first: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_shape: dict[str, set[str]] = defaultdict(set)  # a surname's consonants -> the surnames spelt so
    by_first_shape: dict[str, set[str]] = defaultdict(set)  # and a first name's ("Alexey", "Alexei")
    held: dict[tuple[str, str], set[str]] = defaultdict(set)  # a full-named person's offices, by root
    sexes: dict[tuple[str, str], set[str]] = defaultdict(set)  # and whether they are a he or a she
    by_first_word: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a body's name's first word -> the bodies
    by_body: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a one-word body's name -> the bodies
    by_reign: dict[str, set[tuple[str, str]]] = defaultdict(set)  # "felipe" -> the crowned "Felipe VI"
    for m in members.values():
        words, root = tokens(m.name), union.find(m.ref)
        if m.kind == "organisation" and _goes_by_its_first_word(words):
            by_first_word[words[0]].add(root)
        if m.kind == "organisation" and len(words) == 1:
            by_body[words[0]].add(root)
        if m.kind == "person" and m.crowned and len(words) == 2 and _REGNAL_NUMBER.fullmatch(words[1]):
            by_reign[words[0]].add(root)
        if m.kind == "person" and len(words) >= 2:
            by_surname[words[-1]].add(root)
            by_first[words[0]].add(root)
            by_shape[skeleton(words[-1])].add(words[-1])
            by_first_shape[skeleton(words[0])].add(words[0])
            held[root] |= m.offices
            sexes[root] |= {m.sex} - {""}
    as_place: Counter[str] = Counter()  # how many articles took a one-word name for a place, and for someone
    as_someone: Counter[str] = Counter()
    titled: dict[str, set[str]] = defaultdict(set)  # the offices a one-word name is given, in any article
    addressed: dict[str, set[str]] = defaultdict(set)  # and as whom: "Mr." or "Mrs." (both: a family, no one)
    for m in members.values():
        if len(tokens(m.name)) == 1:
            (as_place if m.kind == "place" else as_someone)[tokens(m.name)[0]] += m.times
            titled[tokens(m.name)[0]] |= m.offices
            addressed[tokens(m.name)[0]] |= {m.sex} - {""}
    for m in members.values():
        name_tokens = tokens(m.name)
        if len(name_tokens) == 1 and m.crowned and len(reign := by_reign.get(name_tokens[0], set())) == 1:
            union.union(next(iter(reign)), m.ref)  # "King Felipe" is the one crowned "Felipe VI"
        if len(name_tokens) != 1 or m.kind not in ("person", "place", "surname") or m.crowned:
            continue  # (not "King Hussein" for Saddam Hussein: a royal's one name and title are how he is known)
        if m.name.split(" ", 1)[0] in _KUNYA:
            continue  # "Abu Ali", a resident of Houla, is called after his son: no one surnamed Ali ("Osama Ali")
        if as_place[name_tokens[0]] > as_someone[name_tokens[0]]:
            continue  # "Baghdad", mostly a place, is nobody's surname ("Abu Omar al-Baghdadi")
        if m.kind == "place" and by_body.get(name_tokens[0] + "s"):
            continue  # "Houthi", a place in one story, is the Houthis' word, not Abdul Malik al-Houthi's name (but
            # "Assad", a place in one story and "the Assad regime" in another, is Bashar al-Assad)
        word = name_tokens[0]
        ways = (by_surname.get(word, set()),  # the full names it ends, else those spelt nearly so, or those it opens
                by_surname.get(_spelt_otherwise(word, by_shape), set()) if m.kind in ("person", "surname") else set(),
                by_first.get(word, set()) if m.kind == "person" else set(),
                by_first.get(_spelt_otherwise(word, by_first_shape), set()) if m.kind == "person" else set(),
                # "Hamas said", no one's family name: the body of that one name, else the one it opens ("Amnesty said")
                by_body.get(word, set()) if m.kind == "surname" else set(),
                by_first_word.get(word, set()) if m.kind == "surname" else set())
        # of those who may be it: the same office, and the same sex ("Mr. Biden" is not Jill Biden; but "Mr. Bush"
        # and "Mrs. Bush" say nothing of which Bush "Bush" is)
        roots = next((fit for way in ways if (fit := {
            r for r in way if _may_hold_the_same_office(titled[word], held[r])
            and (len(addressed[word]) != 1 or not sexes[r] or addressed[word] == sexes[r])})), set())
        if len(roots) > 1:  # "President Clinton": the one Clinton who was ever called so
            roots = {r for r in roots if titled[word] & held[r]}
        if len(roots) == 1:
            union.union(next(iter(roots)), m.ref)


_REGNAL_NUMBER = re.compile(r"[ivxl]+")  # (tokens are folded to lower case)


def _in_one_order(name: str) -> str:
    """"the Russian Ministry of Defense" is the "Russian Defense Ministry": a ministry or a department
    named for its field either way round (not "the Bank of England": other heads keep their order)."""
    named = _FIELD_AFTER_HEAD.fullmatch(name)
    return f"{named['owner'] or ''}{named['field']} {named['head']}" if named else name


_FIELD_AFTER_HEAD = re.compile(r"(?P<owner>(?:[A-Z][\w.]*\s+)?)(?P<head>Ministry|Department) of (?:the\s+)?"
                               r"(?P<field>[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,2})")


def _link_short_names_of_bodies(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Campbell Soup said it earned …; Campbell said it cut costs": a body its own article calls by
    its name's first word, when one body of the article opens with it. Across articles the word may
    be another's ("the Guardian" is no "Guardian Council"), unless the body is a party or a movement
    named by it ("Labor" is the Labor Party)."""
    by_first_word: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # (article, word) -> bodies
    parties: dict[str, set[tuple[str, str]]] = defaultdict(set)  # "labor" -> the Labor Party, in any article
    by_last_word: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # "United" of Manchester United
    clubs: dict[str, set[tuple[str, str]]] = defaultdict(set)  # "city" -> the bodies of the corpus ending in it
    # the words the article names others by: a body's first, a person's family name
    named = {(article, words[0] if m.kind != "person" else words[-1])
             for m in members.values() if (words := tokens(m.name)) for article in m.articles}
    for m in members.values():
        words = tokens(m.name)
        if m.kind == "organisation" and len(words) >= 2 and words[-1] not in LED_BODIES:
            by_its_first_word = _goes_by_its_first_word(words)
            for article in m.articles:  # every article naming it so
                if by_its_first_word and not _two_joined(words, article, named):
                    by_first_word[(article, words[0])].add(m.ref)
                by_last_word[(article, words[-1])].add(m.ref)
            clubs[words[-1]].add(m.ref)
            if len(words) == 2 and words[1] in _A_PARTY_S_KIND:
                parties[words[0]].add(union.find(m.ref))
    for m in members.values():
        words = tokens(m.name)
        if m.kind != "organisation" or len(words) != 1:
            continue
        if is_acronym(m.name):  # "MK", the MK Party: a party named by its initials, but no other body so
            if len(parties.get(words[0], ())) == 1:
                union.union(next(iter(parties[words[0]])), m.ref)
            continue
        for article in sorted(m.articles):
            bodies = (by_first_word.get((article, words[0]), set()) or parties.get(words[0], set())
                      if not is_common_word(words[0]) else set())
            if not bodies and words[0] in _A_CLUB_S_SHORT_NAME:  # "United manager Louis van Gaal" after Manchester United
                bodies = by_last_word.get((article, words[0]), set())
            if len(bodies) == 1:
                union.union(next(iter(bodies)), m.ref)
                break
        else:  # "City" in a match report that never names Manchester City, the one club of the corpus so called
            if words[0] in _A_CLUB_S_SHORT_NAME and len({union.find(ref) for ref in clubs[words[0]]}) == 1:
                union.union(next(iter(clubs[words[0]])), m.ref)


def _link_clipped_names(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"West Brom" is "West Bromwich Albion": a body's name whose last word is cut short, when one
    body of the corpus goes on from it."""
    by_opening: dict[tuple[str, ...], list[_Member]] = defaultdict(list)  # a body's first words -> the bodies
    for m in members.values():
        words = tokens(m.name)
        if m.kind == "organisation":
            for cut in range(1, len(words)):
                by_opening[tuple(words[:cut])].append(m)
    for m in members.values():
        words = tokens(m.name)
        if m.kind not in ("organisation", UNVOUCHED) or len(words) < 2 or len(words[-1]) < CLIPPED_FROM:
            continue  # (a name no cue typed here may be the body named in full elsewhere)
        roots = {union.find(o.ref) for o in by_opening.get(tuple(words[:-1]), ())
                 if _cut_short(words[-1], tokens(o.name)[len(words) - 1])}
        # "Golden State" is the "Golden State Warriors": a side called without its nickname, the plural after its place
        roots = roots or {union.find(o.ref) for o in by_opening.get(tuple(words), ())
                          if m.kind == "organisation" and _a_side_s_nickname(o.name, len(words))}
        if len(roots) == 1:
            union.union(next(iter(roots)), m.ref)


def _a_side_s_nickname(name: str, after: int) -> bool:
    """Whether the one word after a name's first `after` words reads as a plural nickname ("Warriors", "Raptors"),
    no body's word ("the United Nations Security Council" goes on from the UN, but is no side of it). (A town that
    ends in "s" reads so too, and is as good: "Texas Health Presbyterian Hospital Dallas" is the hospital.)"""
    words = name.split()
    return (len(words) == after + 1 and words[-1][:1].isupper() and words[-1].endswith("s")
            and not words[-1].endswith("ss") and words[-1].lower() not in BODY_WORDS)


def _cut_short(short: str, word: str) -> bool:
    """"brom" of "bromwich", "committee" of "committees" (but not "news" of "news-washington": another word)."""
    return len(word) > len(short) and word.startswith(short) and word.isalpha()


CLIPPED_FROM = 4  # letters a word cut short keeps ("Brom"): fewer are too many words' openings
_A_CLUB_S_SHORT_NAME = {"united", "city", "rovers", "wanderers", "athletic", "albion", "county"}  # what a club is called
_A_PARTY_S_KIND = {"party", "movement"}  # a party goes by its name alone in every article ("Labor", "Likud")


def _may_hold_the_same_office(one_word: set[str], full_named: set[str]) -> bool:
    """"President Bush" is not the one full-named Bush a corpus has when that is "Gov. Jeb Bush":
    a surname and a full name both given offices must share one."""
    return not one_word or not full_named or bool(one_word & full_named)


def _spelt_otherwise(name: str, by_shape: dict[str, set[str]]) -> str:
    """"Daglo" for "Dagalo", "Alexey" for "Alexei": the one name spelt with the same consonants and close enough."""
    close = [s for s in by_shape.get(skeleton(name), ()) if fuzz.ratio(s, name) >= SPELT_ALIKE]
    return close[0] if len(close) == 1 else ""


def _numbered(name: str) -> bool:
    """"Edward IV", "Louis XIV", "Pius X": a name with its regnal number."""
    words = tokens(name)
    return len(words) >= 2 and _A_ROMAN_NUMBER.fullmatch(words[-1]) is not None


_A_ROMAN_NUMBER = re.compile(r"[ivx]{1,5}")


def _a_generation(token: str) -> bool:
    return token.rstrip(".") in _GENERATIONS


_GENERATIONS = frozenset(fold(g) for g in GENERATIONS)  # (as `tokens` gives them)


def _link_middle_names(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Rafael Mariano Grossi" is the "Rafael Grossi" of other articles: a middle name left
    out, when only one person goes by that first and last name; so is "Claudia Sheinbaum" of
    "Claudia Sheinbaum Pardo", whose mother's surname other articles leave off, and "Tayyip
    Erdogan" of "Recep Tayyip Erdogan", by the names he goes by, unless their offices differ (and
    "William Lai Ching-te" both "William Lai" and "Lai Ching-te"). Two longer names that would both
    be the short one leave it alone: it may be either."""
    # a first and a last name by their consonants, then by their letters: "Habib al-Adly" is the "Habib Ibrahim
    # el-Adli" of another article, but "Ali Hussein" is not "Ali Hassan al-Majid"; a middle and a last name only as
    # spelt ("Ali al-Naimi" is not "Ibrahim Ali al-Nuimei")
    by_ends: dict[tuple[str, str], set[tuple[tuple[str, str], str, tuple[str, ...]]]] = defaultdict(set)
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in members.values():
        if m.kind == "person" and (len(words := tokens(m.name)) == 2 or _full_middle_names(words)):
            by_ends[(skeleton(words[0]), skeleton(words[-1]))].add(
                (union.find(m.ref), words[0] + words[-1], tuple(words[1:-1])))
            held[union.find(m.ref)] |= m.offices

    def named(first: str, last: str, between: list[str], as_spelt: bool = False) -> set[tuple[str, str]]:
        """The shorter names from `first` to `last` whose middle names, if any, are among `between`."""
        return {root for root, spelt, middles in by_ends.get((skeleton(first), skeleton(last)), ())
                if (spelt == first + last or (not as_spelt and fuzz.ratio(spelt, first + last) >= SPELT_ALIKE))
                and (not middles or (len(middles) < len(between) and in_order(middles, between)))}

    longer: dict[tuple[str, str], dict[tuple[str, ...], list[_Member]]] = defaultdict(dict)
    for m in members.values():
        words = tokens(m.name)
        if m.kind == "person" and len(words) >= 3 and not _a_generation(words[-1]):
            # (not "Ferdinand Marcos Jr": the son, whom his father's name would take)
            roots = set().union(*(named(words[0], later, words[1:i]) for i, later in enumerate(words[1:], 1)))
            tails = set().union(*(named(middle, words[-1], words[i + 1:-1], as_spelt=True)
                                  for i, middle in enumerate(words[1:-1], 1)))
            roots |= {r for r in tails if _may_hold_the_same_office(held[r], m.offices)}
            for root in roots:  # ("William Lai Ching-te" is both "William Lai" and "Lai Ching-te"; and the longer
                # names spelt alike, "Nana Addo Dankwa Akufo-Addo" and "… Dankwah …", are one)
                longer[root].setdefault(tuple(skeleton(w) for w in words), []).append(m)
    for root, names in longer.items():
        if _nested(list(names)):  # (not "George W. Bush" and "George H. W. Bush", both "George Bush" somewhere)
            for m in chain.from_iterable(names.values()):
                union.union(root, m.ref)


def _nested(names: list[tuple[str, ...]]) -> bool:
    """"Bola Ahmed Tinubu", "Bola Tinubu Ahmed" and "Asiwaju Bola Ahmed Tinubu": longer names each made of the
    words of the one before, in whatever order, and more are one person's, as a name with a word left out is above
    (but "Dana Walker Kell" and "Dana Harben Kell" may be two people, both "Dana Kell")."""
    words = sorted((frozenset(n) for n in names), key=len)
    return all(shorter <= longer for shorter, longer in pairwise(words))


def _link_double_family_names(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Sara Duterte-Carpio" is the "Sara Duterte" of other stories: a family name joined to another by a hyphen
    (a married name, a mother's) is one person's with either half, when one person of the corpus goes by it."""
    by_name: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
    for m in members.values():
        if m.kind == "person":
            by_name[tuple(tokens(m.name))].add(union.find(m.ref))
    for m in members.values():
        words = tokens(m.name)
        if m.kind != "person" or len(words) != 2 or " " not in words[1]:
            continue
        halves = words[1].split(" ")
        roots = set().union(*(by_name.get((words[0], half), set()) for half in (halves[0], halves[-1])))
        if len(roots) == 1:
            union.union(next(iter(roots)), m.ref)


def _full_middle_names(words: list[str]) -> bool:
    """"Bassirou Diomaye Faye", the "Bassirou Diomaye Diakhar Faye" of another sentence: a name with
    middle names (its folded words, so no initials) is a shorter form of a longer one."""
    return len(words) >= 3 and all(len(w) > 2 for w in words[1:-1])


def _link_acronyms(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"UN" joins "United Nations" when exactly one organisation's initials spell it (or those of
    its name before "and": "IAM", the International Association of Machinists and Aerospace Workers)."""
    expansions: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in members.values():
        if m.kind == "organisation" and len(m.name.split()) >= 2:
            for spelled in _spellings(m.name):
                expansions[spelled.upper()].add(union.find(m.ref))
    for m in members.values():
        initials = _PLURAL_INITIALS.sub("", m.name)  # "PDFs", the plural of "PDF", the People's Defence Forces
        if m.kind == "organisation" and is_acronym(initials):
            roots = expansions.get(initials.replace(".", "").upper(), set())  # "G.M." is "GM"
            if len(roots) == 1:
                union.union(next(iter(roots)), m.ref)


_PLURAL_INITIALS = re.compile(r"(?<=[A-Z])s$")


def _link_names_cut_before_and(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"the Centers for Disease Control" is the Centers for Disease Control and Prevention: a body's name of four
    words or more, cut before its last "and" (shorter ones are too often another body: "the Department of
    Health" beside a Department of Health and Human Services)."""
    bodies = {fold(m.name): m for m in members.values() if m.kind == "organisation"}
    for name, m in bodies.items():
        head, joined, _ = name.rpartition(" and ")
        if joined and len(head.split()) >= 4 and (short := bodies.get(head)) is not None:
            union.union(short.ref, m.ref)


def _link_people_s_initials(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"President AMLO said" is Andrés Manuel López Obrador, "JFK" John Fitzgerald Kennedy: a person called by
    three initials or more, when they spell the names of exactly one person of the corpus."""
    spelt: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in members.values():
        if m.kind == "person" and len(m.name.split()) >= 3:
            spelt[initials(m.name).upper()].add(union.find(m.ref))
    for m in members.values():
        if m.kind == "person" and is_acronym(m.name) and len(m.name) >= 3:
            roots = spelt.get(m.name.upper(), set())
            if len(roots) == 1:
                union.union(next(iter(roots)), m.ref)


def _link_given_names_written_as_initials(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"B.J. Habibie" is the "Bucharuddin Jusuf Habibie" of another story: given names written as their
    initials, before the same family name, when they spell the given names of exactly one person of the corpus
    (who may hold the same office)."""
    spelt: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in members.values():
        if m.kind == "person" and len(words := tokens(m.name)) >= 3 and all(len(w) > 2 for w in words[:-1]):
            spelt[("".join(w[0] for w in words[:-1]), words[-1])].add(root := union.find(m.ref))
            held[root] |= m.offices
    for m in members.values():
        written = _GIVEN_INITIALS.match(m.name) if m.kind == "person" else None
        if written is None:
            continue
        family = tokens(m.name[written.end():])
        initials = re.sub(r"[\s.]", "", written.group(0)).lower()
        roots = spelt.get((initials, family[0]), set()) if len(family) == 1 else set()
        if len(roots) == 1 and _may_hold_the_same_office(held[root := next(iter(roots))], m.offices):
            union.union(root, m.ref)


# "B.J.", "BJ", "B. J." before a family name: two or three given names by their initials
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,3}(?=[A-Z][a-z])|[A-Z]{2,3}\s(?=[A-Z][a-z])")


def _spellings(name: str) -> set[str]:
    """The initials a body's name may be shortened to: of its capitalised words, of those before
    "and", with "of" ("DOJ", the Department of Justice) and without a leading state ("US")."""
    words = name.split()
    owner = strip_possessive(words[0])
    if owner != words[0] and state_of(owner):
        return {initials(" ".join(words[1:]))}  # "Ukraine's Navy" is the "Navy" of Ukraine, no "UN"
    bare = " ".join(words[1:]) if len(words) > 2 and state_of(owner) else name
    return {initials(n) for n in (name, name.split(" and ")[0], bare, re.sub(r"\bof\b", "Of", bare))}


def _link_names_ending_in_initials(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Wagner PMC" is the "Wagner Private Military Company" of another story: a body's name whose
    last word spells the initials of the rest of one other body's name, after the same first words."""
    spelt_out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    orgs = [m for m in members.values() if m.kind == "organisation"]
    for m in orgs:
        words = m.name.split()
        for cut in range(1, len(words) - 1):  # the rest is two words or more
            spelt_out[(fold(" ".join(words[:cut])), initials(" ".join(words[cut:])).upper())].add(union.find(m.ref))
    for m in orgs:
        words = m.name.split()
        if len(words) >= 2 and is_acronym(words[-1]):
            roots = spelt_out.get((fold(" ".join(words[:-1])), words[-1].replace(".", "").upper()), set())
            if len(roots) == 1:
                union.union(next(iter(roots)), m.ref)


def _link_qualified_organisations(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"UN Security Council" and "United Nations Security Council" are the "Security Council",
    "U.S. Fish and Wildlife Service" the "Fish and Wildlife Service": a leading word that names
    another organisation, or a state, only says whose it is. But a bare "Defence Ministry" that
    two states' ministries qualify is neither's."""
    orgs = [m for m in members.values() if m.kind == "organisation"]
    by_name = {fold(f): m for m in orgs for f in sorted(m.forms | {m.name} | m.acronyms)}
    for m in orgs:  # and the initials a body's name is shortened to ("UN" before "Security Council"), and its
        # field before its head ("the Financial Protection and Innovation Department")
        if len(m.name.split()) >= 2:
            for spelled in sorted(_spellings(m.name)):
                by_name.setdefault(spelled.lower(), m)
            by_name.setdefault(fold(_in_one_order(m.name)), m)
    owners: dict[tuple[str, str], set[str | tuple[str, str]]] = defaultdict(set)  # a bare body -> whose it is said to be
    links: list[tuple[_Member, _Member]] = []
    for m in orgs:
        words = m.name.split()
        for cut in range(1, len(words) - 1):  # the rest is two words or more
            owner, rest = " ".join(words[:cut]), fold(_in_one_order(" ".join(words[cut:])))
            if rest not in by_name or by_name[rest] is m:
                continue
            state = state_of(strip_possessive(owner)) or (fold(owner) if is_region_name(owner) else None)
            undotted = owner.replace(".", "")  # "U.N." is the "UN" a body's initials spell
            whose = fold(undotted) if is_acronym(undotted) else fold(owner)
            if state is None and (whose == "royal" or (cut == 1 and whose.endswith("ist"))):
                state = whose  # "Royal Spanish Football Federation": the crown's, as a state's would be; "the
                # Islamist Muslim Brotherhood": a creed's word says what the body is, not which
            if state is not None or whose in by_name:  # (a state, a federation's state, or a body)
                owners[by_name[rest].ref].add(state or union.find(by_name[whose].ref))
                links.append((by_name[rest], m))
                break
        of_state = _OF_A_STATE.fullmatch(m.name)  # "Election Commission of India": the state named after the body
        state = _whose_land(of_state.group(2)) if of_state else None
        bare = by_name.get(fold(of_state.group(1))) if of_state and len(of_state.group(1).split()) >= 2 else None
        if state is not None and bare is not None and bare is not m:
            owners[bare.ref].add(state)
            links.append((bare, m))
    for bare, m in links:
        if len(owners[bare.ref]) == 1:
            union.union(bare.ref, m.ref)


_OF_A_STATE = re.compile(r"(.+?) of (?:the )?(.+)")


def _whose_land(name: str) -> str | None:
    """The state a body is "of", or the name two states share ("the Democratic Party of Korea"): a
    land either way, so the bare body a corpus names nowhere else is this one."""
    return state_of(name) or (name if is_shared_state_name(name) else None)


def _link_bodies_named_in_full_nearby(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Arkansas State Police" and, further down the same story, "State Police said": a body of two
    words or more is the one body its article names with more words in front, if the corpus names
    it so in front of no other (a bare "Defence Ministry" that two states' ministries end is neither's)."""
    orgs = [(tokens(m.name), m) for m in members.values() if m.kind == "organisation"]
    fuller_anywhere: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for words, _ in orgs:
        for cut in range(1, len(words) - 1):
            fuller_anywhere[tuple(words[cut:])].add(" ".join(words))
    by_article: dict[str, list[tuple[list[str], _Member]]] = defaultdict(list)
    for words, m in orgs:
        for article in m.articles:
            by_article[article].append((words, m))
    for bodies in by_article.values():
        for words, m in bodies:
            if len(words) < 2 or len(fuller_anywhere.get(tuple(words), ())) != 1:
                continue
            fuller = [other for other_words, other in bodies
                      if len(other_words) > len(words) and other_words[-len(words):] == words]
            if len(fuller) == 1:
                union.union(fuller[0].ref, m.ref)


def _link_peoples(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"the Houthis", "Houthi rebels" and "Yemeni Houthis" are one movement, "Saudi Aramco" is
    "Aramco": a one-word name said in the plural, in the singular or after its state's adjective. And a
    party is its members: "the Conservatives", "the Republicans", "the Democrats" are the Conservative,
    Republican and Democratic parties."""
    orgs = [m for m in members.values() if m.kind == "organisation"]
    by_name = {fold(m.name): m for m in orgs}
    for m in orgs:
        words = m.name.split()
        if len(words) == 2 and words[1] == "Party":
            member = fold(words[0]).removesuffix("ic")  # "Democratic Party": its members are Democrats
            for other in (f"{member}s", f"{fold(words[0])}s"):
                if other in by_name and by_name[other] is not m:
                    union.union(by_name[other].ref, m.ref)
    for m in orgs:
        words = m.name.split()
        if len(words) == 2 and state_of(strip_possessive(words[0])):
            words = words[1:]
        if len(words) != 1:
            continue
        key = fold(words[0])
        for other in {key, key[:-1] if key.endswith("s") else f"{key}s"}:
            if other in by_name and by_name[other] is not m:
                union.union(by_name[other].ref, m.ref)


def _link_state_bodies(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Russia's Defence Ministry" is "the Russian Defence Ministry", and "Sri Lanka's Central Bank"
    the "Central Bank of Sri Lanka": one state's body, whether its state is named before it, made an
    adjective or named after it."""
    by_state_body: dict[tuple[str, str], list[_Member]] = defaultdict(list)
    for m in members.values():
        if m.kind == "organisation" and (owned := _a_state_s_body(m.name)) is not None:
            state, body = owned
            by_state_body[(state, _ONE_MILITARY.get(body, body))].append(m)
    for same in by_state_body.values():
        for m in same[1:]:
            union.union(same[0].ref, m.ref)


def _a_state_s_body(name: str) -> tuple[str, str] | None:
    """The state a body's name gives as its owner, and the body's own words. Named after it, the body
    is of two words or more: the "Church of England" and the "Church of Scotland" are no one's "Church"."""
    words = name.split()
    for cut in range(1, min(len(words), 4)):  # "South Korea's Navy": a state of up to three words
        if (state := state_of(strip_possessive(" ".join(words[:cut])))) is not None:
            return state, fold(" ".join(words[cut:]))
    body, of, land = name.rpartition(" of ")
    if of and len(body.split()) >= 2 and (state := state_of(land.removeprefix("the "))) is not None:
        return state, fold(body)
    return None


# a state's army, military and armed forces are one body: "Sudan's army", "the Sudanese Armed Forces"
_ONE_MILITARY = dict.fromkeys(["army", "military", "armed forces", "defence forces", "defense forces"], "armed forces")


def _link_designated_organisations(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"FC Barcelona" here, "Barcelona" there; "Pfizer Inc" and "Pfizer": one organisation,
    named with and without its club letters or legal form (where the bare name may be one no
    cue typed: "Grace Ocean Private Ltd." here, "Grace Ocean and Synergy have petitioned" there; or
    that a speaker's verb made a person: "Exxon Mobil said" there)."""
    orgs = [m for m in members.values() if m.kind == "organisation"]
    named = [m for m in members.values() if m.kind == UNVOUCHED or (
        m.kind == "person" and len(tokens(m.name)) >= 2 and not may_be_a_first_name(m.name.split()[0]))]
    # (but "Charles Schwab said" is the man, whose name his firm bears)
    by_name = {fold(f): m for m in orgs + named for f in sorted(m.forms | {m.name})}
    by_bare: dict[str, _Member] = {}  # ("Dalian Shide Group Co" and "Dalian Shide Group Co. Ltd.": one bare name)
    for m in orgs:
        bare = without_designator(m.name)
        other = (by_name.get(fold(bare)) or by_bare.setdefault(fold(bare), m)) if bare else None
        if other is not None and other is not m:
            union.union(other.ref, m.ref)


def _link_transliterations(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"al-Muallem" and "al-Moallem", "Vladimir Zelensky" and "Volodymyr Zelenskyy", "Hasan" and
    "Hassan Nasrallah", "Abdel-Moneim" and "Abdulmenam al-Ghaithi": same words but for vowels,
    doubled letters and where the first names part, one actor. A one-word name is
    joined only so for an organisation ("Hezbollah", "Hizbullah") and only if long, as short words
    spelt alike are too often two names."""
    by_shape: dict[tuple[str, ...], list[tuple[str, _Member]]] = defaultdict(list)
    for m in members.values():
        if m.kind not in ACTOR_KINDS:
            continue
        for name in sorted({m.name} | m.forms):  # and the other names it goes by ("also known as Abu Mohammed al-Jolani")
            if m.kind == "person" and (_GIVEN_INITIALS.match(name) or _numbered(name)):
                continue  # "J.R. Okafor": initials, no spelling of "Joe Ray" that leaves out its vowels (see below);
                # "Edward V": a number, not a spelling of his brother Edward IV's
            # word by word, a hyphen as a space ("Boutros-Ghali", "Boutros Ghali"); a person's first names run
            # together, as a hyphen or a space may part them or not ("Abdel-Moneim", "Abdulmenam")
            words = [_GLUED_IBN.sub("", _SUFFIXES.get(w, w)) for p in tokens(name) for w in p.split()]
            if len(words) >= 2 or (m.kind == "organisation" and len(words) == 1 and len(words[0]) >= 6):
                if m.kind == "person":  # (a family name's "I" before a vowel may be written "J": "Iohannis", "Johannis")
                    # and a compound family name may be parted anywhere: "Rami Abdel-Rahman" and "Rami Abdulrahman"
                    by_shape[(m.kind, _spelling("".join(words)))].append((name, m))
                    words = ["".join(words[:-1]), _J_FOR_I.sub("j", words[-1])]
                by_shape[(m.kind, *(_spelling(w) for w in words))].append((name, m))
    for same in by_shape.values():
        # each against every one before it, not only the first ("Shebab", then "Al-Shabab" and "al-Shabaab": the
        # last two alike, though neither is close enough to the first)
        spelt: dict[tuple[str, str], list[_Member]] = defaultdict(list)  # (a name said in many stories, once)
        for name, m in same:
            spelt[(compact(name), tokens(name)[-1])].append(m)
        for ms in spelt.values():
            for m in ms[1:]:
                union.union(ms[0].ref, m.ref)
        spellings = list(spelt.items())
        for i, ((whole, last), ms) in enumerate(spellings):
            for (whole_before, last_before), before in spellings[:i]:
                # a first name may be spelt from another language ("Vladimir", "Volodymyr") if the family name is close
                if (fuzz.ratio(whole_before, whole) >= SPELT_ALIKE or fuzz.ratio(last_before, last) >= 85
                        or _vowels_apart(whole_before, whole)):
                    union.union(before[0].ref, ms[0].ref)


def _link_long_family_names_spelt_alike(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Svetlana Tikhanouskaya" and "Sviatlana Tsikhanouskaya", "Jake Obetsebi-Ampte" and "Jake
    Obetsebi-Lamptey": one first name however its vowels are written, and a long family name spelt
    all but alike (from another alphabet, or slipped), one person; two of one family differ in their
    first names, and long family names this close are rarely two families' in one corpus."""
    by_first: dict[str, dict[str, list[_Member]]] = defaultdict(lambda: defaultdict(list))
    for m in members.values():
        if m.kind == "person" and len(words := tokens(m.name)) == 2 and len(words[1]) >= ALIKE_FROM:
            by_first[_spelling(words[0])][words[1]].append(m)
    for family in by_first.values():
        names = sorted(family)
        for i, last in enumerate(names):
            for before in names[:i]:
                if abs(len(before) - len(last)) <= 2 and fuzz.ratio(before, last) >= ALIKE_RATIO:
                    union.union(family[before][0].ref, family[last][0].ref)


_J_FOR_I = re.compile(r"^i(?=[aeiou])")
_GLUED_IBN = re.compile(r"^ibn(?=[aeiou])")  # "Ibnouf" is "Ibn Auf": "son of", written into the name (and left out)


def _spelling(word: str) -> str:
    """A word's skeleton, with "x" as "ks" and any opening vowel as one, a "y" before it unsaid in a
    long word: "Aleksandr" and "Alexander", "Ebrahim" and "Ibrahim", "Usama" and "Osama", "Yevgeny"
    and "Evgeny" are one name written from another alphabet."""
    if len(word) >= 6:
        word = _OPENING_Y.sub("", word)
    return skeleton(_OPENING_VOWEL.sub("a", word.replace("x", "ks")))


_OPENING_VOWEL = re.compile(r"^[aeiou]")
_OPENING_Y = re.compile(r"^y(?=[aeiou])")


def _link_misspelt_names(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"President Mohamed Bazouw", in one article only, is the "Mohamed Bazoum" the others name: a
    full name one story alone gives, a letter off the family name of the one person of that first
    name whom more stories name, is that person's misspelt; so is "Olusengun Obasanjo", a letter
    off a long first name of the one Obasanjo more stories name. (Two of one family differ in their
    first names by more than a letter; two long names a letter apart are rarely two people's in one
    corpus.)"""
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_first: dict[str, list[tuple[str, _Member]]] = defaultdict(list)
    by_last: dict[str, list[tuple[str, _Member]]] = defaultdict(list)  # and a first name a letter off: "Olusengun"
    for m in members.values():
        articles[union.find(m.ref)] |= m.articles
        if m.kind == "person" and len(words := tokens(m.name)) == 2 and len(words[1]) >= MISSPELT_FROM:
            by_first[words[0]].append((words[1], m))
            if len(words[0]) >= MISSPELT_FROM:
                by_last[words[1]].append((words[0], m))
    for named in [*by_first.values(), *by_last.values()]:
        for word, m in named:  # the word that differs: a family name, or a first name
            root = union.find(m.ref)
            if len(articles[root]) > 1:
                continue
            close = {other for spelt, o in named if (other := union.find(o.ref)) != root
                     and len(articles[other]) > 1 and Levenshtein.distance(spelt, word) == 1
                     and _may_hold_the_same_office(o.offices, m.offices)}
            if len(close) == 1:
                union.union(close.pop(), m.ref)


SHORT_FIRST_NAME_FROM = 3  # letters of a first name cut short ("Greg", "Alex", "Dan")


def _link_first_names_cut_short(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Greg Becker" is the "Gregory Becker" of another story: a first name cut short, with the same
    family name, when the corpus has one person of each and their first names tell the same sex, or
    none (not "Chris Evans" and "Christine Evans"; nor a president and a senator)."""
    by_last: dict[str, dict[tuple[str, str], tuple[str, _Member]]] = defaultdict(dict)
    for m in members.values():
        if m.kind == "person" and len(words := tokens(m.name)) == 2:
            by_last[words[1]].setdefault(union.find(m.ref), (words[0], m))
    for people in by_last.values():
        if len(people) != 2:
            continue
        (short, one), (full, other) = sorted(people.values(), key=lambda named: len(named[0]))
        pet = _without_a_pet_name_s_ending(short)
        if (len(short) >= SHORT_FIRST_NAME_FROM and full != short
                and (full.startswith((short, pet)) or _said_without_its_h(full).startswith((short, pet)))
                # (a pet name the lists give no sex, "Jenni", may be Jennifer's)
                and (one.sex == other.sex or (pet != short and full.startswith(pet) and not one.sex))
                and _may_hold_the_same_office(one.offices, other.offices)):
            union.union(one.ref, other.ref)


def _said_without_its_h(name: str) -> str:
    """"Thomas" as said, "tomas": the unsaid "h" after an opening "t", which its short form leaves out ("Tom")."""
    return "t" + name[2:] if name.startswith("th") else name


def _without_a_pet_name_s_ending(name: str) -> str:
    """"Maddie" for Madison, "Katie" for Katherine, "Danny" for Daniel, "Jenni" for Jennifer: a pet name's "-ie",
    "-y" or "-i" taken off, and the consonant it doubled ("mad", "kat", "dan", "jen"); the name itself when it has no
    such ending or too little is left."""
    stem = name.removesuffix("ie") if name.endswith("ie") else name[:-1] if name.endswith(("y", "i")) else name
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return stem if len(stem) >= SHORT_FIRST_NAME_FROM and stem != name else name


def _link_names_in_either_order(members: dict[tuple[str, str], _Member], union: _Union) -> None:
    """"Kishida Fumio" in one story is the "Fumio Kishida" of another: a two-word name written family
    name first, as Japanese, Korean, Chinese and Hungarian names often are, when the corpus has the
    other order too (and the two may hold the same office)."""
    by_words: dict[tuple[str, str], _Member] = {}
    for m in members.values():
        if m.kind == "person" and len(words := tokens(m.name)) == 2 and words[0] != words[1]:
            by_words.setdefault((words[0], words[1]), m)
    for (first, last), m in by_words.items():
        other = by_words.get((last, first))
        if other is not None and first < last and _may_hold_the_same_office(m.offices, other.offices):
            union.union(m.ref, other.ref)


def _vowels_apart(a: str, b: str) -> bool:
    """"hezbollah", "hizbullah": the same letters in the same places but for vowels."""
    return len(a) == len(b) and all(x == y or (x in "aeiou" and y in "aeiou") for x, y in zip(a, b, strict=True))


# ---------------------------------------------------------------- actors

def _canonical(ms: list[_Member], curation: Curation) -> str:
    counts: Counter[str] = Counter()
    for m in ms:
        if m.kind in ACTOR_KINDS:
            counts[m.name] += m.mentions
    # a nationality named now and then before a body ("Pakistani Taliban" once) does not name the body a corpus
    # calls "Taliban" (but "Irish Republican Army", "German People's Union" are full names)
    # nor does a word after a body's name once ("chief executive of Microsoft Gaming") rename a body called "Microsoft"
    kind = _voted_kind(ms)
    plain = {n: c for n, c in counts.items() if not _rarely_qualified(n, counts, kind == "organisation")} or counts
    # the name with the most words ("Bankman-Fried" two, whether a story writes the hyphen or not), then the most named
    best = max(plain, key=lambda n: (len(" ".join(tokens(n)).split()), counts[n], sum(w[:1].islower() for w in n.split()), n))
    if kind == "state":
        best = state_of(best) or best  # "Ukraine", however one article styles it ("the Republic of Ukraine")
    for old, new in curation.rename.items():
        if fold(old) in {fold(m.name) for m in ms} | {fold(f) for m in ms for f in m.forms}:
            return new
    return best


QUALIFIED_RARELY = 10  # times fewer mentions than the bare name, for a nationality's name before it (or, a body's,
# a word after it) to be an aside


def _rarely_qualified(name: str, counts: Counter[str], body: bool) -> bool:
    first, _, rest = name.partition(" ")
    head, _, last = name.rpartition(" ")
    return (bool(rest) and is_demonym(first)
            and counts.get(rest, 0) >= QUALIFIED_RARELY * counts[name]) or (
            body and first.lower().endswith("ist") and counts.get(rest, 0) > 0) or (  # ("Islamist Muslim Brotherhood")
            body and bool(head) and last.lower().rstrip(".,") not in BODY_WORDS
            and counts.get(head, 0) >= QUALIFIED_RARELY * counts[name])


def _kind(ms: list[_Member], curation: Curation, name: str) -> str:
    for key, kind in curation.kinds.items():
        if fold(key) == fold(name):
            return kind
    if without_designator(name) is not None and any(m.kind == "organisation" for m in ms):
        return "organisation"  # "Exxon Mobil Corp", by its legal form, whatever "Exxon Mobil said" made it elsewhere
    return _voted_kind(ms)


def _voted_kind(ms: list[_Member]) -> str:
    votes = Counter(m.kind for m in ms if m.kind in ACTOR_KINDS)
    return max(ACTOR_KINDS, key=lambda k: (votes[k], -ACTOR_KINDS.index(k)))


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _build_actors(groups: dict[tuple[str, str], list[_Member]], members: dict[tuple[str, str], _Member],
                  facts: list[ArticleFacts], curation: Curation) -> tuple[dict[tuple[str, str], str], list[cards.Actor]]:
    dropped = {fold(d) for d in curation.drop}
    taken: set[str] = set()
    actor_of: dict[tuple[str, str], str] = {}
    actors: dict[str, cards.Actor] = {}
    named = [(_canonical(ms, curation), ms) for ms in groups.values()]
    named.sort(key=lambda pair: (-sum(m.mentions for m in pair[1]), pair[0]))
    for name, ms in named:
        if fold(name) in dropped:
            continue
        actor = cards.Actor(id=_slug(name, taken), name=name, kind=_kind(ms, curation, name))
        names = {f for m in ms for f in m.forms | m.aliases | m.acronyms | {m.name}}
        # sorted in full (fold, then the form itself) before de-duplicating: a set's order varies per run
        actor.aliases = sorted({n for n in names if fold(n) != fold(name)}, key=lambda n: (fold(n), n))
        actor.aliases = list({fold(a): a for a in actor.aliases}.values())
        actor.mentions = sum(m.mentions for m in ms)
        actor.sources = sorted({m.ref[0] for m in ms})
        for m in ms:
            actor_of[m.ref] = actor.id
        actors[actor.id] = actor
    for f in facts:
        _add_facts(f, actor_of, actors)
    _add_related(facts, actor_of, actors)
    for actor in actors.values():
        for attr, limit in MAX_FACTS.items():
            setattr(actor, attr, _best_facts(getattr(actor, attr), limit))
    _add_naming_sentences(groups, facts, actor_of, actors)
    return actor_of, list(actors.values())


def _add_naming_sentences(groups: dict[tuple[str, str], list[_Member]], facts: list[ArticleFacts],
                          actor_of: dict[tuple[str, str], str], actors: dict[str, cards.Actor]) -> None:
    """"La Liga's salary cap regulations …": an actor no sentence makes speak or act is still
    known by the sentences that name it; a thin card shows a few."""
    by_id = {f.article.id: f for f in facts}
    for ms in groups.values():
        actor = actors.get(actor_of.get(ms[0].ref, ""))
        if actor is None or len(actor.quotes) + len(actor.said) + len(actor.did) >= THIN_CARD:
            continue
        used = {(x.cite.source, x.cite.sentence) for x in actor.said + actor.did}  # a quote shows only its words
        per_article: dict[str, set[int]] = defaultdict(set)
        for article_id, key in (m.ref for m in ms):
            local = by_id[article_id].actors.get(key) or by_id[article_id].unvouched.get(key)
            per_article[article_id].update(s for s in (local.sentences if local else ()) if (article_id, s) not in used)
        firsts, later = [], []
        for article_id in sorted(per_article):
            found = sorted(per_article[article_id])
            firsts += [(by_id[article_id], s) for s in found[:1]]
            later += [(by_id[article_id], s) for s in found[1:]]
        seen: dict[str, cards.Fact] = {}
        for f, s in _naming_order(firsts, later):
            fact = _fact(f, f.sentences[s], s, f.sentence_dates.get(s))
            seen.setdefault(compact(fact.text), fact)  # a wire story printed twice is one sentence
            if len(seen) == MAX_NAMED_IN:
                break
        actor.named_in = list(seen.values())


_Naming = tuple[ArticleFacts, int]  # a sentence naming an actor: its article's facts, its index


def _naming_order(firsts: list[_Naming], later: list[_Naming]) -> Iterator[_Naming]:
    """The first article's first mention says what the actor is. After it come the sentences
    that date something about the actor, a date not shown yet first (reports of one event
    repeat their ledes), and among equals an article not yet quoted."""
    if not firsts:
        return
    yield firsts[0]
    quoted = Counter([firsts[0][0].article.id])
    shown = {firsts[0][0].sentence_dates.get(firsts[0][1])}
    pool = firsts[1:] + later

    def rank(i: int) -> tuple[bool, bool, int, int]:
        f, s = pool[i]
        when = f.sentence_dates.get(s)
        return when is None, when in shown, quoted[f.article.id], i

    while pool:
        f, s = pool.pop(min(range(len(pool)), key=rank))
        quoted[f.article.id] += 1
        shown.add(f.sentence_dates.get(s))
        yield f, s


def _fact(f: ArticleFacts, text: str, sent: int, when: str | None) -> cards.Fact:
    return cards.Fact(text=_condense(text), cite=cards.Cite(f.article.id, sent), date=when)


def _add_facts(f: ArticleFacts, actor_of: dict[tuple[str, str], str], actors: dict[str, cards.Actor]) -> None:
    stated = f.article.date.isoformat() if f.article.date else None
    for key, local in f.actors.items():
        actor = actors.get(actor_of.get((f.article.id, key), ""))
        if actor is None or actor.kind == "state":
            continue
        # a person's titles; what kind of body an organisation is said to be ("oil giant")
        for role, sent in local.roles if actor.kind == "person" else local.kinds_said:
            actor.roles.append(cards.Fact(role, cards.Cite(f.article.id, sent), f.sentence_dates.get(sent, stated)))
    for attr, items in (("quotes", f.quotes), ("said", f.statements), ("did", f.deeds)):
        for item in items:
            actor = actors.get(actor_of.get((f.article.id, item.actor), ""))
            if actor is not None:
                getattr(actor, attr).append(_fact(f, item.text, item.sent, item.date))


def _best_facts(items: list[cards.Fact], limit: int) -> list[cards.Fact]:
    """Distinct facts, dated ones first in date order, then in corpus order; at most `limit`."""
    seen: dict[str, cards.Fact] = {}
    for item in items:
        seen.setdefault(compact(item.text), item)
        if len(seen) == limit:  # the first `limit` distinct ones are kept: no need to fold the rest
            break
    chosen = list(seen.values())
    return sorted(chosen, key=lambda x: (x.date is None, _sort_key(x.date) if x.date else (), x.cite.source, x.cite.sentence))


def _add_related(facts: list[ArticleFacts], actor_of: dict[tuple[str, str], str], actors: dict[str, cards.Actor]) -> None:
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for f in facts:
        for (a, b), n in f.co_mentions.items():
            ia, ib = actor_of.get((f.article.id, a)), actor_of.get((f.article.id, b))
            if ia and ib and ia != ib:
                together[ia][ib] += n
                together[ib][ia] += n
    for actor_id, counts in together.items():
        if actor_id in actors:
            ranked = sorted(counts, key=lambda k: (-counts[k], k))
            actors[actor_id].related = ranked[:MAX_RELATED]


def _condense(text: str, limit: int = 320) -> str:
    """A sentence short enough for a card line; long ones are cut at a clause, marked with …"""
    # every space but " " is unprintable: most sentences need no regex pass
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = max(text.rfind(sep, 0, limit) for sep in ("; ", ", ", " — ", " – "))
    cut = cut if cut > limit // 2 else text.rfind(" ", 0, limit)
    return text[:cut].rstrip(",;:— ") + " …"


def _sort_key(iso: str) -> tuple[int, int, int]:
    start = Moment.parse(iso).start
    return start.year, start.month, start.day


# ---------------------------------------------------------------- timeline

def _timeline(facts: list[ArticleFacts], actor_of: dict[tuple[str, str], str], persons: frozenset[str]) -> list[cards.Event]:
    """Dated events; the same date with a shared actor (or the same words) is one event, unless
    each names people and they are not the same people."""
    events: list[cards.Event] = []
    by_date: dict[str, list[_Dated]] = defaultdict(list)
    for f in facts:
        for e in f.events:
            actors = list(dict.fromkeys(a for k in e.actors if (a := actor_of.get((f.article.id, k)))))
            named, people = set(actors), persons.intersection(actors)
            cite = cards.Cite(f.article.id, e.sent)
            twin = next((x for x in by_date[e.date] if _same_event(x, named, people, e.text)), None)
            if twin is not None:
                twin.event.cites.append(cite)
                twin.event.actors = list(dict.fromkeys(twin.event.actors + actors))
                twin.actors |= named
                twin.people |= people
                continue
            event = cards.Event(date=e.date, text=_condense(e.text), cites=[cite], actors=actors)
            by_date[e.date].append(_Dated(event, named, people))
            events.append(event)
    return sorted(events, key=lambda x: (_sort_key(x.date), x.date, x.cites[0].source, x.cites[0].sentence))


@dataclass
class _Dated:
    """An event of the timeline being made, with its actors as sets: a busy day is compared often."""

    event: cards.Event
    actors: set[str]
    people: set[str]


def _same_event(twin: _Dated, actors: set[str], people: set[str], text: str) -> bool:
    shared = twin.actors & actors
    if people and twin.people and not shared & people:
        return False  # "… Hasan Nasrallah died", "Ali Khamenei urged Muslims …": one day, two people's doings
    return ((bool(shared) and fuzz.token_set_ratio(twin.event.text, text, score_cutoff=60) >= 60)
            or fuzz.ratio(twin.event.text, text, score_cutoff=85) >= 85)


# ---------------------------------------------------------------- figures

@dataclass
class _Pending:
    quantity: Quantity
    claim: cards.FigureClaim
    anchors: set[str]
    owner: str | None = None  # the actor the number is about ("Ruto" in "Ruto won 7,176,141 votes")
    setting: bool = False  # the anchors are only the article's setting: its sentence named no place
    subjects: frozenset[str] = frozenset()  # the article's most named actors: what a figure placed nowhere is about
    day: str | None = None  # the one day its sentence says the counted thing happened on


_NATIONWIDE = re.compile(r"\b(?:across|throughout|all over) the country\b", re.I)


def _the_country(f: ArticleFacts) -> list[str]:
    """The state an article names in more sentences than any other, if one does."""
    named = sorted(((len(set(a.sentences)), a.name) for a in f.actors.values() if a.kind == "state"), reverse=True)
    return [named[0][1]] if named and (len(named) == 1 or named[0][0] > named[1][0]) else []


def _figure_groups(facts: list[ArticleFacts], actor_of: dict[tuple[str, str], str],
                   kinds: dict[str, str]) -> list[cards.FigureGroup]:
    """Claims about the same quantity, grouped; disagreement beyond the hedges is "disputed"."""
    pending: list[_Pending] = []
    restated: list[tuple[int, int]] = []
    spelled: dict[str, str] = {}  # a place's key -> the first way the corpus spells it
    for f in facts:
        bodies = _bodies_taken_for_places(f, actor_of, kinds)
        ids = {act.name: actor_of[(f.article.id, k)] for k, act in f.actors.items() if (f.article.id, k) in actor_of}
        # the article's setting: its most named place, if named more than once ("in California" in a
        # life story is not where a national count was made), and no continent ("one of Africa's most
        # peaceful states" in the lead of a story set in Nairobi)
        place, times = next(((f.actors[k].name, n) for k, n in f.places.most_common()
                             if not is_wider_region(f.actors[k].name)), ("", 0))
        dominant = _spelled_as(spelled, ids, {place} if times >= MAIN_PLACE_FROM and place not in bodies else set())
        subjects = _subjects(f, actor_of, kinds)
        country = _spelled_as(spelled, ids, _the_country(f))
        first = len(pending)
        said_before: dict[tuple, int] = {}  # a large figure the article gave already, by what it counts
        for c in f.claims:
            if c.quantity.counts == "age":
                continue  # "died at the age of 89", "from the age of 7": it says who someone is, no figure of the story
            if c.quantity.restates and len(pending) > first and _may_restate(c.quantity, pending[-1].quantity):
                restated.append((len(pending), len(pending) - 1))
            if c.quantity.value >= SAID_AGAIN_FROM and not c.quantity.part:
                # "represents about 33,000 workers in the Pacific Northwest" … "sideline some 33,000 workers"
                key = (c.quantity.value, c.quantity.klass, c.quantity.states, c.owner)
                if key in said_before:
                    restated.append((len(pending), said_before[key]))
                said_before.setdefault(key, len(pending))
            claimant = actor_of.get((f.article.id, c.claimant)) if c.claimant else None
            claim = cards.FigureClaim(
                value=c.quantity.value, low=c.quantity.low, written=c.quantity.written, counts=c.quantity.counts,
                cite=cards.Cite(f.article.id, c.sent), text=snippet(f.sentences[c.sent], c.quantity.start, c.quantity.end),
                qualifier=c.quantity.qualifier, claimant=claimant, date=c.date,
                about=[a for k in c.about if (a := actor_of.get((f.article.id, k)))],
            )
            owner = actor_of.get((f.article.id, c.owner)) if c.owner else None
            # a share or a change has no place of its own: the article's main place says nothing of it, and a
            # share price's move is the company's wherever it trades ("12% lower in New York")
            named = set() if c.quantity.klass in SHARE_PRICE_MOVES else _spelled_as(
                spelled, ids, [a for a in c.anchors if a not in bodies])
            if not named and country and _NATIONWIDE.search(f.sentences[c.sent]):
                named = country  # "killed in clashes across the country": the article's state, not its city
            setting = not named and c.quantity.klass not in SHARE_PRICE_MOVES and not c.quantity.percent and bool(dominant)
            pending.append(_Pending(c.quantity, claim, dominant if setting else named, owner, setting, subjects, c.day))
    clusters = _cluster(pending)
    home = {id(p): i for i, cluster in enumerate(clusters) for p in cluster}
    for later, earlier in restated:  # a figure that restates another is the same quantity, however far off
        a, b = home[id(pending[later])], home[id(pending[earlier])]
        if a != b:
            clusters[b].extend(clusters[a])
            for p in clusters[a]:
                home[id(p)] = b
            clusters[a] = []
    clusters = [c for c in clusters if c]
    groups = [_group(c) for c in clusters]
    order = {"disputed": 0, "differ": 1, "agreed": 2}
    groups.sort(key=lambda g: (order[g.status], -max(c.value for c in g.claims), g.label))
    taken: set[str] = set()
    for g in groups:
        g.id = _slug(f"{g.label}-{int(max(c.value for c in g.claims))}", taken)
    return groups


_SUBJECT_KINDS = ("organisation", "person")
_TYPED_ELSEWHERE = (UNVOUCHED, "surname")  # what an article leaves to the corpus to type
SUBJECTS = 3  # an article's most named actors, which two stories must share for figures placed nowhere to meet


def _subjects(f: ArticleFacts, actor_of: dict[tuple[str, str], str], kinds: dict[str, str]) -> frozenset[str]:
    """What a story is about, as far as its figures are concerned: its most named bodies and people
    (and those it names only as other stories type them: "Israel and Hamas")."""
    sentences: dict[str, set[int]] = defaultdict(set)  # (an actor the article names two ways is named in both's)
    first_key: dict[str, str] = {}
    for key, local in chain(f.actors.items(), f.unvouched.items()):
        actor = actor_of.get((f.article.id, key))
        kind = kinds.get(actor or "") if local.kind in _TYPED_ELSEWHERE else local.kind
        if actor is not None and kind in _SUBJECT_KINDS:
            sentences[actor].update(local.sentences)
            first_key[actor] = min(key, first_key.get(actor, key))
    return frozenset(sorted(sentences, key=lambda a: (-len(sentences[a]), first_key[a]))[:SUBJECTS])


def _bodies_taken_for_places(f: ArticleFacts, actor_of: dict[tuple[str, str], str], kinds: dict[str, str]) -> set[str]:
    """Names an article took for places that the corpus knows as a body or a person ("delivered to Boeing",
    "after the collapse of FTX"): no figure is counted there."""
    return {a.name for key, a in f.actors.items()
            if a.kind == "place" and kinds.get(actor_of.get((f.article.id, key), "")) in ("organisation", "person")}


def _spelled_as(spelled: dict[str, str], ids: dict[str, str], places: Iterable[str]) -> set[str]:
    """Places as the corpus first spells them: "El Fasher", "Al-Fasher" and "Al Fasher" are one
    town, and "Congo", "DRC" and "Democratic Republic of Congo" one state (by the card the article's
    name went to), whose figures are compared with one another."""
    return {spelled.setdefault(ids.get(p) or _place_key(p), p) for p in places}


@functools.lru_cache(maxsize=1 << 16)  # a corpus names its places again and again
def _place_key(place: str) -> str:
    return compact(_ARABIC_ARTICLE.sub("", fold(place)))


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash) (?=\w{3})")  # fold made "al-" "al "


def _may_restate(later: Quantity, earlier: Quantity) -> bool:
    """"… put the number at 14 million" restates the article's figure before it, unless the two
    say different things happened to what they count (105 missing, then 290 wounded)."""
    return not later.states or not earlier.states or later.states == earlier.states


def _cluster(pending: list[_Pending]) -> list[list[_Pending]]:
    """Group claims about one quantity. Claims are taken in (class, value) order, so a group
    whose largest value is too small for the next claim can never take another and leaves
    the open set; open groups are filed under their places, so a claim is compared only with
    groups it shares a place with, not with every group of its class."""
    clusters: list[list[_Pending]] = []
    kinds: dict[int, dict[tuple[frozenset[str], str | None, frozenset[str]], _Pending]] = {}  # per group: one member per kind
    klass = None
    by_anchor: dict[tuple, list[list[_Pending]]] = {}
    made: dict[int, int] = {}  # a group's rank in the order groups were begun
    for p in sorted(pending, key=lambda p: (p.quantity.klass, p.quantity.value, p.claim.cite.source, p.claim.cite.sentence)):
        if p.quantity.klass != klass:
            klass, by_anchor = p.quantity.klass, {}
        keys, looks = _buckets(p)
        alike = _alike(p.quantity)
        seen: set[int] = set()
        home = None
        for key in looks:
            bucket = (key, alike)
            if key in keys or key not in _KINDS:
                candidates = [c for c in by_anchor.get(bucket, []) if c[-1].quantity.value * FIGURE_RATIO >= p.quantity.value]
                by_anchor[bucket] = candidates
            else:  # another kind's groups, met only loosely: the few near enough, without walking the rest, and
                # only those a story about something in common began (see `_same_quantity`)
                lists = [by_anchor.get((key, alike, s), []) for s in (*p.subjects, None)] if p.subjects else [
                    by_anchor.get(bucket, [])]
                candidates = sorted((c for groups in lists for c in _within_placeless_reach(groups, p.quantity.value)),
                                    key=lambda c: made[id(c)])
            for c in candidates:
                if id(c) not in seen and _joins(p, c, kinds[id(c)].values()):
                    home = c
                    break
                seen.add(id(c))
            if home is not None:
                break
        if home is None:
            home = []
            made[id(home)] = len(clusters)
            clusters.append(home)
            for key in keys:
                for bucket in ((key, alike), *((key, alike, s) for s in p.subjects or (None,))):
                    by_anchor.setdefault(bucket, []).append(home)
        home.append(p)
        # (and, for a figure placed nowhere, by what its story is about)
        kinds.setdefault(id(home), {}).setdefault((frozenset(p.anchors), p.owner, frozenset() if p.anchors else p.subjects), p)
    return clusters


def _alike(q: Quantity) -> tuple:
    """What two claims must share exactly to be one quantity (see `_same_quantity`): groups are
    filed by it too, so a claim is never compared with a group it could not join."""
    return q.states, _what_is_paid(q) if q.klass == "money" else ""


_KINDS = ("", "*", "~")  # groups begun by a figure naming no place, naming one, placed only by its article's setting


def _buckets(p: _Pending) -> tuple[list[str], list[str]]:
    """Where a group `p` begins is filed (its places and its kind), and where `p` looks for one:
    its places, then the groups of the kinds it may meet loosely (a figure naming no place meets
    any other; one placed by its sentence meets one placed only by a setting; two settings never)."""
    places = sorted(p.anchors)
    if p.setting:
        return [*places, "~"], [*places, "", "*"]
    if p.anchors:
        return [*places, "*"], [*places, "", "~"]
    return [""], ["", "*", "~"]


def _within_placeless_reach(groups: list[list[_Pending]], value: float) -> list[list[_Pending]]:
    """The groups of another kind a figure may join: those whose smallest claim is within
    PLACELESS_RATIO of it. Groups are filed in the order of their smallest claims, so these
    are the last few, found without walking (or pruning) the rest."""
    start = len(groups)
    while start and groups[start - 1][0].quantity.value * PLACELESS_RATIO >= value:
        start -= 1
    return groups[start:]


def _joins(p: _Pending, group: list[_Pending], kinds: Iterable[_Pending]) -> bool:
    """Whether `p` is the same quantity as every claim of `group`. Claims come in value order,
    so the group's first is the one furthest below `p`; past the values, a claim differs from
    another only by its places and owner, so one of each kind stands for the rest (a big
    group was compared member by member, which grew as the square of its size)."""
    smallest = group[0].quantity.value
    if smallest <= 0 or p.quantity.value > smallest * FIGURE_RATIO:
        return False
    return all(_same_quantity(p, q) for q in kinds)


def _same_quantity(a: _Pending, b: _Pending) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.klass != qb.klass or qa.states != qb.states or qa.percent != qb.percent:
        return False  # (nor are "79.6 percent of votes" and "81 votes": a share and a count)
    if qa.klass == "money" and (_what_is_paid(qa) != _what_is_paid(qb) or (not _what_is_paid(qa) and qa.value != qb.value)):
        # "$370 million" and "$648.2 million" are two sums unless both say what they are of; but "stealing $8 billion"
        # here and "customers lost $8 billion" there, the same sum to the dollar, are one
        return False
    if qa.klass in _TALLIES and qa.value != qb.value and not _within(qa, qb) and (
            a.claim.cite.source == b.claim.cite.source or a.owner is None or a.owner != b.owner):
        # one story's "40.2 percent" and "33.4 percent" of a vote are two candidates' shares, and two stories'
        # "240 seats" and "230 seats" two parties' unless both say whose: only the same winner's tallies differ
        # (or a count falls inside another's range: "between 54.1% and 56.9%", then "55.35%")
        return False
    if a.claim.cite == b.claim.cite and (qa.part or qb.part or qa.value != qb.value):
        # one sentence giving two values counts two things: "2,059 injured, 1,404 of them critically",
        # "Out of the 300 members of the Assembly, 190 were present"
        return False
    if a.owner and b.owner and a.owner != b.owner:  # Ruto's votes and Odinga's are two quantities
        return False
    if a.day and b.day and a.day != b.day:  # nine killed on Sunday, seven on Saturday: two attacks
        return False
    high, low = max(qa.value, qb.value), min(qa.value, qb.value)
    if low <= 0 or high / low > FIGURE_RATIO:
        return False
    # two stories speak of one quantity placed nowhere only if they are about something in common, when both are
    # about someone (not Xerox's revenue and BellSouth's, close as the sums are)
    related = (a.claim.cite.source == b.claim.cite.source or not a.subjects or not b.subjects
               or bool(a.subjects & b.subjects))
    if not a.anchors and not b.anchors:
        return related
    if a.anchors and b.anchors and len(a.anchors & b.anchors) / len(a.anchors | b.anchors) >= ANCHOR_OVERLAP:
        return True
    # a figure that names no place is one that does when all else agrees and the two are close ("30,000 workers",
    # "33,000 workers in Seattle"): further apart, a place may be all that tells two counts apart. So is one placed
    # only by its article's setting ("the estimated 4,000 inmates" in a story set in Port-au-Prince, "the National
    # Penitentiary's estimated 3,800 inmates"), but two articles' settings are two places.
    loose = not a.anchors or not b.anchors or a.setting != b.setting
    return loose and related and high <= low * PLACELESS_RATIO


_TALLIES = frozenset({"vote", "votes", "seat", "seats"})  # what an election gives each party or candidate


def _within(a: Quantity, b: Quantity) -> bool:
    """Whether either figure is a range the other falls inside."""
    return any(x.low is not None and x.low <= y.value <= x.value for x, y in ((a, b), (b, a)))


def _what_is_paid(q: Quantity) -> str:
    """The noun a sum counts ("$ revenue" → "revenue"); "" for a bare sum."""
    return _sum_parts(q.counts)[1]


def _sum_parts(counts: str) -> tuple[str, str]:
    """A sum's counts as its currency and what it pays: "$ revenue" → ("$", "revenue")."""
    currency, _, what = counts.partition(" ")
    return currency, what


def _group(members: list[_Pending]) -> cards.FigureGroup:
    claims = [p.claim for p in members]
    # a dispute is between sources: one article giving two sums is no dispute with itself; nor is a count that
    # has "risen to" more than an earlier report gave, a count still growing
    spans = [(p.quantity.interval, p.claim.cite.source) for p in members if not p.quantity.running]
    disjoint = any((x[1] < y[0] or y[1] < x[0]) and sx != sy for i, (x, sx) in enumerate(spans) for y, sy in spans[i + 1:])
    values = {c.value for c in claims}
    status = "disputed" if disjoint else "differ" if len(values) > 1 else "agreed"
    anchors = sorted(set.intersection(*(p.anchors for p in members)) if members else set())
    counted = [p.quantity.counts for p in members]
    money = members[0].quantity.klass == "money"
    named = [c for c in counted if _sum_parts(c)[1]] if money else []  # ("compensation of ₹2 lakh" names a bare "₹2 lakh")
    head = min(named or counted, key=lambda c: (len(c.split()), c))
    if money:  # "$ revenue" reads "revenue ($)"; a bare "$", "sum ($)"
        currency, what = _sum_parts(head)
        head = f"{what or 'sum'} ({currency})"  # and no happening: "$5.5 billion … to repair damaged areas"
    else:
        head = _with_what_happened(head, members[0].quantity.states)
    label = head + (f" ({', '.join(anchors)})" if anchors else "")
    claims.sort(key=lambda c: (c.value, c.cite.source, c.cite.sentence))
    return cards.FigureGroup(id="", label=label, status=status, claims=claims, anchors=anchors)


def _with_what_happened(counts: str, states: tuple[str, ...]) -> str:
    """"people killed", "people who fled": a count says what happened to what it counts, so that
    two groups counting people are told apart, unless its own words say it ("wounded people")."""
    last = counts.split()[-1].lower()
    if last == "toll":  # a toll counts the dead already: "taking the toll to 31"
        return "death toll" if counts.lower() == "toll" else counts
    if last in ("count", "tally", "total") and "kill" in states:
        return "death toll"  # "the body count", "the tally of the dead": the dead, told as a toll
    if last in _THE_DEAD:
        return counts  # "five fatalities", not "fatalities killed"
    own = happenings(counts)
    said = [word for state in states if (word := _HAPPENED.get(state)) and state not in own]
    return f"{counts} {' and '.join(said)}" if said else counts


_THE_DEAD = {"deaths", "fatalities", "dead", "bodies"}
_HAPPENED = {"disp": "displaced", "relo": "relocated", "fled": "who fled", "flee": "who fled", "kill": "killed",
             "inju": "injured", "trap": "trapped", "besi": "besieged", "arre": "arrested", "deta": "detained",
             "miss": "missing", "evac": "evacuated", "retu": "who returned", "resc": "rescued", "infe": "infected",
             "hosp": "in hospital", "star": "starving", "home": "homeless", "vacc": "vaccinated", "unem": "unemployed",
             "sick": "sick", "affe": "affected", "abdu": "taken hostage", "dest": "destroyed", "dama": "damaged",
             "burn": "burned", "layo": "laid off", "cut": "cut"}  # what `happenings` finds, by its first four letters


def _source(f: ArticleFacts) -> cards.Source:
    a = f.article
    title = a.title or _condense(f.sentences[0], 90) if f.sentences else a.id
    source = cards.Source(
        id=a.id, title=title, path=a.path, sentences=len(f.sentences), digest=a.digest[:16],
        outlet=a.outlet, author=a.author, url=a.url,
        date=a.date.isoformat() if a.date else a.month.isoformat()[:7] if a.month else None,
        date_basis=a.date_basis,
    )
    if a.date is None and (f.ref or f.read_month) is not None:
        source.read_against = f.ref.isoformat() if f.ref else f.read_month.isoformat()[:7]
        source.read_against_basis = f.ref_basis
    return source

"""The corpus's main subjects, found from the text: places and key phrases that recur.

A topic is a phrase several articles keep returning to ("Idlib", "chemical weapons"). It is
scored by how many articles use it and how often, then given the sentences that best
summarise it, the actors named beside it, its figures and its slice of the timeline.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import chain
from typing import TYPE_CHECKING

from bot import cards
from bot.extract.gazetteer import is_region_adjective, state_of
from bot.extract.given_names import is_common_word
from bot.extract.names import fold, is_acronym, is_wider_region
from bot.extract.phrases import PAST_FORMS, STOPWORDS
from bot.extract.roles import is_role_word

if TYPE_CHECKING:
    from bot.extract.article import ArticleFacts

MAX_TOPICS = 8
SUMMARY_SENTENCES = 3
MAX_TOPIC_EVENTS = 30  # the latest; !timeline <topic> filters the whole timeline
REPEATS_IN_ONE = 3  # a phrase one article repeats this often is a subject even if no other has it
CANDIDATES = 5 * MAX_TOPICS  # the best-scored phrases whose sentences are gathered before choosing among them
PLACE_SHARE = 3  # a word is a place if at least one in this many articles using it names the place
NAME_RUN_SHARE = 2  # a phrase said no more than this many times as often as the actors whose names hold it is theirs


def _runs_of_names(names: list[str]) -> set[str]:
    """Every run of two words or more of the names (and a one-word name itself), as phrases are written."""
    return {" ".join(words[i:j]) for n in names for words in [fold(n).replace("’", "'").split()]
            for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i >= 2 or len(words) == 1}


def _is_subject(phrase: str, actor_words: set[str]) -> bool:
    """A phrase can be a topic unless it names an actor, a nationality, a region's people ("European")
    or an office, or is only a direction ("north", "eastern": half of "North Darfur", "eastern Congo")."""
    return phrase not in _DIRECTIONS and not any(
        w in actor_words or state_of(w.capitalize()) or is_region_adjective(w.capitalize()) or is_role_word(w)
        for w in phrase.split())


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
                         "south-west"})


# ordinals and the adjectives news uses most: what they describe may be a subject, never they alone
_QUALITIES = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "short", "long",
    "lower", "higher", "high", "low", "large", "larger", "largest", "small", "smaller", "big", "bigger", "biggest",
    "major", "main", "full", "final", "early", "late", "recent", "former", "current", "total", "leading", "key",
    "likely", "possible", "strong", "weak", "good", "bad", "better", "worse", "best", "worst", "great", "greater",
    "whole", "single", "local", "national", "international", "global", "public", "private", "general", "special",
    "important", "historic", "consecutive", "previous", "further", "clear", "fresh", "top", "half", "away", "back",
    "ahead"})


def _a_doing(word: str) -> bool:
    """A verb's past ("killed", "fell"): a phrase ending in one says what happened."""
    return (word.endswith("ed") and not word.endswith("eed")) or word in PAST_FORMS


def _singular(phrase: str) -> str:
    return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase


def _place_phrase(name: str) -> str:
    """The phrase a place is found as: its folded name, less the short article key phrases skip
    ("El Fasher" and "Al-Fasher" are the phrase "fasher")."""
    words = fold(name).split()
    return words[-1] if len(words) == 2 and len(words[0]) <= 3 else " ".join(words)


def find_topics(facts: list[ArticleFacts], actors: list[cards.Actor], timeline: list[cards.Event],
                figures: list[cards.FigureGroup], actor_of: dict[tuple[str, str], str]) -> list[cards.Topic]:
    """Pick the corpus's main subjects and build a card for each."""
    # A topic may share a place's word with an organisation ("Valmora" in "Valmora Port Authority"),
    # never be a person's name, nor any run of words from an actor's name ("tahrir al sham").
    actor_words = {w for a in actors if a.kind == "person" for n in [a.name, *a.aliases] for w in fold(n).split()}
    name_ends = {" ".join(words[i:]) for a in actors if a.kind in ("person", "organisation")
                 for n in [a.name, *a.aliases] for words in [fold(n).split()] for i in range(max(1, len(words) - 1))}
    body_words = {w for a in actors if a.kind != "person" for n in [a.name, *a.aliases] for w in fold(n).split()}
    initials = {fold(n) for a in actors for n in [a.name, *a.aliases] if is_acronym(n)}  # "rsf fighters" is the RSF's
    # "Jeep maker Stellantis": how a name is told, and that told running into the name ("maker stellantis")
    descriptors = {d for a in actors for r in a.roles if r.text
                   for d in (fold(r.text), f"{fold(r.text).split()[-1]} {fold(a.name).split()[0]}")}
    name_runs: Counter[str] = Counter()  # a run of an actor's name -> how often the actors it is of are named
    for a in actors:
        name_runs.update(dict.fromkeys(_runs_of_names([a.name, *a.aliases]), a.mentions))
    df: Counter[str] = Counter()
    tf: Counter[str] = Counter()
    display: dict[str, Counter[str]] = defaultdict(Counter)
    regions: set[str] = set()  # "one of Africa's most peaceful states": a continent only sets the scene
    for f in facts:
        found = list(chain.from_iterable(f.phrases))
        tf.update(found)
        df.update(set(found))
        for key in f.places:
            name = f.actors[key].name
            if is_wider_region(name):
                regions.add(_place_phrase(name))
            elif fold(name) not in name_ends:  # "al-Nusra", taken for a place once, ends a group's name
                display[_place_phrase(name)][name] += 1
    # a word is a place when enough of the articles using it name the place ("Gaza"), not when one took "the World Day
    # of Peace" for one
    places = {k: c.most_common(1)[0][0] for k, c in display.items() if PLACE_SHARE * c.total() >= df[k]}
    scored = []
    for phrase, n in tf.items():
        frequent = df[phrase] >= 2 or n >= REPEATS_IN_ONE  # said once is not a subject, even in one article
        if not frequent or not _is_subject(phrase, actor_words) or phrase in regions:
            continue
        if NAME_RUN_SHARE * name_runs.get(phrase.replace("-", " "), 0) >= n:
            continue  # "tahrir al", said mostly in an actor's name (not "county fire", said far more often than the
            # County Fire Incident Commanders are named)
        if phrase in body_words and phrase not in places:
            continue  # "rapid", a word of the Rapid Support Forces; but "Valmora" of the Valmora Port Authority
        if " " in phrase and not initials.isdisjoint(phrase.split()):
            continue  # "rsf fighters", "forces rsf": an actor's own people, told by its initials
        if phrase not in places and _a_doing(phrase.split()[-1]):
            continue  # "killed", "bills proposed", "quake struck": what happened, not what about
        if phrase in _QUALITIES or phrase in descriptors:
            continue  # "third", "short", "leading": a word that only describes, no subject alone
        # Places and two-word phrases ("chemical weapons") name subjects best; a lone noun
        # ("strike") fills the places they leave, and a word of every story ("people") comes last.
        weight = 1.5 if phrase in places else 1.0
        tier = 0 if phrase in places or " " in phrase else 2 if is_common_word(phrase) else 1
        scored.append((tier, -df[phrase] * math.log1p(n) * weight, phrase))
    ranked = [phrase for _, _, phrase in sorted(scored)]
    where = _sentences_using(facts, ranked[:CANDIDATES])
    said_in = {p: {(f.article.id, i) for f, i in hits} for p, hits in where.items()}
    chosen: list[str] = []
    cards_taken: set[str] = set()  # the chosen topics' ids
    for phrase in ranked:
        if any(phrase in c.split() or c in phrase.split() or _singular(phrase) == _singular(c) for c in chosen):
            continue  # (nor "shares" beside "share")
        card = _topic_id(places.get(phrase, phrase))
        if card in cards_taken:
            continue  # "el-fasher" beside the place El Fasher (whose phrase is "fasher"): one subject, one card
        if _said_with_a_chosen_pair(phrase, chosen, said_in):
            continue
        if phrase in where and phrase not in places and _only_a_verb(phrase, where[phrase]):
            continue  # "declare", "representing": a verb the stories share, no subject
        if " " in phrase and phrase in where and _a_piece_of_a_longer_name(phrase, where[phrase]):
            continue  # "dame cathedral" of Notre Dame Cathedral, "benchmark hang" of "benchmark Hang Seng"
        chosen.append(phrase)
        cards_taken.add(card)
        if len(chosen) == MAX_TOPICS:
            break
    beyond = [p for p in chosen if p not in where]  # chosen past the candidates gathered: their sentences too
    if beyond:
        where |= _sentences_using(facts, beyond)
    cited = _Cited(timeline, figures)
    named = _NamedIn(actor_of)
    return [_topic(p, places.get(p), where[p], cited, named) for p in chosen]


class _NamedIn:
    """Which actors each sentence of an article names, and how many figures it gives: worked
    out once per article, not once per topic and sentence."""

    def __init__(self, actor_of: dict[tuple[str, str], str]):
        self.actor_of = actor_of
        self.articles: dict[str, dict[int, tuple[list[str], int]]] = {}

    def sentence(self, f: ArticleFacts, i: int) -> tuple[list[str], int]:
        """The actors named in sentence `i` of `f` (in the article's order) and its figure count."""
        found = self.articles.get(f.article.id)
        if found is None:
            found = self.articles[f.article.id] = self._index(f)
        return found.get(i, ([], 0))

    def _index(self, f: ArticleFacts) -> dict[int, tuple[list[str], int]]:
        actors: dict[int, list[str]] = defaultdict(list)
        for key, local in f.actors.items():
            actor_id = self.actor_of.get((f.article.id, key))
            if actor_id:
                for i in dict.fromkeys(local.sentences):
                    actors[i].append(actor_id)
        claims = Counter(c.sent for c in f.claims)
        return {i: (actors.get(i, []), claims[i]) for i in actors.keys() | claims.keys()}


class _Cited:
    """The timeline events and figure groups citing each sentence, and the figure groups of
    each place: looked up once for every topic instead of scanning them per topic."""

    def __init__(self, timeline: list[cards.Event], figures: list[cards.FigureGroup]):
        self.timeline, self.figures = timeline, figures
        self.events: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.groups: dict[tuple[str, int] | str, list[int]] = defaultdict(list)
        for i, e in enumerate(timeline):
            for c in e.cites:
                self.events[(c.source, c.sentence)].append(i)
        for i, g in enumerate(figures):
            for claim in g.claims:
                self.groups[(claim.cite.source, claim.cite.sentence)].append(i)
            for anchor in g.anchors:
                self.groups[fold(anchor)].append(i)

    def events_of(self, sentences: set[tuple[str, int]]) -> list[cards.Event]:
        found = {i for s in sentences for i in self.events.get(s, ())}
        return [self.timeline[i] for i in sorted(found)]

    def figures_of(self, sentences: set[tuple[str, int]], place: str) -> list[str]:
        found = {i for key in [*sentences, fold(place)] for i in self.groups.get(key, ())}
        return [self.figures[i].id for i in sorted(found)]


def _said_with_a_chosen_pair(phrase: str, chosen: list[str], said_in: dict[str, set[tuple[str, int]]]) -> bool:
    """"contract agreement" after "tentative contract": two pairs sharing a word, the later said mostly
    in the sentences of the first, are one run of words ("tentative contract agreement"), one subject."""
    if " " not in phrase or phrase not in said_in:
        return False
    mine = said_in[phrase]
    words = set(phrase.split())
    return any(" " in c and words & set(c.split()) and 2 * len(mine & said_in[c]) >= len(mine)
               for c in chosen if c in said_in)


def _sentences_using(facts: list[ArticleFacts], chosen: list[str]) -> dict[str, list[tuple[ArticleFacts, int]]]:
    """The sentences using each chosen phrase."""
    where: dict[str, list[tuple[ArticleFacts, int]]] = {p: [] for p in chosen}
    for f in facts:
        for i, sentence in enumerate(f.phrases):
            for p in where.keys() & sentence:  # in any order: each phrase has a list of its own
                where[p].append((f, i))
    return where


def _only_a_verb(phrase: str, hits: list[tuple[ArticleFacts, int]]) -> bool:
    """Whether a phrase is only ever a verb's in its sentences, never set after "the", "a", a
    possessive or a number as a thing is ("the fighting", "its search", "19 children", "the armed groups")."""
    texts = [f.sentences[i] for f, i in hits]
    return _a_deed_s_pair(phrase, texts) if " " in phrase else _a_verb_alone(phrase, texts)


def _a_verb_alone(word: str, texts: list[str]) -> bool:
    """A lone word after "will", "we" and the like, or an "-ing" taking an object ("I declare", "votes
    representing 50.7 percent"), and never a thing."""
    said = re.escape(word)
    noun = re.compile(rf"\b(?:{_DETERMINERS})\s+(?:[\w-]+\s+)?{said}\b|(?:\b\d[\d,]*\d|\b\d)\s+{said}\b", re.I)
    verb = re.compile(rf"\b(?:{_SUBJECTS_AND_MODALS})\s+{said}\b" + (
        rf"|\b{said}\s+(?:(?:the|a|an|his|her|their|its)\b|\d)" if word.endswith("ing") else ""), re.I)
    return not any(noun.search(t) for t in texts) and any(verb.search(t) for t in texts)  # (a thing is soon told)


def _a_deed_s_pair(phrase: str, texts: list[str]) -> bool:
    """A pair a verb opens ("found guilty", "that seized power"): an irregular past, or an "-ed" word once
    done by someone ("Cyclone Chido caused major damage", "lawmakers moved ahead"), and never a thing; but an "-ing"
    opens many a thing ("opening ceremony"), and an "-ed" word describes as often ("uninsured depositors", "Heavily
    armed gangs", "On affected vehicles": a capital opening the sentence is no subject)."""
    first = phrase.split()[0]
    done = re.compile(rf"\b(?:(?i:that|which|who|he|she|they|it)|(?<=\w )[A-Z][\w-]+|{_PLURAL_SUBJECT})\s+"
                      rf"(?:(?:had|has|have)\s+)?{re.escape(first)}\b")
    if not (first in PAST_FORMS or (first.endswith("ed") and any(done.search(t) for t in texts))):
        return False
    words = r"\s+".join(map(re.escape, phrase.split()))
    told = re.compile(rf"\b(?:{_ARTICLES})\s+{words}\b|\d\s+{words}\b", re.I)  # (not "… that seized power")
    return not any(told.search(t) for t in texts)


_ARTICLES = "the|a|an|its|their|his|her|these|our|several|many|some|other|both|all"
# a plural noun, the subject of the verb after it ("lawmakers moved ahead"; not "his", "this", "has", "was")
_PLURAL_SUBJECT = r"(?!(?:his|its|this|has|was|is|as|us|thus|plus|less|yes|whereas|perhaps)\b)[a-z]+[a-z]s"
_SUBJECTS_AND_MODALS = "i|we|they|you|will|would|can|could|must|may|might|should|shall|cannot|not|n't"
_DETERMINERS = ("the|a|an|its|their|his|her|this|that|these|our|any|no|every|each|several|many|some|few|other|"
                "both|all|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of")


def _a_piece_of_a_longer_name(phrase: str, hits: list[tuple[ArticleFacts, int]]) -> bool:
    """Whether a pair is, wherever it is written, cut out of a longer name: a capital inside the
    sentence right before its first word, itself a capital ("Notre Dame Cathedral", "World War III"),
    or right after its last word, itself a capital ("the benchmark Hang Seng index"). Where the word
    before is the sentence's first, and no word so common that no name opens with it, its capital says
    nothing either way."""
    pattern, seen = _written(phrase), False
    for f, i in hits:
        text = f.sentences[i]
        for found in pattern.finditer(text):
            before, after = text[:found.start()].split(), text[found.end():].split()[:1]
            capital_before = found.group()[:1].isupper() and before and before[-1][:1].isupper()
            if capital_before and len(before) == 1 and before[0].lower() not in STOPWORDS:
                continue  # ("Hong Kong court orders …": a sentence's first word is a capital, name or not: no say;
                # but "The Dow Jones fell": no name opens with "The")
            seen = True
            cut_before = capital_before and len(before) > 1 and before[-1][-1:].isalnum()
            cut_after = found.group().split()[-1][:1].isupper() and after and after[0][:1].isupper()
            if not (cut_before or cut_after):
                return False
    return seen


def _written(phrase: str) -> re.Pattern[str]:
    """A phrase's words as a text writes them, a space or a hyphen between them, any case."""
    return re.compile(r"(?<![\w'’-])" + r"[\s-]+".join(map(re.escape, phrase.split())) + r"(?![\w'’-])", re.I)


def _as_written(phrase: str, hits: list[tuple[ArticleFacts, int]]) -> str:
    """A phrase as the text writes it inside its sentences: "Hurricane Otis", "Lok Sabha" in capitals
    wherever they stand, "data center" as it was found."""
    pattern, forms = _written(phrase), Counter[str]()
    for f, i in hits:
        for found in pattern.finditer(f.sentences[i]):
            opening = not f.sentences[i][:found.start()].strip(" \"“‘'(")
            if not opening or " " in phrase:  # (a sentence's first word is in capitals whatever it is)
                forms[found.group()] += 1
    if not forms:
        return phrase
    form, times = forms.most_common(1)[0]
    if " " not in phrase and times < 2:
        return phrase  # one capital inside a sentence may be a heading's or a dateline's, run in
    return form if all(w[:1].isupper() for w in form.replace("-", " ").split()) else phrase


def _topic(phrase: str, place: str | None, hits: list[tuple[ArticleFacts, int]], cited_by: _Cited,
           named: _NamedIn) -> cards.Topic:
    name = place or _as_written(phrase, hits)
    together: Counter[str] = Counter()
    cited = {(f.article.id, i) for f, i in hits}
    for f, i in hits:
        together.update(named.sentence(f, i)[0])
    ranked = sorted(hits, key=lambda h: (-_centrality(h, named), h[0].article.id, h[1]))
    summary, used = [], set()
    for f, i in ranked:
        if f.article.id in used:
            continue
        used.add(f.article.id)
        summary.append(cards.Fact(f.sentences[i], cards.Cite(f.article.id, i)))
        if len(summary) == SUMMARY_SENTENCES:
            break
    return cards.Topic(
        id=_topic_id(name), name=name, summary=summary,
        actors=[a for a, _ in sorted(together.items(), key=lambda x: (-x[1], x[0]))[:8]],
        figures=cited_by.figures_of(cited, name)[:MAX_TOPIC_EVENTS],
        events=cited_by.events_of(cited)[-MAX_TOPIC_EVENTS:], sources=sorted({f.article.id for f, _ in hits}),
    )


def _topic_id(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def _centrality(hit: tuple[ArticleFacts, int], named: _NamedIn) -> int:
    f, i = hit
    actors, figures = named.sentence(f, i)
    return len(actors) + figures + (2 if i < 3 else 0)

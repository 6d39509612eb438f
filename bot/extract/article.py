"""One article in, its facts out: actors, quotes, statements, events and figures.

This stage sees one article only, so its result can be cached by the article's content
(and the reference date it was resolved against); everything across articles is merge's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from bot.corpus import Article
from bot.extract.actors import (
    SPEECH_VERBS,
    LocalActor,
    Mention,
    find_mentions,
    resolve_actors,
    unvouched_names,
)
from bot.extract.dates import (
    WEEKDAYS,
    DateMention,
    Moment,
    find_dates,
    is_future,
    month_end,
    opens_a_past_sentence,
    tells_of_the_past,
    told_in_the_past,
    years_mentioned,
)
from bot.extract.figures import Quantity, clause_bounds, find_quantities
from bot.extract.gazetteer import country_names
from bot.extract.given_names import given_names, pronoun_of
from bot.extract.names import fold, strip_possessive
from bot.extract.phrases import article_phrases
from bot.extract.roles import AFFILIATED, HEAD_ALT, is_title_complement, one_s_title
from bot.extract.sentences import Sentence, article_sentences

# curly pairs, straight pairs, the two mixed ('"to prevent urban combat.”'), and single marks
_QUOTE = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"|\"([^\"“”]{2,})”|“([^“”\"]{2,})\"|"
                    r"(?<![\w])‘([^’]{12,}?)[’”](?![\w])|(?<![\w])‘([^’”]{12,})$")
LEAD_SENTENCES = 2  # the sentences that open a story and set its scene
TITLE_REACH = 70  # characters a title between "said" and the name may take ("said principal deputy assistant attorney general")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_CITED_THROUGH = re.compile(r"\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:from|by|of)\s+(?:the\s+)?)?")
_NOT_SAID = re.compile(r"\b(?:not|n[’']t|never|declined to|refused to)\s+(?:yet\s+|immediately\s+|publicly\s+)?$")
_NEITHER_OPENS = re.compile(r"\W*Neither\b")  # "Neither X nor Y did …": no deed of theirs
_NEITHER = re.compile(r"\b[Nn]either\b[^,;]*\bnor\b[^,;]*$")  # "Neither Perlman nor Price said he …": no one said
# "when he was called a witness", "she was told": spoken of or to, not speaking (unlike "was speaking")
_SPOKEN_TO = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
# words a title never holds: "announced on Thursday that Messi …" names no speaker after the verb
_NOT_A_TITLE = frozenset({"that", "on", "in", "at", "to", "about", "for", "with", "by", "from", "as", "when", "after",
                          "before", "and", "but", "while", "it", "he", "she", "they", "was", "is", ",", "."})
_SAYS = frozenset({"said", "says", "say", "added", "explained", "noted", "continued", "stated", "wrote", "remarked",
                   "insisted", "replied", "responded", "concluded", "declared", "stressed"})  # not whom one "told"
# what befalls someone a lead names by role only: "A mayoral candidate has been shot dead …"
_FATE_VERBS = (r"shot|killed|murdered|stabbed|kidnapped|abducted|arrested|detained|injured|wounded|attacked|"
               r"assassinated|elected|appointed|named|sacked|fired|charged|sentenced|convicted|released|freed|found dead")
_UNNAMED_FATE = re.compile(r"^\W*An?\s+((?:[\w-]+\s+){0,3}?(?:" + HEAD_ALT + r"))\s+(?:has|had)?\s*(?:been|was|were)\s+"
                           r"(?:\w+\s+)?(?:" + _FATE_VERBS + r")\b")
_FATE = re.compile(r"\b(?:has been|had been|was|were)\s+(?:\w+\s+)?(?:" + _FATE_VERBS + r")\b")
_DONE_BY = re.compile(r"\b(?:led|backed|brokered|organi[sz]ed|launched|carried out|claimed|funded|sponsored|mediated|"
                      r"hosted|ordered|approved)\s+by\s+(?:the\s+)?$")
_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[A-Z]|the\s|its\s)")
_SPAN_START = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_END = re.compile(r"\s*,?\s*(?:and|to|until|till|through|-|–)\s*")
# "all 3,878 Cybertrucks produced between November 13, 2023, and April 4": which things, by when they were made
_MADE_IN_A_SPAN_BEFORE = re.compile(r"\b(?:manufactured|produced|built|made|assembled)\s+(?:between|from)\s+$")
_AFFILIATED = re.compile(AFFILIATED)
_OWNER_BREAK = re.compile(r"[,;:()—–]")
# "received 4.66 million votes", "had taken 40.2 percent", "trailed with 33.4 percent": what someone won
_GAINED_BEFORE = re.compile(r"\b(?:received|receives|took|takes|taken|won|wins|got|gets|secured|secures|garnered|"
                            r"garners|polled|polls|obtained|obtains|captured|(?:trailed|trails|led|leads|finished) with)\s+"
                            r"(?:(?:about|around|over|nearly|almost|more than|less than|just|some|only|roughly)\s+){0,2}$")
_PART_OF_A_SENTENCE = re.compile(r";|\b(?:while|whereas|but|showing|showed|shows)\b")
# "The suspected shooter, identified by the FBI as …", "The victim has been identified as …", "police identified
# the gunman as …": the role given before the name
_IDENTIFIED_AS = re.compile(r"^\W*(?:The|A|An)\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*),?\s+(?:(?:has|had|have)\s+"
                            r"been\s+|(?:was|were|is|are)\s+)?identified\s+(?:by\s+[^,.;]{1,40}?\s+)?as\s+|"
                            r"\bidentified\s+the\s+(?P<object>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+as\s+")
_AN_AGE_AT_MOST = re.compile(r"\s*(?:\d{1,3}-year-old\s*)?")
_A_LIST_S_GAP = re.compile(r"(?:,\s*\d{1,3})?\s*[,;]\s*(?:and\s+)?")  # "…, 32; Saidakrami Rachabalizoda"
_WHICH_BEFORE = re.compile(r"\s*,\s+(?:which|who)\s+(?:(?:has|have|had|also|then|later)\s+)?$")
_NEXT_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:the\s+)?(?=[A-Z])")  # "…, Dravida Munnetra Kazhagam secured", "…, and the TDP"
_SPEECH = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b|\b[Aa]ccording to\b")
_PINNED_WEEKDAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b")
# a weekday with no date after it, nor "last" or "next" before it
_BARE_WEEKDAY = re.compile(r"\b(?<!last )(?<!next )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|"
                           r"November|December))")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
# and after an initial ("Lewis A. Kaplan"), and in brackets after a word ("the Islamic Resistance Movement (Hamas)")
# (each look-behind takes in the capital, so that the engine scans for capitals instead of trying them everywhere)
_MID_CAPS = re.compile(r"[A-Z](?:(?<=[\w,;:] [A-Z])|(?<=\b[A-Z]\. [A-Z])|(?<=\w \([A-Z]))[\w’'-]+")
_A_STAND_IN_DAY = date(2000, 1, 1)  # any month's first: what an undated article's relative dates would be read against
_A_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
_MID_PAIR = re.compile(r"[A-Z](?<=[\w,;:] [A-Z])[\w’'-]+ [A-Z][\w’'-]+")
_LETTERS = re.compile(r"[a-z]+")
_PREFIXED_NAME = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az|ul)-[A-Z][\w’'-]+")
_QUOTE_MARKS = ("“", '"', "‘")  # one of them opens every quotation `_QUOTE` finds
MIN_QUOTE_WORDS = 5


@dataclass(frozen=True)
class Fact:
    """A sentence-backed fact about an actor: a quote, a statement or a deed."""

    actor: str
    text: str
    sent: int
    date: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated sentence: the timeline's raw material."""

    date: str
    sent: int
    text: str
    actors: tuple[str, ...]
    phrase: str


@dataclass(frozen=True)
class Claim:
    """A figure as one sentence states it, and who (if anyone) claims it."""

    quantity: Quantity
    claimant: str | None
    sent: int
    anchors: tuple[str, ...]
    date: str | None
    about: tuple[str, ...] = ()
    owner: str | None = None
    day: str | None = None  # the one day the sentence says what it counts happened ("killed nine people on Sunday")


@dataclass
class ArticleFacts:
    """Everything one article says, keyed by the article's own actor keys."""

    article: Article
    ref: date | None
    ref_basis: str
    sentences: list[str]
    actors: dict[str, LocalActor]
    quotes: list[Fact] = field(default_factory=list)
    statements: list[Fact] = field(default_factory=list)
    deeds: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: Counter[str] = field(default_factory=Counter)
    sentence_dates: dict[int, str] = field(default_factory=dict)
    co_mentions: Counter[tuple[str, str]] = field(default_factory=Counter)
    quote_grams: frozenset[int] = frozenset()  # to find another article reporting the same words
    unread_dates: list[str] = field(default_factory=list)  # relative dates left unread for want of a reference
    read_month: date | None = None  # the month an undated article's "On Dec. 4" is read in, when the corpus says
    phrases: tuple[tuple[str, ...], ...] = ()  # each sentence's key phrases, for the corpus's topics
    names: NamesFound | None = None  # kept while the article may be read again against another's date
    unvouched: dict[str, LocalActor] = field(default_factory=dict)  # names no cue here typed, for the merge


@dataclass
class NamesFound:
    """An article's sentences and resolved names: the part of its reading no reference date
    changes, so a second reading against another article's date starts from here."""

    sentences: list[Sentence]
    mentions: list[Mention]
    actors: dict[str, LocalActor]
    unvouched: dict[str, LocalActor]


def own_reference(article: Article, sentences: list[Sentence]) -> tuple[date | None, str]:
    """The date relative expressions are read against, from the article alone.

    A stated date wins. Failing that, a weekday written with a month and day ("Friday,
    September 7") pins the year, within a year of the latest the article names; the latest such
    date, or a later day the article tells of in the past, is when it was written at the earliest.
    The headline's years count with the body's: "2024 Lok Sabha in numbers" over a body that names
    only 2019 and 2014 is this year's "Wednesday, 5 June".
    """
    if article.date:
        return article.date, article.date_basis
    text = " ".join(s.text for s in sentences)
    years = years_mentioned(f"{article.title} {text}")
    pinned = []
    for match in _PINNED_WEEKDAY.finditer(text):
        if years:
            found = find_dates(match.group(0), None, max(years))
            # (only within a year of the latest year the article names: "won on Tuesday, 10 May" in a story whose one
            # year is 1986, the exile it recalls, pins no year at all, not the 1988 whose 10 May was a Tuesday)
            pinned += [m.moment for m in found if m.moment.day and abs(m.moment.start.year - max(years)) <= 1]
    pinned += _the_latest_full_date_its_weekday_names(sentences, article.furniture)
    if not pinned:
        return None, "not stated in the article"
    latest = max(pinned)
    pin = f"the weekday of “{latest.iso()}” pins the year"
    told = _latest_day_told_as_past(sentences, latest)
    if told is not None and told.start > latest.start:  # and a day it tells of as past comes later
        pin, latest = f"{pin}; “{told.iso()}” has passed", told
    after = _weekday_told_after(sentences, latest.start)
    if after:
        return after, f"{pin}; “{after.strftime('%A')}” has passed (no date stated)"
    return latest.start, f"{pin} (no date stated)"


def _a_wire_dateline_s_day(article: Article, sentences: list[Sentence], near: date, basis: str
                           ) -> tuple[date | None, str]:
    """"WASHINGTON, Sept. 15 (UPI) -- Leaders from Bahrain …": a wire's dateline gives the day it was filed but not
    the year, which the date the story is read against (a partner's, its corpus's months) tells."""
    for text in [article.title, *article.furniture[:8], *(s.text for s in sentences[:1])]:
        line = _A_WIRE_DATELINE.match(text)
        day = next((m.moment for m in find_dates(line.group("day"), near) if m.moment.day), None) if line else None
        if day is not None:
            return day.start, f"the wire's dateline “{line.group('day')}”, its year as {basis or 'its corpus'}'s"
    return None, "not stated in the article"


# "PESHAWAR, Pakistan, Dec. 16 (UPI) —", "Geneva, March 15 (Reuters):": a place, a month and its day, the agency
_A_WIRE_DATELINE = re.compile(r"\W*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+)*(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                              r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*\([^()]{2,30}\)\s*(?:--|[-—–:])")


def _the_latest_full_date_its_weekday_names(sentences: list[Sentence], furniture: list[str]) -> list[Moment]:
    """"A magnitude 8.9 quake slammed Japan's northeastern coast Friday", under a caption of the debris "on March 11,
    2011": the latest day an undated story gives in full, in its text or its pictures' captions, when the story
    tells of its weekday as past, is its day (it names it by its weekday, as news does the days of its week)."""
    named = {WEEKDAYS[m.group(1).lower()] for s in sentences for m in _BARE_WEEKDAY.finditer(s.text)
             if told_in_the_past(s.text, m.start())}
    if not named:
        return []  # (read first: most stories name no weekday, and then no date need be read)
    captions = [line for line in furniture if line.endswith(".") and len(line.split()) >= 8]
    full = [m.moment for text in [*(s.text for s in sentences), *captions] for m in find_dates(text, None)
            if m.moment.day and m.exact and not is_future(text[:m.start])]
    # (not "until the winner is inaugurated Jan. 14, 2016", a Thursday to come)
    latest = max(full, default=None)
    return [latest] if latest is not None and latest.start.weekday() in named else []


def _weekday_told_after(sentences: list[Sentence], day: date) -> date | None:
    """"The rally in Butler on Saturday, July 13 … the FBI said in a statement on Sunday": a bare weekday told in the
    past that falls a day or two after the latest day an undated story tells of is when it was written at the
    earliest, as stories are written soon after what they tell (not the Sunday six days before)."""
    after = [day + timedelta(days=gap) for s in sentences for m in _BARE_WEEKDAY.finditer(s.text)
             if (gap := (WEEKDAYS[m.group(1).lower()] - day.weekday()) % 7) in (1, 2)
             and told_in_the_past(s.text, m.start())]
    return max(after, default=None)


def _latest_day_told_as_past(sentences: list[Sentence], pinned: Moment) -> Moment | None:
    """The latest day an undated article tells of in the past, read as of the pinned year's end: "On August 9,
    14,000 people had lost power", after "Tuesday, August 8", is that August's, told later. A day given with
    its year counts whenever it is; one without, only within a season of the pin."""
    end_of_year = date(pinned.start.year, 12, 31)
    days = [m.moment for s in sentences for m in find_dates(s.text, end_of_year)
            if m.moment.day and (told_in_the_past(s.text, m.start) or opens_a_past_sentence(s.text, m.start, m.end))
            and (m.exact or (_A_MONTH.search(m.phrase) and m.moment.start <= pinned.start + timedelta(days=92)))
            and not _a_day_made_an_adjective(s.text, m)]
    return max(days, default=None)


def _a_day_made_an_adjective(text: str, mention: DateMention) -> bool:
    """"Prosecutors asked for a May 15 court hearing": a day that says which hearing, whatever the verb's tense, may
    be one to come."""
    return bool(_AN_ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
                and _NOUN_AFTER.match(text, mention.end))


_AN_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)


def load_knowledge() -> None:
    """Read the world knowledge the rules use (first names, states) now: workers forked after
    share it instead of each reading it again."""
    given_names()
    pronoun_of("")
    country_names()


def extract(article: Article, ref: date | None = None, ref_basis: str = "", names: NamesFound | None = None,
            month: date | None = None) -> ArticleFacts:
    """All facts of one article, with relative dates read against `ref` when it has no date of
    its own, or else its dates that need only a year read in `month`. `names` are the article's
    names from an earlier reading, if there was one."""
    if names is None:
        names = find_names_in(article)
    own, basis = own_reference(article, names.sentences)
    if own is None and (ref or month or article.month):
        near = ref or month_end(month or article.month)
        own, basis = _a_wire_dateline_s_day(article, names.sentences, near, ref_basis)
    if own is not None or (ref is None and month is None):
        ref, ref_basis = own, basis
    # the text lives on in the sentences: its paragraphs would only double what is cached and
    # sent between processes
    bare = dataclasses.replace(article, paragraphs=[], furniture=[])
    facts = ArticleFacts(bare, ref, ref_basis, [s.text for s in names.sentences], names.actors,
                         unvouched=names.unvouched)
    if ref is None and article.month is None:
        facts.read_month = month
    near_year = max(years_mentioned(" ".join(facts.sentences)), default=None)
    _Attributor(facts, names.sentences, names.mentions, near_year, borrowed=own is None and ref is not None).run()
    facts.quote_grams = frozenset(quote_fingerprints(facts.sentences))
    facts.phrases = article_phrases(facts.sentences)
    if ref is None and facts.unread_dates:  # only such an article reads differently against another date
        facts.names = names
    return facts


def find_names_in(article: Article) -> NamesFound:
    sentences = article_sentences(article)
    lower_words = {w for s in sentences for w in _LOWER_WORD.findall(s.text)}
    mid_caps = {w for s in sentences for w in _MID_CAPS.findall(s.text)}
    # "al-Sisi" inside a sentence vouches for "Al-Sisi" opening one
    mid_caps |= {w[0].upper() + w[1:] for s in sentences for w in _PREFIXED_NAME.findall(s.text)}
    # and two capitalised words inside a sentence vouch for a name they open elsewhere: "in East Palestine, Ohio"
    # for "East Palestine train derailment: …", however often "east" is a word of the article
    mid_caps |= {p for s in sentences for p in _MID_PAIR.findall(s.text)}
    mentions = find_mentions(sentences, lower_words, {strip_possessive(w) for w in mid_caps})
    actors = resolve_actors(mentions, sentences)
    return NamesFound(sentences, mentions, actors, unvouched_names(mentions))


def quote_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted passages in a sentence: (start, end, words inside)."""
    out: list[tuple[int, int, str]] = []
    if not any(mark in text for mark in _QUOTE_MARKS):
        return out
    for match in _QUOTE.finditer(text):
        inner = next(g for g in match.groups() if g)
        out.append((match.start(), match.end(), inner.strip()))
    return out


class _Attributor:
    """Walks an article in order, keeping track of who is speaking and who "he" is."""

    def __init__(self, facts: ArticleFacts, sentences: list[Sentence], mentions: list[Mention], near_year: int | None,
                 borrowed: bool = False):
        self.facts = facts
        self.borrowed = borrowed  # its reference is a partner's date: it was written that day or later
        self.sentences = sentences
        self.near_year = near_year
        self.last_year: int | None = None  # the year named last so far, for "in October of that year"
        self.last_date: Moment | None = None  # the date named last so far, for "The following month"
        self.by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.key or "roleref" in m.cues:
                self.by_sent.setdefault(m.sent, []).append(m)
        self.focus: str | None = None
        self.focus_as: dict[str, str] = {}  # the last person in focus whom "he" (or "she") fits
        self.block_speaker: str | None = None
        self.last_quote: tuple[str, int] | None = None
        self.open_quote: tuple[int, int] | None = None  # (sentence, paragraph) where a quote opened, still unclosed
        self.unnamed: tuple[str, int, int] | None = None  # a role a lead gave no name yet, its paragraph and sentence
        self.open_speaker: str | None = None  # who opened it, when named first ('Saree said, "The enemy … .')

    def kind(self, key: str) -> str:
        kind = self.facts.actors[key].kind
        return "person" if kind == "surname" else kind

    def run(self) -> None:
        for sent in self.sentences:
            self.sentence(sent)

    def sentence(self, sent: Sentence) -> None:
        text = sent.text
        mentions = sorted(self.by_sent.get(sent.index, []), key=lambda m: m.start)
        quotes = quote_spans(text)
        if self.open_quote is not None and self.open_quote[1] != sent.paragraph:
            self.open_quote, self.open_speaker = None, None  # a quotation runs on within its paragraph only
        closing = _closing_mark(text) if self.open_quote is not None and not quotes else None
        if closing is not None:  # '… this threat," said Kaseya.': the last words of a quotation begun before
            quotes = [(0, closing + 1, text[:closing].strip(" “\"‘"))]
        outside = _blank(text, quotes)
        unread = len(self.facts.unread_dates)
        dates = find_dates(text, self.facts.ref, self.near_year, self.last_year, self.facts.unread_dates, self.last_date,
                           self.facts.article.month or self.facts.read_month, borrowed=self.borrowed)
        self.last_year = (years_mentioned(text) or [self.last_year])[-1]
        self.last_date = max((d.moment for d in dates if not d.compares), key=lambda m: m.start, default=self.last_date)
        # (a partner's date is when the words were first reported: this report may be the next day's)
        told_by = self.facts.ref + timedelta(days=1) if self.borrowed and self.facts.ref else self.facts.ref
        own, main, best = _the_sentence_s_date(text, dates, told_by)
        if len(self.facts.unread_dates) > unread and best is not None and not self.read_alike(text, best):
            main = best = None  # its day is one left unread ("on Tuesday … over a 2009 gas deal"): not the year it names
        when = best.moment.iso() if best else None
        if when:
            self.facts.sentence_dates[sent.index] = when
        # "… Kaplan said of the man who … collapsed in November 2022": a relative clause's day is not when one spoke
        spoken = _best_date([d for d in own if not _in_a_relative_clause(text, d)])
        said_when = spoken.moment.iso() if spoken else None
        speaker = self.block_speaker if sent.block_quote else self.speaker(outside, mentions, sent.index)
        post = _POSTED_BY.search(text)
        poster = next((m.key for m in mentions if m.key and m.start >= post.start("name")), None) if post else None
        posted = None
        if poster is not None:  # an embedded post, signed: its words are its author's, from its paragraph's start
            words = [s.text for s in self.sentences[:sent.index] if s.paragraph == sent.paragraph and not s.block_quote]
            words.append(_LINK_IN_POST.sub("", text[:post.start()]).strip())
            posted = " ".join(words)
            self.facts.quotes.append(Fact(poster, posted, sent.index, said_when))
            speaker, quotes = poster, []
        if speaker is None and quotes and text.lstrip()[:1] in "“\"‘" and self.last_quote:
            key, paragraph = self.last_quote
            if sent.paragraph - paragraph <= 1:
                speaker = key
        if closing is not None and speaker is None:
            speaker = self.open_speaker
        if closing is not None and speaker is not None:
            self.record_earlier_part(speaker, sent.index, said_when)
        if closing is not None:
            self.open_quote, self.open_speaker = None, None
        elif self.open_quote is None and not quotes and _opens_a_quote(text):
            self.open_quote = (sent.index, sent.paragraph)
            opening = _opening_mark(text)
            if speaker is not None and opening is not None:  # the quotation's first words are in this sentence
                quotes = [(opening, len(text), text[opening + 1:].strip())]
                self.open_quote, self.open_speaker = (sent.index + 1, sent.paragraph), speaker
        if poster is None:
            self.record_speech(sent, speaker, quotes, said_when)
            self.record_second_speaker(sent, outside, mentions, speaker, quotes, said_when)
        self.record_deed(sent, speaker, mentions, quotes, when)
        self.record_unnamed_role(sent, outside, mentions)
        self.record_identified_role(sent, outside, mentions)
        self.record_events(sent, mentions, own, best, posted)
        self.record_claims(sent, speaker, quotes, dates, mentions, main.moment.iso() if main else None)
        self.record_context(mentions, sent.index < LEAD_SENTENCES)
        if not sent.block_quote:
            self.block_speaker = None
        if text.rstrip().endswith(":") and not quotes:
            self.block_speaker = speaker or self.subject(outside, mentions) or self.whose_remarks(outside, mentions)
        self.last_quote = (speaker, sent.paragraph) if speaker and (quotes or sent.block_quote) else None
        subject = speaker or self.subject(outside, mentions, persons_only=True) or self.only_person(outside, mentions)
        if subject and self.kind(subject) == "person":  # whom a later "he" or "she" is: never a state or a body
            self.focus = subject
            if pronoun := self.pronoun(subject):
                self.focus_as[pronoun] = subject
        elif subject is None and _SOMEONE_UNNAMED_SPEAKS.search(outside):
            self.focus = None  # '"…," said one resident': a later "he said" is that someone, not the last one named

    def read_alike(self, text: str, best: DateMention) -> bool:
        """Whether a sentence that left a relative date unread would be dated as precisely as it is were its
        article dated: a day of its own ("sentenced on Tuesday") outranks a year it names in passing, but
        "on Tuesday (June 12)" is the day it reads."""
        stand_in = month_end(self.facts.article.month or self.facts.read_month or _A_STAND_IN_DAY)
        dated = find_dates(text, stand_in, self.near_year, self.last_year, None, self.last_date)
        would_be = _the_sentence_s_date(text, dated, stand_in)[2]
        return would_be is None or _precision(would_be) <= _precision(best)

    def pronoun(self, key: str) -> str | None:
        return pronoun_of(self.facts.actors[key].name.split()[0])

    def in_focus(self, pronoun: str) -> str | None:
        """Whom "he" or "she" is: the person in focus, unless their first name says otherwise
        ("she told them", with Nicolás Maduro in focus, is María Machado, the last "she" in it)."""
        wanted = pronoun.lower()
        if self.focus is None or self.pronoun(self.focus) in (None, wanted):
            return self.focus
        return self.focus_as.get(wanted)

    def only_person(self, text: str, mentions: list[Mention]) -> str | None:
        """"On Saturday, supporters chanted as Machado arrived": with no person for its subject, the
        one person a sentence names, when a clause of its own makes them act, is whom a later "she" is."""
        persons = {key for m in mentions if m.key and (key := self.resolve(m)) and self.kind(key) == "person"}
        if len(persons) != 1:
            return None
        person = persons.pop()
        acts = any(m.key and self.resolve(m) == person and _ACTS_AFTER_NAME.match(text, m.end) for m in mentions)
        return person if acts else None

    def resolve(self, m: Mention) -> str | None:
        if m.key:
            return m.key
        word = m.role.split()[-1]
        if word[:1].isupper() and " " not in m.role:  # "Bishop said", after "Julie Bishop": her family name, no title
            named = [a.key for a in self.facts.actors.values() if a.kind == "person" and a.name.split()[-1] == word]
            if len(named) == 1:
                return named[0]
        return self.holder_of(word, m.sent)

    def holder_named_by(self, text: str, sent: int) -> str | None:
        """Whoever holds the title `text` ends in ("… the army chief"), if it names one."""
        role = _ROLE_REF.search(text)
        return self.holder_of(role.group(1).split()[-1], sent) if role else None

    def holder_of(self, head: str, sent: int) -> str | None:
        """The person most recently given a title with this head word ("the Special Envoy")."""
        head = head.lower()
        holders = [a for a in self.facts.actors.values()
                   if a.kind == "person" and any(head in r.lower() for r, s in a.roles if s <= sent)]
        if not holders:
            return None
        return max(holders, key=lambda a: max(s for r, s in a.roles if head in r.lower())).key

    def body_named_last(self, sent: int) -> str | None:
        """The organisation named last in the two sentences before this one (in this one, a body
        named after "The club announced" is what it spoke of: "… due to La Liga's rules")."""
        for index in range(sent - 1, max(-1, sent - 3), -1):
            for m in sorted(self.by_sent.get(index, []), key=lambda m: -m.start):
                if m.key and self.kind(m.key) == "organisation":
                    return m.key
        return None

    def subordinate_speaker(self, outside: str, mentions: list[Mention], subject_end: int, verb: re.Match[str]) -> str | None:
        """"Kaplan delivered the sentence moments after Bankman-Fried said he was “sorry …”": the name right
        before the speech verb, in a clause the sentence's subject only leads to, speaks."""
        right_before = [m for m in mentions if m.key and subject_end <= m.start and m.end <= verb.start()
                        and not outside[m.end:verb.start()].strip()]
        if not right_before or self.kind(right_before[-1].key) not in ("person", "organisation", "state"):
            return None
        return right_before[-1].key if _SUBORDINATE.search(outside, subject_end, right_before[-1].start) else None

    def speaker(self, outside: str, mentions: list[Mention], sent_index: int) -> str | None:
        """Who speaks in this sentence: the subject of its speech verb, if any."""
        subject = self.subject_mention(outside, mentions)
        for verb in _SPEECH.finditer(outside):
            if self.nothing_said(outside, verb):
                continue
            after = [m for m in mentions if m.start >= verb.end() and m.start - verb.end() < 12 and m.key]
            if verb.group(0).lower().startswith("according"):
                # "… 15,000 deaths, according to the United Nations", "according to a pre-vote note from TD Cowen"
                cited = [m for m in mentions if m.key and m.start >= verb.end() and m.start - verb.end() < 40
                         and _CITED_THROUGH.fullmatch(outside, verb.end(), m.start)]
                if cited and self.kind(cited[0].key) in ("person", "organisation", "state"):
                    return cited[0].key
                continue
            quoted = _QUOTED_AS.search(outside, max(0, verb.start() - 90), verb.end()) if outside.endswith(
                "as ", 0, verb.start()) else None
            if quoted:  # "the Dhaka Tribune quoted the army chief as saying": the one quoted, not who quotes
                return self.quoted_by_the_outlet(outside, mentions, quoted, sent_index)
            clause_subject = subject[0] if subject is not None and subject[1] <= verb.start() else None
            aside = self.speaker_set_aside(outside, mentions, verb)
            if aside:
                return aside
            tag = _tag_after_clause(outside, subject[1] if clause_subject else 0, verb)
            if clause_subject and tag < 0:
                return self.subordinate_speaker(outside, mentions, subject[1], verb) or clause_subject
            if (tag >= 0 and _UNNAMED_SPEAKERS.fullmatch(outside, tag, verb.start())
                    and not any(m.key and tag < m.start < verb.start() for m in mentions)):  # not "U.S. officials"
                return None  # "…, including Japan and Australia, Western officials say": people the text does not name
            if after and self.kind(after[0].key) == "person" and outside[:verb.start()].rstrip().endswith(","):
                return after[0].key  # "… and 15,000 from GAVI, said Dr. Ngashi Ngongo": the name after the verb
            before = [m for m in mentions if tag < m.start and m.end <= verb.start() and "possessive" not in m.cues
                      and outside[m.start:m.start + 1] != " "  # a name inside the quotation is not who speaks it
                      and not _modifies_a_noun(outside, m) and not is_title_complement(outside, m.start)
                      and (not m.key or self.kind(m.key) in ("person", "organisation", "state"))]
            pronoun = list(_PRONOUN.finditer(outside[:verb.start()]))
            best: tuple[int, str | None] = (-1, None)
            for i, m in enumerate(before):
                if m.end > best[0]:
                    best = (m.end, self.resolve(m))
                    member = before[i - 1] if i else None
                    if (member is not None and member.key and self.kind(member.key) == "person"
                            and _AFFILIATED.fullmatch(outside, member.end, m.start)):
                        best = (m.end, self.resolve(member))  # "Pierre Esperance of the National Network … said"
            if pronoun and pronoun[-1].end() > best[0]:
                # "Yoon's declaration of martial law, which he said …": the person whose it was, else the one in focus
                owner = [m.key for m in mentions if m.key and "possessive" in m.cues and m.end <= pronoun[-1].start()
                         and self.kind(m.key) == "person"]
                meant = owner[-1] if owner else self.in_focus(pronoun[-1].group())
                if meant:
                    best = (pronoun[-1].end(), meant)
            said_by_body = _BODY_SPEAKS.search(outside, max(best[0], verb.start() - 40), verb.start())
            if said_by_body and (named := self.body_named_last(sent_index)):
                return named  # "… from Salalah, Oman, the company confirmed": the company, not Oman
            if best[1] and verb.start() - best[0] < 90 and not said_by_body:
                if clause_subject and tag >= 0 and self.facts.actors[best[1]].kind == "surname":
                    return clause_subject  # "…, Kyiv said": one word no one here is called may be a capital for its state
                return best[1]
            if clause_subject:
                return clause_subject  # a tag that names no one the text knows ("…, the French club announced")
            holder = self.holder_named_by(outside[max(0, verb.start() - 80):verb.start()], sent_index)
            if holder:
                return holder
            body = _BODY_REF.match(outside)
            if body and body.end() <= verb.start() < body.end() + 60 and (named := self.body_named_last(sent_index)):
                return named  # "The company said", "The club, on Thursday, confirmed": the body just named
            titled = _TITLE_NEXT.match(outside, after[0].end) if after else None
            if titled:  # '…," continued the Barca president': the president speaks, not Barca
                return self.holder_of(titled.group(1), sent_index)
            if not _INVERTED.search(outside, 0, verb.start()):
                continue  # a speaker after the verb follows a pause: not "TASS said Assad and his family arrived"
            if after and self.kind(after[0].key) == "person":
                return after[0].key  # '…," said Delattre'
            titled_person = next((m for m in mentions if m.key and verb.end() <= m.start < verb.end() + TITLE_REACH
                                  and self.kind(m.key) == "person"), None)
            if (titled_person is not None and verb.group(0) in _SAYS
                    and not _NOT_A_TITLE.intersection(outside[verb.end():titled_person.start].lower().split())):
                return titled_person.key  # '…," said Delta CEO Ed Bastian', '… said retired teacher Tarek …
        return None

    @staticmethod
    def nothing_said(outside: str, verb: re.Match[str]) -> bool:
        """"The RSF has not yet commented", "Neither X nor Y said", "he was called a witness": no one speaks."""
        before = max(0, verb.start() - 30)
        return bool(_NOT_SAID.search(outside, before, verb.start()) or _NEITHER.search(outside, 0, verb.start())
                    or (not verb.group(0).endswith("ing") and _SPOKEN_TO.search(outside, before, verb.start())))

    def speaker_set_aside(self, outside: str, mentions: list[Mention], verb: re.Match[str]) -> str | None:
        """"Mr. Antar, the SEC said, made more than $60 million": the one named between commas
        around the verb says what the sentence says of its subject."""
        comma = outside.rfind(",", 0, verb.start())
        if (comma < 0 or outside[verb.end():verb.end() + 1] != "," or verb.group(0) not in _SAYS
                or not 0 < len(outside[comma + 1:verb.start()].split()) <= TAG_WORDS):
            return None
        named = [m.key for m in mentions if m.key and comma < m.start and m.end <= verb.start()
                 and self.kind(m.key) in ("person", "organisation", "state")]
        return named[-1] if named else None

    def whose_remarks(self, outside: str, mentions: list[Mention]) -> str | None:
        """"Following are UN Secretary-General António Guterres’ Remarks to the Press:", "The below is
        attributable to Spokesperson Matthew Miller:": whose words follow."""
        return next((m.key for m in mentions if m.key and (_REMARKS_AFTER.match(outside, m.end)
                                                          or _ATTRIBUTED_TO.search(outside, 0, m.start))
                     and self.kind(m.key) in ("person", "organisation", "state")), None)

    def quoted_by_the_outlet(self, outside: str, mentions: list[Mention], quoted: re.Match[str], sent: int) -> str | None:
        named = [m.key for m in mentions if m.key and quoted.start("who") <= m.start < quoted.end("who")
                 and self.kind(m.key) in ("person", "organisation", "state")]
        if named:
            return named[0]
        return self.holder_named_by(quoted.group("who"), sent)

    def gainer(self, text: str, verb: int, mentions: list[Mention]) -> str | None:
        """Who won what a figure counts ("Hou Yu-ih, the Kuomintang candidate, received 4.66 million
        votes, while Ko Wen-je … received 3.68 million"; "AITC secured 29 seats, DMK secured 22"): the
        first person named in the verb's own clause (else the first body), not after a preposition;
        "he" there is the sentence's own subject ("Lai won the election, with results showing he had
        taken 40.2 percent")."""
        relative = _WHICH_BEFORE.search(text, max(0, verb - 30), verb)
        if relative:  # "led by the Samajwadi Party, which won 37 seats": the name the clause hangs on
            before = [key for m in mentions if m.end <= relative.start() and (key := self.resolve(m))
                      and self.kind(key) in ("person", "organisation", "state")]
            return before[-1] if before else None
        wide = max((m.end() for m in _PART_OF_A_SENTENCE.finditer(text, 0, verb)), default=0)
        narrow = max((m.end() for m in _NEXT_CLAUSE.finditer(text, wide, verb)), default=wide)
        for start in dict.fromkeys((narrow, wide)):
            named = [(self.kind(key) != "person", m.start, key) for m in mentions
                     if start <= m.start < verb and "possessive" not in m.cues and not _after_preposition(text, m)
                     and (key := self.resolve(m)) and self.kind(key) in ("person", "organisation", "state")]
            if named:
                return min(named)[2]
        return self.subject(text, mentions, persons_only=True) if _PRONOUN.search(text, wide, verb) else None

    def subject(self, outside: str, mentions: list[Mention], persons_only: bool = False) -> str | None:
        found = self.subject_mention(outside, mentions, persons_only)
        return found[0] if found else None

    def subject_mention(self, outside: str, mentions: list[Mention], persons_only: bool = False) -> tuple[str, int] | None:
        """The actor a sentence is about and where it ends: the first actor (or "he") in the
        subject zone, which runs from after any opening clause ("Speaking in Geneva,") to
        the first verb.
        """
        start, end = _subject_zone(outside)
        pronoun = _PRONOUN.search(outside, start, end)
        candidates = []
        for m in mentions:
            if not start <= m.start < end or "possessive" in m.cues or outside[m.start:m.start + 1] == " ":
                continue
            key = self.resolve(m)
            if key is None or _after_preposition(outside, m) or _modifies_a_noun(outside, m):
                continue
            kind = self.kind(key)
            if kind == "person" or (not persons_only and kind in ("organisation", "state")):
                candidates.append((kind != "person", m.start, key, m.end))
        if pronoun and (not candidates or pronoun.start() < min(c[1] for c in candidates)):
            # "She rose to fame after founding Theranos": she, whoever she is; never the firm named after
            meant = self.in_focus(pronoun.group())
            return (meant, pronoun.end()) if meant else None
        if candidates:
            _, first, key, stop = min(candidates)
            later = [c for c in candidates if c[1] > first and not c[0] and not outside[c[3]:end].strip()]
            if later and _SET_BEFORE_THE_SUBJECT.fullmatch(outside, stop, later[0][1]):
                return later[0][2], later[0][3]  # "Deputy to … leader Hassan Nasrallah, Sheikh Naim Kassem said"
            return key, stop
        return None

    def record_earlier_part(self, speaker: str, closing: int, when: str | None) -> None:
        """The sentences of a quotation before the one that closes it and names who spoke:
        '"This is not a formality. It is a call to action. We must act," said Kaseya.'"""
        first = self.open_quote[0] if self.open_quote else closing
        for i in range(first, closing):
            words = self.facts.sentences[i].strip().lstrip("“\"‘")
            self.facts.quotes.append(Fact(speaker, words, i, self.facts.sentence_dates.get(i, when)))

    def record_speech(self, sent: Sentence, speaker: str | None, quotes: list, when: str | None) -> None:
        if speaker is None:
            return
        if sent.block_quote:
            self.facts.quotes.append(Fact(speaker, sent.text, sent.index, when))
            return
        long_quotes = [q for _, _, q in quotes if len(q.split()) >= MIN_QUOTE_WORDS]
        if long_quotes:
            self.facts.quotes.append(Fact(speaker, " … ".join(long_quotes), sent.index, when))
        else:
            self.facts.statements.append(Fact(speaker, sent.text, sent.index, when))

    def record_deed(self, sent: Sentence, speaker: str | None, mentions: list[Mention], quotes: list, when: str | None) -> None:
        if sent.block_quote and (_FIRST_PERSON.search(sent.text) or sent.text.rstrip(" .…”\"").endswith("?")):
            return  # a statement's "we", "I" and questions are its speaker's
        outside = _blank(sent.text, quotes)
        subject = self.subject(outside, mentions) if not _NEITHER_OPENS.match(outside) else None
        if sent.block_quote and not any(m.key == subject and m.start <= OPENING_NAME for m in mentions):
            return  # but a sentence of it opening on someone in the third person tells what they did
        if subject and subject != speaker and sent.text.lstrip()[:1] not in "“\"‘":
            self.facts.deeds.append(Fact(subject, sent.text, sent.index, when))
            second = next((m.key for m in mentions if m.key and m.key not in (subject, speaker)
                           and _SECOND_CLAUSE_BEFORE.search(outside, max(0, m.start - 20), m.start)
                           and _VERB_AFTER.match(outside, m.end) and self.kind(m.key) in ("person", "organisation", "state")),
                          None)
            if second is not None:  # "Russian warplanes continue …, while Turkey demands an end to the bombardment"
                self.facts.deeds.append(Fact(second, sent.text, sent.index, when))
        elif subject is None and speaker is None:
            # "2,500 personnel are anticipated, led by Kenya": no one named does it but the one it is led by
            agent = next((m for m in mentions if m.key and _DONE_BY.search(outside, max(0, m.start - 30), m.start)
                          and self.kind(m.key) in ("person", "organisation", "state")), None)
            if agent is not None:
                self.facts.deeds.append(Fact(agent.key, sent.text, sent.index, when))

    def record_second_speaker(self, sent: Sentence, outside: str, mentions: list[Mention], first: str | None,
                              quotes: list, when: str | None) -> None:
        """"Equinor said it had rerouted vessels, and Euronav said it would avoid the area": a
        second clause with a speaker of its own says that speaker's words too."""
        joint = _SECOND_CLAUSE.search(outside)
        if joint is None or first is None or sent.block_quote:
            return
        own = [m for m in mentions if m.start >= joint.end()]
        second = self.speaker(" " * joint.end() + outside[joint.end():], own, sent.index)
        if second is not None and second != first:
            self.record_speech(sent, second, [q for q in quotes if q[0] >= joint.end()], when)

    def record_unnamed_role(self, sent: Sentence, outside: str, mentions: list[Mention]) -> None:
        """"A mayoral candidate has been shot dead … On 29th May, Alfredo Cabrera was killed": a
        lead that gives the role first and the name next gives the role to the name."""
        lead = _UNNAMED_FATE.match(outside)
        if lead:
            self.unnamed = (lead.group(1), sent.paragraph, sent.index)
            return
        if self.unnamed is None or sent.paragraph != self.unnamed[1] or sent.index - self.unnamed[2] > 2:
            return
        subject = self.subject(outside, mentions, persons_only=True)
        if subject is not None and not self.facts.actors[subject].roles and _FATE.search(outside):
            self.facts.actors[subject].roles.append((self.unnamed[0], sent.index))
            self.unnamed = None

    def record_identified_role(self, sent: Sentence, outside: str, mentions: list[Mention]) -> None:
        """"The suspected shooter has been identified as Devin Kelley", "police identified the victim
        as Ana Ruiz": what someone was first called is their role."""
        found = _IDENTIFIED_AS.search(outside)
        if found is None:
            return
        role = found.group("role") or found.group("object")
        title = one_s_title(role)  # "The suspects, identified as A, 32; B, 30; and C": each one a suspect
        at = found.end()
        for m in (m for m in mentions if m.start >= found.end()):
            gap = _AN_AGE_AT_MOST if at == found.end() else _A_LIST_S_GAP
            if not gap.fullmatch(outside, at, m.start) or (key := self.resolve(m)) is None or self.kind(key) != "person":
                return
            if not self.facts.actors[key].roles:
                self.facts.actors[key].roles.append((title, sent.index))
            if title == role:
                return
            at = m.end

    def record_events(self, sent: Sentence, mentions: list[Mention], dates: list[DateMention],
                      best: DateMention | None, posted: str | None = None) -> None:
        """The days a sentence dates; a post's signature dates the post's words, not its own last line."""
        if best is None:
            return
        keys = tuple(dict.fromkeys(k for m in mentions if (k := self.resolve(m)) and self.kind(k) != "place"))
        self.facts.events.append(Event(best.moment.iso(), sent.index, posted or sent.text, keys, best.phrase))
        # "left Vienna on Monday and arrived in Kiev the following day": each day the sentence dates is an event,
        # but "between 1 January and 11 January" is one span, which begins on the first
        # "released on January 25 … abducted during the October 7, 2023, attack": the attack is dated by its
        # own reports, not by every later one that names it
        days = {d.moment.iso(): d for d in dates if d.moment.day and d.moment != best.moment
                and not _names_a_happening(sent.text, d)
                and not any(_SPAN_END.fullmatch(sent.text, e.end, d.start) and _SPAN_START.search(sent.text, 0, e.start)
                            for e in dates if e.end <= d.start)}
        for iso, other in sorted(days.items()):
            self.facts.events.append(Event(iso, sent.index, sent.text, keys, other.phrase))

    def record_claims(self, sent: Sentence, speaker: str | None, quotes: list, dates: list[DateMention],
                      mentions: list[Mention], when: str | None) -> None:
        skip = [(d.start, d.end) for d in dates]
        stated = self.facts.article.date.isoformat() if self.facts.article.date else None
        as_of = when if when and Moment.parse(when).day else stated
        previous = self.facts.claims[-1].quantity if self.facts.claims else None
        quantities = find_quantities(sent.text, skip, (previous.counts, previous.klass) if previous else None)
        opening = _OPENING.match(sent.text) if quantities else None
        # "In Bihar, where the toll stood at 26, 27.50 lakh people have been affected": a place the sentence opens
        # in is where its figures are, unless they name their own (not "Speaking in Geneva, …": where one spoke)
        set_in = tuple(sorted({self.facts.actors[m.key].name for m in mentions if m.key and m.start < opening.end()
                               and self.kind(m.key) in ("place", "state")})) if opening and _SET_IN.match(sent.text) else ()
        days = [d for d in dates if d.moment.day]
        cumulative = _CUMULATIVE.search(sent.text) is not None if quantities else False
        for i, q in enumerate(quantities):
            if len(days) > 1:  # "… started late on Thursday … scrap 1,250 flights yesterday": the nearer day
                as_of = min(days, key=lambda d: (abs(d.start - q.end) if d.start >= q.end else abs(q.start - d.end),
                                                 d.start)).moment.iso()
            inside_quote = any(s <= q.start < e for s, e, _ in quotes)
            claimant = speaker if (speaker and (inside_quote or sent.block_quote or not quotes)) else None
            # The figure's share of the sentence: not the opening clause ("Speaking in Geneva,"),
            # not the stretch that belongs to a neighbouring figure.
            in_opening = opening is not None and q.start < opening.end()
            left = max(0 if in_opening else (opening.end() if opening else 0), quantities[i - 1].end if i else 0)
            right = quantities[i + 1].start if i + 1 < len(quantities) else len(sent.text)
            right = min(right, opening.end()) if in_opening else right
            nearby = [m for m in mentions if m.key and left <= m.start < right]
            anchors = tuple(sorted({self.facts.actors[m.key].name for m in nearby if self.kind(m.key) in ("place", "state")
                                    and not _OUTLET_OF.search(sent.text, max(0, m.start - 40), m.start)
                                    and not _WHERE_SAID.search(sent.text, max(0, m.start - 40), m.start)
                                    and not _SOMEONE_S_HOME.search(sent.text, max(0, m.start - 60), m.start)})) or set_in
            parts = {self.facts.actors[m.key].name for m in nearby if m.start > q.end and ", with " in sent.text[q.end:m.start]}
            if parts and set(anchors) - parts:  # "has reached 65 in North Carolina, with more than 40 percent coming
                anchors = tuple(a for a in anchors if a not in parts)  # from Buncombe County": where a part of it was
            _, clause_end = clause_bounds(sent.text, q.start, q.end)
            about = tuple(dict.fromkeys(m.key for m in nearby if q.start < m.start < clause_end + 80
                                        and self.kind(m.key) in ("person", "organisation")))
            # whose number it is ("Ruto won 7,176,141 votes"): the nearest actor before it in its clause, not
            # the speaker (nor "a conflict between the SAF and the RSF since …, resulting in 16,650 lives lost")
            owners = [m.key for m in nearby if m.end <= q.start and m.key != speaker and q.start - m.end <= 50
                      and not _OWNER_BREAK.search(sent.text, m.end, q.start)
                      and self.kind(m.key) in ("person", "organisation", "state")]
            day = as_of if q.snapshot or ((len(days) > 1 or (when and Moment.parse(when).day)) and not q.running
                                          and not cumulative) else None
            gained = _GAINED_BEFORE.search(sent.text, max(0, q.start - 40), q.start)
            owner = (self.gainer(sent.text, gained.start(), mentions) if gained else None) or (
                owners[-1] if owners else None)
            if owner is None and q.counts == "age":  # "Bob Hawke, …, has died at the age of 89": its sentence's person's
                owner = self.subject(sent.text, mentions, persons_only=True)
            self.facts.claims.append(Claim(q, claimant, sent.index, anchors, as_of, about, owner, day))

    def record_context(self, mentions: list[Mention], in_lead: bool) -> None:
        keys = sorted({m.key for m in mentions if m.key})
        for k in keys:
            if self.kind(k) == "place":  # the lead sets the scene: a place it names counts twice
                self.facts.places[k] += 2 if in_lead else 1
        actor_keys = [k for k in keys if self.kind(k) != "place"]
        for i, a in enumerate(actor_keys):
            for b in actor_keys[i + 1:]:
                self.facts.co_mentions[(a, b)] += 1


# a count that adds up what happened over time, whatever day it is told on ("has killed 167 people since 2003")
_CUMULATIVE = re.compile(r"\b(?:since|so far|to date|toll|total|in all|altogether|overall|cumulative)\b", re.I)
_SET_IN = re.compile(r"\W*(?i:(?:elsewhere\s+|meanwhile\s+|also\s+)?(?:in|across|throughout|inside)\s+(?:the\s+)?)[A-Z]")
_OPENING = re.compile(  # (not "At least 50 people, including children, were killed": a figure, no opening clause)
    r"^(?:\W*(?:after|before|in|on|at(?!\s+(?:least|most)\b)|during|speaking|concerned|although|though|while|when|as|"
    r"despite|following|according|standing|however|meanwhile|thus|once|with|without|by|for|from|under|since|if|unlike|amid|"
    # "Asked about the deal, …", but not a name ending so ("Mohammed al-Bukhaiti, …", "Ahmed Hassan, …")
    r"(?!(?-i:[A-Z])[a-z]+ed\s+(?-i:[A-Z]|(?:al|el|ad|ar|as|at|az|an|ash|ul|bin|ibn|abu|de|da|di|du|van|von|le|la)\b))"
    r"[A-Za-z][a-z]+(?:ing|ed)(?=\s+(?-i:[a-z])))\b(?:[^,]|,(?=\d)){0,120},(?!\d)\s*)+", re.I)
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|"
    r"[a-z]+ed|" + SPEECH_VERBS + r")\b")


_ROLE_REF = re.compile(
    r"\b[Tt]he\s+((?:[a-z-]+\s+){0,2}(?:" + HEAD_ALT + r"))\s*,?\s*$")
# "The company said", "The club, on Thursday, confirmed": a body spoken of by what kind it is
_BODY_REF = re.compile(r"\s*[Tt]he\s+(?:company|firm|club|group|bank|airline|carrier|agency|ministry|union|organi[sz]ation|"
                       r"charity|party|council|commission|committee|board|league|federation|watchdog|regulator)\b"
                       r"(?!\s+of\b|[’']s)")
_BODY_SPEAKS = re.compile(r",\s+" + _BODY_REF.pattern.removeprefix(r"\s*") + r"\s+$")
# "…, including Japan and Australia, Western officials say": the speakers are people the text does not name
# "…, Western officials say", "…, insurgents said": people the text does not name, in the plural
_UNNAMED_SPEAKERS = re.compile(r",\s+(?:(?:[A-Z][\w.’'-]*|[a-z]+)\s+){0,3}?(?:officials|sources|diplomats|analysts|experts|"
                               r"observers|witnesses|residents|critics|activists|lawmakers|investigators|people|police|"
                               r"[a-z]{2,}[a-hj-rtv-z]s)\s+")
# '"…," said one, whose group …', "A witness told AFP …", '"…," one resident said': someone the text does not name
_SOMEONE_UNNAMED_SPEAKS = re.compile(r"\b(?:said|says|added)\s+(?:one|another|an?)\b|(?:^|,)\W*(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+"
                                     r"(?:[\w.’'-]+\s+){0,3}?(?:said|says|told|added)\b")
TAG_WORDS = 5
_ATTRIBUTED_TO = re.compile(r"\b(?:attributable to|as stated by|statement (?:by|from))\s+(?:[A-Za-z]+\s+){0,3}$", re.I)
_REMARKS_AFTER = re.compile(r"[’']s?\s+(?:[A-Za-z]+\s+)?(?:remarks|statement|speech|address|comments|message|briefing)\b",
                            re.I)
OPENING_NAME = 25  # how far into a sentence the name it opens on may start ("Secretary of State Antony J. Blinken")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_SECOND_CLAUSE_BEFORE = re.compile(r",\s+(?:while|whereas|but)\s+(?:the\s+)?$")
_VERB_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?[a-z]{3,}(?:s|ed)\b")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^.;:]{1,60}?)\s+as\s+(?:saying|telling)$")
_INVERTED = re.compile(r"(?:^|[,;:”\"’'—–-])\s*$")  # a speech verb before its speaker follows a pause or opens the text


def _tag_after_clause(text: str, clause_from: int, verb: re.Match[str]) -> int:
    """"Kenya will lead the force, U.S. officials said": a few words between a clause and the
    speech verb after it say who says it, whoever the clause is about; where the tag starts, or -1."""
    comma = text.rfind(",", clause_from, verb.start())
    tag = text[comma + 1:verb.start()]
    if (comma > clause_from and verb.group(0) in _SAYS and 0 < len(tag.split()) <= TAG_WORDS
            and not _NOT_IN_A_TAG.search(tag) and _CLAUSE_BEFORE.search(text, clause_from, comma)):
        return comma
    return -1


_CLAUSE_BEFORE = re.compile(r"\b[a-z]{3,}\b")  # a word of a clause, not only a name or an aside
_NOT_IN_A_TAG = re.compile(r"[—–()]|\b(?:by|and|or|to|who|which|that)\b")


_TITLE_NEXT = re.compile(r"[’']?s?\s+(" + HEAD_ALT + r")\b")
# "… 280,000 people," AbdelJaber told reporters in Geneva": where it was said, not where the figure is
_WHERE_SAID = re.compile(r"\b(?:reporters|journalists|(?:news|press) conference|briefing|speaking)\s+in\s+$")
# "identified the two people … as David Dutch, 57, of New Kensington, Pa.": where someone lives (the town, and its
# state after it), not where the figure is
_SOMEONE_S_HOME = re.compile(r"\b\d{1,3},\s+(?:of|from)\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+)?$")
# "figures quoted by the Press Trust of India": the place names whose outlet it is, not where the figure is
_OUTLET_OF = re.compile(r"\b(?:Press|Trust|News|Times|Herald|Journal|Tribune|Radio|Television|Channel|Agency|Post) "
                        r"of (?:the )?$")
_PREPOSITIONS = {"with", "by", "from", "to", "of", "for", "against", "and", "between", "among", "about", "on",
                 "at", "in", "into", "toward", "towards", "than", "like", "via", "over", "under", "behind"}


def _modifies_a_noun(outside: str, m: Mention) -> bool:
    """"the Iran-backed group", "the Russia-led alliance": a name made part of an adjective
    describes the one who acts; it does not act."""
    return outside[m.end:m.end + 1] == "-" and outside[m.end + 1:m.end + 2].islower()


def _after_preposition(outside: str, m: Mention) -> bool:
    """Whether a mention (with the role written before it) is the object of a preposition."""
    before = outside[:m.start].rstrip()
    if m.role and before.endswith(m.role):
        before = before[: -len(m.role)].rstrip()
    words = before.rsplit(None, 1)  # the last word is all it needs
    return bool(words) and words[-1].lower() in _PREPOSITIONS


# "as Machado arrived", "when Smith had left": a name that a verb of its own follows
_ACTS_AFTER_NAME = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|has|had|was|is|were|will|would|says|said)\b")
# "Deputy to Hezbollah's slain leader Hassan Nasrallah, Sheikh Naim Kassem said": a person named in an
# opening phrase, then the person who speaks or acts, right before the verb
_SET_BEFORE_THE_SUBJECT = re.compile(r",\s+[^,;:]{0,40}")


@lru_cache(maxsize=64)
def _subject_zone(outside: str) -> tuple[int, int]:
    """From after any opening clause to the first verb; cached, as a sentence's speaker, deed
    and subject all ask about the same (blanked) sentence."""
    opening = _OPENING.match(outside)
    start = opening.end() if opening else 0
    verb = _VERB.search(outside, start)
    return start, verb.start() if verb else len(outside)


def _blank(text: str, quotes: list[tuple[int, int, str]]) -> str:
    """The sentence with its quotations blanked out (same length), for finding who speaks."""
    if not quotes:
        return text
    chars = list(text)
    for start, end, _ in quotes:
        for i in range(start + 1, end - 1):
            chars[i] = " "
    return "".join(chars)


# "Planes must land. — Gegham Stepanyan #StopArtsakhBlockade (@Gegham_Artsakh) September 25, 2023": an
# embedded post ends with its author's name and handle (and the day it was posted)
_POSTED_BY = re.compile(r"\s[—–-]+\s*(?P<name>[A-Z][^()@—–]{0,60}?)(?:\s+#\w+)*\s*\(@\w+\)(?:\s+[A-Z][a-z]+ \d{1,2}, \d{4})?\s*$")
_LINK_IN_POST = re.compile(r"\s*(?:pic\.twitter\.com|https?://)\S*")


def _opens_a_quote(text: str) -> bool:
    """A quotation mark left open at the sentence's end: the quotation goes on in the next."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _opening_mark(text: str) -> int | None:
    """Where a sentence opens the quotation it leaves open ('Saree said, "The enemy bears …')."""
    curly = text.rfind("“")
    if curly != -1 and "”" not in text[curly:]:
        return curly
    return text.rfind('"') if text.count('"') % 2 == 1 else None


def _closing_mark(text: str) -> int | None:
    """Where a sentence closes a quotation it did not open (a closing mark with no opening one before it)."""
    curly = text.find("”")
    if curly != -1 and "“" not in text[:curly]:
        return curly
    return text.find('"') if text.count('"') % 2 == 1 else None


# "the peso dropped following the 2 June elections", "shot dead ahead of the 2nd June polls": a date that
# names another event, which the sentence's own happened before or after
_AROUND_THE = re.compile(r"\b(?:following|after|ahead of|before|in the run-up to|in the lead-up to|in the wake of)\s+the\s+$",
                         re.I)
# "after the October 7, 2023, attacks", "has won the 2024 Taiwan presidential election"
_NOUN_AFTER = re.compile(r",?\s+(?:[A-Z][\w’'-]*\s+){0,3}[a-z]{3,}\b(?<!\bwhen)(?<!\bwhich)")
# "the October 7, 2023, attack", "Hamas’ October 7 attack", "the upcoming November 5, 2024 election": a date made an
# adjective names another happening
_NAMES_A_HAPPENING_BEFORE = re.compile(r"(?:\bthe|[’']s?)\s+(?:(?:upcoming|coming|forthcoming|scheduled|planned|next|"
                                       r"last|previous|recent|deadly|fateful|disputed|contested)\s+)?$", re.I)
# "a decline of 40 percent compared to the same period in 2023", "fewer ships than in January 2023": the
# baseline a change is measured from, not when it happened
_COMPARED_WITH = re.compile(r"\b(?:compared (?:to|with)|than(?: in)?|versus|vs\.?)\s+(?:(?:the )?(?:same )?"
                            r"(?:period|time|month|quarter) (?:in|of|last)\s+)?$|"
                            # "a significant improvement over the 2013 result", "a swing of 3% on the 2019 vote"
                            r"\b(?:improvement|increase|rise|drop|fall|decline|gain|jump|swing|up|down)\b[^.;:]{0,25}?"
                            r"\b(?:over|on|from)\s+(?:the|its|their|his|her)\s+$", re.I)
# "its lowest level since 2009", "the first strike since 2008": a record's baseline year (but "her first appearance
# since Dec. 23, when the jury …" names the day of the last one)
# ("the deadliest hurricane since Katrina in 2005", "the worst tragedy since the Tous dam collapse in 1982": the
# record's baseline, named by what happened in it; "the biggest loss since the bank's 1988 IPO", "the largest bank
# failure since Washington Mutual during the height of the 2008 financial crisis": whatever words it takes)
_RECORD_SINCE = re.compile(r"\b(?:worst|(?:low|high|bigg|larg|small|great|b|strong|weak|long|short|old|hott|cold|wett|"
                           r"clos|fast|slow)est|\w+iest|first|most\s+\w+)\b[^.;:]{0,40}?\bsince\s+"
                           r"(?:(?:(?!\b(?:after|before|when|following)\b)[^.;:,]){0,80}?\s)?$|"
                           # "only the second French side to win the trophy after Marseille in 1993": who did it before
                           r"\bonly\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
                           r"[^.;:]{0,80}?\b(?:after|following|since)\b[^.;:]{0,80}?\s$", re.I)


# "remain in the job until a successor was found or March 31, whichever was earlier": a deadline, no happening
_WHICHEVER_AFTER = re.compile(r",?\s+whichever\b")
# "hoping for a resolution by April 20", "the deal must be signed by Friday": a deadline, not a day something happened
_DEADLINE_BEFORE = re.compile(r"\b(?:will|would|hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|plan(?:s|ned)?|"
                              r"deadline|must|should|intend(?:s|ed)?|due|set to|scheduled to)\b[^.;:]{0,70}?\bby\s+$")
# "a margin of victory similar to that achieved by Tony Blair in 1997": the year of what it is likened to
_LIKE_BEFORE = re.compile(r"\b(?:similar to|akin to|comparable to|reminiscent of|matching|rivall?ing|echoing|"
                          r"the like of)\b[^.;:]{0,70}?\bin\s+$", re.I)
# "has killed at least 46,707 Palestinians since October 7, 2023", "who has led Myanmar since 2021", "a civil war
# since the military coup in 2021": where a span begins, not when the sentence's own fact happened (but "since
# Dec. 23, when the jury retired" names what happened that day)
# ("since the war began in …", "since the Israel-Hamas War started on October 7": when a span began)
_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?[^.;:,]{0,40}?\s+(?:(?:began|started|broke\s+out|erupted)\s+)?(?:in|of|on)\s+)?$|"
                    # ("since the February invasion", "since its offensive in February")
                    r"\bsince\s+(?:the|its|their|his|her)\s+[^.;:,!?]{0,80}$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b")
# a thing that dates from a year, named with its article: "a near-total abortion ban from 1864" (not "returned from 2019")
_A_THING_FROM_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[a-z]+\s+(?:dating\s+)?from\s+$", re.I)
# "is set to rule until 2031": where a span to come ends (but "linked to al-Qaeda until July 2016" tells when
# the link was cut)
_UNTIL = re.compile(r"\b(?:(?:until|till)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?|by\s+the\s+(?:end|start|middle)\s+of\s+)$",
                    re.I)
# "the government suspended accession talks until 2028", "declared a national mourning period until January 4":
# what is put off, or set to last, until a day was so before it
_PUTS_OFF = re.compile(r"\b(?:suspend(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|"
                       r"defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|free(?:ze|zes|zing)|froze|halt(?:s|ed|ing)?|"
                       r"paus(?:e|es|ed|ing)|put(?:s|ting)? off|push(?:es|ed|ing)? back|declar(?:e|es|ed|ing)|"
                       r"impos(?:e|es|ed|ing)|order(?:s|ed|ing)?|extend(?:s|ed|ing)?|ban(?:s|ned|ning)?|"
                       r"clos(?:e|es|ed|ing)|shut(?:s|ting)?|not\s+to)\b[^.;:]{0,100}$", re.I)  # ("decided not to include
# the issue of negotiations on joining the European Union on the agenda until 2028")
# "upheld a sentence issued in 2021", "the parliament elected in 2019 said": the year a participle gives the noun
# before it, not the clause's (but "he was sentenced in 2021" tells when)
_DESCRIBED_IN_BEFORE = re.compile(r"\b(?!(?:was|were|been|being|be|is|are|had|has|have|get|got|first|then|also|later|"
                                  r"again|just|never|not|only|since|once)\b)[a-z]{2,}(?<!ly)\s+"
                                  r"(?:issued|imposed|passed|signed|adopted|enacted|approved|introduced|built|founded|"
                                  r"established|launched|created|formed|set up|published|released|elected|handed down)"
                                  r"\s+in\s+$")

# "won 99 seats compared to 52 it won in 2019", "higher than its 2019 tally", "a far cry from the 303 seats it had won
# in 2019", "up from 52 in 2019": the year a figure is set against, not when the sentence's fact happened (but "more
# than 200 died in 2019" tells when); "a blow compared by some to the 2019 fire at Notre Dame"
_COMPARED_BACK_TO = re.compile(r"(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )\b(?:"
                               r"compared (?:by \w+ )?(?:to|with)|than|a far cry from|up from|down from)\b"
                               r"(?:[^.;:]|\.(?=,)){0,70}?\s+(?:in\s+|its\s+|their\s+|the\s+)?$", re.I)
# "the Taiwan People's Party, which was only founded in 2019": when a body named in passing began, no day of the story
_FOUNDED_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:was|were|had been|has been)\s+(?:only\s+|first\s+|originally\s+)?"
                             r"(?:founded|established|formed|created|set up|launched)\s+in\s+$")

# "Altman, who co-founded OpenAI in 2015, has led the firm": a year in an aside about someone, set off by commas
_ASIDE_OPENS_BEFORE = re.compile(r",\s+(?:who|which)\b[^,;:—–()“”\"]*$")
_ASIDE_CLOSES_AFTER = re.compile(r"[^,;:.—–()“”\"]{0,40},\s+[a-z]")


def _in_an_aside(text: str, mention: DateMention) -> bool:
    return bool(_ASIDE_OPENS_BEFORE.search(text, max(0, mention.start - 120), mention.start)
                and _ASIDE_CLOSES_AFTER.match(text, mention.end)) or bool(
        _APPOSITIVE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        and _SUBJECT_GOES_ON_AFTER.match(text, mention.end))


# "The world number two, champion in 2013, was in control": a year in words set between commas after
# the subject says who it is, not when its sentence happened
_APPOSITIVE_BEFORE = re.compile(r"[a-z],\s+(?:the\s+|a\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:in|since)\s+$")
_SUBJECT_GOES_ON_AFTER = re.compile(r",\s+(?:was|is|were|are|has|had|have|will|would|said|says)\b")


_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|once|although|though|whereas)\s+$")
# (or one with no word to open it: "pushed out of the company he co-founded in 2015")
_A_RELATIVE_CLAUSE_SO_FAR = (r"(?:who|whose|which|(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:he|she|they|we)"
                             r"\s+(?:had\s+)?[a-z-]+ed)\b[^,;:—–()“”\"]*$")
_RELATIVE_BEFORE = re.compile(r"\b" + _A_RELATIVE_CLAUSE_SO_FAR)
_RESTRICTIVE_BEFORE = re.compile(r"(?<![,\s])\s+" + _A_RELATIVE_CLAUSE_SO_FAR)  # no comma before it


def _a_year_that_says_which(text: str, mention: DateMention) -> bool:
    """"relatives of veterans who fought in the War of Independence in 1971": a bare year in a
    relative clause with no comma before it tells which ones, not when anything in the sentence
    happened (but "the man who attacked the mosque on Friday" is the news)."""
    moment = mention.moment
    return not (moment.month or moment.week or moment.quarter) and bool(
        _RESTRICTIVE_BEFORE.search(text, max(0, mention.start - 200), mention.start))


def _one_of_a_list_of_years(text: str, mention: DateMention) -> bool:
    """"crowned champions in 1964, 2008 and 2012": years listed tell a record, not when the sentence's news
    happened."""
    moment = mention.moment
    return not (moment.month or moment.week or moment.quarter) and any(
        m.start() <= mention.start < m.end() for m in _A_LIST_OF_YEARS.finditer(text))


_A_YEAR = r"(?:1[89]|20)\d\d"
_A_LIST_OF_YEARS = re.compile(rf"\b{_A_YEAR}(?:,\s*(?:in\s+)?{_A_YEAR})+,?\s+and\s+(?:in\s+)?{_A_YEAR}\b")


def _made_in_a_span(text: str, mention: DateMention, dates: list[DateMention]) -> bool:
    """A day that opens or closes the span in which the things a sentence counts were made dates nothing of
    its news: "the recall … affects all 3,878 Cybertrucks produced between November 13, 2023, and April 4"."""
    return any(_MADE_IN_A_SPAN_BEFORE.search(text, max(0, d.start - 30), d.start)
               and (d is mention or (d.end <= mention.start and _SPAN_END.fullmatch(text, d.end, mention.start)))
               for d in dates)


def _the_end_of_a_span_to_come(text: str, mention: DateMention, ref: date | None) -> bool:
    """"taking office … from now until July 26, 2026", "sworn in as president through 2026": the end of a span that
    begins now, or of a term of office, is when it will end, not when anything in the sentence happened (but "the
    plant wasn't to begin turning out product until 1993" tells when something is to begin, and "he served from 2003
    to 2014" when he began)."""
    return (ref is not None and mention.moment.start > ref
            and _FROM_NOW_UNTIL_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None)


_FROM_NOW_UNTIL_BEFORE = re.compile(r"\bfrom\s+(?:now|today)\s+(?:on\s+)?(?:until|till|through|to)\s+$|"
                                    # ("sworn in as president through 2026": the term an office is held for)
                                    r"\bas\s+(?:[a-z-]+\s+){1,3}(?:until|till|through)\s+$")


def _what_would_have_been(text: str, mention: DateMention, ref: date | None) -> bool:
    """"… which meant he would have been released in December 2038": a day after the article's, in a clause of
    what would have happened, is of what did not happen and will not."""
    return (ref is not None and mention.moment.start > ref
            and _A_WOULD_HAVE_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None)


_A_WOULD_HAVE_BEFORE = re.compile(r"\bwould(?:n[’']t| not)? have\b[^,;:]*$")


def _in_a_relative_clause(text: str, mention: DateMention) -> bool:
    return bool(_RELATIVE_BEFORE.search(text, max(0, mention.start - 200), mention.start))


def _told_of_in_a_clause_to_come(text: str, mention: DateMention) -> bool:
    """"The spaceship parted ways with the capsule and retreated to its extended mission, which will feature
    encounters with two more asteroids, in 2026 and 2031": a relative clause in the future, after a main clause
    in the past, tells what is to come, not when the sentence's news happened."""
    opened = [m.start() for m in _A_RELATIVE_TO_COME.finditer(text, max(0, mention.start - 200), mention.start)]
    return bool(opened) and tells_of_the_past(text[:opened[-1]])


# (and a term's end told in the present: "for the remainder of Suharto's term, which ends in 2003")
_A_RELATIVE_TO_COME = re.compile(r"\b(?:which|who|that)\s+(?:will|would|is\s+(?:set|due|expected)\s+to|ends|expires|"
                                 r"lasts|runs\s+(?:until|till|to|through))\b")


def _ahead_of_its_telling(text: str, mention: DateMention, ref: date | None) -> bool:
    """"Greece declared three days of mourning and politicians suspended campaigning for a general
    election on June 25", written on June 15: what a clause in the past tells had happened when
    the article was written, so a later day is what its verb speaks of (an election to come), not
    when anything in it happened."""
    return (ref is not None and mention.moment.day is not None and mention.moment.start > ref
            and told_in_the_past(text, mention.start))


def _names_a_happening(text: str, mention: DateMention) -> bool:
    """"the October 7, 2023, attack" (but "said during the Thursday news conference" is when the sentence's
    news was told, and "at the end of February, gangs unleashed …" is no adjective: its comma closes no year)."""
    noun = _NOUN_AFTER.match(text, mention.end)
    return bool(noun and _NAMES_A_HAPPENING_BEFORE.search(text, max(0, mention.start - 24), mention.start)
                and (text[mention.end] != "," or mention.phrase[-4:].isdigit())
                and not _TOLD_DURING_THE.search(text, max(0, mention.start - 30), mention.start)) or bool(
        _A_HAPPENING_ON_BEFORE.search(text, max(0, mention.start - 100), mention.start))


_TOLD_DURING_THE = re.compile(r"\b(?:said|says|told|announced|added|spoke|speaking)\s+(?:at|during)\s+the\s+$")
# "the mastermind of the terror attack on October 7, 2023, Hamas leader Yahya Sinwar, had been killed": a
# happening named by its day, as "the October 7 attack" is; also where it was ("the shooting at Robb Elementary on
# May 24, 2022"), and whose it was ("in response to Russia's full-scale invasion in February 2022")
_HAPPENINGS = (r"(?:attacks?|massacres?|assaults?|raids?|bombings?|killings?|invasion|incursion|coup|uprising|"
               r"earthquake|quake|blasts?|explosions?|shootings?|crash|disaster|tragedy|riots?|protests?|"
               r"demonstrations?)")
_A_HAPPENING_ON_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}" + _HAPPENINGS + r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})?\s*"
    r"(?:on|of)\s+$|[’']s\s+(?:[a-z-]+\s+){0,2}" + _HAPPENINGS + r"(?:\s+of\s+(?:[A-Z][\w’'.-]*\s+){1,3})?"
    r"\s*(?:on|of|in)\s+$")  # ("Russia's invasion of Ukraine in February 2022")


# "debentures due March 15, 2007", "notes due 2004": when a debt falls due names the debt, nothing that happened
_MATURITY_BEFORE = re.compile(r"\b(?:notes?|bonds?|debentures?|debt|securities|loans?|paper)\b[^.;]{0,40}\bdue\s+(?:in\s+)?$")


# "Speaking ahead of Saturday's results, Mr Mutharika said": what the news came before, not when it came
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead of|in the run-up to)\s+(?:the\s+|this\s+|next\s+|last\s+)?$", re.I)


def _reference_point(text: str, mention: DateMention) -> bool:
    before = text[max(0, mention.start - 40):mention.start]
    return bool((_AROUND_THE.search(before) and _NOUN_AFTER.match(text, mention.end)) or _COMPARED_WITH.search(before)
                or (not mention.moment.day and _LIKE_BEFORE.search(text, max(0, mention.start - 90), mention.start))
                or _DEADLINE_BEFORE.search(text, max(0, mention.start - 90), mention.start)
                or _WHICHEVER_AFTER.match(text, mention.end) is not None
                or _AHEAD_OF_BEFORE.search(before) is not None
                or _MATURITY_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                # "the Letter dated 3 April 2024 from the Secretary-General": the date a document bears
                or (mention.moment.day and text[max(0, mention.start - 7):mention.start] == " dated ")
                or (not mention.moment.day and _RECORD_SINCE.search(text, max(0, mention.start - 200), mention.start))
                or (not mention.moment.month and _A_THING_FROM_BEFORE.search(before))  # "an abortion ban from 1864"
                or (not mention.moment.day and (_DESCRIBED_IN_BEFORE.search(before) or _FOUNDED_BEFORE.search(before)
                                                or _in_an_aside(text, mention)
                                                or _COMPARED_BACK_TO.search(text, max(0, mention.start - 90),
                                                                            mention.start)))
                or ((_SINCE.search(text, max(0, mention.start - 100), mention.start)
                     or (_UNTIL.search(before) and (is_future(text[:mention.start]) or _PUTS_OFF.search(
                         text, max(0, mention.start - 120), mention.start)))
                     or mention.phrase[:6].lower() == "since ")
                    and not _WHEN_AFTER.match(text, mention.end)))


def _the_sentence_s_date(text: str, dates: list[DateMention], ref: date | None
                         ) -> tuple[list[DateMention], DateMention | None, DateMention | None]:
    """The dates a sentence tells of its own (not a reference point or a baseline), its main clause's, and
    the one its facts are given."""
    own = [d for d in dates if not _reference_point(text, d) and not d.baseline
           and not _ahead_of_its_telling(text, d, ref)
           and not _what_would_have_been(text, d, ref) and not _made_in_a_span(text, d, dates)
           and not _the_end_of_a_span_to_come(text, d, ref) and not _told_of_in_a_clause_to_come(text, d)]
    # ("The October 7, 2023, raid killed 210 people": the happening the sentence opens with is its news, and
    # "during the year-ago quarter" a period; but "Sinwar, the Hamas leader behind the October 7, 2023
    # massacre, was killed" is not dated by it)
    candidates = [d for d in own if not _names_a_happening(text, d)] or [
        d for d in own if len(text[:d.start].split()) <= 3 or d.moment.quarter]
    candidates = [d for d in candidates if not _one_of_a_list_of_years(text, d)]
    # "the ex-minister, who fled in late January, had been sentenced in June": the main clause's day, if it has
    # one; and a figure is as of no relative clause's day ("the fire, which erupted Saturday, has scorched …")
    main = _best_date([d for d in candidates if not _in_a_relative_clause(text, d)])
    # (but a year in a clause that only says which ones are meant is background: "veterans who fought in 1971")
    best = main or _best_date([d for d in candidates if not _a_year_that_says_which(text, d)])
    return own, main, best


def _best_date(dates: list[DateMention]) -> DateMention | None:
    """The date a sentence's facts are given: the most precise, the first among equals."""
    if not dates:
        return None
    return max(dates, key=lambda d: (*_precision(d), -d.start))


def _precision(d: DateMention) -> tuple[bool, bool]:
    return bool(d.moment.day), bool(d.moment.month or d.moment.week or d.moment.quarter)


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest())


def quote_fingerprints(sentences: list[str]) -> set[int]:
    """Word 6-grams of an article's quotations, to recognise the same words reported twice;
    each as a 64-bit hash, a tenth of its text's size to cache and send between processes."""
    grams = set()
    for text in sentences:
        if not any(mark in text for mark in _QUOTE_MARKS):
            continue
        for _, _, inner in quote_spans(text):
            words = _LETTERS.findall(fold(inner))
            grams.update(_hash64(" ".join(words[i:i + 6])) for i in range(len(words) - 5))
    return grams

"""The key phrases of a sentence: the words and word pairs a subject of the corpus is made of.

They are found with the rest of an article's facts, so the merge only counts them: the
counting needs the whole corpus, the finding does not, and done here it is spread over the
build's workers and kept in the extraction cache.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import pairwise

from bot.extract.dates import MONTHS, WEEKDAYS

_STOPWORDS_TEXT = """
million billion thousand hundred percent known began begun became become becomes news report reports
a about above after again against all also although am among an and any are as at be because been
before being below between both but by can could did do does doing down during each even ever every
few for from further had has have having he her here hers herself him himself his how however i if
in into is it its itself just last least less like made make many may me might more most much must
my myself near new next no nor not now of off on once one only or other our ours out over own per
perhaps possible rather said same says see several she should since so some still such than that the
their theirs them then there these they this those though through thus to too two under until up
upon us very via was we were what when where whether which while who whom whose why will with within
without would yet you your year years month months week weeks day days time times today yesterday
told say saying according including three four five six another already always across toward towards
around way ways part whole going get got took take taken earlier later ago remain remains remained
minute minutes hour hours below following attributable called dubbed
amid amidst despite onto beyond unlike besides past away entire
hereby thereby whereby therefore indeed enough given
everything nothing something anything everyone someone anyone nobody everybody somebody anybody
i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've they'd they'll he's she's
it's that's there's what's who's let's don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't
couldn't shouldn't haven't hasn't hadn't
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# verbs' past forms that do not end in "-ed": a phrase ending in one says what happened ("quake struck"), and a
# count's noun ends before one ("150 people went missing")
PAST_FORMS = frozenset({"fell", "rose", "struck", "took", "left", "held", "went", "came", "gave", "sent", "lost", "won",
                        "met", "led", "hit", "spent", "sold", "bought", "brought", "saw", "knew", "grew", "drew",
                        "threw", "fled", "shot", "stood", "kept", "felt", "paid", "laid", "broke", "spoke", "wrote",
                        "fought", "sought", "caught", "taught", "thought", "rang", "ran", "sank", "swept", "slid",
                        "found", "made", "told", "built", "chose", "drove", "froze", "wore", "meant", "heard", "put",
                        "let", "cast", "quit", "hurt"})


# the word after one (or after "doesn't") is a verb, and no subject ("rains could cause flooding", "it doesn't come")
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "cannot"})
# and so is an -ing or -ed word after one of these ("Nation is reporting that", "forces were firing")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# and an "-ing" word before one of these takes an object: "a decree declaring an armed conflict", "the helicopter
# carrying the president"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"})
# A word, or a mark that ends a clause (two words either side of it are not one phrase).
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*|[,;:.?!()“”\"—–]")


def phrases(sentence: str) -> set[str]:
    """Place-like words and two-word phrases of adjacent content words, lowercased."""
    tokens = _TOKEN.findall(_plain(sentence))
    words = [None if (i and (tokens[i - 1] in _MODALS or tokens[i - 1].endswith("n't")
                             or (tokens[i - 1] in _AUXILIARIES and token.endswith(("ing", "ed")))))
             or (token.endswith("ing") and tokens[i + 1:i + 2] and tokens[i + 1] in _DETERMINERS) else _content_word(token)
             for i, token in enumerate(tokens)]
    out = {w for w in words if w is not None and len(w) > SHORT}
    out.update(f"{a} {b}" for a, b in pairwise(words) if a is not None and b is not None)
    return out


def _plain(sentence: str) -> str:
    """Lower case without accents: "Médecins" is "medecins", not "decins" after a lone "m"."""
    text = sentence.lower().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


SHORT = 3  # a word this short is a subject only beside another: "tear gas", "air strikes", "oil prices"


@functools.lru_cache(maxsize=1 << 16)  # a corpus's vocabulary is small next to its word count
def _content_word(token: str) -> str | None:
    """The token as a content word (a phrase may hold it), or None for a stopword, a mark or a
    possessive ("albanese's trip" is no subject)."""
    word = token.strip("'-")
    if not word.endswith("'s") and (len(word) >= SHORT and word not in STOPWORDS and not word[0].isdigit()
            and not word.endswith("ly") and word not in MONTHS and word not in WEEKDAYS):
        return word
    return None


def article_phrases(sentences: list[str]) -> tuple[tuple[str, ...], ...]:
    """Each sentence's phrases. Equal phrases share one string, so the cache stores each once
    per article."""
    shared: dict[str, str] = {}
    return tuple(tuple(shared.setdefault(p, p) for p in sorted(phrases(sentence))) for sentence in sentences)

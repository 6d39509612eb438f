"""Proper names in a sentence, and the folded forms used to match them.

A name is a run of capitalised words, joined by the particles that names carry in many
languages ("Staffan de Mistura", "Walid al-Muallem", "Hay’at Tahrir al-Sham"). Folding
lowercases, strips accents and unifies apostrophes and hyphens, so that "François" and
"Francois", "De Mistura" and "de Mistura’s" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.dates import MONTHS, WEEKDAYS
from bot.extract.gazetteer import is_demonym, is_region_adjective, is_region_name, state_of

PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "des", "le", "la", "los", "las", "ole",
             "bin", "ibn", "bint", "abu", "al", "el", "dos", "das", "ter", "ten", "zu", "y", "st",
             "ul", "ud", "ur", "uz",  # ("Zia ul Haq", "Waker uz Zaman": the Arabic article as South Asia writes it)
             "arap"}  # ("Daniel arap Moi": "son of" in Kalenjin)
ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "an-", "ash-", "ul-")
# "the" in the languages whose names news keeps as written: "La Liga", "Der Spiegel", "La Libertad Avanza"
FOREIGN_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "il", "der", "die", "das", "o", "os"})
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "lt", "col", "gen", "brig", "sgt", "capt", "maj", "sir", "pc",
              "dame", "lord", "lady", "rev", "sen", "rep", "gov", "cmdr", "adm", "sheikh", "imam",
              "majesty", "highness", "excellency", "holiness",  # ("Her Majesty The Queen": a style, no name)
              "engr", "malam", "mallam", "alhaji", "alhaja", "hajiya",  # ("his deputy Engr Aminu Usman")
              "md", "mohd"}  # Muhammad written short, as a title is: "relief secretary Md. Kamrul Hasan"
# titles that, before a single name, are a part of how the person is named ("Sheikh Hasina", "Md. Yunus"); before
# a full name, only a title ("Sheikh Tamim bin Hamad Al Thani", "Md. Kamrul Hasan")
NAMING_TITLES = frozenset({"sheikh", "sheikha", "md", "mohd"})

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = (rf"(?:[{_UPPER}]\.){{2,}}|[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|"  # "U.N.", and "S&P", "AT&T"
         rf"(?:St|Ste|Mt|Ft)\.(?=\s+[{_UPPER}])|"  # "St. Louis", "Mt. Vernon", "Ft. Lauderdale": a place's saint or mount
         rf"[{_UPPER}][\w’'\-]*\w(?:(?<=s)[’'](?=\s+[{_UPPER}]))?|[{_UPPER}]\.?")
_PREFIXED = r"(?:al|el|ad|ar|as|at|az|an|ash|ul)-[A-ZÀ-Þ][\w’'\-]*"
_PARTICLE_WORDS = ("de|da|di|del|della|der|den|van|von|zu|du|des|le|la|los|las|ole|bin|ibn|bint|abu|al|el|dos|das|y|ul|ud|ur|"
                   "uz|arap")
_PARTICLE = rf"(?:{_PARTICLE_WORDS})"
# inside a name only, the small words of bodies named in other languages: "Gazzetta dello Sport",
# "Medecins sans Frontieres", "Institut für Weltwirtschaft", "Juntos por el Cambio"
_INNER_PARTICLE = rf"(?:{_PARTICLE_WORDS}|dello|degli|delle|dei|sans|et|für|fur|voor|por|para|pour)"
# an elided particle joined to the word after it, inside a name: "Côte d'Ivoire", "Giscard d'Estaing", "Giro d'Italia"
_ELIDED = rf"[dl][’'][{_UPPER}][\w’'\-]*"
NAME_RE = re.compile(  # particles come one or two together: "de Mistura", "van der Pas", "de la Torre"
    # ("from pro-Islamic State militants", "the anti-Islamic State coalition": the name after its prefix)
    rf"(?:(?<![\w’'-])|(?<=\bpro-)|(?<=\banti-))(?:{_PARTICLE}\s+(?:{_PARTICLE}\s+)?(?=[{_UPPER}]))?(?:{_PREFIXED}|{_WORD})"
    rf"(?:(?:\s+{_INNER_PARTICLE}){{0,2}}\s+(?:{_PREFIXED}|{_ELIDED}|{_WORD}))*"
    r"(?:\s+\d\ders\b)?"  # "the San Francisco 49ers", "the Philadelphia 76ers": a side named for a year
)
_POSSESSIVE = re.compile(r"[’']s?$")
_ENDS_POSSESSIVE = re.compile(r"[’']s$")
_AFTER_POSSESSIVE = re.compile(r"(?:(?<=[’']s)|(?<=s[’'])) ")  # "Lavrov's", and "Guterres’ Remarks"
_HYPHENS = re.compile(r"[-‐‑–]")
_WHITESPACE = re.compile(r"\s+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_LETTER = re.compile(r"[^a-z]")
_VOWEL_LIKE = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")
_SILENT_H = re.compile(r"(?<=[aeiou])h$")
_SOFT_C = re.compile(r"c(?=[eiy])")
_INITIAL = re.compile(r"[A-Z]\.?")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]{1,7}")
_DOTTED_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_WORD_BREAK = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Span:
    """A name as written, and where it stands in its sentence."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accent-free, with one kind of apostrophe and hyphens as spaces."""
    text = accent_free(text).replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    text = _HYPHENS.sub(" ", text)
    return _WHITESPACE.sub(" ", text).strip()


def accent_free(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    if text.isascii():  # only a non-ASCII character can be a combining accent
        return text
    return _NON_ASCII.sub(_unless_combining, text).translate(_LETTERS_OF_THEIR_OWN)


# letters no accent makes, which readers type as these ("Kadıoglu" as "kadioglu", "Wałęsa" as "walesa")
_LETTERS_OF_THEIR_OWN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                       "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def _unless_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def compact(text: str) -> str:
    """The form people type without spaces or punctuation: "demistura", "almoallem"."""
    return _NOT_ALNUM.sub("", accent_free(text).lower())  # fold's other steps only touch what this drops


def strip_possessive(name: str) -> str:
    if ("’" not in name and "'" not in name) or len(name) <= 3:  # most names: no apostrophe to look at
        return name
    return _POSSESSIVE.sub("", name) if _POSSESSIVE.search(name) else name


@lru_cache(maxsize=65536)
def core_token(token: str) -> str:
    """A name word without its Arabic article: "al-Assad" → "assad"."""
    low = fold(token)
    for article in ARABIC_ARTICLES:
        article = article.replace("-", " ")
        if low.startswith(article):
            return low[len(article):]
    return low


def tokens(name: str) -> list[str]:
    """The folded words of a name that carry identity (particles dropped)."""
    return list(_tokens(name))


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    """`tokens`, cached: an article compares each of its names with every person it names. A last "V", "X"
    or "I" is a number, no initial: "Edward V" is not his brother Edward IV, nor "Edward"."""
    words = _WHITESPACE.split(name)
    numbered = len(words) > 1 and words[-1] in ("V", "X", "I")
    return tuple(core_token(t) for i, t in enumerate(words) if t and fold(t) not in PARTICLES
                 and (not _INITIAL.fullmatch(t) or (numbered and i == len(words) - 1)))


def surname(name: str) -> str:
    """The last identifying word of a person's name, folded."""
    parts = tokens(name)
    return parts[-1] if parts else fold(name)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonants only, a doubled one said once, "q" as "k", "z" or a soft "c" as "s" and a hard "c" as "k",
    an "h" closing the word after a vowel unsaid, "dh" as "d": transliterations and spellings of one name share it
    ("muallem", "moallem"; "hasan", "hassan"; "qassem", "kassem"; "Niclas", "Niklas"; "Organization",
    "Organisation"; "Defence", "Defense"; "Abdullah", "Abdulla"; "Gadhafi", "Gaddafi"; "Ramadhan", "Ramadan")."""
    folded = _SOFT_C.sub("s", _NOT_LETTER.sub("", fold(word)).replace("q", "k").replace("z", "s")).replace("c", "k")
    folded = folded.replace("dh", "d")
    folded = _SILENT_H.sub("", folded)
    return _DOUBLED.sub(r"\1", folded[:1] + _VOWEL_LIKE.sub("", folded[1:]))


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def initials(name: str) -> str:
    """Initials of the capitalised words of a name: "Hay’at Tahrir al-Sham" → "HTS"; a word
    itself in dotted initials gives them all ("U.N. Security Council" → "UNSC")."""
    out = []
    for word in re.split(r"[\s]+", name):
        if _DOTTED_WORD.fullmatch(word):
            out.append(word.replace(".", ""))
            continue
        for piece in word.split("-"):
            if piece[:1].isupper():
                out.append(piece[0])
    return "".join(out)


_DOTTED_WORD = re.compile(r"(?:[A-Z]\.){2,}")


def _runs(sentence: str) -> list[tuple[str, int]]:
    """Capitalised runs, cut after a possessive ("Russia’s Channel One" is two names) and before a
    generation's name ("Gen Z")."""
    out = []
    for match in NAME_RE.finditer(sentence):
        start, run = match.start(), _before_a_generation(match.group(0))
        run = _before_a_date(run, sentence, start + len(run))
        month = None
        if run.partition(" ")[0] in _MONTHS_AND_THEIR_PREPOSITIONS:
            month = (_A_MONTH_OPENING.match(run) if _IN_A_MONTH_BEFORE.search(sentence, max(0, start - 7), start)
                     else _A_MONTH_OPENING_A_SENTENCE.match(run))
        if month:  # "In November Apple iPods made up 62 per cent": the month the sentence is of, then the name
            start, run = start + month.end(), run[month.end():]
        if (start and sentence[start - 1] == "#") or not run:
            continue  # "#StopArtsakhBlockade": a hashtag names no one
        if start and sentence[start - 1] == "-":  # after "pro-" or "anti-": the name a stance is for, then what takes it
            first, _, rest = run.partition(" ")
            if not rest:
                continue  # "pro-Assad forces"
            if not first.endswith("ic"):  # ("pro-Islamic State militants": an adjective the name goes on from)
                start, run = start + len(first) + 1, rest  # "the pro-Ouattara Republican Force": the force
        land = _a_land_s_superlative_ending(run, sentence, start + len(run))
        if land:  # "to make President Roh Moo-hyun Korea's first-ever head of state to be removed": two names
            out.extend(_around_weekdays(run[:-len(land) - 1], start))
            run, start = land, start + len(run) - len(land)
        if "’s " not in run and "'s " not in run and "s’ " not in run and "s' " not in run:
            out.extend(_around_weekdays(run, start))
            continue
        for piece in _pieces_after_possessives(run):
            out.extend(_around_weekdays(piece, start))
            start += len(piece) + 1
    return out


def _a_land_s_superlative_ending(run: str, sentence: str, end: int) -> str:
    """The state's name with its possessive ending a run of more names, when a superlative or "first" follows
    ("making Barack Obama America's first black president"): whom the sentence ranks, then where; "" if none."""
    if not run.endswith(("’s", "'s")) or not _A_SUPERLATIVE_AFTER.match(sentence, end):
        return ""
    words = run.split()
    for n in (1, 2, 3):
        if len(words) >= n + 2 and words[-n - 1].lower() not in ("of", "the") and _a_land_ranked_in(
                " ".join(words[-n:])[:-2]):
            return " ".join(words[-n:])
    return ""


def _a_land_ranked_in(name: str) -> bool:
    """A state, a country's region, or the land two states share a name of ("Korea", whose "Korean" both are)."""
    return bool(state_of(name)) or is_region_name(name) or is_region_adjective(name + "n")


_A_SUPERLATIVE_AFTER = re.compile(r"\s+(?:first|first-ever|only|youngest|oldest|longest-serving|most|richest|"
                                  r"second|last)\b")


def _before_a_generation(run: str) -> str:
    """"Nepal Gen Z Protest News", "… Amid Gen Z Protests": what follows a generation's name is what
    the generation did or is, and "Gen" is no general: the run ends before it."""
    generation = _A_GENERATION.search(run) if "Gen" in run else None
    return run[:generation.start()].rstrip() if generation else run


def _before_a_date(run: str, sentence: str, end: int) -> str:
    """"sentenced in San Jose Federal Court Nov. 18": a month, and the day after the run, is the date
    the wire wrote after the name, no part of it (nor is "May" ever cut: a family name too)."""
    head, _, last = run.rpartition(" ")
    if head and last.lower() in MONTHS and last != "May" and _A_DAY_AFTER.match(sentence, end):
        return head
    return run


# a month (never "May", a family name too) that a preposition opens, before a name run into it
_MONTH_NAMES = "|".join(m.title() for m in MONTHS if len(m) > 3)
_MONTH_PREPOSITIONS = ("in", "since", "by", "until", "during", "last")
_A_MONTH_OPENING = re.compile(rf"(?:{_MONTH_NAMES}) (?=[A-Z])")
_A_MONTH_OPENING_A_SENTENCE = re.compile(rf"(?:{'|'.join(p.title() for p in _MONTH_PREPOSITIONS)}) (?:{_MONTH_NAMES}) (?=[A-Z])")
# (or its day: "the 15 April National Assembly elections")
_IN_A_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(_MONTH_PREPOSITIONS)}|\d{{1,2}}(?:st|nd|rd|th)?)\s+$")
_MONTHS_AND_THEIR_PREPOSITIONS = {m.title() for m in MONTHS} | {p.title() for p in _MONTH_PREPOSITIONS}
_A_DAY_AFTER = re.compile(r"\.?\s+(?:\d{1,2}|(?:19|20)\d\d)\b(?![.,:]\d)")
_A_GENERATION = re.compile(r"\bGen\.? [XYZ](?:s|ers)?\b")  # ("led by Gen Zs", "Gen Zers")


def _around_weekdays(run: str, start: int) -> list[tuple[str, int]]:
    """"told the Associated Press Thursday Syria and …": a day the wire put after one name runs into
    the next name, which it parts."""
    out = []
    for day in _A_DAY_BETWEEN.finditer(run):
        out.append((run[:day.start()], start))
        start, run = start + day.end(), run[day.end():]
    return [*out, (run, start)]


_A_DAY_BETWEEN = re.compile(r"(?<=\w) (?:" + "|".join(d.title() for d in WEEKDAYS) + r") (?=[A-Z])")


def _pieces_after_possessives(run: str) -> list[str]:
    """A run cut after each possessive but one of the people a body is of ("the People’s Liberation
    Army", "the International Longshoremen’s Association"), which is part of its name."""
    pieces: list[str] = []
    for piece in _AFTER_POSSESSIVE.split(run):
        words = pieces[-1].split() if pieces else [""]
        owner = words[-1]
        # "Guterres’ Remarks" is two names; "the Dockers' Guild", "the Veterans’ Affairs Department" one; but
        # "Holmes’ Theranos" is hers, and "the Lakers’ LeBron James" theirs
        plural = (owner.endswith(("s’", "s'")) and _a_body_s_members(words[:-1])
                  and not _a_family_name(owner[:-1]) and not _a_person_s_full_name(piece))
        if plural or fold(strip_possessive(owner)) in _PEOPLE_A_BODY_IS_OF:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def _a_body_s_members(before: list[str]) -> bool:
    """The words before a plural possessive that let it be a body's members ("the Dockers' Guild", "the Sudanese
    Professionals' Association"): none, "the", or a land's adjective after them."""
    if before and before[-1] not in ("The", "the") and is_demonym(before[-1]):
        before = before[:-1]
    return not before or before[-1] in ("The", "the")


def _a_person_s_full_name(piece: str) -> bool:
    """"LeBron James": two or three words of no body's or place's name, the last a family name (not
    "Guild", "Affairs Department": words of the language)."""
    from bot.extract.given_names import is_common_word, may_be_a_surname  # (it reads this module's names)

    words = piece.split()
    return (2 <= len(words) <= 3 and may_be_a_surname(words[-1]) and not state_of(words[0])
            and not any(is_common_word(w) for w in words))


def _a_family_name(word: str) -> bool:
    """"Holmes", "Jones": a family name ending in "s" that is no plural of a word of the language
    (as "Banks" and "Fields" may be)."""
    from bot.extract.given_names import is_common_word, may_be_a_surname  # (it reads this module's names)

    return may_be_a_surname(word) and not is_common_word(word[:-1])


_PEOPLE_A_BODY_IS_OF = {"people", "peoples", "women", "children", "men", "workers", "veterans", "farmers", "teachers",
                        "nurses", "doctors", "students", "longshoremen", "longshoreman", "seamen", "miners", "peasants",
                        "citizens", "consumers", "taxpayers", "writers", "journalists", "soldiers", "mothers", "sailors"}


def find_names(sentence: str) -> list[Span]:
    """Capitalised runs in a sentence, with honorifics and possessives taken off."""
    spans = []
    for text, start in _runs(sentence):
        if start and (sentence[start - 1] in "@#" or sentence[max(0, start - 4):start] == "(at)"):
            continue  # "(@HarbourPolice)", "#OpenTheRoad", "(at)KingJames": a handle or a tag, no name in the text
        if spans and start < spans[-1].end:
            continue  # (the second legal form a name before took in: "Co. Ltd.")
        words = text.split()
        while words and fold(words[0]).rstrip(".") in HONORIFICS and len(words) > (
                2 if fold(words[0]) in NAMING_TITLES else 1):
            start += len(words[0]) + 1
            words = words[1:]
        while len(words) > 1 and words[-1].lower() in WEEKDAYS:
            words = words[:-1]  # "the Czech Republic Friday said": the day the wire put after the name
        text = " ".join(words)
        if fold(text).rstrip(".") in HONORIFICS:
            continue
        if _titles_the_next_name(sentence, words, start + len(text)):
            if len(words) == 1 or not _after_a_body_s_of(sentence, start):
                continue
            # "Democratic Party of Korea Rep. Kim Byung-kee": the title's first words end the body's name
            text = " ".join(words[:-1])
        if sentence[start + len(text):start + len(text) + 1] == "." and _DOTTED_INITIALS.search(text):
            text += "."
        elif len(words) > 1 and words[-1] == "No" and (number := _ITS_NUMBER.match(sentence, start + len(text))):
            text += number.group(0)  # "Federal Court No. 2": the number is the name's
        elif len(words) > 1 and words[-1] in ("Co", "Corp") and (form := _A_SECOND_FORM.match(sentence, start + len(text))):
            text += form.group(0)  # "Dalian Shide Group Co. Ltd. said": one firm, with both its legal forms
        clean = strip_possessive(text)
        spans.append(Span(clean, start, start + len(clean)))
    return _join_for_acronyms(sentence, _join_of_names(sentence, _join_nicknames(sentence, spans)))


_NAME_NEXT = re.compile(r"\.\s+[A-Z]")
_ITS_NUMBER = re.compile(r"\.\s?\d+\b")
_A_SECOND_FORM = re.compile(r"\.,?\s(?:Ltd|Limited|LLC|Inc|Pte|Pvt|Bhd)\b")


def _after_a_body_s_of(sentence: str, start: int) -> bool:
    """Whether a run comes right after a capitalised head that takes "of" ("the Democratic Party of")."""
    before = sentence[max(0, start - 40):start]
    head = before[:-4].rsplit(" ", 1)[-1]
    return before.endswith(" of ") and head.lower() in OF_HEADS and head[:1].isupper()


def _titles_the_next_name(sentence: str, words: list[str], end: int) -> bool:
    """"North Carolina Gov. Roy Cooper", "Army Lt. Dana Kell": a run that ends in a shortened title is
    the title of the name after it, and no one's name."""
    return fold(words[-1]) in HONORIFICS and bool(_NAME_NEXT.match(sentence, end))


NICKNAME = re.compile(r" [“\"‘']([A-Z][\w-]+)[”\"’'] ")  # 'Mohamed Hamdan “Hemedti” Dagalo'


def without_nickname(name: str) -> str:
    return NICKNAME.sub(" ", name) if "“" in name or '"' in name or "‘" in name or "'" in name else name


def _join_nicknames(sentence: str, spans: list[Span]) -> list[Span]:
    """'General Mohamed Hamdan “Hemedti” Dagalo': a nickname in quotes inside a name leaves it
    one name (`without_nickname` takes it out; `actors` keeps it as an alias)."""
    if not any(q in sentence for q in "“\"‘'"):
        return spans
    out: list[Span] = []
    i = 0
    while i < len(spans):
        after = spans[i + 1] if i + 1 < len(spans) else None
        if (out and after is not None and after.text.lower() not in WEEKDAYS
                and NICKNAME.fullmatch(sentence, out[-1].end, after.start) is not None):
            out[-1] = Span(sentence[out[-1].start:after.end], out[-1].start, after.end)
            i += 2  # the nickname's own span, and the family name now joined
            continue
        out.append(spans[i])
        i += 1
    return out


# Heads that take "of" inside one proper name: "Port of Valmora", "Bank of England".
OF_HEADS = {"port", "bank", "university", "gulf", "bay", "isle", "isles", "republic", "kingdom", "city", "sea",
            "strait", "straits", "province", "department", "ministry", "court", "house", "council", "church",
            "cape", "lake", "mount", "museum", "institute", "federation", "union", "organisation",
            "organization", "league", "association", "state", "states", "emirate", "sultanate", "district",
            "county", "region", "governorate", "college", "school", "academy", "office", "board", "chamber",
            "commonwealth", "confederation", "bureau", "agency", "service", "services", "authority", "commission",
            "committee", "tribunal", "forces", "army", "party", "embassy", "secretariat", "directorate", "fund",
            "assembly", "parliament", "corps", "conference", "congress", "community", "communities", "society",
            "division", "administration", "brotherhood", "guild"}
OF_WHOLE_HEADS = {"group", "alliance", "coalition", "nation"}  # only as a name's first word: "Group of Seven", "Nation of Islam"


# Organisations named for a purpose: "Coalition for the Deliverance of …", "Centre for Strategic Studies".
FOR_HEADS = {"coalition", "front", "movement", "alliance", "committee", "council", "commission", "organisation",
             "organization", "association", "party", "league", "federation", "institute", "centre", "center",
             "fund", "foundation", "agency", "office", "campaign", "union", "network", "forum", "society",
             "observatory", "tribunal", "bureau", "centres", "centers", "institutes", "army", "brigade", "brigades",
             "guard", "guards", "forces", "mission", "initiative", "partnership", "programme", "program",
             "alternative", "rally", "action"}  # the words parties name themselves with: "Alternative for Germany"
_OPENS_FOR = FOR_HEADS | {"court"}  # a head before its "of", then "for": "Court of Arbitration for Sport"
# what a body is "for" may be two things: "Centers for Disease Control and Prevention"
_PURPOSE_NOUN = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)*(?:tion|sion|ment|ance|ence|ity|ness|ing|ism)|[A-Z][a-z]{4,}(?:acy|ency)|"
                           r"Control|Peace|Justice|Health|Trade|Welfare|Research|Security|Rights|Freedom|Reform|Change|Progress")


# Institutions (and laws) named for two things: "the Fish and Wildlife Service", "a Food and Drug Administration …".
AND_HEADS = {"service", "services", "administration", "commission", "department", "agency", "authority", "board",
             "bureau", "council", "committee", "institute", "society", "association", "foundation", "fund",
             "movement", "office", "ministry", "centre", "center", "corporation", "company", "project", "programme",
             "program", "network", "organisation", "organization", "party", "union", "alliance", "front", "league",
             "federation", "forum", "court", "tribunal", "university", "school", "college", "academy", "bank", "group",
             "enforcement",
             "act", "agreement", "treaty", "accord", "convention", "code"}  # "the Financial Instruments and Exchange Act"
# what ends a body's whole name, so that "and" after it starts another ("the World Bank and the IMF")
_WHOLE_BODY_ENDS = AND_HEADS | {"nations", "states", "cup", "trophy"}  # ("the FA Cup and Premier League": two)
# "the Fish and …", "the ruling State Law and …", "Britain's Monopolies and …": what opens a name
_OPENED_BEFORE = re.compile(r"(?:\b(?:the|an?)\s+|[’']s\s+)(?:[a-z]+\s+)?$", re.I)  # ("Turkey's ruling Justice and …")


CORPORATE_FORMS = {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "spa", "bv", "ab", "se",
                   "lp", "llp", "pty", "pte", "bhd", "kk", "sdn", "pvt", "private", "limited",
                   "as", "asa", "a.s", "s.a", "n.v", "b.v", "s.p.a",  # (Turkey's, Norway's and the Czechs' "A.S.", dotted)
                   }  # the legal form a company's name may end in
# the legal form a company's name may open with: "PT Tambang Timah" (Indonesia), "PJSC Gazprom" (Russia)
CORPORATE_PREFIXES = {"PT", "PJSC", "JSC", "OJSC", "OAO", "ZAO", "OOO"}


def _joins_with_and(sentence: str, first: Span, second: Span) -> bool:
    """"the Fish and Wildlife Service": a word or two after "the" (or a possessive), "and", then
    a run that ends in an institution's head word is one name; so is a run across "&". A state
    or a nationality never opens one ("the Kurdish and Syrian forces" are two)."""
    gap = sentence[first.end:second.start]
    if gap == " & " or (gap == " and " and second.text.split()[-1].lower().rstrip(".,") in CORPORATE_FORMS
                        and (len(first.text.split()) == 1 or second.text.split()[0].rstrip(".") in ("Co", "Company"))):
        # "Procter & Gamble", "Toyo Trust & Banking Co", "Latham and Watkins LLP", "Russ Berrie and Co Inc": "&", or
        # "and" before a firm's legal form, joins inside a name
        return not state_of(first.text)
    if gap != " and " or not _ends_in_a_head(second.text.split()):
        return False  # most pairs of names: spare the rest
    words = first.text.split()
    opened = (words[0] in ("The", "A", "An") or not sentence[:first.start].strip(" \"“‘'")
              or _OPENED_BEFORE.search(sentence, max(0, first.start - 24), first.start) is not None)
    words = _without_owner(words[1:] if words[0] in ("The", "A", "An") else words)
    # "the Armed Conflict Location and Event Data Project": three words when the rest is as long, or when they
    # end in a field of work ("the National Earthquake Monitoring and Research Center"); four when a field of
    # work ends them and another field opens the rest ("the National Disaster Risk Reduction and Management Council")
    longest = 3 if len(second.text.split()) >= 3 or words[-1].endswith("ing") else 2
    if words[-1].lower().endswith(_ABSTRACT_ENDS) and second.text.split()[0].lower().endswith(_ABSTRACT_ENDS):
        longest = 4
    return (opened and 1 <= len(words) <= longest and not is_acronym(words[-1]) and not state_of(words[-1])
            and not state_of(second.text.split()[0])  # ("the Government and UK Civil Aviation Authority": two)
            and words[-1].lower() not in _WHOLE_BODY_ENDS and not any(c.isdigit() for c in words[-1]))


def _ends_in_a_head(words: list[str]) -> bool:
    """A run ends in an institution's head word, or in one before a person's name that the title run
    goes on with ("the ruling Justice and Development Party Omer Celik")."""
    return words[-1].lower() in AND_HEADS or any(
        w.lower() in AND_HEADS and 2 <= len(words) - i - 1 <= 3
        and all(n[:1].isupper() and n[1:].islower() for n in words[i + 1:]) for i, w in enumerate(words[:3]))


def _without_owner(words: list[str]) -> list[str]:
    """"United Nations Food", "U.S. Immigration": the words after whose body it is, a state's or a
    body's named before it ("the United Nations Food and Agriculture Organization")."""
    owned = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in ("nations", "states")), default=0)
    while owned < len(words) - 1 and (is_acronym(words[owned].replace(".", "")) or state_of(words[owned])):
        owned += 1
    return words[owned:]


def _lists_members(sentence: str, first: Span, second: Span) -> bool:
    """"the International Association of Machinists and Aerospace Workers": a body "of" one kind
    of members "and" another, both in the plural, is one name; so is one "of" members whose two
    trades share their plural ("the Alliance of Motion Picture and Television Producers")."""
    words, seconds = first.text.split(), second.text.split()
    if sentence[first.end:second.start] != " and " or len(words) < 3:
        return False
    return (words[-2] == "of" and _PLURAL.fullmatch(words[-1]) is not None
            and any(_PLURAL.fullmatch(w) for w in seconds[:3])) or (
        words[-3] == "of" and len(seconds) == 2 and _PLURAL.fullmatch(seconds[-1]) is not None
        and not state_of(" ".join(words[-2:])))


_PLURAL = re.compile(r"[A-Z][a-z]+[^s]s")


def _of_bodies_in_the_plural(sentence: str, first: Span, second: Span) -> bool:
    """"the International Federation of Red Cross and Red Crescent Societies": a body "of" bodies
    that ends in their kind in the plural is one name (not "the Ministry of Defence and Armed Forces")."""
    last = second.text.split()[-1]
    singular = f"{last[:-3]}y" if last.endswith("ies") else last.removesuffix("s")
    return (sentence[first.end:second.start] == " and " and " of " in first.text and singular != last
            and singular.lower() in AND_HEADS and last.lower() not in _BODIES_OF_THEIR_OWN)


def _shares_its_head(sentence: str, first: Span, second: Span) -> bool:
    """"the Directorate of Strategic and Tactical Actions", "the Department of Economic and Social
    Affairs": a body "of" two adjectives joined by "and", that share the plural noun after them."""
    words, following = first.text.split(), second.text.split()
    return (sentence[first.end:second.start] == " and " and len(words) >= 3 and words[-2] == "of"
            and len(following) >= 2 and _ADJECTIVE.fullmatch(words[-1]) is not None
            and _ADJECTIVE.fullmatch(following[0]) is not None and _PLURAL.fullmatch(following[-1]) is not None)


_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ic|al|ive|ary|ous)")


def _join_of_names(sentence: str, spans: list[Span]) -> list[Span]:
    """"Port of Valmora", "Coalition for the Deliverance of Kosiana": one name across "of"/"for"
    (and "the Fish and Wildlife Service" across "and")."""
    out: list[Span] = []
    joined: set[int] = set()  # spans already made of a head and its complement may take another "of"
    purposed: set[int] = set()  # spans made of a head and what it is "for"
    for span in spans:
        previous = out[-1] if out else None
        gap = sentence[previous.end:span.start] if previous else ""
        head = previous.text.split()[-1].lower() if previous else ""
        # "(The) Group of Seven", not "Citra Group of Suharto"
        whole = previous is not None and " " not in previous.text.removeprefix("The ")
        # "Coalition for the Deliverance …", "Movement for a Democratic Slovakia"
        # (and "the Court of Arbitration for Sport": the body's head opens its name, before its "of")
        opens = len(out) - 1 in joined and previous.text.removeprefix("The ").split()[0].lower() in _OPENS_FOR
        purpose = (head in FOR_HEADS or opens) and (gap in (" for ", " for the ", " for a ", " for an ") or (
            gap == " for the former " and _a_land(span.text)))  # "the Tribunal for the former Yugoslavia"
        takes = (gap in (" of ", " of the ") and ((head in OF_HEADS or (whole and head in OF_WHOLE_HEADS))
                                                    or len(out) - 1 in joined)) \
            or purpose \
            or (previous is not None and len(out) - 1 not in joined and _joins_with_and(sentence, previous, span)) \
            or (previous is not None and len(out) - 1 in joined and _lists_members(sentence, previous, span)) \
            or (previous is not None and len(out) - 1 in joined and _shares_its_head(sentence, previous, span)) \
            or (previous is not None and len(out) - 1 in joined and _a_second_field(sentence, previous, span)) \
            or (previous is not None and _one_of_its_fields(sentence, previous, span)) \
            or (previous is not None and len(out) - 1 in joined and _of_bodies_in_the_plural(sentence, previous, span)) \
            or (len(out) - 1 in purposed and gap == " and " and _a_second_purpose(span.text)) \
            or (previous is not None and gap == " of " and _named_as_an_outlet(sentence, previous, span)) \
            or (previous is not None and gap == " of " and A_WORK_S_MAKER_AFTER.match(sentence, span.end) is not None) \
            or (gap == " in " and (len(out) - 1 in purposed or head == "mission" or _a_mission_s_force(previous.text))
                and _a_land(span.text)) \
            or (gap == " on " and head in ON_HEADS and _a_subject(span.text)) \
            or (gap in (" of ", " of the ") and whole and _a_body_of_bodies(sentence, previous, span))
        if previous and takes and not _ENDS_POSSESSIVE.search(previous.text):
            out[-1] = Span(sentence[previous.start:span.end], previous.start, span.end)
            joined.add(len(out) - 1)
            if purpose:
                purposed.add(len(out) - 1)
        else:
            out.append(span)
    return out


def _a_second_purpose(name: str) -> bool:
    """"Centers for Disease Control and Prevention", "the Union for Democracy and Social Progress":
    a body named for a purpose may take a second after "and", a noun of purpose perhaps after its
    adjective (not "… and Democratic Alliance": a body of its own)."""
    words = name.split()
    if len(words) == 2 and _ADJECTIVE.fullmatch(words[0]) and words[1].lower() not in FOR_HEADS | AND_HEADS:
        return _PURPOSE_NOUN.fullmatch(words[1]) is not None
    return _PURPOSE_NOUN.fullmatch(name) is not None


def _a_mission_s_force(name: str) -> bool:
    """"the U.N. Interim Force in Lebanon": a force sent to a land is named for it; a state's own force is
    not ("the Russian Air Force in Syria")."""
    words = name.removeprefix("The ").split()
    return words[-1] == "Force" and len(words) >= 3 and not any(state_of(w) for w in words) and words[-2] != "Air"


def _a_second_field(sentence: str, previous: Span, span: Span) -> bool:
    """"the Department of Financial Protection and Innovation closed …": a body named for its fields
    takes a second field after "and", a word of the language that ends the name, perhaps after its
    adjective ("the Institute of Space and Astronautical Science"; not "the Ministry of Health and
    Hamas": a name of its own)."""
    words = span.text.split()
    return (sentence[previous.end:span.start] == " and " and " of " in previous.text and len(words) <= 2
            and _a_field(words[-1]) and all(_a_word_for_a_field(w) or w.endswith(("al", "ic")) for w in words[:-1])
            and (words[-1].lower() not in _BODIES_OF_THEIR_OWN or _services_of_a_field(words))
            and not _NAME_GOES_ON.match(sentence, span.end))  # (nor "the Ministry of Defence and General Staff")


def _one_of_its_fields(sentence: str, previous: Span, span: Span) -> bool:
    """"the Ministry of Economy, Trade and Industry", "the Land, Infrastructure, Transport and Tourism
    Ministry": a body named for a list of fields, each a capitalised word, is one name across its commas."""
    gap = sentence[previous.end:span.start]
    words = span.text.split()
    if gap == " and " and ", " in previous.text:  # the list's last field, or its last and the body's head
        return _a_field(words[0]) and (len(words) == 1 or (len(words) == 2 and words[1].lower() in _FIELDS_HEADS))
    if gap != ", " or len(words) != 1 or not _a_field(span.text):
        return False
    goes_on = _FIELDS_GO_ON.match(sentence, span.end)
    if goes_on is None:
        return False
    if " of " in previous.text:  # ("South Korea Ministry of Land, Infrastructure and Transport": its state before)
        return previous.text.split(" of ", 1)[0].split()[-1].lower() in _FIELDS_HEADS
    before = previous.text.split()
    return (goes_on["head"] is not None and ((" " not in previous.text and _a_field(previous.text)
                                              and sentence[:previous.start].endswith(("the ", "The ")))
                                             or ", " in previous.text
                                             # ("The Foreign, Commonwealth and Development Office", "a UK Foreign, …")
                                             or (len(before) >= 2 and _a_field(before[-1]) and all(
                                                 w in ("The", "A", "An") or is_acronym(w) or state_of(w)
                                                 for w in before[:-1]))))


def _a_field(word: str) -> bool:
    """"Trade", "Infrastructure", "Tourism": a word a body's work is named by (not "Hamas"), in a list of them
    the fields governments name ministries by too."""
    return _a_word_for_a_field(word) or word.lower() in FIELD_WORDS


def _a_word_for_a_field(word: str) -> bool:
    """"Innovation", "Safety", "Trade": a word of the language, abstract or common, that is no state's name."""
    from bot.extract.given_names import is_common_word  # (it reads this module's names)

    return (word.lower().endswith(_ABSTRACT_ENDS) or is_common_word(word) or _a_common_plural(word)) and not state_of(word)


# the fields governments name ministries by, beyond the commonest words ("Health, Labour and Welfare")
FIELD_WORDS = {"transport", "labour", "labor", "welfare", "tourism", "agriculture", "fisheries", "forestry",
               "livestock", "commerce", "finance", "defence", "defense", "justice", "interior", "housing", "energy",
               "mines", "mining", "environment", "culture", "sport", "sports", "youth", "women", "science",
               "technology", "communications", "transportation", "infrastructure", "aviation", "trade", "industry",
               "irrigation", "heritage", "arts", "foreign", "commonwealth", "home", "external",
               "studies", "affairs", "relations", "sciences"}  # ("the School of Forestry and Environmental Studies")


_FIELDS_HEADS = {"ministry", "department", "agency", "bureau", "commission", "committee", "office", "minister",
                 "secretary"}
_FIELDS_GO_ON = re.compile(r"(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+(?P<head> (?:Ministry|Department|Agency|Bureau|"
                           r"Commission|Committee|Office))?\b")


def _a_common_plural(word: str) -> bool:
    """"Animal Resources", "Natural Resources": the plural of a word of the language is one too."""
    from bot.extract.given_names import is_common_word

    return word.endswith("s") and is_common_word(word[:-1])


def _services_of_a_field(words: list[str]) -> bool:
    """"the Department of Health and Human Services": services named for whom they serve are a
    field of the body (not "Security Services", "Armed Forces": bodies of their own)."""
    return len(words) == 2 and words[1] == "Services" and words[0].lower() not in _SERVICES_OF_THEIR_OWN


_SERVICES_OF_THEIR_OWN = {"security", "intelligence", "secret"}


_ABSTRACT_ENDS = ("tion", "ment", "ity", "ety", "ance", "ence", "ism", "ness", "ure", "ing")  # "Innovation", "Safety"
_NAME_GOES_ON = re.compile(r"\s+(?:of\b|[A-Z(])")
_BODIES_OF_THEIR_OWN = AND_HEADS | {"staff", "army", "navy", "police", "forces"}


def _a_body_of_bodies(sentence: str, previous: Span, span: Span) -> bool:
    """"The Coordination of Resistance Committees": one word after "the", "of", then a run that
    ends in a body's head word, singular or plural, is one body's name (not "the Governor of
    the Central Bank": a title)."""
    from bot.extract.roles import is_role_word  # (roles reads this module's names)

    word = previous.text.removeprefix("The ")
    last = span.text.split()[-1].lower()
    singular = f"{last[:-3]}y" if last.endswith("ies") else last.removesuffix("s")  # "agencies", "committees"
    after_the = previous.text.startswith("The ") or sentence[max(0, previous.start - 4):previous.start].lower() == "the "
    return after_the and singular in AND_HEADS and not is_role_word(word) and not state_of(word)


def _a_subject(name: str) -> bool:
    """What a body works "on": "Presidential Debates", "Foreign Relations", "Climate Change", not a day,
    a land or a person ("the Security Council on Syria", "the Commission on Friday")."""
    words = name.split()
    last = words[-1].removesuffix("s")
    return (_PURPOSE_NOUN.fullmatch(last) is not None or _PLURAL.fullmatch(words[-1]) is not None) and not (
        state_of(name) or name.lower() in WEEKDAYS or words[0][:1].islower())


# bodies named for what they work on: "the Commission on Human Rights", "the Intergovernmental Panel on Climate Change"
ON_HEADS = {"commission", "committee", "subcommittee", "council", "conference", "panel", "forum", "centre", "center",
            "institute", "coalition", "campaign", "board"}


def _a_land(name: str) -> bool:
    """A state or a continent: where a body named for its purpose or its mission works
    ("Organisation for Security and Co-operation in Europe", "UN Mission in South Sudan")."""
    return state_of(name) is not None or name in _CONTINENTS


_CONTINENTS = frozenset({"Europe", "Asia", "Africa", "America", "Latin America", "North America", "South America",
                         "Central America", "the Americas", "Oceania", "the Middle East", "Middle East", "the Caribbean",
                         "Caribbean"})
_COMPASS = re.compile(r"(?:(?:North|South)(?:[- ]?(?:east|west|East|West))?(?:ern)?|East(?:ern)?|West(?:ern)?|"
                      r"Central|Sub-Saharan|Southern|Northern)\s+")


def is_wider_region(name: str) -> bool:
    """"Southeast Asia", "West Africa", "the Middle East": a continent or a part of one, a place
    however a sentence treats it ("the presidency of Southeast Asia's largest country")."""
    return name in _CONTINENTS or (bool(m := _COMPASS.match(name)) and name[m.end():] in _CONTINENTS)


def _named_as_an_outlet(sentence: str, first: Span, second: Span) -> bool:
    """"the state newspaper, Global New Light of Myanmar, said", "the Global New Light of Myanmar newspaper":
    a paper's name runs on over its "of", whatever word it ends in."""
    return bool(_OUTLET_AFTER.match(sentence, second.end)
                or _OUTLET_BEFORE.search(sentence, max(0, first.start - 30), first.start))


# "Call of Duty maker Activision Blizzard", "Game of Thrones star": a work's name runs on over its "of"
A_WORK_S_MAKER_AFTER = re.compile(r"\s+(?:maker|makers|developer|publisher|creator|franchise|star|actor|actress)\b")
_OUTLET_AFTER = re.compile(r"\s+(?:newspaper|daily|news agency|broadcaster|television|radio|magazine)\b")
_OUTLET_BEFORE = re.compile(r"\b(?:newspaper|daily|broadcaster|magazine|news agency),?\s+(?:the\s+)?$")
_ACRONYM_NEXT = re.compile(r"\s*[(\[]([A-Z][A-Za-z&.]{1,8})[)\]]")  # "(ACLED)", "[PTI]"
_CONNECTOR = re.compile(r"\s+(?:of|for|and|&|on|de|the|of the|for the|in)\s+")


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether an acronym spells the name's initials: all of them in order, all but one
    ("ACLED" for "Armed Conflict Location & Event Data Project"), or those before its "and"; its
    small letters may stand for the small words ("JxC", Juntos por el Cambio; "MoD")."""
    capitals = "".join(c for c in acronym if c.isupper())
    return _spells_initials(acronym, name) or (capitals != acronym and len(capitals) >= 2
                                               and _spells_initials(capitals, name))


def _spells_initials(acronym: str, name: str) -> bool:
    words = [w for w in _WORD_BREAK.split(_LEADING_ARTICLE.sub("", name)) if w[:1].isupper()]
    wanted = "".join(c for c in acronym.upper() if c.isalpha())
    if len(words) > 2 and wanted and words[0][0].upper() != wanted[0]:
        words = words[1:]  # "California Department of Financial Protection and Innovation (DFPI)": whose it is
    letters = "".join(w[0] for w in words).upper()
    if not letters or not wanted or letters[0] != wanted[0]:
        return False
    if len(wanted) >= len(letters) - 1 and in_order(wanted, letters):
        return True
    if len(wanted) >= 3 and " and " in name and _spells_initials(acronym, name.split(" and ")[0]):
        return True  # "IAM": the International Association of Machinists (and Aerospace Workers)
    return _spells(wanted, [w.upper() for w in words])


def in_order(wanted: Sequence[str], within: Sequence[str]) -> bool:
    """Whether every item of `wanted` is in `within`, in its order (letters of a word, words of a name)."""
    remaining = iter(within)
    return all(item in remaining for item in wanted)


def _spells(wanted: str, words: list[str]) -> bool:
    """"ELOG" for "Elections Observation Group": every word gives its initial, and a word may
    give a few more of its letters in order."""
    if not words:
        return not wanted
    if not wanted or wanted[0] != words[0][0]:
        return False
    rest = words[0][1:]
    for take in range(min(3, len(wanted) - 1) + 1):
        extra = wanted[1:1 + take]
        if in_order(extra, rest) and _spells(wanted[1 + take:], words[1:]):
            return True
    return False


def _join_for_acronyms(sentence: str, spans: list[Span]) -> list[Span]:
    """"Armed Conflict Location & Event Data Project (ACLED)": runs broken by "&", "of" or
    "for" are one name when the acronym that follows spells all of them."""
    out = list(spans)
    if "(" not in sentence and "[" not in sentence:  # no acronym to spell
        return out
    for i in range(len(out) - 1, -1, -1):
        if i >= len(out):
            continue
        acronym = _ACRONYM_NEXT.match(sentence, out[i].end)
        if not acronym or acronym_fits(acronym.group(1), out[i].text):
            continue
        if (owned := _the_body_it_spells(out[i], acronym.group(1))) is not None:
            out[i:i + 1] = owned  # "the Chongqing Municipal Committee of the Communist Party of China (CPC)"
            continue
        for j in range(i - 1, max(i - 3, -1), -1):
            if not _CONNECTOR.fullmatch(sentence[out[j].end:out[j + 1].start]):
                break
            joined = sentence[out[j].start:out[i].end]
            if acronym_fits(acronym.group(1), joined):
                out[j:i + 1] = [Span(joined, out[j].start, out[i].end)]
                break
    return out


def _the_body_it_spells(span: Span, acronym: str) -> list[Span] | None:
    """"the Chongqing Municipal Committee of the Communist Party of China (CPC)": a body "of" another
    body, whose initials follow, is two names, the one they spell last (but "the Rally for the Return
    of Refugees and Democracy in Rwanda (RDR)" is one: no body's head before its "of")."""
    for of in _OF_ANOTHER.finditer(span.text):
        head, rest = span.text[:of.start()], span.text[of.end():]
        if (head.split()[-1].lower() in OF_HEADS and any(w.lower() in AND_HEADS for w in rest.split())
                and acronym_fits(acronym, rest)):
            return [Span(head, span.start, span.start + len(head)), Span(rest, span.start + of.end(), span.end)]
    return None


_OF_ANOTHER = re.compile(r" of (?:the )?")


def honorific_before(sentence: str, start: int) -> bool:
    """Whether a title of address ("Mr.", "Lt.") stands right before position `start`."""
    before = sentence[:start].rsplit(None, 1)  # the last word is all it needs
    return bool(before) and fold(before[-1]).rstrip(".") in HONORIFICS


def addressed_as(sentence: str, start: int) -> str | None:
    """"he" after "Mr.", "she" after "Mrs." or "Ms.": whom a title of address says the name is."""
    before = sentence[:start].rsplit(None, 1)
    return _ADDRESSED.get(fold(before[-1]).rstrip(".")) if before else None


_ADDRESSED = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "dame": "she",
              "lady": "she"}

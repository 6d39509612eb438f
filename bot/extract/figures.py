"""Quantities that count something: the number, its hedge, and what it counts.

"Approximately, 2.9 million civilians", "at least 1.4 million of these civilians", "an
estimated 10,000 members of the terrorist group …". Years, dates, ordinals, durations,
ages, labels ("Channel 4") and long digit strings (phones, bank accounts) are not figures.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import islice, pairwise

import pycountry

from bot.extract.dates import MONTHS, WEEKDAYS
from bot.extract.gazetteer import state_of
from bot.extract.hints import DIGIT, may_contain
from bot.extract.names import is_acronym
from bot.extract.phrases import PAST_FORMS

_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
           "trillion": 1e12,
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # ("17 lakh people", "Rs 1,200 crore")
_WORD_VALUES = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a dozen": 12, "half a": 0.5, "a half": 0.5, "several": None}
_PEOPLE = {"people", "persons", "civilians", "residents", "inhabitants", "population", "individuals", "living",
           "citizens", "lives", "souls", "villagers", "voters", "patients", "users",
           "customers", "passengers", "visitors", "spectators", "fans", "participants", "protesters", "migrants"}
_FIGHTERS = {"fighters", "militants", "rebels", "insurgents", "members", "troops", "soldiers", "terrorists",
             "gunmen", "combatants", "jihadists", "militiamen", "guerrillas", "forces", "personnel", "recruits"}
# who else a small written-out count counts: "two children", "three police officers", "six others"
_HUMANS = {"children", "women", "men", "officers", "policemen", "police", "journalists", "students", "workers", "staff",
           "employees", "miners", "pilgrims", "sailors", "crew", "hostages", "prisoners", "inmates", "doctors", "nurses",
           "peacekeepers", "candidates", "survivors", "victims", "suspects"}
_NUMBER_PATTERN = (
    # ("4,80,399": grouped in lakhs, as South Asia writes it)
    r"(?:(?<![\w.,/:-])|(?<=\d[-–]))(?P<cur>[A-Z]{1,2}\$|\$|€|£|Rs\.?|₹|(?-i:K[Ss]h|Rp|Tk|RM)(?=\s?\d)CODES)?\s?"
    # ("37 269 new cases", "787 813": grouped by spaces, as the WHO and much of Europe write it)
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)"
    r"|\d+(?:\.\d+)?)"
    r"(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])?"  # "2½ million": a fraction written into the number
    r"(?P<ord>st|nd|rd|th)?(?:\s?(?P<scale>million|billion|trillion|thousand|mn|bn|b|m|k|lakhs?|crores?)\b)?"
    r"(?P<pct>\s?%|\s{1,2}(?:per cent|percent)\b)?"
    r"|(?<![\w-])(?P<word>half a|a|one|two|three|four|five|six|seven|eight|nine|ten)\s"
    r"(?P<wscale>million|billion|trillion|lakhs?|crores?)\b"
    # "Twenty-nine witnesses testified": a number a sentence opens with is written out
    r"|(?<![\w-])(?P<tens>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?P<unit>one|two|three|four|five|"
    r"six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w-])"
    r"(?:\s(?P<tscale>hundred|thousand|million|billion|trillion)\b)?"
    # "killed five people", "a dozen soldiers": a small count is written out, and counts people
    # ("two dozen prisoners": so many dozens)
    r"|(?<![\w-])(?P<few>two|three|four|five|six|seven|eight|nine|ten|a dozen)(?P<dozens>\sdozen)?(?=\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(_PEOPLE | _FIGHTERS - {"members", "forces", "personnel"} | _HUMANS))
    + r"|others|deaths|fatalities|casualties)\b"  # ("at least five fatalities")
    # ("only six were killed": the people a harm befell, unnamed)
    r"|\s+(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt|shot|arrested|detained|abducted|missing)\b)"
)
_NUMBER = re.compile(_NUMBER_PATTERN.replace("CODES", ""), re.I)
_CODE_BEFORE_DIGIT = re.compile(r"\b[A-Z]{3}\s?\d")


@cache
def _currency_codes() -> frozenset[str]:
    """"USD 27 million", "EUR 5bn": ISO codes written before a sum (not those that are English
    words); read when a sentence first needs them, not when the bot imports this module."""
    # (not the words in capitals, nor "COP28", "COP 28": the climate summits, far likelier in news than Colombian pesos)
    return frozenset(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in ("ALL", "CUP", "TOP", "TRY", "COP"))


@cache
def _number_after_code() -> re.Pattern[str]:
    """The number pattern with the codes: for the few sentences with three capitals before a
    digit only, as the codes slow every other by a third."""
    codes = "|(?-i:" + "|".join(sorted(_currency_codes())) + r")(?=\s?\d)"
    return re.compile(_NUMBER_PATTERN.replace("CODES", codes), re.I)


def names_a_sum(name: str, after: str, before: str = "") -> bool:
    """"USD" in "USD 27 million", "Rs" in "Rs 196 crore": a currency's code or its short name before a
    number, or run into it ("RM42 million"), no actor; and a code after one ("¥101.4 billion JPY"), or one of a
    pair traded ("the EUR/CHF cross")."""
    code = len(name) == 3 and name.isupper() and name in _currency_codes()
    return (_DIGIT_NEXT.match(after) is not None and (code or name in _CURRENCIES_WRITTEN_SHORT)) or (
        code and (_A_SUM_BEFORE.search(before) is not None or _A_PAIR_S_OTHER_AFTER.match(after) is not None
                  or before.endswith("/"))) or _A_SHORT_SUM.fullmatch(name) is not None


_A_SUM_BEFORE = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion|mn|bn|m|k))\s$")
_A_PAIR_S_OTHER_AFTER = re.compile(r"/[A-Z]{3}\b")


_CURRENCIES_WRITTEN_SHORT = frozenset({"Rs", "Rp", "Ksh", "Tk", "RM"})  # rupees, rupiah, Kenyan shillings, taka, ringgit
_A_SHORT_SUM = re.compile(r"(?:" + "|".join(sorted(_CURRENCIES_WRITTEN_SHORT)) + r")\d[\d.,]*")  # "RM42 million"


_DIGIT_NEXT = re.compile(r"\s?\d")
TENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
QUALIFIERS = [
    ("as many as", "up to"), ("as much as", "up to"), ("up to", "up to"), ("at most", "up to"), ("no more than", "up to"),
    ("a possible", "up to"), ("possibly", "up to"), ("fewer than", "fewer than"), ("less than", "fewer than"),
    ("under", "fewer than"), ("at least", "at least"), ("a least", "at least"), ("more than", "more than"),
    ("over", "more than"), ("above", "more than"), ("upwards of", "more than"), ("in excess of", "more than"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("approximately", "about"), ("approx", "about"),
    ("about", "about"), ("around", "about"), ("roughly", "about"), ("some", "about"), ("an estimated", "about"),
    ("estimated", "about"), ("circa", "about"),
]
# "the number of injured exceeds 200", "the toll passed the 15,000 mark": a verb that says the count is past the
# figure (not "it surpassed the 8,800 killed in Nepal": another count, and exact)
_PAST_IT_BEFORE = re.compile(r"\b(?:exceed(?:s|ed|ing)|surpass(?:es|ed|ing)|top(?:s|ped|ping)|pass(?:es|ed|ing))\s+"
                             r"(the\s+)?$", re.I)
_A_MARK_AFTER = re.compile(r"\s+(?:mark|threshold|milestone|level|barrier)\b")
_QUALIFIER_RE = re.compile(r"\b(" + "|".join(re.escape(q) for q, _ in QUALIFIERS) + r")\b[\s,]*(?:[a-z]+\s+){0,4}$", re.I)
_QUALIFIER_OF = dict(QUALIFIERS)
_TIME_UNITS = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
_NOT_COUNTS = re.compile(
    r"^(?:[\s-]*(?:minutes?|seconds?|years?[\s-]old|-years?\b|-months?\b|-weeks?\b|-days?\b|-hours?\b|"
    + _TIME_UNITS + r"\s+(?:ago|earlier|later)\b|"  # "Twelve months ago": a time
    # "a mass 50 times that of our sun", "10,000 times greater": a multiple, no count
    r"times\s+(?:that|those|the|as|greater|more|higher|larger|bigger|faster|smaller|less|lower)\b|"
    r"a\.m\.|p\.m\.|am\b|pm\b|mph|kph|km/h|miles?\b|kilomet(?:re|er)s?|km\b|met(?:re|er)s?\b|m\b|cm\b|mm\b|"
    r"feet|foot|ft\b|inch(?:es)?|yards?|kg\b|kilograms?|grams?|ounces?|pounds?\b|lbs?\b|tons?\b|tonnes?|degrees?|°|"
    r"acres?|hectares?|gallons?|lit(?:re|er)s?|knots?|millibars?|mb\b|percentage points?|magnitude|"
    # a clock time by its zone: "called for 11:00 am (0900 GMT)"
    r"(?:gmt|utc|bst|cet|cest|eet|eest|edt|cdt|mdt|pdt|pst|aest|sast|hrs)\b|"
    r"per cent|percent|%)|:\d|-\d|-(?!member|strong|seat|person|bed)[a-z])", re.I)
_AREA_AFTER = re.compile(r"\s+(?:acres?|hectares?)\b", re.I)
# (and a fire's size: "the County Fire has grown to 86,000 acres")
_LAND_LOST = re.compile(r"\b(?:burn(?:ed|t|ing|s)?|charred|scorched|blackened|consumed|flooded|razed|(?:wild)?fires?|"
                        r"blazes?)\b", re.I)
# ("15 permanent and non-permanent members"; not "13 people and arresting thousands": a verb after "and")
_PAIRED_WITH_AND = re.compile(r"\s+[a-z][\w-]*\s+(?:and|or)\s+(?![a-z]+(?:ing|ed)\s)([a-z][\w-]*\s+[a-z][\w-]*s)\b")
_A_RACE_AFTER = re.compile(r"\s*(?:races?|run|final|heats?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|"
                           r"relay|sprint|dash|steeplechase|title|world record)\b", re.I)
_A_MEASURE_AFTER = re.compile(r"\s+(?:miles?|kilomet(?:re|er)s?|km|light[- ]years?|met(?:re|er)s|feet|ounces?|grams?|"
                              r"kilograms?|kg)\b", re.I)  # (but "2 million acres" burned is a story's figure)
_STOP = {"are", "is", "were", "was", "have", "has", "had", "could", "would", "will", "may", "might", "can", "who",
         "whose", "where", "which", "that", "in", "on", "at", "to", "from", "into", "with", "by", "for", "of", "and", "or", "but",
         "as", "than", "per", "across", "among", "while", "since", "after", "before", "during", "under", "over",
         "inside", "outside", "along", "abroad",  # ("people inside Sudan", "400 000 others abroad")
         "be", "been", "being", "more", "now", "still", "so", "there", "here", "this", "these", "those", "out",
         "a", "an", "the", "its", "their", "his", "her", "our", "only", "each", "every", "alone",
         "thought", "believed", "said", "reported", "estimated", "expected", "feared", "known", "likely", "already",
         "should", "must", "did", "do", "does", "not", "it", "they", "we", "he", "she", "you", "i",
         "last", "next", "yesterday", "today", "tonight", "tomorrow", "ago", "earlier", "later",  # ("21 years last week")
         "overnight", "altogether", "apiece", "also",  # ("100 targets overnight", "four suspects also face")
         "ahead", "short", "shy",  # ("20 ahead of the 272 needed": a margin's word, nothing counted)
         "about", "nearly", "almost", "roughly", "approximately",  # ("4,000 workers join about 18,000")
         "remain", "remains", "stay", "stays",  # "5,000 residents remain without power"
         "once", "when", "if", "until", "unless", "because", "though", "although",  # "410 seats once all are counted"
         "given", "excluding", "following",  # ("could climb to 20,000 given the number of …")
         "between", "against", "within", "without", "through", "throughout", "toward", "towards", "beyond", "amid",
         "despite", "near", "around", "via", "including",  # "200 aftershocks between Sunday and Monday"
         "v", "vs", "versus"}  # ("Adam Gilchrist (149 v Sri Lanka in 2007)": a score against a side)
_FEW_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_SMALL = r"(?:" + _FEW_WORDS + r"|\d{1,3}(?![\d,.]))"
_RATIO_BEFORE = re.compile(r"\b" + _SMALL + r"\s+in\s+$", re.I)
_RATIO_AFTER = re.compile(r"\s+in\s+" + _SMALL + r"\b(?!\s*(?:hours?|days?|weeks?|months?|years?|minutes?|games|matches|"
                          r"races|attempts|starts)\b)", re.I)
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|next|previous|coming|first|final)\s+$", re.I)
_TIME_UNIT_AFTER = re.compile(r"\s*" + _TIME_UNITS + r"\b", re.I)
_LABEL_WORDS = {"no", "#", "aged", "number", "page", "section", "article", "resolution", "chapter", "flight", "route", "room",
                "code", "bill", "case", "channel", "line", "platform", "version", "model", "item", "paragraph", "rule",
                # a scale or a rank names a grade, not a count: "a magnitude 6.8 quake", "level 3 alert"
                "magnitude", "category", "level", "grade", "phase", "stage", "tier", "type", "volume", "exit",
                "gate", "floor", "ward", "zone", "highway", "interstate", "road", "street",
                "engine", "runway", "terminal", "unit", "reactor", "block", "sector", "district", "camp"}  # "engine 2 relit"
_WORKERS = {"employees", "staff", "strikers", "labourers", "laborers", "staffers", "picketers"}
_DEATHS = {"dead", "death", "deaths", "fatalities", "killed", "body", "bodies", "died"}  # ("the body count", "death toll")
# people counted by what befell them: "the number of wounded remains 290" counts people
_HARMED = {"wounded", "injured", "missing", "displaced", "hospitalised", "hospitalized", "evacuated", "evacuees",
           "casualties", "injuries"}  # ("732 injuries": its state says injured, its class is people)
# "protesters were shot" (not "shot dead", a death; nor "had a legitimate shot at the presidency", a chance)
_SHOT_AS_A_VERB = (r"(?<!\ba )(?<!\bthe )(?<!\blegitimate )(?<!\breal )(?<!\bgood )(?<!\bbest )(?<!\blong )(?<!\bfair )"
                   r"shot(?!\s+(?:dead|to\s+death|and\s+killed|down))")
_STATE_WORDS = re.compile(
    r"\b(displac(?!ement(?:\s+(?:camps?|shelters?|cent(?:re|er)s?|sites?|settlements?)\b|\s*$))\w*|relocat\w*|fled|flee(?:s|ing)?|inflow|influx|kill\w*|dead|died|deaths?|injur\w*|wound\w*|trapped|"
    r"besieged|arrest\w*|detain\w*|missing|evacuat\w*|(?<!\bin )return\w*|infect\w*|hospitali\w*|starv\w*|"  # ("in return")
    # (not "rescuers", "rescue workers": who rescues)
    r"rescu(?!ers?\b|e (?:workers?|work|teams?|crews?|efforts?|operations?|services?|dogs?|personnel|missions?)\b)\w*|"
    r"homeless|vaccinat\w*|unemploy\w*|sick|affected|martyr\w*|perish\w*|drown\w*|slain|hurt|" + _SHOT_AS_A_VERB + r"|"
    r"hostages?|abduct\w*|kidnap\w*|"
    r"unaccounted|destroy\w*|damag\w*|burn(?:ed|t|ing)|charred|scorched|laid off|lay(?:s|ing)? off|layoffs?)\b", re.I)
# what is done to jobs: "cutting 9,000 jobs", "eliminate about 9,000 more positions"
_JOBS = {"jobs", "positions", "posts", "roles"}
_JOBS_CUT = re.compile(r"\b(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed|shedding|axe[ds]?|axing)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.?!()\[\]—–]|\s(?:and|but|while|whereas|because|although)\s")
# a figure written in words ends in "million", "billion" or "trillion", or is a teen or a tens
_HARMED_RIGHT_BEFORE = re.compile(r"\b(wounded|wounding|injured|injuring|hurt|displaced|displacing|kidnapped|abducted|"
                                  r"arrested|detained|evacuated|rescued)\s+(?:(?:at least|about|nearly|more than|some)\s+)?$",
                                  re.I)
_DID_HARM_BEFORE = re.compile(r"\b(?:killed|killing|infected|infecting|sickened|wounded|wounding|injured|injuring|"
                              r"displaced|displacing)\s+(?:(?:at least|about|nearly|more than|some|another)\s+)?$", re.I)
_SCALE_WORDS = ("illion", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety")
_FEW_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)
_SIGNIFICANT = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
_HOW_OFTEN = frozenset({"often", "sometimes", "mostly", "largely", "mainly"})
_ITS_WORD_BEFORE = re.compile(r"\b(?:" + "|".join(w for w in _WORD_VALUES if len(w) > 2) + r")\s+\($", re.I)
_INSTEAD_OF_ANOTHER_AFTER = re.compile(r" (?:instead of|rather than) (?:the )?\d[\d,.]*(?= [a-z])")
_A_HEDGE_AFTER = re.compile(r" (?:reportedly|allegedly|apparently|possibly|probably|presumably) (?=[a-z])")
_A_CENTURY_AFTER = re.compile(r"\s+century\b", re.I)
_A_MODEL_S_NUMBER = re.compile(r"\d+-\d+")
_A_MAKER_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")
_NOT_A_MAKER = _STOP | {q for q, _ in QUALIFIERS} | {"some", "between", "from"}
def _names_a_thing(sentence: str, match: re.Match[str], raw: str, after: str) -> bool:
    """A number of three digits or more between "the" (or "a") and one noun in the singular that is no
    unit names one thing: what is counted is a plural ("the 767 program" is a jet's; "the 300 workers")."""
    if not (raw.isdigit() and len(raw) >= 3) or match.group("scale") or match.group("cur") or match.group("pct"):
        return False
    noun = _ONE_WORD_AFTER.match(after)
    return (noun is not None and _A_DETERMINER_BEFORE.search(sentence, max(0, match.start() - 5), match.start()) is not None
            and not noun.group(1).endswith(("s", "ed", "ing"))  # (not "the 272 needed": a participle, no noun)
            and noun.group(1) not in _NO_THING_S_NAME)


_AN_OFFSET_AFTER = re.compile(r"\s+" + _TIME_UNITS + r"\s+(?:after|before)\b")
_FOR_A_SPAN_BEFORE = re.compile(r"\bfor\s+(?:(?:about|nearly|almost|more than|some|over|at least|around)\s+)?$")
_ONE_WORD_AFTER = re.compile(r"\s+([a-z]+)\b(?![-'’])")
_A_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|an?)\s$", re.I)
_PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "police", "staff", "personnel", "crew", "cattle",
                                "sheep", "fish", "livestock", "aircraft", "militia", "youth", "clergy", "poultry", "deer"})
_UNITS = frozenset({"metre", "meter", "mile", "kilometre", "kilometer", "km", "foot", "yard", "inch", "hour", "minute",
                    "second", "day", "week", "month", "year", "point", "percent", "degree", "acre", "hectare", "ton",
                    "tonne", "pound", "kilogram", "kg", "dollar", "euro", "seat", "member", "bed", "storey", "story",
                    "page", "word", "strong"})
_NO_THING_S_NAME = _UNITS | _STOP | _PLURALS_WITHOUT_S  # the words after a number that leave it a count
_MODEL_AFTER = re.compile(r"[- ]?(?:Max|MAX|Pro|Plus|Ultra|Mini|Neo|neo|XL|GT)\b")
_CODE_BEFORE = re.compile(r"\d[-–.]$")
_CODE_AFTER = re.compile(r"[-–.]\d")
_NAME_AND_COMMA = re.compile(r"\b[A-Z][\w’'-]+, $")
_A_MEASURE_BEFORE = re.compile(r"\b(?:magnitude|measuring|intensity)\b[^,;.\d]{0,40}$|"
                               r"\b(?:upper|lower)\s+$", re.I)  # ("It registered upper 6 elsewhere": Japan's scale)
# "an earthquake registering 7 has been observed": a quake's reading on a seismic scale
_A_QUAKE_S_READING_BEFORE = re.compile(r"\b(?:register(?:s|ed|ing)|recorded)\s+$", re.I)
_NAME_AND_BRACKET = re.compile(r"\b[A-Z][\w’'-]+ \($")
# an "if" or "unless" earlier in the figure's own clause: what would be, not what is
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:.?!()—–]*$", re.I)
# between a sum and the same sum in another currency: "35 million euros ($41m)", "$11m (around 70m Egyptian pounds)"
_CONVERTED = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\(\s*(?:(?:around|about|some|roughly|nearly|almost|approximately|or)\s+)?$")
_NOUN_BEFORE_BRACKET = re.compile(r"\b([a-z]{3,})\s*\($")
_BREAK = re.compile(r"[;:.?!()—–]")
_MARGIN_BEFORE = re.compile(r"\b(?:lead|margin|gap|advantage|deficit)\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)
# what a count does as it grows: "the toll rose to 33", and what a later report may take higher again
_RISE_VERBS = (r"rose|rises|risen|soared|soars|climbed|climbs|jumped|jumps|surged|surges|increased|increases|mounted|"
               r"mounts|swelled|swells|reached|reaches")
# "has increased from eight to 19", "has risen from 546 recorded in January to 718": the count before, then the new
_FROM_AN_EARLIER_COUNT = r"\s+from\s+(?:the\s+)?[\w,.]+(?:\s+[A-Za-z]+){0,4}"
_TALLY = re.compile(r"\b((?:death |casualty |body )?(?:toll|total|tally|population|count|crowd|turnout|army|force)),? "
                    # the words between may hold a date or a magnitude ("… struck on March 28, 2025, has soared to")
                    # (or initials: "the death toll in the deadliest U.S. fire in more than a century stood at")
                    r"(?:of|(?:(?:[^.;:]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.){0,100} )?(?:has |had |have )?(?:" + _RISE_VERBS + r"|"
                    r"passed|passes|topped|tops|hit|hits|grown|grew|grows|stands at|stood at|exceeded|exceeds|"
                    r"surpassed|surpasses|exceeding|surpassing|topping|passing|was|is|"
                    # what it may come to ("the tally could climb to 20,000")
                    r"rise|climb|reach|exceed|top|surpass|pass|jump|surge|increase|mount|swell|doubled|tripled)"
                    r"(?:" + _FROM_AN_EARLIER_COUNT + r")?(?: to)?)\s+(?:[a-z]+\s+){0,2}$", re.I)
# "taking the toll to 31", "bringing the total to 50": the count a figure makes the tally
_BROUGHT_TO = re.compile(r"\b(?:taking|bringing|pushing|raising|putting|took|brought|pushed|raised|put)\s+(?:the\s+|its\s+)?"
                         r"((?:death\s+|overall\s+|total\s+)?(?:toll|total|tally|count))\s+to\s+(?:[a-z]+\s+){0,2}$", re.I)
# "The death toll in the train accident involving … on Friday evening has risen to over 250": a toll the
# sentence opens with is what the number its verb rises to counts, however far the words between run
_TOLL_OPENS = re.compile(r"(?:The\s+)?((?:death\s+)?toll)\b[^;:]*\b(?:has\s+|have\s+|had\s+)?(?:" + _RISE_VERBS
                         + r")\s+to\s+(?:[a-z]+\s+){0,2}$")
_OF_THE = re.compile(r"^\s+of\s+(?:the\s+)?")
_TALLY_WORD = re.compile(r"\b(?:toll|count|total|tally)$")
_SOME_OF_THE_PEOPLE = {"women", "children", "men", "girls", "boys", "infants", "babies", "minors", "elderly"}
_NEEDED_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:(?:were|was|are|is|be)\s+)?(?:needed|required|necessary)\b")
_NEEDED_NEXT = re.compile(r"\s+(?:needed|required)\b")
_NEEDED_BEFORE = re.compile(r"\b(?:required|requires|require|needed|needs|need)\s+(?:(?:at least|about|some|a)\s+)?$")
# "is leading in 220 seats": a count still being made, as a toll still rising is
_LEADING_IN = re.compile(r"\b(?:leading|ahead|trailing|behind) in\s+(?:about\s+|some\s+|around\s+)?$", re.I)
_BASELINE_BEFORE = re.compile(r"\b(?:compared (?:to|with)|a far cry from|(?:up|down) from|versus|vs\.?|"
                              r"than (?:the|its|their|his|her|in|last|a year)\b)[^,;.:!?]{0,40}$", re.I)
# "increased to 527 from 157", "has risen from 546 …": the count a rise or a fall began from
_RISEN_FROM = re.compile(r"\b(?:" + _RISE_VERBS + r"|fell|fallen|dropped|declined|decreased|doubled|tripled|grew|"
                         r"grown)\s+(?:to\s+[\d,.]+\s+)?from\s+(?:the\s+)?$")
_FRACTION_AFTER = re.compile(r" ([1-9])/([2-9]|1[0-6])\b(?![/-]\d)")
# "Voter turnout stood at 59.71% by 5pm local time": a tally of the day so far, which a later one will pass
_BY_AN_HOUR_AFTER = re.compile(r"[^.;]{0,30}?\b(?:by|as of|at)\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|noon|midday)",
                               re.I)
_RISEN_TO = re.compile(r"\b(?:" + _RISE_VERBS + r")(?: to)?\s+(?:[a-z]+\s+){0,2}$")
# "a 10-member delegation", "an 82-person team", "a 3,000-strong force", "the 300-seat parliament": the number
# counts the members (seats, beds) of what the compound describes
_COMPOUND_COUNT = re.compile(r"-(member|person|man|strong|seat|bed)\s+")
_COMPOUND_UNITS = {"member": "members", "person": "members", "man": "members", "seat": "seats", "bed": "beds"}  # "strong": none
_ASIDE = re.compile(r"^\s*\((?:[^()\d]{0,12}\d[\d.,]*\s?(?:%|per ?cent|percent))\)")
_SUM_ASIDE = re.compile(r"^\s*\((?:about |around |roughly )?(?:[£€$¥₹]|[A-Z]{1,3}\$|Rs\.? ?)\s?\d[\d.,]*\s?"
                        r"(?:bn|m|mn|million|billion|trillion|crore|lakh)?\)")
# "the National Penitentiary's estimated 3,800", "27 of the state's 33 districts"
_OWNER = r"(?:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\s+|[a-z]+['’]s\s+)?"
_SHARE = re.compile(r"\s*(?:of|out of)\s+(?:the\s+)?(?:(?:last|past|first|next)\s+)?" + _OWNER +
                    r"(?:(?:nearly|about|around|some|almost|roughly|over|"
                    r"more than|at least|estimated|an estimated)\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?=\s+[a-z])")
# "almost all of the estimated 4,000 inmates fled": the whole a part is of; what befell them befell the part
_WHOLE_OF_A_PART = re.compile(r"\b(?:all|most|many|some|half|none|majority|bulk|rest|much|\d[\d,.]*)\s+of\s+"
                              r"(?:the|its|their)\s+" + _OWNER + r"(?:(?:estimated|some|about|around|nearly|roughly)\s+)?$",
                              re.I)
_MEMBERS_OF = re.compile(r"\s*(?:were|are|was|is)?\s*(?:part|members) of\b")
_FIGHTERS_OF = re.compile(r"\s*(?:were|are|was)?\s*(?:part|members) of\b")
_RESTATED = re.compile(r"\b(?:number|figure|toll|total|tally|count|estimate)s?\s+(?:at|to|as|of)\s+(?:[a-z]+\s+){0,2}$")
# "lost 62 seats, reducing its total to 240": a change, then the total it leaves (but "1,000 people were still missing
# after having lowered the count to about 850" counts the same missing again)
_A_TOTAL_CHANGED_TO = re.compile(r"\b(?:lost|losing|gained|gaining|shed|shedding|added|adding|won|winning|dropped|"
                                 r"dropping)\s+(?:[a-z]+\s+){0,2}[\d,.]+\b[^.;]{0,60}\b(?:reduc|cut|lower|rais|lift|"
                                 r"push|bring|brought|increas|decreas|tak|took)\w*\s+(?:its|their|the|his|her)\s+"
                                 r"(?:total|tally|count)\s+to\s+(?:[a-z]+\s+){0,2}$")
# "put the number of affected countries at 74", "the number of people displaced rose to 2,000"
# a count of harmed people that leaves its noun to the figure before it: "… killed and 76 injured"
_DIED_RIGHT_AFTER = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:died|drowned|perished)\b", re.I)
_HARMED_RIGHT_AFTER = re.compile(r"\s+(injured|wounded|hurt|dead|missing|displaced|arrested|detained|killed|disappeared)\b",
                                 re.I)
_NUMBER_OF = re.compile(r"\b(?:number|count|tally) of ((?:[a-z][\w’'-]* ){0,5}?[a-z][\w’'-]*) "
                        # ("the number of fatalities from Hurricane Helene has reached 65": what they were from)
                        r"(?:(?:from|in|across) (?:[A-Z][\w’'-]* ){1,3})?"
                        # ("the number of deaths in Ishikawa Prefecture due to the quake has increased to 73": its cause)
                        r"(?:(?:due to|because of|caused by|after|from) (?:the |a )?[a-z]+ (?:[a-z]+ )?(?=has |have |had |rose "
                        r"|climbed |increased |reached |stood |was |is ))?"
                        r"(?:(?:(?:has|have|had) )?(?:rose|risen|climbed|jumped|grew|grown|fell|fallen|dropped|reached|"
                        r"hit|stood|stands|was|were|is|are|remains|remained|exceeds|exceeded|tops|topped|passed|"
                        r"surpassed|totals|totalled|totaled|increased|decreased|doubled|tripled)"
                        r"(?:" + _FROM_AN_EARLIER_COUNT + r")? (?:at |to )?|at |to )(?:[a-z]+ ){0,2}$")
_ATTENDED_BY = re.compile(r"\b(?:attended|watched|visited|joined|signed)\s+by\s+(?:[a-z]+\s+){0,2}$")
# "other hospitals, of which there are about 100": the noun the clause is about
_OF_WHICH_THERE_ARE = re.compile(r"\b([a-z][\w’'-]*),? of which there (?:are|were|is|was) (?:[a-z]+ ){0,2}$")
# "400 injuries out of approximately 2,800": the whole counts what its part does
_A_PART_OUT_OF = re.compile(r"\d\s((?:[a-z][\w’'-]* ){0,2}?[a-z][\w’'-]*) out of (?:[a-z]+ ){0,2}$")
_OF_NOUN = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)*(?: toll)?) of\s+(?:[a-z]+\s+){0,2}$")
# "Revenue of $308 million", "an ex-gratia of ₹10 lakh"
_OF_NOUN_ANY_CASE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+(?:-[a-z]+)*) of\s+(?:[a-z]+\s+){0,2}$")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her|this|that)\s+", re.I)
_HYPHEN_AS_A_DASH = re.compile(r"(?<=[a-z])-(?=(?:a|an|the|including|and|but|or|which|who|with|to)\s)")
_A_YEAR_BEFORE_A_DASH = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–]\s*$")
_A_MARGIN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:short|shy|ahead|clear)\s+of|off\s+the)\b")
_A_COUNT_FIRST = re.compile(r"^(?:(?:(?:at )?least|at most|more than|fewer than|less than|nearly|almost|about|some|over)\s+)?"
                            r"(?:(?:[\d,.]+|" + _FEW_WORDS + "|" + "|".join(TENS)
                            + r"|hundred|thousand|million|billion)(?:[\s-]+|$))+", re.I)  # ("At least nine people")
_WHAT_IS_PAID_BEFORE = re.compile(
    r"\b(price tag|liability|damages|compensation|fine|settlement|ransom|reward|budget|aid|loan|grant|contract|bid|"
    r"offer|investment|bill|losses|loss|revenues?|profits?|sales|income|deficit|debt|costs?|valued|worth)\b"
    r"(?:\s+(?:of|to|at|is|was|were|will|would|be|amounted|totall?ed|reached|about|approximately|an|estimated|some|"
    r"nearly|around|up|more|than|over|roughly))*\s*$", re.I)
_A_DEAL_FOR_BEFORE = re.compile(r"\b(acquisition|purchase|takeover|buyout|sale|merger)\s+of\s+[^.;$€£¥₹]{1,80}?\s+for\s+"
                                r"(?:(?:about|around|nearly|some|roughly|an estimated|more than|over)\s+)?$", re.I)
_WHOSE_DOLLARS_AFTER = re.compile(r"\s+(?:U\.S\.|US|USD)(?=[\s,;:)]|$)")
_IN_WHAT_AFTER = re.compile(r"\s+(?:in|of)\s+((?:[a-z]+\s+){0,2}?(?:costs?|losses|damages?|revenues?|sales|aid|funding|profits?|"
                            r"fines?|savings|assets|debts?|loans?|compensation|payments?|investments?|relief|assistance|"
                            r"grants?|spending|donations?|pledges?|subsidies|bonds?|cash flows?|income|earnings|wages|"
                            r"funds|bribes|kickbacks|ransom|money|cash|deposits|capital|equity|stock|shares|goods|exports|"
                            r"imports))\b")
_A_DETERMINER_OPENS = re.compile(r"^(?:the|their|its|his|her|our|my|your|this|that|these|those)\s+")
_NOT_WHAT_MONEY_IS = {"on", "in", "from", "at", "by", "versus", "against", "after", "before", "since", "until", "today",
                      "due",  # ("lost $1.8 billion due to its sale of U.S. treasuries")
                      "yesterday", "tomorrow", "a", "an", "the", "this", "last", "next", "earlier", "later", "or", "and",
                      "as", "when", "while", "because", "if", "to", "for", "with", "back",  # ("$880 billion back into …")
                      "over", "under", "through", "during", "within", "via", "toward", "towards",
                      "between", "among", "across",  # ("€1.14 trillion between March and September 2016": when)
                      "that", "which", "who"}  # ("had given Owens $50,000 that he divvied up"; "$40 billion over the
# next five years", "$500 million toward that total", "will rise to $119,309 under the new contract")
# ("… at $11 billion as CEO Jensen Huang said"; "released US$500,000 to enable a rapid response": what it is for)
_MONEY_VERBS = {"beat", "rose", "fell", "hit", "missed", "topped", "grew", "dropped", "was", "is", "were", "are",
                "will", "would", "could", "may", "has", "had", "have", "came", "went", "sank", "jumped", "slid"}
# "38,640 were displaced": what befell them says what the number counts
_PRONOUNS = {"it", "they", "this", "that", "which", "these", "those"}
_QUANTIFIERS = {"most", "many", "some", "others", "all", "both"}  # ("most were at 24": of what, the sentence says not)
_PERSONAL_PRONOUNS = {"we", "he", "she", "i", "you"}  # ("we were looking at 270-280": a score hoped for, no count)
_PASSIVE_AFTER = re.compile(r"\s+(?:were|are|was|have been|had been|has been|remain|remains|remained)\s+(?:[a-z]+ly\s+)?"
                            r"(?P<verb>[a-z]{3,}ed|missing|homeless)\b")  # "38,640 were displaced", "26 remain missing"
_HEDGING_VERBS = {"reported", "believed", "thought", "estimated", "expected", "feared", "confirmed", "said", "listed",
                  "recorded", "registered", "counted", "needed", "required", "used", "involved", "affected"}
_CONTINUES = re.compile(r"\s*(?:in|at|from|on|were|are|had|have|more|others?|already|currently)\b")
_ANOTHER = re.compile(r"\b(?:another|other|further|additional)\s+$", re.I)
_WORD_START = re.compile(r"\w")
# ("still missing after at least 78 died": a conjunction opens the figure's own clause)
_STATE_CLAUSE_BREAK = re.compile(r"[;:.?!()—–,]|\b(?:after|before|when|while|because)\b")
# the figure's own clause: not "15,000 deaths and displaced millions", where "and" opens another verb's
# ("3,400 are injured and the death toll may rise": the clause after "and the" is another's)
_SHARE_ASIDE = re.compile(r",\s*(?:about|some|nearly|almost|roughly|or|over)?\s*[\d.]+\s*(?:%|percent|per cent) of [^,]{1,40},")
# (and "132 confirmed cases and six deaths": the next count's state is its own, but "18 rebels and two soldiers have
# died" share theirs)
# ("married for 51 years before she died": a conjunction opens another clause)
_STATE_TAIL_END = re.compile(r"[;:.?!()]|\d|,\s+(?:and|but|while|whereas)\b|(?<!shot)\s+and\s+(?=[a-z]+(?:ed|ing)\b)|"
                             r"\s+and\s+the\s|\s(?:before|after|when|while|because)\s|"
                             # ("shot four protesters, killing one", "killing 21,848 people, injuring another 80,104
                             # and leaving millions homeless": the clause after the comma or "and" counts its own)
                             r",\s+(?!including\b)[a-z]+ing\s+(?:in\s+|another\s+)?(?:" + _FEW_WORDS + r"|\d)|"
                             r"\s+and\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|"
                             r"thousands)\s+(?:deaths|fatalities|injuries|casualties)\b)")
# "27 people were dead and four were missing": another count, once the figure's own state is said
_ANOTHER_COUNT_AFTER = re.compile(r"\s+and\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                  r"a dozen|dozens|scores|hundreds|thousands|millions)\b)")
_NON_DIGITS = re.compile(r"\D")
_DIGIT_RUN = re.compile(r"\d+")


@dataclass(frozen=True)
class Quantity:
    """One figure as written in a sentence."""

    value: float
    written: str
    qualifier: str
    counts: str
    klass: str
    states: tuple[str, ...]
    start: int
    end: int
    restates: bool = False  # "the UN figure of 10,000": another claim about the previous quantity
    part: bool = False  # "1,404 of them": a part of what the figure before it counted, never a rival claim
    low: float | None = None  # a range's near end: "between 58.3% and 60.7%" is 60.7 down to 58.3
    running: bool = False  # "the death toll has risen to 1,644": a count that later reports may give higher
    snapshot: bool = False  # "inflation stood at 27%": a rate of its day, which another day's report does not dispute

    @property
    def percent(self) -> bool:
        return is_percent(self.written)

    @property
    def interval(self) -> tuple[float, float]:
        """The values the writer's words allow, for telling disagreement from hedging."""
        v = self.value
        if self.low is not None:
            return self.low, v
        if self.qualifier == "about":
            return v * 0.9, v * 1.1
        if self.qualifier == "nearly":
            return v * 0.85, v
        if self.qualifier in ("at least", "more than"):
            return v, math.inf
        if self.qualifier in ("up to", "fewer than"):
            return 0.0, v
        slack = min(_rounding_unit(self.written, v) / 2, v * 0.1)
        return v - slack, v + slack


def is_percent(written: str) -> bool:
    """Whether a figure as written is a percentage ("94.6%", "36 per cent")."""
    return written.endswith(("%", "per cent", "percent"))


def _rounding_unit(written: str, value: float) -> float:
    """The size of the last significant digit as written: "2.9 million" → 100,000."""
    digits = _SIGNIFICANT.search(written)
    if not digits:
        return value
    mantissa = digits.group(0).replace(",", "")
    scale = value / float(mantissa) if float(mantissa) else 1.0
    if digits.group(1):
        return scale * 10 ** -len(digits.group(1))
    stripped = mantissa.rstrip("0")
    return scale * 10 ** (len(mantissa) - len(stripped))


_GROUPING = re.compile(r"[, \u00a0\u202f]")


def _value(match: re.Match[str]) -> float | None:
    if match.group("tens"):
        unit = match.group("unit")
        number = TENS[match.group("tens").split("-")[0].lower()] + (_WORD_VALUES[unit.lower()] if unit else 0)
        scale = match.group("tscale")
        return number * (100 if scale.lower() == "hundred" else _SCALES[scale.lower()]) if scale else number
    if match.group("few"):
        return _WORD_VALUES[match.group("few").lower()] * (12 if match.group("dozens") else 1)
    if match.group("word"):
        base = _WORD_VALUES[match.group("word").lower()]
        return base * _SCALES[match.group("wscale").lower()] if base else None
    number = Decimal(_GROUPING.sub("", match.group("num")))
    if match.group("frac"):
        number += Decimal(unicodedata.numeric(match.group("frac")))
    scale = match.group("scale")
    # in decimal: "$264.4 million" is 264,400,000, not 264.4 × 10⁶ in binary (264,399,999.99999997)
    return float(number * int(_SCALES[scale.lower()])) if scale else float(number)


_GROUPED = re.compile(r"\d,\d{3}\b")


_SCORE_LINE_AFTER = re.compile(r"\s+(?:(?:for|off)\s+(?:\d+|" + _FEW_WORDS + r")\b(?!\s+(?!balls\b|deliveries\b)[a-z]+s\b)|"
                               r"(?:all|not)\s+out\b)")
_SCORE_LINE_BEFORE = re.compile(r"\b(?:\d+|" + _FEW_WORDS + r")\s+(?:for|off)\s+$")
_BALLS_BEFORE = re.compile(r"\b(?:off|from|in)\s+$")
_A_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")
_BALLS_AFTER = re.compile(r"\s+(?:balls|deliveries)\b")
_A_SCORE_S_STANDING = re.compile(r"\s+(?:down|up|behind|ahead)\b")
# "He was 96.", "The patient, who was over 65 and had underlying conditions, died": an age told bare
_SOMEONE_WAS_BEFORE = re.compile(r"(?:\b[Hh]e|\b[Ss]he|\bwho|(?<![\w’'])[A-Z][a-z]+)\s+(?:was|is)\s+"
                                 r"(?:(?:over|under|nearly|almost|about|only|just|barely|not yet|not)\s+)?$")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.;]|,\s|$|and\s+(?:had|has|was|is|lived|would|will|could|may|might)\b)")
# "Sharma's combative 76 backed up the spinners", "his unbeaten 34 helped India cross": one's own score, which
# does what a doer does (but "the city's 300 injured were moved" are people)
_ONE_S_OWN_BEFORE = re.compile(r"(?:[’']s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}$", re.I)
_AN_AGE_LIMIT_BEFORE = re.compile(r"\b(?:under|over|above|below)\s+the\s+ages?\s+of\s+$", re.I)
_AN_INDEX_AFTER = re.compile(r"\s+index\b", re.I)
_A_CLOCK_S_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_HOURS_AFTER = re.compile(r"\s+(?:hours|hrs)\b")
_A_CLOCK_S_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_A_ZONE_S_TIME_AFTER = re.compile(r"\s+(?:(?:[A-Z][a-z]+|local)\s+time|GMT|UTC|BST|CET|EST|EDT|PST|PDT|IST)\b")
_AT_A_TIME_BEFORE = re.compile(r"\b(?:at|from|by|until|till|before|after|since)\s+$", re.I)
_A_DEED_AFTER = re.compile(r"\s+([a-z]+ed)\s+\w")
_BEFALLEN = _HARMED | _DEATHS


def _numbers_a_name(raw: str, after: str) -> bool:
    """A number of four digits or more, not set in thousands, before a name of two capitalised words
    or more names what it numbers (a train, a route), and counts nothing: a count that large is set
    in thousands, and what it counts is a plural noun, or a nation's ("5000 Syrian refugees")."""
    if not raw.isdigit():
        return False  # (the cheap look first: every number of every sentence comes here)
    if after[:1] == " " and after[1:2].isupper() and _A_UNIT_NAMED_AFTER.match(after):
        return True  # "units of the 828 Bislach Brigade killed Sinwar": a unit's number, however short
    if len(raw) < 4:
        return False
    named = _CAPITALISED_AFTER.match(after)
    return named is not None and state_of(named.group(1)) is None and not is_acronym(named.group(1))


_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w’'-]*)\s+[A-Z][\w’'-]*")
_A_UNIT_NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Brigade|Battalion|Division|Regiment|Squadron|Corps|"
                                 r"Fleet|Wing)\b(?!\s+[a-z]+s\b)")


_A_YEAR_S_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|till)\s+$")


def _excluded(sentence: str, match: re.Match[str], value: float, ranged: bool = False) -> bool:
    if _A_CENTURY_AFTER.match(sentence, match.end()):
        return True  # "the second half of the nineteen century": which century, written as a number
    if _RATIO_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) or (
            _RATIO_AFTER.match(sentence, match.end()) and (value is None or value <= 100)):
        return True  # "two in five people live in poverty", "1 in 3 adults": a ratio, no count (not "718 in 13 of")
    if match.group("word") or match.group("few"):
        return False
    if match.group("tens"):  # "forty minutes", "twenty-one-year-old": not counts
        return not match.group("tscale") and bool(_NOT_COUNTS.match(sentence[match.end():]))
    raw = match.group("num")
    after = sentence[match.end():]
    # (but land a fire or a flood took is a story's figure: "burned over 644,000 acres")
    area = bool(_AREA_AFTER.match(after)) and bool(_LAND_LOST.search(sentence))
    if match.group("ord") or match.group("pct") or (not match.group("scale") and not area and _NOT_COUNTS.match(after)):
        return True
    if match.group("scale") and _A_MEASURE_AFTER.match(after):
        return True  # "121 million miles away", "3.5 billion kilometers": a distance or a weight, however large
    if _MODEL_AFTER.match(after):
        return True  # "a 737 Max jet", "the iPhone 15 Pro": a model's name, not a count
    if _names_a_thing(sentence, match, raw, after):
        return True  # "the 767 program", "the 405 freeway": a model's or a road's number, not a count
    if _AN_OFFSET_AFTER.match(after) and not _FOR_A_SPAN_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
        return True  # "100 years after Paris last hosted them": a time counted from another (but "jailed for 14 years
        # after being convicted" is how long)
    if _A_SCORE_S_STANDING.match(after) and sentence[max(0, match.start() - 1):match.start()] == "-":
        return True  # "recovering from 15-40 down", "2-1 up": a score
    score_before = _SCORE_LINE_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
    if (_SCORE_LINE_AFTER.match(after) or (score_before and not _A_PLURAL_NEXT.match(after))
            or (_BALLS_BEFORE.search(sentence, max(0, match.start() - 6), match.start()) and _BALLS_AFTER.match(after))):
        # a batter's or a bowler's figures: "58 off 110", "two for 34", "47 for three", "240 all out", "58 not
        # out", "off 95 balls": a score line, no count a reader sets beside another report's
        return True
    if (not match.group("scale") and (deed := _A_DEED_AFTER.match(after)) and deed[1] not in _BEFALLEN
            and _ONE_S_OWN_BEFORE.search(sentence, max(0, match.start() - 40), match.start())):
        return True  # "Sharma's combative 76 backed up …": a batter's own score
    if _numbers_a_name(raw, after):
        return True  # "collided with 12841 Shalimar-Chennai Coromandel Express": a train's number
    if raw in _EMERGENCY_NUMBERS and not match.group("scale"):
        return True  # "911 outages across the state": the number people call
    near = sentence[max(0, match.start() - 80):match.start()]
    if near.endswith(("top ", "Top ")) and not match.group("scale"):
        return True  # "Here are top 10 updates on …": how many items a page lists, no count of the story
    if _A_CLOCK_S_HOURS.fullmatch(raw) and _HOURS_AFTER.match(after) and _AT_A_TIME_BEFORE.search(near):
        return True  # "with effect from 1700 hours IST", "at 1535 hours": the time of day, as armies write it
    if _A_CLOCK_S_TIME.fullmatch(raw) and _A_ZONE_S_TIME_AFTER.match(after):
        return True  # "(10.30 Irish time)", "10.30 GMT": the time of day in a zone
    if _WINDOW_BEFORE.search(near) and _TIME_UNIT_AFTER.match(after):
        return True  # "in the past 24 hours": a window of time, not a figure (but "blackouts of 13 hours" is one)
    if (_CODE_BEFORE.search(near[-3:]) and not ranged) or _CODE_AFTER.match(after):  # (a match of the first is in the last three)
        return True  # part of a phone number, a range's far end or a code
    if not match.group("scale") and not match.group("cur"):
        if raw.isdigit() and (len(raw) >= 7 or (len(raw) == 4 and (1800 <= value <= 2100 or (
                value >= 1000 and _A_YEAR_S_PREPOSITION_BEFORE.search(near))))):
            return True  # (and "Barings, which was founded in 1767": an older year, by its preposition)
        if value < 2:
            return True
    if after.startswith(",") and value < 130 and _NAME_AND_COMMA.search(near):
        return True  # "Varga, 24, scored": an age
    if _A_MEASURE_BEFORE.search(near) or (value <= 10 and _A_QUAKE_S_READING_BEFORE.search(near)
                                          and ("quake" in sentence or "seismic" in sentence)):
        return True  # "the magnitude of the first quake was 7.7", "an aftershock measuring 7.0": a measurement
    if after.startswith(")") and value < 130 and _NAME_AND_BRACKET.search(near):
        return True  # "Han Duck-soo (75) will take over": an age too
    if value < 130 and not match.group("scale") and _SOMEONE_WAS_BEFORE.search(near) and _CLAUSE_ENDS_AFTER.match(after):
        return True  # "He was 96.", "Attenborough was 90.": an age told bare, no count (but "at the age of 89" is his)
    condition = sentence[max(0, match.start() - 120):match.start()]
    if may_contain(condition, ("if", "unless")) and _CONDITION.search(condition):
        return True  # "an emergency is declared if there are more than 500 casualties": a threshold, not a count
    if _AN_AGE_LIMIT_BEFORE.search(near):
        return True  # "five children under the age of 10": a limit, no one's age (but "died at the age of 88" is his)
    previous = sentence[:match.start()].rsplit(None, 1)  # the last word, and whether there are more
    if previous:
        prev = previous[-1]
        if prev[:1].isupper() and _AN_INDEX_AFTER.match(after):
            return True  # "the Standard & Poor’s 500 index": the index's name
        label = prev[:1].isupper() and not prev.endswith((",", ":", "’s", "'s")) and len(previous) > 1
        if label and not _QUALIFIER_RE.search(prev) and not _GROUPED.search(raw):
            # (a label's number is never set in thousands: "Route 66", but "and Holt 4,713,277 votes" is a count)
            return True
        if prev.lower().rstrip(".") in _LABEL_WORDS:
            return True
    return False


def _qualifier(before: str, after: str) -> str:
    past = _PAST_IT_BEFORE.search(before, max(0, len(before) - 30))
    if past and (not past.group(1) or _A_MARK_AFTER.match(after)):
        return "more than"
    # the last 60 characters of the figure's clause: those after the last break, if one is
    # among the last 60 characters, else those 60 (a break is one character)
    clause = _BREAK.split(before[-60:])[-1]
    match = _QUALIFIER_RE.search(clause)
    # the nearest one: "almost all of the estimated 4,000" is an estimate, the "almost" is the part's
    while match is not None and (nearer := _QUALIFIER_RE.search(clause, match.end(1))) is not None:
        match = nearer
    if match is None or _A_VERB_BETWEEN.search(clause, match.end(1)) or _JOINED_AFTER.match(clause, match.end(1)):
        return ""  # "the deadliest fire in more than a century stood at 114": the century's, not the toll's
        # (nor "when it went under, and that 104 people": the word ends a clause)
    if match.group(1).lower() == "under" and _BROUGHT_UNDER_BEFORE.search(clause, 0, match.start(1)):
        return ""  # "came under 92 percent containment": under it, not fewer
    return _QUALIFIER_OF[match.group(1).lower()]


_JOINED_AFTER = re.compile(r",\s*(?:and|but|or|while)\b")
_BROUGHT_UNDER_BEFORE = re.compile(r"\b(?:came|come|comes|coming|brought|bring|brings|placed|put|fell|falls)\s+$")


_A_VERB_BETWEEN = re.compile(r"\b(?:stood|stands|was|were|is|are|has|have|had|rose|risen|fell|reached|hit|climbed|"
                             r"jumped|totall?ed|remains|remained)\b")


_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w’'-]+|[^\w\s]")
_PART_OF_BEFORE = re.compile(r"\bof (?:which|whom)\s+(?:(?:some|about|around|nearly|almost|at least|more than)\s+)?$")
_NO_NOUN_NEXT = re.compile(r"\s*(?:[,.;:)]|$|(?:were|was|are|is|have|has|had|remain\w*|suffered|died|received|"
                           r"included|includ\w+|among)\b)")
_PARTITIVE = re.compile(r"^\s*of (?:these|those|the|them|whom|which|its|their)\b\s*", re.I)
_REPORTING = {"said", "says", "say", "told", "that", "and", "but", "claimed", "claims", "claim", "reported", "reports",
              "estimated", "estimates", "believes", "believe", "announced", "noted", "added", "insisted", "while"}
_TIMES = frozenset({"time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
                    "period", "season", "decade"})
_MONEY_SUBJECT = re.compile(
    r"\b(?<![’'])((?:[a-z]+ ){0,2}[a-z]+) (?:have |has |had )?(?:dwindled|fell|dropped|declined|rose|climbed|stood|stands|jumped|"
    r"surged|soared|grew|increased|decreased|slipped|slumped|plunged|tumbled|"
    r"reached|totall?ed|amounted|was|were|is|are|cost|costs)\b(?: (?:[a-z]+|\d[\d.,]*%?)){0,2}? ?(?:to|at|of)? "
    r"(?:just |about |around |only )?$")  # "net income fell 6 percent to": the change may come between


def _counted(sentence: str, start: int, end: int, context: tuple[str, str] | None,
             money: bool = False, context_here: bool = True) -> tuple[str, str, bool, bool]:
    """What the figure counts (its noun phrase, or the clause after it), that phrase's class,
    whether the figure restates the previous one ("put the number at 14 million"), and whether
    it is a part of it ("1,404 of them").

    `context` is the previous figure's (counts, class): "another 400 in Virginia" and
    "8.4 million of them" count what the figure before them counted.
    """
    before = sentence[:start]
    after = _HYPHEN_AS_A_DASH.sub(" — ", sentence[end:])  # "76 seats-a majority of one": 76 seats
    if after.startswith(" still "):
        after = after[6:]  # "341 still missing": the missing
    elif hedge := _A_HEDGE_AFTER.match(after):
        after = after[hedge.end() - 1:]  # "more than 100 reportedly held", "30 allegedly killed": the held, the killed
    elif instead := _INSTEAD_OF_ANOTHER_AFTER.match(after):
        after = after[instead.end():]  # "made by 22 instead of 24 members": what the other counts, both count
    elif after.startswith(")") and _ITS_WORD_BEFORE.search(before):
        after = after[1:]  # "for a period of four (4) years": the number written twice, as deeds do, counts the years
    compound = _COMPOUND_COUNT.match(after)
    if compound:
        return _compound_counts(compound.group(1), _noun_chunk(after[compound.end():]), after)
    if money and (other_currency := _SUM_ASIDE.match(after)):
        after = after[other_currency.end():]  # "its $69bn (£56bn) takeover": the sum in another currency is an aside
    aside = _ASIDE.match(after)
    if aside:  # "about 266 (9 percent) of flights": what is counted comes after the aside and its "of"
        after = _OF_THE.sub(" ", after[aside.end():], count=1)
    share = _SHARE.match(after)
    whole = (_noun_chunk(after[share.end():]) or after[share.end():].split()[:1]) if share else []
    partitive = _PARTITIVE.match(after)
    if partitive:
        after = " " + after[partitive.end():]
        harmed = _HARMED_RIGHT_AFTER.match(after)
        if harmed and _NO_NOUN_NEXT.match(after, harmed.end()):  # "14 of the injured suffered", not "of the dead sheep"
            return harmed.group(1).lower(), "people", False, False
    if context is not None and context_here and _PART_OF_BEFORE.search(before, max(0, len(before) - 40)):
        return context[0], context[1], False, True  # "7,082 requests were registered, of which 5,221 correspond to …"
    tally = _TALLY.search(before) or _BROUGHT_TO.search(before, max(0, len(before) - 60)) or _TOLL_OPENS.match(before)
    chunk = _noun_chunk(after)
    if tally and not whole and not (tally.group(1).lower() == "total" and chunk):  # (nor "a total of 204 deputies")
        # "the death toll of 35 rose overnight": what the number is of comes first
        counted = tally.group(1).lower()  # "the death toll", "the body count": the dead are people
        return counted, "people" if " " in counted else _klass(counted, after), False, False
    margin = _MARGIN_BEFORE.search(before, max(0, len(before) - 60))
    if margin and chunk:  # "a lead of nearly 20 million votes", "a margin of more than 19 million votes": a difference
        return f"{_klass(_head(chunk), after)} margin", "margin", False, False
    if whole:  # "12 of 30 cranes", "25,578,223 out of nearly 54 million eligible voters": the things of the whole
        return " ".join(whole), _klass(_head(whole), after), False, False
    if partitive and context is not None and chunk and all(w.lower().endswith("ly") for w in chunk):
        return context[0], context[1], False, True  # "1,404 of them critically"
    if context is not None and not partitive and [w.lower() for w in chunk] == ["others"]:
        harmed = _HARMED_RIGHT_BEFORE.search(before)
        if harmed:  # "left five people dead and wounded six others": the wounded, not more dead
            return re.sub(r"ing$", "ed", harmed.group(1).lower()), context[1], False, False
        if _TALLY_WORD.search(context[0]) or context[0].lower() in _SOME_OF_THE_PEOPLE:
            # "the death toll was 26, with 71 others missing", "4 women and 10 children, with 17 others injured": people
            return "people", "people", False, False
        return context[0], context[1], False, False  # "killed 14,000 people and displaced 10 million others"
    if chunk:  # "1.4 million of these civilians": still a part of the figure before
        return " ".join(chunk), _klass(_head(chunk), after), False, bool(partitive) and context is not None
    if _MEMBERS_OF.match(after):
        return _clause_words(after), "fighters", False, False
    named = _NUMBER_OF.search(before[-120:]) or _OF_WHICH_THERE_ARE.search(before[-120:]) \
        or _A_PART_OUT_OF.search(before[-120:])
    if named:  # ("the number of people in critical condition in hospital has increased to 300")
        words = named.group(1).split()
        return named.group(1), _klass(_head(words), after), False, False
    harmed = _HARMED_RIGHT_AFTER.match(after)
    if context is not None and _RESTATED.search(before):
        if harmed:  # "the official figure of 30,000 disappeared": what follows the number says what it counts
            return harmed.group(1).lower(), "people", False, False
        return context[0], context[1], not _A_TOTAL_CHANGED_TO.search(before, max(0, len(before) - 160)), False
    of_noun = _OF_NOUN.search(before)
    if of_noun and of_noun.group(1).lower() in _PLACES_PEOPLED:
        return "people", "people", False, False  # "the city of 350,000", "a nation of five million": who live there
    if of_noun and of_noun.group(1) not in _STOP:
        return of_noun.group(1), _klass(of_noun.group(1), after), False, False
    if harmed and context is not None and context_here:
        if _TALLY_WORD.search(context[0]):  # "the death toll has climbed to 1,250, with 2,054 injured": no toll
            return harmed.group(1).lower(), context[1], False, False
        return context[0], context[1], False, False  # "78 people had been killed and more than 320 wounded": people
    if not money and _ATTENDED_BY.search(before, max(0, len(before) - 40)):
        return "people", "people", False, False  # "the funeral was attended by about 200 000": who came, not the funeral
    told = before[-120:] if len(before) > 120 else before[:1].lower() + before[1:]
    subject = _MONEY_SUBJECT.search(told)  # "Deposits fell to"
    if subject and not partitive and subject.group(1).rsplit(" ", 1)[-1] not in _TIMES:
        # (not "applying for the first time soared to 626,000": a time is what a phrase says, the subject is further back)
        words = subject.group(1).split()
        said = max((i for i, w in enumerate(words) if w in _REPORTING), default=-1)  # "the fund said deposits fell to"
        # "the revenue amounted to": revenue; "Twenty-two structures were destroyed and 50 threatened": structures
        noun = _A_COUNT_FIRST.sub("", _DETERMINER.sub("", " ".join(words[said + 1:]) or subject.group(1)))
        if noun in _PRONOUNS:  # "Previously, it stood at 29": what the figure before counted
            return (context[0], context[1], True, False) if context is not None else ("", "", False, False)
        if noun in _PERSONAL_PRONOUNS or noun in _QUANTIFIERS:
            return "", "", False, False
        return noun, _klass(noun.split()[-1], after), False, False
    passive = _PASSIVE_AFTER.match(after)
    if passive and not partitive and not _ANOTHER.search(before) and passive.group("verb") not in _HEDGING_VERBS:
        return passive.group("verb"), _klass(passive.group("verb"), after), False, False  # "38,640 were displaced"
    # "killed 30 people, 12 in Gaza": a bare number goes on counting what its sentence's figure before counted, but
    # not the last sentence's ("… rose to 33. More than 360,000 in the state remain without power" counts no dead)
    if context is not None and (partitive or (_CONTINUES.match(after) and context_here) or _ANOTHER.search(before)):
        return context[0], context[1], False, bool(partitive)
    bracketed = _NOUN_BEFORE_BRACKET.search(before[-40:]) if after.startswith(")") else None
    if bracketed and bracketed.group(1) not in _STOP:  # "all the trophies (35) he won"
        return bracketed.group(1), _klass(bracketed.group(1), after), False, False
    if harmed and not money:  # "the 8,800 killed in a magnitude 7.8 earthquake in Nepal": the killed, not where
        return harmed.group(1).lower(), "people", False, False
    if _DIED_RIGHT_AFTER.match(after) and not money:  # "at least 78 died in the capsize of a fishing boat": the dead
        return "people", "people", False, False
    if context is not None and context_here and context[1] == "people" and not chunk and _DID_HARM_BEFORE.search(before):
        return "people", "people", False, False  # "infected more than 450 people and killed 178": people too
    if context is not None and context_here and _NEEDED_NEXT.match(after):
        return context[0], context[1], False, False  # "won 293 seats, more than 20 ahead of the 272 needed": seats
    tail = _clause_words(after)
    if not money and (not tail or tail.split()[0].lower() in _STOP or tail[0].isupper() or not tail[0].isalnum()):
        return "", "", False, False  # "for 83 on the opening morning", "38 on Friday as …": nothing named is counted
    return tail, _klass(tail.split()[0] if tail else "", after), False, False


_PLACES_PEOPLED = frozenset({"city", "town", "village", "nation", "country", "island", "state", "province", "region",
                             "capital", "community", "metropolis", "district", "county", "suburb", "municipality"})


def _money_counts(counts: str, before: str, after: str = "") -> str:
    """What a sum counts, unless the words after it only say when or against what it stood
    ("$6.02 on Monday", "$9 from $17", "$309 billion today") or what it did ("$688.7 million
    beat expectations"): then the noun it is "of" ("Revenue of"), or nothing."""
    spent = _IN_WHAT_AFTER.match(after)
    if spent:  # "is facing $500 million in costs", "losing $8 billion of client funds" (and "of their money": money)
        return _A_DETERMINER_OPENS.sub("", spent.group(1).lower())
    deal = _A_DEAL_FOR_BEFORE.search(before, max(0, len(before) - 120))
    if deal:  # "its acquisition of video game-maker Activision Blizzard for $69 billion"
        return deal.group(1).lower()
    paid = _WHAT_IS_PAID_BEFORE.search(before, max(0, len(before) - 80))
    if paid:  # "limit their liability to $43.6 million", "a price tag of $2 billion", "will cost an estimated $1.7 billion"
        what = paid.group(1).lower()
        return "cost" if what == "costs" else what
    first = counts.split(maxsplit=1)[0].lower() if counts else ""
    if first == "per":  # "$115 per share in cash represents a premium": a price per share ("per diluted share")
        words = counts.split()
        return " ".join(words[:next((i for i, w in enumerate(words[1:], 1) if w.lower() in _STOP), len(words))])
    if (first[:1].isalpha() and first not in _NOT_WHAT_MONEY_IS and not first.endswith(("ed", "ly"))  # ("… ultimately
            and first not in _MONEY_VERBS and first not in WEEKDAYS):  # get all"; "$69 billion - closing the biggest
        # deal" names nothing after it; nor does "closed at $106.04 Thursday")
        return _up_to_the_noun(counts)
    if _A_SHARE_S_PRICE_BEFORE.search(before, max(0, len(before) - 80)):
        return "share price"  # "shares lost 2.4% to $44.06 in trading Monday"
    of_noun = _OF_NOUN_ANY_CASE.search(before)
    return of_noun.group(1).lower() if of_noun and of_noun.group(1).lower() not in _STOP else ""


def _up_to_the_noun(words: str) -> str:
    """"loss-making bond portfolio mostly consisting of US Treasuries": what a sum counts ends before
    an adverb or a participle that goes on about it."""
    kept: list[str] = []
    for word in words.split():
        low = word.lower()
        if kept and (low in _STOP or (len(low) > 4 and low.endswith(("ly", "ing")) and word.islower())):
            break
        kept.append(word)
    return " ".join(kept)


_A_SHARE_S_PRICE_BEFORE = re.compile(r"\b(?:shares?|stock)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:to|at)\s+"
                                     r"(?:(?:about|around|nearly|just)\s+)?$", re.I)


_SET_AGAINST_BEFORE = re.compile(r"\b(?:from|compared (?:with|to)|as against|against|versus|vs\.?)\s+$")
_SUM_S_TIMES = re.compile(r"^expected |(?:^| )a year earlier$")


def _sum_s_time(sentence: str, start: int, end: int, what: str) -> str:
    """A sum expected, or one of a year before, is not the sum now reported: "Analysts were expecting
    $41.3 billion", "revenue of $30 billion in the same quarter last year" are other quantities than
    "revenue of $41.1 billion"."""
    _, clause_end = clause_bounds(sentence, start, end)
    if _EXPECTED_BEFORE.search(sentence, max(0, sentence.rfind(";", 0, start) + 1, start - 120), start):
        what = f"expected {what}".strip()
    next_sum = DIGIT.search(sentence, end + 1)  # ("rose to Rs 885 crore as compared with Rs 716 crore in the
    # year-ago period": the year-ago words after another sum are that sum's)
    if _YEAR_BEFORE_AFTER.search(sentence, end, min(clause_end + 1, next_sum.start() if next_sum else len(sentence))):
        what = f"{what} a year earlier".strip()
    return what


_EXPECTED_BEFORE = re.compile(r"\b(?:expect(?:ed|ing|s)?|anticipat(?:ed|ing|es?)|forecasts?|forecasting|estimates|consensus|"
                              r"projected|projects?|guided|guidance)\b", re.I)
_YEAR_BEFORE_AFTER = re.compile(r"\b(?:last year|a year (?:earlier|ago|before)|prior-year|year-ago|(?:same|year-earlier) "
                                r"(?:quarter|period)(?: (?:last|a) year)?|"
                                # "for the corresponding period previous fiscal", "in the same period last fiscal"
                                r"(?:previous|last|prior) (?:fiscal|financial year))\b", re.I)


def _compound_counts(unit: str, chunk: list[str], after: str) -> tuple[str, str, bool, bool]:
    """What "N-member delegation" counts: the delegation's members (of the delegation's class); a
    "3,000-strong force" is the force."""
    if not chunk:
        return "", "", False, False
    counts = " ".join([*chunk, _COMPOUND_UNITS.get(unit, "")]).strip()
    return counts, _klass(_head(chunk), after), False, False


def _noun_chunk(after: str) -> list[str]:
    chunk: list[str] = []
    words = [m.group() for m in islice(_TOKEN.finditer(after), 6)]  # not the whole rest of the sentence
    for at, word in enumerate(words):
        low = word.lower()
        if word in "“”\"‘’":
            continue
        if not chunk and low in _BEFORE_THE_NOUN:  # "six more hostages", "nearly 100 remaining hostages"
            chunk.append(word)
            continue
        if not chunk and low in _HOW_OFTEN and at + 1 < len(words):
            continue  # "around 200 often armed youths", "50 mostly young men": how, not what, is counted
        if chunk and word.isdigit() and chunk[-1][:1].isupper():  # "171 Boeing 737 Max 9 jets": a model's number
            chunk.append(word)
            continue
        if not _WORD_START.match(word) or low in _STOP or low in PAST_FORMS or word[:1].isdigit() or low in WEEKDAYS:
            break  # (a number is not what another number counts; "150 people went missing": a verb ends it; and
            # "two gunmen Monday night": a day)
        if (low.endswith(("ed", "ing")) and word[:1].islower() and low not in _PEOPLE  # (not "Boeing")
                and not _a_participle_describing(chunk, words[at + 1:])):
            break  # (a token holds no line break for `$` to stop at)
        if chunk and (chunk[-1].endswith("s") or chunk[-1].lower() in _PLURALS) and low.endswith("ly"):
            break  # "12,000 North Korean troops previously offered", "a dozen armed men reportedly stormed": an adverb
            # after the counted noun
        if _a_verb_after_the_noun(chunk, word, words[at + 1:at + 2]):
            break
        chunk.append(word)
    while chunk and chunk[-1][:1].isupper() and len(chunk) > 1 and not chunk[-1].endswith("s"):
        chunk.pop()
    paired = (_PAIRED_WITH_AND.match(after) if chunk and len(chunk) == 1 and not chunk[0].endswith("s")
              and chunk[0].lower() not in _PEOPLE else None)
    if paired:  # "15 permanent and non-permanent members", "300 local and foreign journalists": the noun after both
        return [*chunk, "and", *paired.group(1).split()]
    if chunk and chunk[-1].lower() == "passengers" and (
            crew := _AND_CREW.match(after, after.find(chunk[-1]) + len(chunk[-1]))):
        return [*chunk, "and", *crew.group(1).split()]  # "carrying 181 passengers and crew members": both, not 181 passengers
    if chunk and chunk[-1].lower() in _BEFORE_THE_NOUN:
        return []  # "33 or more": no noun after it
    return chunk if any(not w[:1].isupper() or w.endswith("s") for w in chunk) else []


_AND_CREW = re.compile(r"\s+and\s+(crew(?:\s+members)?)\b", re.I)


def _a_verb_after_the_noun(chunk: list[str], word: str, following: list[str]) -> bool:
    """"4,000 workers join about 18,000", "five people live in poverty": after a plural noun, a word
    in the singular that a preposition, an article or a number follows is the verb, no part of the
    noun (but "150 people aboard went down" keeps "aboard", and "five people dead and …" their state)."""
    return (bool(chunk) and chunk[-1].islower() and (chunk[-1].endswith("s") or chunk[-1] in _PLURALS) and word.islower()
            and not word.endswith("s") and word not in _DEATHS and word not in _HARMED and bool(following)
            and (following[0].lower() in _STOP or following[0][:1].isdigit()))


_PLURALS = frozenset({"people", "children", "men", "women"})


# words between a number and the noun it counts, which do not end the noun phrase as "more" or "-ing" would
_BEFORE_THE_NOUN = frozenset({"more", "remaining", "additional", "further", "surviving", "missing"})


def _a_participle_describing(chunk: list[str], rest: list[str]) -> bool:
    """"107,000 newly displaced", "1.2 million internally displaced people", "9,000 displaced people":
    a participle after an adverb, or before the noun, describes what is counted."""
    if chunk and chunk[-1].lower().endswith("ly"):
        return True
    following = rest[0].lower() if rest else ""
    return not chunk and following.isalpha() and following not in _STOP and not following.endswith(("ed", "ing", "ly"))


_GROUPS_OF_PEOPLE = {"women", "men", "children", "boys", "girls", "minors"}


def _head(chunk: list[str]) -> str:
    """The counted noun of a chunk: a known class noun, else its last plural, else its last word;
    but "five women migrants" counts women, as "five migrant women" does."""
    if len(chunk) >= 2 and chunk[0].lower() in _GROUPS_OF_PEOPLE:
        return chunk[0]
    for word in chunk:
        if word.lower() in _PEOPLE or word.lower() in _FIGHTERS:
            return word
    plurals = [w for w in chunk if w.lower().endswith("s") and not w[:1].isupper()]
    return plurals[-1] if plurals else chunk[-1]


def _clause_words(after: str) -> str:
    """The words after a figure up to its clause's end or the next number (which is another figure's)."""
    clause = DIGIT.split(_CLAUSE_END.split(after, maxsplit=1)[0], maxsplit=1)[0].strip()
    words = clause.split()[:8]
    while words and words[-1].lower() in _STOP:
        words.pop()
    return " ".join(words)


def _klass(head: str, after: str) -> str:
    low = head.lower().strip("“”\"'’")
    if low in _PEOPLE or low in _DEATHS or low in _HARMED or low == "toll":
        return "people"
    if low in _WORKERS or low.endswith("workers"):
        return "workers"
    if low in _FIGHTERS or _FIGHTERS_OF.match(after):
        return "fighters"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):  # "witnesses", "churches", "taxes"
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _states(sentence: str, start: int, end: int, floor: int, counts: str) -> tuple[str, ...]:
    """What happened to the counted ("displaced", "killed"): the figure's own words, at most four
    before it and ten after it up to the next figure, so a neighbour's state does not leak in."""
    own = _STATE_CLAUSE_BREAK.split(sentence[floor:start])[-1]
    if floor:  # "192 people had been killed and more than 1,230 wounded": before "and", the figure before's words
        own = own.rsplit(" and ", 1)[-1]
    before = " ".join(own.split()[-4:])
    comma = sentence.find(",", end, end + len(counts) + 3)
    share = _SHARE_ASIDE.match(sentence, comma) if comma >= 0 and ("%" in sentence or "per" in sentence) else None
    if share is not None:  # "1.9 million people, about 90% of the
        end = share.end()  # population, have been displaced": what happened comes after the aside
    tail_end = _STATE_TAIL_END.search(sentence, end)
    stop = tail_end.start() if tail_end else len(sentence)
    other = _ANOTHER_COUNT_AFTER.search(sentence, end, stop)
    if other and happenings(sentence[end:other.start()]):  # (but "30 militants and three soldiers were killed")
        stop = other.start()
    after = sentence[end:stop]
    text = f"{before} {counts} {' '.join(after.split()[:10])}"
    found = happenings(text)
    if counts.lower().rsplit(" ", 1)[-1] in _JOBS and _JOBS_CUT.search(text):
        found.add("cut")
    if any(w in _DEATHS for w in counts.lower().split()) or (counts.lower().endswith("lives") and "sav" not in text):
        found.add("kill")  # "the loss of at least 16,650 lives": lives counted are lives lost, unless saved
    return tuple(sorted(found))


def _end_of_the_counted(sentence: str, q: Quantity) -> int:
    """Where a figure's words end: after what it counts when that follows it ("62 deaths"), so the
    next figure's state is not read in them ("62 deaths with nearly 2,100 cases": no cases dead)."""
    counted = re.match(rf"\s+{re.escape(q.counts)}\b", sentence[q.end:], re.I) if q.counts else None
    return q.end + counted.end() if counted else q.end


def _a_day_of_a_month(sentence: str, start: int, end: int) -> bool:
    written = sentence[start:end]
    if not written.isdigit() or not 1 <= int(written) <= 31:
        return False
    after = _WORD_AFTER.match(sentence, end)
    before = _WORD_BEFORE.search(sentence, 0, start)
    return any(m is not None and m.group(1)[:1].isupper() and m.group(1).lower().rstrip(".") in MONTHS
               for m in (after, before))


_WORD_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+\.?)\s+$")


def _a_span_of_time(counts: str, sentence: str, start: int) -> bool:
    """"lasted for 25 thunderous seconds", "the worst disaster in 80 years", "his friend of 35 years":
    how long something lasted, or how rare it is, is no figure of the story (but "jailed for 14 years" is)."""
    unit = counts.split()[-1].lower()
    if unit in ("seconds", "minutes"):
        return True
    if unit not in _SPANS:
        return False
    after = _WHEN_AFTER_A_SPAN.search(sentence, max(0, start - 30), start)
    return bool(_RARE_IN_BEFORE.search(sentence, 0, start) or _A_BOND_OF_BEFORE.search(sentence, max(0, start - 30), start)
                or (after and (after.group(1) or _OF_AFTER_THE_SPAN.match(sentence, start)))
                or (_AN_ASIDE_OPENS.search(sentence, max(0, start - 20), start) and _SINCE_AFTER.match(sentence, start))
                or _OF_THE_LAST_AFTER.match(sentence, start) is not None)


_SPANS = {"years", "decades", "centuries", "months", "weeks", "days", "hours"}
# "After 13 days of talks", "within 48 hours", "over the past two weeks": when, counted from something, not a
# figure (but "left the club after 14 years" tells how long he stayed)
_WHEN_AFTER_A_SPAN = re.compile(r"\b(?:after|(within|(?:in|over|for|during) the (?:past|last|next|first)))\s+"
                                r"(?:(?:more than|nearly|almost|about|some|just)\s+)?$", re.I)
_OF_AFTER_THE_SPAN = re.compile(r"\S+\s+\w+\s+of\s")
# "…, 13 years after he last attended a match": an aside that says when, counted from something else
_AN_ASIDE_OPENS = re.compile(r",\s+(?:(?:more than|nearly|almost|about|some|just|over)\s+)?$")
_OF_THE_LAST_AFTER = re.compile(r"\S+\s+of\s+the\s+(?:last|past)\s")  # "governed 16 of the last 20 years": how long
_SINCE_AFTER = re.compile(r"\S+\s+\w+\s+(?:after|since|before)\b")
# "his friend of 35 years", "her husband of 40 years": how long two people have been close
_A_BOND_OF_BEFORE = re.compile(r"\b(?:friend|wife|husband|partner|spouse|companion|girlfriend|boyfriend)s? of "
                               r"(?:(?:more than|nearly|almost|over|about|some)\s+)?$")
_RARE_IN_BEFORE = re.compile(r"\b(?:worst|best|biggest|largest|highest|lowest|deadliest|strongest|weakest|first|most \w+)\b"
                             r"[^.;]{0,80}\bin\s+(?:(?:more than|nearly|almost|over|about|some)\s+)?$", re.I)


# what harm a count names in place of the people harmed
_A_HARM_FOR_PEOPLE = re.compile(r"(?:(?:confirmed|reported|known|suspected)\s+)?(?:dead|wounded|injured|killed)", re.I)
_NO_NOUN = {"others", "more", "those"}
_HARMS = {"kill", "inju", "miss", "disp", "abdu"}
_WHAT_BEFALLS_THINGS = {"dest", "dama", "burn"}  # buildings and land, never people
# and what no harm to people befalls: land, a span of time, the places people live in
_NEVER_PEOPLE = frozenset({"hectares", "acres", "years", "months", "weeks", "days", "hours", "minutes", "kilometres",
                           "kilometers", "km", "miles", "cities", "towns", "provinces", "districts", "counties",
                           "countries", "regions", "states"})


def happenings(text: str) -> set[str]:
    """What the words say happened to people, each as the first four letters of one way to say it
    ("kill" for "killed", "dead" and "martyred")."""
    return {_SAME_STATE.get(key, key) for m in _STATE_WORDS.finditer(text) if (key := m.group(1).lower()[:4])}


# one happening, said two ways ("55 people have been martyred", "60 are dead")
_SAME_STATE = {"laid": "layo", "lay ": "layo", "lays": "layo", "layi": "layo",
               "dead": "kill", "died": "kill", "deat": "kill", "mart": "kill", "peri": "kill", "slai": "kill", "drow": "kill",
               "woun": "inju",
               "unac": "miss", "char": "burn", "scor": "burn", "hurt": "inju", "shot": "inju",
               "host": "abdu", "kidn": "abdu"}


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause a figure stands in: from the last break before it to the next after it."""
    head = sentence[:start]
    left = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    right = _CLAUSE_END.search(sentence, end)
    return left, right.start() if right else len(sentence)


_PHONE = re.compile(r"(?<![\d,.])(?:\+\d{1,3}[ .-]?)?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,}(?![\d,])")


def _phone_like(text: str) -> bool:
    """Digit groups joined by spaces, dots or hyphens, long enough to dial: not a figure."""
    digits = _NON_DIGITS.sub("", text)
    groups = _DIGIT_RUN.findall(text)
    return len(digits) >= 7 and (any(len(g) == 4 or g.startswith("0") for g in groups) or len(digits) >= 9)


def phone_spans(sentence: str) -> list[tuple[int, int]]:
    if not DIGIT.search(sentence):
        return []
    return [m.span() for m in _PHONE.finditer(sentence) if _phone_like(m.group(0))]


def find_quantities(sentence: str, skip: list[tuple[int, int]] = (), context: tuple[str, str] | None = None) -> list[Quantity]:
    """Every figure in a sentence, except inside the spans in `skip` (its dates).

    `context` is what the article's previous figure counted, for "another 400" and "of them".
    """
    out: list[Quantity] = []
    if not DIGIT.search(sentence) and not may_contain(sentence, _SCALE_WORDS) and not _FEW_WORD.search(sentence):
        # no figure without a digit, a scale word or a small count written out
        return out
    skip = [*skip, *phone_spans(sentence)]
    respective = _respective_nouns(sentence) if "respectively" in sentence else {}
    numbers = _number_after_code() if _CODE_BEFORE_DIGIT.search(sentence) else _NUMBER
    matches = [m for m in numbers.finditer(sentence) if not any(s <= m.start() < e for s, e in skip)]
    ranges = _ranges(sentence, matches)
    nears = {m.start() for m in ranges.values()}
    for match in matches:
        if match.start() in nears:
            continue  # a range's near end: read with its far end
        near = ranges.get(match.start())
        start, end = (near or match).start(), match.end()
        if sentence[end:end + 1].isalpha():
            continue  # "11Alive reports", "28w ago": a name or a label with a number in it
        if (match.group("scale") or "").lower() == "b" and not match.group("cur"):
            continue  # "$62B" is a sum, but "Section 3B" or "Flight 9B" no count
        if (match.group("scale") or "").lower() == "m" and not match.group("cur") and (
                "," in match.group("num") or _A_RACE_AFTER.match(sentence, end)):
            continue  # "£85m" is a sum, but "10,000m races" and "the 400m hurdles" are metres run
        if _a_day_of_a_month(sentence, start, end):
            continue  # "the 2 July election" in an article whose year nothing says: a date still, never a figure
        if match.group("cur") and _THE_CHANGE_AGAIN.search(sentence, max(0, start - 20), start):
            continue  # "slid 11.12 per cent or $1.63": the same move, in money
        maker = _A_MAKER_BEFORE.search(sentence, max(0, start - 30), start) if "-" in sentence[start:end] else None
        if maker and _A_MODEL_S_NUMBER.fullmatch(sentence, start, end) and maker.group(1).lower() not in _NOT_A_MAKER:
            continue  # "the Boeing 737-800": a model's number, no range (but "Between 20-25 people")
        value = _value(match)
        if (not match.group("cur") and (_BASELINE_BEFORE.search(sentence, max(0, start - 60), start)
                                        or _RISEN_FROM.search(sentence, max(0, start - 40), start))
                and not (match.group("pct") and _a_rival_s_share(sentence, start, end, value, out))):
            # "a far cry from the 303 seats it won in 2019": what a figure is set against, another time's (a sum
            # set against is kept, as the year-earlier sum it is; and "56% of the vote compared with 44% for
            # Mr Massa" sets a rival's share beside it)
            continue
        if match.group("pct") and not match.group("ord"):
            share = (_vote_share(sentence, start, end, value) or _percent_of_change(sentence, start, end, value)
                     or _share_of_output(sentence, start, end, value) or _named_rate(sentence, start, end, value)
                     or _a_rival_s_share(sentence, start, end, value, out))
            if share is not None:
                out.append(_range_read_whole(sentence, share, near))
            continue  # any other percentage (an unnamed rate, an index's move) is not a figure a reader compares
        if value is None or _excluded(sentence, match, value, ranged=near is not None):
            continue
        if out and _CONVERTED.match(sentence, out[-1].end, start):
            continue  # "35 million euros ($41m)", "10,925 pounds ($16,935)": the same sum converted
        fraction = _FRACTION_AFTER.match(sentence, end)
        if fraction:  # "6 1/2 years"
            value += int(fraction.group(1)) / int(fraction.group(2))
            end = fraction.end()
        if _A_YEAR_BEFORE_A_DASH.search(sentence, max(0, start - 8), start) and len(match.group(0).strip()) <= 4:
            continue  # "the Asian financial crisis of 1997 - 98", "the downturn of 2008 - 9": the years' span
        if _A_MARGIN_AFTER.match(sentence, end):
            continue  # "240 seats, 32 short of the halfway mark": how far a tally is from a mark, no tally
        plus = sentence[end:end + 1] == "+"  # "2,800+ fire personnel": more than 2,800
        if plus:
            end += 1
        previous = (out[-1].counts, out[-1].klass) if out else context
        money = bool(match.group("cur"))
        if money and (whose := _WHOSE_DOLLARS_AFTER.match(sentence, end)):
            end = whose.end()  # "losing $8 billion U.S. of client funds": the dollars' country is part of the sum
        counts, klass, restates, part = _counted(sentence, start, end, None if money else previous, money, bool(out))
        if start in respective:
            counts, klass = respective[start], _klass(respective[start], "")
        if money:
            what = _money_counts(counts, sentence[:start], sentence[end:])
            if not what and out and out[-1].klass == "money" and _SET_AGAINST_BEFORE.search(sentence, max(0, start - 25),
                                                                                             start):
                # "Exports were at Rs 611 crore …, up 22 per cent from Rs 499 crore": what it is set against is the same
                what = _SUM_S_TIMES.sub("", out[-1].counts.partition(" ")[2])
            counts, klass = f"{match.group('cur').strip()} {_sum_s_time(sentence, start, end, what)}", "money"
        elif not counts or _a_span_of_time(counts, sentence, start):
            continue  # a number that counts nothing the sentence names is no figure a reader can use
        states = () if _WHOLE_OF_A_PART.search(sentence, max(0, start - 80), start) else _states(
            sentence, start, end, _end_of_the_counted(sentence, out[-1]) if out else 0, counts)
        if klass in ("people", "fighters", "workers") or counts.lower() in _HUMANS:
            states = tuple(st for st in states if st not in _WHAT_BEFALLS_THINGS)  # ("the blast destroyed their home")
        elif counts.lower().rsplit(" ", 1)[-1] in _NEVER_PEOPLE:
            # ("fires have burned around 200,000 hectares and thousands of people were evacuated": no land evacuated)
            states = tuple(st for st in states if st in _WHAT_BEFALLS_THINGS)
        bare = counts.strip().lower()
        if (_A_HARM_FOR_PEOPLE.fullmatch(bare) or (bare == "lives" and "kill" in states)
                or (bare in _NO_NOUN and _HARMS & set(states))):
            # "29,683 lives have been lost", "more than 1,000 were wounded", "55 of 75 confirmed dead", "100 others
            # were feared dead": people killed or hurt, as every other toll counts them
            counts, klass = "people", "people"
        if _NEEDED_AFTER.match(sentence, end) or _NEEDED_BEFORE.search(sentence, max(0, start - 40), start):
            states = (*states, "need")  # "the 288 votes needed", "required 288 votes": a threshold, not a tally
        out.append(_range_read_whole(sentence, Quantity(
            value=value, written=sentence[match.start():end].strip(),
            qualifier="more than" if plus else _qualifier(sentence[:start], sentence[end:]),
            counts=counts.strip(), klass=klass, start=match.start(), end=end, restates=restates, part=part,
            running=(_RISEN_TO.search(sentence, max(0, start - 40), start) is not None
                     or _LEADING_IN.search(sentence, max(0, start - 20), start) is not None
                     or _BY_AN_HOUR_AFTER.match(sentence, end) is not None), states=states,
        ), near))
    return out


# A share of a vote: "won 59.8% of the vote", "voted 94.6% to reject", "with a vote of 94.6%", "rejected the
# contract by 94.2%"; and what the vote was on, when it says ("to strike"), for two votes are two quantities
_SHARE_OF_VOTE_AFTER = re.compile(r"\s+of (?:the |all )?(?:total )?(?:popular |valid |ballots cast|votes? cast|votes?\b|"
                                  r"ballots\b|(?:public |popular )?support\b)")  # "gained 42 percent of public support"
# "garnered 5,716,026 votes, or 53.85 percent", "secured 4,713,277 votes making 44.40%": a count of votes, then its share
_A_COUNT_S_SHARE_BEFORE = re.compile(r"\bvotes?,?\s+(?:or|making|representing)\s+(?:(?:about|around|nearly|almost|some|"
                                     r"just|roughly)\s+)?$")
# "…, with almost 90% of votes counted", "With 96% of the ballots counted, …": how far the count has gone (not "leads
# with 79.6% of votes counted")
_WITH_BEFORE = re.compile(r"(?:^|,)\s*[Ww]ith\s+(?:(?:about|around|nearly|almost|more than|over|some|just)\s+)?$")
_COUNTED_AFTER = re.compile(r"\s+of (?:the )?(?:votes|ballots) (?:counted|tallied|processed)\b")
# "With 96% of the ballots counted, the candidate … is at 55.77%": after the count's progress, a bare share is the vote's
_COUNT_S_PROGRESS = re.compile(r"\b[Ww]ith\s+(?:(?:about|around|nearly|almost|more than|over|some|just)\s+)?[\d.]+\s*"
                               r"(?:%|percent|per cent) of (?:the )?(?:votes|ballots) (?:counted|tallied|processed)\b")
# "So far 99% of votes have been counted", "after counting 98 percent of the votes": the count's progress, always
_BEEN_COUNTED_AFTER = re.compile(r"\s+of (?:the )?(?:votes|ballots) (?:have|has|had) been (?:counted|tallied|processed)\b")
_COUNTING_BEFORE = re.compile(r"\b(?:counting|tallying|processing)\s+(?:(?:about|around|nearly|almost|more than|over|"
                              r"some|just)\s+)?$")
_VOTED_BEFORE = re.compile(r"\b(?:vot(?:ed|ing)|a vote of|(?:rejected|approved|backed|ratified|endorsed)\b[^.,;]{0,50}? by)"
                           r"\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|just)\s+)?$", re.I)
_VOTED_AFTER = re.compile(r"\s+(?:of (?:the )?(?:members|workers|voters)\s+)?voted\b")
_VOTED_ON = re.compile(r"\b(reject|approv|accept|ratif|strik|endors|leav|remain|support|oppos)(?:e|es|ed|ing|ion|y|ies|ied)?\b"
                       r"(?! defeat)", re.I)  # ("accepted defeat with 44% of the votes": a loser's share)
_VOTED_ON_VERB = {"approv": "approve", "ratif": "ratify", "strik": "strike", "endors": "endorse", "leav": "leave",
                  "oppos": "oppose"}


def _vote_share(sentence: str, start: int, end: int, value: float | None) -> Quantity | None:
    """A percentage that is a share of a vote, or None: other percentages are never figures."""
    before, after = sentence[max(0, start - 80):start], sentence[end:]
    share_of = _SHARE_OF_VOTE_AFTER.match(after)
    if value is None or not (share_of or _VOTED_BEFORE.search(before) or _VOTED_AFTER.match(after)
                             or _A_COUNT_S_SHARE_BEFORE.search(before) or _COUNT_S_PROGRESS.search(sentence, 0, start)):
        return None
    if ((_COUNTED_AFTER.match(after) and _WITH_BEFORE.search(before)) or _BEEN_COUNTED_AFTER.match(after)
            or _COUNTING_BEFORE.search(before)):
        return None
    if share_of and share_of.group().endswith("support"):
        return _percentage(sentence, start, end, value, "support")  # a poll's share, on no one question
    lo, hi = clause_bounds(sentence, start, end)
    on = _VOTED_ON.search(sentence, lo, hi)
    counts = f"vote to {_VOTED_ON_VERB.get(on.group(1).lower(), on.group(1).lower())}" if on else "vote"
    return _percentage(sentence, start, end, value, counts)


def _a_rival_s_share(sentence: str, start: int, end: int, value: float | None, before: list[Quantity]) -> Quantity | None:
    """"had 56% of the vote compared with 44% for Mr Massa", "won 56% of the vote, while Massa won just
    over 44%": after a share of a vote, a rival's share of the same vote."""
    if value is None or not before or not before[-1].klass.startswith("vote"):
        return None
    if not (_FOR_A_RIVAL_AFTER.match(sentence, end) or _WON_BEFORE.search(sentence, max(0, start - 30), start)):
        return None
    return _percentage(sentence, start, end, value, before[-1].counts)


_FOR_A_RIVAL_AFTER = re.compile(r"\s+for\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|the\s+)?[A-Z]")
_WON_BEFORE = re.compile(r"\b(?:won|wins|got|gets|took|takes|received|secured)\s+(?:(?:just|about|nearly|almost|more than|"
                         r"over|some|around|roughly)\s+)*$")


# "a 40% raise", "a 25 per cent wage increase", "a 15-20 percent cutback": the change a percentage sizes
_CHANGE_AFTER = re.compile(r"\s+((?:[a-z]+\s+){0,2}?(?:pay rise|raise|rise|increase|hike|cut|cutback|reduction|"
                           r"drop|decline|fall|growth|stake|discount|tariff|levy))\b")
# "Shares fell nearly 15%", "the stock traded 12% lower", "Boeing's stock has fallen by 38%": a share price's move
_SHARES_MOVED_BEFORE = re.compile(
    r"\b(?:shares?|stocks?|share price)\b(?:[^.;:]|\.(?=\d)){0,90}?\b(?P<verb>fell|fall|falls|fallen|falling|dropped|drops|"
    r"dropping|slid|sliding|slumped|tumbled|tumbling|plunged|plunge|plunges|plunging|sank|lost|losing|declined|declining|"
    r"rose|rises|risen|rising|gained|gaining|jumped|jumping|climbed|climbing|surged|surging|soared|soaring|down|up|"
    r"traded)\b(?: by)?(?: as much as| nearly| about| almost| more than| around| some)?\s*$", re.I)
_CHANGE_OF_BEFORE = re.compile(r"\b((?:[a-z]+\s+)?(?:pay rise|raise|rise|increase|hike|cut|cutback|reduction|"
                               r"drop|decline|fall|growth|stake|discount|tariff|levy))\s+of\s+(?:about\s+|nearly\s+|"
                               r"around\s+|almost\s+|some\s+|up to\s+)?$")  # "a general wage increase of 25 per cent"
SHARE_PRICE_MOVES = ("share price rise", "share price fall")
# the verbs of a move up, for a share price's and any named thing's ("was up", "trading up": up)
_RISING = frozenset({"rise", "rose", "rises", "risen", "rising", "increased", "increases", "grew", "grown", "gained",
                     "gaining", "jumped", "jumping", "climbed", "climbing", "surged", "surging", "soared", "soaring", "up"})


def _percentage(sentence: str, start: int, end: int, value: float, counts: str, snapshot: bool = False) -> Quantity:
    """A percentage figure: what it is a share of is also its class (two votes, two quantities)."""
    return Quantity(value=value, written=sentence[start:end].strip(), qualifier=_qualifier(sentence[:start], sentence[end:]),
                    counts=counts, klass=counts, states=(), start=start, end=end, snapshot=snapshot,
                    running=_BY_AN_HOUR_AFTER.match(sentence, end) is not None)


# "Turnout was 76%", "inflation stood at 27.4 percent", "the jobless rate rose to 5.1%": a rate named for what it
# measures, which reports set against each other
_NAMED_RATE_BEFORE = re.compile(
    r"\b(inflation|unemployment|turnout|containment|(?:jobless|interest|poverty|literacy|vaccination|participation|occupancy|"
    r"mortality|infection|positivity|unemployment|growth|savings|tax|birth|death|fertility|crime|default|"
    r"approval|vacancy) rates?|approval ratings?)\b(?:\s+(?:in|for|among)\s+[\w-]+(?:\s+[\w-]+)?)?"
    # "raised interest rates by 0.25% to 5.25%", "… for the seventh consecutive time to 2.25 per cent"
    r"(?:\s+by\s+[\d.]+\s*(?:%|per\s?cent|percentage\s+points?|basis\s+points?))?"
    r"(?:\s+for\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+time)?"
    r"(?:\s+(?:now|still|currently))?\s+(?:was|is|were|are|stood at|stands at|sits at|sat at|rose to|fell to|"
    r"climbed to|dropped to|eased to|reached|hit|of|at|to)"
    r"\s+(?:(?:now|still|currently|already)\s+)?(?:(?:about|around|nearly|almost|more than|over|some|just|a record|"
    r"an estimated)\s+)?$", re.I)  # "annual inflation is now over 140%"


def _named_rate(sentence: str, start: int, end: int, value: float | None) -> Quantity | None:
    if value is None:
        return None
    named = _NAMED_RATE_BEFORE.search(sentence, max(0, start - 80), start)
    if named is not None:
        return _percentage(sentence, start, end, value, named.group(1).lower(), snapshot=True)
    if _CONTAINED_AFTER.match(sentence, end):  # "was 15 percent contained", "came under 92 percent containment"
        return _percentage(sentence, start, end, value, "containment", snapshot=True)
    return None


_CONTAINED_AFTER = re.compile(r"\s+(?:contained|containment)\b")


def _percent_of_change(sentence: str, start: int, end: int, value: float | None) -> Quantity | None:
    """A percentage that sizes a change a reader can compare across reports: a raise, a cut, a
    stake, a share price's move, what a named thing rose or fell by; None for any other."""
    if value is None:
        return None
    after = sentence[end:]
    change = _CHANGE_AFTER.match(after) or _CHANGE_OF_BEFORE.search(sentence, max(0, start - 60), start)
    if change:
        counts = change.group(1).lower()
    else:
        moved = _SHARES_MOVED_BEFORE.search(sentence, max(0, start - 140), start)
        if moved is None:
            return _percent_moved(sentence, start, end, value)
        verb = moved.group("verb").lower()
        up = verb in _RISING or (verb == "traded" and after.lstrip().lower().startswith("higher"))
        if verb == "traded" and not after.lstrip().lower().startswith(("higher", "lower")):
            return None
        counts = SHARE_PRICE_MOVES[0] if up else SHARE_PRICE_MOVES[1]
    return _percentage(sentence, start, end, value, counts)


# "a fiscal deficit of above 5% of GDP", "debt stood at 120 percent of gross domestic product"
_OF_OUTPUT_AFTER = re.compile(r"\s+of\s+(?:the\s+(?:country|nation|economy|region)['’]s\s+|its\s+|their\s+)?"
                              r"(?:GDP|gross domestic product|economic output|national income)\b")
_MEASURED_BEFORE = re.compile(r"\b((?:[A-Za-z]+\s+)?(?:deficit|debt|surplus|spending|budget|expenditure|revenues?|exports|"
                              r"imports|investment|remittances|borrowing|aid))\b[^.;:\d]{0,40}$")


def _share_of_output(sentence: str, start: int, end: int, value: float | None) -> Quantity | None:
    """A percentage of an economy's output (a deficit, a debt or a budget that reports compare
    as a share of GDP) or of a land (what "gangs control about 80% of the capital"); None for
    any other."""
    if value is None:
        return None
    land = _OF_LAND_AFTER.match(sentence, end)
    if land:
        return _percentage(sentence, start, end, value, f"share of the {land.group(1).lower()}")
    if not _OF_OUTPUT_AFTER.match(sentence, end):
        return None
    measured = _MEASURED_BEFORE.search(sentence, max(0, start - 80), start)
    what = measured.group(1).lower() if measured else "share"
    return _percentage(sentence, start, end, value, f"{what} (% of GDP)")


_OF_LAND_AFTER = re.compile(r"\s+of\s+(?:the|its|their)\s+(capital|city|country|territory|land|region|province|state|"
                            r"district|town|enclave|strip|area)\b(?!['’]s|\s+(?:population|residents|budget))", re.I)


# "ship traffic … decreased by 40 percent", "the peso lost as much as 4%", "Brent crude was up about 2 percent"
_MOVED_BEFORE = re.compile(
    r"\b(?P<verb>rose|rise[sn]?|risen|increased|increases|grew|grown|climbed|jumped|surged|soared|gained|fell|fallen|"
    r"falls|dropped|drops|declined|declines|decreased|decreases|slid|slumped|plunged|tumbled|lost|shrank|shrunk|"
    r"(?:is|are|was|were) (?:up|down)|trading (?:up|down)|traded (?:up|down))"
    r"(?: by)?(?: as much as| about| nearly| almost| some| around| more than| over| roughly| an estimated)?\s*$", re.I)
# where the thing that moved ends: a preposition, an adverb, a relative clause ("the number of ships plying the canal")
_SUBJECT_END = re.compile(r"\s+(?:in|of|for|at|on|from|across|with|to|during|this|last|also|further|sharply|"
                          r"steadily|has|have|had|which|that|who|plying|[a-z]+ing)\b.*$", re.I)
# a rate that "rose 3.2%" stands there rather than moved by it; an index's move is the market's mood of a day
_RATES = {"inflation", "unemployment", "gdp", "growth", "economy", "rate", "rates", "yield", "yields", "turnout",
          "approval", "support", "popularity", "index", "indexes", "indices", "average"}
_APPOSITIVE_END = re.compile(r",[^,]*,\s*$")
_ASIDE_END = re.compile(r"\s*\([^()]*\)\s*$")
_RELATIVE_LEAD = re.compile(r"(?:which|who|that)\b", re.I)
_NAME_AT_THE_END = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*$")
_CLAUSE_OPENER = re.compile(r"[;:—]|,\s|\b(?:that|as|after|while|when|because|since|if)\s+")
_SUBJECT_LEAD = re.compile(r"^(?:(?:the|a|an|its|their|his|her|overall|total|[\w.-]+[’']s)\s+)+", re.I)


def _percent_moved(sentence: str, start: int, end: int, value: float) -> Quantity | None:
    """What a thing the clause names rose or fell by: "ship traffic … fell", "the peso lost"."""
    moved = _MOVED_BEFORE.search(sentence, max(0, start - 60), start)
    if moved is None:
        return None
    head = _APPOSITIVE_END.sub("", sentence[:moved.start()])  # "Brent crude, the global benchmark, was up"
    head = _ASIDE_END.sub("", head)  # "Shares of Nvidia (NASDAQ:NVDA) plunged"
    clauses = _CLAUSE_OPENER.split(head)
    subject = _SUBJECT_LEAD.sub("", clauses[-1].strip(" ,—"))
    if _RELATIVE_LEAD.match(subject):  # "overtaken by Apple, which managed to rise 3%": the name before it moved
        named = _NAME_AT_THE_END.search(clauses[-2]) if len(clauses) >= 2 else None
        subject = named.group(0) if named else ""
    number_of = re.match(r"(?:number|count|volume|shares) of\s+", subject, re.I)  # ("Shares of Nvidia plunged": Nvidia)
    subject = _SUBJECT_END.sub("", subject[number_of.end():] if number_of else subject).strip()
    if (not subject or len(subject.split()) > 3 or not subject[0].isalpha() or subject.split()[-1].lower() in _RATES
            or subject.lower() in _PRONOUNS):  # ("That was up 262 percent": what moved is in another sentence)
        return None
    direction = "rise" if moved.group("verb").split()[-1].lower() in _RISING else "fall"
    return _percentage(sentence, start, end, value, f"{subject} {direction}")


# "bringing the total cases and deaths to 22,863 and 622, respectively": each number counts its noun
_RESPECTIVELY = re.compile(r"\b(?P<nouns>[A-Za-z][a-z]*(?:, [a-z]+)*,? and [a-z]+)\b[^.;:\d]{0,40}?"
                           r"(?P<nums>(?:[A-Z]{0,2}\$|€|£)?\d[^;:]{0,80}?),? respectively\b")
_NOUN_LIST = re.compile(r",? and |, ")


def _respective_nouns(sentence: str) -> dict[int, str]:
    """Where each number of an "A and B … X and Y, respectively" stands, and the noun it counts."""
    out: dict[int, str] = {}
    for match in _RESPECTIVELY.finditer(sentence):
        nouns = _NOUN_LIST.split(match.group("nouns").lower())
        starts = [n.start() for n in _NUMBER.finditer(sentence, match.start("nums"), match.end("nums"))]
        if len(starts) == len(nouns):
            out.update(zip(starts, nouns, strict=True))
    return out


# "58% to 60%", "20-25 people", "$3 to $3.5 billion"; with "and" only after "between"
_RANGE_GAP = re.compile(r"\s*(?:to|-|–)\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_SCALE_WORD = re.compile(r"\s?(" + "|".join(_SCALES) + r")$")


def _ranges(sentence: str, matches: list[re.Match[str]]) -> dict[int, re.Match[str]]:
    """Each range's near end, by where its far end starts. Two numbers are one range when a
    range's words join them and they rise ("1-0" is a score); "22,863 and 622, respectively"
    are two figures of two things."""
    out = {}
    for near, far in pairwise(matches):
        gap = sentence[near.end():far.start()]
        if not (_RANGE_GAP.fullmatch(gap) or (gap.strip() == "and" and _BETWEEN.search(sentence, 0, near.start()))):
            continue
        low, high = _value(near), _value(far)
        if _A_SCORE_S_STANDING.match(sentence, far.end()) and "-" in gap:
            continue  # "recovering from 15-40 down": a score, no range
        if near.group("pct") and not far.group("pct"):
            continue  # "rose 2.4 percent to $73.47": a change and where it led, not a range
        if (near.group("cur") or near.group("pct")) and _CHANGED_BY_BEFORE.search(sentence, max(0, near.start() - 30),
                                                                                  near.start()):
            # "slid 11.12 per cent or $1.63 to $13.03", "fell $1.63 to $13.03", "raised rates by 0.25% to 5.25%":
            # by how much, and to what
            continue
        if low is not None and high is not None and not near.group("ord") and 0 < low < high and not _year_like(near):
            out[far.start()] = near
    return out


_THE_CHANGE_AGAIN = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+or\s+$")
_CHANGED_BY_BEFORE = re.compile(r"\b(?:or|by|(?:rose|fell|slid|dropped|gained|jumped|climbed|lost|added|shed|declined|"
                                r"sank|slumped|surged|tumbled)(?: by)?)\s+$")


def _year_like(match: re.Match[str]) -> bool:
    """ "2014-15", "1990 to 1995": years, not a range of counts."""
    return not match.group("scale") and not match.group("cur") and bool(_YEAR_DIGITS.fullmatch(match.group("num") or ""))


_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


def _range_read_whole(sentence: str, far: Quantity, near: re.Match[str] | None) -> Quantity:
    """The figure of a range's far end, reaching down to its near end, which is scaled as the
    far end is ("$3 to $3.5 billion": from three billion dollars, not from 3)."""
    if near is None:
        return far
    low = _value(near) or 0.0
    scale = _SCALE_WORD.search(far.written)
    if scale and not near.group("scale") and low * _SCALES[scale.group(1)] <= far.value:
        low *= _SCALES[scale.group(1)]
    return dataclasses.replace(far, low=low, start=near.start(), written=sentence[near.start():far.end].strip())


def format_value(value: float) -> str:
    """A figure as people write it: 2.9 million, 1.25 million, 275,000, 1.93 billion."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        scaled = value / scale
        if scaled >= 1 and abs(scaled * 100 - round(scaled * 100)) < 1e-6:
            return f"{round(scaled, 2):g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def snippet(sentence: str, start: int, end: int, width: int = 200) -> str:
    """The stretch of a sentence around a figure, cut at words, with … where it was cut."""
    if len(sentence) <= width:
        return sentence.strip()
    left = max(0, start - width // 3)
    right = min(len(sentence), left + width)
    left = max(0, right - width)
    if left:
        left = sentence.find(" ", left) + 1
    if right < len(sentence):
        right = sentence.rfind(" ", left, right)
    return ("… " if left else "") + sentence[left:right].strip(" ,;") + (" …" if right < len(sentence) else "")

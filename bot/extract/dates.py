"""Dates in running text, resolved against the article's date at the precision they carry.

News rarely writes full dates: it says "on Friday", "last month", "August 30th". Each of
these only means something against the day the article was written, and some (a bare
weekday with no article date) mean nothing at all; those are dropped rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter

from bot.extract.hints import DIGIT, has_quirk

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# Longest names first, and an abbreviation only as a whole word: "March" is never read as "Mar".
# a month's name ends a word ("in Mayotte", "in Augusta", "in Juneau" name no month)
_MONTH = r"(?P<month>" + "|".join(m.capitalize() + (r"(?:\.|\b)" if len(m) <= 4 and m not in ("june", "july", "may") else r"\b")
                                  for m in sorted(MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")"
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"  # "on Sunday evening, Sept. 20": one day
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_A_PHRASE = r"\s+(?:the|a|an|his|her|its|their|this|that)\s"  # what a day is counted from, when it follows

_FUNCTION_WORD = r"(?:on|of|in|to|for|and|or|at|by|from|with|is|was|were|are|has|had)\b"  # "The March on Washington"
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"  # "September 3, 20182:41 PM": a page that ran the year into the time
# Ordered: the first pattern to claim a span wins, so the most specific come first.
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
               "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPOKEN_NINETEEN = (r"[Nn]ineteen[ -](?:oh[ -](?:" + "|".join(_UNITS) + r")|(?:" + "|".join(_TENS_WORDS) + r")(?:[ -](?:"
                    + "|".join(_UNITS) + r"))?)")  # "nineteen ninety-seven", "nineteen oh five"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "2018-09-03", "2018/09/03", "2018-09-03T14:30:00Z" (and "Published: 2015-8-13 14:32:27")
    ("iso", re.compile(r"\b" + _YEAR + r"(?P<sep>[-/])(?P<mnum>[01]?\d)(?P=sep)(?P<dnum>[0-3]?\d)(?!\d)")),
    ("dmy", re.compile(r"\b(?:" + _WEEKDAY + _PART_OF_DAY + r",? (?:the )?)?" + _DAY + r" (?:of )?" + _MONTH + r",? "
                       + _YEAR + _YEAR_END)),
    ("mdy", re.compile(r"\b(?:" + _WEEKDAY + _PART_OF_DAY + r",? )?" + _MONTH + r" " + _DAY + r",? " + _YEAR + _YEAR_END)),
    ("md", re.compile(r"\b(?:" + _WEEKDAY + _PART_OF_DAY + r",? )?" + _MONTH + r" " + _DAY + r"\b(?!,? \d)")),
    ("dm", re.compile(r"\b(?:" + _WEEKDAY + _PART_OF_DAY + r",? (?:the )?)?" + _DAY + r" (?:of )?" + _MONTH + r"\b(?!,? \d)")),
    ("my", re.compile(r"\b" + _MONTH + r",? (?:of )?" + _YEAR + r"\b")),
    # "in October of that year": the month of the year the text last named
    # and "since September last year": the month of the year before the article's
    ("that", re.compile(r"\b(?:late |early |mid-)?" + _MONTH
                        + r",? (?:of )?(?:that (?:same )?|(?P<yrel>last|this|next) )year\b")),
    # "in late August", "last May", "the figures for January", "the last week of March";
    # "December's figures" (never "May's": Theresa May's), "the October slaying", "a June agreement"
    ("month", re.compile(r"\b(?:(?P<which>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]hrough|[Bb]y|[Dd]uring|[Ll]ate|[Ee]arly|[Mm]id-?|"
                         r"[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of|(?:week|weekend|days|half) of|[Ll]ast|[Tt]his|"
                         r"[Nn]ext|[Cc]oming|[Pp]ast|[Ff]or)\s+|(?P<article>[Tt]he|an?) (?!May\b))?"
                         r"(?:late |early |mid-)?" + _MONTH
                         + r"(?(which)|(?(article)(?= (?!" + _FUNCTION_WORD + r")[a-z])|(?<!May)(?=[’']s\b)))(?![\s,]*\d)"
                         r"(?!(?<=May) (?:be|have|not|also|well|to|and)\b)")),
    ("season", re.compile(r"\b(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter),? (?:of )?" + _YEAR + r"\b")),
    ("relative", re.compile(
        # (not "today's youth", "the people of tomorrow": the present or the future at large)
        r"\b(?P<rel>yesterday|today(?![’']s\s+(?:world|youth|society|generation|young|children|standards|times|age)\b)|"
        r"tonight|the day before yesterday|the day after tomorrow|(?<!of )tomorrow|last night|"
        r"this (?:morning|afternoon|evening)|(?:(?<=over )|(?<=during )|(?<=at )|(?<=on ))the weekend|(?:last|this|next) weekend|"
        # not "the last week of March", "the last year of his term": a part of another span
        r"(?:earlier |later )?(?:last|this|next|(?<=the )past) (?:week|month|year)(?! of\b)|earlier this (?:week|month|year)|"
        r"(?:this|(?<=the )current) (?:fiscal |financial |calendar )?(?:week|month|year)(?! of\b)|"  # the article's
        r"the end of the (?:year|month)|(?:since )?year[- ]end(?![- ]\d|\s+[a-z])|"
        r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>days?|weeks?|months?|years?) ago)\b",
        re.I)),
    # "on Christmas Day", "last Thanksgiving": a holiday that falls on one day of the year
    # (before the weekdays: "Easter Sunday" is no Sunday the article's date counts back to)
    ("holiday", re.compile(r"\b(?:(?P<hwhich>[Ll]ast|[Tt]his|[Nn]ext) )?(?P<holiday>Christmas (?:Day|Eve)|"
                           r"New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Boxing Day|"
                           r"Easter(?: Sunday| Day| Monday|(?! (?:[Ii]sland|[Rr]ising|[Ww]eek|[Ww]eekend|[Ss]eason|"
                           r"[Hh]olidays?|[Bb]reak|[Tt]erm|[Vv]igil|[Bb]unny|[Pp]arade|eggs?)\b))|Good Friday)\b")),
    ("weekday", re.compile(r"\b(?:(?P<which>last|previous|this coming|this|next|coming) )?" + _WEEKDAY + r"\b")),
    # "the third quarter", "fourth-quarter profit", "Q2 2023": a quarter of the year
    ("quarter", re.compile(r"\b(?:(?:(?P<qyear0>(?:19|20)\d\d)[- ])?"  # "the 1988 third quarter"
                           r"(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th|last|latest|most recent|past)"
                           r"[- ]quarter"
                           r"(?: of (?:the year |fiscal )?(?P<qyear>(?:19|20)\d\d))?"
                           r"|Q(?P<qn>[1-4])(?: (?P<qyear2>(?:19|20)\d\d))?)\b",
                           re.I)),
    # "Net rose in the third quarter … Sales in the quarter fell": the quarter the text named last
    # (but "the quarter ended Sept. 30" is the one that date ends)
    ("thequarter", re.compile(r"\b[Tt]he quarter\b(?![- ](?:of|to|past|after|before|century|mile|final)\b)")),
    # "the following day", "two days later", "a week earlier": counted from a day named before it
    ("later", re.compile(
        # "Nov. 3, the day before police …", "later in the day before": a date's apposition, no count
        r"(?<!in )\b(?:(?<!\d, )(?<![a-z.], )(?=the )(?:the (?:following|next) (?P<unit1>day|week|month|year)\b|"
        # (but "the day before the debate": counted from the debate, whose day is not told)
        r"the (?:previous|preceding) (?P<unit0>day|week|month|year)\b(?P<back1>)|the day after(?! tomorrow)(?!" + _A_PHRASE
        + r")|the day before(?! yesterday)(?!" + _A_PHRASE + r")(?P<back0>))|"
        r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>days?|weeks?|months?|years?) "
        r"(?:later|afterwards|after that|(?P<back>earlier|before))\b|"
        # "the year-earlier quarter", "a year-ago loss": the same part of the year before
        r"(?P<yearback>year-(?:earlier|ago))\b)", re.I)),
    ("year", re.compile(
        r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Ff]rom|[Ff]or|"
        r"[Bb]efore|[Aa]fter|[Bb]etween|[Bb]oth|[Tt]hrough|[Ff]iscal|(?<=\b(?:19|20)\d\d )(?:and|or|to)|"
        r"[Dd]at(?:es|ing|ed) (?:back )?to|[Bb]ack to|"
        # "a 1971 convention", "that 1978 resolution", "the company's 1989 results"
        r"(?:[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]|(?<=\w)[’']s)(?= \d{4} [a-zA-Z]))[ -]|^)" + _YEAR
        + r"\b(?![,.]?\d|%|-[a-z]| (?:Committee|Club|Group|Agenda|Commission|Foundation|Society)\b)")),
    # ("a 1971 convention", "that 1978 resolution"; not "a 2000-strong force", nor "the 1922 Committee": a name)
    # a year said in words, as transcripts of broadcasts write it: "January nineteen ninety-seven",
    # "the winter of nineteen ninety-four", "the year two thousand"
    ("spoken", re.compile(r"\b(?:(?:" + _MONTH + r"|(?P<season>spring|summer|autumn|fall|winter) of) )?(?P<spoken>"
                          + _SPOKEN_NINETEEN + r"|(?:[Tt]he year |(?<=[Ii]n )|(?<=[Ss]ince ))two thousand)\b"
                          r"(?![ -](?:and|" + "|".join(_UNITS) + r")\b)")),
]

# What each pattern cannot match without: most sentences rule out most patterns with a few
# cheap looks, and running all eleven over every sentence was most of the cost of dates.
_MONTH_STEM = re.compile("|".join(sorted({m[:3].capitalize() for m in MONTHS})))  # every month name opens with one
_YEAR_DIGITS = re.compile(_YEAR)
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening",
                   "week", "month", "year", "ago")  # one is in every relative date
_FUTURE = re.compile(
    # "due to expire", not "due to its loss" (because of it)
    r"\b(will|would|shall|is to|are to|set to|(?:is|are) set for|slated (?:for|to)|scheduled|plans? to|planned|"
    r"planning (?:for|to)|upcoming|expected to|"
    # a passive infinitive of what is still to be done: "with sentencing to be announced in May"
    r"to be (?:announced|held|published|released|delivered|handed down|decided|named|sentenced|unveiled)|"
    r"due to(?! (?:the|a|an|its|their|his|her|our|this|that|these|those)\b)|as soon as|"
    r"(?:is|are) (?:expected|due|anticipated|supposed to|forecast to|predicted to)|"  # "More are expected Thursday"
    r"due (?:on|by|for|in)|going to|starting|beginning|effective|ahead of|from next|"
    # the present of a timetable: "the ceasefire expires on Sunday", "talks resume on Monday"
    r"(?:expires?|begins?|starts?|opens?|ends?|closes?|resumes?|takes? effect|kicks? off|comes? into force) "
    r"(?:at|on|in|by|from)\b|"
    # and of what lasts: "the program to run through June" (the clause ends where "through June" begins)
    r"(?:to (?:run|last|continue)|runs|lasts|continues)(?=\s*$)|"
    r"(?:postponed|adjourned|delayed|deferred|put off|pushed back) (?:until|till|to)\b|"
    # a vote called for a day is still to come when it is told: "set an early election for May 25", "set the date
    # for a new presidential election on May 25", "An early election was set for May 25"
    r"(?:set|sets|called|calls|fixed|fixes)\s+(?:an?\s+|the\s+(?:date\s+for\s+(?:an?\s+|the\s+)?)?)?(?:[\w-]+\s+){0,3}"
    r"(?:election|elections|vote|poll|polls|referendum|ballot|run-?off)\s+(?:for|on)|(?:was|were)\s+set\s+for)"
    r"\b", re.I)
# and of a fixture: "Hosts UAE play Kuwait on Saturday", "South Korea take on Indonesia on Saturday"
_FIXTURE = re.compile(r"\b(?:play|plays|face|faces|take on|takes on)\s+(?:the\s+)?[A-Z]")
_WORD_NUMBERS = {"a": 1, "an": 1, **_UNITS, "ten": 10}


@dataclass(frozen=True, order=True)
class Moment:
    """A point in time known to a year, a quarter, a month, an ISO week or a day."""

    year: int
    month: int = 0
    day: int = 0
    week: int = 0
    quarter: int = 0

    @property
    def start(self) -> date:
        if self.week:
            return date.fromisocalendar(self.year, self.week, 1)
        if self.quarter:
            return date(self.year, 3 * self.quarter - 2, 1)
        return date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        if self.week:
            return f"{self.year}-W{self.week:02d}"
        if self.quarter:
            return f"{self.year}-Q{self.quarter}"
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def of_day(cls, d: date) -> Moment:
        return cls(d.year, d.month, d.day)

    @classmethod
    def parse(cls, iso: str) -> Moment:
        """Inverse of `iso()`, for moments read back from the cards."""
        if "-W" in iso:
            year, week = iso.split("-W")
            return cls(int(year), week=int(week))
        if "-Q" in iso:
            year, quarter = iso.split("-Q")
            return cls(int(year), quarter=int(quarter))
        parts = [int(p) for p in iso.split("-")]
        return cls(*parts)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, resolved; unresolvable ones are never made."""

    start: int
    end: int
    phrase: str
    moment: Moment
    exact: bool  # written out in full, needing no reference date
    # "a year earlier", "the year-ago quarter": a comparison with the period reported, which stays
    # the base of the next one ("… in the year-ago quarter. The year-ago results …" are one year back, not two)
    compares: bool = False
    # "… from $70.1 million a year ago": what a figure is set against, not when anything happened
    baseline: bool = False


def span_of(iso: str) -> tuple[date, date]:
    """The first and last day a date at its precision covers: "2016-10" is 1–31 October."""
    moment = Moment.parse(iso)
    first = moment.start
    if moment.week:
        return first, first + timedelta(days=6)
    if moment.quarter:
        following = date(first.year + (moment.quarter == 4), (first.month + 2) % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if moment.day:
        return first, first
    if moment.month:
        following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    return first, date(first.year, 12, 31)


def parse_full_date(text: str) -> date | None:
    """The first complete calendar date written in `text` (day, month and year), if any; a
    header may shout its month ("31 AUG 2022")."""
    text = _months_unshouted(text)
    for kind, pattern in _PATTERNS[:3]:
        match = pattern.search(text)
        if match:
            found = _absolute(kind, match)
            if found is not None:
                return found
    return None


_CAPITALS_MONTH = re.compile(r"\b[A-Z]{3,9}\b")


def _months_unshouted(text: str) -> str:
    """A header's shouted month written as the patterns read it: "31 AUG 2022" → "31 Aug 2022"."""
    return _CAPITALS_MONTH.sub(lambda m: m.group(0).capitalize() if m.group(0).lower() in MONTHS else m.group(0), text)


_MONTH_YEAR = re.compile(_MONTH + r",? " + _YEAR)


def parse_month_year(text: str) -> date | None:
    """The month of a dateline that gives no day ("May 2024"), as its first day."""
    text = _months_unshouted(text)
    match = _MONTH_YEAR.fullmatch(text.strip())
    return date(int(match.group("year")), _month(match), 1) if match else None


def month_end(first: date) -> date:
    """The last day of the month that `first` opens."""
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _spoken_year(words: str) -> int:
    """"nineteen ninety-seven" → 1997, "nineteen oh five" → 1905, "two thousand" → 2000."""
    if "thousand" in words:
        return 2000
    rest = words.lower().replace("-", " ").split()[1:]
    if rest[0] == "oh":
        return 1900 + _UNITS[rest[1]]
    return 1900 + _TENS_WORDS[rest[0]] + (_UNITS[rest[1]] if len(rest) > 1 else 0)


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def _absolute(kind: str, match: re.Match[str]) -> date | None:
    if kind == "iso":
        return _safe_date(int(match.group("year")), int(match.group("mnum")), int(match.group("dnum")))
    return _safe_date(int(match.group("year")), _month(match), int(match.group("day")))


def is_future(clause: str) -> bool:
    """Whether a clause speaks of what is still to come (a vote "scheduled for Saturday"); a plan
    told in the past perfect was overtaken ("It had been due to expire Friday evening")."""
    return bool((_FUTURE.search(clause) or _FIXTURE.search(clause)) and not _OVERTAKEN.search(clause))


_OVERTAKEN = re.compile(r"\bhad been (?:scheduled|due|set|expected|planned|slated)\b")


def _clause_before(sentence: str, start: int) -> str:
    """The words of the date's own clause that lead up to it: they carry its tense."""
    head = sentence[:start]
    cut = _last_end(_CLAUSE_MARK, head)
    if _BARE_PREPOSITION.fullmatch(head, cut):  # "will succeed her mentor, the outgoing president, on October 1"
        cut = _last_end(_CLAUSE_STOP, head)
    # "will walk out Friday after members voted late Thursday": a clause of its own, in its own tense
    return head[max(cut, _last_end(_CLAUSE_OPENER, head) - 1):]


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    return max((m.end() for m in pattern.finditer(text)), default=0)


_BARE_PREPOSITION = re.compile(r"\s*(?:on|by|from|until|till|in|at|as of)?\s*(?:the\s*)?")
# a stop ends a clause after a word (a quotation's too), not inside "a.m.", "U.S." or "No." (a sentence's own stops are gone)
_CLAUSE_STOP = re.compile(r"[;:—]|(?<=[a-z]{3})\.(?=[\"”’']?\s)|[!?](?=[\"”’']?\s)")
_CLAUSE_MARK = re.compile(_CLAUSE_STOP.pattern + "|,")
# not the "as" of "as soon as" or "as of"
_CLAUSE_OPENER = re.compile(r" (?:that|after|before|when|because|since|while|"
                             r"(?<!soon )(?<!early )(?<!late )as(?! (?:of|soon|early|late)\b)) ")


# (the look-behind comes after the first two digits, so that the engine scans for them instead of trying it everywhere)
_YEAR_MENTION = re.compile(r"(?:19|20)(?<![\d,.]\d\d)\d\d(?!\d|,\d)")


def years_mentioned(text: str) -> list[int]:
    """Four-digit years written in a text; they anchor a weekday-pinned date with no year."""
    return [int(y) for y in _YEAR_MENTION.findall(text)]


def pin_year_by_weekday(month: int, day: int, weekday: int, near: int) -> int | None:
    """The year, closest to `near` and preferably not before it, in which month/day fell on `weekday`: from
    the year before to two years after. A weekday fits some year every few, so one further off is a guess
    the text does not make ("Wednesday, November 8" under a strike record "in 1980" is no day of 1989)."""
    candidates = [y for y in range(near - 1, near + 3) if (d := _safe_date(y, month, day)) and d.weekday() == weekday]
    if not candidates:
        return None
    return min(candidates, key=lambda y: (y < near, abs(y - near)))


def find_dates(sentence: str, ref: date | None, near_year: int | None = None,
               last_year: int | None = None, unread: list[str] | None = None,
               anchor: Moment | None = None, month: date | None = None, borrowed: bool = False) -> list[DateMention]:
    """Every date expression in `sentence`, resolved against the article's reference date;
    `last_year` is the year the text named last before this sentence ("that year"), `anchor`
    the date it named last ("The following month"). With no reference, the expressions one
    would resolve (or read otherwise) are added to `unread`; those that need only a year
    ("On 12th May") are read against the end of the `month` the article was published in,
    when its page gives that much. A `borrowed` reference is another report's date, which
    the article's own is at or after."""
    by_month = month_end(month) if ref is None and month is not None else None
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    later: list[re.Match[str]] = []
    kinds = _possible_kinds(sentence)
    for kind, pattern in _PATTERNS:
        if kind not in kinds:
            continue
        for match in pattern.finditer(sentence):
            if kind == "later":
                later.append(match)  # read once every date it may count from is known
                taken.append(match.span())
                continue
            start, end = match.span()
            if kind == "year" and not match.group(0)[:1].isdigit():
                start = match.start("year")
            if any(start < e and s < end for s, e in taken):
                continue
            if ((kind == "relative" and _is_a_title(sentence, start, end))
                    or (kind in ("quarter", "thequarter") and _a_game_s_quarter(match, sentence))
                    or (kind == "weekday" and (_opens_a_name(sentence, start, end) or _EVERY.search(sentence, 0, start)))
                    or (kind in ("md", "dm") and _A_BODY_S_WORD_AFTER.match(sentence, end)
                        and not _A_DAY_S_PREPOSITION_BEFORE.search(sentence, max(0, start - 8), start))
                    or (kind == "year" and (_A_DOCUMENT_AFTER.match(sentence, end)
                                            or _A_DOCUMENT_OF_BEFORE.search(sentence, max(0, start - 30), start)))):
                taken.append((start, end))  # "ABC's This Week", "the Sunday Times", "every Friday": no one date; nor
                continue  # "the March 23 Movement", a body named for a day; nor "the Constitution of 1997", a text
            if kind == "that" and match.group("yrel"):
                step = {"last": -1, "this": 0, "next": 1}[match.group("yrel")]
                moment, exact = (Moment(ref.year + step, _month(match)), False) if ref else (None, False)
                if ref is None and unread is not None:
                    unread.append(match.group(0))
            elif kind == "that":
                named = years_mentioned(sentence[:start]) or ([last_year] if last_year else [])
                moment, exact = (Moment(named[-1], _month(match)), True) if named else (None, False)
            elif kind == "thequarter":
                ends = next((m.moment for m in found if m.moment.day and 0 < m.start - end <= 10
                             and _ENDED.match(sentence, end)), None)
                middle = ends.start - timedelta(days=45) if ends else None  # a fiscal quarter ending July 31 is mostly Q2
                quarters = [Moment(middle.year, quarter=(middle.month - 1) // 3 + 1)] if middle else []
                quarters = quarters or [m.moment for m in found if m.moment.quarter and m.end <= start]
                quarters = quarters or ([anchor] if anchor is not None and anchor.quarter else [])
                moment, exact = (quarters[-1], False) if quarters else (None, False)
            else:
                clause = _clause_before(sentence, start) if kind in _TENSED else ""
                future = kind in _TENSED and not _LOOKS_BACK_AFTER.match(sentence, end) and not _since(sentence, start) and (
                    is_future(clause) or bool(_LOOKS_AHEAD_AFTER.match(sentence, end))
                    or _opens_a_future_sentence(sentence, start, end)
                    or _tenseless_in_a_future_sentence(sentence, start, clause)
                    or (match.group(0)[:3] in _DEADLINE and not _PAST_VERB.search(_AN_ADJECTIVE_IN_ED.sub("", clause)))
                    or (kind == "weekday" and (_SETS_A_DEADLINE.search(clause) or _CALLED_FOR.search(clause)) is not None)
                    or (kind in ("weekday", "month") and _scheduled_in_the_present(sentence, start, clause)))
                past = not future and (
                    (kind in ("md", "dm", "month") and (opens_a_past_sentence(sentence, start, end)
                                                        or _since(sentence, start)))
                    or (kind == "month" and _told_past_right_before(sentence, start)))
                enough = by_month if kind in _YEAR_IS_ENOUGH else None
                moment, exact = _resolve(kind, match, ref or enough, future, near_year, past,
                                         told_past=past or _told_past(clause), borrowed=borrowed)
                if ref is None and enough is None and unread is not None and kind in _TENSED:
                    unread.append(match.group(0))
            taken.append((start, end))
            if moment is not None:
                found.append(DateMention(start, end, sentence[start:end], moment, exact))
    found += _counted_from_another(later, found, anchor, ref, sentence)
    found = [_as_a_comparison(m) if (m.phrase.lower() in _A_YEAR_AGO and _compares_with(sentence, m.start)) or (
        m.moment.month == 0 and _A_CHANGE_FROM_BEFORE.search(sentence, max(0, m.start - 60), m.start)) else m
             for m in found]
    return _with_the_range_s_year(sorted(found, key=lambda m: m.start), sentence)


def _a_game_s_quarter(match: re.Match[str], sentence: str) -> bool:
    """"took a lead in the third quarter … scored 30 points": a quarter of a game's time, no quarter of a year."""
    named = match.groupdict()
    return not any(named.get(group) for group in ("qyear", "qyear0", "qyear2", "qn")) and _A_GAME.search(sentence) is not None


_A_GAME = re.compile(r"\b(?:scored|scoring|touchdowns?|baskets?|rebounds?|three-pointers?|free throws?|field goals?|"
                     r"buzzer|overtime|half-?time|timeouts?|quarterback|layups?|dunks?|the ball|into the half|"
                     r"(?:led|lead|leads|leading|trailed|trailing)\b[^.;]{0,30}\bpoints?)\b")


def _with_the_range_s_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"from 30 May to 2 June 2023": the year written once, at a range's far end, is its near end's
    too (the year before, when the near end's month comes later: "from 28 December to 3 January 2024")."""
    out = list(found)
    for i in range(len(out) - 1):
        near, far = out[i], out[i + 1]
        if (near.moment.month and not near.moment.week and not years_mentioned(near.phrase)
                and far.moment.month and years_mentioned(far.phrase) and _RANGE_BETWEEN.fullmatch(sentence, near.end, far.start)):
            year = far.moment.year - (near.moment.month > far.moment.month)
            out[i] = replace(near, moment=replace(near.moment, year=year), exact=True)
    return out


_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*")


def _compares_with(sentence: str, start: int) -> bool:
    """"… fell to $35.6 million from $70.1 million a year ago", "compared with year-earlier net income":
    the year before is what a figure is set against, not when anything happened; "A year earlier,
    he resigned" and "It earned $5.2 million in the year-ago quarter" are dates."""
    return _COMPARED_BEFORE.search(sentence, max(0, start - 80), start) is not None


def _as_a_comparison(m: DateMention) -> DateMention:
    return DateMention(m.start, m.end, m.phrase, m.moment, m.exact, True, True)


_A_YEAR_AGO = ("a year ago", "one year ago")
# "winning 71 seats, up by 63 from 2019", "down from 2020's level": the year a change is counted from
_A_CHANGE_FROM_BEFORE = re.compile(r"\b(?:up|down|rose|fell|risen|fallen|increased|decreased|gained|lost)\b[^;:,.]{0,30}"
                                   r"\bfrom\s+(?:the\s+)?$")
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?|against)\b[^;:]*$")


_YEAR_IS_ENOUGH = ("md", "dm", "month", "quarter")  # the kinds a publication month resolves as well as its day


_FOR_A_SPAN_BEFORE = re.compile(r"\bfor\s+(?:(?:just|only|about|nearly|almost|some|over|more than)\s+)?$", re.I)


def _counted_from_another(later: list[re.Match[str]], found: list[DateMention], anchor: Moment | None,
                          ref: date | None = None, sentence: str = "") -> list[DateMention]:
    """"left Vienna on Monday and arrived in Kiev the following day", "The following month,
    …": counted from the date named before it in the sentence, or else the one the text
    named last, at that date's precision or coarser. With none, "a year earlier" is the year
    before the article's ("costs were higher than a year earlier"); anything else, no date."""
    out = []
    for match in later:
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue  # "the next year" was read as a date already
        if sentence and _FOR_A_SPAN_BEFORE.search(sentence, max(0, match.start() - 24), match.start()):
            continue  # "serving for just 119 days before he died": how long, not when
        unit = (match.group("unit") or match.group("unit1") or match.group("unit0")
                or ("year" if match.group("yearback") else "day")).lower().rstrip("s")
        n = _WORD_NUMBERS.get((match.group("n") or "one").lower()) or int(match.group("n") or 1)
        if any(match.group(g) is not None for g in ("back", "back0", "back1", "yearback")):
            n = -n
        before = [m.moment for m in found if m.end <= match.start()]
        base = max(before, key=lambda m: m.start) if before else anchor
        if (match.group("yearback") and not before and ref is not None and base is not None
                and (base.start > ref or (not base.month and not base.quarter and base.year == ref.year - 1))):
            # "The year-earlier results were restated", after "Last year catastrophe losses totaled …" or after a
            # forecast for 1990: a year before the article's own period, not before the last date the text named
            base = Moment(ref.year)
        if base is None and ref is not None and unit == "year" and n < 0:
            base = Moment(ref.year)
        moment = _counted(base, unit, n) if base is not None else None
        if moment is not None:
            baseline = _compares_with(sentence, match.start())
            compares = match.group("yearback") is not None or (unit == "year" and n == -1)
            out.append(DateMention(match.start(), match.end(), match.group(0), moment, False, compares, baseline))
    return out


def _counted(base: Moment, unit: str, n: int) -> Moment | None:
    """`n` units after (or, negative, before) `base`, if `base` is precise enough to count in them.
    A year counted from a quarter keeps it ("third-quarter profit … a year earlier" is the third
    quarter before, as results are reported); from a day or month, only the year is sure."""
    if unit in ("day", "week"):
        return Moment.of_day(base.start + timedelta(days=n * (7 if unit == "week" else 1))) if base.day else None
    if unit == "month":
        return _add_months(base.start, n) if base.month and not base.quarter else None
    return Moment(base.year + n, quarter=base.quarter)


def _is_a_title(sentence: str, start: int, end: int) -> bool:
    """A relative date written with a capital inside a sentence names a programme or a paper, and
    so does one quoted alone (ABC News' "This Week,"), unlike a quotation it opens ("Today, I am …")."""
    before = sentence[:start].rstrip()
    if not sentence[start:start + 1].isupper() or not before:
        return False
    return before[-1] not in ".!?:;“\"‘(—–-`'" or (before[-1] in "“\"" and _QUOTE_CLOSES.match(sentence, end) is not None)


_QUOTE_CLOSES = re.compile(r"[,.]?[”\"]")


_EVERY = re.compile(r"\b(?:each|every)\s+$", re.I)


def _opens_a_name(sentence: str, start: int, end: int) -> bool:
    """"the Sunday Times", "The Sunday Telegraph": a weekday after "the" and before a capital
    opens a name ("the Sunday before the vote" is still a day); and "Sunday Abdu, the Executive
    Secretary of Plateau SEMA, told NAN": one opening the sentence before a family name and its title
    is a first name, as in Nigeria."""
    return (sentence[max(0, start - 4):start].lower() == "the " and bool(_CAPITAL_NEXT.match(sentence, end))) or (
        not sentence[:start].strip(" “\"‘") and _A_FAMILY_NAME_AND_A_TITLE_NEXT.match(sentence, end) is not None)


_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")
_A_FAMILY_NAME_AND_A_TITLE_NEXT = re.compile(r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?, (?:the|a|an) [a-zA-Z]")
_A_DAY_S_PREPOSITION_BEFORE = re.compile(r"\b(?:on|since|by|until|till|from|before|after|through|to|and)\s+$", re.I)
_A_BODY_S_WORD_AFTER = re.compile(r" (?:[A-Z][a-z]+ )?(?:Movement|Party|Front|Alliance|Coalition|Group|Brigades?|"
                                  r"Organi[sz]ation|Union|Committee|Council|Forces|Army)\b")
# "The by-election on 3 July will cost …": the verb right after the date carries its tense
# "the State Department on Sunday issued …", after "Just ahead of Albright's trip": the verb right after a date has its tense
_LOOKS_BACK_AFTER = re.compile(r"\s+(?:[a-z]{2,}ed|said|told|met|made|gave|held|began|won|lost|left|went|came|took|saw|"
                               r"sent|spoke|wrote|struck|fell|rose)\b(?!\s+(?:to|by)\b)")
_LOOKS_AHEAD_AFTER = re.compile(r"\s+(?:will|shall|is (?:set|due|expected) to|are (?:set|due|expected) to)\b")
# the kinds read relative to when the article was written: by the clause's tense and the reference date
_TENSED = {"month", "md", "dm", "weekday", "relative", "quarter", "holiday"}


def _possible_kinds(sentence: str) -> set[str]:
    """The kinds of `_PATTERNS` that can match in `sentence`, from what each cannot do without:
    a month's name (capitalised), a year, a digit, a weekday's "day", a relative date's word."""
    kinds = set()
    month = _MONTH_STEM.search(sentence) is not None
    if _YEAR_DIGITS.search(sentence):
        kinds |= {"season", "year", "dmy", "mdy", "my", "md", "dm"} if month else {"season", "year"}
        if "-" in sentence or "/" in sentence:
            kinds.add("iso")
    elif month and DIGIT.search(sentence):
        kinds |= {"md", "dm"}
    if month:
        kinds.add("month")
        if "that " in sentence or " year" in sentence:
            kinds.add("that")
    if "day" in sentence:
        kinds.add("weekday")
    if ("Christmas" in sentence or "New Year" in sentence or "Thanksgiving" in sentence or "Boxing" in sentence
            or "Easter" in sentence or "Good Friday" in sentence):
        kinds.add("holiday")
    low = sentence.lower()  # once for the three word checks below, as `may_contain` would
    quirk = has_quirk(sentence)
    for kind, words in _KIND_WORDS:
        if quirk or any(w in low for w in words):
            kinds.add(kind)
    return kinds


_ENDED = re.compile(r"\s+(?:ended|ending)\s")
_KIND_WORDS = (("relative", _RELATIVE_WORDS), ("quarter", ("quarter", "q1", "q2", "q3", "q4")), ("thequarter", ("quarter",)),
               ("later", ("following", "next day", "next week", "next month", "next year", "previous", "preceding",
                          "day after", "day before", "later", "earlier", "afterwards", "after that", "year-ago")),
               ("spoken", ("nineteen", "two thousand")))


def _resolve(kind: str, m: re.Match[str], ref: date | None, future: bool, near: int | None,
             past: bool = False, told_past: bool = False, borrowed: bool = False) -> tuple[Moment | None, bool]:
    if kind in ("iso", "dmy", "mdy"):
        d = _absolute(kind, m)
        return (Moment.of_day(d) if d else None), True
    if kind == "my":
        return Moment(int(m.group("year")), _month(m)), True
    if kind in ("season", "year"):
        return Moment(int(m.group("year"))), True
    if kind == "spoken":
        year = _spoken_year(m.group("spoken"))
        return Moment(year, _month(m) if m.group("month") else 0), True
    if kind == "quarter":
        return _quarter(m, ref, future)
    if kind == "month":
        return _month_only(_month(m), ref, future, (m.group("which") or "").lower(), past), False
    if kind in ("md", "dm"):
        return _month_day(_month(m), int(m.group("day")), m.group("weekday"), ref, future, near, past, told_past), False
    if kind == "holiday":
        return _holiday(m, ref, future, near, past, told_past), False
    if ref is None:
        return None, False
    if kind == "weekday":
        day = _weekday(WEEKDAYS[m.group("weekday").lower()], m.group("which"), ref, future)
        if borrowed and not m.group("which") and (ref - day).days == 6:
            day = ref + timedelta(days=1)  # read against the day before it was written: "Thursday" is the next day's
        return Moment.of_day(day), False
    return _relative(m, ref, future), False


SOON = 90  # days: a month and day this soon after the article is this year's ("payable Dec. 1") unless told past
# a verb in the past in a date's clause: "On August 30th, the envoy called for calm"
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|began|won|lost|left|saw|"
                        r"[a-z]{2,}ed)\b")


def opens_a_past_sentence(sentence: str, start: int, end: int) -> bool:
    """"On August 30th, the envoy called for calm": a date set at the head of a sentence takes
    the tense of its main verb. Further in, it may belong to what the verb speaks of ("was
    invited to a ceremony on March 12"), so no tense is read from there."""
    if start > OPENING:
        return False
    return bool(_PAST_VERB.search(re.split(r"[.;:]|\band\b|\bbut\b", sentence[end:end + 60], maxsplit=1)[0]))


OPENING = 12  # characters: "On August 30th," and "Late on Tuesday," open a sentence


def _tenseless_in_a_future_sentence(sentence: str, start: int, clause: str) -> bool:
    """"flights would leave Bombay from March 30, with the third departing each Thursday from
    August 6": a clause with no tense of its own takes the sentence's."""
    return (len(clause) < start and not _PAST_VERB.search(clause) and not _PRESENT_VERB.search(clause)
            and is_future(sentence[:start - len(clause)]))


def told_in_the_past(sentence: str, start: int) -> bool:
    """Whether the clause that leads up to the words at `start` is told in the past (not "said
    the results would be published on")."""
    clause = _clause_before(sentence, start)
    return _told_past(clause) and not is_future(clause)


def tells_of_the_past(text: str) -> bool:
    """"His deputy, who is seen as an ally, was sworn in": a verb in the past, whatever else is in the present, and
    none in the future."""
    return bool(_PAST_VERB.search(text)) and not is_future(text)


def _told_past(clause: str) -> bool:
    """"Police arrested him on", not "The reduced dividend is payable": a verb in the past and none in the present."""
    return bool(_PAST_VERB.search(clause)) and not _PRESENT_VERB.search(clause)


_PRESENT_VERB = re.compile(r"\b(?:is|are|am)\b")


def _opens_a_future_sentence(sentence: str, start: int, end: int) -> bool:
    """"On Tuesday, the league plans to hold a news conference": as with the past, a date at the
    head of a sentence takes the tense of the clause it opens."""
    if start > OPENING:
        return False
    after = re.split(r"[.;:]", sentence[end:end + 120], maxsplit=1)[0]
    cue = _FUTURE.search(after)  # before any verb in the past: "On Tuesday, the army shelled … and will"
    # (and not itself one: "On Friday, the government planned to pay", "when Albright set aside plans for the
    # hastily planned trip")
    return cue is not None and not _PAST_VERB.search(after, 0, cue.end())


def _scheduled_in_the_present(sentence: str, start: int, clause: str) -> bool:
    """"The two leaders meet on Monday", "the council votes Tuesday", "Erdogan, who contests an
    election in May": news tells what is set for a day or a month to come in the simple present,
    and what happened in the past ("held a vote on Saturday")."""
    return _SCHEDULED_PRESENT.search(sentence, max(0, start - 60), start) is not None and not _PAST_VERB.search(clause)


# a verb of a timetable in the present (not a noun after "a" or "the"), then at most six words before the day
_SCHEDULED_PRESENT = re.compile(
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )\b(?:meets?|"
    r"votes?|arrives?|visits?|travels?|hosts?|resumes?|convenes?|gathers?|testif(?:y|ies)|"
    r"fl(?:y|ies)|heads?|hears?|debates?|goes|go to the polls|holds|contests|faces)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:on\s+|in\s+|late\s+|early\s+)?$")


def _since(sentence: str, start: int) -> bool:
    """"on patrol since March", whatever the sentence's "will": what runs since a date began before now;
    and "since the day after the start of the war … on 7 October": a day the phrase after "since" names."""
    if sentence[start:start + 6].lower() == "since " or _SINCE_BEFORE.search(sentence, max(0, start - 10), start):
        return True
    far = _SINCE_A_PHRASE_BEFORE.search(sentence, max(0, start - 100), start) if "since" in sentence else None
    return far is not None and not _A_VERB_TO_COME.search(far.group(0))


_SINCE_BEFORE = re.compile(r"\bsince (?:the )?$", re.I)  # "since the October 7 attack": a day already past
_SINCE_A_PHRASE_BEFORE = re.compile(r"\bsince the [^,;:.!?]*$", re.I)
_A_VERB_TO_COME = re.compile(r"\b(?:will|would|shall|to be|is to|are to|expected|scheduled|due)\b", re.I)


# "to pay down the loan by February", "an elevated risk of wildfires until August": a deadline, or an end still to
# come, unless told in the past ("the fighting went on until August")
_DEADLINE = ("by ", "By ", "unt", "Unt")
_AN_ADJECTIVE_IN_ED = re.compile(r"\b(?:an?|the|more|most|very|highly)\s+[a-z]{2,}ed\b")  # "an elevated risk": no verb
# "has given the relatives until 9 a.m. Tuesday", "extended its deadline until Tuesday": a deadline set, whenever
# it was set, is a day still to come (a weekday's, the next)
# "the party called for more protests Monday": a protest called for a weekday is still to come when it is told
_CALLED_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?|urg(?:es?|ed|ing))\s+for\s+(?:more|new|further|fresh|another|an?)?\s*"
                         r"(?:[\w-]+\s+)?(?:protests?|strikes?|rall(?:y|ies)|demonstrations?|march(?:es)?|boycotts?|"
                         r"walkouts?|sit-ins?|shutdowns?|vigils?)\s+(?:on\s+)?$")
# a text named for its year: "the 1997 Constitution", "the Constitution of 1997", "the Civil Rights Act of 1964"
_DOCUMENTS = r"(?:Constitution|Act|Treaty|Accords?|Agreement|Convention|Charter|Protocol|Declaration)"
_A_DOCUMENT_AFTER = re.compile(r"\s+" + _DOCUMENTS + r"\b")
_A_DOCUMENT_OF_BEFORE = re.compile(r"\b" + _DOCUMENTS + r"\s+of\s+$")
_SETS_A_DEADLINE = re.compile(r"\b(?:deadline|extend(?:s|ed)?|giv(?:e|es|en|ing)|gave)\b[^.;:]{0,60}\b(?:until|till)\b")


def _told_past_right_before(sentence: str, start: int) -> bool:
    """"The rains began in late October": a verb in the past just before a month puts it behind us
    ("risen since September" is `_since`'s); "a cutback in September" says nothing of when."""
    last_words = re.split(r"[,;:.]", sentence[max(0, start - 40):start])[-1].split()[-2:]
    return (bool(_PAST_VERB.search(" ".join(last_words)))
            or _PAST_VERB_THEN_PLACES.search(sentence, max(0, start - 80), start) is not None)


# "after the war erupted in Gaza in October": a verb in the past, then only where, before the month
_PAST_VERB_THEN_PLACES = re.compile(_PAST_VERB.pattern + r"(?:\s+(?:in|at|near|across|outside)\s+(?:the\s+)?"
                                    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}){1,2}\s+$")


def _month_day(month: int, day: int, weekday: str | None, ref: date | None, future: bool, near: int | None,
               past: bool = False, told_past: bool = False) -> Moment | None:
    """A month and day with no year: this year's, or the year's either side that the clause's
    tense and the article's date make it ("payable Jan. 2", written in November, is next year's)."""
    if ref is not None:
        d = _safe_date(ref.year, month, day)
        if d is None:
            return None
        soon = _safe_date(ref.year + 1, month, day)
        if not future and d > ref + timedelta(days=0 if past else SOON):
            d = _safe_date(ref.year - 1, month, day)
        elif (future and d < ref - timedelta(days=180)) or (
                not told_past and d < ref and soon is not None and soon <= ref + timedelta(days=SOON)):
            d = soon
        if d and weekday and d.weekday() != WEEKDAYS[weekday.lower()]:  # "Monday, Oct. 26": the nearest year they agree in
            agree = [y for y in range(ref.year - 6, ref.year + 7)
                     if (other := _safe_date(y, month, day)) and other.weekday() == WEEKDAYS[weekday.lower()]]
            d = _safe_date(min(agree, key=lambda y: (abs(y - ref.year), y > ref.year)), month, day) if agree else d
        return Moment.of_day(d) if d else None
    if weekday and near:
        year = pin_year_by_weekday(month, day, WEEKDAYS[weekday.lower()], near)
        return Moment(year, month, day) if year else None
    return None


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26), "thanksgiving": (11, 0), "thanksgiving day": (11, 0)}  # 0: the fourth Thursday


# days from Easter Sunday, whose date the Gregorian computus gives each year
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2}


def _holiday(m: re.Match[str], ref: date | None, future: bool, near: int | None, past: bool, told_past: bool) -> Moment | None:
    """A holiday's day in the year the clause's tense and the article's date make it ("last
    Thanksgiving", "on Christmas Day"); Thanksgiving is the fourth Thursday of November, and
    Easter moves with the moon ("Easter Sunday bomb attacks")."""
    name = m.group("holiday").replace("’", "'").lower()
    which = (m.group("hwhich") or "").lower()
    future, past = (True, False) if which == "next" else (False, True) if which == "last" else (future, past)
    if name in _EASTER_DAYS:
        sunday = easter(ref.year) if ref else None
        found = _month_day(sunday.month, sunday.day, None, ref, future, near, past, told_past) if sunday else None
        return Moment.of_day(easter(found.year) + timedelta(days=_EASTER_DAYS[name])) if found else None
    month, day = _HOLIDAYS[name]
    found = _month_day(month, day or 25, None, ref, future, near, past, told_past)
    if found is None or day:
        return found
    first = date(found.year, 11, 1)
    return Moment.of_day(first + timedelta(days=(3 - first.weekday()) % 7 + 21))


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _quarter(m: re.Match[str], ref: date | None, future: bool) -> tuple[Moment | None, bool]:
    """A quarter named with its year is that one; without, the latest not after the article's
    (or the next, if to come); "last quarter" ("the latest", "the past") is the one before the article's."""
    year = m.group("qyear") or m.group("qyear2") or m.group("qyear0")
    which = (m.group("qord") or "").lower()
    if year:
        return Moment(int(year), quarter=int(m.group("qn") or _QUARTERS.get(which, 4))), True
    if ref is None:
        return None, False
    current = (ref.month - 1) // 3 + 1
    if which in ("last", "latest", "most recent", "past"):  # "the latest quarter": the one just ended
        return (Moment(ref.year, quarter=current - 1) if current > 1 else Moment(ref.year - 1, quarter=4)), False
    quarter = int(m.group("qn") or _QUARTERS[which])
    if future:
        return Moment(ref.year if quarter >= current else ref.year + 1, quarter=quarter), False
    return Moment(ref.year if quarter <= current else ref.year - 1, quarter=quarter), False


def _month_only(month: int, ref: date | None, future: bool, which: str = "", past: bool = False) -> Moment | None:
    """"In late August": the latest such month not after the article (or next one, if to come;
    the month after the article's is, unless the sentence is told in the past or counts "since");
    "last May" the latest before the article's month, "next May" the first after it, "this
    September" the article's year's."""
    if ref is None:
        return None
    year = ref.year
    if which in ("last", "past"):
        return _last_named_month(month, ref)
    if which in ("next", "coming"):
        return Moment(year if month > ref.month else year + 1, month)
    if which == "this":
        return Moment(year, month)
    if month == ref.month % 12 + 1 and not past:  # "a cutback in September", written in August: to come
        return Moment(year + (month < ref.month), month)
    if not future and month > ref.month:
        year -= 1
    elif future and month < ref.month:
        year += 1
    return Moment(year, month)


def _last_named_month(month: int, ref: date) -> Moment:
    """"last May": the latest May before the article's month; but not the month just ended in the
    same year, which news calls "last month" ("last February", written on 1 March 1998, is
    February 1997; "last December", written in January, is the December just ended)."""
    back = (ref.month - month) % 12 or 12
    if back == 1 and ref.month > 1:
        back = 13
    index = ref.year * 12 + ref.month - 1 - back
    return Moment(index // 12, index % 12 + 1)


def _weekday(target: int, which: str | None, ref: date, future: bool) -> date:
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if which in ("last", "previous"):
        return ref - timedelta(days=back or 7)
    if which in ("next", "coming", "this coming") or (future and which in (None, "this")):
        return ref + timedelta(days=ahead if which in (None, "this") else (ahead or 7))
    return ref - timedelta(days=back)


def _relative(m: re.Match[str], ref: date, future: bool) -> Moment | None:
    rel = m.group("rel").lower()
    if m.group("n"):
        n = int(m.group("n")) if m.group("n").isdigit() else _WORD_NUMBERS[m.group("n").lower()]
        unit = m.group("unit").lower().rstrip("s")
        if unit == "day":
            return Moment.of_day(ref - timedelta(days=n))
        if unit == "week":
            return _week_of(ref - timedelta(weeks=n))
        if unit == "month":
            return _add_months(ref, -n)
        return Moment(ref.year - n)
    if rel in ("today", "tonight") or rel in ("this morning", "this afternoon", "this evening"):
        return Moment.of_day(ref)
    if rel in ("yesterday", "last night"):
        return Moment.of_day(ref - timedelta(days=1))
    if rel.endswith("weekend"):
        return _week_of(_weekend(rel, ref, future))
    if rel.startswith("the end of"):
        return Moment(ref.year, ref.month) if rel.endswith("month") else Moment(ref.year)
    if rel.endswith(("year-end", "year end")):  # "by year-end" this year's; "since year-end" the last one's
        return Moment(ref.year - rel.startswith("since"), 12, 31)
    if rel == "the day before yesterday":
        return Moment.of_day(ref - timedelta(days=2))
    if rel == "tomorrow":
        return Moment.of_day(ref + timedelta(days=1))
    if rel == "the day after tomorrow":
        return Moment.of_day(ref + timedelta(days=2))
    step = -1 if "last" in rel or "past" in rel else 1 if "next" in rel else 0
    if rel.endswith("week"):
        return _week_of(ref + timedelta(weeks=step))
    if rel.endswith("month"):
        return _add_months(ref, step)
    return Moment(ref.year + step)


def _weekend(rel: str, ref: date, future: bool) -> date:
    """The Saturday of the weekend meant: the one under way or just past ("over the weekend",
    "this weekend ... were seen"), unless the clause looks ahead ("will meet this weekend")."""
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)  # the latest Saturday on or before `ref`
    if rel.startswith("next") or (future and ref.weekday() < 5 and not rel.startswith("last")):
        return saturday + timedelta(days=7)
    if rel.startswith("last") and ref.weekday() >= 5:
        return saturday - timedelta(days=7)
    return saturday


def _week_of(d: date) -> Moment:
    iso = d.isocalendar()
    return Moment(iso.year, week=iso.week)


def _add_months(d: date, n: int) -> Moment:
    index = d.year * 12 + d.month - 1 + n
    return Moment(index // 12, index % 12 + 1)

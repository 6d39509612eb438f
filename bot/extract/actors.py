"""Who an article talks about: its actors, their kinds and roles, found from cues alone.

No list of people is consulted. A capitalised name becomes an actor only on evidence: a
role cue or a title of address (a person), an organisation word, a group cue or an
acronym definition (an organisation), the name of a state (a state), or being the subject
of a speech verb. Names without evidence are places when a preposition of place stands
before them, and otherwise nothing: that is how sentence openers and headlines stay out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from bot.extract.dates import MONTHS, WEEKDAYS
from bot.extract.figures import TENS, names_a_sum
from bot.extract.gazetteer import (
    COMPASS_POINTS,
    is_demonym,
    is_region_adjective,
    is_region_name,
    is_state_code,
    is_state_name,
    postal_codes,
    state_of,
)
from bot.extract.given_names import (
    NAMES_OF_THINGS,
    SAINTS_OF_PLACES,
    is_common_word,
    is_given_name,
    is_plural_noun,
    may_be_a_first_name,
    may_be_a_surname,
    pronoun_of,
    widely_given,
)
from bot.extract.hints import Caseless, has_quirk
from bot.extract.names import (
    A_WORK_S_MAKER_AFTER,
    ARABIC_ARTICLES,
    CORPORATE_FORMS,
    CORPORATE_PREFIXES,
    FIELD_WORDS,
    FOREIGN_ARTICLES,
    HONORIFICS,
    NAMING_TITLES,
    NICKNAME,
    PARTICLES,
    Span,
    acronym_fits,
    addressed_as,
    find_names,
    fold,
    honorific_before,
    in_order,
    initials,
    is_acronym,
    is_wider_region,
    strip_possessive,
    tokens,
    without_nickname,
)
from bot.extract.roles import (
    APPOSITIVE_DETERMINERS,
    ENDS_THE_PHRASE,
    FAITHS,
    GENERATIONS,
    HEAD_ALT,
    ORG_WORDS,
    TITLE_FIELDS,
    NamedRole,
    after_a_body_s_of,
    has_role_head,
    is_plural_title,
    is_role_word,
    is_title_complement,
    joins_a_name,
    looks_like_person_name,
    one_s_title,
    role_after,
    role_before,
    split_run,
    title_before_complement,
)
from bot.extract.sentences import Sentence

SPEECH_VERBS = (
    r"said|says|say|told|tells|added|asked|stressed|warned|noted|explained|insisted|declared|wrote|replied|"
    r"responded|continued|remarked|argued|claimed|urged|concluded|announced|stated|stating|saying|speaking|"
    r"countered|tweeted|commented|acknowledged|admitted|emphasi[sz]ed|cautioned|repeated|(?<!so-)called|"
    r"described(?! as\b)|"  # not "the city, described as the rebels' last stronghold": what it is called
    r"added|told reporters|confirmed|denied|(?<!an )(?<!the )estimated|predicted|promised|vowed|pledged|threatened|"
    r"believes|(?<!the )(?<!its )(?<!their )estimates|assesses"  # a view held now: "The Pentagon believes at least …"
)
_SPEECH_RE = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b")
# "A.P. Moller-Maersk on Dec. 15 said", "the ministry late on Monday announced": a day the wire put before the verb
_DAY_BEFORE_THE_VERB = (r"(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
                        r"(?:\s+(?:morning|afternoon|evening|night))?\s+)?")
_SPEAKS_AFTER = re.compile(r"^(?:[’']s)?\s*(?:,[^,]{0,140},\s*)?" + _DAY_BEFORE_THE_VERB
                           + r"(?:(?:has|have|had|also|later|then|again|earlier|previously|\w+ly)\s+){0,2}(?:as\s+)?(?:"
                           + SPEECH_VERBS + r")\b")
CLUB_DESIGNATORS = {"fc", "afc", "cf", "ac", "sc", "cd", "sv", "fk", "sk", "bk"}  # "FC Barcelona", "Real Madrid CF"


def without_designator(name: str) -> str | None:
    """The name without the legal form or club letters at its end or a club's at its start
    ("Pfizer Inc", "FC Barcelona"), which another text may leave out; None if it has none."""
    words = name.split()
    if len(words) < 2:
        return None
    bare = words
    while len(bare) > 1 and bare[-1].lower().rstrip(".,") in CORPORATE_FORMS | CLUB_DESIGNATORS:
        bare = bare[:-1]  # "Synergy Marine Pte Ltd", "Grace Ocean Private Limited"
    if bare is not words:
        return " ".join(bare).rstrip(",")
    if words[0].lower() in CLUB_DESIGNATORS:
        return " ".join(words[1:])
    if _AIRLINE_END.search(name):  # "Delta Air Lines", "Delta": an airline is often called by its first name
        return _AIRLINE_END.sub("", name)
    return None


_AIRLINE_END = re.compile(r"(?<=\w) (?:Air ?[Ll]ines|Airways)$")
# "SpaceX", "OpenAI", "BlackRock": a capital inside a word marks a brand, never a person or a place
# (but "McAllen", "DeSantis", "LeBron", "MacArthur" are names with a prefix)
_INTERCAPS = re.compile(r"\b(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z][a-z]+[A-Z]\w*")
# "Odinga's chief agent, Saitabao ole Kanchori, told reporters": a name set off by commas, then its verb
_SPEAKS_AFTER_APPOSITIVE = re.compile(r"^,\s*(?:\w+ly\s+)?(?:" + SPEECH_VERBS + r")\b")
# "said Sarah Whitson": the speaker after the verb; but "told CNN", "urged Moscow": whom it was said to, and
# "declared Marawi City liberated": what was declared
_SPEAKS_BEFORE = re.compile(r"\b(?!(?:told|tells|asked|urged|warned|called|described|promised|pledged|threatened|"
                            r"denied|confirmed|declared?|declares)\b)(?:" + SPEECH_VERBS + r")\s*,?\s*$")
# Cues that end right before a name, searched case-insensitively: Caseless does that faster.
# what kind of body a text says a name is, right before it: "oil giant BP", "French shipping group CMA CGM"
_KINDS_OF_BODY = (r"company|firm|group|giant|maker|manufacturer|retailer|airline|lender|supplier|conglomerate|carrier|"
                  r"operator|producer|shipper|refiner|developer|publisher|exporter|utility|insurer|bank|startup|"
                  r"broadcaster|newspaper|agency|charity|ngo|militia|movement|party|faction|shipping line|container line|"
                  r"fund")  # ("equity fund General Atlantic")
# what a body is and what a person does: "publisher HarperCollins", "National Enquirer publisher David Pecker"
_A_BODY_S_OR_A_PERSON_S = frozenset({"publisher", "developer", "operator", "producer"})
_GROUP_CUE = Caseless(
    r"\b(?:" + _KINDS_OF_BODY + r"|bloc|organi[sz]ation|coalition|alliance|outlet|network|union|club|team|side|brand|"
    r"(?:state|news|local|official|state-run) media|"  # "state media Vietnam Net said"
    r"(?:service|platform|app|website)(?=\s)|"  # "the streaming service Periscope" (not "the foreign service, Hill")
    r"(?:plane|car|auto|chip|drug|steel)maker|cruise line|ferry line|"
    r"shares (?:of|in)|stake in|(?:play|sign)(?:s|ed|ing)? for|on loan (?:at|from)|"
    r"(?<!also )(?<!better )(?<!popularly )(?<!commonly )(?<!widely )known as|"  # (not "Joko Widodo, better known as")
    r"(?:opener|goals?|equali[sz]er|winner|hat-trick) for|"  # (not "brace for": a verb)
    r"(?:parent|owners?|subsidiary|unit) of|"  # "the parent of Facebook", "a unit of Alphabet"
    r"(?:chief executive|ceo|chairman|chairwoman|co-founder|founder)(?: officer)? of"  # offices only a body has
    r"),?\s+(?:the\s+)?$")
# "Speaking to Urabad News Network, Balovanez said": a kind of body in capitals ends another's name; "to a summit
# of the Bucharest Nine group, Zelenskiy said": a named body's kind ends the phrase before the speaker
# (also after the body's initials in brackets: "of the Free Democrats (FDP) party, Scholz is expected")
_NAME_ENDS_BEFORE_COMMA = re.compile(r"\b[A-Z][a-z]+,\s+(?:the\s+)?$|\b[A-Z][\w’'-]*\)?\s+[a-z]+,\s+$")
_ATTRIBUTED_BEFORE = re.compile(r"\b(?:according to|citing|quoting|reported by)\s+[^,.;]{1,50},\s+$", re.I)
# "Kestrel Partners, the private equity firm, said": a name set beside what kind of body it is (not "MaryAnn
# Tierney, a regional administrator for the agency": whose the body is, past "for")
# "Paul Whelan, Turkey's National Intelligence Organisation said": a body named in full after the comma
# is the next clause's speaker, no appositive (but "Kan, Israel's public broadcaster reported" is one)
_A_NAMED_BODY_SPEAKS_AFTER = re.compile(r"^,\s+(?:the\s+|[\w.-]+['’]s\s+)?(?:[A-Z][\w’'-]*\s+)+"
                                        r"(?:said|says|reported|reports|announced|told)\b")
# (not "a three-term DP lawmaker", "a filmmaker": people who make)
_NO_ONE_S_TRADE = "".join(f"(?<!{w})" for w in ("law", "policy", "film", "peace", "king", "play", "dress", "match",
                                                "home", "deal", "decision-", "money", "trouble", "holiday"))
_GROUP_AFTER = re.compile(
    r"^,\s+(?:the|a|an|(?P<owner>[\w.-]+['’]s))\s+(?:(?!(?:for|of|at|with|to)\s)[\w’'-]+\s+){0,4}?"
    r"(?:group|bloc|faction|militia|organi[sz]ation|movement|coalition|service|"
    r"alliance|party|company|firm|outlet|newspaper|agency|network|broadcaster|charity|union|club|team|brand|insurer|"
    r"bank|lender|startup|[\w-]*" + _NO_ONE_S_TRADE + r"maker|manufacturer|retailer|carrier|airline|producer|developer|"
    r"operator|conglomerate|"
    r"corporation|exporter|employer|publisher|watchdog|regulator|consultancy|think[- ]tank|governing body|"
    r"parent(?= of (?-i:[A-Z]))|parent company)"  # ("Meta, the parent of Facebook": not "the parent of a pupil")
    # ("a maker of memory chips"; "Kan, Israel's public broadcaster reported": the closing comma left out; but
    # "bound for Ontario, California, the airline said": "the airline" opens the next clause)
    # ("Ringier Axel Springer, the publisher for which Kuciak worked,": which, not whom)
    r"(?=\s*[,.;]|\s+(?:based|that|which|whose|with|in|from|of|(?:for|at|by|to)\s+which)\b|"
    r"(?(owner)\s+(?:said|says|reported|reports|announced|told)\b|(?!)))",
    re.I)
# "market strategist with Credit Suisse", "an economist at Commerzbank": where someone works is a body
_WORKPLACE_BEFORE = re.compile(r"\b(?:analyst|economist|strategist|dealer|trader|broker|researcher|scientist|professor|"
                               r"lawyer|attorney|consultant|engineer|journalist|reporter|correspondent|editor|"
                               r"spokes(?:man|woman|person)|executive|manager|director|partner|official|employee|"
                               r"worker|officer|expert|doctor|staff)s?\s+(?:at|with)\s+"
                               r"(?:the\s+)?$", re.I)
_PLACE_CUE = Caseless(r"\b(?:in|into|from|near|to|across|towards|toward|outside|inside|of|around|at|through|"
                      r"throughout|within|between|via|reach|reached|entered|left)\s+(?:the\s+)?"
                      # ("of northern Ohio", "in nearby Belo Horizonte")
                      r"(?:(?:north|south|east|west)?(?:-?(?:east|west))?(?:ern)?\s+|central\s+|nearby\s+|neighbou?ring\s+)?"
                      r"(?:(?:capital|city|town|village|port|port city|border town|province|region)(?: of)?\s+)?$")
# "linked to al-Qaida", "ties to Hamas", "loyal to the Taliban": a tie binds to a body or a person, not a place
_TIED_TO_BEFORE = re.compile(r"\b(?:(?:linked|tied|allied|loyal|affiliated|sympathetic)\s+(?:to|with)|"
                             r"(?:ties|links|connections?|loyalty|allegiance|affiliation)\s+to)\s+(?:the\s+)?$", re.I)
# "the death of Tyre Nichols", "the case of …", "the family of …", "the inauguration of …": what only a person has
# or undergoes
_A_PERSON_S_BEFORE = re.compile(r"\b(?:death|killing|murder|funeral|beating|arrest|case|photograph|photo|portrait|family|"
                                r"mother|father|son|daughter|wife|husband|widow|relatives|lawyer|attorney|memory|"
                                r"inauguration|swearing-in|assassination|impeachment|ouster|resignation)\s+of\s+$")
_STREETS = {"street", "road", "avenue", "boulevard", "lane", "drive", "parkway", "freeway", "expressway",
            "ave", "blvd", "rd", "pkwy", "hwy"}  # ("61 Capital Ave. in Lisbon")
_PLACES_OF_WORSHIP_AND_STREETS = {"mosque", "church", "temple", "cathedral", "synagogue", "shrine", "square", "bridge",
                                  "market", "beach", "camp"} | _STREETS
# the words clubs' names end in ("Manchester City", "Nottingham Forest"), and grounds' ("Goodison Park")
_A_CLUB_S_LAST_WORD = {"united", "city", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "forest",
                       "villa", "argyle", "wednesday", "palace"}
_VENUE_HEADS = {"park", "stadium", "arena", "ground", "road", "lane", "field", "oval", "bowl", "dome", "stadion"}
# a title that says only whom one competes with: parties, clubs and sides are rivals too
_ONLY_A_RIVAL = re.compile(r"^(?:[\w'’-]+\s+){0,3}(?:rivals?|opponents?|challengers?|contenders?|leaders|champions|"
                           r"holders|hosts|visitors|favou?rites|neighbou?rs)(?:\s+(?:of|to)\s+.*)?$", re.I)
# ("leaders Liverpool"; "Spotify, a Swedish rival of Apple Music")
# "an offensive against the Taliban", "the militant Hamas": a body fought, or a body's kind before it
_A_FOE_OR_A_KIND_BEFORE = re.compile(r"\b(?:(?:offensive|operations?|campaign|crackdown|fight|war|strikes?|raids?)\s+"
                                     r"against|the\s+(?:militant|Islamist|extremist|radical|insurgent|jihadist|"
                                     r"separatist|paramilitary))\s+(?:the\s+)?$", re.I)
_FOE_OR_KIND_ENDS = frozenset({"against", "militant", "islamist", "extremist", "radical", "insurgent", "jihadist",
                               "separatist", "paramilitary"})


def _a_foe_or_a_kind_before(before: str) -> bool:
    """`_A_FOE_OR_A_KIND_BEFORE`, its last word or two looked at first (as in `_rank_before`)."""
    words = before.lower().split()[-2:]
    if not has_quirk(before) and not (words[-1:] and (words[-1] in _FOE_OR_KIND_ENDS or (
            words[-1] == "the" and len(words) == 2 and words[0] in _FOE_OR_KIND_ENDS))):
        return False
    return _A_FOE_OR_A_KIND_BEFORE.search(before) is not None


# "infighting between Hamas and …", "clashes erupted between the RSF and …": the parties to a fight or a deal
_PARTIES_BEFORE = re.compile(r"\b(?:fighting|infighting|clashes|talks|war|conflict|rivalry|tensions|dispute|negotiations|"
                             r"deal|agreement|ceasefire|truce|battles?|feud|split|violence|standoff|confrontation)\s+"
                             r"(?:[a-z]+\s+){0,2}?between\s+(?:the\s+)?$", re.I)
# the nouns a name before them says is a body of their kind ("the Hamas movement", "the Fatah party")
_BODY_NOUNS = r"group|movement|militia|faction|party|organi[sz]ation|network|alliance|coalition"
# "the Corvan separatist group, KLT", "the Tarsen militant group Dalat Front": the body is the name after its kind
_NAMED_AFTER_ITS_KIND = re.compile(r"^(?:\s+[a-z]+){0,2}\s+(?:" + _BODY_NOUNS + r"|outfit|wing)"
                                   r"(?:,\s+[A-Z]{2,}\b|\s+\(?(?:the\s+)?"
                                   r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z])")
# "according to TD Cowen", "a note from TD Cowen", "data from Johns Hopkins": who a figure or
# a word comes from, not where
_SOURCE_BEFORE = re.compile(r"\b(?:according to|(?:note|report|statement|letter|memo|analysis|study|survey|data|"
                            r"figures|estimates?|forecast|research|comments?|message|post)s? from)\s+(?:the\s+)?$", re.I)
# "…, according to the Korean newspaper Chosun Ilbo", "…, Chosun Ilbo noted, according to CNN": the channel a
# report came by, named as such or credited after someone else's words
_RELAYED_BEFORE = re.compile(r"(?:\b(?:said|says|noted|reported|reports|wrote|added),\s+according to\s+(?:the\s+)?|"
                             r"\baccording to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:newspaper|daily|tabloid|magazine|"
                             r"broadcaster|news agency|news outlet|outlet|news site|website|channel|network|paper)\s+)$", re.I)
_AT_A_PLACE_BEFORE = re.compile(r"\b(?:in|into|near|at|inside|outside|across|throughout|within|around)\s+(?:the\s+)?"
                                r"(?:nearby\s+|neighbou?ring\s+)?$", re.I)
# "in the capital, Lilongwe", "governor of one of Russia's biggest cities, Nizhny Novgorod": the place, named after
# the comma (not "the mayor of the city, John Smith": the one place there is, and the name its mayor's)
_THE_CAPITAL_BEFORE = re.compile(r"\b(?:capital(?: city)?|one of (?:[\w’'-]+\s+){0,4}?(?:cities|towns|villages|ports|"
                                 r"provinces|regions|states|countries|islands|districts|capitals)),\s+$")
_A_PLACE_OF_BEFORE = re.compile(r"\b(?:city|town|village|capital|province|region|district|port|suburb|"
                                r"neighbou?rhood|governorate|county|enclave) of\s+$", re.I)
_PLACE_AFTER = re.compile(r"^\s+(?:province|city|region|district|governorate|county|town|village|area|border|"
                          r"valley|river|camp|airport|port|state|hotel|mall|Province|City|Region|District|Governorate|"
                          r"archipelago|islands?|atoll|peninsula|prefecture|"  # ("Fernando de Noronha archipelago")
                          r"crater|roundabout)\b")  # ("the Von Karman crater": a place of the moon)
# "Metro Manila (CNN Philippines, October 17) — President …": a dateline, its outlet and day in brackets
_A_DATELINE_S_CREDIT_AFTER = re.compile(r"^\s\([^()]{2,60}\)\s*[—–-]")
# "the Muslim Brotherhood group", "the al-Qaida terror network": the noun after a name says it is a body
_KIND_OF_BODY_AFTER = re.compile(r"^\s+(?:(?:terrorist|terror|militant|rebel|extremist|insurgent|separatist|jihadist|"
                                 r"guerrilla|armed|political|opposition|Islamist|Islamic|Marxist|Maoist)\s+)?"
                                 r"(?:" + _BODY_NOUNS + r"|hedge fund|investment firm|law firm|NGOs?|charity|charities|"
                                 r"(?:cryptocurrency|crypto) exchange|"
                                 r"(?:supermarket|retail|restaurant|hotel|grocery|fast-food|coffee|store)\s+chains?)"
                                 # (but "the Fatah party of President Mahmoud Abbas" is still Fatah's)
                                 r"\b(?!\s+(?:of|for)\b(?!\s+(?-i:[A-Z])))"
                                 # "the Interfax-Ukraine news agency said" (not "the Moscow newspaper Kommersant")
                                 r"|^\s+(?:news\s+)?(?:agency|newspaper|broadcaster|magazine|website|wire service)\b"
                                 # "the private Jamuna television news channel reported" (not "Victoria station")
                                 r"(?!\s+(?:of|for)\b|\s+[A-Z])|^\s+(?:(?:television|TV|radio)\s+(?:news\s+)?(?:channel|station|network)"
                                 r"|news\s+channel)\b"
                                 r"(?!\s+(?:of|for)\b|\s+[A-Z])")
# the places in a team: "Buffalo Sabres defenceman Garry Galley" plays for a club, whatever town it is named for
_PLAYING_POSITIONS = ("striker", "midfielder", "defender", "goalkeeper", "winger", "playmaker",
                      "defenceman", "defenseman", "goaltender", "netminder", "goalie", "wing", "full-back", "fullback",
                      "fly-half", "scrum-half", "flanker", "quarterback", "linebacker", "cornerback", "pitcher", "shortstop",
                      "forward", "guard", "center", "centre", "tackle", "receiver", "kicker", "punter", "tight end",
                      "safety", "catcher")
# "Wolfsburg manager Dieter Hecking", "Apple chief executive Tim Cook", "Canucks star right wing Pavel Bure":
# the body whose office or place someone holds (not "Ray Buchanan and linebacker Quentin Coryatt", a list of
# players, nor "Baril saw rebel leader Laurent Kabila")
# what a firm is called by what it makes or does ("chip designer", "drug maker", "property developer")
# a result line, "Southampton 0 Aston Villa 1 (Townsend 34).": a side's name, its goals, the scorers or the line's end
_A_SIDE = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_GOALS_END = r"\d{1,2}(?:\s*\(|\s*$|\s*[.;,])"
_A_SCORE_LINE_BEFORE = re.compile(rf"^\s*{_A_SIDE} \d{{1,2}} $")
_A_SIDE_S_GOALS_AFTER = re.compile(rf"^ {_GOALS_END}")
_A_SCORE_LINE_AFTER = re.compile(rf"^ \d{{1,2}} {_A_SIDE} {_GOALS_END}")
_A_BODY_S_WING = re.compile(r"\b(?:political|armed|military|paramilitary|youth|student|women[’']s|charitable|"
                            r"research|investment|lending|propaganda|media)\s+(?:wing|arm)\b", re.I)
_A_MAKER_S_TITLE = re.compile(r"\b(?:designer|developer|maker|producer|manufacturer|supplier|provider|operator|"
                              r"retailer|distributor|builder|carrier|insurer|lender|auditor|"
                              r"(?:energy|oil|gas|power|commodity|commodities|metals?|grain)\s+trader|"
                              r"(?:fintech|tech|start-?up)\s+(?:star|darling|unicorn|giant))s?$"
                              r"|\bbroadcasters$"  # ("Two of Israel's broadcasters, KAN and …": not a presenter)
                              r"|\b(?:public|state|national|state-run|state-owned|public-service)\s+broadcaster$",  # (", RTS")
                              re.I)
# "Eisai and its U.S. partner Biogen", "its ailing rival Credit Suisse": a body's peer, by what "its" says
_ITS_PEER_BEFORE = re.compile(r"\bits\s+(?:[\w.-]+\s+){0,2}(?:partner|rival|competitor|ally|counterpart)\s+$")
# "Hamas and other militant groups", "Apple and other tech companies": one of the bodies it is counted with
_AND_OTHER_BODIES_AFTER = re.compile(r"^ and other (?:[\w-]+ ){0,2}(?:groups|companies|firms|parties|organi[sz]ations|"
                                     r"militias|factions|movements|agencies|banks|lenders|carriers|airlines|retailers|"
                                     r"insurers|unions|institutions|outlets|networks|clubs|teams|bodies)\b")
# "individuals from Hamas and Islamic Jihad", "fighters from the Taleban": whose members they are, not where from
# (but "refugees from Syria", "thousands fled to Idlib")
_MEMBERS_FROM_BEFORE = re.compile(r"\b(?:members|individuals|fighters|militants|operatives|officials|leaders|"
                                  r"representatives|delegates|commanders|envoys|negotiators) from (?:the )?$")
_PLACE_HEADS = frozenset({"county", "province", "region", "state", "city", "district", "island", "islands", "territory",
                          "municipality", "prefecture", "oblast", "governorate", "department", "republic", "kingdom",
                          "emirate", "strip", "bank"})  # (the administration of Fairfax County is a place's)
# "the elected government of Aung San Suu Kyi", "the regime of Bashar al-Assad": whose rule, not where
_A_LEADER_S_RULE_BEFORE = re.compile(r"\b(?:government|administration|regime|rule|reign|presidency|premiership|"
                                     r"dictatorship|cabinet) of $|"
                                     # "Kurdistan Democratic Party (KDP) of Massoud Barzani": the party he leads
                                     r"\b(?-i:Party|Movement)(?:\s*\([A-Z]{2,6}\))? of $")
# a word of the title before its head ("chief executive", "star right wing"), no link to what follows ("and
# linebacker Quentin Coryatt", "deflected past goalkeeper Jordan Pickford")
_A_TITLE_S_WORD = (r"(?!(?:and|or|nor|with|past|to|from|by|for|against|after|before|over|under|at|in|on|of|into|than|"
                   r"as|via)\b)[a-z]+\s+")
_HOLDS_A_TITLE_AFTER = re.compile(r"^\s+(?:(?:" + _A_TITLE_S_WORD + r")?(?:manager|director|chief|boss|leader|"
                                  r"head|chairman|chairwoman|chair|ceo|CEO|CFO|COO|executive|president|commander|coach|founder|owner)"
                                  r"|(?:" + _A_TITLE_S_WORD + r"){0,2}(?:" + "|".join(_PLAYING_POSITIONS) + r"))"
                                  r"\s+(?!of\b|(?:" + "|".join(w.title() for w in WEEKDAYS) + r")\b)[A-Z][a-z]")
_OFFICES_OF_BODIES = {"ceo", "cfo", "coo", "founder", "co-founder", "chairman", "chairwoman"}
# "the day Hosni Mubarak stepped down as president", "Ruto was sworn in as president", "she served as envoy": an
# office taken, held or left, which only a person does (a body "appointed a chief" or "named a new coach" gives one)
_TAKES_AN_OFFICE_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have|was|is|were|will|would)\s+)?(?:(?:been|be)\s+)?(?:"
    r"(?:stepped|steps|step|stood|stands|stand)\s+down\s+as|(?:resigned|resigns|served|serves|retired|retires|quit|quits|"
    r"took office|takes office|left office|leaves office)\s+as|(?:sworn|swore)\s+in\s+as"
    r"|(?:(?<=was )|(?<=been )|(?<=were )|(?<=is ))(?:elected|re-elected|appointed|named|installed)(?:\s+as)?"
    r"|(?:became|becomes|become|remains|remained)(?:\s+as)?)"
    r"\s+(?:the\s+|an?\s+)?(?:(?:new|interim|acting|first|deputy|vice|caretaker)\s+)?(?P<office>[a-z]+)\b")
_ALSO_A_BODY_S_PART = {"mediator", "broker", "partner", "owner", "champion", "runner", "member"}
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")
_VOICES_OF_BODIES = {*_SPOKESPEOPLE, "secretary-general", "secretary-general's"}
_VOICE_AFTER = re.compile(r"^\s+(?:" + "|".join(_SPOKESPEOPLE) + r"|press secretary)\b")
# "Boeing (NYSE: BA)": a listed company's ticker
_TICKER_AFTER = re.compile(r"^[’']?s?\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|OTC|NYSE American)\s*:\s*[A-Z.]{1,6}\)")
_LIST_OF_BODIES = re.compile(
    r"\b(?:banks|lenders|companies|firms|groups|airlines|carmakers|retailers|insurers|parties|agencies|clubs|"
    r"teams|charities|organi[sz]ations|broadcasters|newspapers|outlets|militias|universities|suppliers|"
    r"manufacturers|makers|unions|brands|chains|operators|automakers|miners|exchanges)\s*,?\s+"
    r"(?:including|such as|like)\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:\s*,\s*|\s+(?=(?:and|or)\s)))*"
    r"(?:(?:and|or)\s+)?$")
_A_KIND_OF_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[a-z]+\s+)?$", re.I)  # "a devout Roman Catholic": a kind
LED_BODIES = ("administration", "government", "cabinet", "campaign", "presidency")  # "the Biden administration"
_LED_BODY_AFTER = re.compile(r"\s+(" + "|".join(LED_BODIES) + r")\b")
_A_BLOC_AFTER = re.compile(r"\s+(bloc|alliance|coalition)\b")
# "her Steve Jobs-like turtleneck": a likeness, not him; "the ChatGPT-maker fired Altman": what a body makes, not its name
_LIKENESS = re.compile(r"-(?:like|style|esque|type|maker|makers|owner|owners)$")
_ADJECTIVAL = re.compile(r"-(?:led|backed|allied|aligned|based|run|owned|linked)$")  # "the Saudi-led coalition"
# "the Brianna Ghey murder trial", "the Dussehra festival": a name that only qualifies the noun after it is
# no place (whatever preposition stands before it)
_EMPLOYER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:executive|ceo|chief executive|chairman|chairwoman|founder|co-founder|"
    r"vice president|managing director|owner|spokes(?:man|woman|person))\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})(?=\s*[,.;:]|\s+(?:said|says|told|and)\b)")
_A_CODE_BEFORE = re.compile(r"\b(?:flight|flight number|registration(?: number| mark)?|tail number|call ?sign)\s+"
                            r"(?:[A-Z0-9]{1,3}-\s?)?$", re.I)
_CUT_AT_ITS_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
_OF_A_BODY_ENDS = re.compile(r"\bof an? (?:[\w-]+ ){0,2}\w+$")
_A_PLURAL_OF_INITIALS = re.compile(r"[A-Z]{2,}s")
_SHOUTED_WORDS = frozenset({"NO", "NOT", "NEVER", "NOTHING", "NONE", "ALL", "MUST", "ONLY", "VERY", "YES"})
_A_HOLDER_AFTER = re.compile(r"^,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},")
_AN_ACCOUNT_AFTER = re.compile(r"^\s+(?:account|accounts|feed|page|handle|channel)\b")
_A_PLACE_OF_AFTER = re.compile(r"^\s+(?:cemetery|camp|site|plant|facility|base|compound|field|building|school|hospital|"
                               r"stadium|station|airport|road|street|bridge|centre|center|office|headquarters)\b")
# "pay any money to Apple", "a deterrent to Apple", "a blow to Microsoft", "spoke to Smith": whom something goes
# to, not where
_A_RECIPIENT_BEFORE = re.compile(r"\b(?:money|deterrent|threat|blow|boost|letter|message|appeal|payments?|loans?|grants?|"
                                 r"donations?|sold|sells?|selling|lent|owed|owes|paid|pays?|give[ns]?|gave|giving|"
                                 r"donated|belongs?|belonged|similar|compared|opposed|talk(?:ed|ing|s)?|spoke|speaking|"
                                 r"wrote|written|writes|repl(?:y|ied|ies)|respond(?:ed|s)?|answer(?:ed|s)?|credit(?:ed)?|"
                                 r"attributed|thanks|offered|offer|handed|submitted|sent a \w+)\s+to\s+(?:the\s+)?$")
# "outside the Apple app store", "the focus of Hezbollah attacks": a body's things or people after its name, which a
# preposition before governs
_A_FIRM_S_THING_AFTER = re.compile(r"^\s+(?:apps?|app store|stores?|ecosystem|platforms?|devices?|products?|software|"
                                   r"users|customers|executives|employees|shares|stock|website|brand|services?|"
                                   r"subscribers|headquarters|factory|factories|plants?|chips?|phones?|attacks?|"
                                   r"fighters?|militants|insurgents|gunmen|commanders?|rockets?|positions)\b")
# what is named for someone, after "the" and the name: "the General Santander school"
_A_PLACE_S_KIND_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:school|academy|airport|hospital|stadium|university|college|"
                                   r"bridge|square|avenue|station|barracks|prison|mosque|church|cathedral|museum)\b")
_THE_AND_NAMES_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.’'-]*\s+)*$")
_MODIFIES_AFTER = re.compile(r"^\s+(?:murder|trial|case|festival|family|inquiry|inquest|affair|saga|scandal|"
                             r"holiday|celebrations?|community|communities)\b")  # ("the LGBTQ community")
_GOES_BY = re.compile(r"(?<!formerly )(?<!also )(?<!previously )(?<!once )\bknown\s+as\b")
_ALIAS_AFTER = re.compile(r"^\s*,?\s*(?:\((?P<acr>[A-Z][A-Za-z0-9&.]{1,8})\))?\s*,?\s*\(?(?:(?:(?:formerly|also|previously|"
                          r"better|once)\s+)?known\s+as|whose (?:real|birth|given|legal) name is|real name|"
                          # ("Pope Francis, born in Argentina in 1936 as Jorge Mario Bergoglio", "Leo was born Robert
                          # Francis Prevost")
                          r"(?:was\s+)?born(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?:\s+in\s+\d{4})?\s+as|"
                          r"was\s+born(?=\s+[A-Z][a-z]+\s+[A-Z]))\s+"
                          r"(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:–|-|—)?\s*")  # ("… al-Julani, whose real name is Ahmed al-Sharaa")
_DESCRIPTION = re.compile(r"[^–—:,.]{0,50}\s[–—:]\s+")
# "(HTS)", "(Africa CDC)", "[PTI]"
_ACRONYM_AFTER = re.compile(r"^(?:['’]s)?\s*[(\[](?P<acr>(?:[A-Z][A-Za-z]+ )?[A-Z][A-Za-z0-9&.]{1,8})[)\]]")
# "the Group of Seven advanced economies, or G7, urged": the short name, said to be one
_BRACKET_AFTER = re.compile(r"^\s*\(([^()]{2,30})\)")
_OR_ACRONYM_AFTER = re.compile(r"^(?:\s+[a-z][\w-]*){0,3},\s+or\s+(?:the\s+)?(?P<acr>[A-Z][A-Z0-9&.-]{1,9}s?),")  # ("or PDFs,")
# "Doctors Without Borders, known by its French initials MSF, reported"
_KNOWN_BY_INITIALS_AFTER = re.compile(r"^,?\s+(?:also\s+|better\s+)?known\s+(?:by|under)\s+(?:its|the|their)\s+"
                                      r"(?:[A-Z][a-z]+\s+)?(?:initials|acronym|abbreviation)\s+(?P<acr>[A-Z][A-Z0-9&.-]{1,9})\b")
# "Fischler agreed to review his proposal": a he or a she, whose name the clause goes on to
# own (only lowercase words between, so no other name can be whose it is); but "Barca will
# organise a game in his honour" honours someone else
_OWN_PRONOUN_AFTER = re.compile(r"^(?:\s+[a-z][\w'’-]*){1,8}?\s+(?:his(?! honou?r\b| memory\b)|himself|herself)\b")
# "Cie. Financiere de Paribas", "Cia. Siderurgica", "Sté. Générale": a company's legal form opening its name
_COMPANY_BEFORE = re.compile(r"\b(?:Cie|Cia|Ste|Sté|Cía)\.\s$")
# "Hamas said its fighters …", "Rosneft and its unit": what a body, a place or a thing calls its own,
# when the name is what the clause is about (not "claims Jerusalem as its capital": someone else's)
# (not "Toronto and its surrounding areas": a place's surroundings)
_ITS_AFTER = re.compile(r"^\s+(?:and\s+its\b(?!\s+(?:surrounding|outskirts|suburbs|environs|vicinity|outlying|"
                        r"neighbou?ring|adjacent|nearby|metropolitan)\b)|"
                        r"(?:(?!(?:and|or|as|from|of|for|in|into|on|with|by|at|to|than)\b)[a-z][\w'’-]*\s+){1,3}?(?:its|itself)\b)")
# "Campbell Soup said it earned $184 million": what only a body does, said of itself as "it"
# ("Kestel announced it was cutting 9,000 jobs", "… said it would lay off 300 workers")
_SAID_IT_DID_AFTER = re.compile(r"^\s+(?:said|says|reported|announced|added)\s+(?:that\s+)?it\s+(?:(?:would|will|had|has|"
                                r"was|is|plans to|planned to|expects to|intends to)\s+)?(?:earned|posted|cut|hired|"
                                r"laid off|sold|bought|acquired|invested|raised|lost|filed|shipped|recalled|booked|"
                                r"reported|cutting|hiring|laying off|lay off|selling|buying|acquiring|closing|close|"
                                r"shutting|shut|eliminating|eliminate|slashing|slash)\b")
# "Salesforce posted a profit of $1.53 billion", "Salesforce stock tumbled": a firm's results, its shares
_A_FIRM_S_RESULTS_AFTER = re.compile(r"^\s+(?:(?:posted|reported|booked|swung to)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?"
                                     r"(?:profit|loss|revenue|earnings|sales)\b|(?:stock|shares)\s+(?:fell|rose|tumbled|"
                                     r"slid|jumped|dropped|climbed|gained|plunged|soared|sank|surged|slumped|closed|ended|"
                                     r"opened|finished)\b)")
_POSSESSIVE_AFTER = re.compile(r"^[’']s?\b")
# "he may visit Pyongyang on his next tour": a name a verb takes, then a phrase, leaves "his" to the subject
_AN_OBJECT_BEFORE = re.compile(r"\b(?!(?:and|or|but|as|than|said|says|with|to|for|of|from|by|about|against|at|on|in|"
                               r"into|like|out|over|under|between|among|without)\b)[a-z]{2,}\s$")  # a verb, not a preposition
_PREPOSITION_NEXT = re.compile(r"^\s+(?:on|in|at|during|for|with|after|before|from|to|into|ahead of)\s")
# "he would seek a new Internet service for his site": no one's name follows "a"
# (and "the fourth Grand Slam of his young career": one of a count of things; "Ohtani posted on his Instagram
# account about his move": nor someone's own)
_INDEFINITE_BEFORE = re.compile(r"\b(?:(?:a|an)\s+(?:[a-z]+\s+)?|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                                r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+|(?:his|their|its|my|our|your)\s+)$")
# "three shares in the London market": where shares trade, not a body that has them
# ("shares in the Tokyo market"; "known as the Upcountry fire": a happening named for a place)
_A_MARKET_OR_HAPPENING_AFTER = re.compile(r"^\s+(?:market|markets|exchange|bourse|index|trading|fire|wildfire|blaze|"
                                          r"storm|floods?|quake|earthquake|scandal|affair|case|crisis)\b")
_ADJECTIVE_ENDINGS = "ive|ic|al|ary|ous"
_AN_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:" + _ADJECTIVE_ENDINGS + ")")  # "Conservative", "Democratic", "Federal"
_A_WORD_AFTER = re.compile(r"^\s+(?!(?:and|but|yesterday|today|tonight|last|this|next|where|when|while|after|before|"
                           r"during|since|from|with|for|was|were|are|has|have|had|said|says|on|in|at|to|by)\b)[a-z]{3,}\b")
# "the 32-year-old California man who … his": the man is the one with a pronoun, the name only says where he is from
_A_PERSON_FROM_IT_AFTER = re.compile(r"^\s+(?:man|woman|men|women|boy|girl|native|natives|resident|residents|teen|"
                                     r"teenager|couple|family|mother|father)\b")
_OWNS_AFTER = re.compile(r"^[’']s?\s+([a-z]+)\b(?!\s+of\b)")  # "Miura's header", not "Nokia's family of phones"
_A_LIFE_S_AFTER = re.compile(r"^[’']s\s+(?:[a-z-]+\s+)?(?:term|terms|presidency|premiership|tenure|reign|predecessor|"
                             r"successor|inauguration|resignation|impeachment|funeral|lawyers?|bodyguards?|biography|"
                             r"memoir|birthday)\b")
# "Nitish Kumar's JD(U)", "N Chandrababu Naidu's Telugu Desam Party": a party's leader, whose it is said to be
_A_PARTY_S_LEADER_AFTER = re.compile(r"^[’']s\s+(?:[A-Z][\w()-]*\s+){0,3}?(?:Party|Movement|Front|League|Congress|"
                                     r"[A-Z]{1,4}\([A-Z]{1,3}\))(?:\s|[,.;]|$)")
# "President Suharto's eldest son, Sigit Harjojudanto,": someone's son, in the lower case ("son" is no title word:
# "Son Heung-min")
_A_SON_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[’']s)\s+(?:[a-z]+\s+)?(?:step)?sons?,?\s+$")
# "his colleague, Chen Longde,", "said a 30-year-old woman, Mubatik Dagayeva": a word for someone, no title, before
# the name ("the boy band BTS" ends in its kind)
_SOMEONE_S_WORDS = ("colleague", "friend", "neighbour", "neighbor", "classmate", "roommate", "flatmate", "woman", "man",
                    "girl", "boy", "teenager")  # (looked for in the last words before the pattern is tried)
_SOMEONE_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Aa]n?|[Tt]he|[Oo]ne)|[’']s)\s+(?:[\w-]+\s+){0,3}"
                             r"(?:" + "|".join(_SOMEONE_S_WORDS) + r")s?,?\s+$")
_KIN = frozenset({"wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "brothers",
                  "sister", "sisters", "widow", "widower", "family", "grandson", "granddaughter", "grandfather",
                  "grandmother", "nephew", "niece", "uncle", "aunt", "fiancé", "fiancée", "girlfriend", "boyfriend",
                  "stepson", "stepdaughter", "stepfather", "stepmother", "twin"})
# what a place's possessive may name that is still the place: "fled to Idlib's countryside", "in Gaza's south"
_PARTS_OF_A_PLACE = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
    "eastern", "western", "central", "north-east", "north-west", "south-east", "south-west", "centre", "center",
    "capital", "outskirts", "suburbs", "suburb", "border", "borders", "coast", "coastline", "countryside", "province",
    "provinces", "region", "regions", "district", "districts", "city", "cities", "town", "towns", "village",
    "villages", "streets", "territory", "territories", "airspace", "waters", "soil", "shores", "shore", "side",
    "half", "part", "parts", "area", "areas", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood",
    "downtown", "old", "port", "ports", "airport", "mountains", "interior", "heartland", "frontier", "skies", "land",
    "lands", "main", "largest", "second", "biggest", "northernmost", "southernmost", "easternmost", "westernmost",
    "historic", "upper", "lower", "inner", "outer", "industrial", "coastal", "rural", "urban", "remote", "densely",
})
# "Boeing's CEO", "Boeing's financials": what only a company has
_A_COMPANY_S_OWN_AFTER = re.compile(r"^[’']s\s+(?:[a-z-]+\s+){0,2}?(?:ceo|chief executive|cfo|chief financial officer|"
                                    r"shareholders|share price|stock price|market value|financials|board of directors|"
                                    r"quarterly (?:profit|loss|results|earnings|revenue))\b", re.I)
# "the Kremlin's decision", "La Liga's salary cap regulations": what only an institution has
_INSTITUTIONS_THING_AFTER = re.compile(
    r"^[’']s\s+(?:[a-z-]+\s+){0,3}?(?:rules?|regulations?|statutes?|bylaws|decisions?|statements?|polic(?:y|ies)|"
    r"boards?|members|headquarters|spokes(?:man|woman|person)|chairman|chairwoman|president|leadership|budget|"
    r"mandate|charter|ruling|sanctions?|guidelines?)\b")
_THE_BEFORE = re.compile(r"\bthe\s*$", re.I)
_CURRENCY_AFTER = re.compile(r"\$|\s+(?:dollars?|pesos?|yuan|yen|rupees?|rubles?|roubles?|euros?|francs?|lira|dinars?|rand|"
                             r"shekels?|kron[aeo]r?|reais|rupiah|ringgit|baht|naira|shillings?|hryvnias?|cedis?)\b")
# "internally displaced persons (IDPs)", "Gross domestic product (GDP)": an acronym spelled by
# common words names a thing, not an actor (the sentence's first word may carry a capital)
_COMMON_ACRONYM = re.compile(r"(?:^|(?<=[^\w\s]\s)|(?<=[a-z]\s))((?:[A-Za-z][a-z]*[-\s]+)?(?:[a-z]+[-\s]+){0,6}[a-z]+)\s+"
                             r"\((?P<acr>[A-Z]{2,6})(?P<plural>s?)\)")
_TITLE_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
                            r"\((?P<acr>[A-Z]{2,6})\)")
# the word before "(LOLA)", "(CoHA)" ends a name
_DOCUMENT_ACRONYM = re.compile(r"\b([A-Z][a-z]+)\s+\((?P<acr>[A-Z](?:[a-z]?[A-Z]){1,7})\)")
# the texts a story may call by their kind alone, in capitals, which no one is named ("the Constitution")
_DOCUMENTS_BY_THEIR_KIND = frozenset({"constitution", "charter", "treaty", "convention", "protocol", "statute",
                                      "directive", "memorandum", "declaration"})
DOCUMENT_WORDS = {"act", "acts", "agreement", "agreements", "accord", "accords", "treaty", "treaties", "convention",
                  "conventions", "protocol", "protocols", "regulation", "regulations", "charter", "declaration",
                  "statute", "statutes",  # ("the Rome Statute")
                  "constitution", "directive", "memorandum", "code", "plan", "initiative", "resolution",
                  "bulletin", "report", "case",  # ("the Special Airworthiness Information Bulletin", "the Trust case")
                  "results", "result", "standings", "fixtures"}  # ("FRENCH LEAGUE RESULTS": a heading over a table)
_VOTES = {"election", "elections", "referendum"}
CONDITION_WORDS = {"syndrome", "disease", "virus", "fever", "flu", "influenza", "disorder", "infection", "pox"}
_CONDITION_ENDINGS = ("pathy", "itis", "osis")
# the last words of a happening's name, no body's ("the Noto Peninsula Earthquake")
_CONTESTS = {"final", "finals", "championship", "championships", "tournament", "olympics", "cup", "trophy", "derby",
             "prix", "marathon"}  # (not "games": "Epic Games" is a firm)
_A_HAPPENING_S_LAST_WORDS = {"earthquake", "quake", "tsunami", "eruption", "flood", "floods", "wildfire", "storm", "war",
                             "massacre", "revolution", "uprising", "crisis", "election", "elections", "outbreak",
                             "pandemic", "epidemic"}
# Nouns that end the names of places, events, prizes and things ("Davis Cup", "Albert Hall", "Orange Revolution")
_THING_HEADS = DOCUMENT_WORDS | CONDITION_WORDS | _A_HAPPENING_S_LAST_WORDS | {
    "cup", "trophy", "award", "awards", "prize", "medal", "cross", "bridge", "arch", *_STREETS, "square",
    "park", "station", "airport", "stadium", "arena", "hall", "hotel", "hospital", "centre", "center", "church",
    "cathedral", "basilica", "chapel", "abbey", "monastery", "shrine", "synagogue", "clinic", "polyclinic", "mosque",
    "temple", "island", "islands", "bay", "lake", "river", "valley", "falls", "mountain",
    "mountains", "strait", "sea", "ocean", "canal", "dam", "line", "day", "festival", "games", "open", "series",
    "classic", "memorial", "tower", "building", "house", "palace", "mansion", "castle", "gate", "show", "stakes",
    "derby", "marathon", "prix", "tournament", "championship", "championships", "final", "finals", "league", "highway",
    "port", "harbour", "harbor",
    "beach", "county", "district", "province", "state", "city", "town", "village", "school", "college", "library",
    "museum", "theatre", "theater", "gallery", "garden", "gardens", "field", "ground", "hill", "hills", "way",
    "telescope", "observatory", "helicopter", "aircraft", "rocket", "satellite", "spacecraft", "orbiter", "rover",
    "lander", "probe", "capsule", "camera", "prison", "jail", "gaol", "penitentiary", "barracks", "plaza", "mall",
}
# a place's last word that outweighs a body's word before it: "the Naypyidaw Council Territory", "the Emirates Stadium"
_TERRITORY_HEADS = {"territory", "province", "region", "district", "county", "governorate", "prefecture", "oblast",
                    "municipality", "stadium", "arena", "airport"}
_LANDS_GOVERNED = _TERRITORY_HEADS - {"stadium", "arena", "airport"}  # (a county that "says" is its government)
_NATURAL_HEADS = {"river", "lake", "sea", "bay", "gulf", "strait", "mountains", "mountain", "valley", "volcano", "glacier",
                  "canal", "creek", "lagoon", "delta"}
_LAND_NAMED_AS_A_BODY = _TERRITORY_HEADS | _STREETS | {"square"}  # the last words of land whose name holds a body's word
_LAND_HEADS = {"bay", "valley", "sea", "gulf", "isle", "island", "islands", "lake", "cape", "mount", "mountains",
               "strait", "straits", "river", "port", "land", "city", "coast", "plain", "plains"}
_NOT_PLURAL = ("ss", "us", "is", "’s", "'s")  # "Congress", "Olympus", "Paris"
# Plurals that end the names of ranges of land, of eras and of papers: none is a body
_PLURAL_PLACES_AND_TIMES = {"heights", "highlands", "lowlands", "territories", "plains", "lakes", "indies", "alps",
                            "keys", "states", "ages", "wars", "papers", "files", "talks", "olympics", "straits",
                            "islands", "isles", "mountains", "hills", "falls", "springs", "narrows", "marshes",
                            "wetlands", "sands", "dunes", "glades", "flats", "downs", "woods", "moors", "palisades",
                            "cliffs", "shores", "meadows", "gardens", "bluffs", "rapids"}
_LINKING_WORDS = {"of", "and", "for", "the", "in", "on", "to", "a", "an"}
_WORD_CHAR = re.compile(r"[\w]")
_FUNCTION_OPENERS = {
    "the", "a", "an", "this", "that", "these", "those", "on", "in", "at", "as", "by", "for", "from", "with",
    "according", "however", "meanwhile", "thus", "but", "and", "or", "so", "if", "when", "while", "after",
    "before", "although", "though", "since", "once", "then", "also", "still", "yet", "even", "we", "i", "you",
    "later", "earlier", "afterwards", "now", "today", "yesterday", "tonight", "soon", "finally", "eventually",
    "they", "it", "he", "she", "his", "her", "their", "our", "my", "its", "there", "here", "what", "why",
    "where", "who", "how", "which", "any", "all", "some", "no", "not", "nor", "among", "standing", "speaking",
    "last", "next", "every", "each", "both", "such", "many", "most", "more", "several", "few", "only", "to",
    "until", "over", "under", "into", "about", "against", "despite", "during", "without", "because",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores",
    "unlike", "like", "amid", "besides", "beyond", "toward", "towards", "upon", "via", "within", "throughout",
    "across", "along", "alongside", "around", "through", "behind", "beside", "beneath", "between", "outside",
    "following", "including", "regarding", "concerning", "whereas", "whether", "unless", "whilst",
    "let",  # "‘Let Mugabe rest in his last days’": an imperative
    "tell", "take", "follow", "share", "subscribe", "contact",  # a page's call to its reader: "Tell ABC News Online"
    "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "otherwise", "therefore", "hence",
    # what a text calls a body or a person before their name: "Rival Samsung Electronics reported …"
    "rival", "rivals", "fellow", "embattled", "beleaguered", "ailing", "troubled",
    "other", "another",  # "Other Uri Party members broke into tears"
}


@dataclass
class Mention:
    """One name (or role reference) in one sentence."""

    sent: int
    start: int
    end: int
    text: str
    role: str = ""
    cues: set[str] = field(default_factory=set)
    key: str = ""  # the local actor it resolves to, once resolved


@dataclass
class LocalActor:
    """An actor as one article knows it."""

    key: str
    name: str
    kind: str
    forms: set[str] = field(default_factory=set)
    roles: list[tuple[str, int]] = field(default_factory=list)
    kinds_said: list[tuple[str, int]] = field(default_factory=list)  # what kind of body it is said to be ("oil giant")
    aliases: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    sentences: list[int] = field(default_factory=list)
    sex: str = ""  # "he" or "she", when a title of address said so ("Mr. Biden")


# "Brig. Gen. Yahya Saree", "Lt. Gen. Alexus Grynkewich", "Gov. Kathy Hochul": a rank or office written short
# ("North Carolina Gov. Roy Cooper": with the place or the force it is held in)
_SHORT_RANKS = ("Brig", "Lt", "Maj", "Col", "Gen", "Adm", "Capt", "Sgt", "Cpl", "Pvt", "Cmdr", "Cdr", "Gov", "Sen", "Rep",
                "Supt", "Insp", "Det", "Amb")
_RANK_BEFORE = re.compile(r"\b((?:[A-Z][\w.’'-]*\s+){0,3}?(?:(?:" + "|".join(_SHORT_RANKS) + r")\.?\s+){1,3})$")


def _rank_before(sentence: str, start: int) -> str:
    if not sentence[:start].rstrip().removesuffix(".").endswith(_SHORT_RANKS):
        return ""  # (what the pattern must end with, looked at first: its search tries every place before the name)
    rank = _RANK_BEFORE.search(sentence, max(0, start - 60), start)
    if not rank:
        return ""
    words = rank.group(1).split()
    while fold(words[0]) in _FUNCTION_OPENERS or words[0].lower() in WEEKDAYS:
        words = words[1:]  # "But Gov. Kathy Hochul", "Monday Sen. Tom Kay": no part of the title
    return " ".join(words)


# "The alliance of gangs, led by Jimmy Cherizier,": he leads it
_LED_BY_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w’'-]*\s+){0,5}?[a-z][\w’'-]*),\s+(?:now\s+)?led\s+by\s+$")


def _leader_of_before(sentence: str, start: int) -> str:
    by = sentence[max(0, start - 80):start].rstrip()
    if not (by.endswith("by") and by[:-2].rstrip().endswith("led")):
        return ""  # (as in `_rank_before`)
    led = _LED_BY_BEFORE.search(sentence, max(0, start - 80), start)
    return f"leader of the {led.group(1)}" if led else ""


_KIND_OF_BODY_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'-]*\s+of\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+){0,4}?"
                                  r"(?:" + _KINDS_OF_BODY + r"))"
                                  r"\s+(?:the\s+)?$")
_NOT_A_DESCRIPTOR = {"the", "a", "an", "said", "says", "of", "for", "by", "from", "with", "to", "at", "in", "on",
                     "as", "its", "their", "his", "her", "that", "which", "while", "but", "including", "like",
                     "is", "are", "was", "were", "has", "have", "had", "came", "comes", "when", "after", "before"}


def _kind_of_body_before(sentence: str, start: int) -> str:
    """What kind of body a text says a name is, before it: "Norwegian oil and gas firm Equinor"."""
    found = _KIND_OF_BODY_BEFORE.search(sentence, max(0, start - 60), start)
    if found is None:
        return ""
    words = found.group(1).split()
    # after a word that ends it, or an "and" after a name ("La Liga and investment company CVC")
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if (w.lower() in _NOT_A_DESCRIPTOR and not joins_a_name(words, i))
               or (w == "and" and i and words[i - 1][:1].isupper())), default=0)
    words = words[cut:]
    return " ".join(words) if len(words) >= 2 and words[-2].lower() not in ("and", "or") else ""


def _a_body_named_with_a_title_s_word(named: NamedRole, run: Span, sentence: str) -> bool:
    """"investment fund General Atlantic": a title's word and a word no one is named, after the kind
    of body they name, are the body's name (but "militia commander General Ali" is his title)."""
    return (bool(named.role and named.name) and " " not in named.role and " " not in named.name and named.start > run.start
            and not may_be_a_first_name(named.name) and not may_be_a_surname(named.name)
            and _A_KIND_OF_BODY_RIGHT_BEFORE.search(sentence, max(0, run.start - 30), run.start) is not None)


def _named_for_a_royal(named: NamedRole) -> bool:
    """"Prince Alfred Park", "Queen Elizabeth Hospital": a place or a thing named for a royal, whose title is
    its name's first word, no one's."""
    return (named.role.lower() in CROWNS and " " in named.name
            and named.name.rsplit(" ", 1)[1].lower() in _THING_HEADS)


_A_KIND_OF_BODY_RIGHT_BEFORE = re.compile(r"\b(?:" + _KINDS_OF_BODY + r")\s+$")


def _is_function_word(word: str, sentence: str) -> bool:
    """"The", "However": a word that opens a sentence, no name; but "WHO says" in a sentence not
    written in capitals spells a body's initials."""
    folded = fold(word)
    return ((folded in _FUNCTION_OPENERS or folded.partition("-")[0] in TENS)  # ("Thirteen suspects were arrested")
            and not (len(word) >= 2 and word.isupper() and not sentence.isupper()))


def _apart_from_makers(spans: list[Span], sentence: str) -> list[Span]:
    """"an Alaska Airlines Boeing 737 MAX-9": a carrier's name runs into the maker of the model it
    flies; they are two names."""
    out = []
    for span in spans:
        words = span.text.split()
        if len(words) >= 3 and words[-2].lower() in _CARRIERS and _MODEL_AFTER.match(sentence[span.end:]):
            cut = span.text.rindex(" ")
            out += [Span(span.text[:cut], span.start, span.start + cut), Span(words[-1], span.start + cut + 1, span.end)]
        else:
            out.append(span)
    return out


_CARRIERS = {"air", "airlines", "airline", "airways", "lines"}
_A_MAKER_S_WORD = re.compile(r"(?:Chip|Auto|Car|Drug|Plane|Steel|Phone|Toy|Truck|Ship|Tyre|Tire)makers?")
# words that open a clause and end no name
_CLAUSE_OPENERS = frozenset({"upon", "despite", "during", "although", "though", "whereas", "while", "whilst", "unless",
                             "because", "amid"})


def _a_whole_place(name: str) -> bool:
    """A state or a region, named in full ("South Carolina", "California")."""
    return bool(state_of(name)) or is_region_name(name)


_INSIDE_A_SENTENCE = re.compile(r"[a-z,] $")


def _trim_opener(span: Span, sentence: str, lower_words: set[str], mid_caps: set[str]) -> Span | None:
    """Drop a sentence-opening word that is not part of the name ("The", "Speaking", "Meanwhile"); `mid_caps`
    holds the article's capitalised words, and pairs of them, seen inside a sentence."""
    words = span.text.split()
    start = span.start
    spelled = _ACRONYM_AFTER.match(sentence[span.end:span.end + 12])
    while words and not (spelled and _spells_with_first(spelled.group("acr"), words)) and (
            (_is_function_word(words[0], sentence) and words[1:2] != ["&"]  # (not "Seven & I Holdings")
             # (nor "by researcher He Jiankui", "on Monday, He Jiankui": a capital inside a sentence is a name's)
             and not (words[0] == "He" and len(words) > 1 and _INSIDE_A_SENTENCE.search(sentence, 0, start))
             and not (words[0] == "All" and len(words) > 2 and words[-1].lower() in ORG_WORDS))  # "All England Club"
            or _is_honorific(words[0], words)
            or (len(words) > 1 and words[0].lower() in WEEKDAYS)  # "Friday New York Stock Exchange trading"
            or (len(words) > 1 and words[0] in ("NGO", "NGOs"))  # "the NGO Provea": what kind of body it is
            or (len(words) > 1 and _A_MAKER_S_WORD.fullmatch(words[0]) is not None)  # "Chipmaker Nvidia said"
            or _said_of_a_person(words)
            or _said_of_initials(words)
            or _a_body_s_people_before(words, sentence, span.end)
            or (len(words) > 1 and _BACKED_BY.search(words[0]) is not None)  # "Rwanda-backed M23": who stands behind it
            or (len(words) > 1 and _JOINED_TO_A_PLAIN_WORD.fullmatch(words[0]) is not None)  # "Arafat-allies Nabil Shaath"
            or (fold(words[0]) in _TIME_OF_TITLE and len(words) > 1  # "Former FEMA", "Former Labour (leader)"
                and (not is_role_word(words[1]) or not any(has_role_head(w) for w in words[1:])))
            or (start == _first_word_start(sentence) and len(words) > 1
                and ((words[0].lower() in lower_words  # ("Prime Minister Gordon Brown" keeps "Prime")
                      and not (is_role_word(words[0]) and is_role_word(words[1]))
                      and not (words[1] == "of" and words[0].lower() in ORG_WORDS)  # ("Bank of Japan Governor …")
                      and not _a_whole_place(" ".join(words)))  # ("South Carolina officials reported": in the south too)
                     or _is_adverb(words[0]) or _said_of_a_state(words) or _a_verb_opening_a_title(words)
                     or _said_of_a_people(words)
                     # ("AFGHANISTAN Taliban militia appeared …": the story's land shouted before its first words)
                     or (len(words[0]) > 3 and words[0].isupper() and words[0].isalpha() and not words[1].isupper()
                         and state_of(words[0].title()) is not None)
                     or _a_verb_opening_a_name(words, mid_caps))
                and " ".join(words[:2]) not in mid_caps)):  # (not "East Palestine", written so inside a sentence)
        start += len(words[0]) + 1
        words = words[1:]
        start = sentence.find(words[0], start - 1) if words else start
    while len(words) > 1 and words[-1] in ("NGO", "NGOs"):
        words = words[:-1]  # "the SOS Mediterranee and Medecins sans Frontieres NGOs said": their kind, after
    if len(words) > 1 and words[-1].lower() in _CLAUSE_OPENERS and _A_LOWER_WORD_AFTER.match(sentence[span.end:]):
        words = words[:-1]  # "Inspector General Islamabad Upon resuming of the hearing": a stop left out before it
    if (len(words) == 1 and start == span.start and _AN_ADJECTIVE_BY_ITS_END.fullmatch(words[0])
            and start == _first_word_start(sentence)):
        return None  # "Victorious rebel leader Abu Mohammed al-Golani …": an adjective opening the sentence
    if not words or (start > span.start and len(words) == 1 and fold(words[0]).rstrip(".") in HONORIFICS):
        return None  # (nor is "Lady" of "Our Lady of Good Counsel": a title of address alone)
    text = " ".join(words)
    return Span(text, start, start + len(text))


def _said_of_a_people(words: list[str]) -> bool:
    """"Poor South Africans protest daily", "Shocked Americans": a word opening the sentence before a state's
    people, what they are said to be."""
    people = " ".join(words[1:])
    return (len(words) >= 2 and words[0].isalpha() and people.endswith(("ans", "ese", "is"))
            and is_demonym(people) and not state_of(" ".join(words)))


def _is_adverb(word: str) -> bool:
    """"Certainly Saddam Hussein continues …": an adverb made from an adjective opens the sentence,
    not the name. Its stem ends as adjectives do ("certain", "final", "obvious", "notab(le)");
    "Family", "Italy", "Daily" and "Kelly" do not, or are names."""
    return (_ADVERB.fullmatch(word) is not None and not is_given_name(word) and not is_state_name(word))


_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:al|ful|ous|ive|ent|ant|ate|ain|ar|ed|ing|ic|ab|ib|ire|ete|ure|ct|st|rt|gh|ow|ck|en|"
                     r"ef|ng|ge|se|ne|te|er)ly")


def _a_verb_opening_a_title(words: list[str]) -> bool:
    """"Getting US President-elect Trump to attend …": a sentence's first word in -ing before a title
    is the verb it opens with ("Acting President …" is a title; "Irving Berlin" has no title after it)."""
    return (len(words) > 2 and words[0].endswith("ing") and not is_role_word(words[0])
            and not may_be_a_first_name(words[0]) and has_role_head(" ".join(words[1:])))


def _a_verb_opening_a_name(words: list[str], mid_caps: set[str]) -> bool:
    """"Ignoring Castillo's attempt …": a sentence's first word in -ing, never written with a capital inside a
    sentence, before a name that is, is the verb the sentence opens with ("Beijing", "Reading" name places)."""
    first = words[0]
    return (len(first) > 5 and first.endswith("ing") and first not in mid_caps and " ".join(words[1:]) in mid_caps
            and not (may_be_a_first_name(first) or may_be_a_surname(first) or is_role_word(first)
                     or is_region_name(first) or is_state_name(first)))


def _a_body_s_people_before(words: list[str], sentence: str, end: int) -> bool:
    """"militants of the Palestinian Hamas group": a people's adjective before a one-word name that
    the kind of body follows is whose the body is, no part of its name ("British Airways" is one
    name: its word is a body's)."""
    return (len(words) == 2 and is_demonym(words[0])
            and words[1].lower() not in ORG_WORDS and not is_common_word(words[1]) and state_of(words[1]) is None
            and _A_MOVEMENT_AFTER.match(sentence, end) is not None)


_A_MOVEMENT_AFTER = re.compile(r"\s+(?:group|movement|militants|fighters|rebels|militia|faction)\b")


def _said_of_initials(words: list[str]) -> bool:
    """"The British MHRA says": a state's adjective before a body's initials says whose it is, and is no part
    of them (as "US" in "US FDA" is not an adjective)."""
    return len(words) == 2 and is_acronym(words[1]) and len(words[1]) >= 3 and is_demonym(words[0])


def _said_of_a_state(words: list[str]) -> bool:
    """"Neighboring China has announced …", "Landlocked Nepal": a word opening the sentence before a
    state's name says what the state is, and is no part of its name ("North Korea", "New Zealand" are;
    "Bill Jordan" is someone)."""
    whole, rest = " ".join(words), " ".join(words[1:])
    return (is_state_name(rest) and not is_state_name(whole) and state_of(whole) is None
            and not may_be_a_first_name(words[0]))


def _said_of_a_person(words: list[str]) -> bool:
    """"German Dietmar Beiersdorfer", "Republican Donald Trump", "Social Democrat Olaf Scholz": the
    nationality (or two: "French-Swedish Anne L'Huillier"), the party or the creed a report gives a person before
    the name is not part of it (unlike "German Marshall Fund", which names no one). The rest must be a listed first
    name, or a name whose first or family name a list gives ("Russian Daniil Medvedev"; "American Eagle Outfitters"
    stays whole)."""
    if len(words) > 3 and words[1] == "Democrat" and words[0].lower() in _DEMOCRATS:
        words = words[1:]  # "Social" goes first, then "Democrat"
    rest = words[1:]
    if 2 <= len(rest) <= 3 and words[0].lower() in _CREEDS:
        return not {w.lower() for w in rest} & ORG_WORDS and looks_like_person_name(rest)
    if not (2 <= len(rest) <= 3 and (words[0].lower() in _PARTY_MEMBERS or _nationalities_joined(words[0])
                                     or is_demonym(words[0]))):
        return False
    return not {w.lower() for w in rest} & ORG_WORDS and (_opens_with_given_name(" ".join(rest)) or (
        looks_like_person_name(rest) and (may_be_a_first_name(rest[0]) or may_be_a_surname(rest[-1]))))


# a party's member, said before a name as a nationality is: "Democrat Kamala Harris", "Tory Boris Johnson"
_PARTY_MEMBERS = frozenset({"republican", "democrat", "conservative", "tory", "socialist", "liberal", "labourite"})
# one of a creed, no word any name opens with: "Self-avowed Marxist Anura Kumara Dissanayaka"
_CREEDS = frozenset({"marxist", "communist", "leftist", "centrist", "nationalist", "populist", "maoist", "islamist"})
_DEMOCRATS = frozenset({"social", "christian", "liberal", "free"})  # "Social Democrat Olaf Scholz"


_TITLE_FIELD_AND = re.compile(r"\b([A-Z][a-z]+) (?:and|&) $")
_A_FAMILY_AFTER = re.compile(r"\s+(?:family|families|clan|dynasty)\b")
_A_NUMBERED_MODEL = re.compile(r" (?:[IVX]{1,4}|\d{1,4}[A-Za-z]?)$")  # "Atlas V", "Falcon 9" (a king's numeral needs no rocket)
_A_MACHINE_AFTER = re.compile(r"^\s+(?:rockets?|missiles?|jets?|aircraft|planes?|helicopters?|tanks?|drones?|satellites?|"
                              r"spacecraft|warships?|submarines?|launchers?|engines?|boosters?|gunships?)\b")
_PLAYED_FOR_BEFORE = re.compile(r"\b(?:play(?:ed|s|ing)?|start(?:ed|s|ing)|scor(?:ed|es|ing)|sign(?:ed|s|ing)|"
                                r"appear(?:ed|s|ing)|featur(?:ed|es|ing)|debut(?:ed|s)?)\s+for\s+$")
# "the Vikram lander", "the Perseverance rover", "Candy Crush maker King": a craft's name, or a work's before its maker
_MADE_AFTER = re.compile(r"^\s+(?:(?:lander|rover|orbiter|probe|spacecraft|capsule|space telescope|telescope)s?|"
                         r"makers?|developers?|publishers?|creators?)\b")
_A_THING_BEFORE = re.compile(r"\b(?:this|that|these|those|each|every|another)\s+$", re.I)  # "this AD", not "the UN"
_A_MODEL_S_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}")  # "H20", "A320neo", "F-35": no place is named so
# a work's title in quotation marks, after a word for works: "such as “Kung Fu” and “The Big Bang Theory,”"
_A_WORK_IN_QUOTES_BEFORE = re.compile(r"\b(?:series|shows?|sitcoms?|dramas?|films?|movies?|novels?|books?|albums?|songs?|"
                                      r"plays?|musicals?|episodes?|creator|star)\b[^.;:]{0,60}[“\"](?:The |A |An )?$", re.I)
_CLOSES_A_QUOTE_AFTER = re.compile(r"^[,.!?]?[”\"]")
# members of a party or a people, in the plural: "the conservative Republicans, who equated …" (not "Evans, who")
_MEMBERS_IN_THE_PLURAL = re.compile(r"[A-Z][a-z]{4,}(?:ans|ists|crats)")
_A_FLU_S_SUBTYPE = re.compile(r"H\d{1,2}N\d{1,2}")  # "H5N1", "H7N9": an influenza virus
_A_MODEL_S_NUMBER_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d )\d{3,4} $")  # "737 " (not a year, a score)
_SERIES_AFTER = re.compile(r"^\s+(?!(?:19|20)\d\d\b)\d{1,4}s?\b(?![.,:]\d)")  # "its MAX 9 fleet", "MAX 9s"
# a model's designation after its maker's name: "Boeing 737", "Airbus A320", "Boeing 737s", "Boeing 737-800"; not a
# year, nor a count ("Gaza 260 people"): a capital word, a plural "s" or a variant's number follows it
_MODEL_AFTER = re.compile(r"^\s+(?:[A-Z]{1,2}-?\d{2,4}|(?!(?:19|20)\d\d\b)\d{3,4})"
                          r"(?:s\b|-\d{1,4}(?:[A-Z]{2})?\b|(?=\s+(?:[A-Z][a-z]+|[A-Z]{2,5})\b))")
# "M23 rebels", "Houthi fighters": the name of the armed group they belong to (or where they are)
_FIGHTER_WORDS = r"(?:rebels?|fighters?|militants?|militiam[ae]n|insurgents?|guerrillas?|jihadists?|gunmen)\b"
_FIGHTERS_AFTER = re.compile(r"^\s+" + _FIGHTER_WORDS)
_DIGIT_IN_NAME = re.compile(r"[A-Za-z]-\d")  # "F-15", "MiG-29" (but "M23" is a rebel group)
_FIGHTERS_OF_A_PAIR_AFTER = re.compile(r"^\s+(?:and|or|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+" + _FIGHTER_WORDS)
# "members of the Taleban have been elected", "membership in al-Qaida", "a faction of Hamas": what one belongs to
_MEMBERSHIP_BEFORE = re.compile(r"\b(?:(?:members?|affiliates?|wing|branch|faction|offshoot|cells?|splinter group|ranks)\s+of|"
                                r"membership\s+(?:in|of)|affiliated (?:to|with))\s+(?:the\s+)?$")
_A_BODY_S_NAME_ENDS = re.compile(r"^(?:\s*[.,;:)\]\"”]|\s+(?:on|in|by|at|and|or|who|which|that|have|has|had|were|was|is|are|"
                                 r"may|might|could|would|will|can|must|"
                                 r"to|for|from|since|after|before|during|over)\b|\s*$)")
_ACTS_AS_A_BODY_AFTER = re.compile(
    r"^\s+(?:(?:later|also|then|again|quickly|[a-z]{3,}ly)\s+)?"  # ("The Taleban later claimed")
    r"(?:(?:have|has|had)\s+(?:also\s+|long\s+)?[a-z]{3,}ed|claim(?:s|ed)?|vow(?:s|ed)?|den(?:y|ies|ied)|"
    r"reject(?:s|ed)?|accus(?:e|es|ed)|launch(?:es|ed)?|attack(?:s|ed)?|announc(?:e|es|ed)|warn(?:s|ed)?|"
    r"threaten(?:s|ed)?|seiz(?:e|es|ed)|captur(?:e|es|ed)|control(?:s|led)?|insist(?:s|ed)?|demand(?:s|ed)?)\b")
# what a body of more words does where a place would not ("The White House has expressed doubts"): the
# stands only someone takes, not "the Gaza Strip has suffered" nor "the Dow Jones declined"
_TAKES_A_STAND_AFTER = re.compile(
    r"^\s+(?:(?:later|also|again|[a-z]{3,}ly)\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?"
    r"(?:claim(?:s|ed)?|vow(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|accus(?:e|es|ed)|announc(?:e|es|ed)|"
    r"warn(?:s|ed)?|threaten(?:s|ed)?|insist(?:s|ed)?|demand(?:s|ed)?|refus(?:e|es|ed)|express(?:es|ed)?|"
    r"condemn(?:s|ed)?|urg(?:e|es|ed)|welcom(?:e|es|ed)|critici[sz](?:e|es|ed)|confirm(?:s|ed)?|dismiss(?:es|ed)?)\b")
# what a body has and a person does not; the short name of someone ("Assad loyalists") still joins that person
_FOLLOWERS_AFTER = re.compile(r"^\s+(?:members?|membership|cells?|operatives?|sympathi[sz]ers|loyalists|remnants|suspects?|"
                              r"militants|terrorists?|delegation|affiliates?|offshoots?|training camps?|hideouts?|"
                              r"strongholds?|regime|splinter group|prisoners|inmates|detainees|insurgents)\b")
_MEMBERS_AFTER = re.compile(r"^\s+(?:troops|forces|soldiers|peacekeepers|officials?|leaders|allies|members|member states|"
                            r"countries|nations|envoys?|diplomats|inspectors|monitors|observers|spokes(?:man|woman|person)|"
                            r"chief|headquarters|summit|mission|chairman|secretary-general|governments|operatives?|"
                            r"agents?|officers?|experts|advis[eo]rs?|aides?|convoys?|bases?|drones?|warplanes|jets|"
                            r"air ?strikes?|commissioner|ministers|partners|director)\b")
# "machines manufactured by Siemens", "estimated at $4.5 billion by Forbes": what only a body does
_MADE_BY_BEFORE = re.compile(r"\b(?:manufactured|produced|built|developed|published|compiled|ranked|estimated|"
                             r"operated|marketed|distributed)\b(?:[^,;.]|\.\d){0,30}\bby\s+(?:the\s+)?$")
# "Tass quoted Livshits", "the Dhaka Tribune quoted the army chief as saying": a medium, passing words on
_QUOTES_SOMEONE_AFTER = re.compile(r"^\s+(?:quoted|cited)\s+(?:(?:[a-z]+\s+){0,2}[A-Z]|[^.;:]{0,60}?\bas\s+(?:saying|telling)\b)")
# a result: "2-1", "by an innings and 39 runs", "by six wickets"
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b|\bby (?:an innings(?: and \d+ runs)?|\w+ (?:runs|wickets))\b")
_CONTEST = (r"(?:beat|beats|beating|defeated|defeats|defeating|drew with|draw with|lost to|loses to|losing to|thrashed|"
            r"thrashing|edged|edging|routed|routing|overwhelmed|overwhelming|crushed|crushing|sink|sank|sinking|"
            r"hammered|hammering|stunned|stunning|(?:defeat|loss|wins?|victory) (?:by|to|over|against)|draws? against|"
            r"(?:drew|won|lost|draw|win|loss|defeat|winning|losing|drawing) \d{1,2}-\d{1,2} (?:at|with|to|against|over)"
            r"|v|vs)")
# "Brentford's Christian Norgaard scored", "Everton's Brazilian forward Richarlison": the side a player plays for
_A_PLAYER_AFTER = re.compile(r"^[’']s\s+(?:[A-Z][a-z]+\s+)?(?:forward|midfielder|defender|striker|goalkeeper|keeper|"
                             r"winger|captain|manager|coach|boss|full-back|fullback|centre-back|center-back|playmaker|"
                             r"substitute)\s+[A-Z]")
_A_NAME_AFTER = re.compile(r"^[’']s\s+[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)")
_GOALS = re.compile(r"\b(?:scored|scores|goals?|equali[sz]er|penalty|hat-trick|header|match|league)\b")
_A_CLOCK_AFTER = re.compile(r"\s+\d{1,2}[:.]\d{2}\b")
_A_PLAIN_WORD_AFTER = re.compile(r"^\s+(?:from|of|for|on|in|at|with|to|and|the|a|an)\s+")
# ("beat high-flying Bournemouth 3-1", "beat the second-placed Gunners")
# "beat Djokovic 6-4 7-5 6-4", "a 6-4, 7-6(3), 7-6(2) defeat of Milos Raonic": sets, as a match of two players is scored
_SET_SCORES = re.compile(r"\b[0-7]-[0-7](?:\s?\(\d+(?:[-/]\d+)?\))?,?\s[0-7]-[0-7]\b")
_CONTEST_BEFORE = re.compile(r"\b" + _CONTEST + r"\.?\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+|bottom\s+|top\s+)?$")
_CONTEST_AFTER = re.compile(r"^(?:,\s+who)?\s+(?:beat|beats|defeated|drew|lost|thrashed|edged|routed)\b")


def _a_player_named_after(after: str, text: str) -> bool:
    """"Brentford's Yoane Wissa … scored": a one-word side whose player a sentence about goals names
    (not "Hobart's Bellerive Oval", the ground)."""
    named = _A_NAME_AFTER.match(after)
    return (named is not None and named.group(1).lower() not in _THING_HEADS | _VENUE_HEADS
            and bool(_GOALS.search(text)))


def _spells_a_word(low: str) -> bool:
    """"images", "watch": a word of the language (or its plural), however it was set in capitals."""
    return low.isalpha() and (is_common_word(low) or (low.endswith("s") and is_common_word(low[:-1])))


# "an official told Reuters on Friday", "told the BBC by telephone": whom a source speaks to, in a
# report, is the outlet that reports it; not "told Putin he would", where the telling goes on
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")
# "calls on Congress to", "urged the Pentagon to", "accuse the Kremlin of": someone asked or blamed for what it does
_URGED_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|lobby(?:ing)?|"
                           r"accus(?:e|es|ed|ing))\s+(?:the\s+)?$")
_TO_ACT_AFTER = re.compile(r"^\s+(?:to\s+[a-z]{2,}|of\s+[a-z]{3,}ing)\b")
# "Authorities in Indian Kashmir say", "Residents of Gaza City said": who speaks is before the place
# (and "in east China's Shandong Province announced": a region of a land, named after the land's possessive)
_IN_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|inside|across|throughout|within|around)\s+(?:the\s+)?"
                                r"(?:(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?|[Cc]entral)\s+[A-Z][a-z]+[’']s\s+)?$")
# "Kari Barber reports from Conakry": a correspondent files from a place (but "reports from the ministry say")
_FILES_FROM_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:he|she))\s+reports\s+from\s+$")
# "— Gegham Stepanyan #StopArtsakhBlockade (@Gegham_Artsakh)": the name and handle signing an embedded post
_SIGNS_A_POST_AFTER = re.compile(r"^(?:\s+#\w+)*\s*\(@\w+\)")
_IN_AN_INTERVIEW_AFTER = re.compile(r"^\s+(?:in an?|during an?)\s+(?:\w+\s+)?(?:interview|broadcast)\b")
_SIGNS_OFF_AFTER = re.compile(r"^\s+(?:reports|has more|has the story|has this report|has details)\W*$")
_SIGN_OFF_HAS = re.compile(r"^\s+has\b")
# "she told Canal Antigua television": the outlet, by the kind it is
_A_MEDIUM_S_KIND_AFTER = re.compile(r"\s+(?:television|TV|radio|newspaper|daily|channel|broadcaster|news agency|"
                                    r"magazine|news site|website)\b")
_REPORTS_AFTER = re.compile(r"^\s+(?:reported|reports)\b(?!\s+(?:to|for)\b)")
# "the New York Times reported, citing American officials": whose words it passes on are named
_RELAYS_AFTER = re.compile(r"^\s+(?:reported|reports|said|says|wrote)(?:\s+on)?(?:\s+\w+day)?,?\s+(?:citing|quoting)\b")
# "Mike Cito, 17, was expelled", "Emily Damari, 28; Romi Gonen, 24; and Doron Steinbrecher, 31—were": only a person has an age
# ("Yeltsin, 65,"; but "57,000 members at Ford, 43,000 at Stellantis" is a count)
_AGE_AFTER = re.compile(r"^,\s+(?:aged\s+)?\d{1,2}(?:,(?!\d)|[;)]|\s*[—–]|\s+(?:and|was|were|is|has|had|who)\b)")
_YEARS_OLD_AFTER = re.compile(r"^\s+(?:was|is)\s+(?:just\s+|only\s+)?[\w-]+[- ](?P<unit>years?|months?)[- ]old\b")


def _aged(name: str, after: str) -> bool:
    """"Kfir Bibas was nine-months-old", "Tomer Lavi is 86 years old": only a baby is months old, but a pact or a
    firm may be "two years old" too, so years make an age only after a first name."""
    old = _YEARS_OLD_AFTER.match(after)
    return old is not None and (old["unit"].startswith("month") or is_given_name(name.split()[0]))
# "Daglo, a military leader and businessman from Darfur, plays …": a title set between commas after a
# name (not "Separately, a senior official said …", where the title's holder is the subject)
_TITLED_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:" + HEAD_ALT + r")\b[^,.;:]{0,60},")
_HE_OR_SHE_OPENS = re.compile(r"(?:He|She)\s+(?:also\s+|later\s+|then\s+)?(?:" + SPEECH_VERBS + r")\b")
_RIVER_BANK = re.compile(r"(?:West|East|North|South|Left|Right) Bank")
_RANKED_BY_SIZE = re.compile(r"\b(?:[a-z]+-)?(?:largest|biggest)\s+(?:[\w-]+\s+){0,2}(?:producer|maker|exporter|importer|"
                             r"supplier|company|firm|bank|lender|carrier|airline|miner|retailer|group|employer|operator|"
                             r"insurer|manufacturer|party|union|refiner|shipper|brewer|chain)s?\b")
# "Widodo Putra, who scored a spectacular goal": who, not which, and one of them; not "Feyenoord, who have
# two games in hand", "Steaua Bucharest, who finished bottom of their group" (a team is "who" too), nor
# "the Taliban, who …"
_WHO_ONE_AFTER = re.compile(r"^\s*,\s*who\s+(?:has|is|was|[a-z]+s|[a-z]+ed|took|won|lost|led|left|made|went|came|gave|"
                            r"held|told|said|saw|became|ran|fled|met|got|kept|brought|sought|fought|spoke|wrote|"
                            r"built|began|grew|knew|rose|stood|taught|thought|fell|sat|paid|sold|spent|struck|hit|"
                            r"beat|broke|threw|drove|chose|caught|bought|found|sent|shot|put|set|wore|flew|swam)\b"
                            r"(?![^,.;]*\b(?:their|they|them)\b)")
_POSSESSOR = re.compile(r"\b(\w+)[’']s\b")
_BARE_WORDS = ORG_WORDS | FAITHS  # a name of only these names no one: "Government", "Islamist"
# (and "Mubarak-era ministers": whose time it was)
_BACKINGS = (r"-(?:backed|led|based|allied|aligned|funded|sponsored|born|run|owned|controlled|held|occupied|bound|linked|"
             r"affiliated|supported|armed|trained|listed|designated|sanctioned|approved|brokered|imposed|mandated|era)")
_BACKED_BY = re.compile(_BACKINGS + r"(?=$| )", re.I)  # (and "the Indian National Congress-led INDIA bloc")
# "the Maduro-controlled assembly", "of the Hamas-run ministry": who controls it, wherever the noun is (not
# "Denmark-based": where a firm sits)
_A_BACKER_AFTER = re.compile(r"^(?!-based\b|-born\b)" + _BACKINGS + r"\b", re.I)
_TIME_OF_TITLE = {"former", "acting", "interim", "outgoing", "incoming", "then", "current"}
_AN_OFFICE_S_QUALIFIERS = _TIME_OF_TITLE | {"vice"}  # ("Vice Chairman Donald Kohn": no body called Vice)


def _without_backing(span: Span | None) -> Span | None:
    """"a United Nations-backed force", "the Kenya-led mission": the name is who backs or leads
    it, not the adjective made of it."""
    if span is None:
        return None
    backing = _BACKED_BY.search(span.text)
    if backing is None:
        return span
    text = span.text[:backing.start()]
    if backing.group(0).lower() in _ONLY_LOCATES:
        # "Denmark-based Bavarian Nordic": where a firm sits, no part in what it does; "the New York-based Committee
        # to Protect Journalists": the body is what follows
        rest = span.text[backing.end():].lstrip()
        return Span(rest, span.end - len(rest), span.end) if rest[:1].isupper() else None
    if not text[:1].isupper():
        return None
    return Span(text, span.start, span.start + len(text))


_ONLY_LOCATES = {"-based", "-born"}
# ("Leftist rebels held 490 hostages": a creed's adjective too, not the Swedish "Holmquist")
_AN_ADJECTIVE_BY_ITS_END = re.compile(r"[A-Z][a-z]{3,}(?:ous|ful|less|phobic|(?<!qu)(?<!qv)ist)")
_JOINED_TO_A_PLAIN_WORD = re.compile(r"[A-Z][\w'’]*-[a-z]+")  # a name made a word's modifier: "Arafat-loyalist"
_JOINED_TO_AN_ADJECTIVE = re.compile(r"[A-Z][\w'’]*-[a-z]+(?:ist|ed|ing|ly|ian|ive|al|ic|ous|ful|less)")
_A_PARTICIPLE_JOINED_TO_A_NAME = re.compile(r"\b[A-Z][\w’']*-[a-z]{2,}(?:ed|en)\b")


def _a_compound_adjective(name: str, after: str) -> bool:
    """"NBC's Spanish-language network", "English-speaking regions": a nationality's adjective joined
    to a word of the language is an adjective too, no one's name; and so are two sides joined before
    what is between them ("the Israel-Hamas war", "US-China trade"; not "the Interfax-Ukraine agency")."""
    head, dash, tail = name.partition("-")
    if not dash or " " in name:
        return False
    if tail[:1].isupper():
        return (is_state_name(head) or is_state_name(tail)) and bool(_BETWEEN_SIDES_AFTER.match(after))
    return tail.isalpha() and tail.islower() and is_demonym(head)


_BETWEEN_SIDES_AFTER = re.compile(r"\s+(?:war|wars|conflict|border|frontier|trade|talks|relations|ties|deal|summit|"
                                  r"agreement|accord|ceasefire|truce|dispute|crisis|rivalry|negotiations|match|"
                                  r"pipeline|corridor|route|axis|front|fighting|clashes|tensions)\b")
_BORN_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.'’]*-born $")


def _without_adjective_after(span: Span | None, sentence: str) -> Span | None:
    """"to grant Elian American citizenship": a nationality closing the name belongs to the noun
    after it; "Dawn French starred", "Volker Turk said" keep theirs, a verb following, and "a tie-up
    with KLM Royal Dutch in 2004" its own, no noun following."""
    if span is None or " " not in span.text:
        return span
    head, last = span.text.rsplit(" ", 1)
    after = _NEXT_WORD.match(sentence, span.end)
    if (after is None or not state_of(last) or is_state_name(last) or after.group(1) in _NO_NOUN
            or _VERB_LIKE.fullmatch(after.group(1)) or _SPEECH_VERB.fullmatch(after.group(1))):
        return span
    return Span(head, span.start, span.start + len(head))


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_NO_NOUN = frozenset({"in", "on", "at", "of", "for", "to", "from", "with", "by", "and", "or", "as", "since", "after"})


def _without_followers(span: Span | None) -> Span | None:
    """"killed by Somali al Shabaab Islamists": the movement's followers, capitalised, close its name but are
    no part of it."""
    if span is None or not span.text.endswith("s") or " " not in span.text:
        return span
    head, last = span.text.rsplit(" ", 1)
    if not _FOLLOWERS_IN_CAPITALS.fullmatch(last):
        return span
    return Span(head, span.start, span.start + len(head))


_FOLLOWERS_IN_CAPITALS = re.compile(r"(?:Islamists|Jihadists|Militants|Insurgents|Loyalists|Extremists)")


def _without_flight(span: Span | None, sentence: str) -> Span | None:
    """"Asiana Airlines Flight 214": a flight is no part of its airline's name."""
    if span is None or not span.text.endswith(" Flight") or not _A_NUMBER_NEXT.match(sentence, span.end):
        return span
    head = span.text.removesuffix(" Flight")
    return Span(head, span.start, span.start + len(head))


_A_NUMBER_NEXT = re.compile(r" \d")
# (and an adverb before the verb: "Vice Adm. Bill French earlier had said")
_VERB_LIKE = re.compile(r"[a-z]+(?:ed|s)|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
                        r"earlier|later|also|then|again|still|never|once|previously|first|[a-z]{3,}ly")
_SPEECH_VERB = re.compile(SPEECH_VERBS)


def _spells_with_first(acronym: str, words: list[str]) -> bool:
    """"All Progressive Congress (APC)": the acronym needs the first word, so it belongs to the name."""
    return len(words) > 1 and acronym_fits(acronym, " ".join(words)) and not acronym_fits(acronym, " ".join(words[1:]))


def _is_honorific(word: str, words: list[str]) -> bool:
    """"Mr" opening "Mr Johnson" (after a dropped "But"): a title of address, not the name (but "Sheikh
    Rehana" is how she is named)."""
    low = word.lower().rstrip(".")
    return len(words) > (2 if low in NAMING_TITLES else 1) and low in HONORIFICS


SHOUTED_FROM = 6  # words in capitals, for a sentence to be shouted ("JUDGE SENTENCES SAM BANKMAN-FRIED TO 25 YEARS")


def _shouted(sentence: str) -> bool:
    """A sentence written in capitals (an embedded post, a breaking-news banner): its words do not
    tell names from the rest, so it names no one ("JUDGE SENTENCES SAM BANKMAN-FRIED" is no judge)."""
    return (sentence.count(" ") >= SHOUTED_FROM and not any(c.islower() for c in sentence[:60])
            and len(_SHOUTED_WORD.findall(sentence)) >= SHOUTED_FROM)


_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")


@lru_cache(maxsize=256)
def _first_word_start(sentence: str) -> int:
    """Where a sentence's first word starts; cached, as every name in the sentence asks."""
    match = _WORD_CHAR.search(sentence)
    return match.start() if match else 0


def _a_body_s_people_after(word: str, after: str, lower_words: set[str]) -> bool:
    """"Taleban rebels attacked", "Hamas militants fired": a sentence's first word before its
    fighters or followers names their body, if it is no word the language has ("Unknown gunmen",
    "Rebel fighters", "Wanted terrorist", "Other militants")."""
    return bool(_FIGHTERS_AFTER.match(after) or _FOLLOWERS_AFTER.match(after)) and _no_word_of_the_language(word, lower_words)


def _a_name_that_speaks(word: str, after: str, lower_words: set[str]) -> bool:
    """"Oxfam said its warehouses were empty": a sentence's first word that speaks is a name, if
    it can be no word of the language, nor a people's or a place's ("Officials said", "Witnesses
    said", "Israeli said")."""
    return (_SPEAKS_AFTER.match(after) is not None and _no_word_of_the_language(word, lower_words)
            and not word.lower().endswith("s") and _may_name_a_body(word) and not may_be_a_first_name(word))


def _no_word_of_the_language(word: str, lower_words: set[str]) -> bool:
    """Never written in lower case by the article, no common word, no word built as the language builds them."""
    low = word.lower()
    return low not in lower_words and not is_common_word(word) and not _A_WORD_OF_THE_LANGUAGE.fullmatch(low)


_A_WORD_OF_THE_LANGUAGE = re.compile(r"un\w+|\w+(?:ed|own|ing|ies)|" + _FIGHTER_WORDS)


def _is_calendar_word(text: str) -> bool:
    """A month, a weekday or a feast ("Republic Day", "Christmas Eve", "Halloween"; but "Doris Day" is hers)."""
    low = text.lower().rstrip(".")
    if low in MONTHS or low in WEEKDAYS or low in _FEASTS or (text.isupper() and low in _WEEKDAYS_CUT) or (
            "-" in low and all(part in MONTHS or part in WEEKDAYS for part in low.split("-"))):
        return True  # (and "the July-September period", "Monday-Friday")
    words = text.split()
    return len(words) >= 2 and words[-1] in ("Day", "Eve") and not (len(words) == 2 and is_given_name(words[0]))


# a weekday cut short, as a live page's time stamps set it in capitals: "7.00AM AEDT TUE: THREE people are dead"
_WEEKDAYS_CUT = {day[:3] for day in WEEKDAYS} | {"tues", "thur", "thurs"}
# feasts named in one word: "a huge Halloween party crowd", "Christmas shoppers" (a day, and what is held on it)
_FEASTS = {"christmas", "easter", "halloween", "thanksgiving", "hanukkah", "passover", "ramadan", "diwali", "eid",
           "pentecost", "kwanzaa", "navratri", "lent", "advent"}


_STORMS = ("Hurricane", "Typhoon", "Cyclone", "Tropical Storm", "Storm", "Superstorm")
_A_STORM = re.compile(r"(?:" + "|".join(_STORMS) + r") [A-Z]")  # "Hurricane Katrina": weather
_A_STORM_S_NAME = re.compile(r"\b(?:" + "|".join(_STORMS) + r") ([A-Z][a-z]+)\b(?![ -][A-Z])")
_A_WILDFIRE = re.compile(r"\S (?:Fire|Complex)$")  # "the County Fire", "the Dixie Fire", "the August Complex": a blaze


def _a_work_s_title_opening(before: str, after: str) -> bool:
    """"starred in The Hunt for Red October": a capitalised "The" in mid-sentence, a name, then "for" or
    "of" and another name, is a work's title (but "in The Hague" is a place)."""
    return before.endswith(" The ") and _OF_A_NAME_AFTER.match(after) is not None


_OF_A_NAME_AFTER = re.compile(r" (?:for|of|of the) [A-Z]")


def _a_work_s_title(text: str, start: int, end: int) -> bool:
    """'the soap opera "Peyton Place,"', 'the 1982 film "Gandhi"': a name quoted whole after the kind of work
    it is names the work, no one; so does one right after "the movie" ("from the movie Mission Mangal")."""
    return ((bool(_A_WORK_BEFORE.search(text, max(0, start - 20), start)) and _QUOTE_CLOSES.match(text, end) is not None)
            or _THE_WORK_BEFORE.search(text, max(0, start - 20), start) is not None)


_PUBLISHES_AFTER = re.compile(r"^\s+(?:(?:has|have|had|also|later)\s+)*(?:published|released|issued)\s+(?:a|an|its|their)\s+"
                              r"(?:(?:new|latest|annual|joint)\s+)?(?:report|statement|study|survey|analysis)\b")
# "the COVID-19 pandemic", "H5N1 bird flu": an illness's name before what it spreads as
_AN_ILLNESS_S_SPREAD_AFTER = re.compile(r"^\s+(?:(?:avian|bird|swine)\s+(?:flu|influenza)|pandemic|epidemic|outbreak|"
                                        r"virus|influenza|strain|variant)s?\b", re.I)
_A_VIRUS_AFTER = re.compile(r"^\s+virus\b", re.I)
_A_SYNDROME_AFTER = re.compile(r"^\s+(?:syndrome|disease)\b")
_A_HOME_AFTER = re.compile(r"^\s+(?:home|house|residence|flat|apartment|farm|villa|mansion)\b")
_ONE_S_OWN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+$")
_A_VACCINE_AFTER = re.compile(r"^-?\s*vaccines?\b", re.I)
# "the Dali container ship": the ship's own name (or its owner's) before what kind of ship it is
_A_PRODUCT_AFTER = re.compile(r"^\s+(?:[Ww]eb\s+)?(?:browser|app|software|operating system|smartphone|handset|chatbot)s?\b")
_A_VESSEL_AFTER = re.compile(r"^\s+(?:(?:container|cargo|oil|cruise|fishing)\s+)?(?:ship|vessel|tanker|freighter)\b")
_A_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|tugboat|tug|ferry|yacht|trawler|frigate|destroyer|"
                              r"warship|submarine|cruiser|liner)\s+$")


# "Update: Thursday, 7 a.m. ET", "at 8:30 p.m. EDT", "11:10 BST", "18.03 Hrs. IST", "2pm (AEDT)": a clock's zone, no body
_A_CLOCK_BEFORE = re.compile(r"(?:\d\s*[ap]\.?m\.?|\d[:.]\d\d(?:\s+hrs?\.?|\s+hours)?)\s+\(?$", re.I)
# "the Western coalition": a compass point's adjective alone is no body
_COMPASS_ADJECTIVES = frozenset(w for w in COMPASS_POINTS if w.endswith("ern"))
_A_LETTER_AND_A_WORD = re.compile(r"[A-Z]-[a-z]+")  # "A-list actors", "an X-ray", "a U-turn": a word of the language
_A_PRIZE = re.compile(r"\S (?:Awards?|Prizes?|Medals?|Trophy)$")  # "won eight Academy Awards", "the Nobel Prize"
_A_WORK_BEFORE = re.compile(r"\b(?:film|movie|series|show|opera|sitcom|novel|book|memoir|album|song|single|play|"
                            r"musical|documentary|programme|program|slogan|chant|motto|catchphrase)\s+[“\"‘]$", re.I)
_THE_WORK_BEFORE = re.compile(r"\bthe\s+(?:film|movie|series|sitcom|novel|book|memoir|album|song|musical|documentary)\s+$",
                              re.I)
_QUOTE_CLOSES = re.compile(r"[,.!?]?[”\"’]")


def _is_an_era(name: str, text: str, start: int, end: int) -> bool:
    """"the 6th century B.C.", "circa A.D. 1000": the era a year is counted in, no body or place."""
    return bool(_ERA.fullmatch(name)) and bool(_COUNTED_BEFORE.search(text, max(0, start - 16), start)
                                               or _YEAR_AFTER.match(text, end))


def _a_region_s_adjective(name: str, text: str, end: int, mid_caps: set[str]) -> bool:
    """"the Hawaiian island" in a story naming Hawaii: a place's adjective before a noun, made of the
    place's name, is no place itself (but "Fujian province", "the Guardian newspaper" are names; and
    a state's adjective, "Syrian troops", is the state's, found as such)."""
    return (" " not in name and name.endswith("an") and (name[:-1] in mid_caps or name[:-2] in mid_caps)
            and _LOWER_WORD_AFTER.match(text, end) is not None and not state_of(name))


_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def _a_title_s_qualifier(name: str, text: str, end: int) -> bool:
    """"Durban – Former president Jacob Zuma": a word that only qualifies an office ("former", "acting",
    "vice"), before the office in lower case, wherever the sentence was taken to open."""
    return name.lower() in _AN_OFFICE_S_QUALIFIERS and _LOWER_WORD_AFTER.match(text, end) is not None
_ERA = re.compile(r"B\.C\.(?:E\.)?|BCE?|A\.D\.|C\.E\.")
_COUNTED_BEFORE = re.compile(r"(?:\d|\bcentury|\bmillennium)\s*$")
_YEAR_AFTER = re.compile(r"\s+\d")


def find_mentions(sentences: list[Sentence], lower_words: set[str], mid_caps: set[str]) -> list[Mention]:
    """All candidate name mentions of an article, with their role and evidence cues.

    `lower_words` and `mid_caps` are the article's words seen in lower case and capitalised
    inside a sentence: a sentence's first word that is neither ("Afterwards", "Shedding")
    is an ordinary word, whatever follows it.
    """
    mentions = []
    storms = {m.group(1) for sent in sentences if any(w in sent.text for w in _STORMS)
              for m in _A_STORM_S_NAME.finditer(sent.text)}  # the storms it names: "Hurricane Helene", "Storm Ciarán"
    for at, sent in enumerate(sentences):
        text = sent.text
        if _shouted(text):
            continue
        roster = _is_roster(text)
        first = len(mentions)
        complements: list[Span] = []  # bodies named in titles ("Speaker of the House of Representatives")
        # "Woodward described the situation as desperate. She said …": the subject the next sentence calls he or she
        then_a_person = at + 1 < len(sentences) and _HE_OR_SHE_OPENS.match(sentences[at + 1].text) is not None
        opening = _first_word_start(text) if then_a_person else -1
        for span in _apart_from_makers(find_names(text), text):
            trimmed = _without_flight(_without_followers(
                _without_adjective_after(_without_backing(_trim_opener(span, text, lower_words, mid_caps)), text)), text)
            if trimmed is None or (_CURRENCY_AFTER.match(text, trimmed.end) and state_of(trimmed.text)) or names_a_sum(
                    trimmed.text, text[trimmed.end:trimmed.end + 4], text[max(0, trimmed.start - 10):trimmed.start]
            ) or text[:trimmed.start].rstrip().endswith("©"):
                continue  # (nor "the US dollar" nor "US$1": a currency, not the state; nor "© Kenzo Tribouillard / AFP":
                # a picture's credit)
            speaks_then_he_or_she = (trimmed.start == opening and _SPEAKS_AFTER.match(text[trimmed.end:]) is not None
                                     and not is_plural_noun(trimmed.text))  # ("Authorities said …. He said": not they)
            if (trimmed.start == _first_word_start(text) and " " not in trimmed.text and trimmed.text not in mid_caps
                    and not is_acronym(trimmed.text) and not state_of(trimmed.text) and not _INTERCAPS.match(trimmed.text)
                    and not speaks_then_he_or_she and not _TITLED_AFTER.match(text, trimmed.end)
                    and not _GROUP_AFTER.match(text[trimmed.end:trimmed.end + 120])
                    and not _AND_OTHER_BODIES_AFTER.match(text[trimmed.end:trimmed.end + 60])
                    and not _a_body_s_people_after(trimmed.text, text[trimmed.end:trimmed.end + 20], lower_words)
                    and not _a_name_that_speaks(trimmed.text, text[trimmed.end:], lower_words)
                    and not (_A_FIRM_S_RESULTS_AFTER.match(text[trimmed.end:trimmed.end + 80])
                             and _no_word_of_the_language(trimmed.text, lower_words))):  # "Salesforce posted a profit"
                continue  # an ordinary word opening the sentence; but "Daglo, a military leader, …" names him,
                # and "Taleban rebels attacked", "Hamas militants fired" name a body
            named = _without_address(
                _without_post_nominal(_person_after_complement(split_run(trimmed.text, trimmed.start, text), text)))
            if _a_body_named_with_a_title_s_word(named, trimmed, text) or _named_for_a_royal(named):
                named = NamedRole(trimmed.text, "", trimmed.start, trimmed.end)  # "equity fund General Atlantic"
            if not named.name:
                # "the Special Envoy said"; or, with no "the", a title's word that is someone's family name ("Bishop said")
                if named.role and (_THE_BEFORE.search(text[:trimmed.start]) or " " not in named.role):
                    mentions.append(Mention(sent.index, trimmed.start, trimmed.end, "", role=named.role, cues={"roleref"}))
                owner = _title_owner(named.role, trimmed.start) if " " in named.role else None
                if owner is not None:  # "Western Air Command Chief was present": the body, if no one of it is named
                    mentions.append(Mention(sent.index, owner.start, owner.end, owner.text, cues={"group"}))
                continue
            if (_is_calendar_word(named.name) or _is_function_word(named.name, text) or _LIKENESS.search(named.name)
                    or _A_STORM.match(named.name) or named.name in storms  # ("the eye of Helene": the storm's)
                    or named.name.rstrip(".") in ("Jr", "Sr")  # a generation, no one
                    # ("following the lead of Ford Motor Co.": a company's form after a title's complement, no one)
                    or (named.role and named.name.rstrip(".,").lower() in CORPORATE_FORMS)
                    or (_A_WILDFIRE.search(named.name) and text[max(0, named.start - 4):named.start].lower() == "the ")
                    or (" " not in named.name and _is_adverb(named.name))  # "Additionally, the network reported"
                    or _a_work_s_title(text, named.start, named.end) or _A_PRIZE.search(named.name)
                    or _A_LETTER_AND_A_WORD.fullmatch(named.name) or named.name in _COMPASS_ADJECTIVES
                    or (len(named.name) <= 4 and named.name.isupper()
                        and _A_CLOCK_BEFORE.search(text, max(0, named.start - 12), named.start))
                    or _is_an_era(named.name, text, named.start, named.end)
                    or _shouted_or_model(named.name, text[:named.start], lower_words)
                    or _a_region_s_adjective(named.name, text, named.end, mid_caps)
                    or _a_title_s_qualifier(named.name, text, named.end)
                    or _a_compound_adjective(named.name, text[named.end:named.end + 30])):
                continue
            led = _LED_BODY_AFTER.match(text, named.end)
            if led and _THE_BEFORE.search(text, 0, named.start) and not state_of(named.name):
                # "the Biden administration", "the Modi government": the body a leader heads
                mentions.append(Mention(sent.index, named.start, led.end(), f"{named.name} {led.group(1)}", cues={"group"}))
                continue
            bloc = _A_BLOC_AFTER.match(text, named.end) if named.name.isupper() and " " not in named.name else None
            if bloc and is_state_name(named.name.title()):
                # "the rival INDIA bloc": a state's name in capitals before "bloc" spells the bloc, which is no state
                mentions.append(Mention(sent.index, named.start, bloc.end(), f"{named.name} {bloc.group(1)}", cues={"group"}))
                continue
            owned_from = _state_owning(text, named.start, named.name)
            if owned_from is not None:  # "Russia's Defence Ministry": Russia's own, not any state's
                mentions.append(Mention(sent.index, owned_from, named.end, text[owned_from:named.end], cues={"group"}))
                continue
            mention = Mention(sent.index, named.start, named.end, strip_possessive(without_nickname(named.name)))
            collective = False
            if named.role and not has_role_head(named.role):
                mention.role = role_before(text, named.start, complement_joins=True)
            elif named.role:
                # "RSF commander General Mohamed Hamdan Dagalo": the title before the run belongs too
                before = (role_before(text, trimmed.start) or _joined_title(text, trimmed.start)
                          or title_before_complement(text, trimmed.start))
                if before.endswith((" of", " for", " to", " at")) and not is_plural_title(named.role):
                    # "a spokesman for President Joe Biden": the title is his own; but "UN High
                    # Commissioner for" opens his title before "Refugees Filippo Grandi"
                    before = ""
                # (but "The spokesperson for the military junta, General Zaw Min Tun": the rank is another word of him)
                apart = before and text[max(0, trimmed.start - 3):trimmed.start].rstrip().endswith(",")
                mention.role = before if apart else f"{before} {named.role}" if before else named.role
                dropped = text[span.start:trimmed.start].split()
                if dropped and fold(dropped[-1]) in _TIME_OF_TITLE and not before:
                    mention.role = f"{dropped[-1].lower()} {mention.role}"  # "Former U.S. President Donald Trump"
            else:
                before = "" if _THE_CAPITAL_BEFORE.search(text, max(0, named.start - 80), named.start) else role_before(
                    text, named.start)  # ("sworn in as vice-president at a ceremony in the capital, Lilongwe")
                owner = _untitled_name_before_title(mentions, sent, named.start, before)
                if owner is not None:  # "Nana Akufo-Addo, president of Ghana, Umaro Embaló, president of …"
                    owner.role, before = before, ""
                    owner.cues |= _cues(text, owner.start, owner.end, owner.text, owner.role)
                collective = (bool(before) and is_plural_title(before) and not _ANOTHER_NAME_AFTER.match(text, named.end)
                              and not _opens_with_given_name(named.name))
                if collective:
                    before = ""  # "the Dodgers and their owners Guggenheim Baseball": many are one body's name
                mention.role = (before or _role_after(text, trimmed.start, named.end)
                                or _shared_role(mentions, sent, named.start) or _rank_before(text, named.start)
                                or _leader_of_before(text, named.start))
            listed_after = _place_listed_before(mentions, sent, named.start, named.end)
            if listed_after is not None and mention.role.endswith(listed_after.text):
                mention.role = ""  # "doctors in Winnipeg, Vancouver and Rochester": more places, no doctor
            mention.cues = _cues(text, named.start, named.end, named.name, mention.role)
            if collective:
                mention.cues.add("group")
            if "group" in mention.cues and not mention.role:
                mention.role = _kind_of_body_before(text, named.start)  # "oil giant BP", "French shipping group CMA CGM"
                if mention.role:
                    mention.cues.add("descriptor")
            if listed_after is not None:
                mention.cues.add("place")
            if (((_opens_with_given_name(mention.text) and mention.text.split()[0].lower() not in lower_words)
                 or _a_family_name_and_a_given_name_of_two(mention.text))
                    and not _A_KIND_OF_BEFORE.search(text, max(0, named.start - 24), named.start)):
                mention.cues.add("given")  # unless the article writes it as a word ("a storm", "liberty")
            if roster and _ROSTER_ITEM_BEFORE.search(text, max(0, trimmed.start - 8), trimmed.start):
                mention.cues.add("listed")
            elif roster and _CLUB_IN_BRACKETS.match(text, trimmed.end) and text[max(0, trimmed.start - 2):trimmed.start] == " (" \
                    and not state_of(mention.text):
                mention.cues.add("team")  # "Vitor Baia (Barcelona, Spain)", "Rui Correia (Braga)": a player's club
            if speaks_then_he_or_she:
                mention.cues.add("pronoun")
            owner = _title_owner(named.role, trimmed.start) if named.role else None
            if owner is not None:
                mentions.append(Mention(sent.index, owner.start, owner.end, owner.text, cues={"group"}))
                mention.role = after_a_body_s_of(mention.role)  # (the church "of Pastor Paul Mackenzie": his title)
            complement = _title_complement(mention.role, text, named.start) if mention.role else None
            if complement is not None:
                complements.append(complement)
            employer = _EMPLOYER_AFTER.match(text, named.end) if mention.role else None
            if (employer is not None and not state_of(employer.group("org")) and not is_region_adjective(employer.group("org"))
                    and not _opens_with_given_name(employer.group("org"))  # ("the spokesperson for Félix Tshisekedi")
                    and not _CUT_AT_ITS_INITIALS.search(employer.group("org"))):  # (nor "of J.P" of "J.P. Morgan")
                # "Jeffrey Pritzker, executive vice president of Brawner Builders,": the firm whose office he holds
                mentions.append(Mention(sent.index, employer.start("org"), employer.end("org"), employer.group("org"),
                                        cues={"group"}))
            mentions.append(mention)
        taken = {(m.start, m.end) for m in mentions[first:]}  # a body in a title is often a run of its own too
        bodies = [Mention(sent.index, b.start, b.end, b.text, cues={"group"}) for b in complements
                  if (b.start, b.end) not in taken]
        if bodies:  # in their place in the sentence
            mentions[first:] = sorted(mentions[first:] + bodies, key=lambda m: m.start)
        _mark_listed_people_and_firms(mentions[first:], text)
        _share_a_family_name(mentions[first:], text)
        lower = _bodies_of_states(sent)
        if lower:  # in their place in the sentence, as a reader meets them
            mine = next((i for i in range(len(mentions)) if mentions[i].sent == sent.index), len(mentions))
            mentions[mine:] = sorted(mentions[mine:] + lower, key=lambda m: m.start)
    _spell_out_counties(mentions, sentences)
    return mentions


def _spell_out_counties(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """"in Buncombe Co.", in a story that names "Buncombe County": the county, written short (not
    "Homestake Mining Co", a company, whose "County" the story never writes)."""
    counties = {m.group(1) for sent in sentences if "County" in sent.text for m in _A_COUNTY.finditer(sent.text)}
    for m in mentions:
        stem = m.text.removesuffix(".").removesuffix(" Co")
        if stem != m.text.removesuffix(".") and stem in counties:
            m.text = f"{stem} County"
            m.cues.discard("orgword")  # (which "Co" gave it as a company's legal form)


_A_COUNTY = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) County\b")


def _share_a_family_name(ms: list[Mention], text: str) -> None:
    """"Bill and Hillary Clinton", "mother and daughter Havva and Fatmagül Aslan": a first name
    alone before "and" and a first and family name is the family's too, when both are first names
    or the text says they are kin."""
    for one, two in pairwise(ms):
        words = two.text.split()
        if " " in one.text or not one.text or text[one.end:two.start] != " and " or len(words) != 2:
            continue
        before = text[:one.start].split()[-1:]
        if (not (before and before[0][:1].isupper() and not before[0].endswith((",", ";", ":")))  # (not "Martin St.
                # Louis and Brad Richards": the end of another name)
                and not state_of(one.text) and ((is_given_name(one.text) and is_given_name(words[0]))
                                                or _KIN_BEFORE.search(text, max(0, one.start - 40), one.start))):
            one.text = f"{one.text} {words[1]}"  # (where the first name stands: the family name is written after)


_RELATIVE = r"(?:mother|father|husband|wife|son|daughter|brother|sister)"
_KIN_BEFORE = re.compile(rf"\b(?:{_RELATIVE}\s+and\s+{_RELATIVE}|brothers|sisters|twins|siblings|couple|spouses)\s+$",
                         re.I)


def _mark_listed_people_and_firms(ms: list[Mention], text: str) -> None:
    """"Karina Ariev, Daniella Gilboa, Naama Levy, and Liri Albag": full names listed with people
    whose first names or ages say they are people are people too; "Morgan Stanley, Goldman Sachs Group
    Inc., JPMorgan Chase & Co.": and names listed with companies, by their legal forms, are companies;
    and three or more names after one "the", each ending in its members, are sides."""
    for run in _lists(ms, text):
        if (any(x.cues & _A_PERSON_S for x in run)  # (not "the Dallas Cowboys and …")
                and all(len(x.text.split()) >= 2 and _may_be_a_persons_name(x.text) and "definite" not in x.cues
                        for x in run)):
            for x in run:
                x.cues.add("listed")
        elif any(x.text.split()[-1].lower().rstrip(".,") in CORPORATE_FORMS for x in run):
            for x in run:
                if not x.cues & _SAID_OF_SOMEONE:
                    x.cues.add("group")
        elif (len(run) >= 3 and text[:run[0].start].endswith("the ")
              and all(_names_its_members(x.text.split()) for x in run)):
            for x in run:  # "defeating the Minnesota Timberwolves, Phoenix Suns and Los Angeles Lakers": sides
                x.cues.add("team")


def _lists(ms: list[Mention], text: str) -> Iterator[list[Mention]]:
    """The runs of two names or more a sentence lists, one after the other."""
    run: list[Mention] = []
    for m in [*sorted((m for m in ms if m.text), key=lambda m: m.start), None]:
        if m is not None and run and _LIST_GAP.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if len(run) >= 2:
            yield run
        run = [m] if m is not None else []


_LIST_GAP = re.compile(r"(?:,\s+\d{1,3})?\s*(?:[,;]\s*(?:and\s+)?|and\s+)")  # ", ", ", 24, and ", " and "
_A_PERSON_S = frozenset({"given", "age", "honorific"})
_SAID_OF_SOMEONE = frozenset({"age", "honorific", "role", "pronoun", "kin"})


# the bodies every state has, and the fields a ministry is named for: "Defence Ministry", "Central Bank"
_STATE_BODY_HEADS = frozenset({"ministry", "army", "navy", "parliament", "bank", "court", "office", "service", "guard",
                               "staff", "police", "prosecutor's", "ombudsman", "force", "senate", "congress",
                               "legislature", "cabinet"})
_STATE_OWNER_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})[’']s $")
# "Armenia's health ministry said", "the Russian defence ministry": a state's body written in lower case
_LOWER_BODIES = ("ministry", "army", "navy", "parliament", "central bank", "supreme court", "foreign office",
                 "security service", "general staff", "air force")
_STATE_BODY_LOWER = re.compile(r"\b(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}[’']s|[A-Z][a-z]+) "
                               # ("Britain's ministry of defense said")
                               r"(?P<body>ministry of (?:[a-z]+ and )?[a-z]+|(?:[a-z]+ ){0,2}(?:" + "|".join(_LOWER_BODIES)
                               + r"))\b")
# "Russian peacekeeping forces", "Azerbaijani troops", "Ukrainian officials said": the armed men and the
# officials a state sends are the state acting
_AGENTS = ("forces", "troops", "soldiers", "peacekeepers", "warplanes", "jets", "artillery", "military", "police",
           "officers", "navy", "warships", "diplomats", "officials", "authorities", "government", "regime",
           "leadership")  # "Kenyan police arrived", "the Ethiopian government declared a truce": Kenya, Ethiopia
_STATE_FORCES = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) (?:[a-z]+ )?(?:" + "|".join(_AGENTS) + r")\b")
_DISGUISED_AS = re.compile(r"\b(?:disguised|posing|dressed|masquerading) as $")  # "… as Mongolian soldiers": not them
# a sentence without one of these last words has neither
_STATE_BODY_WORD = re.compile("|".join(dict.fromkeys(b.split()[-1] for b in _LOWER_BODIES + _AGENTS)))


def _is_state_body(words: list[str]) -> bool:
    """"Defence Ministry", "Central Bank", "Ministry of Health": a body any state has, named for its field."""
    low = [w.lower().rstrip(",") for w in words]
    if len(low) >= 3 and low[1] == "of":  # "Ministry of Health", "Ministry of Foreign Affairs"
        low = [*low[2:], low[0]]
    # ("Ministry of Health, Labour and Welfare": each of its fields)
    return bool(low) and low[-1] in _STATE_BODY_HEADS and all(
        w in ORG_WORDS or is_role_word(w) or (w in FIELD_WORDS and len(low) > 2) or (w == "and" and len(low) > 3)
        for w in low)


def _state_owning(text: str, start: int, name: str) -> int | None:
    """Where the state's possessive before a state body begins ("Russia's Defence Ministry"), if one does."""
    if text[start - 2:start] != "s " or not _is_state_body(name.split()):
        return None  # most names: no body, or no possessive before them
    owner = _STATE_OWNER_BEFORE.search(text, max(0, start - 40), start)
    return owner.start(1) if owner is not None and state_of(owner.group(1)) else None


def _bodies_of_states(sent: Sentence) -> list[Mention]:
    """"Armenia's health ministry", "the Russian defence ministry": a state's own body, named in
    lower case. And "Russian peacekeeping forces", "Syrian troops": the state itself, acting."""
    out: list[Mention] = []
    if not _STATE_BODY_WORD.search(sent.text):  # most sentences: no such body, no troops
        return out
    for match in _STATE_BODY_LOWER.finditer(sent.text):
        owner = match.group("owner")
        if state_of(strip_possessive(owner)) and _is_state_body(match.group("body").split()):
            name = f"{owner} {' '.join(w if w in ('of', 'and') else w.capitalize() for w in match['body'].split())}"
            out.append(Mention(sent.index, match.start(), match.end(), name, cues={"group"}))
    for match in _STATE_FORCES.finditer(sent.text):
        words, start = match.group(1), match.start()
        state = state_of(words)
        if state is None and " " in words:  # "In Kursk Russian troops …": the adjective alone
            first, words = words.split(" ", 1)
            start, state = start + len(first) + 1, state_of(words)
        if state is not None and not is_state_name(words) and not _DISGUISED_AS.search(sent.text, 0, start):
            out.append(Mention(sent.index, start, match.end(), state, cues={"state"}))
    return out




def _person_after_complement(named: NamedRole, sentence: str) -> NamedRole:
    """"Chancellor of the Exchequer Kenneth Clarke", "Speaker of the House Nancy Pelosi": after a
    title's "of the", the run ends the title and, at a first name, a person's name begins; so it
    does after a body's name ("the opposition New Patriotic Party Nana Akufo-Addo")."""
    words = named.name.split()
    if named.role or len(words) < 3:
        return named
    at = next((i for i in range(1, len(words) - 1)
               if is_given_name(words[i]) and looks_like_person_name(words[i:])), None)
    if at is None or not (is_title_complement(sentence, named.start) or words[at - 1].lower() in ORG_WORDS):
        return named
    role = " ".join(words[:at])
    start = named.start + len(role) + 1
    return NamedRole(" ".join(words[at:]), role, start, named.end)


def _without_address(named: NamedRole) -> NamedRole:
    """"Governor-General Sir John Kerr": a title of address between a title and a full name is no
    part of the name (the run began with the title, so it was not taken off before)."""
    first, _, rest = named.name.partition(" ")
    second = rest.split(" ", 1)[0]
    if (not named.role and rest.count(" ") >= 2 and fold(second).rstrip(".") in HONORIFICS
            and fold(second) not in NAMING_TITLES and not is_given_name(first)
            and rest.split()[1][:1].isupper()):  # (not "Notre Dame de Paris": a church)
        # "Pollster Sir John Curtice predicted": a word of what he is, set before his title of address
        cut = len(first) + 1
        return _without_address(NamedRole(rest, first, named.start + cut, named.end))
    if not named.role or " " not in rest or fold(first).rstrip(".") not in HONORIFICS or fold(first) in NAMING_TITLES:
        return named
    return NamedRole(rest, named.role, named.start + len(first) + 1, named.end)


def _without_post_nominal(named: NamedRole) -> NamedRole:
    """"Jeremy Corbyn MP", "Keir Starmer KC", "Mark Rutte NATO" (a slip): initials after a person's
    name are an honour, a seat or a stray body, never a part of the name. "the National Electoral
    Council CNE": a body's own initials, in any order (a translated name keeps the original's),
    written after it without brackets."""
    words = named.name.split()
    if (len(words) >= 3 and is_acronym(words[-1]) and looks_like_person_name(words[:-1])
            and (named.role or is_given_name(words[0]))) or (
            len(words) >= 3 and is_acronym(words[-1]) and sorted(words[-1]) == sorted(initials(" ".join(words[:-1])))):
        name = " ".join(words[:-1])
        return NamedRole(name, named.role, named.start, named.start + len(name))
    return named


def _shouted_or_model(name: str, before: str, lower_words: set[str]) -> bool:
    """"a chant of STRIKE, STRIKE" (the article writes "strike" too), "the 737 MAX": capitals
    that shout a word or name a model, no body's initials."""
    if not (name.isupper() and name.replace(" ", "").isalpha()):
        return False
    if " " in name:  # a headline in capitals: "MILLER DEFENDS TITLE", when the story has its "title bout"
        return any(len(w) >= 4 and w.lower() in lower_words for w in name.split())
    return (len(name) >= 5 and name.lower() in lower_words) or bool(_NUMBER_BEFORE.search(before))


_NUMBER_BEFORE = re.compile(r"\d\s$")


def _is_roster(text: str) -> bool:
    """A line-up: "Defenders - Dan Petrescu, Daniel Prodan, …" (a plural title or a group's
    name, then names) or "Japan: 19 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, …"
    (numbered names)."""
    if len(_NUMBERED_ITEM.findall(text)) >= 3 or _RANKED_LINE.match(text):
        return True  # (or a ranked list's line: "13 - Ian Wright (Arsenal)")
    head = _ROSTER_HEAD.match(text)
    return bool(head) and ((head.group(1).endswith("s") and has_role_head(head.group(1)))
                           or head.group(1).lower() in _GROUPS_OF_PEOPLE)


# a label naming a group of people heads a list of its members ("Squad: Javier Pertile, Paolo Vaccari, …")
_GROUPS_OF_PEOPLE = frozenset({"squad", "team", "line-up", "lineup", "roster", "cast", "crew", "panel", "jury",
                               "delegation", "starters", "substitutes", "replacements", "reserves"})
_NUMBERED_ITEM = re.compile(r"\b\d{1,2} - [A-Z]")
_RANKED_LINE = re.compile(r"\s*\d{1,3} - [A-Z][a-z]+ [A-Z]")
_ROSTER_HEAD = re.compile(r"^\s*([A-Z][a-z-]+)\s*[-:–]\s+[A-Z]")
_ROSTER_ITEM_BEFORE = re.compile(r"(?:^|[-:–,;]|\d)\s*$")  # not "(": "Luis Figo (Barcelona)" names his club
_CLUB_IN_BRACKETS = re.compile(r"(?:,\s*[A-Z][\w.'’ -]{1,30})?\)")  # "(Barcelona, Spain)", "(Braga)"


def _title_owner(role: str, start: int) -> Span | None:
    """"Cisco Systems Inc Chief Executive John Chambers": the company whose office the run's
    title is, when its name says it is a body (a legal form or a body's word) or the office is
    one only a body has ("Boeing CEO Kelly Ortberg")."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if has_role_head(w)), len(words))
    while len(words) > cut > 1 and (is_role_word(words[cut - 1]) or _a_portfolio(words, cut)):
        cut -= 1  # "Acme Senior Vice President": the office's own words go with it; so does a minister's field
    while 1 < cut < len(words) - 1 and words[cut - 1].lower() in _LINKING_WORDS:
        cut += 1  # but not the field a body's name ends in: "Texas Department of Agriculture Commissioner"
    owner = words[:cut]  # "Federal Reserve" before "Chairman", "Delta Air Lines" before "CEO" ("Air" opens no office)
    while owner and owner[-1].lower() in _LINKING_WORDS:
        owner = owner[:-1]  # "Good News International Church of Pastor Paul Mackenzie": the church, and its pastor
    if len(owner) == 1 and owner[0].lower() in ORG_WORDS:
        return None  # "Union Home Minister Amit Shah": a body's word alone names no body
    office = " ".join(words[cut:cut + 2]).lower()
    named_new = len(owner) > 1 and owner[-1].lower() in ORG_WORDS  # "New Patriotic Party", not "New CEO"
    if not owner or state_of(" ".join(owner)) or owner[0].lower() in _AN_OFFICE_S_QUALIFIERS or (
            owner[0].lower() == "new" and not named_new) or not (
            {w.lower().rstrip(".,") for w in owner} & (CORPORATE_FORMS | ORG_WORDS)
            or (len(owner) == 1 and _INTERCAPS.match(owner[0]))  # "PaineWebber analyst"
            or office.partition(" ")[0] in _OFFICES_OF_BODIES or office.startswith("chief executive")
            # "White House spokesperson Karine Jean-Pierre", "U.N. Secretary-General António Guterres" (not
            # "Netanyahu spokesman Omer Dostri": a person's spokesman)
            or (office.partition(" ")[0] in _VOICES_OF_BODIES and not _may_be_a_persons_name(" ".join(owner)))):
        return None
    text = " ".join(owner)
    return Span(text, start, start + len(text))


def _a_portfolio(words: list[str], cut: int) -> bool:
    """"Railway Minister", "Home Secretary": the word before a minister's title is the field he holds,
    unless it is a body's ("Cabinet Secretary"); a body has no minister, so "Public Service Minister" holds
    a field, whatever its words."""
    office = words[cut].lower()
    return office == "minister" or (office in _MINISTERS and words[cut - 1].lower() not in ORG_WORDS | CORPORATE_FORMS)


_MINISTERS = frozenset({"minister", "secretary"})


def _title_complement(role: str, text: str, name_start: int) -> Span | None:
    """"Speaker of the House of Representatives Wahono", "Secretary-General of the United Nations António
    Guterres": the body a title is "of" is an actor of its own."""
    found = _OF_A_BODY.search(role)
    if found is None:
        return None
    body = found.group(1)
    at = text.rfind(body, max(0, name_start - len(role) - 2), name_start)
    if at < 0 or state_of(body) or not {w.lower() for w in body.split()} & (ORG_WORDS | _CHAMBERS):
        return None
    return Span(body, at, at + len(body))


_OF_A_BODY = re.compile(r"\bof (?:the )?([A-Z][\w’'-]*(?: (?:of|for|and|[A-Z][\w’'-]*))*? [A-Z][\w’'-]*)$")
_CHAMBERS = frozenset({"house", "senate", "parliament", "congress", "duma", "knesset"})


def _joined_title(text: str, start: int) -> str:
    """"Energy and Mines Minister", "President and CEO": a title's first field or title, joined to the run by
    "and" (but "the Queen and Prince Philip" are two people: a crown is one's own)."""
    joined = _TITLE_FIELD_AND.search(text, max(0, start - 40), start)
    return (joined.group(0).strip() if joined and is_role_word(joined.group(1)) and joined.group(1).lower() not in CROWNS
            else "")


_IN_A_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")


def _role_after(text: str, start: int, end: int) -> str:
    """The appositive role after a name, unless the name is a place: after "in Geneva",
    ", the Special Envoy said" is the next clause's subject, not Geneva's title; nor is a
    title the name owns ("Zaporozhye Region, the region's head said")."""
    before = text[max(0, start - 60):start]
    if _PLACE_CUE.found_in(before) and not _a_source_before(before):  # ("according to X, Guyana's president")
        return _a_title_ending_the_sentence(text, start, end)
    if before.endswith(", ") and (_IN_A_TOWN_BEFORE.search(before) or _THE_CAPITAL_BEFORE.search(before)):
        # "a store in San Antonio, Texas, a law enforcement official said": the town's state, no one's title; "the
        # other side of Congo's capital, Kinshasa, another opposition candidate called …": the capital, named
        return ""
    role = role_after(text, end)
    if role and _a_source_before(before) and re.match(
            r",\s*(?:(?:the|a|an|its|his|her|their)\s+)?" + re.escape(role) + r"(?:\s+(?:and|or)\s+[a-z]+)?" + _A_VERB_NEXT,
            text[end:]):
        return ""  # "According to the Kestrow Times, the prime minister was seen …": the next clause's subject (and
        # "According to ESPN, another player and parent were on the helicopter")
    owners = {w.lower() for w in _POSSESSOR.findall(role)}
    return "" if owners & {w.lower() for w in text[start:end].split()} else role


_A_DETERMINER_AFTER_THE_COMMA = re.compile(r",\s*(?:" + "|".join(APPOSITIVE_DETERMINERS) + r")\s")


def _a_title_ending_the_sentence(text: str, start: int, end: int) -> str:
    """"biased toward Zelimkhan Yandarbiyev, president of the separatist government.": a person's title
    that ends the sentence is the name's, whatever its preposition seemed to say (the next clause's
    subject goes on: "in Geneva, the Special Envoy said"); a state or a region holds no title."""
    role = role_after(text, end)
    name = text[start:end]
    if not role or not has_role_head(role) or state_of(name) or is_region_name(name) or is_wider_region(name):
        return ""
    first = role.split()[0]
    if (first.islower() and first not in APPOSITIVE_DETERMINERS and not is_role_word(first)
            and not _A_DETERMINER_AFTER_THE_COMMA.match(text, end)):  # (", the populist challenger.": an appositive)
        return ""  # "treated at a hospital in Pittsburgh, according to a hospital spokesperson.": no appositive
    return role if _THE_SENTENCE_S_END.match(text, text.find(role, end) + len(role)) else ""


_THE_SENTENCE_S_END = re.compile(r"[.!?]?[\"”’']?\s*$")
_A_VERB_NEXT = r"\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|did|does)\b"


def _a_source_before(before: str) -> bool:
    """"according to X", "a note from X": whom a figure or a word comes from; but "Kari Barber
    reports from Conakry" files from a place."""
    if not (before[-1:].isspace() and before.rstrip()[-4:].lower().endswith(("to", "from", "the"))):
        return False  # (what the pattern must end with, looked at first: its search tries every place in the text)
    return bool(_SOURCE_BEFORE.search(before)) and not _FILES_FROM_BEFORE.search(before)


def _listed_before(mentions: list[Mention], sent: Sentence, start: int, joins: tuple[str, ...]) -> Mention | None:
    """The name this one follows in a list of the sentence ("X, Y and Z"), if any."""
    previous = mentions[-1] if mentions and mentions[-1].sent == sent.index else None
    # ("Princes William, 15, and Harry, 12": the age the first is given is no break in the list)
    return previous if previous is not None and _AN_AGE_LISTED.sub("", sent.text[previous.end:start]).strip() in joins else None


_AN_AGE_LISTED = re.compile(r"^,\s*\d{1,3}(?=,)")


def _untitled_name_before_title(mentions: list[Mention], sent: Sentence, start: int, role: str) -> Mention | None:
    """The name a title between two names belongs to, when it is the first one's: in a list of
    names each followed by its title ("Nana Akufo-Addo, president of Ghana, Umaro Embaló,
    president of Guinea-Bissau, …") the title after a name with none yet is that name's; it
    goes to the name after only when the one before has its own ("Nigeria’s president, Bola
    Tinubu, …", "…, president of Sierra Leone, and the president of Gambia, Adama Barrow")."""
    if not role:
        return None
    # (but "Hezbollah, the group's leader, Hassan Nasrallah": the title of someone of the name before)
    gaps = (f", {role},",) if role.split()[0].endswith(("’s", "'s")) else (f", {role},", f", the {role},")
    for previous in reversed(mentions):
        if previous.sent != sent.index:
            return None
        if sent.text[previous.end:start].strip() in gaps:
            untitled = not (previous.role or previous.cues & {"place", "located", "group"} or state_of(previous.text))
            return previous if untitled else None
    return None


def _place_listed_before(mentions: list[Mention], sent: Sentence, start: int, end: int) -> Mention | None:
    """The place this name follows in a list ("in Winnipeg, Vancouver and Rochester"), if any. A
    place that opens the sentence, then a comma, sets the scene unless the list goes on: "In
    Lebanon, Hezbollah said" lists nothing (but "in Nashville, Tennessee" places a town)."""
    previous = _listed_before(mentions, sent, start, ("and", ",", ", and", "or"))
    if previous is None or not {"place", "located"} <= previous.cues:
        return None
    gap = sent.text[previous.end:start].strip()
    if gap in (", and", ",") and not _ENDS_A_LIST_ITEM.match(sent.text, end) and not (
            gap == "," and is_region_name(sent.text[start:end])):  # (but "in Corpus Christi, Texas said" places a town)
        return None  # "met in Doha, and Hamas later said", "As talks go on in Qatar, Hamas said": a new clause's subject
    if gap == "," and _SCENE_OPENS.fullmatch(sent.text, 0, previous.start) and not _LIST_GOES_ON.match(sent.text, end):
        return None
    if gap == "," and _SAID_AFTER_A_COMMA.match(sent.text, end) and not is_region_name(sent.text[start:end]):
        return None  # "the agency's mission in Papua New Guinea, Serhan Aktoprak, said": who speaks, set beside it
    return previous


_SAID_AFTER_A_COMMA = re.compile(r",\s+(?:said|says|told|added)\b")
_SCENE_OPENS = re.compile(r"\W*(?:In|At|From|Across|Inside|Near|Back in|Meanwhile in|Elsewhere in)\s+(?:the\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")
# what may follow a list's item: its end, the next item, or where or when ("in Gaza, Rafah and Khan Younis on Monday")
_ENDS_A_LIST_ITEM = re.compile(r"\s*(?:[,.;:)!?\"”'’(—–-]|$|(?:and|or|in|on|at|to|for|from|with|as|before|after|where|when|"
                               r"which|who|that|while|until|during|but|since|last|this|next|over|near|between|into|"
                               r"instead|earlier|ahead|early|late|yesterday|today)\b)")


def _shared_role(mentions: list[Mention], sent: Sentence, start: int) -> str:
    """"analysts Donato Guarino and Johanna Chua": the second name shares the plural title."""
    previous = _listed_before(mentions, sent, start, ("and", ",", ", and"))
    if previous is None or not previous.role:
        return ""
    words = previous.role.split()
    heads = [i for i, w in enumerate(words) if has_role_head(w)]
    if heads and words[heads[-1]].lower().endswith("s"):
        return previous.role  # "Presidents of Rwanda and …"
    # "Co-Premiers Prince Norodom Ranariddh and Hun Sen": the first one's title of address after the plural
    shared = next((i for i in heads if words[i].endswith("s") and all(w[:1].isupper() for w in words[i + 1:])), None)
    return " ".join(words[:shared + 1]) if shared is not None else ""


def _takes_an_office(after: str) -> bool:
    office = _TAKES_AN_OFFICE_AFTER.match(after)
    return (office is not None and has_role_head(office["office"]) and not is_plural_title(office["office"])
            and office["office"] not in _ALSO_A_BODY_S_PART)


def _in_list_of_bodies(text: str, start: int) -> bool:
    """"British banks, including Barclays, Santander, HSBC and TSB": each name of the list is one."""
    window = text[max(0, start - 240):start]
    return ("including" in window or "such as" in window or " like " in window) and bool(_LIST_OF_BODIES.search(window))


# "Paris Saint-Germain have officially confirmed": one name that takes a plural verb is many people, a side or a body
_MANY_ACT_AFTER = re.compile(r"\s+(?:have|were)\s+(?:(?:also|now|officially|already|just|since|been)\s+)*"
                             r"[a-z]{3,}(?:ed|en|ne|un)\b")
_OPENS_A_SENTENCE = ("", ".", "\"", "“", ":")


def _one_opening_its_clause(name: str, before: str) -> bool:
    """A name standing alone at the head of its sentence, or after "the" there: not one of a list ("Smith and
    Jones have"), nor a place people are of or in ("the people of Gaza have"), nor a plural ("the Smiths")."""
    if name.endswith("s"):
        return False
    if before.endswith(("The ", "the ")):
        before = before[:-4]
    return before.rstrip()[-1:] in _OPENS_A_SENTENCE


_AN_APPOSITIVE_CLOSES = re.compile(r"\s*(?:[,;:.()\[\]—–\"”]|$)")


def _cues(text: str, start: int, end: int, name: str, role: str) -> set[str]:
    """The evidence one mention gives; a cue already found is not looked for a second way."""
    cues = set()
    before, after = text[max(0, start - 80):start], text[end:]  # `$`-anchored cues need only the near past
    if role and ((_AN_ADJECTIVE.fullmatch(name) and _A_WORD_AFTER.match(after)) or _AN_ACCOUNT_AFTER.match(after)):
        role = ""  # "ending 14 years of right-wing Conservative rule", "the presidency's official Twitter account":
        # the title is the noun's after it, no one's
    words = {w.lower() for w in name.replace("-", " ").split()}
    parties = before.endswith(("between ", "between the ")) and bool(_PARTIES_BEFORE.search(before))
    tied = (before.endswith(("to ", "with ", "the ")) and bool(_TIED_TO_BEFORE.search(before))
            and bool(_A_BODY_S_NAME_ENDS.match(after)))  # (not "loyal to the Assad regime": tied to the regime)
    if role and _RANKED_BY_SIZE.search(role) and not is_role_word(role.split()[0]):  # (not "leader of the largest party")
        cues.add("group")  # "Norilsk, the world's second-largest nickel producer": a firm, not a person's title
    elif role and _A_BODY_S_WING.search(role):
        cues.add("group")  # "Herri Batasuna, the political wing of … ETA": a body's arm, no player's position
    elif role and _A_SIDE_S_TITLE.search(role) and _a_side_s_name(name):
        cues.add("group")  # "the defending champion New England Patriots": a side's title, before its players
    elif role and " " not in name and _A_MAKER_S_TITLE.search(role) and not is_given_name(name):
        cues.add("group")  # "GPU designer Nvidia", "property developer Evergrande" (not "fashion designer Tom Ford")
    elif (role and before.endswith(", ") and _OF_A_BODY_ENDS.search(role) and role.split()[-1].lower() in ORG_WORDS
          and not _may_be_a_persons_name(name)):
        cues.add("group")  # "the director of a non-profit organisation, Facilitating Leadership in Youth,": the body
    elif role and before.endswith(role + " ") and _ITS_PEER_BEFORE.search(before):
        cues.add("group")  # "Eisai and its U.S. partner Biogen", "its ailing rival Credit Suisse": a body's peer is a body
    elif role and has_role_head(role) and not ((" " not in name or is_plural_title(role)) and _ONLY_A_RIVAL.search(role)) \
            and not (before.endswith(", ") and (_opens_with_a_plain_word(name.split())
                                                or name.split()[0] in COMPASS_POINTS or _POSSESSIVE_AFTER.match(after))):
        # (not "rivals Hamas and Fatah", "rivals Liverpool and Manchester City": sides are rivals too; but
        # "challenger Everado Moreno" is one; nor "Commissioner of Railway Safety, South East Circle": where he serves;
        # nor "chief executive of Renault, Nissan's French partner": the possessive's noun is the body's appositive)
        cues.add("role")
        if _ONLY_A_RIVAL.search(role):
            cues.add("rival")
    elif (role and len(words) >= 2 and not words & ORG_WORDS and {w.lower() for w in role.split()} & ORG_WORDS
          and before[-4:].lower() != "the "):  # (not "the East Coast of the United States": a part of it)
        cues.add("member")  # "George Wajackoyah of the Roots Party": a named someone of an organisation
    if "role" not in cues and after[:1] == " " and _takes_an_office(after):
        cues.add("role")
    if honorific_before(text, start):
        cues.add("honorific")
        if sex := addressed_as(text, start):
            cues.add(sex)  # "Mr. Biden": a man, whoever else of that name the article has
    if (("his" in after or "self" in after) and _OWN_PRONOUN_AFTER.match(after)
            and not before.endswith(("the ", "The "))  # ("his history with the Tide and his place": not the Tide's)
            and not _A_PERSON_FROM_IT_AFTER.match(after) and not _INDEFINITE_BEFORE.search(before)
            and not (_AN_OBJECT_BEFORE.search(before) and _PREPOSITION_NEXT.match(after))
            and not _CADRES_AFTER.match(after) and not _a_title_s_field(after)
            and not _A_MACHINE_AFTER.match(after)  # ("U.N. helicopters fired rockets at his residence")
            # ("won most districts in the far east and Siberia and his native Urals": a list, the subject's "his")
            and not (before.endswith(" and ") and after.startswith(" and "))) or (
            # ("Kashmiri separatist leaders during his visit"; "the seven-time Wimbledon champion … with his daughter")
            after[:8].startswith((", who ", ",who ")) and not before.endswith(("the ", "The "))
            and _WHO_ONE_AFTER.match(after) and not _MEMBERS_IN_THE_PLURAL.fullmatch(name)):
        cues.add("pronoun")
    elif "it" in after[:40] and _ITS_AFTER.match(after) and not _a_body_named_for_it(after):
        cues.add("its")
    if ((_SPEAKS_AFTER.match(after) and not (before.endswith(" ") and _IN_A_PLACE_BEFORE.search(before)))
            or (before.endswith(", ") and _SPEAKS_AFTER_APPOSITIVE.match(after)
                and not _IN_A_TOWN_BEFORE.search(before))  # ("head of the local government in Bokkos, Plateau State,")
            or ("(@" in after[:80] and _SIGNS_A_POST_AFTER.match(after))
            or (not after.startswith(("’s", "'s")) and _SPEAKS_BEFORE.search(before))
            or _PUBLISHES_AFTER.match(after)):
        cues.add("speaker")  # (and "X published a report": who tells, in writing)
    if ((words & ORG_WORDS and not _RIVER_BANK.fullmatch(name)  # "the West Bank" is land
         and name.split()[-1].lower() not in _LAND_NAMED_AS_A_BODY)  # "the Naypyidaw Council Territory", "Front Street"
            or (len(words) >= 2 and name.endswith((" United", " International", " Bros", " Bros."))
                and not _PLACE_AFTER.match(after))  # (not "the Jomo Kenyatta International airport"); "Leeds United": a club;
            # "Amnesty International": a body; "Warner Bros": a firm of brothers
            or (len(words) >= 2 and name.split()[-1].lower().rstrip(".,") in CORPORATE_FORMS)  # "Homestake Mining Co"
            or (len(words) >= 2 and name.split()[0] in CORPORATE_PREFIXES)  # "PT Panutan Duta"
            or (name.startswith("Air ") and len(words) == 2 and not is_role_word(name[4:]))  # "Air India": an airline
            or name.endswith(" Air Lines")):  # "Delta Air Lines"
        cues.add("orgword")  # (not "Air Marshal": a rank)
    if _INTERCAPS.match(name):
        cues.add("brand")
    if (" " in name and has_role_head(name.rsplit(" ", 1)[1]) and _A_HOLDER_AFTER.match(after)
            and not (name.count(" ") == 1 and is_given_name(name.split()[0]))):  # (not "commander Rick Husband, …")
        cues.add("title")  # "the Human Rights Defender, Gegham Stepanyan,": a title its holder's name follows
    if " " in name and name.rsplit(" ", 1)[1].lower() in _SEATS and _A_RACE_AFTER.match(after):
        cues.add("title")  # "GOP Senate candidate Dave McCormick": the race for a seat, no body
    if ((_GROUP_CUE.found_in(before) and not _NAME_ENDS_BEFORE_COMMA.search(before)
         and not _A_MARKET_OR_HAPPENING_AFTER.match(after)
         and not _PLACE_AFTER.match(after)  # ("a landmark known as Pearl roundabout": a place so called)
         # (not "a day after the killing of two commanders of the rebel alliance, Duterte said": a clause ends at the
         # comma, and the name opens the next; a body named after its kind and a comma closes as a clause would)
         and not (before.endswith(", ") and not _AN_APPOSITIVE_CLOSES.match(after))
         # ("According to Tasnim news agency, Raisi's convoy …": a source, then the clause; but "according to its
         # management company, Bernard Schulte Shipmanagement.": the company, named to end the sentence)
         and not (_ATTRIBUTED_BEFORE.search(before) and not _THE_SENTENCE_S_END.match(after))
         # ("the leader of the Hezbollah movement, Hassan Nasrallah": its leader, by a first name; "Lai Ching-te,
         # known as William Lai": a person's other name)
         # ("set up the late winner for Jorge Burruchaga": a goal for a player, as for his side)
         and not (((role and has_role_head(role)) or before.endswith(("known as ", "for ")) or _a_person_s_work_before(before))
                  and " " in name and is_given_name(name.split()[0]))
         and not (" of " in role and has_role_head(role) and (before.rstrip().endswith(role.split()[-1]) or (
             " " in name and before.rstrip(" ,").endswith(role.split()[-1])))))
         # ("the head of Wagner mercenary group Yevgeny Prigozhin", "the leader of his own party, Han Dong-hoon": the
         # group is his title's, not his)
            or (after.startswith(",") and _GROUP_AFTER.match(after) and not _IN_A_PLACE_BEFORE.search(before)
                and not _A_NAMED_BODY_SPEAKS_AFTER.match(after)
                # (not "Paulo Guambe, a candidate from the Podemos party": a first name, and a person's title after)
                and not (role and has_role_head(role) and " " in name and is_given_name(name.split()[0])))
            or (after[:10] == " and other" and _AND_OTHER_BODIES_AFTER.match(after) and not state_of(name))
            or (_KIND_OF_BODY_AFTER.match(after) and not _ADJECTIVAL.search(name) and not state_of(name)
                and not _NAMED_AFTER_ITS_KIND.match(after))
            or _HOLDS_A_TITLE_AFTER.match(after) or (len(name) > 1 and _in_list_of_bodies(text, start))
            or (before.endswith(("at ", "with ", "the ")) and _WORKPLACE_BEFORE.search(before) and not state_of(name)
                and words.isdisjoint(_PLACES_OF_WORSHIP_AND_STREETS)  # ("aid workers at Jamia Mosque": where)
                and ENDS_THE_PHRASE.match(after))
            or ("(" in after[:4] and _TICKER_AFTER.match(after))
            or (_MEMBERSHIP_BEFORE.search(before) and _A_BODY_S_NAME_ENDS.match(after) and not state_of(name))
            or (before[-5:].endswith(". ") and _COMPANY_BEFORE.search(before))
            or (after[:6] in (" have ", " were ") and _MANY_ACT_AFTER.match(after) and _one_opening_its_clause(name, before))):
        cues.add("group")
    if after[:1] in "'’" and _A_COMPANY_S_OWN_AFTER.match(after) and not state_of(name):
        cues.add("group")  # "Boeing's CEO has said", "Boeing's financials": a company, wherever else work is "at" it
    if after[1:3] in ("qu", "ci") and _QUOTES_SOMEONE_AFTER.match(after):
        cues |= {"group", "relay"}
    if not _DIGIT_IN_NAME.search(name) and (  # (not "F-15 fighters": planes)
            (_FIGHTERS_AFTER.match(after) and not _NAMED_AFTER_ITS_KIND.match(after))
            or (after[:1] == " " and _FIGHTERS_OF_A_PAIR_AFTER.match(after))):
        cues.add("fighters")  # and "al-Qaida and Taleban fighters", "al-Qaida in Iraq fighters"
    if before[-4:].lower() == "the " and (_TAKES_A_STAND_AFTER if " " in name else _ACTS_AS_A_BODY_AFTER).match(after):
        cues.add("acts")
    if " " not in name and not is_acronym(name) and (
            (_FOLLOWERS_AFTER.match(after) and not is_common_word(name)) or (
            _CADRES_AFTER.match(after) and _may_name_a_body(name))):  # (not "House member Kendrick Meek")
        cues.add("followers")  # "al-Qaida operatives", "Taleban remnants", "a Hamas delegation"
    if (tied or (before.endswith(" ") and _a_foe_or_a_kind_before(before))) and " " not in name \
            and not is_acronym(name) and _may_name_a_body(name):
        # a one-word name something is tied to, fought against or described as a militant body ("the militant
        # Hamas", "an offensive against the Taliban"), and no family name or word of the language: a body's
        cues.add("followers")
    if is_acronym(name) and _MEMBERS_AFTER.match(after):
        cues.add("group")  # "NATO troops", "EU leaders", "OPEC members": a body's own people
    if " " in name and ((_VOICE_AFTER.match(after) and not _may_be_a_persons_name(name))
                        or (_STAFF_AFTER.match(after) and _in_everyday_words(name))
                        or (_names_its_members(name.split()) and not _may_be_a_persons_name(name)
                            and _a_member_s_title_after(after))):
        cues.add("group")  # "White House spokesperson Karine Jean-Pierre" (not "Netanyahu spokesman Omer Dostri")
    if (is_acronym(name) and ((before[-1:] == " " and before[-2:-1].isdigit()) or _SERIES_AFTER.match(after)
                              or _A_THING_BEFORE.search(before))) or (
            " " not in name and before[-2:-1].isdigit() and _A_MODEL_S_NUMBER_BEFORE.search(before)
            and _SERIES_AFTER.match(after)):
        cues.add("thing")  # "its MAX 9 fleet", "a Boeing 737 MAX aircraft", "this AD prohibits": a model or a thing;
        # and "the Boeing 737 Max 9": a word between a model's numbers
    elif " " in name and not role and _A_NUMBERED_MODEL.search(name) and _A_MACHINE_AFTER.match(after):
        cues.add("thing")  # "an Atlas V rocket", "a Falcon 9 rocket": a machine's model, however it opens
    if (("“" in before[-6:] or '"' in before[-6:]) and _CLOSES_A_QUOTE_AFTER.match(after)
            and _A_WORK_IN_QUOTES_BEFORE.search(before)):
        cues.add("thing")  # "the creator of “Mad Men,”", "TV series such as “The Big Bang Theory”": a work's title
    if after[:1] == " " and _A_FAMILY_AFTER.match(after):
        cues.add("family")  # "the billionaire Shinawatra family": a family, named for its members' surname
    if _A_PRODUCT_AFTER.match(after):
        cues.add("thing")  # "OS X operating system, Safari Web browser, Wi-Fi": software by its name
    if _A_VESSEL_AFTER.match(after) or (before[-2:-1].isalpha() and _A_VESSEL_BEFORE.search(before)):
        cues.add("thing")  # "the crew of the Dali container ship": a ship's name (or its owner's), no place; "the
        # Italian-flagged tugboat Carlo Magno": a ship's, though it be a man's
    elif _AN_ILLNESS_S_SPREAD_AFTER.match(after) or (_A_VACCINE_AFTER.match(after) and _DIGIT_IN_NAME.search(name)):
        # ("the Covid-19 vaccine", but "the Pfizer vaccine": its maker's)
        virus = _A_VIRUS_AFTER.match(after) is not None  # "the Zika virus": the illness's own name
        cues.add("illness" if is_acronym(name) or any(c.isdigit() for c in name) or virus else "thing")
    elif _A_SYNDROME_AFTER.match(after) or _AN_ILLNESS_S_CASES_BEFORE.search(before) or _an_illness_s_initials(
            name, before):
        cues.add("illness")  # "Guillain-Barre syndrome", "Lyme disease": a condition named for its finder or its place
        # (and "cases of SARS", "Severe Acute Respiratory Syndrome (SARS)": its initials, and whom it befalls)
        # "since the early months of the COVID-19 pandemic", "H5N1 bird flu": an illness, no place ("the Wuhan
        # outbreak" says so of that mention only)
    if before.endswith(" ") and _A_CODE_BEFORE.search(before):
        cues.add("code")
    if _MADE_AFTER.match(after):
        cues.add("made")
    elif after[:1] == " " and not name.isupper() and _MODEL_AFTER.match(after):
        cues.add("model")  # "Boeing 737 MAX", "Airbus A320 jets": who makes the model
    if (before.endswith(("by ", "by the ")) and _MADE_BY_BEFORE.search(before)) or (
            "it" in after[:20] and _SAID_IT_DID_AFTER.match(after)) or _A_FIRM_S_RESULTS_AFTER.match(after):
        cues.add("maker")  # "machines manufactured by Siemens"; "Campbell Soup said it earned …"
    # "Linda Wild (U.S.) beat Barbara Rittner (Germany) 6-4": a player's country, not a club's or an acronym
    in_brackets = _BRACKET_AFTER.match(after)
    country = bool(in_brackets) and bool(state_of(in_brackets.group(1)))
    nationality = in_brackets if country and " " in name and is_given_name(name.split()[0]) else None
    # (not "Hu Zhilan (China) beat …" nor "Jannik Sinner beat …": players; nor "drew 1-1 at Goodison Park": the ground)
    if (("-" in text or " by " in text) and not country
            and (_CONTEST_BEFORE.search(before) or _CONTEST_AFTER.match(after)) and _SCORE.search(text)
            and name.split()[-1].lower() not in _VENUE_HEADS and not _SET_SCORES.search(text)
            and not (" " in name and is_given_name(name.split()[0]) and _may_be_a_persons_name(name))):
        cues.add("team")  # "Liverpool beat Arsenal 2-1": sides of a match are clubs, whatever town they are named for
    elif after[:1] in "'’" and " " not in name and (_A_PLAYER_AFTER.match(after) or _a_player_named_after(after, text)):
        cues.add("team")
    elif before.endswith("for ") and _PLAYED_FOR_BEFORE.search(before) and not state_of(name):
        cues.add("team")  # "Edin Dzeko started for Inter against his former side": the side one plays for
    elif (_A_SCORE_LINE_BEFORE.search(before) and _A_SIDE_S_GOALS_AFTER.match(after)) or (
            not before.strip() and _A_SCORE_LINE_AFTER.match(after)):
        cues.add("team")  # "Southampton 0 Aston Villa 1 (Townsend 34)": a result line's sides
    if len(name) >= 4 and name.isupper() and (
            (_A_PLAIN_WORD_AFTER.match(after) and _spells_a_word(name.lower()))
            or (name.endswith(("ED", "ING")) and _A_CLOCK_AFTER.match(after)) or text.strip(" .:!") == name):
        cues.add("label")  # "IMAGES from the Premier League matches", not "NICE 1 PARIS ST GERMAIN 2"; and a word
        # that is its sentence, as "FLOODING. The flood situation …" opens a paragraph: the page's kicker; or stamps
        # a live page's post ("UPDATED 7:15 PM -- ")
    if _SIGNS_OFF_AFTER.match(after) and (before.endswith(("'s ", "’s ")) or _SIGN_OFF_HAS.match(after)):
        cues.add("signs off")  # "VOA's Mil Arcega reports.", "Paul Sisco has more.": a correspondent's sign-off
    if (_REPORTS_AFTER.match(after) or before.endswith((", reports ", ", reported "))
            or (before.endswith("told ") and _IN_AN_INTERVIEW_AFTER.match(after))):
        cues.add("medium")  # "Interfax reported", "…, reports Xinhua", "told Al Jazeera in an interview": a news outlet
    if before.endswith("told ") and _A_MEDIUM_S_KIND_AFTER.match(after):
        cues |= {"medium", "outlet"}  # "she told Canal Antigua television": no reporter, however a given name opens it
    if ("citing" in after[:40] or "quoting" in after[:40]) and _RELAYS_AFTER.match(after):
        cues |= {"medium", "relay"}
    if before.endswith(("told ", "the ")) and _TOLD_BEFORE.search(before) and ENDS_THE_PHRASE.match(after):
        cues.add("told")
    elif before.endswith(" ") and _a_source_before(before):
        cues.add("told")  # "according to a pre-vote note from TD Cowen": whom a figure or a word comes from
    if _TO_ACT_AFTER.match(after) and before.endswith(" ") and _URGED_BEFORE.search(before):
        cues.add("urged")  # "called on Congress to act", "accused the Kremlin of meddling": one who can act
    if "according to" in before and _RELAYED_BEFORE.search(before):
        cues.add("relay")
    bracket = _ACRONYM_AFTER.match(after)
    spelt = _spelt_before(f"{before} {name}", bracket.group("acr")) if bracket else []
    if ((bracket and is_acronym(bracket.group("acr")) and not nationality and len(spelt) <= len(name.split())
         and not _a_person_s_initials(name, bracket.group("acr")) and not _a_person_s_party(name, bracket.group("acr"))
         # ("Mrs. Michelle Smith de Bruin (IRL)", "in Barcelona (ESP)": a state's code, unless the name spells it)
         and not (is_state_code(bracket.group("acr")) and not acronym_fits(bracket.group("acr"), name)))
            or _short_name_given(after)):
        # "(HTS)" defines a short name; "Luis Figo (Barcelona)" only says whose he is, and "Sam Bankman-Fried
        # (SBF)" what he is called; and "Blue Screen of Death (BSOD)" defines no "Death": its initials spell more
        cues.add("acronym-def")
    if cues & {"relay", "medium", "speaker"}:
        cues.add("reporting")
    if (_AGE_AFTER.match(after) or (before[-6:] == "-born " and _BORN_BEFORE.search(before))
            or ("old" in after[:40] and _aged(name, after))):
        cues.add("age")  # "Yeltsin, 65,"; "Ethiopian-born Hamdi Issac": only a person has an age, or a birthplace
    if is_acronym(name.replace(".", "") if len(name) > 2 else name):
        cues.add("acronym")
        if _A_PLAIN_WORD_BEFORE.search(before) and _PLAIN_TEXT_AFTER.match(after):
            cues.add("prose")  # "Poland joined NATO in 1999": set in running text, not in a heading, a table or a clock
    if is_state_name(name):
        cues.add("state")
    place_after = bool(_PLACE_AFTER.match(after)) or (after[:2] == " (" and _A_DATELINE_S_CREDIT_AFTER.match(after)
                                                        and not text[:start].strip(_OPENING_MARKS)) or (
        after[:1] == "," and _placed_in_a_region(name, after))
    owns = _OWNS_AFTER.match(after) if after[:1] in "'’" else None
    leads_a_party = (" " in name and after[:1] in "'’" and bool(_A_PARTY_S_LEADER_AFTER.match(after))
                     and _may_be_a_persons_name(name))
    led = (" " in name and before.endswith("of ") and bool(_A_LEADER_S_RULE_BEFORE.search(before))
           and not is_state_name(name) and not is_region_name(name) and name.rsplit(" ", 1)[1].lower() not in _PLACE_HEADS)
    if (owns and owns.group(1) in _KIN) or (owns and _A_LIFE_S_AFTER.match(after)) or leads_a_party or led:
        # "Frantisek Gaulieder's family home", "Nasrallah's son": only a person has kin; "Lazarus Chakwera's
        # single term", "Mubarak's funeral": or a term of office, a life's end; "the elected government of Aung San
        # Suu Kyi": or a government one leads
        cues.add("pronoun")
    if place_after or (_PLACE_CUE.found_in(before) and not _a_source_before(before)  # a source, not a place
                       and not (" " not in name and _A_FIRM_S_THING_AFTER.match(after))
                       and not (before.endswith(("to ", "to the ")) and _A_RECIPIENT_BEFORE.search(before))
                       and not (before.endswith(("from ", "from the ")) and _MEMBERS_FROM_BEFORE.search(before))
                       and not (before.endswith("of ") and _A_PERSON_S_BEFORE.search(before))
                       and not tied and not parties and not leads_a_party and not led
                       and not (after[:1] == "-" and _A_BACKER_AFTER.match(after))
                       and not (owns and owns.group(1) not in _PARTS_OF_A_PLACE)  # "from Miura's header": the header's
                       and not (_AN_ADJECTIVE.fullmatch(name) and _A_WORD_AFTER.match(after))  # "of Conservative rule"
                       and not _a_work_s_title_opening(before, after)
                       and not A_WORK_S_MAKER_AFTER.match(after)):  # ("a takeover of Call of Duty maker Activision")
        cues.add("place")
        if ((place_after or _AT_A_PLACE_BEFORE.search(before) or _A_PLACE_OF_BEFORE.search(before))
                and not _MODIFIES_AFTER.match(after)):  # ("in the Brianna Ghey murder trial": in the trial)
            cues.add("located")  # "in Marshall", "Marshall county", "the northern city of Tal Afar": only a place
    if _A_HOME_AFTER.match(after) and _ONE_S_OWN_BEFORE.search(before):
        cues |= {"place", "located"}  # "throwing one at his Melton Mowbray home": where the home is
    if before.endswith(", ") and _THE_CAPITAL_BEFORE.search(before):
        cues |= {"place", "located"}  # "by phone from the country's capital, Port Moresby, said": the capital, named
    if ("place" not in cues and " " in name and name.rsplit(" ", 1)[1].lower() in _A_CLUB_S_LAST_WORD
            and _GOALS.search(text)):
        cues.add("club")  # "Manchester City threw away a two-goal lead": a club, by its name's last word and its game
    if _names_a_towns_region(name, before, after):
        cues |= {"place", "located", "region"}
    if _POSSESSIVE_AFTER.match(text[end:end + 2]):
        cues.add("possessive")
    if ("son" in before[-16:] and _A_SON_BEFORE.search(before)) or (
            any(w in before[-24:] for w in _SOMEONE_S_WORDS) and _SOMEONE_BEFORE.search(before, max(0, len(before) - 60))):
        cues.add("kin")
    if _A_PLACE_S_KIND_AFTER.match(after) and _THE_AND_NAMES_BEFORE.search(before, max(0, len(before) - 60)):
        cues.add("thing")  # "the General Santander school", "the Jose Marti airport": a place named for someone
    if _MODIFIES_AFTER.match(after):
        cues.add("modifier")  # "the Marc Dutroux case": and the article before is the case's, not the name's
    elif before[-4:].lower() == "the " or (len(words) >= 2 and name.split()[0].lower() in FOREIGN_ARTICLES):
        cues.add("definite")  # "La Liga", "Der Spiegel": the article is written into the name
        if is_acronym(name) and len(name) >= 2 and not _A_PLACE_OF_AFTER.match(after):
            cues.add("initials")  # not "the ITIG cemetery": a place named for them
        if _INSTITUTIONS_THING_AFTER.match(after) or (len(words) == 1 and _a_people_acts(name, after)):
            cues.add("group")
    elif _the_state_s_body(before, name):
        cues.add("definite")
    elif not text[:start].strip(_OPENING_MARKS):
        cues.add("opening")  # "Red Cross workers were still scouring …": where no article could stand
    return cues


_OPENING_MARKS = " \"'“‘(«-–—"


# The wire services: news names them as the channel a story came by ("…, Reuters reports",
# "according to AFP") and in its credits, hardly ever as one of the story's actors.
NEWS_AGENCIES = frozenset({
    "reuters", "reuter", "afp", "agence france presse", "ap", "associated press", "the associated press", "xinhua",
    "tass", "itar tass", "interfax", "ria novosti", "efe", "dpa", "deutsche presse agentur", "ansa", "kyodo",
    "kyodo news", "yonhap", "pti", "press trust of india", "ians", "anadolu", "anadolu agency", "bernama", "antara",
    "upi", "united press international",
})  # folded, as `fold` writes them


def _placed_in_a_region(name: str, after: str) -> bool:
    """"reports from Houston, Texas, said", "Lyon, France": a name the region or state it lies in follows
    is a town (not a person's name: "Sen. John Cornyn, Texas, said" is his seat)."""
    region = _A_REGION_AFTER.match(after)
    return (region is not None and (is_region_name(region.group(1)) or is_state_name(region.group(1)))
            and not (" " in name and _may_be_a_persons_name(name)))


_A_REGION_AFTER = re.compile(r"^,\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?=\s*(?:[,.;:)—–]|$))")


def _names_a_towns_region(name: str, before: str, after: str) -> bool:
    """"a Buffalo, N.Y., doctor", "the Kearny, N.J.-based maker", "Oshkosh, Wis., estimated":
    the abbreviated state or province a town is placed in, no body for all its initials."""
    if not _TOWN_BEFORE.search(before):
        return False
    return bool(_DOTTED_REGION.fullmatch(name) or (_SHORT_REGION.fullmatch(name) and after[:2] in (".,", ".-")))


_TOWN_BEFORE = re.compile(r"\b[A-Z][\w'’.-]+, $")
_DOTTED_REGION = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")
_SHORT_REGION = re.compile(r"[A-Z][a-z]{1,4}")


def _names_nothing(name: str) -> bool:
    """"a group C game": a letter names nothing; nor does "clade II", a numeral, nor "Robertson &
    Associates, LLP", a company's legal form alone, nor "the Type A H5N1 strain", an influenza virus, nor
    "According to Article 131 of Iran's constitution", the part of a text its number says, nor "according to the
    Constitution", a text by its kind, nor "Class A common stock", a class of shares or seats, nor "Tedros Adhanom
    Ghebreyesus, PhD,", a degree."""
    return (len(name.rstrip(".")) == 1 or bool(_A_ROMAN_NUMERAL.fullmatch(name)) or fold(name).rstrip(".") in CORPORATE_FORMS
            or bool(_A_FLU_S_SUBTYPE.fullmatch(name.split()[-1])) or name in _PARTS_OF_A_TEXT
            or name.lower() in _DOCUMENTS_BY_THEIR_KIND
            or bool(_A_CLASS.fullmatch(name)) or name.rstrip(".") in _DEGREES)


_A_CLASS = re.compile(r"Class [A-Z0-9]")
_DEGREES = frozenset({"PhD", "Ph.D", "DPhil", "MBA", "MPH", "MSc", "BSc", "LLM", "Esq"})
_PARTS_OF_A_TEXT = frozenset({"Article", "Articles", "Section", "Sections", "Chapter", "Clause", "Paragraph"})


_A_ROMAN_NUMERAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX)")


def classify(cues: Counter[str], name: str, mentions: int) -> str:
    """person, organisation, state, place, or "" (not an actor), from the cues of all mentions."""
    kind = _classified(cues, name, mentions)
    if kind == "person" and ((name.split(" ", 1)[0] in SAINTS_OF_PLACES and " " in name) or _a_thing_of(name.split())):
        # "he has links to San Francisco and his …": a city, whatever "his" said; "in front of the local House of
        # Culture while he was meeting his supporters": a building
        return "place" if cues["place"] else ""
    return kind


_MEDIA = frozenset({"tv", "television", "media", "press", "radio"})


def _a_thing_of(words: list[str]) -> bool:
    """"House of Culture": a word of the language and "of" open no one's name (but "Duke of Sussex", "Mother of
    God" are titles, and "Jesus of Nazareth" a first name)."""
    return (len(words) >= 3 and words[1] == "of" and is_common_word(words[0]) and not is_role_word(words[0])
            and not may_be_a_first_name(words[0]))


def _classified(cues: Counter[str], name: str, mentions: int) -> str:
    if is_state_name(name):
        return "state"
    if fold(name) in NEWS_AGENCIES:
        return ""  # the channel of the story, not an actor in it
    if " " in name and fold(name.rsplit(" ", 1)[1]) in NEWS_AGENCIES:
        return "organisation"  # "according to Thomson Reuters": the agency's company, a source, no one
    if _names_nothing(name):
        return ""
    if name.split()[0] in ("Der", "Die", "Das") and " " in name:
        return "organisation"  # "according to Der Spiegel", "Die Linke": German's "the" opens no one's name
    if name in _SHOUTED_WORDS:
        return ""  # "There are NO reports of any injuries": a word set in capitals for stress, no one's initials
    if _A_PLURAL_OF_INITIALS.fullmatch(name) and not (cues["definite"] or cues["speaker"] or cues["acronym-def"]):
        return ""  # "Nvidia's chips, known as GPUs": many things (or people: "MPs"), by their initials, no one body
        # (but "the Kestrow Defence Forces, or KDFs" are one, and "the KDFs said" so)
    if cues["title"] == mentions:
        return ""  # "Nagorno-Karabakh's Human Rights Defender, Gegham Stepanyan, announced": his title, no body
    if cues["family"] == mentions:
        return ""  # "the billionaire Shinawatra family": no one person, and no body
    if cues["code"] == mentions:
        return ""  # "its flight ET 302", "registration number ET-AVJ": a code, no one's initials
    if cues["label"] == mentions:
        return ""  # "IMAGES from the matches": a word of the language set in capitals, a page's label
    if cues["relay"] and cues["reporting"] == mentions:
        return ""  # an outlet that only passes reports on, as the wire services
    if (name.startswith("Pro-") or _JOINED_TO_AN_ADJECTIVE.fullmatch(name) or _AN_ADJECTIVE_BY_ITS_END.fullmatch(name)
            or _A_PARTICIPLE_JOINED_TO_A_NAME.search(name)):
        return ""  # "Pro-European Union candidate", "Modi's Hindu-nationalist government": an adjective made of a name
        # ("a far-right, Islamophobic organisation": or made by its ending; "a Union Jack-emblazoned colonial flag",
        # "the China-appointed government": or a participle joined to a name inside it, what was done, no one)
    if state_of(name) or is_region_adjective(name) or _nationalities_joined(name) or (
            all(_bare(w) in _BARE_WORDS for w in name.split()) and not _a_faith_s_body(name.split())):
        return ""  # an adjective of nationality, region or creed ("the Islamist group", "a London-born
        # Pakistani-American"), or a bare "Government"
    words = name.split()
    if len(words) == 2 and words[1].lower() in _MEDIA and is_demonym(words[0]):
        return ""  # "Brazilian TV aired footage": a country's broadcasters at large, no one body
    if len(words) >= 2 and (words[-1].lower() in DOCUMENT_WORDS or words[-1].lower() in _VOTES
                            or words[-1].lower() in _CONTESTS):
        return ""  # "the Paris Agreement", "the International Health Regulations": a text, not an actor or a place;
        # "the Indian General Elections": a vote; "WeWork Presents Second Annual Creator Global Finals": a contest
    if words[-1].endswith("ism") and len(words[-1]) > 5 and not cues["orgword"]:
        return ""  # "the traditional heart of Roman Catholicism", "Hindu nationalism": a creed, not who holds it
    stage = name.replace("-", " ").split()
    if len(stage) == 2 and stage[0].lower() in ORG_WORDS and len(stage[1]) == 1 and stage[1].isupper():
        return ""  # "Group C", "Pool B", "Group-A": a stage of a contest, no body
    if len(words) >= 2 and (words[-1].lower() in CONDITION_WORDS or words[-1].lower().endswith(_CONDITION_ENDINGS)):
        return ""  # "Bovine Spongiform Encephalopathy (BSE)", "Middle East Respiratory Syndrome": an illness
    if cues["age"] and not cues["orgword"]:
        return "person"  # "Yeltsin, 65,": only a person has an age, whatever else the text seemed to say
    if cues["region"] == mentions:
        return "place"  # "Buffalo, N.Y.": initials that only ever place a town
    if len(words) >= 2 and is_region_name(name) and not (cues["group"] or cues["team"] or cues["club"]):
        # "New York's Hillary Clinton", "a statement from New York": a state of a federation, no one (but "to play
        # for New South Wales": its side)
        return "place"
    if len(words) >= 2 and words[-1].lower() in _LANDS_GOVERNED and not (cues["group"] or cues["orgword"] or cues["speaker"]):
        return "place"  # "according to the Moscow Region’s health ministry": the region, whose ministry speaks
    if is_wider_region(name) and not (cues["team"] or cues["club"]):
        return "place"  # (but "Europe retained the Ryder Cup": its side)
    if cues["acronym-def"] and _an_office_s_name(words):
        return ""  # "Chief Justice of Pakistan (CJP) Umar Ata Bandial": a title's initials, the title of no body
    if cues["illness"] == mentions:
        return ""  # "the condition known as Guillain-Barre syndrome": an illness's name each time, no body's
    brand = cues["brand"] and not (cues["role"] and len(words) >= 2 and _may_be_a_persons_name(name))  # "MaryAnn Tierney"
    if (cues["acronym-def"] or cues["group"] > cues["honorific"] or ((cues["orgword"] or brand) and not cues["honorific"])):
        return "organisation"  # (but "Mr. Drabinsky" eleven times is a person, whatever one "offer by" seemed to say)
    reporter = ((cues["given"] or cues["signs off"]) and len(words) >= 2 and not cues["outlet"]
                and _may_be_a_persons_name(name))  # "Sam Beattie reports from Beijing", "VOA's Mil Arcega reports."
    if cues["medium"] == mentions and not cues["place"] and not cues["role"] and not is_acronym(name) and not reporter:
        return ""  # only ever the outlet a story is credited to ("…, Bloomberg reports"), as the wire services
    if (cues["initials"] and cues["thing"] < mentions and not cues["illness"]) or (
            cues["acronym"] and cues["speaker"] and not (cues["thing"] or cues["illness"] or cues["role"])
            and len(name.replace(".", "")) <= 5):
        # "the FBI", "the NTSB", "the EU": initials a text puts "the" before, or that speak ("WHO says"), name a
        # body (but "BAGHDAD" in capitals is a city's dateline, and "the MAX 9" a model; and "President AMLO said"
        # is a man called by his initials)
        return "organisation"
    if cues["thing"] == mentions or cues["illness"]:
        return ""  # "its MAX 9 fleet", "this AD": a model or a thing, no one; "the Dali container ship": a ship; "H5N1"
    if cues["made"] and not (cues["role"] or cues["honorific"] or cues["speaker"]):
        return ""  # "the Vikram lander", "Candy Crush maker": a thing made, whatever "Vikram made its landing" or
        # "Candy" as a first name seemed to say
    if cues["model"] and cues["model"] >= cues["located"] and not cues["honorific"] and not cues["role"]:
        return "organisation"  # "Boeing 737 Max 9", whatever reached "Boeing" or came "from Boeing"
    if cues["prose"] == mentions and _may_be_a_body_s_initials(name, cues):
        return "organisation"  # "Poland joined NATO in 1999": an acronym in running text, and nothing else said
    if (cues["acronym"] >= 2 and not _spells_a_word(name.lower()) and not is_state_code(name)) or cues["team"] or (
            cues["club"] and not cues["place"]) or (
            (cues["fighters"] or cues["maker"]
             or (cues["medium"] and not (cues["role"] or cues["honorific"]) and not reporter))  # ("Mr Aktoprak")
            and not cues["place"]) or (cues["fighters"] > cues["place"] and not cues["located"]):
        # (a body's fighters, told more often than a preposition seemed to place it: "the Taleban fighters", "a
        # remnant of the Taleban"; but "Idlib rebels" and "fled to Idlib" are a place's)
        return "organisation"
    if (cues["definite"] and _names_its_members(words) and not (len(words) == 2 and words[0].lower() in FOREIGN_ARTICLES)
            and not (words[0] in COMPASS_POINTS and cues["located"])):
        # (but "Las Vegas", "Los Angeles": a foreign article before one plural-looking word names a place; and "in the
        # East Midlands", a land's part)
        return "organisation"  # "the Dallas Cowboys", "the White Helmets", "the Rolling Stones"
    if cues["signs off"] and reporter:
        return "person"
    if len(words) >= 2 and _A_PARTY_S_MEMBERS.search(words[-1]) and not (cues["role"] or cues["honorific"]):
        return "organisation"  # "Ms. Merkel's Christian Democrats", "the Social Democrats": a party, by its members
    if (cues["rival"] and cues["rival"] == cues["role"] and cues["its"]
            and not (cues["honorific"] or cues["given"] or cues["pronoun"])):
        return "organisation"  # "troubled rival Credit Suisse" that doubled "its offer": a rival body, no one
    # a title, a title of address, "his" or a list of people says someone (but "the World Cup … his" does not)
    said_to_be_someone = cues["role"] or cues["honorific"] or cues["kin"] or (
        (cues["pronoun"] or cues["listed"]) and not cues["place"] and words[-1].lower() not in _THING_HEADS
        and not (len(words) == 1 and cues["definite"] == mentions))  # ("the Paralympian's uncle": a noun, no name)
    if said_to_be_someone and not _a_word_no_one_is_named(words) and not _a_thing_s_name(words):
        # (not "“Down with the Marshal”", nor "the Singer World Series": a singer's title before a tournament)
        return "person"
    if cues["member"] and not cues["place"] and len(name.split()) >= 2:
        return "person"
    if (cues["followers"] or cues["its"]) and not cues["place"] and not cues["given"]:
        # (but "the Guaíba River overflowed its banks": land's own, no body's; "the Noto Peninsula Earthquake has
        # entered its 4th day": a happening's)
        last = words[-1].lower() if len(words) >= 2 else ""
        return "place" if last in _NATURAL_HEADS else "" if last in _A_HAPPENING_S_LAST_WORDS else "organisation"
    if (cues["speaker"] and cues["definite"] and cues["definite"] + cues["opening"] == mentions
            and not cues["located"] and cues["place"] <= cues["speaker"] and cues["place"] < mentions):
        # "the White House said", "the Taliban said": always "the" where an article could stand, so an institution
        # (said to speak as often as it seemed to be a place, and not always seeming one: "the leader of the Nation
        # of Islam", then "The Nation of Islam said"; but "a crew member of the Sewol replied" is the ship's)
        return "organisation"
    if (cues["definite"] == mentions and cues["acts"] and not cues["place"]
            and not _AN_ADJECTIVE.fullmatch(name) and not (name.endswith("s") and state_of(name[:-1]))):  # "the Turks"
        return "organisation"  # "the Taliban have rejected", "the White House has denied": always "the", acting as a body
    if cues["speaker"] and len(words) >= 2 and is_demonym(words[0]) and not cues["located"]:
        return "organisation"  # "Yemeni Houthis said": a state's adjective opens no one's name
    if cues["speaker"] and len(name.split()) >= 2 and not cues["place"] and words[-1].lower() not in _STRUCTURES:
        # (not "Paris’ iconic Notre Dame Cathedral continued to burn": a building goes on, and says nothing)
        return "person" if _speaks_as_a_person(words) else "organisation"
    if cues["given"] and not cues["located"] and not cues["definite"] and not _a_thing_s_name(words):  # ("Gracie Mansion")
        return "person"  # "a pass to Marvin Harrison": "to" may lead to a place, the first name says who
    if (cues["urged"] and not cues["place"] and len(words) == 1
            and (is_acronym(name) or (cues["definite"] == mentions and _may_name_a_body(name)))
            and not (name.endswith("s") and not _may_name_a_body(name[:-1]))):
        # "called on the Pentagon to", "urged NATO to": one who can act, always "the" or initials, so no family
        # name ("urged Smith to resign"), no city for its government ("urged Moscow to act"), nor a people ("urged
        # the Europeans to"): a body
        return "organisation"
    if cues["told"] and not cues["place"]:
        # told, or cited, and nothing else about it: an outlet or a firm of analysts ("TD Cowen"), unless
        # it can only be someone's name ("according to Nazeli Baghdasaryan"; not "according to The Kelolkent
        # Chronicle": no one is named after "the")
        return ("person" if len(words) >= 2 and _may_be_a_persons_name(name) and not cues["definite"]
                else "organisation")
    if cues["place"] and not cues["modifier"] and not _A_MODEL_S_CODE.fullmatch(name):
        return "place"  # (not "sales of its H20 chips into China", "an order for A320s": a model's code)
    return ""


def _a_person_s_work_before(before: str) -> bool:
    """"publisher HarperCollins", but "National Enquirer publisher David Pecker": what a body is, and what
    a person does, before a first name."""
    words = before.split()
    return bool(words) and words[-1].lower() in _A_BODY_S_OR_A_PERSON_S


def _a_body_named_for_it(after: str) -> bool:
    """"the Manhattan jury made its determination": the "its" is the jury's, a body the name only places."""
    noun = _FIRST_WORD_AFTER.match(after)
    return noun is not None and noun[1] in _NOUNS_OF_A_BODY


_FIRST_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOUNS_OF_A_BODY = ORG_WORDS | {"jury", "panel", "squad", "side", "crew", "firm", "staff", "outfit", "regime"}


def _nationalities_joined(name: str) -> bool:
    """"Pakistani-American", "African-American": two nationalities make one, an adjective, no name."""
    parts = name.split("-")
    return len(parts) >= 2 and all(is_demonym(p) or is_region_adjective(p) for p in parts)


# "the Houthis are managing …", "the Kurds fought", "the Houthis' attacks": a people or a movement, by its members
_ACTS_AFTER = re.compile(r"^(?:['’]|\s+(?:are|were|have|had|say|said|claim|claimed|vow|vowed|[a-z]{3,}ed)\b)")


# a lowercase word before the acronym, and punctuation, a linking word or a deed after: running text ("Poland
# joined NATO in 1999", "SPC decided"), not "10 AM", "5 pm EDT", "per GDR", "three RBI", "an IED", nor a heading's
# or a table's capitals ("NICE 1 PARIS ST GERMAIN 2"), nor a thing's make ("ISDN equipment", "BTP losses")
_A_PLAIN_WORD_BEFORE = re.compile(r"(?<![\w.'’-])(?!(?:am|pm|per|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
                                  r"\b)[a-z]+,? $")
_PLAIN_TEXT_AFTER = re.compile(r"(?:[,;:.)]|\s+(?:in|on|at|to|from|with|and|or|of|for|by|as|over|against|into|after|"
                               r"since|has|have|had|is|was|were|are|will|would|could|can|may|must|did|does|that|"
                               r"which|who|said|says|[a-z]{3,}ed)\b)")
_LONE_ACRONYM_CUES = frozenset({"acronym", "prose", "reporting", "speaker", "listed", "opening"})


def _may_be_a_body_s_initials(name: str, cues: Counter[str]) -> bool:
    """An acronym named in running text and nowhere else ("joined NATO in 1999") is a body's initials,
    unless it spells a word ("SAVE"), a name ("HART"), a code with figures ("H5N1"), a US state's
    or Canadian province's postal code ("NY and NJ") or a state's three letters ("Dublin (IRL)"), or
    something else said what it is."""
    letters = name.replace(".", "")
    return (letters.isalpha() and not _spells_a_word(letters.lower()) and not may_be_a_surname(letters.title())
            and not is_given_name(letters.title()) and letters not in postal_codes() and not is_state_code(letters)
            and not {c for c, n in cues.items() if n} - _LONE_ACRONYM_CUES)


def _an_illness_s_initials(name: str, before: str) -> bool:
    """"Severe Acute Respiratory Syndrome (SARS)", "severe acute respiratory syndrome, or SARS": initials that
    spell an illness's name."""
    if not is_acronym(name) or not before.endswith(("(", "or ")):
        return False
    words = _spelt_before(_AN_ACRONYM_S_OPENING.sub("", before), name)
    return bool(words) and words[-1].lower() in _ILLNESS_HEADS


_AN_ACRONYM_S_OPENING = re.compile(r"(?:\s*\(|,?\s+or\s+)$")
_ILLNESS_HEADS = frozenset({"syndrome", "disease", "virus", "fever", "infection", "disorder", "influenza", "flu"})
# "cases of SARS", "an outbreak of Ebola", "infected with HIV": an illness, by whom it befalls and how it spreads
_AN_ILLNESS_S_CASES_BEFORE = re.compile(r"\b(?:(?:cases|outbreaks?|symptoms|strains?)\s+of|infected\s+with|"
                                        r"tested\s+positive\s+for)\s+(?:the\s+)?$")


def _spelt_before(text: str, acronym: str) -> list[str]:
    """The last words of `text` whose first letters spell `acronym`, every word counted ("Blue Screen
    of Death" for "BSOD"), or none."""
    letters = acronym.upper()
    words = [w.strip("‘’'\"“”,") for w in text.split()[-len(letters):]]
    return words if len(words) == len(letters) and "".join(w[:1] for w in words).upper() == letters else []


def _a_person_s_initials(name: str, acronym: str) -> bool:
    """"Sam Bankman-Fried (SBF)", "Mohammed bin Salman (MBS)": a first name, and the initials of
    every part of the name, are how a person is called short."""
    return is_given_name(re.split(r"[\s-]+", name)[0]) and initials(name.title()) == acronym.upper()


def _a_person_s_party(name: str, acronym: str) -> bool:
    """"Federal Chancellor Olaf Scholz (SPD) visited Solingen": initials that are not the name's, in
    brackets after what may be a person's name, are the person's party (or rank: "Sukarno Dicay (PCI)", a
    police chief inspector, whose first name no list has)."""
    return len(name.split()) >= 2 and _may_be_a_persons_name(name) and not acronym_fits(acronym, name)


def _a_faith_s_body(words: list[str]) -> bool:
    """"the Catholic Church", "the Muslim Brotherhood", "the Sikh Coalition": a creed's word and
    a body's word name an institution, where either alone names none (but "the Islamic Republic"
    is a state's form)."""
    return (len(words) >= 2 and any(_bare(w) in FAITHS for w in words[:-1]) and words[-1].lower() in ORG_WORDS
            and _bare(words[-1]) not in FAITHS and words[-1].lower() not in _FORMS_OF_STATE)


_FORMS_OF_STATE = frozenset({"republic", "kingdom", "emirate", "sultanate", "federation", "confederation"})


def _bare(word: str) -> str:
    """A word as the lists of words hold it: "Shi'ite" is "shiite"."""
    return word.lower().replace("'", "").replace("’", "")


def _a_people_acts(name: str, after: str) -> bool:
    low = name.lower()
    return (low.endswith("s") and not low.endswith(("ss", "us")) and low not in _PLURAL_PLACES_AND_TIMES
            and low not in _THING_HEADS and not state_of(name) and not state_of(name[:-1])  # (not "the Turks": a nation)
            and bool(_ACTS_AFTER.match(after)))


_A_PARTY_S_MEMBERS = re.compile(r"(?:crats|ists|icans|atives|erals)$")


def _a_side_s_name(name: str) -> bool:
    """A champion's name that names its members ("Patriots": no one's surname, after no first name), or
    ends as a club's does ("defending champion Kansas City")."""
    words = name.split()
    return ((_names_its_members(words) and not may_be_a_surname(words[-1]))
            or (len(words) >= 2 and words[-1].lower() in _A_CLUB_S_LAST_WORD)) and not _opens_with_given_name(name)


_A_SIDE_S_TITLE = re.compile(r"\b(?:champions?|holders?|runners?-up|winners?)\b", re.I)


def _names_its_members(words: list[str]) -> bool:
    """A name that ends in its members, in the plural ("Dallas Cowboys", "Salomon Brothers"),
    rather than a surname ending in s ("Davis") or a range of places ("Golan Heights")."""
    last = words[-1]
    linked = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())]  # ("the San Francisco 49ers")
    if linked and (set(linked) - {"of", "the"} or words[0].lower() in _LAND_HEADS):
        return False  # "the House of Commons" is a body; "the Parc des Princes", "the Bay of Pigs" are places
    return (len(words) >= 2 and last.endswith("s") and not last.endswith(_NOT_PLURAL)
            and last.lower() not in _THING_HEADS and last.lower() not in _PLURAL_PLACES_AND_TIMES)


def _a_member_s_title_after(after: str) -> bool:
    """"Philadelphia 76ers superstar Joel Embiid": a title in the lower case, then a name, after a side's."""
    title = _A_TITLE_IN_THE_LOWER_CASE_AFTER.match(after)
    return title is not None and has_role_head(title[1])


_A_TITLE_IN_THE_LOWER_CASE_AFTER = re.compile(r"\s+(?!and\b|or\b)((?:[a-z][\w-]*\s+){1,3})[A-Z][a-z]")


def _in_everyday_words(name: str) -> bool:
    """"White House", "Blue House": a name made wholly of common words, none a first name."""
    words = name.split()
    return all(is_common_word(w) and not may_be_a_first_name(w) for w in words)


# "Hamas commander", "a senior al-Qaida explosives expert", "Taliban leaders": a movement's cadres after its name
_CADRES_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:leaders?|commanders?|officials?|spokes(?:man|woman|person)|chief|"
                           r"experts?|negotiators?|envoys?)\b")
_A_LOWER_WORD_AFTER = re.compile(r"^\s+([a-z]+)\b")


_SEATS = frozenset({"senate", "house", "congress", "assembly", "parliament"})
_A_RACE_AFTER = re.compile(r"^\s+(?:candidates?|nominees?|hopefuls?|race|seat|primary|primaries|bid|campaign)\b")


def _a_title_s_field(after: str) -> bool:
    """"the seven-time Wimbledon champion was pictured with his daughter": a name before a title's word
    is the title's field, and the pronoun after them is the title holder's."""
    word = _A_LOWER_WORD_AFTER.match(after)
    return word is not None and is_role_word(word.group(1))


_ADJECTIVE_OF_A_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ean|ian|ican|ese|ish|ern|" + _ADJECTIVE_ENDINGS + ")")


def _may_name_a_body(name: str) -> bool:
    """Not a word of the language, a people's or a region's adjective ("Health officials",
    "Zimbabwean officials", "Western leaders", "Macedonian-American leaders"), a creed's word, a
    region ("California officials") or a family name ("Bush aides")."""
    last = name.split("-")[-1]
    return not (is_common_word(name) or _ADJECTIVE_OF_A_PEOPLE.fullmatch(last) or _bare(name) in FAITHS
                or is_region_adjective(name) or _a_whole_place(name) or may_be_a_surname(name))


# "White House officials", "a White House meeting": a body's people and doings after its name
_STAFF_AFTER = re.compile(r"^\s+(?:officials?|aides?|staff(?:ers)?|spokes(?:man|woman|person)|meeting|statement|"
                          r"announcement|press secretary|chief of staff|counsel|lawyers?|budget|officers?)\b")


def _speaks_as_a_person(words: list[str]) -> bool:
    """"Human Rights Watch said", "Amnesty International said": a speaker whose name is made of
    everyday words is a body, unless a first name is among them ("Tom White said", "Bill Brett said")."""
    if words[-1].lower() in TITLE_FIELDS and not _a_field_word_as_a_family_name(words):
        return False  # "the Special Inspector General for Iraq Reconstruction says": an office's field, no one
    if words[-1].lower() in _TERRITORY_HEADS or words[-1].lower() in _SEATS_OF_POWER:
        return False  # "Maui County says in an online statement", "Buckingham Palace said": who governs from there
    if (is_plural_noun(words[-1]) and not may_be_a_first_name(words[0])) or (
            words[-1].endswith("s") and is_demonym(words[-1])):
        # "Intuitive Machines said", "Lehman Brothers said": a firm named for what it makes or who runs it; "Karabakh
        # Armenians say": a people
        return False
    if len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() and not is_state_name(words[0]):
        return False  # "NHS England said": a body's initials open no one's name (but "JK Rowling", "K.J. Matthew")
    return any(may_be_a_first_name(w) for w in words) or not any(is_common_word(w) for w in words)


_SEATS_OF_POWER = frozenset({"palace", "castle", "kremlin"})
# what is built and says nothing, unlike a palace, a hospital or a church that speak for who is in them
_STRUCTURES = frozenset({"cathedral", "basilica", "bridge", "tower", "building", "dam", "canal", "arch", "gate",
                         "stadium", "arena"})


def _an_office_s_name(words: list[str]) -> bool:
    """"Chief Justice of Pakistan", "Inspector General of Police": title words, then what they are
    "of" (not "Office of the High Commissioner": a body's word opens it)."""
    title = words[:words.index("of")] if "of" in words else []
    return bool(title) and all(is_role_word(w) for w in title) and has_role_head(title[-1])


def _a_field_word_as_a_family_name(words: list[str]) -> bool:
    """"said James Justice with Ohio EPA": a first name, then a field's word that is no abstract noun
    or plural ("Justice", "Trade"; not "Reconstruction", "Affairs"), may be someone's family name."""
    return len(words) == 2 and may_be_a_first_name(words[0]) and not words[1].lower().endswith(_NO_FAMILY_NAME_ENDS)


_NO_FAMILY_NAME_ENDS = ("tion", "sion", "ment", "ity", "s")


def _the_state_s_body(before: str, name: str) -> bool:
    """"The Lebanese Red Cross said": "the" before a state's adjective before a name no person bears is a
    body's "the" (but "the American Coco Gauff": a player, by her given name)."""
    words = before[-40:].split()
    return (len(words) >= 2 and words[-2].lower() == "the" and is_demonym(words[-1])
            and not _may_be_a_persons_name(name))


def _may_be_a_persons_name(name: str) -> bool:
    words = name.split()
    return (len(words) <= 3 and looks_like_person_name(words) and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[-1].lower() not in _THING_HEADS and not _opens_with_a_plain_word(words)
            # ("According to Al Jazeera": Arabic's "the" before a word no family name, unlike "Al Gore")
            and not (words[0] in ("Al", "El") and not may_be_a_surname(words[-1])))


def _a_thing_s_name(words: list[str]) -> bool:
    """"Gracie Mansion", "World Series": a name ending in a place's, an event's or a thing's word that is no family
    name (but "Tom Hall", "Ben Hill" may be people)."""
    return len(words) >= 2 and words[-1].lower() in _THING_HEADS and not may_be_a_surname(words[-1])


def _a_word_no_one_is_named(words: list[str]) -> bool:
    """"Down", "Leader": a word of the language that is no one's first or family name names no one alone."""
    return (len(words) == 1 and is_common_word(words[0]) and not may_be_a_first_name(words[0])
            and not may_be_a_surname(words[0]))


def _opens_with_a_plain_word(words: list[str]) -> bool:
    """"Business Insider", "Foreign Policy": a word of the language that is no one's first name opens no one's
    name (but one may end it: "Peter Such"); nor does a verb's "-ing" ("Facilitating Leadership in Youth"). A
    family name written first, before a word of no language's, may be one ("He Jiankui", as Chinese names go)."""
    if len(words) == 2 and may_be_a_surname(words[0]) and not is_common_word(words[1]) and words[1][1:].islower():
        return False
    return len(words) >= 2 and not may_be_a_first_name(words[0]) and (
        is_common_word(words[0]) or (len(words[0]) >= 8 and words[0].endswith("ing") and not may_be_a_surname(words[0])))


def _a_family_name_and_a_given_name_of_two(name: str) -> bool:
    """"Joo Jong-wan", "Yoon Suk-yeol", "Lai Ching-te": a family name, then a given name of two syllables joined by
    a hyphen, the second in the lower case, as Korean and Taiwanese names are written (not "Kenya Thirty-nine
    bodies": a place, then a number)."""
    return (_A_FAMILY_NAME_AND_A_GIVEN_NAME_OF_TWO.fullmatch(name) is not None
            and not (is_state_name(name.split()[0]) or is_region_name(name.split()[0])))


_A_FAMILY_NAME_AND_A_GIVEN_NAME_OF_TWO = re.compile(
    r"[A-Z][a-z]{1,4} (?!(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-)[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _opens_with_given_name(name: str) -> bool:
    """"Marshall Faulk", "Madeleine Albright": a first name, then one or two words that may
    be in a person's name (not "Davis Cup", "Green Bay Packers"); or two first names and two
    family names, as Spanish names are ("Andrés Manuel López Obrador")."""
    words = name.split()
    if len(words) >= 3 and words[-1].rstrip(".") in GENERATIONS:
        words = words[:-1]  # "Martin Luther King Jr"
    # a family name may be a title's word ("Julie Bishop", "John Major"), after the first names ("Billie Jean King")
    person = looks_like_person_name(words) or (
        len(words) >= 2 and has_role_head(words[-1]) and not is_plural_title(words[-1])
        and words[-1].lower() not in ORG_WORDS and all(is_given_name(w) for w in words[:-1]))
    return ((2 <= len(words) <= 3 or (len(words) == 4 and is_given_name(words[1]))) and is_given_name(words[0]) and person
            and all(_a_name_word(w) and not any(c.isdigit() for c in w) for w in words)
            and not any(w.lower() in _THING_HEADS for w in words[1:])
            # (not "the Melbourne Response", a scheme: a word of the language no list gives as a family name, after a
            # first name few countries give; but "Peter Such", the cricketer)
            and not (len(words) == 2 and is_common_word(words[1]) and not may_be_a_surname(words[1])
                     and not widely_given(words[0])))


def _a_name_word(word: str) -> bool:
    """Capitalised, or a particle a name carries in lower case ("Mohammed al-Bashir", "Osama bin Laden")."""
    return word[:1].isupper() or word in PARTICLES or (word.startswith(ARABIC_ARTICLES) and word.split("-", 1)[1][:1].isupper())


def resolve_actors(mentions: list[Mention], sentences: list[Sentence]) -> dict[str, LocalActor]:
    """Group an article's mentions into actors: surnames, acronyms and aliases fold into one."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.text:
            by_name.setdefault(fold(m.text), []).append(m)
    titles = _titles_by_their_initials(sentences)
    things = common_acronyms(sentences) | UNDEFINED_COMMON_ACRONYMS | titles
    actors: dict[str, LocalActor] = {}
    for key, ms in by_name.items():
        cues = Counter(c for m in ms for c in m.cues)
        name = ms[0].text
        kind = classify(cues, name, len(ms))
        if not kind:
            continue
        actors[key] = LocalActor(key=key, name=name, kind=kind)
    _listed_with_their_kind(mentions, sentences, actors, by_name)
    kin = Counter(a.name.split()[-1] for a in actors.values() if a.kind == "person" and " " in a.name)
    told = _sexes_told_by_pronouns(mentions, sentences, actors) if any(n > 1 for n in kin.values()) else {}
    _attach_short_forms(by_name, actors, titles, told)  # (pronouns are read only where two share a family name)
    _attach_company_stems(by_name, actors, sentences)
    _attach_clubs_short_names(by_name, actors)
    _attach_land_without_its_kind(actors)
    _attach_acronyms_and_aliases(mentions, sentences, actors)
    _attach_initials_of_people(by_name, actors)
    for key in [k for k in actors if k in things or k.replace(".", "") in things]:  # ("A.I." is "AI")
        del actors[key]
    for m in mentions:
        if not m.text:
            continue
        key = fold(m.text)
        target = actors.get(key)
        while target is not None and target.key != key and target.key in actors and actors[target.key] is not target:
            target = actors[target.key]
        if target is None:
            continue
        m.key = target.key
        target.forms.add(m.text)
        target.sentences.append(m.sent)
        target.sex = target.sex or next((sex for sex in _SEXES if sex in m.cues), "")
        if m.role and "descriptor" in m.cues:
            target.kinds_said.append((m.role, m.sent))
        elif m.role and ("role" in m.cues or target.kind == "person") and not _a_place_here(m.role, actors):
            target.roles.append((one_s_title(m.role) if target.kind == "person" else m.role, m.sent))
    return {k: a for k, a in actors.items() if a.key == k}


def _a_place_here(role: str, actors: dict[str, LocalActor]) -> bool:
    """"Robert R. Card II of Bowdoin" with "a house in Bowdoin, Maine": what a name is "of" that the article
    names as a place is where one lives, no body of theirs."""
    place = actors.get(fold(role))
    return place is not None and place.kind in ("place", "state")


def unvouched_names(mentions: list[Mention]) -> dict[str, LocalActor]:
    """Names said more than once that no cue here made an actor ("Grace Ocean and Synergy have
    petitioned …", "Israel and Hamas"): another article may name the same one with its kind
    ("Grace Ocean Private Ltd.", "the Islamist movement Hamas"), and the merge keeps them only
    for such an actor. A one-word name must be no word of the language nor a first name."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.text and not m.key and (" " in m.text or (not is_common_word(m.text) and not is_given_name(m.text))):
            by_name[fold(m.text)].append(m)
    return {key: LocalActor(key=key, name=ms[0].text, kind=UNVOUCHED, forms={m.text for m in ms},
                            sentences=[m.sent for m in ms])
            for key, ms in by_name.items() if len(ms) >= 2 and key not in NEWS_AGENCIES and not state_of(ms[0].text)}


UNVOUCHED = "unvouched"


def _listed_with_their_kind(mentions: list[Mention], sentences: list[Sentence], actors: dict[str, LocalActor],
                            by_name: dict[str, list[Mention]]) -> None:
    """"along with Real Madrid and Athletic Bilbao": names joined by "and" or "or" are things
    of one kind, so a name of two words or more that no cue typed is a body when the name it
    is listed with is one, and a person when it is one and could be a person's name ("champions
    Kelli Kuehne and Tiger Woods"). A one-word name listed with a body is one too ("NATO and
    the EU", "between Hamas and the rival Fatah party") when nothing in the article said it
    was anything else and it is no word of the language, family name or place."""
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.text:
            by_sent[m.sent].append(m)
    for sent, ms in by_sent.items():
        ms.sort(key=lambda m: m.start)
        text = sentences[sent].text
        for a, b in pairwise(ms):
            if not _LIST_JOIN.fullmatch(text, a.end, b.start):
                continue
            for this, other in ((a, b), (b, a)):
                key, listed = fold(this.text), actors.get(fold(other.text))
                if key in actors or listed is None or state_of(this.text):
                    continue  # ("Donald Trump and North Korean leader Kim Jong Un": the leader's state, no one)
                if " " not in this.text:
                    if listed.kind == "organisation" and _a_body_by_its_company(this.text, by_name[key]):
                        actors[key] = LocalActor(key=key, name=this.text, kind=listed.kind)
                elif listed.kind == "organisation" and _a_person_s_surname_ends(this.text, actors):
                    # "I congratulate Keir Starmer and the Labour Party", "Starmer, Labour's leader, …": his full name
                    actors[key] = LocalActor(key=key, name=this.text, kind="person")
                elif listed.kind == "organisation" or (listed.kind == "person" and _may_be_a_persons_name(this.text)):
                    actors[key] = LocalActor(key=key, name=this.text, kind=listed.kind)


def _a_person_s_surname_ends(name: str, actors: dict[str, LocalActor]) -> bool:
    """The article names someone by this name's last word alone: the name is that person's in full."""
    surname = actors.get(fold(name.split()[-1]))
    return surname is not None and surname.kind == "person" and len(name.split()) <= 3


# " and ", ", and ", " or ", " and the (rival) ": not a bare comma ("the Congo, Paul Kagame" is an appositive)
_LIST_JOIN = re.compile(r",? (?:and|or) (?:the (?:[a-z]+ )?)?")
# what a one-word name listed with a body must never have been called: a place, someone, a thing
_ANOTHER_KIND = frozenset({"place", "located", "region", "given", "role", "honorific", "pronoun", "age", "listed",
                           "member", "thing", "illness", "label", "medium", "relay", "state", "he", "she"})


def _a_body_by_its_company(name: str, ms: list[Mention]) -> bool:
    """A one-word name no cue typed that may stand for a body: an acronym, or a name that is
    no word of the language, family name or place (nor a wire service: "Reuters and the
    Guardian" are the channels of a story)."""
    return (not any(m.cues & _ANOTHER_KIND for m in ms) and len(name) > 1 and not state_of(name)
            and fold(name) not in NEWS_AGENCIES and (is_acronym(name) or _may_name_a_body(name)))


# Acronyms news writes without defining them, for things rather than actors: "GDP rose 3%",
# "a CEO", "HIV cases", "IPOs", "EVs"
UNDEFINED_COMMON_ACRONYMS = frozenset(fold(a) for a in (
    "GDP", "GNP", "GNI", "CPI", "PPI", "PMI", "VAT", "IPO", "IPOs", "ETF", "ETFs", "EPS", "EBITDA", "FDI", "HIV",
    "AIDS", "COVID", "PPE", "ICU", "ICUs", "DNA", "RNA", "SUV", "SUVs", "EV", "EVs", "AI", "CEO", "CEOs", "CFO", "COO",
    "CTO", "TV", "GPS", "ATM", "ATMs", "SMS", "LNG", "LPG", "CO2", "WMD", "WMDs", "IDP", "IDPs", "NGO", "NGOs", "IED",
    "IEDs", "UAV", "UAVs", "RPG", "RPGs", "GMT", "UTC", "PDF", "URL", "USB", "FAQ", "NPP", "NPPs", "HR", "PR", "IT",
    "R&D", "ESG", "API", "APIs", "AD", "BC", "BCE", "HQ", "HQs",  # ("the central military HQ")
    "GP", "GPs",  # ("GP surgeries are unable to access patient records")
    "CPR", "MRI", "ECG", "EEG", "IVF", "PTSD", "ADHD", "GPU", "GPUs", "CPU", "CPUs", "LED", "LEDs"))  # care, scans, parts


def common_acronyms(sentences: list[Sentence]) -> set[str]:
    """The folded acronyms an article defines by common words ("internally displaced persons
    (IDPs)"): the initials of the words before the brackets, linking words aside, spell it."""
    found = set()
    for sent in sentences:
        if "(" not in sent.text:
            continue
        for match in _DOCUMENT_ACRONYM.finditer(sent.text):  # "the Limitation of Liability Act (LOLA)": a text
            if match.group(1).lower() in DOCUMENT_WORDS | CONDITION_WORDS:
                found.add(fold(match.group("acr")))
        for match in _COMMON_ACRONYM.finditer(sent.text):
            acronym = match.group("acr")
            words = [w for w in re.split(r"[-\s]+", match.group(1)) if w.lower() not in _LINKING_WORDS]
            if len(words) >= len(acronym) and "".join(w[0] for w in words[-len(acronym):]).upper() == acronym:
                found |= {fold(acronym), fold(acronym + match.group("plural"))}
    return found


def _titles_by_their_initials(sentences: list[Sentence]) -> set[str]:
    """The folded initials an article defines for a title ("Chief Justice of Pakistan (CJP)"): no
    body's, and before a family name ("CJP Bandial") the title of the one who bears it."""
    return {fold(match.group("acr")) for sent in sentences if "(" in sent.text
            for match in _TITLE_ACRONYM.finditer(sent.text)
            if _an_office_s_name(match.group(1).split()) and acronym_fits(match.group("acr"), match.group(1))}


def _sexes_told_by_pronouns(mentions: list[Mention], sentences: list[Sentence],
                            actors: dict[str, LocalActor]) -> dict[str, set[str]]:
    """For a family name alone, the sexes its sentences' pronouns give it: "Maxwell now faces 65 years
    … following her arrest", where every other person named in the sentence is a man. Read only to
    choose between two people of one family name the article names ("Ghislaine Maxwell", and "the
    daughter of Robert Maxwell")."""
    persons = {k: sex_of(a) for k, a in actors.items() if a.kind == "person"}
    for key in [k for k, sex in persons.items() if not sex and " " not in k]:  # "Epstein", for Jeffrey Epstein
        full = {sex for k, sex in persons.items() if k.endswith(f" {key}")}
        persons[key] = next(iter(full)) if len(full) == 1 else ""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.text:
            by_sentence[m.sent].append(m)
    told: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if not m.text or " " in m.text or not may_be_a_surname(m.text):
            continue
        said = {sex for sex, words in _PRONOUNS.items() if words.search(sentences[m.sent].text, m.end)}
        if len(said) != 1:
            continue
        sex = next(iter(said))
        others = [fold(x.text) for x in by_sentence[m.sent] if x is not m and fold(x.text) in persons]
        if all(persons[o] not in ("", sex) for o in others):
            told[fold(m.text)].add(sex)
    return told


_PRONOUNS = {"she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
             "he": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")}


def _attach_short_forms(by_name: dict[str, list[Mention]], actors: dict[str, LocalActor], titles: set[str],
                        told: dict[str, set[str]]) -> None:
    """Point "Lavrov", "De Mistura", "Mr. al-Muallem" at the full name the article gave them."""
    persons = [(a, person_tokens) for a in actors.values() if a.kind == "person" and len(person_tokens := tokens(a.name)) >= 2]
    # the longer names first: "James Kopp" joins "James C. Kopp" before "Kopp" looks for its one full name
    for key, ms in sorted(by_name.items(), key=lambda item: -len(tokens(item[1][0].text))):
        name = ms[0].text
        name_tokens = tokens(name)
        if not name_tokens:
            continue
        if len(name_tokens) > 1 and name_tokens[0] in titles:
            name_tokens = name_tokens[1:]  # "CJP Bandial": the title's initials, then the name
        # a form is short if it leaves words out; "James Kopp" is short for "James C. Kopp", not the reverse
        matches = [p for p, person_tokens in persons if p.key != key and person_tokens[-len(name_tokens):] == name_tokens
                   and (len(person_tokens) > len(name_tokens) or len(p.name.split()) > len(name.split()))]
        if not matches and len(name_tokens) >= 3:
            # "Bassirou Diomaye Faye", for Bassirou Diomaye Diakhar Faye: a middle name left out
            matches = [p for p, person_tokens in persons if len(person_tokens) > len(name_tokens)
                       and person_tokens[::len(person_tokens) - 1] == name_tokens[::len(name_tokens) - 1]
                       and in_order(name_tokens, person_tokens)]
        if not matches and len(name_tokens) == 1 and any("honorific" in m.cues for m in ms):
            # "Mr Xi" for Xi Jinping, "Mr Anwar" for Anwar Ibrahim: where the family name comes first
            matches = [p for p, person_tokens in persons if p.key != key and person_tokens[0] == name_tokens[0]]
        if not matches and len(name_tokens) == 1 and any(m.cues & {"speaker", "honorific", "role"} for m in ms):
            # "Lula said", "president Lula condemned", for Luiz Inacio Lula da Silva: the name people go by may stand
            # inside the full one
            matches = [p for p, person_tokens in persons if p.key != key and name_tokens[0] in person_tokens[1:-1]]
        if not matches and len(name_tokens) == 1 and not is_given_name(name):
            # "… over Gálvez", for Xóchitl Gálvez Ruiz: the father's surname before the mother's; "Yoon's
            # declaration", for Yoon Suk Yeol: the family name first
            matches = [p for p, person_tokens in persons if p.key != key and len(person_tokens) >= 3
                       and name_tokens[0] in (person_tokens[-2], person_tokens[0]) and not is_given_name(name)]
        if (not matches and len(name_tokens) == 1 and any(m.cues & {"speaker", "pronoun", "possessive"} for m in ms)
                and not is_acronym(name) and not any(m.cues & _A_BODY_S_CUES for m in ms)):
            # "Pita said", for Pita Limjaroenrat: one the news calls by the first name, as Thai papers do, when
            # it is the first name of one person only (and not "Columbia owes its growth", a company, nor "PSV's
            # 19 matches": initials)
            firsts = [p for p, person_tokens in persons if p.key != key and person_tokens[0] == name_tokens[0]]
            matches = firsts if len(firsts) == 1 else []
        if not matches and len(name_tokens) == 1 and any(m.cues & {"speaker", "honorific", "pronoun"} or (
                "told" in m.cues and " " not in name) for m in ms):  # ("the judge told Fhima", not "told Al Jazeera")
            full = _unvouched_full_name(by_name, actors, name_tokens[0])
            if full is not None:  # "Julian Draxler was fouled … Draxler said", "Boris Johnson … Mr Johnson"
                actors[fold(full)] = LocalActor(key=fold(full), name=full, kind="person")
                persons.append((actors[fold(full)], tokens(full)))
                matches = [actors[fold(full)]]
        if len(name_tokens) == 1 and any(_a_crown(m.role) for m in ms):
            # "King Hussein" is no short form of Saddam Hussein, unless the full name is given the crown too
            matches = [p for p in matches if any(_a_crown(x.role) for x in by_name.get(p.key, []))]
        sexes = {sex for m in ms for sex in _SEXES if sex in m.cues}
        if sexes:  # "Mr. Biden" is no short form of "Jill Biden"
            matches = [p for p in matches if sex_of(p) in ("", *sexes)]
        if len(matches) > 1:  # "President Varga", with President Tomas Varga and Senator Ilona Varga: the president
            titled = offices([(m.role, m.sent) for m in ms if m.role])
            matches = [p for p in matches if titled & offices([(x.role, x.sent) for x in by_name.get(p.key, []) if x.role])
                       ] if titled else matches
        if len(matches) > 1 and len(told.get(key, ())) == 1:  # "Maxwell … her arrest": the daughter, not the father
            matches = [p for p in matches if sex_of(p) in ("", *told[key])]  # (a name of no known sex may be his)
        if len(matches) > 1:
            matches = _the_one_the_story_is_about(matches, by_name)
        matches = list({id(m): m for m in (actors.get(p.key, p) for p in matches)}.values())  # variants already joined
        if len(matches) == 1 and (key not in actors or _may_be_short_form(actors[key], ms, matches[0])):
            actors[key] = matches[0]
        elif (len(matches) > 1 and key in actors and actors[key].kind == "organisation"
              and _may_be_short_form(actors[key], ms, matches[0])):
            # "Khan told", with Imran Khan and his lawyer Hamid Khan: one of them, whom the corpus may tell; no body
            actors[key] = LocalActor(key=key, name=name, kind="surname")
        elif (not matches and key not in actors and len(name_tokens) == 1 and any("speaker" in m.cues for m in ms)
              and not state_of(name) and fold(name) not in NEWS_AGENCIES and not _names_nothing(name)
              and not any(m.cues & {"illness", "thing"} for m in ms)):
            # (not "Ukrainian …", nor "TASS said", nor "…, LLP, confirmed", nor "the WHO said SARS was": an illness)
            # "Marchetti told reporters": a surname whose full name another article may give;
            # merge keeps it only if it finds that person.
            actors[key] = LocalActor(key=key, name=name, kind="surname")


def _the_one_the_story_is_about(matches: list[LocalActor], by_name: dict[str, list[Mention]]) -> list[LocalActor]:
    """"Pistorius", with Oscar Pistorius named in full again and again and his uncle Arnold Pistorius once:
    a relative named in passing is named in full, and the family name alone is the story's subject's; with
    each named once, the one the story names first."""
    times = {p.key: len(by_name.get(p.key, ())) for p in matches}
    most = max(matches, key=lambda p: times[p.key])
    if times[most.key] >= 2 and all(times[p.key] == 1 for p in matches if p is not most):
        return [most]
    if all(n == 1 for n in times.values()) and all(p.key in by_name for p in matches):
        # each named once in full: the one named first, whom the story opens with ("Ekrem Imamoglu", then "his
        # wife Dilek Imamoglu")
        return [min(matches, key=lambda p: min((m.sent, m.start) for m in by_name[p.key]))]
    return matches


# "Senators Ana Ruiz and Tom Lee", "leaders Guenther Huber and breakman Antonio Tartaglia": a title the names share
_ANOTHER_NAME_AFTER = re.compile(r",\s+[A-Z]|\s+(?:and|&)\s")
_A_BODY_S_CUES = frozenset({"its", "followers", "maker", "group"})
_SEXES = ("he", "she")  # the cues a title of address gives
SURE_OF_A_SEX = 2  # countries whose lists give a first name one sex, for it to set a man or a woman apart


def sex_of(actor: LocalActor) -> str:
    """"he" or "she": as a title of address said ("Mr. Biden"), else as a person's first name says
    in the lists of two countries or more ("Jill Biden", "his wife Laura"); "" when nothing tells (a
    family name alone has no first name: "Maxwell", Ghislaine's, is a man's first name too)."""
    if actor.sex or actor.kind != "person" or (" " not in actor.name and may_be_a_surname(actor.name)):
        return actor.sex
    return pronoun_of(actor.name.split()[0], SURE_OF_A_SEX) or ""


CROWNS = frozenset({"king", "queen", "prince", "princess", "emir", "sultan", "prophet", "pope",  # (known by one name)
                    "monarch", "throne"})  # ("British heir to the throne, Prince William")


def crowned(roles: list[tuple[str, int]]) -> bool:
    """Whether a name is given a royal's title ("King Hussein") or a prophet's, by which, with one name, a royal is known."""
    return any(_a_crown(role) for role, _ in roles)


def _a_crown(role: str) -> bool:
    return any(w in CROWNS for w in role.lower().split())


# the offices one person holds at a time, that two people of one family name are told apart by
# ("President Bush" is not Gov. Jeb Bush; "Secretary Clinton" is not President Clinton)
_OFFICES = {"president": "president", "pres": "president", "governor": "governor", "gov": "governor",
            "senator": "senator", "sen": "senator", "mayor": "mayor", "king": "king", "queen": "queen",
            "pope": "pope", "secretary": "secretary"}
_OFFICE_QUALIFIERS = {"vice", "deputy", "lieutenant"}  # "Vice President" is another office than "President"


def offices(roles: list[tuple[str, int]]) -> frozenset[str]:
    """The offices a name is given: "President", "Gov.", "Vice President" (each once)."""
    found = set()
    for role, _ in roles:
        words = [w.strip(".,").lower() for w in role.replace("-", " ").split()]
        for i, word in enumerate(words):
            office = _OFFICES.get(word)
            if office:
                found.add(f"{words[i - 1]} {office}" if i and words[i - 1] in _OFFICE_QUALIFIERS else office)
    return frozenset(found)


def _may_be_short_form(actor: LocalActor, ms: list[Mention], person: LocalActor) -> bool:
    """Whether what a name was taken for yields to the person whose full name it ends: a place
    or a person always; a body only when nothing but "the" (or "Le" in "Le Pen") made it one, or
    capitals inside it that the person's own name has ("Samer AbdelJaber … AbdelJaber told"); a
    state when it speaks or bears a title as people do."""
    if actor.kind in ("person", "place", ""):
        return True
    if actor.kind == "state":  # "Bill Jordan … Jordan said": the person, when the name speaks or is titled
        return any(m.cues & {"speaker", "honorific", "pronoun", "role"} for m in ms)
    body = {"orgword", "group", "acronym-def"} | ({"brand"} if person.name.split()[-1] != actor.name else set())
    return actor.kind == "organisation" and not any(m.cues & body for m in ms)


def _unvouched_full_name(by_name: dict[str, list[Mention]], actors: dict[str, LocalActor], surname: str) -> str | None:
    """The one name of two to five words, given no kind by its own cues, that ends in `surname`, or
    else holds it inside ("Luis Inacio Lula da Silva … Lula said": the name he goes by), or else opens
    a name of two whose second is no first name ("heavyweight Bo Xilai … Mr. Bo": the family name first)."""
    unvouched = [(ms[0].text, tokens(ms[0].text)) for key, ms in by_name.items()
                 if key not in actors and 2 <= len(ms[0].text.split()) <= 5
                 and looks_like_person_name([w for w in ms[0].text.split() if not w.islower()])  # (not "da")
                 and ms[0].text.split()[0] not in NAMES_OF_THINGS
                 and not any(m.cues & {"place", "orgword", "group"} for m in ms)]
    found = [name for name, words in unvouched if words[-1:] == [surname] and len(name.split()) <= 4] or [
        name for name, words in unvouched if surname in words[1:-1]] or [
        name for name, words in unvouched if len(words) == 2 and words[0] == surname
        and name.split()[1][1:].islower() and not may_be_a_first_name(name.split()[1])]
    return found[0] if len(found) == 1 else None


def _attach_clubs_short_names(by_name: dict[str, list[Mention]], actors: dict[str, LocalActor]) -> None:
    """"Manchester City threw away a lead … City bounced back with wins over Leicester City": the club
    a short name is, of those whose names end in it, is the one never named beside it; and so for a side
    named for its players ("the San Francisco 49ers … 49ers kicker Jake Moody")."""
    for key, short in list(actors.items()):
        if short.kind != "organisation" or key != short.key or " " in key:
            continue
        beside = {m.sent for m in by_name.get(key, [])}
        clubs = [a for a in actors.values() if a.kind == "organisation" and a is not short
                 and len(words := a.name.split()) >= 2 and words[-1].lower() == key
                 and (key in _A_CLUB_S_LAST_WORD or _names_its_members(words))
                 and not beside & {m.sent for m in by_name.get(a.key, [])}]
        if len(clubs) == 1:
            actors[key] = clubs[0]


def _attach_land_without_its_kind(actors: dict[str, LocalActor]) -> None:
    """"The Dnieper River water level has peaked … the Dnieper reached its tainted fingers": a river, a lake, a
    sea named without its kind is the one the article names with it, whatever "its" made the bare name."""
    for key, short in list(actors.items()):
        if " " in key or key != short.key:
            continue
        land = [a for a in actors.values() if a.kind == "place" and a.key.rpartition(" ")[0] == key
                and a.key.rpartition(" ")[2] in _NATURAL_HEADS]
        if len(land) == 1:
            actors[key] = land[0]


_A_PLACE_S_SERVICES = {"police", "fire", "sheriff's", "sheriff", "school", "schools", "transit", "water"}
_LEGAL_FORMS = CORPORATE_FORMS | {"company", "corporation"}
_HOLDING_WORDS = {"group", "holdings"}  # a company's name with them or without is the same company's
BODY_WORDS = _LEGAL_FORMS | ORG_WORDS  # the words that end a body's full name ("General Motors Co", "Labor Party")


def _attach_company_stems(by_name: dict[str, list[Mention]], actors: dict[str, LocalActor],
                          sentences: list[Sentence]) -> None:
    """"Pfizer Inc" once, "Pfizer" after: the name without its legal form is the same company,
    and so is its first words ("Progress Software Corp", then "Progress"). A body named for
    what it is ("Xinhua News Agency") is named after by the words before that, too, when they
    name nothing else ("Oxford University" does not take the city)."""
    for org in [a for a in actors.values() if a.kind == "organisation"]:
        words = org.name.split()
        if len(words) < 2:
            continue
        if words[-1].lower().rstrip(".,") in _LEGAL_FORMS:  # ("Ford Motor Company", then "at Ford")
            stems, may_replace = [" ".join(words[:end]) for end in range(len(words) - 1, 0, -1)], ("place", "surname", "person")
        elif words[-1].lower() in ORG_WORDS:
            first = next(i for i, w in enumerate(words) if w.lower() in ORG_WORDS)
            # (but "Memphis" in "Memphis police officers" is the city, not its Police Department)
            local = words[first].lower() in _A_PLACE_S_SERVICES
            stems, may_replace = [" ".join(words[:first])] if first and not local else [], ("surname",)
            if first == len(words) - 1 and words[-1].lower() in _HOLDING_WORDS:
                may_replace = ("surname", "organisation")  # "SVB Financial Group", then "Shares of SVB Financial"
        else:
            continue
        # but a state's own body is no short name of its state: "Syrian" in "the Syrian army", unlike
        # "American" for American Airlines; nor is a federation's state the short name of a firm named for it
        # ("Hawaii" for Hawaii Electric Light Company)
        state_body = _is_state_body(words[1:]) and state_of(strip_possessive(words[0]))
        bare = fold(" ".join(words[:-1]).rstrip(",")) if words[-1].lower().rstrip(".,") in CORPORATE_FORMS else None
        for stem in [fold(s.rstrip(",")) for s in stems
                     if not (" " not in s and (state_body or is_region_name(s.rstrip(","))))
                     and not is_wider_region(s.rstrip(","))]:  # (nor "Caribbean leaders" the Caribbean Community)
            titled = any(m.cues & {"role", "honorific"} for m in by_name.get(stem, []))  # then a person of that name
            # (and a place only ever said to be where things are, "in" it, is the town a firm is named for: "the
            # mine in Soma" beside "Soma Komur Isletmeleri A.S."; but "57,000 members at Ford" work for the firm)
            where = stem in actors and actors[stem].kind == "place" and all(
                sentences[m.sent].text[max(0, m.start - 3):m.start] == "in " for m in by_name[stem])
            if stem in by_name and not titled and not where and (
                    stem not in actors or actors[stem].kind in may_replace or stem == bare
            ) and not _only_an_adjective(by_name[stem]):
                actors[stem] = org  # ("Halvorsen Pharma" is a body itself)


def _only_an_adjective(ms: list[Mention]) -> bool:
    """"for its European future" beside the European Commission, "at the Swedish embassy" beside the Swedish
    Academy: a land's adjective that never stands for someone (as "American said" stands for American Airlines)."""
    word = ms[0].text
    return (" " not in word and (is_region_adjective(word) or is_demonym(word))
            and not any(m.cues & {"speaker", "its", "possessive", "acts"} for m in ms))


def _attach_acronyms_and_aliases(mentions: list[Mention], sentences: list[Sentence], actors: dict[str, LocalActor]) -> None:
    """`Hay’at Tahrir al-Sham (HTS), formerly known as Jabhatun Nusra`: one actor, three names."""
    for m in mentions:
        actor = actors.get(fold(m.text)) if m.text else None
        if actor is None or actor.kind not in ("organisation", "person"):
            continue
        text = sentences[m.sent].text
        acr = _ACRONYM_AFTER.match(text[m.end:])
        if acr and not _short_name_of(acr.group("acr"), m.text, actor.kind):
            acr = None
        acr = acr or _short_name_given(text[m.end:])  # a short name the writer gives: it need not spell
        if acr and _called(acr.group("acr"), m.text) and not acronym_fits(acr.group("acr"), m.text):
            # "(Hamas)": the name the body goes by, the full one its other (but "(Muna)" spells its initials)
            actor.aliases.add(actor.name)
            actor.name = acr.group("acr")
            actors[fold(acr.group("acr"))] = actor
        elif acr:
            actor.acronyms.add(acr.group("acr"))
            actors[fold(acr.group("acr"))] = actor
        nickname = NICKNAME.search(text, m.start, m.end) if actor.kind == "person" else None
        if nickname:
            called = f"{nickname.group(1)} {actor.name.split()[-1]}"  # 'Barry "Butch" Wilmore' goes on as "Butch Wilmore"
            actor.aliases |= {nickname.group(1), called}
            actors.setdefault(fold(nickname.group(1)), actor)
            actors[fold(called)] = actor
        alias = _ALIAS_AFTER.match(text[m.end:])
        if alias:
            at = m.end + alias.end()
            described = _DESCRIPTION.match(text[at:])
            at += described.end() if described else 0
            following = [x for x in mentions if x.sent == m.sent and x.start >= at - 1 and x.text]
            if following and following[0].start <= at + 2:
                other = following[0].text
                actor.aliases.add(other)
                actors[fold(other)] = actor
                if actor.kind == "person" and " " in other and _GOES_BY.search(alias.group(0)):
                    # "Lai Tsong-wei, known as Peter Lai": the full name he goes by is his card's, the other an
                    # alias (but "Mohamed Hamdan Dagalo (known as Hemeti)" keeps his name)
                    actor.aliases = (actor.aliases | {actor.name}) - {other}
                    actor.name = other
        _attach_named_appositive(m, text, mentions, actors, actor)


def _attach_initials_of_people(by_name: dict[str, list[Mention]], actors: dict[str, LocalActor]) -> None:
    """"MBS told reporters", after Crown Prince Mohammed bin Salman; "AMLO" after Andrés Manuel López
    Obrador: capitals that spell the initials of the one person the article names so are that person."""
    people = [a for a in {id(a): a for a in actors.values()}.values() if a.kind == "person" and len(a.name.split()) >= 2]
    for key, ms in by_name.items():
        short = ms[0].text
        if (not (2 <= len(short) <= 5 and is_acronym(short)) or fold(short) in NEWS_AGENCIES
                or any(m.cues & {"definite", "initials", "acronym-def", "group", "orgword"} for m in ms)):
            continue  # ("the IMF" stays the body, whoever's initials it spells; "Esteban Felix/AP" is the agency's
            # credit, not Augusto Pinochet)
        spelled = [p for p in people if "".join(w[0] for w in p.name.replace("-", " ").split()).upper() == short]
        if len(spelled) == 1:
            actors[key] = spelled[0]
            spelled[0].aliases.add(short)


def _short_name_given(after: str) -> re.Match | None:
    """A short name the writer gives after a body's name, whether or not it spells its initials."""
    return _OR_ACRONYM_AFTER.match(after) or _KNOWN_BY_INITIALS_AFTER.match(after)


def _short_name_of(short: str, name: str, kind: str) -> bool:
    """Whether the bracketed `short` after `name` is its short name: its initials ("HTS", "FEWS NET"),
    initials from another language ("UNHCR"), or its first word and the rest's initials ("Africa CDC")."""
    first, _, rest = short.rpartition(" ")
    if first and is_acronym(first):
        return acronym_fits(first + rest, name)  # "FEWS NET", the Famine Early Warning Systems Network
    if first:
        words = name.split()
        return words[0] == first and len(words) > 2 and acronym_fits(rest, " ".join(words[1:]))
    return acronym_fits(short, name) or (kind == "organisation" and (_renamed(short, name) or _called(short, name)))


def _called(short: str, name: str) -> bool:
    """"the Islamic Resistance Movement (Hamas)", "the Party of God (Hezbollah)": a word in brackets
    after a body's name of several words is what the body is called, if it is no word of the language
    and names no state or region (not "Janata Dal (United)", "the World Bank (Washington)")."""
    return (short[1:].islower() and len(name.split()) >= 2 and short not in name.split() and not is_common_word(short)
            and not _A_WORD_OF_THE_LANGUAGE.fullmatch(short.lower()) and not state_of(short) and not is_region_name(short))


def _renamed(acronym: str, name: str) -> bool:
    """"The United Nations Refugee Agency (UNHCR)", "the Kurdistan Workers' Party (PKK)": a body's
    initials from another name or language, when one of its words still opens with their first letter
    (of a two-letter one, when its letters are the name's own initials)."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    if len(acronym) == 2:  # "the National Alliance (AN)", Alleanza Nazionale: its own initials, in the other order
        return acronym.isupper() and sorted(acronym) == sorted(capitals)
    # ("Doctors Without Borders (MSF)", Médecins Sans Frontières: of three words or more, none need open with them)
    return (len(acronym) >= 3 and acronym.isupper() and not state_of(acronym)
            and (acronym[0] in capitals or (len(capitals) >= 3 and len(acronym) <= 5)))


# ", and the CDC"; ", United Auto Workers and other IAM locals": a third name, or the last after "and"
_A_LIST_GOES_ON = re.compile(r",\s+(?:(?:and|or)\s|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+(?:and|or)\s))")


def _attach_named_appositive(m: Mention, text: str, mentions: list[Mention], actors: dict[str, LocalActor],
                             actor: LocalActor) -> None:
    """"UNHCR, the UN Refugee Agency, said": an organisation set beside another organisation's
    name between commas is the same organisation under its other name."""
    if actor.kind != "organisation" or not text.startswith(", the ", m.end):
        return
    at = m.end + len(", the ")
    other = next((x for x in mentions if x.sent == m.sent and x.start == at and x.text), None)
    if other is None or not text.startswith(",", other.end) or _A_LIST_GOES_ON.match(text, other.end):
        return  # ("the U.S. Department of Agriculture, the Food and Drug Administration, and the CDC": a list, as is
        # "the Oregon Nurses Association, the American Postal Workers Union, United Auto Workers and …")
    named = actors.get(fold(other.text))
    if named is not None and named is not actor and named.kind == "organisation":
        actor.aliases.add(other.text)
        actors[fold(other.text)] = actor

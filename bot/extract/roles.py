"""Role cues: the titles that tell us a name belongs to a person, and what that person is.

News introduces people in three shapes, all handled here:
  title before the name      "Russian Foreign Minister Sergey Lavrov", "US ambassador Nikki Haley"
  title, comma, name         "the Syrian Foreign Minister, Walid al-Muallem"
  name, comma, title         "Vitaly Churkin, the Russian Ambassador to the UN,"
The vocabulary is English's words for offices, not any corpus's people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.dates import WEEKDAYS
from bot.extract.gazetteer import is_demonym, is_region_name, is_state_name, state_of
from bot.extract.given_names import is_common_word, is_given_name, is_plural_noun, may_be_a_first_name, may_be_a_surname
from bot.extract.names import FOREIGN_ARTICLES, HONORIFICS, NAMING_TITLES, is_acronym
from bot.extract.sentences import TITLES_CUT_SHORT

ROLE_HEADS = {
    "president", "vice-president", "premier", "prime minister", "minister", "secretary", "secretary-general",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "director-general",
    "governor", "commander", "leader", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "cio",
    "executive", "king", "queen", "foreman", "forewoman", "supervisor",
    "prince", "princess", "senator", "mayor", "judge", "official", "analyst", "professor", "coach", "captain",
    "founder", "co-founder", "head", "representative", "adviser", "advisor", "negotiator", "diplomat", "deputy",
    "pope", "emir", "sheikh", "chancellor", "lawmaker", "mp", "mep", "pm", "congressman", "congresswoman", "colonel",
    "lieutenant", "sergeant", "general", "manager", "economist", "researcher", "scientist", "correspondent",
    "editor", "officer", "administrator", "coordinator", "commissioner", "delegate", "mediator", "monarch",
    "cleric", "bishop", "archbishop", "rabbi", "pastor", "priest", "preacher", "justice", "attorney", "lawyer",
    "prosecutor", "counsel", "activist", "magistrate", "lady",  # ("US First Lady Laura Bush"; "Lady X" is an honorific)
    "expert", "president-elect", "candidate", "striker", "midfielder", "defender", "goalkeeper", "player",
    "author", "journalist", "doctor", "surgeon", "nurse", "physician", "teacher", "student", "governor-general",
    "marshal", "admiral", "commissar", "mufti", "ayatollah", "prophet", "rapporteur", "observer", "banker",
    "investor", "entrepreneur", "owner", "partner", "superintendent", "sheriff", "inspector", "auditor", "investigator",
    "treasurer", "speaker", "whip", "legislator", "councillor", "councilor", "chairperson",
    "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "alderperson",
    *TITLES_CUT_SHORT,
    "predecessor", "successor", "counterpart", "terrorist", "fugitive", "gunman",
    "member", "under-secretary-general", "undersecretary-general", "undersecretary",
    "under-secretary", "assistant-secretary-general", "mate", "aide", "assistant", "ombudsman", "ombudswoman",
    "ombudsperson", "constable",
    "boss", "referee", "umpire", "winger", "playmaker", "teammate", "team-mate", "forward", "skipper", "pacer",
    "batsman", "batter", "bowler", "spinner", "keeper", "defenceman", "defenseman", "goaltender", "netminder",
    "goalie", "wing", "tackle", "receiver", "kicker", "punter",
    "full-back", "fullback", "half-back", "halfback", "fly-half", "scrum-half", "flanker",
    "centre-back", "wing-back", "quarterback", "linebacker", "cornerback", "pitcher", "shortstop", "outfielder", "infielder",
    "left-hander", "right-hander", "southpaw", "opener", "paceman", "seamer", "champion", "runner-up", "seed",
    "rookie", "mvp", "driver", "rider", "skier", "runner", "wrestler", "gymnast", "trainer",
    # what people are known for: "media mogul Rupert Murdoch", "defendant Elizabeth Holmes"
    "mogul", "tycoon", "billionaire", "magnate", "businessman", "businesswoman", "heir", "heiress",
    "philanthropist", "legend", "icon", "designer", "architect", "engineer", "actor", "actress", "singer", "rapper", "musician",
    "frontman", "frontwoman", "vocalist", "guitarist", "drummer", "bassist", "pianist", "violinist", "composer", "songwriter",
    "conductor",
    "artist", "writer", "novelist", "poet", "comedian", "presenter", "broadcaster", "producer", "filmmaker",
    "photographer", "campaigner", "whistleblower", "dissident", "blogger", "defendant", "plaintiff", "juror",
    "witness", "eyewitness", "bystander", "suspect", "detective", "firefighter", "paramedic", "pilot", "astronaut",
    "athlete", "cyclist", "sprinter", "swimmer", "boxer", "golfer", "jockey", "wicketkeeper", "all-rounder", "allrounder",
    # the sciences and the clinic: "state epidemiologist Magnus Gisslen"
    "epidemiologist", "virologist", "immunologist", "biologist", "psychologist", "sociologist", "criminologist",
    "climatologist", "meteorologist", "seismologist", "geologist", "cardiologist", "oncologist", "pathologist",
    "toxicologist", "archaeologist", "anthropologist", "statistician", "politician", "technician", "clinician",
    "paediatrician", "pediatrician", "obstetrician", "mathematician", "physicist", "chemist", "pharmacist",
    "psychiatrist", "historian", "demographer", "forecaster", "astronomer", "astrophysicist", "geneticist",
    "neuroscientist", "ecologist", "zoologist", "botanist",
    # who rules without a title of office: "dictator Omar Hassan al Bashir"
    "dictator", "strongman", "warlord", "autocrat", "despot",
    # the ranks below the officers: "Army Private Lynndie England", "Specialist Charles Graner"
    "corporal", "private", "specialist", "seaman", "airman", "sailor", "mercenary",  # (not "marine": Marine Le Pen)
    # the markets' trades: "market strategist Taisuke Tanaka"
    "strategist", "dealer", "broker", "consultant", "underwriter",
    # work and walks of life that are seldom a family name: "said mechanic Charles Fromong"
    "mechanic", "machinist", "electrician", "welder", "labourer", "laborer", "worker", "soldier", "policeman",
    "policewoman", "fisherman", "shopkeeper", "vendor", "volunteer", "protester", "demonstrator", "survivor",
    "resident", "refugee", "migrant", "retiree", "pensioner", "passenger", "cashier", "trader", "veteran",
    # a nationality said as a noun: "Frenchman Patrick Vieira"
    "frenchman", "englishman", "irishman", "scotsman", "welshman", "dutchman", "briton", "spaniard", "swede",
    "dane", "finn", "countryman", "compatriot",
    # kin: "his wife Antonella" is a person ("son" is left out: a family name as often, as in "Son Heung-min")
    "wife", "husband", "widow", "widower", "daughter", "mother", "father", "brother", "sister", "fiancee",
    "fiancée", "fiance", "girlfriend", "boyfriend", "grandson", "granddaughter", "grandfather", "grandmother",
    "nephew", "niece", "cousin",
    # where one stands to another in a race or a career: "Her closest rival, Xochitl Galvez, received …"
    "rival", "opponent", "challenger", "contender", "mentor", "protege", "protégé",
    # who is famous for a game or a show: "football star Zinédine Zidane", "pop star Aya Nakamura"
    "star", "superstar",
}
ROLE_HEADS |= {h + "s" for h in ROLE_HEADS if h[-1] not in "s."} | {"chiefs", "secretaries", "deputies", "attorneys"}
ROLE_HEADS.add("lead")  # "the WHO's technical lead"; "leads" is a verb far more often than a title
ROLE_HEADS.add("cardinal")  # "Cardinal Timothy Dolan" ("the Arizona Cardinals" are a club)
ROLE_HEADS |= {"prefect", "prefects", "taoiseach", "tánaiste", "tanaiste"}  # "Prefect of the Dicastery", Ireland's leaders
ROLE_MODIFIERS = {
    "foreign", "defence", "defense", "interior", "finance", "health", "deputy", "vice", "prime", "special", "running",
    "senior", "chief", "executive", "acting", "former", "first", "high", "supreme", "general", "attorney",
    "state", "affairs", "home", "justice", "trade", "economy", "economic", "energy", "education", "environment",
    "agriculture", "transport", "labour", "labor", "culture", "information", "humanitarian", "military",
    "regional", "national", "international", "top", "assistant", "associate", "managing", "political",
    "permanent", "independent", "outgoing", "incoming", "interim", "joint", "lead", "head", "principal",
    "security", "intelligence", "police", "army", "navy", "air", "force", "opposition", "rebel", "local",
    "communications", "press", "public", "relations", "development", "technology", "operating", "financial",
    "medical", "research", "legal", "policy", "digital", "union", "party", "club", "team", "company", "bank",
    "central", "federal", "provincial", "county", "city", "district", "un", "eu", "us", "uk",
    "star", "right", "left",  # "star right wing Pavel Bure"
    "rear", "brigadier", "brig.",  # "Coast Guard Rear Admiral Shannon Gilreath", "Army Brigadier General …"
    "market", "equity", "currency", "bond", "oil", "investment", "fund", "portfolio",  # "market strategist Taisuke Tanaka"
}
ORG_WORDS = {
    "council", "front", "committee", "nations", "union", "foundation", "party", "army", "forces", "ministry",
    "agency", "organisation", "organization", "commission", "bank", "court", "parliament", "assembly",
    "institute", "university", "company", "corporation", "corp", "inc", "ltd", "group", "brigade", "brigades",
    "movement", "alliance", "league", "association", "federation", "office", "department", "administration",
    "authority", "service", "guard", "police", "fund", "programme", "program", "network", "post", "times",
    "news", "herald", "journal", "tribune", "channel", "television", "tv", "radio", "press", "society", "today",
    "advertiser",  # "the Honolulu Star-Advertiser"
    "club", "team", "guild", "airlines", "airways", "coalition", "force", "command", "senate", "congress", "cabinet",
    "government", "board", "trust", "centre", "center", "centres", "centers", "hospital", "church", "mission", "secretariat",
    "states", "kingdom", "republic", "emirates", "helmets", "fc", "reserve", "exchange", "institution",
    "ministries", "unit", "battalion", "division", "regiment", "militia", "observatory", "tribunal", "bureau",
    "crescent", "community", "brotherhood", "brethren", "dept", "assn", "govt", "univ",
    "orchestra", "philharmonic", "choir", "ensemble", "quartet",  # who play as one: "Kalush Orchestra beat 24 competitors"
    "embassy", "consulate",  # a state's mission abroad: "outside the General Consulate of Haiti in Miami"
    "congregation", "dicastery", "curia", "synod", "diocese", "archdiocese",  # a church's: "the Dicastery for Bishops"
    # the trades companies name themselves for: "General Motors", "Boeing Capital", "Exxon Mobil Chemicals"
    "motors", "motor", "racing", "syndicate", "electric", "dynamics", "industries", "system", "systems", "technologies",
    "holdings",
    "pharmaceuticals", "energy", "petroleum", "communications", "telecom", "entertainment", "studios",
    "laboratories", "laboratory", "insurance", "securities", "capital", "ventures", "investments", "chemicals", "aerospace",
    "automotive", "logistics", "electronics", "semiconductor", "semiconductors", "pharma", "biotech", "therapeutics",
    "software", "mining", "resources", "minerals", "textiles", "shipping",
    "platforms", "solutions", "networks", "brands", "foods", "stores", "devices", "robotics", "materials",
    # firms named for their partners ("Salomon Brothers", "Kestrel Partners"), schools, projects
    "brothers", "partners", "associates", "school", "college", "academy", "project", "confederation", "unions",
    "troopers", "corps",  # "Alaska State Troopers", the state's police; "the Army Corps of Engineers"
    # and what newspapers call themselves: "the Montreal Gazette", "the Nihon Keizai Shimbun"
    "gazette", "shimbun", "sports", "media",  # ("Sky Sports", "Fox Sports", "Al Jazeera Media Network")
    # in the languages they are written in: "Munhwa Ilbo", "Ukrainska Pravda", "Süddeutsche Zeitung", "Gazeta Wyborcza"
    "ilbo", "sinmun", "shimpo", "ribao", "pravda", "izvestia", "zeitung", "gazeta", "gazzetta", "corriere", "diario",
    "gazetesi", "dainik",
    # the same heads in the languages news leaves untranslated: "Movimiento Regeneración Nacional", "Parti socialiste"
    "movimiento", "movimento", "mouvement", "partido", "partito", "parti", "partei", "frente", "fronte", "alianza",
    "alleanza", "coalición", "instituto", "istituto", "institut", "consejo", "conseil", "consiglio", "comisión",
    "commissione", "ejército", "armée", "fuerzas", "unión", "banco", "banque", "universidad", "université",
    "università", "universidade", "ministerio", "ministère", "ministero", "secretaría", "agencia", "agence",
    "policía", "polizei", "guardia", "gendarmerie", "sindicato", "syndicat", "gewerkschaft", "asamblea", "assemblée",
    "congreso", "senado", "sénat", "rassemblement", "fundación", "fondation", "stiftung", "asociación", "organización",
    # and the words clubs name themselves with: "Blackburn Rovers", "Tottenham Hotspur"
    "rovers", "wanderers", "athletic", "hotspur", "rangers",
}
# every title word as one regex alternation, the longest first ("secretary-general" before "secretary")
HEAD_ALT = "|".join(sorted((re.escape(h) for h in ROLE_HEADS), key=len, reverse=True))
# "Rwanda", "the Democratic Republic of the Congo": what a title's complement names
# (its later words are no function words, and one after "and" opens with a capital: not "family members on social
# media and by Gov. Josh Shapiro")
_PLACE_NAME = r"(?:the\s+)?[\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:and|or|by|with|from)\b)[A-Z][\w’'-]*){0,4}"
_A_SECOND_PLACE = r"(?:the\s+)?(?-i:[A-Z])" + _PLACE_NAME.removeprefix(r"(?:the\s+)?")
_A_KIND_OF_PLACE_ENDS = re.compile(r"\b(?:region|province|city|district|governorate|county|town|village|oblast|"
                                   r"country|republic)$")
_HEADS_IN_THE_LOWER_CASE = frozenset({"star", "stars", "superstar", "superstars"})
_DWELLERS = frozenset({"resident", "residents", "native", "natives", "inhabitant", "inhabitants", "villager",
                       "villagers"})
# a body named before its lower-case kind: "head of Wagner mercenary group Yevgeny Prigozhin"
_A_NAMED_BODY_S_KIND_ENDS = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[a-z]+)?\s+(?:group|militia|movement|party|faction|"
                                       r"company|firm|organi[sz]ation|network|gang|cartel)$")
_A_NAME_DID_SOMETHING = re.compile(r"(?-i:[A-Z])\w*\s+(?-i:[a-z]+ed)\s+(?-i:[A-Z])")
_AFTER_HEAD = re.compile(
    r"(?:[’']s)?(?P<complement>\s+(?:of|to|for|at|in|on)\s+" + _PLACE_NAME + r"(?:\s+and\s+" + _A_SECOND_PLACE + r")?)?"
    r"(?P<sep>\s*,?\s*(?:\((?-i:[A-Z]{2,6})\)\s+)?(?:(?:" + "|".join(HONORIFICS) + r")\.?\s+)?)",  # ("(CJP)")
    re.I,
)
# the words an appositive may open with before its title ("…, the Russian Ambassador to the UN,")
APPOSITIVE_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their")
_APPOSITIVE_DETERMINER = "|".join(APPOSITIVE_DETERMINERS)
# the verbs of saying that end a bare title ("…, director of the campaign warned.")
_SAYING = "said|says|told|warned|added|explained|insisted|noted|stressed|wrote|tweeted"
_APPOSITIVE = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?,\s*(?P<det>(?:" + _APPOSITIVE_DETERMINER + r")\s+)?"
    # (not ", that Obama is the candidate": a clause, whatever title it names)
    r"(?!(?-i:that|which|who|whom|whose|when|where|while|if|because|but|and|or|so|saying|says|said|"
    r"was|were|is|are|has|have|had|will|would|becomes?|became|remains?|remained|serves?|served|along|together|"
    r"alongside|with|like|unlike|after|before|during|since|until|following|despite|amid|"
    r"he|she|they|we|it|you|I)\b)"  # (", she came to the money manager with news": a clause's subject, no title)
    # (nor ", giving Leicester an unassailable lead": a verb in -ing with its object, no title's adjective)
    r"(?!(?-i:(?!(?:acting|outgoing|incoming|ruling|leading|managing|visiting|founding|governing|presiding|sitting|"
    r"serving|reigning|defending|winning|retiring|rising|running)\b)[a-z]+ing\s+(?:[A-Z]|(?:the|a|an|his|her|its|"
    r"their|it|them|him|us)\b)))"
    # (nor ", was elected Pope in 2013", ", becomes acting president": the name's own verb (or the clause's before
    # it: "Han, who was appointed by Yoon, becomes acting president"), nor ", along with her sister,": whom she is with)
    # (its words are no verb that takes an object: "…'s Telegram, the army commander-in-chief briefed the president";
    # nor a clause's: "…, announced early Monday that the president had won")
    r"(?P<role>(?!(?:" + _APPOSITIVE_DETERMINER + r")\s)"  # (a determiner is the one before it: see "det" below)
    r"(?:(?!(?-i:[a-z]+ed\s+(?:the|a|an|his|her|its|their|he|she|they|it|that)\b|(?:that|which|whom?|whose)\s|"
    r"and\s+(?:his|her|their)\s|(?:his|her|its|their)\s))[\w’'.&-]+\s+){0,6}?"  # ("Tumador, Hakim and his wife": more
    # people; "Tymoshenko, her hair plaited intricately around her head": her own head, no office; "posted on the
    # Internet, Morsi insisted he remained Egypt's president": a clause)
    r"(?:" + HEAD_ALT + r")\b(?:[’']s)?"
    r"(?:\s+(?:of|for|to|at|in|on|with|from)\s+(?:(?!\s(?-i:" + _SAYING + r")\b)[^,;:()“”\"]){1,80}?)?)"
    # a full stop ends it, not the one inside "U.S." ("the head of the U.S. government's aid agency")
    # (nor the one closing "U.S." before "Geological Survey"; a dash ends it too)
    r"(?=\s*(?:,(?!(?-i:\s*(?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w’'-]+\s+(?:[a-z]{1,3}[\s-])?[A-Z]))|"
    r"(?<!\.[A-Z])\.(?!\w|(?-i:\s+[a-z]))|;|\(|[–—]|$|"
    # (a verb of saying only after a bare title: "…, Paul Hankins, director for salvage operations with the U.S.
    # Navy said"; "…, one MIG-29 Fulcrum, a Pakistani military spokesperson told a news conference" has the title's
    # own subject speak)
    r"(?(det)(?!)|\s+(?-i:" + _SAYING + r")\b)|"
    r"\s+(?:who|which|"
    r"appointed|named|has|had|was|is|and|on|whose|now|currently|based|working|serving|speaking|representing)\b))",
    re.I,
)
_LEADER_OF = {"leads": "leader", "heads": "head", "chairs": "chair", "runs": "head", "directs": "director",
              "founded": "founder", "represents": "representative", "manages": "manager", "coaches": "coach",
              "commands": "commander"}
_WHO_LEADS = re.compile(r"^\s*,\s*who\s+(?:now\s+|also\s+)?(?P<verb>" + "|".join(_LEADER_OF) + r")\s+"
                        r"(?P<what>(?:the\s+)?(?:[^,.;:()]|(?<=\d)[,.](?=\d)){3,80})", re.I)  # ("about 33,000 workers")
AFFILIATED = r"\s+(?:of|from|at|with)\s+(?:the\s+)?"  # "Sarah Leah Whitson of Human Rights Watch"
# "of Human Rights Watch", "of the International Federation of Red Cross and Red Crescent Societies": a name's inner
# linking words too
_AFFILIATION = re.compile(r"^" + AFFILIATED + r"(?P<org>[A-Z][\w’'&.-]*"
                          r"(?:\s+(?:(?:for|of|and|on|the|de|du|des|del)\s+)*"
                          r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w’'&.-]*){0,7}\s*)")  # ("… EPA Monday night")
_TIME_WORDS = {"week", "month", "year", "day", "weekend", "night", "morning", "evening", "afternoon", "last", "next",
               "this", *WEEKDAYS}
_MAJOR_S = {"colonel", "col", "sergeant", "sgt"}  # ranks "Major" goes on
ROLE_WINDOW = 160  # a title is never longer; searching further back only costs time
# Title words are found by looking each word up in ROLE_HEADS: one pass over the words beats
# a regex alternation of hundreds of titles tried at every position.
_WORDS = re.compile(r"[\w’'-]+")
# ("Minister for Europe and" before "Foreign Affairs Stéphane Séjourné": a complement of two fields)
_COMPLEMENT_BEFORE = re.compile(r"([\w’'.-]+?)(?:[’']s)?\s+(?:of|to|for|at)\s+(?:the\s+)?"
                                r"(?P<field>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?\s+and\s+(?:the\s+)?)?$")
# the name ends its phrase: not "told Itar-Tass news agency …", "a lawyer at the Los Angeles law firm …"
ENDS_THE_PHRASE = re.compile(r"^(?:\s*[.,;:)\]\"”]|\s+(?:on|in|by|at|last|this|after|before|during|from|over|that|"
                             r"said|say|says|told|expect|expected|estimate|estimated|wrote|warned|noted)\b|\s*$)")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
_COMPLEMENT_ENDS = ("of", "to", "for", "at", "the", "and")  # what `_COMPLEMENT_BEFORE` ends in, spaces aside
_DESCRIPTIVE = re.compile(r"(?:ed|ing|ly)$")
# time zones, which end a page's clock ("6:19 AM CDT") and open no title (not "AM", "PM": "French PM")
_CLOCK_WORDS = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
                          "PDT", "IST", "JST", "KST", "AEST", "AEDT"})
_SHORT_WORD = re.compile(r"[A-Za-z]{1,4}\.?")
_STOP_LEFT = {"the", "a", "an", "as", "and", "of", "by", "with", "from", "said", "says", "after", "before",
              "meanwhile", "however", "afterwards", "later", "then", "also", "now", "today", "yesterday", "but",
              "have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "can", "to", "that",
              "including", "when", "while", "his", "her", "their", "its", "our", "which", "who", "whom", "whose",
              "where", "another", "other", "each", "every", "some", "any", "both",
              "for", "in", "on", "at", "against", "about", "like", "under", "over", "into", "without",  # "For coach …"
              "there's", "there’s", "here's", "here’s", "it's", "it’s", "that's", "that’s",  # ("There's … chairwoman")
              # "Turkish authorities believe Saudi journalist Jamal Khashoggi …": the clause's verb, before the title
              "say", "told", "tell", "tells", "believe", "believes", "think", "thinks", "fear", "fears", "suspect",
              "suspects", "claim", "claims", "allege", "alleges", "know", "knows", "insist", "insists", "may", "might",
              "must", "should",
              # the conjunctions that open a clause: "Although Mannesmann chairman Klaus Esser did agree"
              "although", "though", "because", "since", "if", "unless", "whereas", "whilst", "once", "until"}


@dataclass(frozen=True)
class NamedRole:
    """A name with the role that the sentence gives it (role may be empty)."""

    name: str
    role: str
    start: int
    end: int


def is_role_word(word: str) -> bool:
    w = word.lower().strip(",.").removesuffix("’s").removesuffix("'s")
    return w in ROLE_HEADS or w in ROLE_MODIFIERS


def has_role_head(text: str) -> bool:
    return any(_is_head(w) for w in _WORDS.findall(text))


@lru_cache(maxsize=65536)
def _is_role_prefix_word(word: str) -> bool:
    bare = word.removesuffix("’s").removesuffix("'s")
    return (is_role_word(word) or bare.lower() in ORG_WORDS or bare.lower() == "united"
            or state_of(bare) is not None or is_acronym(bare) or _a_field_in_the_plural(bare))


def _a_field_in_the_plural(word: str) -> bool:
    """"Lebanon’s Telecoms Minister": a body's word in the plural, as a field is named
    (but "Banks" is a family name too)."""
    single = word[:-1].lower()
    return word.endswith("s") and not word.endswith("ss") and single in ORG_WORDS and not may_be_a_surname(word)


@lru_cache(maxsize=65536)
def _a_clock_s(window: str, word: re.Match) -> bool:
    """"at 2100 UTC (5 pm EDT)": "pm" after a time is the clock's, not a prime minister's ("PM Modi")."""
    return word.group(0).lower() == "pm" and (not word.group(0).isupper() or bool(_TIME_BEFORE.search(window, 0, word.start())))


_TIME_BEFORE = re.compile(r"\d[\d:.]*\s*$")


def _a_family_name_here(window: str, word: re.Match) -> bool:
    """"shuttle commander Rick Husband, Michael Anderson": a title's word after a first name is a family name."""
    before = window[:word.start()].split()
    return word.group(0)[:1].isupper() and bool(before) and is_given_name(before[-1])


def _an_adjective_here(window: str, word: re.Match) -> bool:
    """A rank in lower case ("the private Jamuna television news channel", but "Army Private Lynn Egland"),
    "official" after a determiner ("his official Facebook page", but "Hamas official Basem Naim"), and a
    title counted ("a five-judge Constitution bench": a bench of so many)."""
    return word.group(0) in _ADJECTIVES_UNLESS_CAPITALISED or _COUNTED.match(word.group(0)) is not None or (
        word.group(0) == "official" and _A_DETERMINER_ENDS.search(window, 0, word.start()) is not None)


_ADJECTIVES_UNLESS_CAPITALISED = frozenset({"private", "privates"})
_COUNTED = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
                      r"eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)-[a-z]", re.I)
_A_DETERMINER_ENDS = re.compile(r"\b(?:his|her|its|their|our|my|your|the|an)\s+$", re.I)


@lru_cache(maxsize=65536)  # (asked of every word before every name: a text's words repeat)
def _is_head(word: str) -> bool:
    bare = word.lower().removesuffix("’s").removesuffix("'s").strip(".,").removesuffix("-designate").removesuffix("-elect")
    if bare in _HEADS_IN_THE_LOWER_CASE and not word.islower():
        return False  # ("Star Wars", "the Toronto Star": a name's word)
    rank, _, last = bare.rpartition("-")
    # ("Prime Minister-designate"; "Colonel-Major", the rank "Colonel Major" hyphenated)
    return bare in ROLE_HEADS or last in ROLE_HEADS or (last == "major" and rank in _MAJOR_S)


def _heads_a_named_body(head: str, complement: str, after: str) -> bool:
    """"the head of Wagner mercenary group Yevgeny Prigozhin": one who heads a body named before its
    lower-case kind is the person named after it (not "lawyers at the law firm Brightwater", nor "the
    political wing of Basque separatist group ETA": the body's own name)."""
    name = _A_FULL_NAME.match(after)
    return (complement.split()[0].lower() == "of" and not _is_plural_head(head)
            and _A_NAMED_BODY_S_KIND_ENDS.search(complement) is not None
            and name is not None and looks_like_person_name(name.group(0).split())
            and name.group(0).split()[0].lower() not in FOREIGN_ARTICLES)  # (not "party La Libertad Avanza": its name)


_A_FULL_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}(?![\w’'-]| (?:of|for|in|on|and|&) [A-Z])")


def is_plural_title(role: str) -> bool:
    heads = [w for w in _WORDS.findall(role) if _is_head(w)]
    return bool(heads) and _is_plural_head(heads[-1])


def joins_a_name(words: list[str], at: int) -> bool:
    """"Call of Duty maker", "Centers for Disease Control director": an "of" or a "for" between capitalised
    words is inside a name."""
    return (words[at] in ("of", "for") and 0 < at < len(words) - 1 and words[at - 1][:1].isupper()
            and words[at + 1][:1].isupper())


def one_s_title(role: str) -> str:
    """"Justices Clarence Thomas, Samuel Alito …": a title in the plural before a list of people is
    each one's title in the singular."""
    complement = _COMPLEMENT_OPENS.search(role)  # (not "High Commissioner for Refugees": its field)
    heads = [m for m in _WORDS.finditer(role, 0, complement.start() if complement else len(role)) if _is_head(m.group(0))]
    if not heads or not _is_plural_head(heads[-1].group(0)) or _a_firm_of_them(role[:heads[-1].end()].split()):
        return role
    return role[:heads[-1].end() - 1] + role[heads[-1].end():]


def _a_firm_of_them(words: list[str]) -> bool:
    """"Lehman Brothers", "Kestrel Partners": a capitalised name before a plural title's word names a firm."""
    return len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and not is_role_word(words[-2])


_COMPLEMENT_OPENS = re.compile(r"\s(?:of|for|to|at|in|on|with)\s")


def _is_plural_head(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in ROLE_HEADS  # ("Princess" is one)


# a person's name never opens with these: "for Democratic Alternation", "Doctors Without Borders"
_JOINING_WORDS = {"for", "of", "and", "the", "to", "on", "in", "&", "without", "with", "against", "beyond", "across",
                  "under", "over", "at", "from", "by", "sans"}


def looks_like_person_name(words: list[str]) -> bool:
    """One to four words that could be a person's name: no office, organisation or state word,
    and no joining word ("for Democratic Alternation" is the rest of a body's name, and so is
    "Victory of Mesadkent" in "the Alliance for the Victory of Mesadkent", whatever "Victory" is)."""
    if len(words) == 1 and (_a_thing_s_word(words[0]) or is_plural_noun(words[0])):
        return False  # "General Election", "Secretary Transition", "Executive Decree": a title word before a thing
        # (and "the Indian General Elections": before things)
    if len(words) >= 2 and is_plural_noun(words[-1]):
        return False  # "the Paris Olympic Opening Ceremonies": things, not a family name
    return 1 <= len(words) <= 4 and all(w.lower() not in _JOINING_WORDS and (_may_be_in_name(w) or (
        i == len(words) - 1 and _a_surname_like_a_nationality(words))) for i, w in enumerate(words))


def _initials_before_a_name(words: list[str]) -> bool:
    """"Chief Secretary PK Jena": initials written without stops, as South Asian news writes them, open
    the name after a title when one word of a name follows them (alone, "TD Cowen" may be a firm)."""
    return (len(words) == 2 and _INITIALS.fullmatch(words[0]) is not None and state_of(words[0]) is None
            and _may_be_in_name(words[1]) and words[1][1:].islower())


_INITIALS = re.compile(r"[A-Z]{2,3}")


_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ity", "ism", "ness", "ance")
_TEXTS = frozenset({"decree", "decrees", "order", "orders", "act", "law", "directive", "ordinance"})


def _a_thing_s_word(word: str) -> bool:
    """An abstract noun or a text's word, which no one is named ("Election", "Decree")."""
    return word.lower().endswith(_ABSTRACT_ENDINGS) or word.lower() in _TEXTS


def _a_surname_like_a_nationality(words: list[str]) -> bool:
    """"Volker Turk", "Dawn French": a family name may be a nationality's word, after a first name."""
    last = words[-1]
    bare = last.lower()
    return (len(words) >= 2 and is_given_name(words[-2]) and _may_be_in_name(words[-2])
            and is_demonym(last)
            and not bare.endswith("s") and bare not in ROLE_HEADS and bare not in ORG_WORDS and bare not in FAITHS
            and bare not in ROLE_MODIFIERS)


@lru_cache(maxsize=65536)
def _may_be_in_name(word: str) -> bool:
    """Not an office, organisation or state word; cached, as the same words come back all the time."""
    bare = word.lower().strip(".,")
    return not (bare in ROLE_HEADS or bare in ORG_WORDS or bare in ROLE_MODIFIERS or bare in FAITHS or state_of(word)
                or is_acronym(word))


# what a faith's or a creed's followers are called: "the world's second-biggest Roman Catholic population",
# "the Islamist group Hayat Tahrir al-Sham" name no one (not "Christian", a first name too)
FAITHS = {"catholic", "catholics", "protestant", "protestants", "orthodox", "muslim", "muslims", "jewish", "sunni",
          "sunnis", "shia", "shiite", "shiites", "evangelical", "evangelicals", "anglican", "lutheran", "methodist",
          "hindu", "hindus", "buddhist", "buddhists", "islamic", "coptic", "copts", "sikh", "sikhs", "jain", "jains",
          "druze", "alawite", "alawites", "yazidi", "yazidis", "mormon", "mormons", "baptist", "baptists",
          "islamist", "islamists", "jihadist", "jihadists", "salafist", "salafists", "salafi", "wahhabi", "marxist",
          "marxists", "maoist", "maoists", "leninist", "communist", "communists", "zionist", "zionists", "fascist",
          "fascists", "baathist", "baathists", "nazi", "nazis"}


# words that close a title without heading one: the "Staff" of "Chief of the Defence Staff"
_TITLE_TAILS = frozenset({"staff", "consort", "royal", "emeritus", "dowager", "regent", "elect"})
# ("Queen Consort", "Princess Royal", "Vice President Elect")
_GRADE = re.compile(r"(?:First|Second|Third|1st|2nd|3rd) Class", re.I)
# the fields a title is "for", which end it: "High Commissioner for Human Rights Volker Türk"
TITLE_FIELDS = frozenset({"rights", "affairs", "refugees", "relations", "reconstruction", "development", "security",
                          "trade", "health", "education", "energy", "defence", "defense", "justice", "finance",
                          "migration", "disarmament", "cooperation", "intelligence", "environment", "transport"})


# what a body's department is named for, closing a title's complement
_DEPARTMENTS = frozenset({"operations", "communications", "policy", "planning", "research", "logistics"})


_AN_APPOSITIVE_S_TITLE_BEFORE = re.compile(r"[A-Z][\w’'-]+, (?:the )?(?:[a-z-]+ ){0,3}(?:of|for) (?:the )?$")


def _a_generation_only(words: list[str]) -> bool:
    """"Martin Luther King Jr": after a title's word, only a generation says the word was a family name."""
    return bool(words) and all(w.rstrip(".") in GENERATIONS for w in words)


GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})


def split_run(run: str, start: int, sentence: str) -> NamedRole:
    """Separate the title words at the front of a capitalised run from the name behind them.

    "Russian Foreign Minister Sergey Lavrov" → role "Russian Foreign Minister", name
    "Sergey Lavrov"; "Federal Emergency Management Agency Administrator Brock Long" → role
    up to "Administrator", name "Brock Long"; after "Ambassador to the", "UN François
    Delattre" gives the role its complement "UN" and leaves "François Delattre".
    """
    words = run.split()
    page_s = len(words) - len(_after_the_page_s_clock(words))
    if 0 < page_s < len(words):  # "(1:09 PM) CST Copied President Trump": the run starts after the page's clock
        rest = " ".join(words[page_s:])
        return split_run(rest, start + run.index(rest, len(" ".join(words[:page_s]))), sentence)
    if len(words) > 1 and words[0] in ("AM", "PM") and _TIME_BEFORE.search(sentence, 0, start):
        return split_run(run[3:], start + 3, sentence)  # "at 6:50 PM Paris time": the clock's, no prime minister's
    last_head = _title_end(words)
    if last_head == len(words) - 1 >= 1 and not _is_plural_head(words[-1]) and not _named_for_an_office(words) \
            and any(w.lower() in ORG_WORDS for w in words[:-1]):  # (but "Department of Justice" is the body)
        return NamedRole("", run, start, start)  # "Western Air Command Chief was present": no one named
    while last_head >= 0 and last_head + 1 < len(words) and words[last_head + 1].lower() in _TITLE_TAILS:
        last_head += 1  # "Chief of the General Staff Valery Gerasimov": the title ends after "Staff"
    if 0 <= last_head < len(words) - 2 and words[last_head + 1] == "Major" and words[last_head].lower().rstrip(".") in _MAJOR_S:
        last_head += 1  # "Colonel Major Amadou Abdramane", "Sergeant Major Ada Kell": one rank
    graded = 0 <= last_head < len(words) - 2 and bool(_GRADE.fullmatch(" ".join(words[last_head + 1:last_head + 3])))
    if (0 <= last_head < len(words) - 2 and _is_head(words[-1]) and not _is_plural_head(words[-1])
            and not is_given_name(words[-2]) and not any(w.lower() in ORG_WORDS for w in words)):
        return NamedRole("", run, start, start)  # "Chief Philanthropy Officer": a title with its field inside, no one
    if 0 <= last_head == len(words) - 2 and _a_place_s_name_only(words[-1]):
        return NamedRole("", run, start, start)  # "Inspector General Islamabad", "Chief Minister Punjab": where, not who
    title = words[:last_head + 1]
    last_head += 2 if graded else 0  # "Army Private First Class Lynndie England": the rank's grade is the title's
    cut = 0
    rest = words[last_head + 1:]
    if last_head >= 0 and (not rest or rest[0].lower() not in _JOINING_WORDS) and not _a_generation_only(rest) and (
            looks_like_person_name(rest) or _initials_before_a_name(rest)
            # ("Latah County District Judge John Judge": a first name, then a family name that is a title word too)
            or (len(rest) == 2 and is_given_name(rest[0]) and rest[1][:1].isupper()) or (
                # ("Deputy Inspector-General", "Pope Emeritus")
                all(_is_role_prefix_word(w) or _is_head(w) or w.lower() in _TITLE_TAILS
                    or _AN_OFFICE_S_ADJECTIVE.fullmatch(w) for w in title)
                and not any(w.lower() in ORG_WORDS for w in rest)
                and not (len(rest) == 1 and (_a_thing_s_word(rest[0]) or rest[0].lower() in ROLE_MODIFIERS
                                             or is_plural_noun(rest[0]))))):
        cut = last_head + 1  # but "General Motors" is a company named with a title word
        if len(words) - cut >= 3 and _a_place_s_name_only(words[cut]):
            cut += 1  # "Chief Minister Punjab Maryam Nawaz": the office's seat, then the name
    if cut == 0 and len(words) >= 3 and words[0].lower() in TITLE_FIELDS and _field_runs_to_the_first_name(words, 0) == 1:
        cut = 1  # "(Minister of State for) Health Yvan Butera": a title's field before the first name
    if cut == 0 and is_title_complement(sentence, start):
        body = max((i for i, w in enumerate(words) if w.lower() in ORG_WORDS or w.lower() in _TITLE_TAILS
                    or w.lower() in TITLE_FIELDS), default=-1)
        if body < 0 and _its_members(words[-1]):
            return NamedRole(run, "", start, start + len(run))  # "the leader of the Economic Freedom Fighters"
        if body == len(words) - 1 and _a_field_only(words):
            return NamedRole("", run, start, start)  # "the Commissioner for Political Affairs": the title's field
        if body >= 0 and (body == len(words) - 1 or not looks_like_person_name(words[body + 1:])):
            # "a spokesman for the National Disaster Management Authority", "candidate of the Movement
            # for Democratic Alternation": the run names the body, and no one in it
            return NamedRole(run, "", start, start + len(run))
        if (_AN_APPOSITIVE_S_TITLE_BEFORE.search(sentence, max(0, start - 60), start)
                and ENDS_THE_PHRASE.match(sentence[start + len(run):])):
            # "Sajith Premadasa, leader of United People's Power, scored": the title is the name's before it, and
            # the run its complement, whole
            return NamedRole(run, "", start, start + len(run))
        if _AT_BEFORE.search(sentence, max(0, start - 8), start):
            # "an analyst at BMO Capital Markets": a workplace, no one in it; "a lawyer at the Los Angeles
            # law firm Waymaker": the run only says where the workplace is
            end = start + len(run)
            return NamedRole(run, "", start, end) if ENDS_THE_PHRASE.match(sentence[end:]) else NamedRole("", run, start, start)
        if _is_plural_head(_complement_head(sentence, start) or ""):
            # "Delegates to the United Nations Climate Change conference": many people's title, and its
            # complement names the body, no one of them
            return NamedRole(run, "", start, start + len(run))
        # ("President of Sri Lanka Gotabaya Rajapaksa": a land of more than one word is the complement whole)
        cut = max(cut, max((k for k in range(2, min(4, len(words) - 1)) if state_of(" ".join(words[:k]))), default=0))
        while cut < len(words) - 1 and (_is_role_prefix_word(words[cut]) or len(words) - cut > 3):
            cut += 1
        cut = max(cut, body + 1)  # "(Chief of the) Defence Staff Tony Radakin": the body's name ends the complement
        while cut < len(words) - 2 and words[cut].lower() in _DEPARTMENTS:
            cut += 1  # "(Head of) IRCS Operations Razieh Alishvandi": the department is the title's
        cut = _field_runs_to_the_first_name(words, cut)
        if cut and (len(words) - cut < 2 or not looks_like_person_name(words[cut:])) and not _a_family_name_after(words, cut):
            return NamedRole("", run, start, start)
    if 0 < cut == len(words) - 1 and words[-1] in _A_BODY_S_LAST_WORDS:
        cut = 0  # "Railroad Workers United", "Amnesty International": the title's words are the body's name
    if cut == len(words) and _names_a_firm(words):
        return NamedRole(run, "", start, start + len(run))
    if cut == 0 and last_head == len(words) - 1 >= 1 and _A_OR_AN_BEFORE.search(sentence, max(0, start - 4), start):
        return NamedRole("", run, start, start)  # "A Democratic Congressman has called": a title, no one named
    if (cut == 0 and last_head == len(words) - 1 >= 1 and words[-1].lower() in _A_BODY_S_HEADS
            and words[:-1] != ["The"] and not is_given_name(words[int(words[0] == "The")])
            and " of " not in run and not any(w.lower() in ORG_WORDS for w in words[:-1])
            and (words[0] == "The" or (sentence[max(0, start - 4):start].lower() == "the "
                                       and not is_title_complement(sentence, start)))):
        return NamedRole("", run, start, start)  # "The Tesla CEO tweeted Sunday": a body's head, no one named
    if 0 < cut == len(words) - 1 and words[cut - 1].lower() in NAMING_TITLES:
        cut -= 1  # "Prime Minister Sheikh Hasina": the title one name follows is how she is named
    role = " ".join(words[:cut])
    name = " ".join(words[cut:])
    offset = start + (len(role) + 1 if cut else 0)
    return NamedRole(name, _without_closing_honorific(words[:cut]), offset, offset + len(name))


def _of_whom_many_are(role: str) -> str:
    """"Supporters of Brazil's former President Jair Bolsonaro": many people of the one the title after "of" names
    (but "Chiefs of Staff", "Ministers of State" are titles in the plural)."""
    many = _MANY_OF.match(role)
    return role[many.end():] if many and not is_role_word(many.group(1).rstrip("s")) else role


_MANY_OF = re.compile(r"([A-Z]?[a-z]+s) of (?=\S)")


def after_a_body_s_of(role: str) -> str:
    """"Good News International Church of Pastor Paul Mackenzie": the body is of the person, whose title is what
    follows "of" (but "Secretary of State", "Bank of England Governor" keep theirs)."""
    title = role.split()
    at = max((i for i, w in enumerate(title) if w == "of"), default=-1)
    if 0 < at < len(title) - 1 and all(_is_head(w) for w in title[at + 1:]) and any(
            w.lower() in ORG_WORDS for w in title[:at]):
        return " ".join(title[at + 1:])
    return role


_A_BODY_S_LAST_WORDS = frozenset({"United", "International"})


def _a_place_s_name_only(word: str) -> bool:
    """A state's or a province's name that no one is called by, after a title: the office's seat, as South
    Asian papers write it ("Inspector General Islamabad"); "Governor Georgia" may name a person."""
    return ((is_region_name(word) or is_state_name(word)) and not may_be_a_first_name(word)
            and not may_be_a_surname(word))


def _field_runs_to_the_first_name(words: list[str], cut: int) -> int:
    """"(Minister for) Climate Change Sherry Rehman": a field of two words before a three-word
    name's cut ends at the listed first name after it."""
    while cut < len(words) - 2 and not is_given_name(words[cut]) and is_given_name(words[cut + 1]):
        cut += 1
    return cut


def _a_field_only(words: list[str]) -> bool:
    """"Political Affairs", "Human Rights": everyday words ending in a title's field, which name no
    body (but "Iraq Reconstruction" says whose: the office of it is one)."""
    return words[-1].lower() in TITLE_FIELDS and all(is_common_word(w) or w.lower() in TITLE_FIELDS for w in words)


def _after_the_page_s_clock(title: list[str]) -> list[str]:
    """"(Posted Oct 28, 2024 6:19) AM CDT Copied Japan Prime Minister": a page's clock and the share
    button after it, glued to the line a title opens, are none of the title."""
    clock = max((i for i, w in enumerate(title) if w in _CLOCK_WORDS), default=-1)
    if clock < 0:
        return title
    rest = title[clock + 1:]
    return rest[1:] if rest and _DESCRIPTIVE.search(rest[0]) and not _is_role_prefix_word(rest[0]) else rest


def _named_for_an_office(words: list[str]) -> bool:
    """"Department of Justice", "Office of the Vice President": a body's name that ends in what it is
    of, the title included ("Western Air Command Chief" is its chief, no body)."""
    at = len(words) - 1
    while at > 0 and _is_role_prefix_word(words[at - 1]) and not _is_head(words[at - 1]):
        at -= 1  # "Vice", "Prime": the title's own first words
    return at > 0 and words[at - 1].lower() in _JOINING_WORDS


def _its_members(word: str) -> bool:
    """"Fighters", "Democrats", "Socialists": a body's members in the plural, and no family name
    ("Sanders", "Peters")."""
    return word.endswith(_MEMBERS_ENDS) and word[:1].isupper() and not may_be_a_surname(word)


_MEMBERS_ENDS = ("ers", "ists", "ats", "ans", "ots", "ites")


def _without_closing_honorific(title: list[str]) -> str:
    """"RSF commander Gen Mohamed Dagalo": the rank's abbreviation before the name says less than the
    title before it, and reads oddly after it."""
    while len(title) > 1 and title[-1].lower().rstrip(".") in HONORIFICS:
        title = title[:-1]
    return " ".join(title)


# who heads a body, by a title no side's player or party's name ends in ("the Move Forward" is a party)
_A_BODY_S_HEADS = frozenset({"ceo", "cfo", "coo", "cto", "chief", "president", "chairman", "chairwoman", "chair",
                             "director", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
                             "governor", "mayor", "founder", "boss", "commissioner"})
_A_OR_AN_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+$")


def _a_family_name_after(words: list[str], cut: int) -> bool:
    """"Secretary of State Blinken", "Secretary of Defense Austin": one word after a complement
    that is a field's or a body's word is the family name the title goes with (not "State Security"; nor
    "president of the First Panel": a body's numbered part; nor "spokesman for the Afghan Taliban": a people's
    adjective makes a body of the word after it); and "Chief of Army Staff Waker-Uz-Zaman": a name of
    capitalised parts joined by hyphens is one, whatever the word before it."""
    if cut == len(words) - 1 and cut >= 1 and _A_NAME_OF_HYPHENED_PARTS.fullmatch(words[cut]):
        return True
    return (cut == len(words) - 1 and cut >= 1 and not _may_be_in_name(words[cut - 1]) and _may_be_in_name(words[cut])
            and words[cut - 1].lower() not in _NUMBERING
            and not is_demonym(words[cut - 1])  # ("for the Afghan Taliban")
            # ("the leader of the National Rally": an adjective makes a body's name of the word after it)
            and not (words[cut - 1].lower().endswith(("al", "ic", "ive")) and words[cut - 1].lower() not in TITLE_FIELDS)
            and state_of(words[cut]) is None and not is_plural_noun(words[cut])  # ("Chancellor of Public Schools")
            # ("chief executive of Air France-KLM": a part in initials, or a state's name, makes a body of the word)
            and not any(is_acronym(part) or state_of(part) for part in words[cut].split("-"))
            and not words[cut].lower().removesuffix("s").endswith(_ABSTRACT_ENDINGS))  # "of Military Operations"


_A_NAME_OF_HYPHENED_PARTS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+){2,3}")  # "Waker-Uz-Zaman", not "Al-Qaeda"
_OTHERS_AFTER = re.compile(r",? and (?:other|several|many|some) ")
_NUMBERING = frozenset({"first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th"})


def _title_end(words: list[str]) -> int:
    """Where the title at the front of a run ends: its last title word reached through title
    words only. "UN Special Envoy" runs on past "Special"; in "President Hassan Sheikh
    Mohamud" the name starts at "Hassan", and "Sheikh" is a part of it."""
    end = -1
    for i, word in enumerate(words):
        if _is_head(word):
            if end >= 0 and not all(_is_role_prefix_word(w) or _AN_OFFICE_S_ADJECTIVE.fullmatch(w) for w in words[end + 1:i]):
                break
            end = i
    return end


# "Chief Electoral Officer": an adjective between two title words is the title's (not a name's: "Chief Chris Officer")
_AN_OFFICE_S_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ial|ic|ive|ary|ory)")


def _names_a_firm(words: list[str]) -> bool:
    """"CVC Capital Partners", "Kestrel Investment Advisers": title words only, but a body's
    word or an acronym before a plural title names a firm of such people, not a title."""
    last = words[-1].lower()
    return (len(words) >= 2 and last.endswith("s") and last[:-1] in ROLE_HEADS
            and any(w.lower() in ORG_WORDS or is_acronym(w) for w in words[:-1]))


def is_title_complement(sentence: str, start: int) -> bool:
    """Whether a run at `start` follows a title's "of the", "to the" ("Ambassador to the" before "UN …")."""
    head = _complement_head(sentence, start)
    return head is not None and _is_head(head)


def _complement_head(sentence: str, start: int) -> str | None:
    """The title word whose complement runs up to `start` ("Ambassador to the" before "UN …")."""
    found = _complement_before(sentence, start)
    if found is not None and not _is_head(found[0]) and (title := _title_ending_in_its_own_complement(sentence, found, start)):
        return next((w for w in reversed(title.split()) if _is_head(w)), None)
    return found[0] if found else None


def _title_ending_in_its_own_complement(sentence: str, found: tuple[str, int], start: int) -> str:
    """"Deputy Assistant Secretary of Defense for the" before "Middle East Daniel Shapiro": a title whose own
    complement ("of Defense") comes before the one the run opens."""
    if not (found[0][:1].isupper() and sentence[found[1]:start].lstrip().startswith("for ")):
        return ""
    return role_before(sentence, found[1], complement_joins=True)


def _complement_before(sentence: str, start: int) -> tuple[str, int] | None:
    """The word before a complement that runs up to `start`, and where that word ends."""
    window_start = max(0, start - 60)
    window = sentence[window_start:start]
    if not window.rstrip().endswith(_COMPLEMENT_ENDS):  # the pattern cannot match: spare its search
        return None
    complement = _COMPLEMENT_BEFORE.search(window)
    if complement and complement.group("field") and any(is_given_name(w) for w in complement.group("field").split()):
        return None  # "Secretary of State Condoleezza Rice and" is no field of a title: a name ends it
    return (complement.group(1), window_start + complement.end(1)) if complement else None


def title_before_complement(sentence: str, start: int) -> str:
    """"UN High Commissioner for" before "Refugees Filippo Grandi": the title whose complement
    a run opens, with its joining words; "" when none does."""
    found = _complement_before(sentence, start)
    if found is None:
        return ""
    head_end = found[1]
    title = (role_before(sentence, head_end) if _is_head(found[0])
             else _title_ending_in_its_own_complement(sentence, found, start))
    return f"{title}{sentence[head_end:start].rstrip()}" if title else ""


def role_before(sentence: str, start: int, complement_joins: bool = False) -> str:
    """The role phrase written right before a name ("US ambassador", "the spokesman of …,").

    A complement running straight into a name ("spokesman of the rebel National Liberation
    Front") belongs to the role only when the caller has split it off the name itself.
    """
    window = sentence[max(0, start - ROLE_WINDOW):start]
    for head in reversed([m for m in _WORDS.finditer(window) if _is_head(m.group(0)) and not _a_clock_s(window, m)
                          and not _an_adjective_here(window, m) and not _a_family_name_here(window, m)][-3:]):
        tail = _AFTER_HEAD.fullmatch(window, head.end())
        if tail:
            break
    else:
        return ""
    if head.group(0).endswith(("’s", "'s")) and not tail.group("complement"):
        return ""  # "the pope's Fisherman's Ring": what the title's holder owns, no one the title names
    if (tail.group("complement") and not tail.group("sep").strip() and not complement_joins
            and not _A_KIND_OF_PLACE_ENDS.search(tail.group("complement"))
            and not _heads_a_named_body(head.group(0), tail.group("complement"), sentence[start:start + 60])):
        return ""  # but "head of the region Alexey Smirnov": a lower-case kind of place ends the complement
    if (tail.group("complement") and head.group(0).lower() in _DWELLERS
            and _A_KIND_OF_PLACE_ENDS.search(tail.group("complement"))):
        return ""  # (not "a resident of the border village Houla": the village, no one who lives there)
    if tail.group("complement") and _A_NAME_DID_SOMETHING.search(tail.group("complement")):
        return ""  # "Secretary of State Antony Blinken confirmed Gershkovich, Whelan": a clause, and a list after it
    if tail.group("sep").strip()[:1] == "," and _ends_in_its_holder_s_name(tail.group("complement")):
        return ""  # "former Secretary of the Treasury Larry Summers, Quora CEO Adam D'Angelo": the title is Summers's
        # (and so before "…, Prof. Talia Einhorn")
    if tail.group("complement") and _names_a_holder_and_another(tail.group("complement")):
        return ""  # "Secretary of Transportation Pete Buttigieg and Maryland Sen. Ben Cardin": Buttigieg holds it
    prefix, fragment = window[:head.start()], ""
    if prefix and not prefix[-1].isspace() and prefix.split():  # "Under-Secretary-General": one word
        fragment = prefix.split()[-1]
        prefix = prefix[: len(prefix) - len(fragment)]
    before = prefix.split()[-6:]
    words = [*before, *(fragment + window[head.start():tail.start("sep")]).split()]
    keep = len(before)
    while keep > 0:
        prev = words[keep - 1]
        if joins_a_name(words, keep - 1) and not words[keep - 2].endswith((",", ";", ":", ")", "”", '"')):
            keep -= 1  # "Call of Duty maker", "Bank of America chief": a name with "of" in it opens the title
            continue
        if (prev.endswith((",", ";", ":", ")", "”", '"')) or prev.lower() in _STOP_LEFT or prev.lower().endswith("ly")
                or prev.lower() in WEEKDAYS  # ("on Wednesday Col Maj Amadou Abdramane": the day, before the rank)
                or prev in ("-", "–", "—", "|", "•")):  # ("Niamey, Niger Republic - Niger President, Mohamed Bazoum":
            # a dateline's; "Nairobi, Kenya | AFP | Kenya’s opposition leader Raila Odinga": a page's separators)
            break
        if not (prev[:1].isupper() or _is_role_prefix_word(prev)):
            if keep == len(before) and _opens_a_title(words, keep - 1):
                keep -= 1  # "including media mogul Rupert Murdoch": one plain noun before the title word
                break
            # "UN aid chief": a lowercase word or two may sit inside a title that starts capitalised
            lead = next((j for j in range(keep - 2, max(keep - 4, -1), -1) if words[j][:1].isupper()), None)
            # ... and the capital opening it is a body's or a place's ("President Biden met billionaire" is no title)
            # (and "Jurors found former president Donald Trump": many people, the clause's subject, open no title)
            if lead is None or not _is_role_prefix_word(words[lead]) or is_plural_title(words[lead]) or any(
                    w.endswith((",", ";", ":", "”", '"')) or w.lower() in _STOP_LEFT or _DESCRIPTIVE.search(w)
                    or w.lower() in _TIME_WORDS for w in words[lead:keep]):
                break
            keep = lead
            continue
        keep -= 1
    role = _of_whom_many_are(" ".join(_after_the_page_s_clock(words[keep:])).strip(" ,"))
    if "be" in {w.lower() for w in words[max(keep - 1, 0):keep + 1]}:
        # "I accept your nomination to be President of the United States, Harris said": a title sought (but "since
        # becoming Brooklyn Borough President, Adams …": one held)
        return ""
    if keep and words[keep - 1].lower() in _MODALS and words[keep].islower():
        return ""  # "Stephanie Pope … will lead Boeing Commercial Airlines": a verb, not a title
    if len(words) - keep == 2 and is_given_name(words[keep]) and words[-1][:1].isupper():
        return ""  # "with Stephanie Pope, Boeing's COO": a first name before a title's word is someone's name
    if 0 < keep == len(words) - 1 and words[keep - 1].lower() in _MADE:
        return ""  # "before the results were made official, Erdogan appeared": what something was made, no title
        # (but "declared former army chief Abdel-Karim al-Masri the new president": its object's)
    if keep and words[keep - 1].lower() == "to" and words[keep].islower():
        if " " not in role:
            return ""  # "vowed to tackle Boko Haram", "to head Reuters": a verb, not a title
        titled = " ".join(w for w in words[keep + 1:] if not w.islower())
        if titled and not is_role_word(words[keep]):  # "agreed to elect Sheikh Naim Qassem": the object's own title
            return titled
        rest = " ".join(words[keep + 1:]).strip(" ,")
        if not is_role_word(words[keep]) and is_plural_title(rest):  # "Sony's effort to hire producers Jon Peters
            role = rest  # and Peter Guber": the object's title only (but "left to fellow left-hander Chanderpaul")
        elif (len(words) - keep > 2 and (words[keep + 1][:1].isupper() or words[keep + 1].lower() in _TITLE_OPENERS)
              and has_role_head(words[-1].strip(" ,")) and not is_plural_title(rest)):
            role = rest  # "returned to partner former Manchester City defender Aymeric Laporte": a verb, then his title
    if _A_CLAUSE.search(role):
        return ""  # "… returned to his father in Cuba is to be contested, Reno ruled": a clause, no title
    if _A_LEAD_HELD.search(role):
        return ""  # "the significant lead Sheinbaum holds": a lead in a race, not a team's
    if _COUNTED_MEMBERS.fullmatch(role):
        return ""  # "the 543-member Lok Sabha", "a 15-member delegation": how big a body is, no one's title
    if (tail.group("sep").strip() == "," and not _A_NAME_AND_A_COMMA.match(sentence, start)
            and _AN_OPENING_CLAUSE_S_END.match(sentence, 0, start - len(window) + head.start())):
        return ""  # "Finishing just over one point behind the American superstar, Andrade was …": the clause before
        # the name ends with the title, whose holder the clause named (but "…, Dmitry Peskov, said" is his title)
    if is_plural_title(role) and tail.group("sep").strip() == "," and (
            not _LISTED_AFTER.match(sentence, start) or tail.group("complement")):
        return ""  # "assistance for survivors, Tierney said": many can be no one person's title; nor is a list
        # the holders when it goes on with the title's complement ("residents on the islands of Oahu, Maui, Lanai …")
    words = role.split()
    while len(words) > 1 and words[-1].lower() in NAMING_TITLES:
        words = words[:-1]  # "Hasina's father Sheikh Mujibur Rahman": how he is addressed, after his title
    return " ".join(words)


# a sentence opening with a verb in -ing, with no comma before the title: "Finishing … behind the American superstar,"
_AN_OPENING_CLAUSE_S_END = re.compile(r"[A-Z][a-z]+ing\s[^,;:]*$")
_A_NAME_AND_A_COMMA = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,")
_A_VERB_AFTER_A_NAME_IN_IT = re.compile(r"\b[A-Z][\w’'-]*(\s+(?:[a-z]{2,}ed|led|fled|won|lost|said|told|became|took)\s+"
                                        r"(?:the|a|an|that|his|her|their|its|in|on|at|after|from|with)\b)")
_A_CLAUSE_OF_HIS_OWN = re.compile(r"\s+(?:as|when|while|after|before|because|since)\s+(?:he|she|they|we|i)\b")
_A_PARTICIPLE_S_PHRASE = re.compile(r"[a-z]+ed\s+(?:from|by|to|in|as|at|on|with)\b")
# verbs whose complement a title word after them is ("made official", "became president")
_MADE = frozenset({"made", "make", "makes", "declared", "became", "become", "becomes", "deemed", "rendered", "remained"})
_TITLE_OPENERS = frozenset({"former", "fellow", "ex", "then"})  # words a title opens with after a verb, in the lower case
# "two journalists, Ali Omar and Sara Hadi": a list of names (not "380 specialists, Keith Turi, FEMA deputy
# administrator, said": a name and its title)
_CAPITALISED_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_LISTED_AFTER = re.compile(_CAPITALISED_RUN + r"(?:\s+and\s+[A-Z]|,\s+" + _CAPITALISED_RUN + r"(?:,|\s+and\b))")


_COUNTED_MEMBERS = re.compile(r"(?:the\s+|an?\s+)?[\d,.]+-(?:member|strong|seat|person|man)", re.I)
_A_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|be|been)\b")
_A_LEAD_HELD = re.compile(r"\b(?:significant|commanding|comfortable|narrow|slim|slender|wide|big|huge|clear|solid|"
                          r"substantial|strong|healthy|early|double-digit|\d+-point|razor-thin|unassailable|"
                          r"insurmountable|overall|sizeable|sizable)\s+lead$", re.I)


def _ends_in_its_holder_s_name(complement: str | None) -> bool:
    """"Secretary of the Treasury Larry Summers", "King of the Mountains winner Richard Virenque": a title's
    complement that runs on into its holder's full name."""
    words = complement.split() if complement else []
    return (len(words) >= 4 and is_given_name(words[-2])
            and (words[-3][:1].isupper() or (words[-3].isalpha() and words[-3] not in _JOINING_WORDS))
            and looks_like_person_name(words[-2:]))  # (not "a professor at Charles W Eliot University", nor "president
    # of Sierra Leone": the name after a preposition is where the title is held)


def _names_a_holder_and_another(complement: str) -> bool:
    """"of Transportation Pete Buttigieg and Maryland": a complement that runs on into its holder's
    full name, then "and" and the next title's first words."""
    words = complement.split()
    return any(is_given_name(words[i]) and words[i - 1][:1].isupper() and words[i + 2] == "and"
               and looks_like_person_name(words[i:i + 2]) for i in range(2, len(words) - 2))


def _opens_a_title(words: list[str], at: int) -> bool:
    """A plain lowercase word right before the title word, itself after a stop ("the tech
    billionaire", "with veteran actor"): it says what kind of title it is. After a word that
    opens a clause it is the clause's verb ("the uprising that deposed former-president Hosni
    Mubarak", "and lifted manager Roberto Martinez's team")."""
    word = words[at]
    if not word.isalpha() or not word.islower() or word in _STOP_LEFT or word in _TIME_WORDS or word.endswith("ly"):
        return False
    if word.endswith("ed") and not (at and words[at - 1].lower() in _DETERMINERS):
        return False  # "has congratulated president-elect Bola Tinubu": a verb (but "the designated successor")
    return at == 0 or (words[at - 1] not in _OPENS_A_CLAUSE and words[at - 1].lower() not in _MODALS | _BE and (
        words[at - 1].lower() in _STOP_LEFT or words[at - 1].endswith((",", ";", ":"))))


_OPENS_A_CLAUSE = {"and", "or", "but", "that", "which", "who"}  # (lower case: not "WHO technical lead")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"}
# a verb follows them: "will include presidents Sergio Mattarella of Italy, …"
_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
# and a participle or an adjective follows these: "before the results were made official, Erdogan appeared"
_BE = {"is", "are", "was", "were", "be", "been", "being"}


def _with_name_after_and(role: str, rest: str) -> str:
    """"head of the Africa Centres for Disease Control and Prevention": a name in the role that
    runs on over "and" keeps its end ("and" between two capitals stays inside a name)."""
    role = role.strip()
    more = _NAME_AFTER_AND.match(rest) if role.split()[-1][:1].isupper() else None
    return f"{role} and {more.group(1)}" if more else role


_NAME_AFTER_AND = re.compile(r"\s+and\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘“\"](?=\w)(?![^'’”\"]*\w['’”\"](?!\w))")


def _unquoted(role: str) -> str:
    """"the Emirati president of 'COP 28,'": a quotation the role's comma cut leaves no mark open in it."""
    return _OPENING_QUOTE.sub("", role) if any(q in role for q in "'‘“\"") else role


def _a_thing_of_someone_s(role: str) -> bool:
    """"the official residence of the British prime minister": the title word comes only after "of", or
    before it only as an adjective of a plain noun (not "eleventh suspect in the case of", "editor at large of")."""
    before_of = _WORDS_BEFORE_OF.match(role)
    if before_of is None:
        return False
    words = before_of.group(1).split()
    heads = [i for i, w in enumerate(words) if _is_head(w)]
    return not heads or (heads[-1] + 1 < len(words) and words[heads[-1] + 1] not in _JOINING_WORDS)


_A_NAME_AFTER_A_SHORT_TITLE = re.compile(r"(?<=[A-Za-z])\.\s+[A-Z][a-z]+\s+[A-Z]")
_WORDS_BEFORE_OF = re.compile(r"((?:[a-z-]+\s+)*?[a-z-]+)\s+of\s")  # lower-case words up to the first "of"


def role_after(sentence: str, end: int) -> str:
    """An appositive role right after a name ("…, the Russian Ambassador to the UN,"), or the
    organisation a name is "of" ("Sarah Leah Whitson of Human Rights Watch")."""
    match = _APPOSITIVE.match(sentence[end:])
    role = _unquoted(_with_name_after_and(match.group("role"), sentence[end + match.end("role"):])) if match else ""
    if role and _OTHERS_AFTER.match(sentence, end + match.end()):
        role = ""  # "carrying President Raisi, the country's foreign minister, and other officials": a list
    if role and (_a_thing_of_someone_s(role) or _names_a_holder_and_another(role) or _ends_in_its_holder_s_name(role)):
        role = ""  # "10 Downing Street, the official residence of the British prime minister": a thing of his;
        # "Gov. Wes Moore, Secretary of Transportation Pete Buttigieg and …", "Mr Sunak, leader of the Commons Penny
        # Mordaunt and …": the next name's title
    if role and _A_PARTICIPLE_S_PHRASE.match(role):
        role = ""  # "Boluarte, elevated from vice president, becomes …": what befell her, no title she holds
    if role and _A_NAME_AFTER_A_SHORT_TITLE.match(sentence, end + match.end("role")):
        role = ""  # "Ford, his brother Coun. Doug Ford, and …": a title cut short, then its holder's name
    if role and (clause := _A_CLAUSE_OF_HIS_OWN.search(role)):
        role = role[:clause.start()]  # "Jose Carlos, a software engineer at Uber as he stood outside …": the title ends
    if role and (verb := _A_VERB_AFTER_A_NAME_IN_IT.search(role)):
        role = role[:verb.start(1)]  # "Chifundo Kachale, chairperson for Malawi Electoral Commission announced the
        # winner": the comma before the verb left out
    plural = role and is_plural_title(role)  # "…Senimek, local officials said": other people, not its title
    if role and not plural and not _SHORT_WORD.fullmatch(role):
        return role.removeprefix("as ")  # "retained Yoshimasa Hayashi, as chief Cabinet secretary": the office itself
    leads = _WHO_LEADS.match(sentence[end:])
    if leads:  # "Bruce Golding, who leads the Commonwealth observer group"
        return f"{_LEADER_OF[leads.group('verb').lower()]} of {leads.group('what').strip()}"
    affiliation = _AFFILIATION.match(sentence[end:])
    if affiliation:
        # "Amara Essy of the Ivory Coast, its foreign minister": the title after says more than where from
        rest = sentence[end + affiliation.end():]
        then = _APPOSITIVE.match(rest) if rest.lstrip().startswith(",") else None
        if then and not is_plural_title(then.group("role")):
            return then.group("role").strip()
        org = affiliation.group("org").strip(" .")
        if is_state_name(where := org.split(" and ")[0]) or is_region_name(where):
            return ""  # "Richard Carapaz of Ecuador", "Rep. Bob Good of Virginia": where he is from, no body of his
            # (nor "Isaac Herzog of Israel and Yoon Suk-yeol of Korea": where he is from, then the next president's name)
        # (not "Brando Benifei with Parliament President Roberta Metsola": whom he is with, someone by a title)
        return "" if any(_is_head(w) for w in org.split()[:-1]) and looks_like_person_name(org.split()[-2:]) else org
    return ""

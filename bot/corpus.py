"""Find and read articles: encodings, front matter, datelines and page furniture.

Everything downstream sees an `Article` whose body is a list of clean paragraphs, so the
extractors never have to know that the text came from a web page with menus and donation
blocks around it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import yaml

from bot.extract.dates import parse_full_date, parse_month_year
from bot.extract.figures import phone_spans
from bot.extract.phrases import STOPWORDS

log = logging.getLogger(__name__)

READABLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 2_000_000

# Words that web pages use for their own chrome, in any language of news English.
_FURNITURE_LINE = re.compile(
    r"^\s*(related( videos| articles| stories| content| posts)?|read (more|next|also)|"
    r"read (more|the full (story|article|report)) (at|on|from|in) .{1,60}|"  # "Read more at the Harvard Gazette."
    r"most (read|popular|viewed|shared) (in|on|from) \S.*|"  # "Most read in News Breaking HORROR CHARGES Gang of 28 …"
    r"share\b[^.]{0,60}|send to (a )?friend.*|advertisement|sponsored( content)?|subscribe( now)?|"
    r"sign up.*newsletter.*|newsletter|follow us.*|comments?|leave a (comment|reply)|"
    r"click here.*|tags?:.*|filed under.*|all rights reserved.*|copyright.*|©.*|"
    r"skip to (main )?(content|navigation).*|.*\bback to (home|top|homepage)\b.*|"
    r"menu|search|home|print|email|photo:.*|image:.*|open in fullscreen|(image|media|photo|video) (source|caption)\s*[,:].*|"
    r"story continues below.*|continue reading.*|this article is (?:more than )?(?:a|an|\d+) \w+ old|"
    r"explore more on these topics|reuse this content|"
    r"watch( the video)?:?|listen( to this article)?\b.*|more on this story|trending( now)?|"
    r"most (read|popular)|our standards:.*|skip advertisement|a version of this article appears in print.*|"
    r"(the latest|see also|more from \w+|recommended|editor's picks?|up next):.*|"
    # a link to another story set in the text: "READ MORE: Photos show …", "WATCH: Moment the quake struck …"
    r"(read (more|also|next)|also read|related( \w+)?|watch|listen|video|photos|in pictures|see more)\s*[:|]\s*.{0,160}|"
    r"advertisement\b.{0,40}|click to share.*|.*\(opens in (a )?new window\)|"
    # the outlet's notes on its own story: "This story has been updated.", "Editor's note: An earlier version …"
    r"this (story|article|report) (has been|was) (updated|corrected).*|(editor['’]s note|correction|clarification):.*)\s*$",
    re.IGNORECASE,
)
# "FILE - People inspect…", "In this photo released by …", "An aerial image taken on August 10, 2023 shows …",
# "This combination of satellite images from Maxar Technologies shows …": a caption's opening
_CAPTION_OPENS = (r"^\W*file\s*[-–—:]\s|^\W*in this (?:file )?(?:photo|image|picture|handout)\b|^\W*camera icon\b|"
                  # (after AFP's mark of its picture of the day: "TOPSHOT – This photo taken by … shows")
                  r"^\W*(?:topshot\s*[-–—:]\s*)?(?:this|an?) (?:[\w-]+ ){0,3}(?:photo|image|picture|photograph)s?\b"
                  r"(?: [^.]{0,160})? shows?\b(?! that)")
_CAPTION_OPENING_WORDS = re.compile(_CAPTION_OPENS, re.I)
_A_STOP_THEN_CREDIT = r"[.!?]['’\"”]?\s+credits?\s*:"  # "… the vessel. Credit: via CNN Newsource"
_FILE_ID = r"(?:\W*orig file id:\s*\w+)?"  # "(Photo by -/CNA/AFP via Getty Images) ORIG FILE ID: 21261404"
# Photo captions and the agency's own credits: "(AP Photo/Mosa'ab Elshamy, File)" closing a line,
# "Associated Press writers … contributed to this report.", "Editing by …".
_CREDIT = re.compile(_CAPTION_OPENS + r"|"
                     # "(Photo by Patrick T. Fallon / AFP)", "(Photo courtesy of Shelley Galasso)", "(Screenshot
                     # from Bong Go, Veronica Duterte Facebook pages)"
                     r"\((?:[\w.&'’ -]+ )?(?:photo|photograph|picture|image|video|screenshot|screen grab)s?"
                     r"(?: by|/| courtesy(?: of)?| from)[^)]*\)\W*$|"
                     r"\b(?:photograph|photo|picture|image|illustration)(?: credit)?\s*[:|]\s*[^.]{0,80}$|"  # "PHOTO | AFP"
                     # "… arrived in Downing Street on Friday | Photo by Simon Dawson/No 10 Downing Street via Flickr"
                     r"\|\s*(?:photo|image|picture)s?\s+(?:by|courtesy)\b[^|]{0,120}$|"
                     # "… against the proposed tax hikesImage: James Wakibia/ZUMA PRESS/picture alliance"
                     r"(?-i:(?<=[a-z])(?:Image|Photo|Picture)):\s*[^.]{0,80}/[^.]{0,80}$|"
                     # "Robert McDowell / Credit: Sheriff's Office / Facebook", "… signs of life (AP PHOTO) Credit: AP"
                     r"(?:^|/|\)\s)\s*credits?\s*:\s*[^.]{0,80}$|\((?:AP|AFP|Reuters|EPA|AAP|PA)\s+(?:photo|image)s?\)\W*$|"
                     # "… in Hatay - AFP", "People seen amid flash floods in Bangladesh.— AFP/file"
                     r"(?:\s|[.!?])[-–—]\s?(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|AAP|PA)(?:/file)?\W*$|"
                     # "… a ceasefire between Israel and Iran. Credit: Truth Social": one caption closed by its credit
                     + _A_STOP_THEN_CREDIT + r"\s*[^.]{0,60}$|"
                     # "… at a press conferenceImage source, County of Los Angeles", "… on Monday.VCG/VCG via Getty Images"
                     r"image source,\s*[^.]{0,80}$|[.!?][\w/ -]{0,40}\bvia Getty Images\W*$|"
                     r"\[(?:file )?(?:photo|image|picture)[^\]]*\]\W*$|"
                     # "… (IAEA via AP)", "(Mass Communications Spc. 2nd Class Moises Sandoval/U.S. Navy via AP)",
                     # "(Sergei Chuzavkov/AFP/Getty Images)"
                     r"\([^()]{0,100}\bvia (?:AP|Reuters|AFP|Getty)\b[^()]*\)" + _FILE_ID + r"\W*$|"
                     r"\([^()]{0,60}/(?:AP|AFP|Reuters|Getty|EPA)\b[^()]*\)?\W*$|"
                     r"\((?:AP|AFP|Reuters|Getty Images|EPA)\s*/\s*[^()]{1,60}\)\W*$|"  # "(Reuters/Mohamed Nureldin)"
                     # "… (Source: Associated Press)", "[Abdulaziz Almnsori/AP Photo]"
                     r"\(source:[^()]*\)\W*$|\[[^\]]{0,60}/(?:AP|AFP|Reuters|Getty|EPA)\b[^\]]*\]|"
                     # "… in Gwacheon on Jan. 15. [NEWS1]", "[YONHAP]", "[JOONGANG PHOTO]": an agency's credit in capitals
                     r"(?-i:[.!?]['’\"”]?\s*\[[A-Z][A-Z0-9 ]{1,30}\])\W*$|"
                     # "… after his victory speech. AGUSTIN MARCARIAN (REUTERS)": a photographer and agency in capitals
                     # (also with the space lost: "… after the fires, February 4.AILEN DÍAZ (EFE)")
                     r"(?-i:[.!?]\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){1,3} "
                     r"\([A-Z][A-Z /-]{1,20}\))\W*$|"
                     # "… 26 September 2023. EFE/EPA/NAREK ALEKSANYAN": an agency's credit in capitals closing a caption
                     r"(?-i:\b[A-Z]{2,}(?:[-/][A-Z]{2,})*/[A-Z][A-Z'’-]+ [A-Z][A-Z .'’/-]*)$|"
                     # "Stephen Brashear / AP / AP Members of the union count votes …": a credit, then its caption;
                     # "… at a clinic in Munigi, Congo, on Aug. 16. Moses Sawasawa/Associated Press": a caption, then its credit
                     r"^\W*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)\b|"
                     r"[.!?]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|"
                     r"Associated Press|dpa)\b[^.]*$|"
                     # "UN Photo/Manuel Elías Ambassador Barbara Woodward … addresses …", "… South Sudan. UN Photo"
                     r"^\W*(?:[\w.&'’-]+ ){0,3}(?:photo|photograph|picture)s? ?/ ?(?-i:[A-Z])|"
                     r"(?-i:[.!?] (?:[A-Z][\w.&'’-]* ){1,3}Photo)\W*$|"
                     # "… damage on Saturday in Asheville, N.C.  (Melissa Sue Gerrits)": the photographer's name
                     r"(?-i:[.!?]['’\"”]?\s+\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+\))$|"
                     # "… on Monday. Photo by Ezra Kaplan/UPI", "1 of 3 | … | License Photo": a credit closing a
                     # caption, and a gallery's counter
                     r"[.!?]\s+(?:photo|photograph|picture|image)s? by (?-i:[A-Z])[\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
                     r"(?: ?/ ?[\w .&-]{1,40})?\W*$|\|\s*license photo\W*$|^\W*\d+ of \d+\s*\||"
                     r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|"
                     r"(?:^|[.!?\s])credit(?:\.{3}|…)\s*[A-Z]|"  # "… on Friday.Credit...Hugh Kinsella for The Times"
                     r"^\W*(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b", re.I)
# a line that heads a list of links to other stories
_TEASERS_FOLLOW = re.compile(r"^\W*(?:read (?:more|also|next)|related(?: stories| articles| content| news)?|more stories|"
                             r"also read|you may also like|recommended(?: for you)?|most read|more on this)\W*$", re.I)
_PROMO = re.compile(r"\b(subscribe|subscription|newsletter|sign up|sign in|log in|unlimited access|free articles?|"
                    r"cookies?|privacy policy|terms of (use|service)|all rights reserved|follow us|"
                    r"follow [\w .]{1,30}? on (facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|whatsapp|threads)|"
                    r"download (our|the) app|paybill|pay via|(text|sms|whatsapp) \w+ to \d+|"
                    r"(stay up to date|turn on|allow|enable|get) (with )?notifications|notifications can be managed|"
                    r"browser (settings|preferences)|(in|to) your inbox|keep up to date with|"
                    # "Join the debate for just £1 a month", "your first three months for £3": an offer to readers
                    r"for (just |only )?[£$€]\d+(\.\d\d)? (a|per) (week|month|year)|your first \w+ (weeks|months) for)\b",
                    re.I)
_POSTAL = re.compile(r"\bP\.?\s?O\.?\s?Box\b", re.I)  # "Carolina Business Journal, P.O. Box 5550, Raleigh NC."
_DONATION = re.compile(r"\b(donat(e|ion|ing)|zakat|bank (account|details)|iban|swift|sort code)\b", re.I)
_ACCOUNT_NUMBER = re.compile(r"^\W*(ref|reference|acc(ount)?|a/c|branch( code)?)\b|^\W*[\d\s-]{6,}\W*$", re.I)
_BYLINE = re.compile(r"^\s*(by|written by|posted by|author:)\s+(?P<who>[\w .'’-]{2,60})$", re.I)
# "By Samya Kullab And Hanna Arhirova, The Associated Press on August 15, 2024.": the writers, their outlet and
# the day, on a line that ends as a sentence does (not "By Friday, the army had taken 20 villages.")
_BYLINE_OF_AN_OUTLET = re.compile(
    r"^\s*By\s+(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|And|&))*)\s*,\s*(?:The\s+)?"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:\s+on\s+(?P<day>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}))?\.?\s*$")
_STAMPED_INSIDE = re.compile(r"\b(?:Published|Updated|Posted)\s*:\s*(?P<rest>\S.{0,40})$")
_UPDATE = re.compile(r"^\s*(update[sd]?|updated|last updated|published|posted)\s*[:\-–]?\s*(?P<rest>.*)$", re.I)
# "WILMINGTON, N.C. - Hurricane…", "COLOMBO (Reuters) — …", "NEW YORK, March 13 (Reuters) - …",
# "RALEIGH, North Carolina, Monday 27 March 2023 - …", "SAN FRANCISCO (AP) -- …", "MOSCOW (AP)_ …": a place in
# capitals opening the story
_DATELINE_PART = r"(?:[A-Z][A-Za-z.]{1,15}|\d{1,4}\b)"
# "NURDAGI Turkey (AP):", its country unmarked by a comma, on a line of its own
# ("GOOBJOOG NEWS | KHARTOUM: Air raids were reported …": the outlet before it)
_DATELINE = re.compile(rf"^(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){{0,3}} \| )?(?:Mc|Mac)?[A-Z][A-Z .'’-]{{2,}}"
                       rf"(?:(?:,\s*|\s+(?=[A-Z][a-z])){_DATELINE_PART}(?:\s+{_DATELINE_PART}){{0,3}})*\s*"
                       r"(?:\([^)]{1,40}\)\.?\s*(?:--|[-—–:_])\s*(?=[A-Z“\"]|$)|(?:--|//|[-—–:])\s+(?=[A-Z“\"])"  # "(AP)_ The"
                       r"|(?<=\d)\.\s+(?:/[A-Za-z]+/\.\s+)?(?=[A-Z]))")  # "BERLIN, July 15. The national team …",
# "TBILISI, December 4. /tass/. The participants …" (TASS); "NEW YORK // Ivory Coast's political strongman …"
# ("NEW YORK (EFE).— Apple CEO Tim Cook …": and a stop after the agency)
# "Islamabad, Pakistan (CNN) -- …": a place in title case will do when the agency follows it
# "Rio de Janeiro, 3 September 2024 (dpa/MIA) - A Venezuelan judge …": a place (and its date), then the agency;
# "Paris [France], March 1 (ANI/Sputnik): …", "Paris, May 17 (EFE).- …": its country in brackets, its date yearless
_DATELINE_TITLED = re.compile(r"^[A-Z][a-z]+(?:[ -](?:(?:de|da|do|del|di|du|la|le|el|al)\s)?[A-Z][a-z]+)*"
                              r"(?:\s+\[[A-Z][\w .]{1,30}\])?"
                              r"(?:,\s*(?:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?"
                              r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?))*\s*"
                              r"\([A-Za-z][\w .&/-]{1,25}\)\.?\s*(?:--|[-—–:])\s*(?=[A-Z“\"])")
_CREDIT_WORD = r"[\w&/'’]*(?:\.[\w&/'’]+)*\.?"  # "dpa/MIA", "U.S."
_CREDIT_OPENING = re.compile(r"^\([A-Za-z]" + _CREDIT_WORD + r"(?:[- ]+[A-Z]" + _CREDIT_WORD + r"){0,4}\)\s*"
                             r"(?:(?:--|[-—–:])\s*)?(?=[A-Z“\"])")
_OUTLET_SLASH_OPENING = re.compile(r"^[A-Z][\w&'’]*(?: [A-Z][\w&'’]*){0,3}/\s+(?=[A-Z“\"])")
_PLACE_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?,(?: [A-Z][\w.'’-]*){1,2}:")
_MEDIA_MARKER = re.compile(r"\d{1,2}:\d{2}|(?:go to|watch|play) (?:the )?video", re.I)
# an appeal for readers' money under its own heading ("Your support helps us to tell the story"), and its
# paragraphs, to the last that speaks of it: "Your donation allows us …", "… with paywalls", "Your support makes …"
_APPEAL_HEADING = re.compile(r"(?:your support|support (?:us|our journalism|independent journalism))\b[^.!?]{0,50}[.!]?", re.I)
_APPEAL_WORDS = re.compile(r"\b(?:your support|donat(?:e|ion|ions|ing)|paywalls?|subscri(?:be|ption)|contribut(?:e|ion))\b",
                           re.I)
_PARTS_OF_THE_WORLD = re.compile(r"\b(?:Europe|Asia|Africa|Americas|Middle East|Pacific|Oceania|Latin America)\b")
_CAPTION_CONTROL = re.compile(r"(?:hide|show|close|expand) (?:caption|image)", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(---|\.\.\.)[ \t]*\r?\n?", re.S)
_BLANKS = re.compile(r"[ \t\u00a0]+")  # never a line break, so one pass over the text equals one per line
_HEADER_SEPARATOR = re.compile(r"\|| [/·•] ")  # between a header line's outlet, date, time and the like
_AGO = re.compile(r"\d+ (?:second|minute|hour|day|week|month|year)s? ago", re.I)  # a page's age, not a name
_NUMERIC_DATE = re.compile(r"(?<![\d.:/-])([0-3]?\d)([-./])([01]?\d)\2((?:19|20)\d\d)(?![\d.:/-]?\d)")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|eat|[a-z]{2,4}t)?", re.I)
# "https://…", "www.…", and an address with a path but no scheme ("pic.twitter.com/AslOFG4sYm")
_LINK = re.compile(r"\s*(?:\bhttps?://|\bwww\.|\b(?:[a-z0-9-]+\.)+(?:com|org|net|co|ly|be|gl|io|me)/)\S*[^\s.,;:!?)\]”\"’']")
_TOKENIZED_END = re.compile(r"\w [.?!](?: [\"”'])?$")
_SPACE_BEFORE_MARK = re.compile(r" (?=[.,;:!?%)\]}]|n't\b|'(?:s|re|ve|ll|d|m)\b)", re.I)
_SPACE_AFTER_MARK = re.compile(r"(?<=[(\[{$]) ")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s) ' (?=\w)")  # "farm ministers ' meeting"
WRAP_WIDTHS = (50, 130)  # the widths text is wrapped at (a PDF's run to 120); a longer line is a paragraph written whole
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
# (and a site's tagline: "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA")
_BRAND = re.compile(r"\b(logo|menu|subscribe|sign in|log in|newsletter|a service (?:provided|run|operated) by|24/7)\b", re.I)
_LINK_WORDS = 14  # the most words a link to another story runs to
_LINK_ITEM = re.compile(r"^\s*[-•*·]\s+\S")
_INLINE_BULLET = re.compile(r"(?<=[.!?”\"’])\s+•\s+(?=\S)")
_LINK_ITEM_MARK = re.compile(r"^\s*(?:--|[-•*·])\s+(?=\S)")  # a story's points set as a list: the mark is no text
_WIDE_GAP = re.compile(r"  +|\t")
_SPACED_MENU = re.compile(r"\S(?:  +|\t)\S.*\S(?:  +|\t)\S")  # two wide gaps between words, at least
_MENU_SEPARATOR = re.compile(r"\s*[|•·>›»]\s*|\s{2,}")
_SMALL_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "as", "from", "into", "over", "is", "are", "vs", "&", "—", "–", "-",
}


@dataclass(frozen=True)
class Paragraph:
    """A block of body text; headings are kept so that block quotes know where they end."""

    text: str
    heading: bool = False


@dataclass
class Article:
    """One article, cleaned, with what is known of its provenance."""

    id: str
    path: str
    title: str
    paragraphs: list[Paragraph]
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    date: date | None = None
    date_basis: str = "not stated in the article"
    month: date | None = None  # the first of the month a dateline gives without its day ("May 2024")
    digest: str = ""
    furniture: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if not p.heading]


class CorpusError(Exception):
    """The corpus as a whole cannot be built (missing or empty)."""


def iter_article_files(root: Path) -> Iterator[Path]:
    """Yield readable article files below `root` in a stable order, warning about the rest."""
    if not root.is_dir():
        raise CorpusError(f"corpus directory {root} does not exist")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() not in READABLE_SUFFIXES:
            log.warning("skipping %s: not a .txt or .md article", rel)
            continue
        yield path


def decode(raw: bytes, name: str) -> str | None:
    """Decode an article's bytes, or explain (as a warning) why it cannot be read."""
    if not raw.strip():
        log.warning("skipping %s: empty file", name)
        return None
    if len(raw) > MAX_ARTICLE_BYTES:
        log.warning("skipping %s: %d bytes is over the %d-byte limit", name, len(raw), MAX_ARTICLE_BYTES)
        return None
    if b"\x00" in raw[:4096]:
        log.warning("skipping %s: binary file", name)
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def article_id(root: Path, path: Path) -> str:
    """The id users see in citations: the file's path below the corpus, without suffix."""
    return path.relative_to(root).with_suffix("").as_posix()


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return YAML front matter (if any, and if it parses to a mapping) and the rest; or the header a
    scraper writes without fences ("Title: …", "URL: …", "Date: …" on the first lines)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return _header_fields(text)
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        log.warning("front matter is not valid YAML (%s); reading the article without it", getattr(exc, "problem", exc))
        meta = None
    if not isinstance(meta, dict):
        return {}, text[match.end():]
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end():]


def _header_fields(text: str) -> tuple[dict, str]:
    """"Title: …" then "URL: …" and the like, one to a line, opening the file and ended by a blank line."""
    head, blank, rest = text.partition("\n\n")
    fields = [_HEADER_FIELD.match(line) for line in head.splitlines()]
    if not blank or len(fields) < 2 or not all(fields):
        return {}, text
    meta = {m.group(1).lower(): m.group(2).strip() for m in fields if m is not None}
    if "link" in meta:
        meta.setdefault("url", meta.pop("link"))
    return meta, rest


_HEADER_FIELD = re.compile(r"(title|url|link|source|date|published|author)\s*:\s*(\S.*)", re.I)


_RANKED_ITEM = re.compile(r"\s*\d{1,3}\s*[-–.)]\s+[A-Z][a-z]")
_A_RESULT = re.compile(r"\s(?:beat|beats|defeated|drew with|lost to|edged|routed)\s[^\n]*\b\d{1,2}-\d{1,2}\b")
# "Defenders - Rudi Vata, Saimir Malko, Arjan Xhumba": a line-up, running text however capitalised
_LINE_UP = re.compile(r"^[A-Z][\w-]*s\s*[-–:]\s+[A-Z][^,]*(?:,\s*[A-Z][^,]*)+$")


def is_heading(line: str) -> bool:
    """A title-like line: short, no closing full stop, mostly capitalised words."""
    words = line.split()
    # a line ending in a colon introduces what follows ("…, the Secretary-General, responded:")
    if not words or line.rstrip().endswith((".", ",", ";", ":")) or _LINE_UP.match(line.strip()):
        return False
    if len(words) > 16 and not (len(words) < 30 and _a_small_word_capitalised(words[1:])):
        return False  # (a long line in capitals is a list of names, unless "With", "Was", "That" are capitalised too)
    if _A_RESULT.search(line) or _RANKED_ITEM.match(line):
        # "Chen Gang (China) beat Martin Hansen (Denmark) 15-12 15-6": a result, told as a sentence;
        # "13 - Ian Wright (Arsenal)": an item of a ranked list
        return False
    content = [w for w in words if w.lower().strip("'\"“”‘’") not in _SMALL_WORDS]
    if not content:
        return False
    capitals = sum(1 for w in content if w.lstrip("'\"“‘(").strip()[:1].isupper() or w[:1].isdigit())
    return capitals / len(content) >= 0.75


def _a_small_word_capitalised(words: list[str]) -> bool:
    """"… Fanfic That’s Wildly Popular With Effective Altruists": the small words a headline's style
    capitalises, and a list of names does not."""
    return any(w[:1].isupper() and w.lower() in _SMALL_WORDS | _HEADLINE_VERBS for w in words)


# verbs a headline capitalises mid-line ("New OpenAI CEO Was a Character …")
_HEADLINE_VERBS = frozenset({"was", "were", "has", "have", "had", "will", "says", "said", "that", "that’s", "that's"})


def is_body_line(line: str) -> bool:
    """Running text: enough words, or a sentence that ends like one."""
    words = line.split()
    if len(words) >= 30:
        return True
    return len(words) >= 5 and line.rstrip().endswith((".", "?", "!", "”", '"', "’", ":", "…", ")", ".'", "?'", "!'"))


def parse_article(root: Path, path: Path, raw: bytes) -> Article | None:
    """Turn one file into an Article, or None (with a warning) when it cannot be read."""
    rel = path.relative_to(root).as_posix()
    text = decode(raw, rel)
    if text is None:
        return None
    meta, text = split_front_matter(text)
    text = unglue_names(join_tokens(with_apostrophes(without_url_escapes(without_markup(text)))))
    art = Article(
        id=article_id(root, path), path=rel, title="", paragraphs=[],
        digest=hashlib.sha256(raw).hexdigest(),
    )
    lines = _unwrapped([ln.strip() for ln in _collapse_blanks(_set_aside_spaced_chrome(art, text)).splitlines()])
    _apply_front_matter(art, meta)
    _read_lines(art, [ln for ln in lines if ln])
    if art.date is None and art.url:
        _date_from_address(art, art.url)
    if not art.body:
        log.warning("skipping %s: no running text found", rel)
        return None
    return art


def _unwrapped(lines: list[str]) -> list[str]:
    """A text broken into lines of one width, as reprints and e-mails are ("… Lawrence Kanyuka
    said" ending one line, "in a statement." the next): each broken line joined to the one
    that carries on its sentence. Only a text with several such breaks is touched. A line
    holding a web address is no measure of the width ("URL: http://…" over a wrapped story)."""
    width = max((len(line) for line in lines if not _LINK.search(line)), default=0)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return lines
    broken = {i for i in range(len(lines) - 1) if _breaks_a_sentence(lines[i], lines[i + 1], width)}
    if len(broken) < 3 or 2 * sum(1 for i in broken if lines[i + 1][:1].islower()) < len(broken):
        return lines  # a wrapped sentence mostly goes on in lower case; headlines and chrome do not
    joined: list[str] = []
    carry = False
    for i, line in enumerate(lines):
        if carry:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        carry = i in broken
    return joined


def _breaks_a_sentence(line: str, following: str, width: int) -> bool:
    return (len(line) >= 0.7 * width and not line.endswith((".", "?", "!", ":", ";", '"', "”", "’", ")"))
            and following[:1].isalnum())


# the small words a stripped link or emphasis most often leaves glued to the name before it
_GLUED_WORDS = frozenset(w for w in STOPWORDS if len(w) >= 3) | {"died", "announced", "added"}
_GLUED_ENDS = frozenset(w[-3:] for w in _GLUED_WORDS)  # a cheap first look
_LONG_CAPITALISED = re.compile(r"[A-Z][a-z]{7,}")


# the tags a page's text keeps when it is copied out with its markup: "<p><strong>FLOODING</strong>. The …"
_MARKUP = re.compile(r"</?(?:p|strong|em|b|i|u|br|span|div|a|h[1-6]|li|ul|ol|blockquote|figure|figcaption|small|sup|"
                     r"sub)(?:\s[^<>]{0,300})?\s*/?>", re.I)


def without_markup(text: str) -> str:
    """A text set in a page's markup, its tags taken out: the rules read words, not tags."""
    return _MARKUP.sub("", text) if "<" in text else text


def without_url_escapes(text: str) -> str:
    """"Armstrong says his %27cocktail%27 was comprised of EPO%2C re-infusing": punctuation a page left escaped
    as in its address is that punctuation (its "27" is no number)."""
    return _URL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "%" in text else text


# a quotation mark, a comma, a colon and their like, escaped beside a word (not "a 50% rise")
_URL_ESCAPE = re.compile(r"(?<=[A-Za-z\s])%(2[1-9A-C]|3[ABF])(?=[A-Za-z\s])")


def with_apostrophes(text: str) -> str:
    """"Thailand´s progressive Move Forward Party", "James O´Brien": an acute accent typed for an
    apostrophe, as a Spanish keyboard makes it, is one; the rules read possessives and names by it."""
    return _ACUTE_FOR_AN_APOSTROPHE.sub("’", text) if "´" in text else text


_ACUTE_FOR_AN_APOSTROPHE = re.compile(r"(?<=\w)´(?=\w)")


_A_SMALL_WORD_GLUED_BEFORE = re.compile(r"\b(of|and|in|at|by|from)(?=[A-Z][a-z]{2,})")


def unglue_names(text: str) -> str:
    """"Hasan Nasrallahdied", "Nicolas Maduroaccording to a report": a link or emphasis stripped
    from a page can take the space after a name with it. A word made of a name the text also
    writes alone and one of the small words so glued, said once, is split again; a name that
    only ends like one ("Marchand") is most often said more than once, and "Maryland" ends in
    no small word. So can it the space before one ("Dr. Susan Hudec ofEdward-Elmhurst Medical
    Group"): a preposition in the lower case glued to a capitalised word is set apart."""
    text = _A_SMALL_WORD_GLUED_BEFORE.sub(r"\1 ", text)
    for word, times in Counter(w for w in _LONG_CAPITALISED.findall(text) if w[-3:] in _GLUED_ENDS).items():
        if times > 1:
            continue
        for cut in range(5, len(word) - 2):
            name, small = word[:cut], word[cut:]
            if small in _GLUED_WORDS and re.search(rf"\b{name}\b", text):
                text = re.sub(rf"\b{word}\b", f"{name} {small}", text)
                break
    return text


def join_tokens(text: str) -> str:
    """A text that comes tokenized, as annotated corpora keep it ("Germany 's representative",
    "do n't", "said . "), written back as running text: the rules read words and marks as
    people write them. Only a text whose sentences mostly end in a spaced-off stop is touched."""
    lines = text.splitlines()
    ended = [ln.rstrip() for ln in lines if ln.rstrip().endswith((".", "?", "!", '"'))]
    if len(ended) < 2 or 2 * sum(1 for ln in ended if _TOKENIZED_END.search(ln)) < len(ended):
        return text
    joined = []
    for line in lines:
        line = _PLURAL_POSSESSIVE.sub("' ", line.replace("``", "“").replace("''", "”"))
        joined.append(_pair_quotes(_SPACE_AFTER_MARK.sub("", _SPACE_BEFORE_MARK.sub("", line))))
    return "\n".join(joined)


def _pair_quotes(line: str) -> str:
    """`" We do n't , " he said` → `"We don't," he said`: straight quotes taken in turns, opening then closing."""
    parts = line.split('"')
    if len(parts) < 3:
        return line
    out = parts[0]
    for i, part in enumerate(parts[1:], 1):
        out = out + '"' + part.lstrip() if i % 2 else out.rstrip() + '"' + part
    return out


def _set_aside_spaced_chrome(art: Article, text: str) -> str:
    """`Home  World  Middle East  Business`, or a headline with `   Open in fullscreen` after it:
    page chrome set out with wide gaps is furniture. It is recognised before the gaps are
    collapsed, after which it would run into the words beside it."""
    if "  " not in text and "\t" not in text:
        return text
    kept = []
    for line in text.splitlines():
        if not _WIDE_GAP.search(line.strip()):
            kept.append(line)
        elif _SPACED_MENU.search(line) and _is_menu(line.strip()):
            art.furniture.append(" ".join(line.split()))
        else:
            pieces = _WIDE_GAP.split(line.strip())
            chrome = [p for p in pieces if _FURNITURE_LINE.match(p)]
            art.furniture.extend(chrome)
            kept.append("  ".join(p for p in pieces if p not in chrome))
    return "\n".join(kept)


def _collapse_blanks(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space; most texts have only single spaces."""
    if "\t" in text or "\u00a0" in text or "  " in text:
        return _BLANKS.sub(" ", text)
    return text


def _apply_front_matter(art: Article, meta: dict) -> None:
    art.title = str(meta.get("title") or "").strip()
    art.outlet = str(meta["source"]).strip() if meta.get("source") else None
    art.url = str(meta["url"]).strip() if meta.get("url") else None
    art.author = str(meta["author"]).strip() if meta.get("author") else None
    published = meta.get("published") or meta.get("date")
    if published:
        if isinstance(published, datetime):
            published = published.date()  # ("date: 2024-05-01T10:30:00": the day, without its time)
        found = published if isinstance(published, date) else parse_full_date(str(published))
        if found:
            art.date = found
            art.date_basis = "front matter"


def _read_lines(art: Article, lines: list[str]) -> None:
    """Separate the header (title, byline, dateline), body, and trailing furniture."""
    lines = _points_as_sentences([part for line in _take_update_lines(art, lines) for part in _closing_credit_apart(line)
                                  for part in _opening_date_apart(_without_reference_marks(part))])
    before_last = next((ln for ln in reversed(lines[:-1]) if ln.strip() and not _is_furniture(ln)), "")  # (a caption aside)
    if lines and (is_body_line(before_last) or not before_last):
        # (not under a headline that is no sentence either: the last of a list of other stories' links)
        lines[-1] = _mended_if_cut_off(lines[-1])
    chrome = _page_chrome(lines)
    art.furniture.extend(lines[i] for i in sorted(chrome))
    lines = [ln for i, ln in enumerate(lines) if i not in chrome]
    body_lines = [i for i, ln in enumerate(lines) if is_body_line(ln) and not _is_furniture(ln)]
    while len(body_lines) > 1 and _heads_the_story(lines, body_lines[0]):
        body_lines.pop(0)
    titled = _title_printed_at(lines, art.title)
    if titled is not None and any(b > titled for b in body_lines):
        body_lines = [b for b in body_lines if b > titled]  # what stands above the headline is the page's, not the story's
    first_body = body_lines[0] if body_lines else len(lines)
    last_body = body_lines[-1] if body_lines else -1
    header, body, tail = lines[:first_body], lines[first_body:last_body + 1], lines[last_body + 1:]
    _read_header(art, header)
    for at, line in enumerate(body[:5]):  # the story's first paragraph may follow a standfirst, a date, a caption
        if _is_furniture(line):
            continue  # "READ MORE: …" is a link in capitals, no place
        dateline = _DATELINE.match(line) or _DATELINE_TITLED.match(line)
        if dateline:  # the story's place and date, not its first sentence's
            if not _note_date(art, dateline.group(), "dateline"):
                art.furniture.append(dateline.group().strip())  # ("Dec. 16 (UPI) —": a day whose year a reading tells)
            body[at] = line[dateline.end():]
            break
        credit = _CREDIT_OPENING.match(line) or _OUTLET_SLASH_OPENING.match(line)
        if credit:  # "(CNN) —", "(MENAFN- The Rio Times)", "Shafaq News/": who the story came from, not its words
            body[at] = line[credit.end():]
            break
    teasers = False  # after "READ MORE": other stories' headlines, until the story's text resumes
    after_body = body + tail  # (the last teaser's age closes the page)
    for i, line in enumerate(body):
        if art.paragraphs and _POST_SIGNATURE.match(line):
            # "— Harbour Police (@HarbourPolice) June 5, 2024" under an embedded post: it signs the line above
            last = art.paragraphs[-1]
            art.paragraphs[-1] = Paragraph(f"{last.text} {line}", heading=last.heading)
            continue
        if _PHOTO_CREDIT_LINE.match(line):
            if art.paragraphs and _one_sentence(art.paragraphs[-1].text):
                art.furniture.append(art.paragraphs.pop().text)  # the caption the credit closes, set above it
            art.furniture.append(line)
            continue
        if line in art.furniture:
            continue  # a caption the page sets twice, once with each credit
        teasers = bool(_TEASERS_FOLLOW.match(line)) or (teasers and (not is_body_line(line)
                                                                  or _aged_teaser(after_body[i + 1:i + 3])))
        if teasers or _is_furniture(line) or _is_breadcrumb(line, body[i + 1:i + 2]):
            if art.date is None and not teasers and not is_body_line(line) and _is_date_line(line):
                _read_dateline(art, line)  # "ANI | Paris | Updated: 01-03-2021 23:26 IST": its clock looks like a phone
            art.furniture.append(line)
            continue
        if not is_body_line(line) and _header_line_in_the_body(art, line):
            art.furniture.append(line)  # a deck above the byline: "By Declan Walsh", "Feb. 16, 2025" come after it
            continue
        update = _UPDATE.match(line)
        if update and update.group("rest"):
            _note_date(art, update.group("rest"), "update line")
            if _is_date_line(update.group("rest")):
                art.furniture.append(line)  # "Updated on Dec. 13, 2023 at 5:17 a.m.": when, and nothing told
                continue
        line = _without_links(line)
        if _PLACE_LINE.fullmatch(line):
            art.furniture.append(line)  # "Bangkok, Thailand:" on a line of its own: where the story was filed
            continue
        if len(line.split()) <= 3 and not line.endswith((".", "?", "!", ":")) and not is_body_line(line):
            art.furniture.append(line)
            continue
        line = _in_its_sentences(line[_later_dateline_end(line, body):], art.furniture)
        if not line:
            continue
        if len(line.split()) >= REPEATED_FROM and any(p.text == line for p in art.paragraphs):
            art.furniture.append(line)  # the page printing its story twice (a print version, a second layout)
            continue
        heading = is_heading(line) or _is_subhead(body, i)
        for part in _INLINE_BULLET.split(line):  # "… an official said. • Hamas is expected …": a list run into one line
            art.paragraphs.append(Paragraph(_LINK_ITEM_MARK.sub("", part), heading=heading))
    art.furniture.extend(tail)


def _points_as_sentences(lines: list[str]) -> list[str]:
    """"What to Know", then "- Hurricane Milton made landfall near Siesta Key around 8:30 p.m., the National
    Hurricane Center said Wednesday night" and more such lines: a story's points set as a list, each a sentence
    that a page prints without its stop. A list whose items are mostly longer than a link's is no list of links,
    so each of its items, the short ones too, is a sentence and gets its stop."""
    out = list(lines)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and _LINK_ITEM_MARK.match(out[end]):
            end += 1
        items = range(start, end)
        if len(items) >= 2 and 2 * sum(len(out[i].split()) > _LINK_WORDS + 1 for i in items) >= len(items) \
                and not any(is_heading(out[i]) for i in items):
            for i in items:
                if len(out[i].split()) >= 6 and out[i][-1] not in ".?!:;…\"”’')":
                    out[i] += "."
        start = end + 1
    return out


def _aged_teaser(following: list[str]) -> bool:
    """"Supermarket prices were 3.2% higher …", then "5 days ago": among the teasers after "You may
    also like", a whole sentence is another story's standfirst when its age follows it."""
    return any(_AGE_LINE.match(line) for line in following)


_AGE_LINE = re.compile(r"^\W*(?:about\s+)?(?:an?|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\W*$", re.I)


def _in_its_sentences(line: str, furniture: list[str]) -> str:
    """A paragraph without the captions run into it (set aside as furniture), its sentences parted
    where the page ran them together ("were missing.A convoy set off"), without a stop it doubled or
    an advertisement's label glued to its first word."""
    opening = _CAPTION_OPENING.match(line)
    if opening:  # "TOPSHOT – View of a building … (Photo by RODRIGO OROPEZA / AFP)Hurricane Otis caused …"
        furniture.append(opening.group(1))
        line = line[opening.end():]
    if glued := _GLUED_CAPTION.search(line):
        furniture.append(glued.group(1))
        line = line[:glued.start()]
    if "(" in line and (linked := _LINKED_STORY.findall(line)):
        furniture.extend(linked)
        line = _LINKED_STORY.sub("", line)
    if " ." in line:  # "… sanctions on Russia. .President-elect Peter Pellegrini": a stray stop
        line = _STRAY_STOP.sub("", line)
    if line.startswith(("Hide Ad", "Advertisement", "ADVERTISEMENT")):  # "Hide AdAir India later confirmed …"
        line = _AD_LABEL_GLUED.sub("", line)
    if "Copied" in line and (stamp := _POSTED_AND_COPIED.search(line)):
        # "Money / Boeing Embattled Boeing Shakes Up Its Leadership CEO Dave Calhoun is stepping down … By John
        # Johnson, Newser Staff Posted Mar 25, 2024 7:58 AM CDT Copied A file photo …": the page's heading, its
        # byline, its time and its copy-link button run into the story
        furniture.append(line[:stamp.end()])
        line = line[stamp.end():]
    if "Share" in line and (bar := _SHARE_BAR.search(line)):
        line = _without_share_buttons(line, bar, furniture)
    return _RUN_TOGETHER.sub(r"\1 \2", line)


def _without_share_buttons(line: str, bar: re.Match[str], furniture: list[str]) -> str:
    """"NigeriaDecides: Tinubu … 0 min read TweetShareSharePin0 Shares Afimag.com – The long awaited …": the
    page's heading and its share buttons, then the story; but sentences before the buttons are the story's."""
    if _SENTENCE_INSIDE.search(line, 0, bar.start()):
        furniture.append(bar.group())
        return line[:bar.start()] + line[bar.end():]
    furniture.append(line[:bar.end()])
    return line[bar.end():]


_POSTED_AND_COPIED = re.compile(r"\bPosted\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4},?\s+\d{1,2}:\d{2}\s*[AP]M"
                                r"(?:\s+[A-Z]{2,4})?\s+Copied\s+")
# share buttons' labels run together, with the count of shares: no words of a story
_SHARE_BAR = re.compile(r"(?:Tweet|Share|Pin|Email|Print|WhatsApp|Facebook|Twitter|LinkedIn|Telegram){2,}\d*"
                        r"(?:\s+Shares?\b)?\s*")
_AD_LABEL_GLUED = re.compile(r"^(?:Hide Ad|Advertisement|ADVERTISEMENT)(?=[A-Z][a-z])")
_STRAY_STOP = re.compile(r"(?<=[.!?] )\.(?=[“\"‘]?[A-Z])")
# "… announced, according to The AP. (RELATED: Family's Only Survivor Is Baby …)": a link to another story, in brackets
_LINKED_STORY = re.compile(r"\s*(\((?:related|read more|read also|also read|see also|watch|more)\s*:[^()]{0,200}\))", re.I)
# a caption opening a paragraph, closed by its credit, with the story's first words run on after it
_CAPTION_OPENING = re.compile(r"^(.{0,400}?\((?:Photos?|Picture|Image|Pic) (?:by|:)\s*[^()]{2,80}\))\s*(?=[A-Z“\"])")
# "… said his vacation had become a “tragedy.” headtopics.com": the site the page was copied from
_SITE_AFTER = re.compile(r"(?<=[.!?”\"])\s+((?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|com\.au|co\.in|in))\s*$")
# "were missing.A convoy", "an earthquake.”“The building": two sentences run together
_RUN_TOGETHER = re.compile(r"((?:[a-z]{2}|\d)[.!?][”\"’]?)([“\"‘]?(?:[A-Z][a-z]|[AI] ))")  # (and "was 90.Don Pardo")
# "… days after the ChatGPT-maker fired Altman. Ousted OpenAI CEO Sam Altman.(AFP)": a picture's caption run into
# the paragraph, its credit glued to its stop
_GLUED_CAPTION = re.compile(r"(?<=[.!?])\s+([A-Z][^.!?]{2,120}\.\((?:AFP|AP|Reuters|PTI|ANI|IANS|Bloomberg|Getty Images|"
                            r"File|File Photo|HT Photo)\))\s*$")


def _later_dateline_end(line: str, body: list[str]) -> int:
    """Where a dateline opening a later paragraph ends (a page of several stories gives each its own:
    "DETROIT (AP) — …", "TOLEDO, Ohio — …"), else 0. A word in capitals and a dash alone is a place
    only if the text writes it otherwise too ("Detroit automakers"): "NATO — The alliance" is no dateline."""
    dateline = _DATELINE.match(line)
    if dateline is None:
        return 0
    place = dateline.group().split(",")[0].split("(")[0].strip(" -—–:")
    if "(" in dateline.group() or "," in dateline.group() or (
            place.title() != place and any(place.title() in other for other in body)):  # (not "U.S. - Joe-Max Moore")
        return dateline.end()
    return 0


# "MAURO BUCCARELLO/Reuters", "Yuri Cortez/AFP via Getty Images", "Justin Sullivan | Getty Images": a photographer
# and an agency, alone on a line
# ("Robert Gauthier/Los Angeles Times via Getty Images": a paper's photographer, through an agency)
_PHOTO_CREDIT_LINE = re.compile(r"^\s*[A-Z][\w.'’ -]{2,40}?(?:/|\s+\|\s+)(?:[A-Z][\w.'’-]*/|[A-Z][\w.'’ -]{1,40}? via )?"
                                r"(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|"
                                r"Anadolu|dpa|Xinhua|AAP|PA|Sipa|NurPhoto|SOPA)(?: Images| via Getty Images| Photo)?\s*$")


def _one_sentence(text: str) -> bool:
    return len(text.split()) <= CAPTION_WORDS // 2 and not _SENTENCE_INSIDE.search(text)


_SENTENCE_INSIDE = re.compile(r"(?<!\b[A-Z])[.!?][\"”’']?\s+[A-Z](?![a-z]*\.)")  # (not "California, U.S. November 16")


def _header_line_in_the_body(art: Article, line: str) -> bool:
    """A header's line met below the story's first sentence (a deck the page sets above its byline):
    its date, byline, "Reporting from …" or update time, read as the header would read them."""
    if _is_date_line(line):
        if art.date is None:
            _read_dateline(art, line)
        return True
    if _read_byline(art, line):
        return True
    update = _UPDATE.match(line)
    return bool(_REPORTING_FROM.match(line) or (update and _CLOCK_ONLY.fullmatch(update.group("rest"))))


def _read_byline(art: Article, line: str) -> bool:
    """Whether the line is a byline ("By Declan Walsh"); its author is the article's, if it has none yet."""
    byline = _BYLINE.match(line)
    if byline:
        art.author = art.author or byline.group("who").strip()
    return byline is not None


_SOURCE_LINE = re.compile(r"^\s*Source\s*:\s*(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s*$")
_REPORTING_FROM = re.compile(r"^\s*reporting from\s+[A-Z][^.]{0,60}$", re.I)
_CLOCK_ONLY = re.compile(r"\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)?\s*")


_POST_SIGNATURE = re.compile(r"^[—–-]+\s*[A-Z][^()@—–]{0,60}?(?:\s+#\w+)*\s*\(@\w+\)(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$")


SUBHEAD_WORDS = 10


def _is_subhead(body: list[str], i: int) -> bool:
    """"Yoon vows to fight back" between two paragraphs: a short line with no closing stop, set
    between running text, heads a section in sentence case (unlike a list, whose items follow one another)."""
    line = body[i].rstrip()
    return (0 < i < len(body) - 1 and len(line.split()) <= SUBHEAD_WORDS and line[-1:].isalnum()
            and is_body_line(body[i - 1]) and is_body_line(body[i + 1]))


CUT_OFF_WORDS = 12  # a last line this long with no closing stop is the story's text cut off, not a link or a label


def _mended_if_cut_off(line: str) -> str:
    """A page whose text stops mid-sentence ("Samantha Powers, the head of the U.S. government's
    aid agency, was in Armenia this w"): its last line is kept, marked as cut, without the
    short word it may have been cut inside of ("this w", "10.7 million pe", "General Abdel Fa")."""
    words = line.split()
    comma = line[-1] in ",;"  # a clause's end: no label or link ends so, shorter text says as much
    if (len(words) < (CUT_OFF_WORDS // 2 if comma else CUT_OFF_WORDS) or not line.lstrip(_OPENING_QUOTES)[:1].isupper()
            or not (line[-1].isalnum() or comma) or _is_furniture(line)):
        return line
    if comma:  # "… at 6 a.m. Wednesday,": cut after a whole word
        return line[:-1] + " …" + _closing_quote(line)
    if len(words[-1]) <= 4 and words[-1].isalpha() and not words[-1].isupper():  # "Abdel Fa", not "UN"
        words = words[:-1]
    if any(c.isdigit() for c in words[-1]):
        words = words[:-1]  # "announced a $500 b": the number may have lost its scale, or its last digits
    return " ".join(words) + " …" + _closing_quote(line)


_OPENING_QUOTES = "\"“‘"


def _closing_quote(line: str) -> str:
    """The mark that closes a quotation the cut left open ('"Mexican politics deserves mo'), so
    that the quotation stays one and the sentences before it keep theirs."""
    if line.count('"') % 2:
        return '"'
    return "”" if line.count("“") > line.count("”") else ""


# "a ceasefire.[9] Fighting", "the Pretoria Agreement[A] or", "Background[edit]": an encyclopedia's note
# marks and edit links, set against the word they follow
_REFERENCE_MARK = re.compile(r"(?<=\S)\[(?:\d{1,3}|[A-Za-z]|edit|citation needed|note \d{1,3}|nb \d{1,3})\]")


def _without_reference_marks(line: str) -> str:
    return _REFERENCE_MARK.sub("", line) if "[" in line else line


def _without_links(line: str) -> str:
    """A web address pasted into the text is no part of its sentence: its digits would read as
    dates and figures ("…/2015/09/29/…?sh=50b24e03c647"). Its closing stop stays."""
    return _EMPTY_BRACKETS.sub("", _LINK.sub("", line)) if "/" in line or "www." in line else line


def _page_chrome(lines: list[str]) -> set[int]:
    """Lines only a web page has, whatever they say: a caption shown with its "Hide caption"
    control, a line repeated three times or more (a gallery's captions, a carousel), and a
    video's length or "Go to video" with the headline of the story it links to."""
    counts = Counter(ln for ln in lines if ln.strip())
    # the first line is the headline, however often the page repeats it
    chrome = {i for i, ln in enumerate(lines) if counts[ln] >= 3 and i > 0}
    for i, line in enumerate(lines):
        if _CAPTION_CONTROL.fullmatch(line.strip()):
            chrome.add(i)
            caption = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
            if caption is not None:
                chrome.add(caption)
        elif (_MEDIA_MARKER.fullmatch(line.strip()) and i + 1 < len(lines)
              and not lines[i + 1].rstrip().endswith((".", '"', "”"))):
            chrome |= {i, i + 1}  # "01:22" or "Go to video", then the headline of another story
        elif _APPEAL_HEADING.fullmatch(line.strip()):
            chrome |= _an_appeal(lines, i)
    return chrome


def _an_appeal(lines: list[str], heading: int) -> set[int]:
    """The lines of an appeal for readers' money, from its heading to the last of the next five that asks."""
    following = [j for j in range(heading + 1, len(lines)) if lines[j].strip()][:5]
    asking = [j for j in following if _APPEAL_WORDS.search(lines[j])]
    return set(range(heading, asking[-1] + 1)) if asking else set()


def _title_printed_at(lines: list[str], title: str) -> int | None:
    """Where the page prints the headline its front matter gives, last, before the story's first long
    paragraph ("Select the language of your choice. NewsX reports are available in 11 global languages."
    is a settings menu's, above it)."""
    if not title:
        return None
    wanted = _WHITESPACE_RUN.sub(" ", title).strip().lower()
    found = None
    for i, line in enumerate(lines):
        if len(line) >= LONG_PARAGRAPH:
            break
        if _WHITESPACE_RUN.sub(" ", line).strip(" #•»").lower() == wanted:
            found = i
    return found


LONG_PARAGRAPH = 200  # characters: a story's paragraph, longer than any menu's or headline's line
_WHITESPACE_RUN = re.compile(r"\s+")


def _heads_the_story(lines: list[str], at: int) -> bool:
    """A line with a byline or a date under it (a short author line may come between) is the
    headline, even if it reads like a sentence: "EU rejects German call to boycott British lamb ."."""
    for line in lines[at + 1:at + 3]:
        if _BYLINE.match(line) or (len(line.split()) <= 8 and parse_full_date(line)):
            return True
        if len(line.split()) > 4 or line.endswith((".", "?", "!")):
            return False
    return False


def _take_update_lines(art: Article, lines: list[str]) -> list[str]:
    """`UPDATE:` alone on a line dates what follows it; the marker itself is not text."""
    out = []
    for i, line in enumerate(lines):
        update = _UPDATE.match(line)
        if update and not update.group("rest").strip() and i + 1 < len(lines) and _note_date(art, lines[i + 1], "update line"):
            continue
        out.append(line)
    return out


def _read_header(art: Article, header: list[str]) -> None:
    candidates: list[str] = []
    # The site's own chrome (its name, its tagline) comes before its menu; the headline after it.
    menu_at = max((i for i, line in enumerate(header) if _is_menu(line)), default=-1)
    chrome = set(header[:max(menu_at, 0)])
    masthead_day = None
    for i, line in enumerate(header):
        if _FOUNDED.search(line) or _TODAY_S_MASTHEAD.search(line):
            # "Spokane, Washington  Est. May 19, 1883": the outlet's age; "Sunday, April 28, 2024 81° Today's Paper":
            # the day the page was read, with its weather; no date of the story
            art.furniture.append(line)
            continue
        if _is_date_line(line):  # before furniture: "29 Aug 2022 07.30" looks like a phone
            if art.date is None and _WEEKDAY_NAMED.search(line):
                masthead_day = i
            _read_dateline(art, line)
            continue
        if _is_furniture(line) or _is_breadcrumb(line, header[i + 1:i + 2]):
            byline = _BYLINE_OF_AN_OUTLET.match(line)
            if byline:
                art.author, art.outlet = art.author or byline["who"], art.outlet or byline["outlet"]
                if byline["day"]:
                    _note_date(art, byline["day"], "dateline")
            art.furniture.append(line)
            continue
        if _read_byline(art, line):
            continue
        if _PHOTO_CREDIT_LINE.match(line):
            art.furniture.append(line)  # "Justin Sullivan | Getty Images": a picture's credit, no outlet of the story
            continue
        source = _SOURCE_LINE.match(line)
        if source:  # "Source: Xinhua": the outlet the story is from
            art.outlet = art.outlet or source.group("outlet")
            art.furniture.append(line)
            continue
        update = _UPDATE.match(line)
        if update and _note_date(art, update.group("rest"), "update line"):
            continue
        if stamp := _STAMPED_INSIDE.search(line):  # "Source:Global Times Published: 2015-8-13 14:32:27": the day told
            _note_date(art, stamp.group("rest"), "update line")  # (the line may still be the headline)
        if "|" in line and all(len(part.split()) <= 6 for part in _header_parts(line)):
            _read_dateline(art, line)  # "Outlet | Section"; not "'We understand the gravity …' | CEO releases statement"
            continue
        candidates.append(line)
    if not art.title and candidates:
        # a line the page repeats elsewhere (set aside as chrome already) is its headline, not the site's name
        repeated = chrome.intersection(art.furniture)
        art.title = max(candidates, key=lambda ln: (_title_score(ln, candidates) + 3 * (ln in repeated)
                                                    - 3 * (ln in chrome - repeated), -candidates.index(ln))).strip(" #")
    art.furniture.extend(c for c in candidates if c.strip(" #") != art.title)
    if masthead_day is not None and art.date_basis == "dateline":
        _date_under_the_headline(art, header, masthead_day)
    if art.date is None and art.title:
        _note_date(art, art.title, "headline")  # "Cholera - Global situation, 11 February 2023": a report's day
    elif art.title and _AN_ARCHIVE_S_REPRINT.search(art.title) and (printed := parse_full_date(art.title)):
        art.date, art.date_basis = printed, REPRINTED
        # ("HT This Day: October 13, 1999 — Sharif overthrown", posted Oct 12, 2021: the story is of 1999)


_AN_ARCHIVE_S_REPRINT = re.compile(r"\b(?:(?:On )?This Day|From the [Aa]rchives?|Flashback|Years Ago)\b")
_TODAY_S_MASTHEAD = re.compile(r"\d°|\bToday[’']s (?:Paper|E-?Edition)\b")
# (and "The Telegraph / Since 1st March, 1999": a masthead's age, on a line of its own)
_FOUNDED = re.compile(r"(?:\b(?:est\.|established|founded)|^\s*since)\s+(?:in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                      r"(?:[A-Z][a-z]+\.?,?\s+)?(?:\d{1,2},?\s+)?\d{4}\b", re.I)


def _title_score(line: str, candidates: list[str]) -> int:
    """How much a header line looks like the headline: repeated, sentence-length, not a brand."""
    words = line.split()
    score = 3 * (candidates.count(line) > 1) + 2 * (5 <= len(words) <= 25)
    score -= 5 * (line.isupper() or len(words) < 3 or " > " in line)  # ("TOPICS > Politics": a trail of sections)
    score -= 3 * bool(_BRAND.search(line))
    return score


def _is_date_line(line: str) -> bool:
    """`29 Aug 2022 07.30`, `December 29, 2016 / 1:59 PM / 8 months ago`: short parts, one a date (not
    "Cholera - Global situation, 11 February 2023": a headline with its date)."""
    parts = _header_parts(line)
    return all(len(p.split()) <= 12 for p in parts) and any(
        (parse_full_date(p) or _numeric_date(p) or parse_month_year(p)) and len(_WORDS_BESIDE_A_DATE.findall(p)) < 3
        for p in parts)


# the words of a line that no date, clock or outlet's age uses
_WORDS_BESIDE_A_DATE = re.compile(r"\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
                                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:updated|published|posted|last|on|at|"
                                  r"am|pm|ago|hours?|mins?|minutes?|days?|weeks?|months?|years?|read|time|date)\b)"
                                  r"[a-z]{3,}\b", re.I)


def _header_parts(line: str) -> list[str]:
    return [p.strip() for p in _HEADER_SEPARATOR.split(line) if p.strip()]


# what news sites call their sections, which a header names beside or instead of the outlet
SECTIONS = frozenset({
    "news", "world", "world news", "politics", "elections", "business", "economy", "markets", "money", "sport",
    "sports", "opinion", "analysis", "features", "technology", "tech", "science", "health", "environment", "climate",
    "culture", "arts", "entertainment", "lifestyle", "travel", "education", "africa", "asia", "europe", "americas",
    "middle east", "uk", "us", "local", "national", "international", "live", "breaking news", "latest", "video",
})


def _date_under_the_headline(art: Article, header: list[str], masthead_day: int) -> None:
    """"• Friday, 29 March 2024", above the headline, then "Gulan Media September 21, 2022 News" under
    it: the first is the day the page was printed, the site's masthead; the story's is the one its
    headline carries (an update line aside)."""
    title_at = next((i for i, line in enumerate(header) if line.strip(" #") == art.title), None)
    if title_at is None or title_at < masthead_day:
        return
    for line in header[title_at + 1:]:
        if not _UPDATE.match(line) and (found := parse_full_date(line)) is not None:
            art.date = found
            return


_WEEKDAY_NAMED = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _read_dateline(art: Article, line: str) -> None:
    """`Outlet | 03 September 2018`: the outlet and the publication date."""
    for part in _header_parts(line):
        if (_note_date(art, part, "dateline") or _note_month(art, part) or _FURNITURE_LINE.match(part)
                or _CLOCK.fullmatch(part) or _AGO.fullmatch(part)):
            continue
        if art.outlet is None and len(part.split()) <= 6 and part.lower() not in SECTIONS:
            art.outlet = part  # (not "Politics | Elections": a site's sections, no outlet)


def _numeric_date(text: str) -> date | None:
    """A header's all-digit date: `13-10-2020` and `05.10.2020` are day first, as everywhere
    but the US writes them with these marks; with slashes only an impossible month decides."""
    match = _NUMERIC_DATE.search(text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if match.group(2) == "/":
        if first <= 12 and second <= 12:
            return None  # 05/10/2020: 5 October or May 10, the page does not say
        first, second = (first, second) if first > 12 else (second, first)
    try:
        return date(year, second, first)
    except ValueError:
        return None


REPRINTED = "headline of a reprint from the archive"
_BASIS_RANK = {REPRINTED: 0, "front matter": 0, "dateline": 1, "update line": 2, "headline": 3}
MONTH_ONLY = "dateline, month only"
# "…/aseanplus-news/2025/04/01/myanmar-rescue…", "…/2024-03-28-…": the day a site filed the page under
_DATE_IN_ADDRESS = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)")
_MONTH_IN_ADDRESS = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


def _date_from_address(art: Article, url: str) -> None:
    """The day in a page's address, when the page itself states none; or its month ("…/2023/09/russian-…"),
    which still tells the year of "On 12th May"."""
    found = _DATE_IN_ADDRESS.search(url)
    if found is not None:
        with contextlib.suppress(ValueError):
            art.date = date(*(int(g) for g in found.groups()))
            art.date_basis = "the page's address"
        return
    month = _MONTH_IN_ADDRESS.search(url)
    if month is not None and art.month is None:
        art.month = date(int(month.group(1)), int(month.group(2)), 1)
        art.date_basis = "the page's address, month only"


def _note_date(art: Article, text: str, basis: str) -> bool:
    """Record a date found in `text`; a publication date outranks an update's."""
    found = parse_full_date(text) or _numeric_date(text)
    if found is None:
        return False
    if art.date is None or _BASIS_RANK[basis] < _BASIS_RANK.get(art.date_basis, 9):
        art.date = found
        art.date_basis = basis
    return True


def _note_month(art: Article, text: str) -> bool:
    """Record the month of a dateline that gives no day: it still tells the year of "On 12th May"."""
    found = parse_month_year(text)
    if found is not None and art.month is None:
        art.month = found
        if art.date is None:  # a full date, found before or after, outranks it
            art.date_basis = MONTH_ONLY
    return found is not None


@lru_cache(maxsize=4096)
def _is_furniture(line: str) -> bool:
    """Page chrome rather than text. Cached: the reader asks about most lines two or three times.

    The word count is taken once and the cheap tests run before the regexes they can spare.
    """
    words = len(line.split())
    return bool(_FURNITURE_LINE.match(line) or (words < 25 and (_DONATION.search(line) or _POSTAL.search(line)))
                or (words <= CAPTION_WORDS and _CREDIT.search(line))
                # however long, a caption that opens as one and closes with a credit
                or (words > CAPTION_WORDS and _CAPTION_OPENING_WORDS.match(line) and _CREDIT.search(line, len(line) - 120))
                or _ACCOUNT_NUMBER.match(line) or (words <= 14 and phone_spans(line))
                or _is_menu(line) or _is_promo(line, words) or _is_link_item(line, words)
                or (line[:3] == "By " and _BYLINE_OF_AN_OUTLET.match(line) is not None)
                or (words <= CAPTION_WORDS and _DISCLAIMER.search(line))
                or ("redit" in line and len(_CREDIT_AFTER_A_STOP.findall(line)) >= 2)
                or ("by " in line and len(_A_PHOTOGRAPHER_S_CREDIT.findall(line)) >= 2)
                or (words <= 12 and _TABLE_ROW.match(line) is not None)
                or (words <= 30 and _LIVE_POST_HEADING.search(line) is not None)
                or (words <= CAPTION_WORDS and _captions_in_a_row(line))
                or (words <= CAPTION_WORDS and "." in line and _AN_IMAGE_S_FILE.search(line) is not None)
                or (("+" in line or "%" in line) and len(_A_PRICE_S_CHANGE.findall(line)) >= 4
                    and len(_A_WORD_OF_PROSE.findall(line)) < 3))


# "Ticker Security Last Change Change % NVDA NVIDIA CORP. 1,224.40 +60.03 +5.16% AAPL APPLE INC. …": a table of
# share prices, each with its change (prose has words in the lower case between its numbers)
_A_PRICE_S_CHANGE = re.compile(r"(?<![\w.])[+−-]\d[\d,.]*%?")
_A_WORD_OF_PROSE = re.compile(r"\b[a-z]{3,}\b")


# "Flag of Rwanda.svg  Rwanda (denied)": a wiki's box of facts, its pictures named by their files
_AN_IMAGE_S_FILE = re.compile(r"\w\.(?:svg|png|jpe?g|gif|webp)\b", re.I)


def _captions_in_a_row(line: str) -> bool:
    """"Netanyahu looks on in Washington on April 7, 2025. | Khamenei is shown in Tehran on March 20,
    2025. | …": the captions of pictures set side by side, each a sentence, parted by bars."""
    pieces = line.split(" | ")
    return len(pieces) >= 3 and all(piece.rstrip()[-1:] in ".!?" for piece in pieces)


# "Police stop service for people to retrieve pets and medicationpublished at 16:31 Greenwich Mean Time 13 January":
# a live page's heading over one of its posts, with the post's time (the post says it again, in full)
_LIVE_POST_HEADING = re.compile(r"published at \d{1,2}:\d{2}(?:\s+[A-Z][a-z]*){0,4}(?:\s+\d{1,2}\s+[A-Z][a-z]+)?"
                                r"(?:\s+\d{4})?\s*$")


# "5 France 16 -- -- 64": a row of a table (a rank, a name, then its numbers or dashes)
_TABLE_ROW = re.compile(r"^\W*\d+\.?\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:[\d,]+|-{1,2}|–|—)(?:\s+|$)){2,}$")
# "… hit by the vessel. Credit: via CNN Newsource The bridge is …. Credit: via CNN Newsource": a gallery's
# captions run together, each closed by its credit, however long the run
_CREDIT_AFTER_A_STOP = re.compile(_A_STOP_THEN_CREDIT + r"\s", re.I)
# "… on February 2, 2024. (Photo by JAVIER TORRES/AFP via Getty Images) Residents being evacuated …": the same
_A_PHOTOGRAPHER_S_CREDIT = re.compile(r"\((?:photo|image|picture)s? by [^()]{2,80}\)", re.I)


# a syndicator's or a publisher's disclaimer under the story: "/Public Release. This material … might be of the
# point-in-time nature …", "The views expressed are solely those of the author(s).", "The site is not responsible
# for the content of external sites."
_DISCLAIMER = re.compile(r"^\W*/?public release\b|\bis not responsible for the content\b|^\W*this is an archived article\b|"
                         r"^\W*this is a (?:breaking|developing) (?:news )?story\b|\bcheck back (?:later|soon)\b|"
                         r"\b(?:views|opinions|positions)(?: and \w+)?(?: expressed)?(?: herein| in "
                         r"this (?:article|piece|column))? are (?:solely |entirely )?(?:those|the responsibility) of the "
                         r"author|\bdoes not (?:necessarily )?(?:reflect|represent) the (?:views|position|opinion)", re.I)
CAPTION_WORDS = 80  # no caption or credit runs longer: a line that does is the story's text
REPEATED_FROM = 8  # words in a paragraph the page prints again, for the second to be no more of the story


def _opening_date_apart(line: str) -> list[str]:
    """" date 2025-02-22 The ministry said …": a page's date field run into the story's first
    paragraph is set on a line of its own, where the header reads it."""
    field = _DATE_FIELD_OPENING.match(line)
    return [field.group(1), line[field.end():]] if field else [line]


_DATE_FIELD_OPENING = re.compile(r"^\s*((?:date|published|updated)\s*:?\s*\d{4}-\d{2}-\d{2})\s+(?=\W*[A-Z])", re.I)


# NPR's "toggle caption Andre Penner/AP" (or "hide caption"), before a dateline in capitals
_A_TOGGLED_CAPTION = re.compile(r".*?\b(?:toggle|hide) caption\s+[^/]{2,40}/\s?[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?"
                                r"(?=\s+[A-Z]{2,}[A-Z .'’-]*,)")


def _closing_credit_apart(line: str) -> list[str]:
    """"… was scheduled to return to port. --- Andy Pasztor contributed to this article.": text
    kept without its paragraph breaks ends on the same line as its credit, which is set apart so
    that the story is not lost with it."""
    toggled = _A_TOGGLED_CAPTION.match(line) if "caption" in line else None  # (the lazy scan spared most lines)
    if toggled:  # "… indicted over alleged coup plot toggle caption Andre Penner/AP RIO DE JANEIRO, Brazil — …": a
        return [toggled.group(0), line[toggled.end():].lstrip()]  # picture's caption button and credit, then the story
    site = _SITE_AFTER.search(line)
    if site:  # "… had become a “tragedy.” headtopics.com": the site the page was copied from, on a line of its own
        return [line[:site.start()], site.group(1)]
    if len(line.split()) <= CAPTION_WORDS or not _CREDIT.search(line) or _CAPTION_OPENING_WORDS.match(line):
        return [line]  # (a caption opening the line is a caption to its credit, whatever its length)
    for boundary in reversed(list(_SENTENCE_BOUNDARY.finditer(line))[-3:]):
        head, tail = line[:boundary.start()], line[boundary.end():]
        if _is_furniture(tail):
            return [head, tail]
    return [line]


_SENTENCE_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=\W*[A-Z])")


def _is_promo(line: str, words: int) -> bool:
    """Paywall, newsletter and account prompts: short lines that talk to the reader."""
    return words <= 25 and bool(_PROMO.search(line))


def _is_link_item(line: str, words: int) -> bool:
    """`- Photos: Florence's first blows on the coast`: an item of a list of links."""
    return words <= _LINK_WORDS and bool(_LINK_ITEM.match(line)) and not line.rstrip().endswith(".")


def _is_menu(line: str) -> bool:
    """`Home | World | Sport` or `Home  World  Middle East`: short items in a row, no sentence.

    A line ending in a full stop is never one, which spares the split for most body text.
    """
    if line.rstrip().endswith("."):
        return False
    items = [i for i in _MENU_SEPARATOR.split(line) if i.strip()]
    return (len(items) >= 3 and all(len(i.split()) <= 3 for i in items)) or _a_row_of_the_world_s_parts(line)


def _a_row_of_the_world_s_parts(line: str) -> bool:
    """"Europe South Asia Asia Pacific Americas Middle East Africa BBC Homepage": a site's sections by the parts
    of the world, run together with no word in the lower case (no headline names three continents)."""
    return len(_PARTS_OF_THE_WORLD.findall(line)) >= 3 and not any(w.islower() for w in line.split())


def _is_breadcrumb(line: str, following: list[str]) -> bool:
    """`Home News Idlib prepares…` followed by `Idlib prepares…`: navigation before a title."""
    if not following:
        return False
    nxt = following[0]
    return line != nxt and line.endswith(nxt) and len(line[: -len(nxt)].split()) <= 4


def read_article(root: Path, path: Path) -> Article | None:
    """One article file, or None (with a warning) when it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        log.warning("skipping %s: unreadable (%s)", path.relative_to(root), exc.strerror or exc)
        return None
    return parse_article(root, path, raw)


def read_corpus(root: Path) -> list[Article]:
    """Read every article below `root`; broken files are skipped with a warning."""
    articles = [a for path in iter_article_files(root) if (a := read_article(root, path)) is not None]
    if not articles:
        raise CorpusError(f"no readable articles in {root}")
    return articles

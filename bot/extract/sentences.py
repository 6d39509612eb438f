"""Sentences, with their paragraph, and whether they are a block quote.

A compiled regex and a short list of abbreviations split news prose well: its hard cases
are titles ("Lt. Najy Mustafa", "Mr. de Mistura"), initials ("U.S.") and quotations whose
attribution follows the closing mark (`“…?” Mr. de Mistura said.`), all handled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corpus import Article
from bot.extract.hints import may_contain

# titles written short before a name ("Gen.", "Cllr."): a stop after one ends no sentence, and each is a role's head
TITLES_CUT_SHORT = frozenset({
    "gov", "sen", "rep", "adm", "gen", "lt", "col", "sgt", "capt", "maj", "cmdr", "cdr", "supt", "insp", "cpl", "pte",
    "pvt", "brig", "atty", "amb", "coun", "cllr",
})
ABBREVIATIONS = TITLES_CUT_SHORT | {
    "mr", "mrs", "ms", "dr", "prof", "lieut", "det", "rev", "hon", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc",
    "ltd", "co", "corp", "cie", "cia", "dept", "est", "fig", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.n", "u.k", "e.g", "i.e",
    "hrs",  # ("around 18.03 Hrs. IST")
    "md", "mohd",  # Muhammad, written short before a name: "the relief secretary, Md. Kamrul Hasan, said"
}
# a full stop and a space before a capital; or, where a page lost its spaces ("the decision.Yoon was"),
# a full stop between a lower-case word and a capitalised one
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|"
                       r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][.!?][\"'”’]))(?=[A-Z][a-z]))")
_GLUED_WORD = re.compile(r"(?:^|\s)[\"'‘“]?[a-z]+[.!?][\"'”’]?$")  # a word of the text, not a web address ("RTTNews.com")
# "Copyright(c) 2025 RTTNews.com. All Rights Reserved": the page's notice, glued to the story's last line; "(For
# more information, see our 9 December What's in Blue story.)": the outlet pointing at its own pages
_NOTICE_WORDS = ("copyright", "reserved", "©", "see")  # one is in every notice: most sentences have none
_PAGE_NOTICE = re.compile(r"^\W*(?:copyright\b|all rights reserved|©)|\bfor more (?:information|details)\b[^.]{0,60}\bsee\b|"
                          r"\bsee our\b[^.]{0,80}\b(?:story|stories|report|article|coverage|explainer|live blog)\b", re.I)
_SPEECH_AFTER = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*|de|al|the|a|an|of|to|for|[a-z]+-[A-Z][\w'’-]*)\s+){0,8}?"
    r"(?:said|says|told|added|asked|stressed|warned|noted|explained|insisted|declared|wrote|replied|responded|"
    r"continued|remarked|argued|claimed|urged|concluded)\b"
)
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_DOTTED = re.compile(r"(\w\.)+\w")
_REACH = 40  # characters before a sentence's end where its last word is looked for first
OPEN_QUOTES = "“‘"
MAX_BLOCK_PARAGRAPHS = 3
CLOSE_QUOTES = "”’"


@dataclass(frozen=True)
class Sentence:
    """One sentence and where it stands: its index is what citations point at."""

    index: int
    text: str
    paragraph: int
    block_quote: bool = False


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        chunk = text[start:match.start() + 1]
        attributed_after = _ends_in_quote(text[start:end]) and _SPEECH_AFTER.match(text[end:])
        in_an_address = not text[end - 1].isspace() and not _GLUED_WORD.search(text, max(start, end - 30), end)
        if in_an_address or _held_by_an_abbreviation(chunk, text, end) or _open_quote(text[start:end]) or attributed_after:
            continue
        pieces.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _held_by_an_abbreviation(chunk: str, text: str, end: int) -> bool:
    """Whether the stop closing `chunk` is an abbreviation's ("Mr.", "Gen.", "U.S."), which ends no
    sentence; but initials, a lone letter or a firm's "Corp." may end one, and a pronoun or "The"
    after them can only open the next ("… works on H.I.V. He said …", "… joined Acme Corp. The
    deal …", "… suspended the platform X. The court …"; but "George W. Bush")."""
    word = _last_word(chunk)
    if not word:
        return False
    token = word.group(1).lower()
    dotted = bool(_DOTTED.fullmatch(token))
    if not (token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or dotted):  # (not "September 5.")
        return False
    if token == "md" and _A_TOWN_IN_MARYLAND.search(chunk):
        return False  # "… in Bethesda, Md.": the state's short name, after a town, may end a sentence
    if token == "x" and _ON_THE_PLATFORM_X.search(chunk):
        return False  # "… posted the videos on X. Analysts say …": the platform, no initial
    if len(token) == 1 and _NAMED_ONLY_AS.search(chunk):
        return False  # "… the pilot, identified only as Patrick S. Germanwings is …": his name's last letter
    may_end = token in _MAY_END_A_SENTENCE or len(token) == 1 or (len(token) > 2 and dotted)
    return not (may_end and _OPENS_A_SENTENCE.match(text, end))


_A_TOWN_IN_MARYLAND = re.compile(r"[A-Z][\w'’-]*,\s+Md\.$")
_ON_THE_PLATFORM_X = re.compile(r"\b(?:on|platform|via)\s+X\.$")
_NAMED_ONLY_AS = re.compile(r"\b(?:identified|named|known|referred\s+to|described)\s+only\s+as\s+(?:[A-Z][\w'’-]*\s+){1,2}"
                            r"[A-Z]\.$")
_MAY_END_A_SENTENCE = {"jr", "sr", "inc", "ltd", "co", "corp", "cie", "cia", "etc", "u.s", "u.n", "u.k", "hrs"}
_OPENS_A_SENTENCE = re.compile(r"(?:He|She|It|They|We|I|The|This|These|Those|There|His|Her|Their|Its|But|However)\b")


def _last_word(chunk: str) -> re.Match[str] | None:
    """`_LAST_WORD.search(chunk)`, looking near the end first: a search from the start tries
    every word of the sentence. Only a match at the cut itself may reach further back."""
    cut = max(0, len(chunk) - _REACH)
    word = _LAST_WORD.search(chunk, cut)
    if word is not None and word.start() == cut and cut:
        return _LAST_WORD.search(chunk)
    return word


def _ends_in_quote(chunk: str) -> bool:
    return chunk.rstrip()[-1:] in "”\"’"


def _open_quote(chunk: str) -> bool:
    """Whether a curly quotation opened in `chunk` is still open at its end."""
    opened = chunk.count("“")
    closed = chunk.count("”")
    return opened > closed and len(chunk) < 1200


def article_sentences(article: Article) -> list[Sentence]:
    """Every body sentence of an article, numbered, with block quotes marked.

    A paragraph is a block quote when it follows one that ends with a colon and names no
    quotation of its own (`Lt. Najy Mustafa, responded:`); the quote runs until a heading,
    a new introduction, or the end.
    """
    sentences: list[Sentence] = []
    block_left = 0
    for p_index, para in enumerate(article.paragraphs):
        if para.heading or any(q in para.text for q in "“\""):
            block_left = 0
        if para.heading:
            continue
        for text in split_sentences(para.text):
            if may_contain(text, _NOTICE_WORDS) and _PAGE_NOTICE.search(text):
                continue
            sentences.append(Sentence(len(sentences), text, p_index, block_quote=block_left > 0))
        block_left = max(block_left - 1, 0)
        stripped = para.text.rstrip()
        if stripped.endswith(":") and not any(q in stripped for q in OPEN_QUOTES + '"'):
            block_left = MAX_BLOCK_PARAGRAPHS
    return sentences

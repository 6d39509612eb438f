"""Cheap looks that spare a regex its run: a pattern that needs a digit, or one of a few words,
cannot match a sentence without one, and `in` finds that out far faster than the pattern can.
"""

from __future__ import annotations

import re

DIGIT = re.compile(r"\d")
# str.lower() lowers every character that re.IGNORECASE equates with an ASCII letter to that
# letter, except these three; a text holding one is given the benefit of the doubt.
_CASE_QUIRKS = ("İ", "ı", "ſ")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern compiled with re.IGNORECASE could find one of `words` (lowercase
    ASCII) in `text`: a necessary condition, never a sufficient one."""
    low = text.lower()
    return any(w in low for w in words) or any(c in text for c in _CASE_QUIRKS)


class Caseless:
    """A re.IGNORECASE pattern, written in lower case, that only answers whether it is found.

    Its case-sensitive twin run over the lowered text gives the same answer a few times faster:
    lowering keeps every character's place and class (\\w, \\s) and turns each character the flag
    equates with a letter into that letter, but for the three in `_CASE_QUIRKS`; a text with one
    of those is searched with the pattern itself.
    """

    def __init__(self, pattern: str):
        if pattern != pattern.lower():
            raise ValueError(f"a Caseless pattern is written in lower case: {pattern!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self._twin = re.compile(pattern)

    def found_in(self, text: str) -> bool:
        if any(c in text for c in _CASE_QUIRKS):
            return self.pattern.search(text) is not None
        return self._twin.search(text.lower()) is not None

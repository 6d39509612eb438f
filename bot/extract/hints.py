"""Cheap looks that spare a regex its run: a pattern that needs a digit, or one of a few words,
cannot match a sentence without one, and `in` finds that out far faster than the pattern can.
"""

from __future__ import annotations

import re

DIGIT = re.compile(r"\d")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern compiled with re.IGNORECASE could find one of `words` (lowercase
    ASCII) in `text`: a necessary condition, never a sufficient one."""
    low = text.lower()
    return any(w in low for w in words) or has_quirk(text)


def has_quirk(text: str) -> bool:
    """Whether `text` holds a character that re.IGNORECASE equates with an ASCII letter but
    str.lower() does not lower to it ("İ", "ı", "ſ"; every other one it does)."""
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text)  # isascii() is a flag lookup


class Caseless:
    """A re.IGNORECASE pattern, written in lower case, that only answers whether it is found.

    Its case-sensitive twin run over the lowered text gives the same answer a few times faster:
    lowering keeps every character's place and class (\\w, \\s) and turns each character the flag
    equates with a letter into that letter, except those `has_quirk` looks for; a text with
    one of them is searched with the pattern itself.
    """

    def __init__(self, pattern: str):
        if pattern != pattern.lower():
            raise ValueError(f"a Caseless pattern is written in lower case: {pattern!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self._twin = re.compile(pattern)

    def found_in(self, text: str) -> bool:
        if has_quirk(text):
            return self.pattern.search(text) is not None
        return self._twin.search(text.lower()) is not None

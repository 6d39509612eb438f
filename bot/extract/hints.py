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

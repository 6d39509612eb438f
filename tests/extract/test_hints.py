"""The cheap looks that let a regex skip its run must never say no where the regex says yes."""

from __future__ import annotations

import re
import sys

from bot.extract.hints import may_contain


def test_may_contain_finds_words_in_any_case() -> None:
    assert may_contain("Three WEEKS ago", ("week",))
    assert may_contain("two Million people", ("illion",))
    assert not may_contain("On the coast", ("week", "ago"))


def test_may_contain_never_misses_what_ignorecase_matches() -> None:
    """Every character that re.IGNORECASE equates with an ASCII letter, in place of that letter."""
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    candidates = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        word = f"x{letter}y"
        for char in candidates:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert may_contain(f"a x{char}y b", (word,)), (letter, char)

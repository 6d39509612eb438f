"""The cheap looks that let a regex skip its run must never say no where the regex says yes."""

from __future__ import annotations

import re
import sys

import pytest

from bot.extract.hints import Caseless, may_contain


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


def test_caseless_answers_as_its_pattern_does() -> None:
    cue = Caseless(r"\b(?:in|across|known as)\s+(?:the\s+)?$")
    texts = ["fighting IN ", "moved aCross the  ", "KNOWN AS ", "acroſs ", "İn ", "within ", "in the city", "", "K in "]
    for text in texts:
        assert cue.found_in(text) == bool(cue.pattern.search(text)), text


def test_caseless_wants_its_pattern_in_lower_case() -> None:
    with pytest.raises(ValueError):
        Caseless(r"\bIn\s+$")

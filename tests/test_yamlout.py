"""The YAML writer: whatever it writes, a YAML reader reads back as the same data."""

import random

import pytest
import yaml

from bot import yamlout

TRICKY = [
    "", " ", "plain words", "Idlib's future", "U.S.", "yes", "No", "on", "OFF", "null", "Null", "~", "y", "n",
    "true", "False", "123", "-5", "+1", "1.5", ".inf", ".nan", "0x1F", "0o17", "1_000", "2018-09-07",
    "2018-09-07T10:00:00", "12:30:00", "a: b", "a:b", "ends with colon:", "key #comment", "a#b", "# heading",
    "- dash", "-", "? q", ": c", "[list]", "{map}", "*alias", "&anchor", "!tag", "|literal", ">folded",
    "'single'", '"double"', "%directive", "@at", "`tick", "=", "<<", "trailing space ", " leading space",
    "tab\there", "new\nline", "carriage\rreturn", "nel\x85line", "ls\u2028ps\u2029", "bom\ufeff", "bell\x07",
    "del\x7f", "c1\x9b", "back\\slash", "quote\"inside", "emoji 🙂", "Çavuşoğlu", "“curly” quotes — dash",
    "«guillemets»", "Ωmega", "_underscore", "name:", "http://example.org/a?b=c#frag",
]
# The pure-Python reader and libyaml's (which the bot uses) must both read it back.
LOADERS = pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])


@LOADERS
def test_tricky_strings_read_back_unchanged(loader: type) -> None:
    data = {"items": TRICKY, "map": {s or "empty": s for s in TRICKY if s}}
    assert yaml.load(yamlout.dumps(data), Loader=loader) == data


@LOADERS
def test_numbers_none_and_empty_containers_read_back_unchanged(loader: type) -> None:
    data = {"int": 7, "big": 10**20, "neg": -3, "float": 1.5, "tiny": 1e-07, "huge": 1.5e300, "none": None,
            "empty_list": [], "empty_map": {}, "nested": [[1, 2], [], [{"a": [3]}]], "flag": True}
    assert yaml.load(yamlout.dumps(data), Loader=loader) == data


@LOADERS
def test_random_unicode_strings_read_back_unchanged(loader: type) -> None:
    rng = random.Random(7)
    alphabet = [chr(c) for c in [*range(0x250), *range(0x2000, 0x2060), 0xFEFF, 0xFFFD, 0x1F600]]
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    data = [{"s": s, "list": [s, s.strip()]} for s in strings]
    assert yaml.load(yamlout.dumps(data), Loader=loader) == data


def test_cards_stay_readable_bare_where_that_is_safe() -> None:
    text = yamlout.dumps({"name": "Staffan de Mistura", "date": "2018-09-07", "text": "He said: “no.”"})
    assert text == 'name: Staffan de Mistura\ndate: "2018-09-07"\ntext: "He said: “no.”"\n'

"""Plain data (dicts, lists, strings, numbers, None) as block-style YAML, written fast.

PyYAML's dumper walks every value through its representer and resolver classes in Python:
at thousands of cards that was a third of the build. The cards only ever hold these few
plain types, so this writer emits them directly. A string is written bare when YAML would
read it back as the same string, and double-quoted (JSON escapes, which YAML shares)
otherwise; the result loads with any YAML 1.1 or 1.2 reader to the data it came from.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from typing import Any

# Bare only when nothing in the string could make a YAML reader see another type or syntax:
# a letter (or other safe) start, no ": " or " #", no character YAML would drop or refuse.
_BARE = re.compile(r"[^\W\d_][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]*")
_NOT_BARE = re.compile(r": | #|:$|\s$")
_KEYWORDS = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null"])  # YAML 1.1 reads these as bool/null
# Characters a YAML stream may not carry raw, or would read as line breaks; JSON leaves them be.
_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


_SCALARS = (str, int, float, type(None))
Entries = Callable[[Any], Iterable[tuple[str, Any]]]


def _no_entries(value: Any) -> Iterable[tuple[str, Any]]:
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def dumps(data: Any, entries: Entries = _no_entries) -> str:
    """`data` as a YAML document (block style, keys in their given order).

    Any object that is not a scalar, list or dict is written as the mapping `entries(obj)`
    gives: the cards pass their dataclasses this way, without copying them into dicts first.
    """
    lines: list[str] = []
    _node(data, "", lines, entries)
    return "\n".join(lines) + "\n"


def _node(value: Any, pad: str, lines: list[str], entries: Entries) -> None:
    if isinstance(value, _SCALARS):
        lines.append(pad + scalar(value))
    elif isinstance(value, list):
        if not value:
            lines.append(pad + "[]")
        for item in value:
            if isinstance(item, _SCALARS):
                lines.append(f"{pad}- {scalar(item)}")
            else:  # a block item: its first line moves up beside the dash
                first = len(lines)
                _node(item, pad + "  ", lines, entries)
                lines[first] = f"{pad}- {lines[first][len(pad) + 2:]}"
    else:
        _mapping(value.items() if isinstance(value, dict) else entries(value), pad, lines, entries)


def _mapping(items: Iterable[tuple[Any, Any]], pad: str, lines: list[str], entries: Entries) -> None:
    start = len(lines)
    for key, item in items:
        head = f"{pad}{scalar(key)}:"
        if isinstance(item, _SCALARS) or item == [] or item == {}:
            lines.append(f"{head} {scalar(item)}")
        else:
            lines.append(head)
            _node(item, pad if isinstance(item, list) else pad + "  ", lines, entries)
    if len(lines) == start:
        lines.append(pad + "{}")


def scalar(value: Any) -> str:
    """One value as YAML that reads back as the same value."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if value == {}:
        return "{}"
    if value == []:
        return "[]"
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


@functools.lru_cache(maxsize=1 << 16)  # keys, ids and dates recur on every card
def _string(value: str) -> str:
    if _BARE.fullmatch(value) and not _NOT_BARE.search(value) and value.lower() not in _KEYWORDS:
        return value
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def _float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))  # a count reads better as 2000000 than as 2000000.0
    text = repr(value)
    # YAML 1.1 wants a dot in a float: PyYAML reads "1e-07" as a string, "1.0e-07" as a number
    return text if "." in text or "e" not in text else text.replace("e", ".0e")

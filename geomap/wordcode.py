"""Many sentences as one word table and short codes, for the map page at scale.

Why: at tens of thousands of events the quoted sentences are most of the map page,
and deflate, which only looks 32 kB back, stores each word almost afresh. Words
stored once, most frequent first, and each sentence as the indices of its words
(base-32 digits written as letters) take about 40% less once deflated, and the
page decodes a sentence only when its popup opens (``geomap.quote`` in ``map.js``).

A sentence is split on single spaces, so joining its words with one space gives it
back exactly. Its first letter is stored in lower case and its final full stop
dropped, each noted in the code's first digit, so "Shells" opening a sentence and
"shells" inside one are one word, as are "border." and "border":

>>> packed = encode_texts(["Shells fell near the border.", "Near the border, shells fell"])
>>> packed["words"][:3]
['fell', 'near', 'shells']
>>> decode_texts(packed) == ["Shells fell near the border.", "Near the border, shells fell"]
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

__all__ = ["DIGITS", "decode_texts", "encode_texts"]

#: a code's digits: the first 32 end an index, the last 32 continue it
#: (most significant digit first); all safe in JSON and inside <script>
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_VALUE = {c: i for i, c in enumerate(DIGITS)}
#: flags in a code's first digit
_CAPITAL, _STOP = 1, 2


def encode_texts(texts: Sequence[str]) -> dict[str, Any]:
    """``{"words": [...], "codes": [...]}``: each text as the codes of its words."""
    flags, split = [], []
    for text in texts:
        flag, body = _plain(text)
        flags.append(flag)
        split.append(body.split(" "))
    counts = Counter(word for words in split for word in words)
    # most frequent first (short codes); ties in alphabetical order, which deflates
    # better (neighbours share beginnings)
    words = sorted(counts, key=lambda w: (-counts[w], w))
    code = {word: _code(i) for i, word in enumerate(words)}
    return {
        "words": words,
        "codes": [
            DIGITS[flag] + "".join(map(code.__getitem__, ws))
            for flag, ws in zip(flags, split, strict=True)
        ],
    }


def decode_texts(packed: dict[str, Any]) -> list[str]:
    """The texts ``encode_texts`` packed (as ``geomap.quote`` reads them in the page)."""
    words, out = packed["words"], []
    for code in packed["codes"]:
        parts, n = [], 0
        for c in code[1:]:
            v = _VALUE[c]
            n = n * 32 + (v & 31)
            if v < 32:
                parts.append(words[n])
                n = 0
        out.append(_restore(_VALUE[code[0]], " ".join(parts)))
    return out


def _restore(flag: int, text: str) -> str:
    if flag & _CAPITAL:
        text = text[:1].upper() + text[1:]
    return text + "." if flag & _STOP else text


def _plain(text: str) -> tuple[int, str]:
    """``text`` without its capital first letter and final full stop, and the flags
    that give them back (only when they do so exactly)."""
    flag, body = 0, text
    if body.endswith("."):
        flag, body = _STOP, body[:-1]
    first = body[:1]
    # one UTF-16 unit that lower- and upper-cases back to itself (as in the page)
    if first != first.lower() and ord(first) < 0x10000:
        lowered = first.lower() + body[1:]
        if _restore(flag | _CAPITAL, lowered) == text and len(first.lower()) == 1:
            flag, body = flag | _CAPITAL, lowered
    return flag, body


def _code(n: int) -> str:
    digits = [DIGITS[n & 31]]
    n >>= 5
    while n:
        digits.append(DIGITS[32 + (n & 31)])
        n >>= 5
    return "".join(reversed(digits))

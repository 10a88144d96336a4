"""Many sentences as one word table and short codes, for the map page at scale.

Why: at tens of thousands of events the quoted sentences are most of the map page,
and deflate, which only looks 32 kB back, stores each word almost afresh. Words
stored once, most frequent first, and each sentence as the indices of its words
(base-32 digits written as letters) take about half as much once deflated, and the
page decodes a sentence only when its popup opens (``geomap.quote`` in ``map.js``).

A sentence is split on single spaces, so joining its words with one space gives it
back exactly:

>>> packed = encode_texts(["Shells fell near the border.", "Shells fell."])
>>> packed["words"][:2]
['Shells', 'fell']
>>> decode_texts(packed) == ["Shells fell near the border.", "Shells fell."]
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


def encode_texts(texts: Sequence[str]) -> dict[str, Any]:
    """``{"words": [...], "codes": [...]}``: each text as the codes of its words."""
    split = [text.split(" ") for text in texts]
    counts = Counter(word for words in split for word in words)
    # most frequent first (short codes); ties in order of first appearance
    words = [word for word, _ in counts.most_common()]
    index = {word: i for i, word in enumerate(words)}
    return {
        "words": words,
        "codes": ["".join(_code(index[w]) for w in ws) for ws in split],
    }


def decode_texts(packed: dict[str, Any]) -> list[str]:
    """The texts ``encode_texts`` packed (as ``geomap.quote`` reads them in the page)."""
    words, out = packed["words"], []
    for code in packed["codes"]:
        parts, n = [], 0
        for c in code:
            v = _VALUE[c]
            n = n * 32 + (v & 31)
            if v < 32:
                parts.append(words[n])
                n = 0
        out.append(" ".join(parts))
    return out


def _code(n: int) -> str:
    digits = [DIGITS[n & 31]]
    n >>= 5
    while n:
        digits.append(DIGITS[32 + (n & 31)])
        n >>= 5
    return "".join(reversed(digits))

"""Read a count as news writes it: digits and number words ("1,200", "twenty-five",
"a dozen"), the words that qualify it ("at least", "up to", "about") and the regular
expressions that find one in a lower-cased sentence.

Vague quantities ("dozens", "several") are not counts. A count read by a pattern is
turned down when it is a year ("in 2024") or "no one". Only the standard library is
used.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["AT_LEAST", "NUMBER", "NUMBER_END", "NUMBER_WORD", "NUMBER_WORDS", "QUALIFIER",
           "QUALIFIERS", "Found", "alternation", "is_floor", "parse_number", "people_count",
           "read_count"]  # fmt: skip


_UNITS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS: Final[dict[str, int]] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final[dict[str, int]] = {"thousand": 1_000, "million": 1_000_000, "billion": 10**9}
_MULTIPLIERS: Final = frozenset({"hundred", "dozen", *_SCALES})

_DIGITS = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(hundred|thousand|million|billion))?"
)
_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_number(words: str) -> int | None:
    """The whole number ``words`` spells, or None when it spells none.

    Digits with thousands commas and a scale ("1,200", "1.5 million") and English
    number words ("nine", "twenty-five", "two hundred and fifty", "a dozen") are
    read; vague quantities ("dozens", "several", "hundreds") and fractions give None.
    """
    text = words.strip().lower()
    if not text:
        return None
    m = _DIGITS.fullmatch(text)
    if m:
        whole, frac, scale = m.group(1).replace(",", ""), m.group(2) or "", m.group(3)
        scaled = int(whole + frac) * (100 if scale == "hundred" else _SCALES.get(scale or "", 1))
        value, rest = divmod(scaled, 10 ** len(frac))
        return None if rest else value
    return _words_value(_WORD_SPLIT.split(text))


def _words_value(tokens: list[str]) -> int | None:
    if tokens == ["zero"]:
        return 0
    total = group = 0
    last = ""  # what the previous token was: unit, teen, ten, hundred, scale, dozen, and, a
    for i, token in enumerate(tokens):
        if token in ("a", "an"):
            if i:
                return None
            last = "a"
            continue
        if last == "a" and token not in _MULTIPLIERS:
            return None
        if token == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "and"
        elif token in _UNITS:
            if last in ("unit", "teen", "dozen"):
                return None
            group, last = group + _UNITS[token], "unit"
        elif token in _TEENS or token in _TENS:
            if last in ("unit", "teen", "ten", "dozen"):
                return None
            group += _TEENS.get(token) or _TENS[token]
            last = "teen" if token in _TEENS else "ten"
        elif token == "hundred":
            if last in ("hundred", "dozen"):
                return None
            group, last = (group or 1) * 100, "hundred"
        elif token == "dozen":
            if last in ("hundred", "dozen", "scale", "and"):
                return None
            group, last = (group or 1) * 12, "dozen"
        elif token in _SCALES:
            if last in ("scale", "and"):
                return None
            total, group, last = total + (group or 1) * _SCALES[token], 0, "scale"
        else:
            return None
    if last in ("", "a", "and"):
        return None
    return total + group


# ---------------------------------------------------------------------- patterns
#
# Everything below runs on the lower-cased sentence (same length, same offsets).


def alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


NUMBER_WORDS = " ".join([*_UNITS, *_TEENS, *_TENS, *sorted(_MULTIPLIERS)])
NUMBER_WORD = rf"(?:{alternation(NUMBER_WORDS)})(?![a-z])"
NUMBER = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?(?![a-z])"
    rf"|(?:an?\s+(?=(?:hundred|thousand|million|dozen)(?![a-z])))?{NUMBER_WORD}"
    rf"(?:(?:\s+|-){NUMBER_WORD}|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+"
    rf"{NUMBER_WORD})*)"
)
#: after the number: not "three-day", "10-year-old", "2.5"
NUMBER_END = r"(?P<plus>\+)?(?![\w-]|[.,]\d)(?P<more>\s+or\s+more)?"
#: words before a count that qualify it; the first group make it a floor (``at_least``)
AT_LEAST: Final = (
    "at least", "more than", "over", "in excess of", "no fewer than", "no less than",
    "not less than", "upwards of", "a minimum of",
)  # fmt: skip
QUALIFIERS: Final = (
    *AT_LEAST, "about", "around", "some", "nearly", "almost", "roughly", "approximately",
    "up to", "an estimated", "as many as", "close to", "fewer than", "less than", "under",
    "another", "a further", "a total of", "an additional", "at most",
)  # fmt: skip
QUALIFIER = (
    "(?P<q>"
    + "|".join(sorted((q.replace(" ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
    + r")\s+"
)

_YEAR_BEFORE: Final = frozenset(
    {
        "in", "since", "during", "until", "from", "before", "after", "january",
        "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    }
)  # fmt: skip

#: a count read: start, end, value and whether it is a floor ("at least 3")
Found = tuple[int, int, int, bool]


def read_count(low: str, m: re.Match[str]) -> Found | None:
    """The count read by a match with groups n/q/plus/more (or article), if it is one."""
    if "article" in m.re.groupindex and m.group("article"):
        start = m.start("article")
        return start, m.end("article"), 1, False
    start, end = m.span("n")
    words = m.group("n")
    value = parse_number(words)
    if value is None:
        return None
    if words == "one" and low[max(0, start - 3) : start] == "no ":
        return None  # "no one was killed"
    if 1900 <= value <= 2099 and words.isdigit():
        before = low[max(0, start - 12) : start].split()
        if before and before[-1] in _YEAR_BEFORE:
            return None  # "in 2024"
    q = m.group("q")
    at_least = bool(m.group("plus") or m.group("more")) or (
        q is not None and " ".join(q.split()) in AT_LEAST
    )
    if m.group("plus"):
        end += 1
    return (m.start("q") if q else start), end, value, at_least


def people_count(words: str) -> int | None:
    return 1 if words in ("a", "an") else parse_number(words)


def is_floor(m: re.Match[str]) -> bool:
    q = m.group("q")
    return q is not None and " ".join(q.split()) in AT_LEAST

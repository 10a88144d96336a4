"""Split an article's text into sentences, by offsets: terminal punctuation and line breaks.

Why a module of its own: where a sentence ends decides what later stages read as one
statement (an event's actor, its target and its date must be in it), and the rules for
it (abbreviations, initials, "a.m. Sunday", numbered paragraphs) are a job apart from
reading a page's boilerplate and dates (``geomap.articles``). The words that end with
a period but not a sentence are data: ``lexicons/sentences.toml``.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from .dates import _MON_FULL, _WD
from .models import Sentence

__all__ = ["line_spans", "split_sentences"]

# a line from its first to its last non-blank character
_LINE = re.compile(r"\S(?:[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*\S)?")
# terminal punctuation and closing quotes before a space, or a period glued to an opening quote
_TERMINAL = re.compile(r"[.!?…](?:[.!?…]*[)\"'”’»\]]*(?=\s)|(?=[\"“][A-ZÀ-Þ]))")
_OPENERS = "(\"'“‘[«¿¡"
_WORDS = tomllib.loads(
    resources.files("geomap").joinpath("lexicons/sentences.toml").read_text("utf-8")
)
# words that end with a period but not a sentence (titles, months, Latin)
_ABBREVIATIONS = frozenset(_WORDS["abbreviations"])
# abbreviations that stand before a number: "No. 5", "Art. 370"
_NUMBER_ABBREVIATIONS = frozenset(_WORDS["number_abbreviations"])


def split_sentences(text: str, lines: list[tuple[int, int]] | None = None) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences at terminal punctuation and at every line break.

    Abbreviations ("U.S.", "Gen.", "Jan.", initials) do not end a sentence; a period
    followed by a lower-case word does not either.
    """
    out: list[Sentence] = []
    marks = list(_TERMINAL.finditer(text))
    i = 0
    for start, end in lines if lines is not None else line_spans(text):
        cut = start
        while i < len(marks) and marks[i].start() < end:
            m = marks[i]
            i += 1
            if m.start() < start:
                continue
            nxt = m.end()
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt < end and _ends_sentence(text, start, m, nxt):
                _add_sentence(out, text, cut, m.end())
                cut = nxt
        _add_sentence(out, text, cut, end)
    return tuple(out)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, surrounding whitespace excluded."""
    return [m.span() for m in _LINE.finditer(text)]


#: a weekday or month right after "a.m." or "p.m." is the day of that time of day
_DAY_AFTER_TIME = re.compile(rf"(?:{_WD}|{_MON_FULL})\b")


def _ends_sentence(text: str, line_start: int, m: re.Match[str], nxt: int) -> bool:
    """Whether the terminal punctuation ``m`` ends a sentence; ``nxt`` is the next char."""
    following = text[nxt]
    if not (following.isalnum() or following in _OPENERS):
        return False  # a lower-case word, or punctuation that continues the sentence
    if following.islower():
        return False
    if m.group() != ".":
        return True
    dot = m.start()
    j = dot
    while j > line_start and not text[j - 1].isspace():
        j -= 1
    token = text[j:dot].lstrip(_OPENERS)
    if token in _ABBREVIATIONS:
        return False
    if token in _NUMBER_ABBREVIATIONS and following.isdigit():
        return False
    if len(token) == 1 and token.isupper():  # an initial: "J. R. Smith"
        return False
    if token.lower() in ("a.m", "p.m") and _DAY_AFTER_TIME.match(text, nxt):
        return False  # "at 12:30 p.m. Sunday": the day of the time, not a new sentence
    if "." in token and token.lower() not in ("a.m", "p.m"):
        # "U.S", "U.N", "e.g": short letter groups joined by dots
        return not all(0 < len(p) <= 2 and p.isalpha() for p in token.split("."))
    return not (token.isdigit() and len(token) <= 2 and j == line_start)  # "1. The ..."


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    # both ends already sit on non-blank characters (line ends are stripped, cuts skip spaces)
    if start < end:
        out.append(Sentence(start, end, text[start:end]))

"""Word-level reads of an article's text for the place recogniser (``geomap.mentions``).

Why a module of its own: the recogniser asks for words only around capitalised names
(the word before or after a position, whether a word also appears in lower case,
how two words join), and reading them without scanning the whole text is a job of
its own, with its own invariants: a word found from any position is the word a scan
from the start would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .models import Article

__all__ = [
    "Entry",
    "TextWords",
    "Tok",
    "is_letter",
    "join_of",
    "make_entry",
    "make_tok",
    "word_pattern",
]


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    possessive: bool
    #: how this token joins the previous one: " ", "-" or None (a break)
    join: str | None


#: a word; abbreviations keep their dots
_WORD = (
    r"(?:[A-Z]\.){2,}"  # U.S., U.A.E.
    r"|(?:St|Ft|Mt)\.(?=\s[A-Z])"  # St. Petersburg
    r"|[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*"  # words, d’Ivoire
)


def word_pattern(dotted: Iterable[str]) -> re.Pattern[str]:
    """Words, keeping the gazetteer's dotted abbreviations ("Ga.", "W.Va.") whole."""
    known = "|".join(re.escape(a) for a in sorted(dotted, key=len, reverse=True))
    return re.compile((rf"(?=[A-Z])(?:{known})(?![\w.])|" if known else "") + _WORD)


def is_letter(char: str) -> bool:
    """``[^\\W\\d_]``: what words are made of (letters, and numerals that are not digits)."""
    return char.isalnum() and not char.isdecimal()


#: a word of a run of capitalised words: (start, end without any "'s", end, capitalised)
Entry = tuple[int, int, int, bool]


def make_entry(text: str, start: int, stop: int, cap: bool) -> Entry:
    possessive = stop - start > 2 and text[stop - 1] == "s" and text[stop - 2] in "'’"
    return start, stop - 2 if possessive else stop, stop, cap


def make_tok(text: str, start: int, end: int, join: str | None) -> Tok:
    word = text[start:end]
    possessive = len(word) > 2 and word[-1] == "s" and word[-2] in "'’"
    if possessive:  # "Iran's": the name is "Iran"
        end -= 2
        word = word[:-2]
    return Tok(start, end, word, word.lower(), word[:1].isupper(), possessive, join)


def join_of(text: str, prev: Tok, start: int, soft: frozenset[int] = frozenset()) -> str | None:
    """How a word starting at ``start`` joins the token before it: " ", "-" or None; a
    soft line break (in ``soft``, where its gap starts) joins as a space."""
    end = prev.end + 2 if prev.possessive else prev.end
    gap = text[end:start]
    return " " if gap == " " or (end in soft and gap.isspace()) else "-" if gap == "-" else None


#: punctuation that can follow or precede a word and is never part of one
_CLOSING = ',;:!?)]}"”'
_OPENING = '([{"“'


class TextWords:
    """Word-level reads of one article's text that the recogniser needs only around
    names: the word before or after a position, whether a word also appears in lower
    case, whether a span touches boilerplate. Scanning every word of every article
    would cost more than all the rest of recognition."""

    def __init__(self, article: Article, word: re.Pattern[str]) -> None:
        # a line break inside a hard-wrapped paragraph reads as a space: "Lake\nMalawi"
        self.text = article.flowing_text
        #: where the gaps of those line breaks start: a name runs on over them
        self.soft = frozenset(start for start, _ in article.soft_breaks)
        self.word = word
        #: whether a span touches page boilerplate
        self.is_removed = article.is_removed
        self._lower: dict[str, bool] = {}

    def word_at(self, pos: int) -> tuple[int, int] | None:
        """The word (start, end) that covers or starts at ``pos``, exactly as a scan
        of all words from the start would find it. Whitespace is never inside a word,
        so a scan from the last whitespace before ``pos`` gives the same words."""
        text = self.text
        sync = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos), pos - 200) + 1
        for m in self.word.finditer(text, max(sync, 0)):
            if m.end() > pos:
                return m.span() if m.start() <= pos else None
        return None

    def word_before(self, pos: int) -> tuple[int, int] | None:
        """The last word that starts before ``pos`` (a word start)."""
        text, sync = self.text, pos
        if pos > 1 and text[pos - 1] == " ":  # the usual case: " word Name", "(word, Name"
            space = text.rfind(" ", 0, pos - 1)
            chunk = text[space + 1 : pos - 1]
            if chunk.isalpha():  # letters only: one word, no doubt
                return space + 1, pos - 1
            core = chunk.rstrip(_CLOSING)
            word = core.lstrip(_OPENING)
            if word.isalpha():  # letters between punctuation that no word contains
                start = space + 1 + len(core) - len(word)
                return start, start + len(word)
        while sync > 0 and pos - sync < 400:
            sync = max(text.rfind(" ", 0, sync - 1), text.rfind("\n", 0, sync - 1), -1) + 1
            found = None
            for m in self.word.finditer(text, sync):
                if m.start() >= pos:
                    break
                found = m
            if found is not None:
                return found.span()
        return None

    def word_after(self, pos: int) -> tuple[int, int] | None:
        """The first word that starts at or after ``pos`` (the end of a word)."""
        text = self.text
        if text.startswith(" ", pos):  # the usual case: "Name word" (then maybe ", ")
            space = text.find(" ", pos + 1)
            chunk = text[pos + 1 : space if space >= 0 else len(text)].rstrip(_CLOSING)
            if chunk.isalpha():  # letters only: one word, no abbreviation
                return pos + 1, pos + 1 + len(chunk)
        m = self.word.search(text, pos)
        return m.span() if m else None

    def in_lower_case(self, word: str) -> bool:
        """Whether ``word`` (lower case) appears in the text as a lower-case word."""
        known = self._lower.get(word)
        if known is None:
            known = self._lower[word] = word.isascii() and word.isalpha() and self._find(word)
        return known

    def _find(self, word: str) -> bool:
        text, size = self.text, len(word)
        pos = text.find(word)
        while pos >= 0:
            before = text[pos - 1] if pos else " "
            after = text[pos + size] if pos + size < len(text) else " "
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return True
            pos = text.find(word, pos + 1)
        return False

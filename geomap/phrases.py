"""The phrase language of the lexicons, and the index that finds their phrases in a text.

Why a module of its own: ``geomap.lexicon`` reads and checks the lexicon files and
says what each phrase stands for; this module knows only how a phrase is written and
matched, so either reads in one sitting.

The phrase syntax, matched on whole words of lower-cased text with accents and quote
styles folded (``triggers.toml`` explains it to users)::

    word        the word itself                   "shelled"
    word*       any word starting so              "strike*"
    a|b|c       one of these words                "carried|carrying out"
    air-strike  the hyphen is optional            airstrike, air strike, air-strike
    {name}      any phrase of the set [sets].name "summoned ... {envoy}"
    ...  ...N   up to 6 (or N) words in between   "gunmen ... killed"

Phrases are indexed by the first letters (stem) of the word they start with, and the
phrases of one stem are written and compiled into one pattern only when a sentence
first has a word with that stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .errors import InputError

__all__ = [
    "DEFAULT_GAP",
    "STEM",
    "STEMS",
    "Phrase",
    "PhraseGroup",
    "PhraseIndex",
    "Syntax",
    "stem_map",
]

#: words a "..." in a phrase may skip unless it says otherwise ("...3")
DEFAULT_GAP = 6
#: how many first letters of a word make the stem phrases are indexed by
STEM = 5

_GAP_TOKEN = re.compile(r"^\.\.\.(\d*)$")
_WORDS = re.compile(r"[a-z0-9]+")
#: the stem of each word (``w[:STEM]`` for each match of ``_WORDS``), read in one C-level pass
STEMS = re.compile(rf"([a-z0-9]{{1,{STEM}}})[a-z0-9]*")


# ------------------------------------------------------------------------ syntax


class Syntax:
    """The phrase language of one lexicon: checks phrases, writes their regular
    expressions and finds the stems they start with; each ``{set}`` is done once."""

    def __init__(self, sets: dict[str, list[str]]) -> None:
        self.sets = sets
        self._bodies: dict[str, str] = {}
        self._tokens: dict[str, str] = {}
        self._set_keys: dict[str, frozenset[str]] = {}
        self._checked: set[str] = set()

    def check(self, phrase: str) -> None:
        """Raise ``InputError`` if ``phrase`` (or a set it uses) names an unknown set."""
        for token in phrase.split():
            name = self._set(token)
            if name is not None and name not in self._checked:
                self._checked.add(name)
                for member in self.sets[name]:
                    self.check(member)

    def body(self, phrase: str) -> str:
        """The regex of ``phrase``: its tokens, joined by spaces or by bounded gaps."""
        if phrase not in self._bodies:
            out: list[str] = []
            gap: int | None = None
            for token in phrase.split():
                m = _GAP_TOKEN.match(token)
                if m:
                    gap = int(m.group(1) or DEFAULT_GAP)
                    continue
                if out:
                    # a gap's words, an abbreviation in brackets among them ("the
                    # Organization of American States (OAS) to condemn")
                    word = r"(?:[^\s,;:.!?()]+|\([^\s()]{1,12}\))"
                    out.append(rf"(?:\s+{word}){{0,{gap}}}?\s+" if gap else r"\s+")
                out.append(self._token(token))
                gap = None
            self._bodies[phrase] = "".join(out)
        return self._bodies[phrase]

    def alternation(self, phrases: Iterable[str]) -> str:
        """The regex of any of ``phrases``, the longest first ("" for none)."""
        return longest_first(self.body(p) for p in phrases if p.strip())

    def keys(self, phrase: str) -> frozenset[str]:
        """The stems the first word of a match of ``phrase`` may have, or "prefix*" where
        it starts with a short prefix ("ied*")."""
        for token in phrase.split():
            if not _GAP_TOKEN.match(token):
                return self._token_keys(token)
        return frozenset()

    def _set(self, token: str) -> str | None:
        """The set a ``{name}`` token names (None for words); unknown sets are errors."""
        if not (token.startswith("{") and token.endswith("}")):
            return None
        name = token[1:-1]
        if name not in self.sets:
            raise InputError(
                f"triggers.toml: phrase uses {{{name}}}, but [sets] has no {name!r} "
                f"(known: {', '.join(sorted(self.sets)) or 'none'})"
            )
        return name

    def _token(self, token: str) -> str:
        if token not in self._tokens:
            name = self._set(token)
            if name is None:
                alts = longest_first(word_regex(a) for a in token.split("|") if a)
            else:
                alts = self.alternation(self.sets[name])
            self._tokens[token] = f"(?:{alts})"
        return self._tokens[token]

    def _token_keys(self, token: str) -> frozenset[str]:
        name = self._set(token)
        if name is not None:
            if name not in self._set_keys:
                self._set_keys[name] = frozenset().union(*map(self.keys, self.sets[name]))
            return self._set_keys[name]
        keys: set[str] = set()
        for alt in token.split("|"):
            word = alt.lower()
            star = word.endswith("*")
            parts = _WORDS.findall(word)
            if not parts:
                continue
            first = parts[0]
            if star and len(parts) == 1 and len(first) < STEM:
                keys.add(first + "*")  # a short prefix: looked for as such, see stem_map
            else:
                keys.add(first[:STEM])
            if len(parts) > 1 and "-" in word:
                joined = "".join(parts)
                keys.add(joined[:STEM] if not star or len(joined) >= STEM else joined + "*")
        return frozenset(keys)


def word_regex(word: str) -> str:
    star = word.endswith("*")
    word = word.rstrip("*")
    rx = r"[-\s]?".join(re.escape(part) for part in word.split("-"))
    return rx + (r"[\w']*" if star else "")


def longest_first(alternatives: Iterable[str]) -> str:
    """``a|b|c``, duplicates dropped, the longest first (re takes the first that fits)."""
    return "|".join(sorted(dict.fromkeys(alternatives), key=len, reverse=True))


def match_order(x: tuple[int, int, Phrase]) -> tuple[int, int]:
    return x[0], x[2].order


def word_starts(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer`` keeping only matches that start a word."""
    for m in rx.finditer(text):
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_'"):
            continue
        yield m


# ------------------------------------------------------------------------- index


class Phrase(NamedTuple):
    """One phrase of a lexicon and what it stands for."""

    order: int
    payload: object
    joint: bool = False
    cased: bool = False  # matched on the text as written ("UN", not "un")
    #: counts only in a clause that tells no strike (``apart_phrases``)
    apart: bool = False


class PhraseGroup:
    """The phrases starting with one stem, in one case: one pattern, written and
    compiled the first time a sentence has a word with that stem."""

    __slots__ = ("cased", "entries", "members", "rx")

    def __init__(self, cased: bool) -> None:
        self.cased = cased
        self.entries: list[tuple[tuple, str, Phrase]] = []  # (priority, phrase, Phrase)
        self.members: list[Phrase] = []  # in the order of the pattern's alternatives
        self.rx: re.Pattern[str] | None = None

    def compile(self, syntax: Syntax) -> re.Pattern[str]:
        written = [(syntax.body(text), prio, item) for prio, text, item in self.entries]
        # the lower priority wins, then the longer phrase, then the one added first
        written.sort(key=lambda w: ((*w[1], -len(w[0])), w[2].order))
        # each phrase is one group: the number of the group that matched names it
        self.members = [item for _, _, item in written]
        self.rx = re.compile("|".join(f"({body})(?!\\w)" for body, _, _ in written))
        return self.rx


class PhraseIndex:
    """Phrases looked up by the stem of the word they start with.

    A sentence is read as its words; only at a word whose first letters start some
    phrase is a pattern tried, anchored there, so a sentence costs a few dictionary
    look-ups and a handful of anchored matches, however large the lexicon. The
    phrases starting with one stem are one pattern: where two match at the same word,
    the one added with the lower ``priority`` wins, then the longer one.
    """

    def __init__(self, syntax: Syntax) -> None:
        self.syntax = syntax
        self._entries: list[tuple[tuple, str, frozenset[str], Phrase]] = []
        self.groups: dict[str, list[PhraseGroup]] = {}
        self.keys: frozenset[str] = frozenset()
        self.prefix_lengths: tuple[int, ...] = ()

    def add(
        self,
        phrase: str,
        payload: object,
        *,
        joint: bool = False,
        cased: bool = False,
        apart: bool = False,
        priority: tuple = (),
    ) -> None:
        if not phrase.strip():
            return
        self.syntax.check(phrase)
        item = Phrase(len(self._entries), payload, joint, cased, apart)
        text = phrase if cased else phrase.lower()
        self._entries.append((priority, text, self.syntax.keys(phrase), item))

    def build(self) -> PhraseIndex:
        groups: dict[tuple[str, bool], PhraseGroup] = {}
        for priority, text, keys, item in self._entries:
            for key in keys:
                if (key, item.cased) not in groups:
                    groups[key, item.cased] = PhraseGroup(item.cased)
                    self.groups.setdefault(key, []).append(groups[key, item.cased])
                groups[key, item.cased].entries.append((priority, text, item))
        self._entries = []
        self.keys = frozenset(self.groups)
        self.prefix_lengths = tuple(sorted({len(k) - 1 for k in self.keys if k.endswith("*")}))
        return self

    def matches(
        self, low: str, cased: str, by_stem: dict[str, list[int]]
    ) -> list[tuple[int, int, Phrase]]:
        """(start, end, phrase) of every phrase starting at a word of ``by_stem``
        (see ``stem_map``); ``low`` is the text folded, ``cased`` as written."""
        out: list[tuple[int, int, Phrase]] = []
        groups = self.groups
        # by_stem is small and the index large: look its keys up rather than intersect
        # (``frozenset & dict.keys()`` walks the whole frozenset); the order is sorted below
        for key, positions in by_stem.items():
            for group in groups.get(key, ()):
                rx = group.rx or group.compile(self.syntax)
                text = cased if group.cased else low
                for pos in positions:
                    m = rx.match(text, pos)
                    if m is not None:
                        out.append((pos, m.end(), group.members[m.lastindex - 1]))  # type: ignore[operator]
        out.sort(key=lambda x: (x[0], x[2].order))
        return out


def stem_map(low: str, stems: Iterable[str]) -> dict[str, list[int]]:
    """Where the words with these stems (``Lexicon.stems``) start in ``low``."""
    out: dict[str, list[int]] = {}
    for stem in stems:
        if stem.endswith("*"):  # a prefix: any word starting so
            needle, exact = stem[:-1], False
        else:  # a stem; a short one is the whole word
            needle, exact = stem, len(stem) < STEM
        i = low.find(needle)
        if i < 0:
            continue
        size = len(needle)
        found: list[int] = []
        while i >= 0:
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "'_")) and (
                not exact or not low[i + size : i + size + 1].isalnum()
            ):
                found.append(i)
            i = low.find(needle, i + 1)
        if found:
            out[stem] = found
    return out

"""Find place names in an article: spans of text and the gazetteer entries they could be.

A gazetteer matcher, not a statistical tagger: capitalised word sequences (with
connecting words such as "and", "of", and a leading direction such as "northern")
are looked up, longest first, under the gazetteer's normalised keys. What makes it
accurate is what it rejects, by general signals rather than lists of known names:

- people: a title before the name ("Foreign Minister X", "Gen. X"), a first name before
  it, or a surname already seen in such a position in the same article;
- organisations and media: the name sits inside a longer capitalised name that is not
  a place ("Islamic State", "Washington Post"), or is a news agency or site;
- common words: weekdays and months, words the article also uses in lower case, and
  title-case headlines where a small town's name is more likely an ordinary word;
- small places with no support: a town under a few thousand people is marked weak
  unless a locative preposition ("in", "near") or a place noun ("the town of") cues
  it; resolution keeps a weak town only when its country is named in the article.

Mentions in page boilerplate are never produced. A capitalised name followed by a
place type ("X province") that the gazetteer does not know is still reported, as
unresolved, so nothing is dropped silently. Resolution is the next module's job.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer
from .models import Article, Place
from .names import loose_key, name_key

__all__ = ["Span", "find_spans"]

MAX_TOKENS = 6
#: towns below this population need a locative cue or their country in the article
SMALL_TOWN = 5_000


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text that names a place, with every gazetteer entry it could mean."""

    start: int
    end: int
    text: str
    candidates: tuple[tuple[Place, str], ...]
    #: kind suggested by a type word ("province" -> admin1), or None
    kind_hint: str | None = None
    #: the span is a demonym ("Iranian"), i.e. an adjective standing for a country
    adjectival: bool = False
    #: an ISO country code the text puts this place in ("Iran's X province", "X, Iraq")
    container: str | None = None
    #: an admin-1 code the text puts this place in ("Gainesville, Ga.")
    region: str | None = None
    #: a small town with no locative cue: kept only if its country is named elsewhere
    weak: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = json.loads(
        resources.files("geomap").joinpath("lexicons/recognition.json").read_text("utf-8")
    )
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


@dataclass(slots=True)
class _Tok:
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


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_AFTER_COMMA = re.compile(
    r",\s+([A-Z][\w’' -]{1,30}?\.?|(?:[A-Z]\.)+[A-Za-z]*\.?)"
    r"(?=[,.;:)]|\s+(?:and|on|in|said)\b|\s*$|\s)"
)


#: letters with inner apostrophes: the plain words of ``_WORD``, found much faster
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: where a dotted abbreviation could start ("U.S.", "Ga.", "St."): few per article
_DOTTED_AT = re.compile(r"[A-Z][a-z]{0,5}\.")


def _word_spans(text: str, word: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of every word, exactly as ``word.finditer`` finds them.

    A scan with the full pattern tries its abbreviation alternatives at every
    character; scanning for plain words and re-reading only the few places where an
    abbreviation can start gives the same words in a third of the time."""
    spans = [m.span() for m in _PLAIN_WORD.finditer(text)]
    starts: list[int] | None = None
    for m in _DOTTED_AT.finditer(text):
        pos = m.start()
        if starts is None:
            starts = [a for a, _ in spans]
        k = bisect_left(starts, pos)
        if k == len(starts) or starts[k] != pos:
            continue  # not where a word starts, or inside an abbreviation already read
        end = word.match(text, pos).end()  # type: ignore[union-attr]
        if end > spans[k][1]:
            stop = bisect_left(starts, end, k + 1)
            spans[k:stop] = [(pos, end)]
            starts[k:stop] = [pos]
    return spans


def _tokens(text: str, word: re.Pattern[str]) -> list[_Tok]:
    """The words a place name can touch: every capitalised word, the connecting
    words between two of them ("Sistan and Baluchestan"), and the words right before
    and after (titles, prepositions, directions, type words). Other words are never
    part of a name, so no token is made for them: this is the hot loop."""
    connectors = _joining_words()
    spans = _word_spans(text, word)
    n = len(spans)
    kept: list[int] = []  # word indices to keep, increasing
    last = -10
    for k in [k for k, (a, _) in enumerate(spans) if text[a].isupper()]:
        low = k - 1
        if 1 < k - last <= 4 and all(
            text[spans[x][0] : spans[x][1]] in connectors for x in range(last + 1, k)
        ):
            low = last + 1  # "Sistan and Baluchestan": keep the words between
        if kept and kept[-1] >= low:
            low = kept[-1] + 1
        kept.extend(range(max(low, 0), min(k + 2, n)))
        last = k
    toks: list[_Tok] = []
    prev_end = -1
    for k in kept:
        start, end = spans[k]
        word = text[start:end]
        possessive = len(word) > 2 and word[-1] == "s" and word[-2] in "'’"
        if possessive:  # "Iran's": the name is "Iran"; the gap to the next word skips "'s"
            end -= 2
            word = word[:-2]
        join = None
        if toks:
            gap = text[prev_end:start]
            join = " " if gap == " " else "-" if gap == "-" else None
        toks.append(_Tok(start, end, word, word.lower(), word[:1].isupper(), possessive, join))
        prev_end = end + 2 if possessive else end
    return toks


@lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    """Lower-case words that may sit inside a name between capitalised words."""
    lex = _lexicon()
    return lex["connectors"] | lex["directions"]


def _ngrams(toks: list[_Tok]) -> dict[int, list[int]]:
    """Token spans worth looking up, as {first: [last, ...] longest first}: start
    capitalised or with a direction word, run through joined tokens, end on a
    capitalised token."""
    lex = _lexicon()
    directions, connectors = lex["directions"], lex["connectors"]
    n = len(toks)
    out: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        if not (t.cap or t.lower in directions):
            continue
        ends = []
        for j in range(i, min(n, i + MAX_TOKENS)):
            tj = toks[j]
            if j > i and (tj.join is None or not (tj.cap or tj.lower in connectors)):
                break
            if tj.cap:
                ends.append(j)
        if ends:
            out[i] = ends[::-1]
    return out


def _loose_ok(toks: list[_Tok], i: int, j: int) -> bool:
    """Loose spellings only for hyphenated or multi-word names of real words."""
    return all(len(t.text) >= 4 for t in toks[i : j + 1] if t.cap)


def _removed_tokens(toks: list[_Tok], article: Article) -> list[bool]:
    """For each token, whether it lies in page boilerplate (a span is dropped when any
    of its tokens does: they are joined by a space or hyphen, so nothing lies between)."""
    if not article.removed:
        return [False] * len(toks)
    # both in text order: one walk, not a scan of the boilerplate per token
    removed = sorted((r.start, r.end) for r in article.removed)
    flags = []
    k = 0
    for t in toks:
        while k < len(removed) and removed[k][1] <= t.start:
            k += 1
        flags.append(k < len(removed) and removed[k][0] < t.end)
    return flags


def _read(found: list[tuple[Place, str]], gazetteer: Gazetteer) -> _Reading:
    if any(c == "demonym" for _, c in found):
        # "Thai", "Indian": the adjective for a country, not a town listed under it
        found = [(p, c) for p, c in found if c == "demonym" or p.kind == "country"]
    best_kind = max(found, key=lambda pc: gazetteer.prior(*pc))[0].kind
    is_big = any(
        p.kind in ("country", "admin1", "region") or p.population >= 100_000 or c == "landmark"
        for p, c in found
    )
    demonym_only = all(c == "demonym" or p.kind == "country" for p, c in found) and any(
        c == "demonym" for _, c in found
    )
    return _Reading(
        tuple(found),
        best_kind,
        is_big,
        demonym_only,
        town=any(p.population >= SMALL_TOWN for p, _ in found),
        million=any(p.population >= 1_000_000 for p, _ in found),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a surface string's gazetteer entries say, before any context: the same
    for every occurrence, so it is worked out once per name and kept."""

    found: tuple[tuple[Place, str], ...]
    best_kind: str
    #: a country, province, region, landmark or city of 100,000 or more
    is_big: bool
    #: only a demonym (or its country): "Iranian"
    demonym_only: bool
    #: some reading has at least SMALL_TOWN people
    town: bool
    #: some reading has a million people or more
    million: bool


class Recogniser:
    """Finds place spans; holds the per-process caches of gazetteer key lookups and of
    what each name's entries say (news repeats the same few hundred names)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[str, list[tuple[Place, str]]] = {}
        self._readings: dict[tuple[str, bool], _Reading | None] = {}
        self._word = word_pattern(gazetteer.dotted_abbreviations)

    def _lookup(self, keys: set[str]) -> None:
        missing = [k for k in keys if k not in self._cache]
        if missing:
            if len(self._cache) > 200_000:
                self._cache.clear()
                self._readings.clear()
            self._cache.update(self.gazetteer.candidates_for_keys(missing))

    @staticmethod
    def _exact_keys(surface: str, single: bool) -> tuple[str, ...]:
        """Stored keys a surface is looked up under; acronyms and dotted abbreviations
        also match case-sensitively ("US", "Ga.")."""
        if (single and surface.isupper()) or "." in surface:
            return name_key(surface), surface
        return (name_key(surface),)

    def _reading(self, surface: str, single: bool, loose_ok: bool) -> _Reading | None:
        """The cached reading of a surface, or None when the gazetteer has no entry."""
        key = (surface, single)
        if key in self._readings:
            return self._readings[key]
        keys = self._exact_keys(surface, single)
        self._lookup(set(keys))
        acronym = single and surface.isupper() and len(surface) <= 4
        found = [
            (place, cls)
            for k in keys
            for place, cls in self._cache.get(k, ())
            # "UN" is not the town of Un; "us" is not the US
            if (cls == "abbr") == (k == surface) and not (acronym and cls != "abbr")
        ]
        if not found and not single and loose_ok:
            loose = loose_key(surface)
            if loose:
                self._lookup({loose})
                found = list(self._cache.get(loose, ()))
        reading = self._readings[key] = _read(found, self.gazetteer) if found else None
        return reading

    def find(self, article: Article) -> list[Span]:
        text = article.text
        lex = _lexicon()
        toks = _tokens(text, self._word)
        ends = _ngrams(toks)
        # one gazetteer query for every name of the article not seen before
        fresh = set()
        for i, js in ends.items():
            for j in js:
                surface = text[toks[i].start : toks[j].end]
                if (surface, i == j) not in self._readings:
                    fresh.update(self._exact_keys(surface, i == j))
        if fresh:
            self._lookup(fresh)
        removed = _removed_tokens(toks, article)
        lower_words = set(_LOWER_WORD.findall(text))
        self._lines: dict[int, bool] = {}
        persons: set[str] = set()
        placed: set[int] = set()
        spans: list[Span] = []
        i = 0
        n = len(toks)
        while i < n:
            best = None
            for j in ends.get(i, ()):
                surface = text[toks[i].start : toks[j].end]
                reading = self._reading(surface, i == j, j > i and _loose_ok(toks, i, j))
                if reading is not None:
                    best = (j, reading)
                    break
            if best is None:
                span = self._unresolved(toks, i, text, removed) if toks[i].cap else None
                if span:
                    spans.append(span)
                i += 1
                continue
            j, reading = best
            if not any(removed[i : j + 1]):
                span = self._accept(toks, i, j, reading, text, lex, lower_words, persons, placed)
                if span is not None:
                    spans.append(span)
                    placed.update(range(i, j + 1))
            i = j + 1
        # one sense per discourse: a surname seen as a person anywhere is never a place
        return [s for s in spans if s.text.lower() not in persons]

    # ------------------------------------------------------------------ rules

    def _title_case_line(self, text: str, pos: int) -> bool:
        """Headlines and teasers in Title Case make every word look like a name."""
        line_start = text.rfind("\n", 0, pos) + 1
        cached = self._lines.get(line_start)
        if cached is None:
            line_end = text.find("\n", pos)
            words = _LONG_WORD.findall(text, line_start, line_end if line_end >= 0 else len(text))
            cached = len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
            self._lines[line_start] = cached
        return cached

    def _starts_place(self, toks: list[_Tok], k: int) -> bool:
        """Whether a known place name starts at token k."""
        key = name_key(toks[k].text)
        self._lookup({key})
        return bool(self._cache.get(key))

    def _accept(self, toks, i, j, reading, text, lex, lower_words, persons, placed):
        """The span for tokens i..j (known to the gazetteer), or None when the signals
        around it say it is a person, an organisation or an ordinary word."""
        first, last = toks[i], toks[j]
        start, end = first.start, last.end
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        single = i == j
        best_kind, is_big = reading.best_kind, reading.is_big
        # a title or first name directly before: a person ("Minister Sharma", "John X")
        if prev is not None and last.join is not None and first.join is not None:
            if prev.lower.rstrip(".") in lex["titles"] or prev.lower in lex["first_names"]:
                persons.add(last.lower)
                return None
        # inside a longer capitalised name that is not a place: a person or organisation
        if (
            prev is not None
            and first.join is not None
            and prev.cap
            and i - 1 not in placed
            and not _sentence_start(text, prev.start)
        ):
            ordinary = (
                prev.lower in lex["directions"]
                or prev.lower in lex["connectors"]
                or prev.lower in lex["common_words"]  # "Two Indian soldiers", "An Israeli"
            )
            if not ordinary and (best_kind != "country" or not prev.possessive):
                if not is_big:  # "CBC Toronto" does not make Toronto a surname
                    persons.add(last.lower)
                return None
        if nxt is not None and nxt.join == " " and nxt.cap and nxt.lower in lex["org_words"]:
            if best_kind == "city" or nxt.lower in lex["media"]:
                return None  # "Washington Post", "Tehran Times"
        if nxt is not None and nxt.join == " " and nxt.lower in ("news", "agency"):
            return None
        if single:
            word = first.lower
            is_country = best_kind == "country"
            if word in lex["weekdays_months"] or word in lex["media"] or word in persons:
                return None
            if word in lex["directions"] or word.rstrip(".") in lex["titles"]:
                return None
            ordinary = word in lex["common_words"] or word in lex["first_names"]
            if not is_country and (ordinary or (word in lex["surnames"] and not is_big)):
                if not (prev is not None and prev.lower in lex["locative_prepositions"]):
                    return None
            if not is_country and word in lower_words:
                return None
            if nxt is not None and nxt.join == "-" and j + 1 not in placed and nxt.cap:
                if not self._starts_place(toks, j + 1):
                    return None  # part of a hyphenated name ("Wal-Mart", "Abu-Bakr")
            if best_kind == "city" and nxt is not None and nxt.join == " " and nxt.cap:
                if (
                    nxt.lower not in lex["type_words"]
                    and nxt.lower not in lex["org_words"]
                    and nxt.lower not in lex["weekdays_months"]  # "Toronto Saturday"
                    and nxt.lower not in lex["common_words"]
                ):
                    if not self._starts_place(toks, j + 1):
                        persons.add(nxt.lower)
                        return None  # a first name: "Scott Walker", "Madison Jones"
            if best_kind == "city" and not reading.million and _SAID.match(text, end):
                return None  # "Walker said"
        if not is_big and self._title_case_line(text, start):
            return None
        demonym_only = reading.demonym_only
        # extend over a following type word: "Balochistan province"
        kind_hint = None
        if nxt is not None and nxt.join == " ":
            if nxt.lower in lex["type_words"] and not demonym_only:
                kind_hint = lex["type_words"][nxt.lower]
                end = nxt.end
        if prev is not None and prev.lower in ("city", "town", "village"):
            if "of" in text[max(0, start - 25) : start].lower().split()[-1:]:
                kind_hint = kind_hint or "city"
        weak = False
        if not is_big and not demonym_only:
            cued = kind_hint is not None or (
                prev is not None and prev.lower in lex["locative_prepositions"]
            )
            weak = not cued and not reading.town
        container = region = None
        if prev is not None and prev.possessive and first.join == " ":
            hit = self._cache.get(name_key(prev.text), ())
            container = next((p.country for p, c in hit if p.kind == "country"), None)
        m = _AFTER_COMMA.match(text, end)
        if m:  # "Quetta, Balochistan", "Gainesville, Ga.", "Irbil, Iraq"
            name = m.group(1)
            keys = {name_key(name), name}
            self._lookup(keys)
            hit = [pc for k in keys for pc in self._cache.get(k, ())]
            outer = next((p for p, c in hit if p.kind in ("country", "admin1")), None)
            if outer is not None:
                container = container or outer.country
                region = outer.admin1 if outer.kind == "admin1" else None
        return Span(
            start,
            end,
            text[start:end],
            reading.found,
            kind_hint=kind_hint,
            adjectival=demonym_only,
            container=container,
            region=region,
            weak=weak,
        )

    def _unresolved(self, toks, i, text, removed) -> Span | None:
        """'Xyz province' or 'the town of Xyz' with an unknown Xyz: report it unresolved."""
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        typed = nxt is not None and nxt.join == " " and nxt.lower in ("province", "district")
        # cheap tests first: this runs for every capitalised word the gazetteer lacks
        if not typed:
            before = text[max(0, t.start - 20) : t.start].lower()
            if not before.endswith("of ") or not _NAMED.search(before):
                return None
        prev = toks[i - 1] if i > 0 else None
        if (prev is not None and prev.cap and t.join is not None) or not t.cap:
            return None
        lex = _lexicon()
        if t.lower in lex["common_words"] or t.lower in lex["weekdays_months"]:
            return None
        if removed[i] or _sentence_start(text, t.start):
            return None
        end = nxt.end if typed else t.end
        return Span(t.start, end, text[t.start : end], (), kind_hint="admin1" if typed else "city")


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of a sentence, paragraph or quotation."""
    before = text[max(0, pos - 3) : pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:\n•|—"


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_SAID = re.compile(r"\s+(?:said|says|told|added)\b")
_NAMED = re.compile(r"\b(?:town|city|village|district) of $")


_RECOGNISERS: dict[int, Recogniser] = {}


def find_spans(article: Article, gazetteer: Gazetteer) -> list[Span]:
    """Every place-name span in the article, in text order, outside boilerplate."""
    rec = _RECOGNISERS.get(id(gazetteer))
    if rec is None or rec.gazetteer is not gazetteer:
        rec = _RECOGNISERS[id(gazetteer)] = Recogniser(gazetteer)
    return rec.find(article)

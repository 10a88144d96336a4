"""Find place names in an article: spans of text and the gazetteer entries they could be.

A gazetteer matcher, not a statistical tagger: capitalised word sequences (with
connecting words such as "and", "of", and a leading direction such as "northern")
are looked up, longest first, under the gazetteer's normalised keys. What makes it
accurate is what it rejects, by general signals rather than lists of known names:

- people: a title before the name ("Foreign Minister X", "Gen. X"), a first name before
  it, or a surname already seen in such a position in the same article; the whole
  person's name is then no place, while a country in it keeps its name elsewhere
  (``geomap.nonplaces``);
- organisations and media: the name sits inside a longer capitalised name that is not
  a place ("Islamic State", "Washington Post"), begins a movement's name ("X Liberation
  Army"), or is a news agency or site; two small towns that make up a whole run are
  one name the gazetteer does not know ("Emerald Triangle");
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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer
from .models import Article, Place
from .names import article_keys, loose_key, name_key, with_article
from .nonplaces import NameSpan, one_unknown_name, organisation_end, person_extent
from .textwords import Entry, TextWords, Tok, is_letter, join_of, make_entry, make_tok, word_pattern

__all__ = ["Span", "find_spans"]

MAX_TOKENS = 6
#: towns below this population need a locative cue or their country in the article
SMALL_TOWN = 5_000
#: a city this large is a place in its own right even inside a longer capitalised run
BIG_TOWN = 100_000


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
    #: a name news writes only as "the X" for one of its readings ("the Kingdom",
    #: "the Gulf"): stands for whichever of its countries the article names
    definite: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = json.loads(
        resources.files("geomap").joinpath("lexicons/recognition.json").read_text("utf-8")
    )
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


_AFTER_COMMA = re.compile(
    r",\s+([A-Z][\w’' -]{1,30}?\.?|(?:[A-Z]\.)+[A-Za-z]*\.?)"
    r"(?=[,.;:)]|\s+(?:and|on|in|said)\b|\s*$|\s)"
)


#: letters with inner apostrophes: the plain words of ``_WORD``
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_UNREAD = object()


@lru_cache(maxsize=1)
def _upper_letters() -> str:
    """A character class of the upper-case letters (BMP): where a name can start."""
    letter = re.compile(r"[^\W\d_]")
    codes = [ord(c) for c in map(chr, range(0x80, 0x10000)) if c.isupper() and letter.match(c)]
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "A-Z" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """(capitalised word, the gap of connecting words inside a name, direction words
    as they end the text before a name)."""
    lex = _lexicon()
    cap_word = re.compile(rf"[{_upper_letters()}][^\W\d_]*(?:['’][^\W\d_]+)*")
    words = "|".join(sorted(map(re.escape, lex["connectors"]), key=len, reverse=True))
    connecting = re.compile(rf"[ -](?:(?:{words})[ -]){{1,3}}")
    ends = tuple(f"{d}{sep}" for d in sorted(lex["directions"]) for sep in " -")
    return cap_word, connecting, ends


def _loose_ok(chain: list[Entry], i: int, j: int) -> bool:
    """Loose spellings only for hyphenated or multi-word names of real words, and not
    for a direction before a name ("east Nigeria" is no misspelt province)."""
    if not chain[i][3]:
        return False
    return all(end - start >= 4 for start, end, _, cap in chain[i : j + 1] if cap)


def _maybe_unresolved(text: str, start: int, stop: int) -> bool:
    """A cheap first test for ``Recogniser._unresolved``: a type word after the word
    (which ends at ``stop``), or "of" before it."""
    if text[stop : stop + 2] in (" p", " P", " d", " D"):
        if text[stop : stop + 10].lower().startswith((" province", " district")):
            return True
    return text[max(0, start - 3) : start].lower() == "of "


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
        self._readings: dict[str, _Reading | None] = {}
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

    def _reading(self, surface: str, chain: list[Entry], i: int, j: int) -> _Reading | None:
        """The cached reading of tokens i..j, or None when the gazetteer has no entry
        (the surface decides: a single word never contains a space or hyphen)."""
        if surface in self._readings:
            return self._readings[surface]
        single = i == j
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
        if not found:
            found = self._with_article(surface)
        if not found and not single and _loose_ok(chain, i, j):
            loose = loose_key(surface)
            if loose:
                self._lookup({loose})
                found = list(self._cache.get(loose, ()))
        if found:
            found += self._shared_countries(keys[0], found)
        reading = self._readings[surface] = _read(found, self.gazetteer) if found else None
        return reading

    def _possessor(self, name: str, reading: _Reading) -> str | None:
        """The country of "X's" before a place: of a name several countries share
        ("Congo's North Kivu province"), the one the place lies in."""
        key = name_key(name)
        hit = self._cache.get(key, ())
        codes = [p.country for p, _ in hit if p.kind == "country" and p.country]
        codes += [c for c in _lexicon()["shared_short_names"].get(key, ()) if c not in codes]
        inside = (c for c in codes if any(p.country == c for p, _ in reading.found))
        return next(inside, codes[0] if codes else None)

    def _shared_countries(
        self, key: str, found: list[tuple[Place, str]]
    ) -> list[tuple[Place, str]]:
        """ "Congo": the other countries news writes the name for, as weaker readings
        that resolution prefers when the article names only them otherwise."""
        codes = _lexicon()["shared_short_names"].get(key, ())
        have = {p.id for p, _ in found}
        others = (self.gazetteer.country(c) for c in codes)
        return [(p, "loose") for p in others if p is not None and p.id not in have]

    def _with_article(self, surface: str) -> list[tuple[Place, str]]:
        """The places whose own name is this one with or without the Arabic article
        ("Qamishli" for "Al Qamishli", "Al-Fashaga" for "Fashaga")."""
        return with_article(surface, self._looked_up)

    def _looked_up(self, keys: Iterable[str]) -> dict[str, list[tuple[Place, str]]]:
        """The name cache, with ``keys`` looked up."""
        self._lookup(set(keys))
        return self._cache

    def _chains(self, txt: TextWords) -> list[list[Entry]]:
        """Runs of capitalised words joined by a space or hyphen, also through up to three
        connecting words ("Sistan and Baluchestan"), in text order. A direction word
        joined before a run ("northern Iraq") leads it. Only these can be names, so
        only these are read word by word; tokens are made for them only where a rule
        needs to read them (``_context``)."""
        text, word = txt.text, self._word
        cap_word, connecting, direction_ends = _patterns()
        directions = _lexicon()["directions"]
        chains: list[list[Entry]] = []
        chain: list[Entry] = []
        last_end = -1  # where the previous capitalised word ends (after any "'s")
        for m in cap_word.finditer(text):
            start, end = m.span()
            if start < last_end:
                continue  # inside an abbreviation already read whole ("U.S.")
            if start:
                before = text[start - 1]
                if before == ".":  # perhaps inside an abbreviation: read the word there
                    whole = txt.word_at(start)
                    if whole is None or whole[0] != start:
                        continue
                    end = whole[1]
                elif is_letter(before) or (
                    before in "'’" and start > 1 and is_letter(text[start - 2])
                ):
                    continue  # not the start of a word ("iPhone", "d’Ivoire")
            if end < len(text) and text[end] == ".":
                end = max(end, word.match(text, start).end())  # type: ignore[union-attr]
            entry = make_entry(text, start, end, True)
            gap = text[last_end:start] if chain else ""
            if gap == " " or gap == "-" or (last_end in txt.soft and gap.isspace()):
                chain.append(entry)
            elif chain and len(gap) <= 30 and connecting.fullmatch(gap):
                for w in _PLAIN_WORD.finditer(text, last_end, start):
                    chain.append((w.start(), w.end(), w.end(), False))
                chain.append(entry)
            else:
                chain = [entry]
                chains.append(chain)
                if start > 1 and text.endswith(direction_ends, 0, start):
                    lead = txt.word_before(start)
                    if lead is not None and lead[1] == start - 1:
                        if text[lead[0] : lead[1]].lower() in directions:
                            chain.insert(0, (lead[0], lead[1], lead[1], False))
            last_end = end
        return chains

    def _context(self, txt: TextWords, chain: list[Entry]) -> list[Tok | None]:
        """The run as tokens, with the word before and the word after it, as the rules
        read them (index 0 is the word before, or None at the start of the text)."""
        text = txt.text
        found = txt.word_before(chain[0][0])
        prev = make_tok(text, *found, None) if found is not None else None
        toks: list[Tok | None] = [prev]
        soft = txt.soft
        for start, _, stop, _ in chain:
            join = join_of(text, prev, start, soft) if prev is not None else None
            prev = make_tok(text, start, stop, join)
            toks.append(prev)
        found = txt.word_after(chain[-1][2])
        if found is None:
            toks.append(None)
        else:
            toks.append(make_tok(text, *found, join_of(text, prev, found[0], soft)))
        return toks

    def _prefetch(self, text: str, chains: list[list[Entry]]) -> None:
        """Look up every name of the article not seen before: one gazetteer query for
        the exact spellings, one for the loose keys of the longer names none matched."""
        fresh: dict[str, tuple[str, ...]] = {}
        longer: list[tuple[str, list[Entry], int, int]] = []
        for chain in chains:
            for i, (start, *_) in enumerate(chain):
                for j in range(i, min(len(chain), i + MAX_TOKENS)):
                    if chain[j][3]:
                        surface = text[start : chain[j][1]]
                        if surface not in self._readings and surface not in fresh:
                            fresh[surface] = self._exact_keys(surface, i == j)
                            if i != j:
                                longer.append((surface, chain, i, j))
        self._lookup({key for keys in fresh.values() for key in keys})
        unknown = [s for s, keys in fresh.items() if not any(self._cache.get(k) for k in keys)]
        self._lookup({v for surface in unknown for v in article_keys(surface)})
        loose = {
            loose_key(surface)
            for surface, chain, i, j in longer
            if not any(self._cache.get(k) for k in fresh[surface]) and _loose_ok(chain, i, j)
        }
        loose.discard("")
        self._lookup(loose)

    def find(self, article: Article) -> list[Span]:
        txt = TextWords(article, self._word)
        text = txt.text
        lex = _lexicon()
        chains = self._chains(txt)
        readings = self._readings
        prefetched = False
        self._lines: dict[int, bool] = {}
        #: the people and organisations found around place names, for callers and tests
        self.names: list[NameSpan] = []
        persons: set[str] = set()
        spans: list[Span] = []
        for chain in chains:
            n = len(chain)
            ctx: list[Tok | None] | None = None
            placed: set[int] = set()
            blocked: set[int] = set()  # tokens inside a person's or a group's name
            i = 0
            while i < n:
                start, _, stop, cap = chain[i]
                if (not cap and i) or i + 1 in blocked:  # no name starts there
                    i += 1
                    continue
                best = None
                for j in range(min(n, i + MAX_TOKENS) - 1, i - 1, -1):
                    if chain[j][3]:
                        surface = text[start : chain[j][1]]
                        reading = readings.get(surface, _UNREAD)
                        if reading is _UNREAD:
                            if not prefetched:  # a name not seen before: one query for all
                                self._prefetch(text, chains)
                                prefetched = True
                            reading = self._reading(surface, chain, i, j)
                        if reading is not None:
                            best = (j, reading)
                            break
                if best is None:
                    if cap and _maybe_unresolved(text, start, stop):
                        ctx = ctx or self._context(txt, chain)
                        span = self._unresolved(ctx, i + 1, text, txt)
                        if span:
                            spans.append(span)
                    i += 1
                    continue
                j, reading = best
                if not txt.is_removed(start, chain[j][1]):
                    ctx = ctx or self._context(txt, chain)
                    seen = (persons, placed, blocked)
                    span = self._accept(ctx, i + 1, j + 1, reading, text, lex, txt, seen)
                    if span is not None and blocked.isdisjoint(range(i + 1, j + 2)):
                        spans.append(span)
                        placed.update(range(i + 1, j + 2))
                i = j + 1
        # one sense per discourse: a name seen as a person's anywhere is no town there;
        # a country keeps its name ("Michael Jordan" and Jordan)
        spans = [s for s in spans if s.text.lower() not in persons or _names_a_state(s.candidates)]
        return _outside_groups(spans, self.names)

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

    def _starts_place(self, toks: list[Tok], k: int) -> bool:
        """Whether a known place name starts at token k."""
        key = name_key(toks[k].text)
        self._lookup({key})
        return bool(self._cache.get(key))

    def _person(self, toks, first: int, i: int, j: int, seen) -> None:
        """Record the person whose name starts at token ``first`` (a listed given name,
        or the word after a title) and holds the place name of tokens i..j: its tokens
        are no place, and from the place name on its words are no town elsewhere in
        the article ("President Vladimir Putin" and Vladimir)."""
        persons, _, blocked = seen
        last = person_extent(toks, j, len(toks) - 2, _lexicon()["name_particles"])
        blocked.update(range(first, last + 1))
        persons.update(toks[k].lower for k in range(i, last + 1) if toks[k].cap)
        self.names.append(NameSpan(toks[first].start, toks[last].end, "person"))

    def _accept(self, toks, i, j, reading, text, lex, txt, seen):
        """The span for tokens i..j (known to the gazetteer), or None when the signals
        around it say it is a person, an organisation or an ordinary word."""
        persons, placed, blocked = seen
        first, last = toks[i], toks[j]
        start, end = first.start, last.end
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        single = i == j
        best_kind, is_big = reading.best_kind, reading.is_big
        if name_key(text[start:end]) in lex["definite_names"]:
            return self._definite(toks, i, j, reading, text, blocked)
        # a title or first name directly before: a person ("Minister Sharma", "John X")
        if prev is not None and (first.join is not None or _abbreviated(prev, text)):
            full = nxt is not None and nxt.cap and nxt.join == " " and j + 1 < len(toks) - 1
            title = prev.lower.rstrip(".") in lex["titles"]
            if title and (first.join is not None or not is_big or full):
                self._person(toks, i, i, j, seen)
                return None
            # a given name only when it runs into this one: "Paul. Jordan closed the
            # border" is a sentence's end and the next one's start
            if first.join is not None and prev.lower in lex["first_names"]:
                self._person(toks, i - 1, i, j, seen)
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
                # "On Tuesday Peru recalled its envoy": a weekday is no first name
                or (prev.lower in lex["weekdays_months"] and prev.lower.endswith("day"))
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
            if word in lex["weekdays_months"] or word in lex["media"]:
                return None
            # a listed given name learnt as a person ("Scott West") still needs only
            # the locative cue that any given name needs ("all of Scott County")
            if word in persons and word not in lex["first_names"]:
                if not _names_a_state(reading.found):
                    return None
            if word in lex["directions"] or word.rstrip(".") in lex["titles"]:
                return None
            located = prev is not None and prev.lower in lex["locative_prepositions"]
            if not is_country and word in lex["org_words"] and not located:
                return None  # an institution's word ("the Economic Council") is no town
            ordinary = word in lex["common_words"] or word in lex["first_names"]
            if not is_country and (ordinary or (word in lex["surnames"] and not is_big)):
                if not (prev is not None and prev.lower in lex["locative_prepositions"]):
                    return None
            if not is_country and txt.in_lower_case(word):
                return None
            if nxt is not None and nxt.join == "-" and j + 1 not in placed and nxt.cap:
                if not self._starts_place(toks, j + 1):
                    return None  # part of a hyphenated name ("Wal-Mart", "Abu-Bakr")
            feature = _feature_after(toks, j, lex["feature_words"])
            # "the Poonch Sector": the words are no place of their own
            blocked.update(range(j + 1, j + 1 + feature))
            if best_kind == "city" and nxt is not None and nxt.join == " " and nxt.cap:
                if (
                    nxt.lower not in lex["type_words"]
                    and not feature  # "the Rafah Crossing"
                    and nxt.lower not in lex["org_words"]
                    and nxt.lower not in lex["weekdays_months"]  # "Toronto Saturday"
                    and nxt.lower not in lex["common_words"]
                ):
                    if not self._starts_place(toks, j + 1):
                        persons.add(nxt.lower)
                        return None  # a first name: "Scott Walker", "Madison Jones"
                    following = self._cache.get(name_key(nxt.text), ())
                    if (
                        j + 1 == len(toks) - 2  # the two words are the whole run
                        and not is_big
                        and one_unknown_name((reading.found, following), BIG_TOWN)
                    ):
                        blocked.add(j + 1)
                        return None  # "Emerald Triangle": one name, not two towns
            if best_kind == "city" and not reading.million and _SAID.match(text, end):
                return None  # "Walker said"
            if best_kind == "city" and not is_big and _OF_NAME.match(text, end):
                return None  # "the Line of Actual Control": the first word of a name
        if not is_big and self._title_case_line(text, start):
            return None
        if nxt is not None and nxt.cap and self._in_organisation(toks, j, reading, text, seen):
            return None
        demonym_only = reading.demonym_only
        # extend over a following type word: "Balochistan province"
        kind_hint = None
        # but a country is no province or city ("the U.S. capital", "US State
        # Department"), nor is what follows a possessive ("Georgia's capital")
        if nxt is not None and nxt.join == " " and not last.possessive:
            if not _countries_only(reading) and nxt.lower in lex["type_words"] and not demonym_only:
                kind_hint = lex["type_words"][nxt.lower]
                end = nxt.end
        if prev is not None and prev.lower in ("city", "town", "village"):
            if "of" in text[max(0, start - 25) : start].lower().split()[-1:]:
                kind_hint = kind_hint or "city"
        if prev is not None and prev.lower == "of" and not _countries_only(reading):
            kind_hint = kind_hint or _type_of(text, prev.start, lex["type_words"])
        weak = False
        if not is_big and not demonym_only:
            cued = kind_hint is not None or (
                prev is not None and prev.lower in lex["locative_prepositions"]
            )
            weak = not cued and not reading.town
        container = region = None
        if prev is not None and prev.possessive and first.join == " ":
            container = self._possessor(prev.text, reading)
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

    def _in_organisation(self, toks, j, reading, text, seen) -> bool:
        """Whether the place name ending at token j begins the name of a movement
        ("Kurdistan Workers' Party"); a country or demonym there still names its
        state ("Sudan People's Liberation Movement"): the group is that country's."""
        if reading.best_kind == "country" or reading.demonym_only:
            return False
        org_end = organisation_end(text, toks[j].end, _lexicon())
        if org_end is None:
            return False
        seen[2].update(k for k in range(j + 1, len(toks) - 1) if toks[k].end <= org_end)
        self.names.append(NameSpan(toks[j].start, org_end, "organisation"))
        return True

    def _definite(self, toks, i, j, reading, text, blocked: set[int]) -> Span | None:
        """A name news uses for a place only as "the X" that ends the name: "the
        Gulf", "the Levant", "the Kingdom" — not "the Gulf of Mexico", and not "the
        Gulf Coast", whose next word is then no place of its own either."""
        prev = toks[i - 1]
        k = j + 1
        while k < len(toks) - 1 and toks[k].cap and toks[k].join == " ":
            blocked.add(k)  # "Gulf Coast", "Gulf War": one name
            k += 1
        if prev is None or prev.lower != "the" or toks[i].join != " " or j != len(toks) - 2:
            return None
        start, end = toks[i].start, toks[j].end
        return Span(start, end, text[start:end], reading.found, definite=True)

    def _unresolved(self, toks, i, text, txt) -> Span | None:
        """'Xyz province' or 'the town of Xyz' with an unknown Xyz: report it unresolved."""
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        typed = nxt is not None and nxt.join == " " and nxt.lower in ("province", "district")
        if not typed:  # ``_maybe_unresolved`` let it through on "of" before it
            before = text[max(0, t.start - 20) : t.start].lower()
            if not before.endswith("of ") or not _NAMED.search(before):
                return None
        prev = toks[i - 1] if i > 0 else None
        if (prev is not None and prev.cap and t.join is not None) or not t.cap:
            return None
        lex = _lexicon()
        if t.lower in lex["common_words"] or t.lower in lex["weekdays_months"]:
            return None
        if txt.is_removed(t.start, t.end) or _sentence_start(text, t.start):
            return None
        end = nxt.end if typed else t.end
        found = self._with_local_suffix(t.text) if typed else []
        return Span(
            t.start, end, text[t.start : end], tuple(found), kind_hint="admin1" if typed else "city"
        )

    def _with_local_suffix(self, name: str) -> list[tuple[Place, str]]:
        """ "Kalbacar district": the province the gazetteer keeps only with its local
        word for a district ("Kalbacar rayonu")."""
        key = name_key(name)
        keys = {f"{key} {suffix}" for suffix in _lexicon()["admin_suffixes"]}
        self._lookup(keys)
        return [
            (p, c) for k in sorted(keys) for p, c in self._cache.get(k, ()) if p.kind == "admin1"
        ]


def _feature_after(toks: list[Tok | None], j: int, words: frozenset[str]) -> int:
    """How many feature words follow the town at token j and end the name ("the Rafah
    Crossing", "the Chaman Border Crossing"); 0 when there are none, or when they are
    inside a longer name ("Glen Crossing Road").

    >>> t = lambda w: Tok(0, 0, w, w.lower(), w[0].isupper(), False, " ")
    >>> words = {"border", "crossing"}
    >>> _feature_after([None, t("Chaman"), t("Border"), t("Crossing"), None], 1, words)
    2
    >>> _feature_after([None, t("Glen"), t("Crossing"), t("Road"), None], 1, words)
    0
    """
    k = j + 1
    while k < len(toks) and (tok := toks[k]) is not None and tok.join == " " and tok.lower in words:
        k += 1
    after = toks[k] if k < len(toks) else None
    if after is not None and after.cap and after.join is not None:
        return 0
    return k - j - 1


def _type_of(text: str, of: int, type_words: dict) -> str | None:
    """The kind a type word before "of" (at ``of``) gives the name after it: "the
    prefecture of Okinawa", "the province of Kandahar" (but "the capital of X" is no
    city named X).

    >>> _type_of("the province of Kandahar", 13, {"province": "admin1"})
    'admin1'
    """
    words = text[max(0, of - 16) : of].lower().split()
    word = words[-1] if words else ""
    return None if word == "capital" else type_words.get(word)


def _abbreviated(prev: Tok, text: str) -> bool:
    """Whether ``prev`` is a short word closed by a full stop, as titles are
    abbreviated, before a name ("Mr. Chad Smith", "Sen. Parsons"), rather than a
    sentence end. A big place alone after one ("Rev. Warren", "known as Mr.
    Arlington") is left to the other rules: a town is often named for a person."""
    return len(prev.text) <= 4 and prev.cap and text.startswith(". ", prev.end)


def _countries_only(reading: _Reading) -> bool:
    """Whether every reading of a name is a country (or its demonym)."""
    return all(p.kind == "country" for p, _ in reading.found)


def _outside_groups(spans: list[Span], names: list[NameSpan]) -> list[Span]:
    """The spans that lie outside every group's name, also where the name runs on past
    a possessive into the next run of capitals ("Punjab Workers' Israel Army" names no
    Israel)."""
    groups = [n for n in names if n.kind == "organisation"]
    if not groups:
        return spans
    return [s for s in spans if all(s.end <= g.start or s.start >= g.end for g in groups)]


def _names_a_state(found: Iterable[tuple[Place, str]]) -> bool:
    """Whether a name can be a country: a country keeps its place reading elsewhere
    in an article where it is also a person's name ("Michael Jordan" and Jordan);
    a town does not ("President Vladimir Putin" and Vladimir)."""
    return any(p.kind == "country" for p, _ in found)


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of a sentence, paragraph or quotation."""
    before = text[max(0, pos - 3) : pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:\n•|—"


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_SAID = re.compile(r"\s+(?:said|says|told|added)\b")
#: after a word: "of" and a capitalised word, the rest of a longer name
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")
_NAMED = re.compile(r"\b(?:town|city|village|district) of $")


_RECOGNISERS: dict[int, Recogniser] = {}


def find_spans(article: Article, gazetteer: Gazetteer) -> list[Span]:
    """Every place-name span in the article, in text order, outside boilerplate."""
    rec = _RECOGNISERS.get(id(gazetteer))
    if rec is None or rec.gazetteer is not gazetteer:
        rec = _RECOGNISERS[id(gazetteer)] = Recogniser(gazetteer)
    return rec.find(article)

"""Read the strikes and diplomatic actions an article states, sentence by sentence.

Why it works the way it does:

* An analyst's map needs *who did what to whom, where and when*, and every point
  must be traceable to the sentence that says so. So an event is only made from a
  trigger phrase in a sentence ("carried out raids", "summoned ... envoy"), and it
  keeps that sentence as its source.
* Trigger words, organisations and actor phrases live in data files
  (``geomap/lexicons/triggers.toml`` and ``actors.toml``, compiled by
  ``geomap.lexicon``) that a user can read and extend, never in this code. The rules
  here are general English news grammar: the party named before the trigger acts, the
  one after it (or the country of the place hit) is the target, "by X" names the actor
  of a passive, "the government" or "it" stands for the state last named as an actor,
  "the two sides" for the two states the article names most.
* News says one thing many times. The headline, the lead and a later paragraph
  often tell the same strike, and a "tit-for-tat" or "reciprocal strikes" sentence
  sums up several. So repeated reports of one strike in one article merge into one
  event with several sources, summaries make no event, and quoted speech, future
  or denied actions ("will strike", "did not attack") and back-references ("over
  the attack") start none.
* It must keep up with a pipeline of a thousand documents a second. A sentence whose
  words start no trigger phrase costs one set intersection (see ``geomap.lexicon``);
  the other phrases are looked for only in sentences with a trigger, and gazetteer
  answers (capitals, seats, demonyms) are cached.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .dates import DateMention, find_dates
from .gazetteer import Gazetteer, default_gazetteer
from .lexicon import Lexicon, Phrase, TriggerType, load_lexicon, stem_map
from .models import Article, Event, Mention, Place, Source
from .numbers import killed_count

__all__ = ["extract_events", "merge_events"]

#: what ``dict.get`` gives for a word the demonym cache has not seen
_UNKNOWN = object()
_KIND_ORDER = {"city": 0, "admin1": 1, "region": 2, "country": 3}
_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}

# --------------------------------------------------------------------------- text


def _fold_table() -> dict[int, str]:
    """One character to one character, so offsets never shift."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord(c): "'" for c in "‘’ʼ′`´"})
    table.update({ord(c): '"' for c in "“”„″«»"})
    table.update({ord(c): "-" for c in "‐‑‒–—―−"})
    table.update({ord(c): " " for c in "\u00a0\u2009\u202f\u200a\u2007\u200b"})
    return table


_FOLD = _fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(m: re.Match[str]) -> str:
    return _FOLD.get(ord(m.group()), m.group())


def _norm(text: str) -> str:
    """Lower-case, accents and quote styles folded, same length as ``text``."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold, text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    return low


# ------------------------------------------------------------------- gazetteer


class _Geo:
    """Cached gazetteer answers the extractor needs (capitals, seats, demonyms)."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.g = gazetteer
        self.lex = lexicon
        self._capital: dict[str, Place | None] = {}
        self._seat: dict[str, Place | None] = {}
        self._country: dict[str, Place | None] = {}
        self._demonym: dict[str, tuple[str, bool] | None] = {}
        #: the words ``demonym`` has answered so far (read-only for callers)
        self.known_demonyms = self._demonym

    def capital(self, cc: str) -> Place | None:
        if cc not in self._capital:
            place = self.g.capital(cc)
            if place is None and cc in self.lex.capitals:
                found = self.g.lookup(self.lex.capitals[cc], kinds=["city"], country=cc, limit=1)
                place = found[0].place if found else None
            self._capital[cc] = place
        return self._capital[cc]

    def is_capital(self, place: Place) -> bool:
        if place.kind != "city" or not place.country:
            return False
        cap = self.capital(place.country)
        return cap is not None and cap.id == place.id

    def seat(self, code: str) -> Place | None:
        if code not in self._seat:
            self._seat[code] = self.g.seat(code)
        return self._seat[code]

    def country(self, cc: str) -> Place | None:
        if cc not in self._country:
            self._country[cc] = self.g.country(cc)
        return self._country[cc]

    def home(self, code: str) -> Place | None:
        """Where an organisation (its seat) or a state (its capital) acts from.

        Organisation codes come first: "AU" is the African Union as an actor."""
        if code in self.lex.organisations:
            return self.seat(code) or self.capital(code)
        return self.capital(code) or self.seat(code)

    def demonym(self, word: str) -> tuple[str, bool] | None:
        """("PK", plural) when ``word`` is a country's demonym: "Israeli", "Pakistanis"."""
        if word not in self._demonym:
            if len(self._demonym) > 50_000:
                self._demonym.clear()
            found: tuple[str, bool] | None = None
            # the plural first: the gazetteer lists "Pakistanis" as a demonym too
            forms = ([(word[:-1], True)] if word.endswith("s") else []) + [(word, False)]
            for form, plural in forms:
                for c in self.g.lookup(form, demonyms=True, limit=3):
                    if c.matched == "demonym" and c.place.kind == "country" and c.place.country:
                        found = (c.place.country, plural)
                        break
                if found:
                    break
            self._demonym[word] = found
        return self._demonym[word]


_GEO: weakref.WeakKeyDictionary[Gazetteer, dict[int, _Geo]] = weakref.WeakKeyDictionary()


def _geo(gazetteer: Gazetteer, lexicon: Lexicon) -> _Geo:
    per = _GEO.setdefault(gazetteer, {})
    key = id(lexicon)
    if key not in per:
        per[key] = _Geo(gazetteer, lexicon)
    return per[key]


# ---------------------------------------------------------------------- records


@dataclass(slots=True)
class _Ent:
    """A party or place named in a sentence (offsets into the sentence)."""

    start: int
    end: int
    kind: str  # "state", "place", "org", "nonstate", "anaphor", "dyad"
    code: str | None
    place: Place | None = None
    prep: str = ""  # the preposition governing it: "in", "into", "from", "with" ...
    locative: bool = False  # "in X", "into X", "near the town of X"
    origin: bool = False  # "from X"
    possessive: bool = False  # "X's"
    adjectival: bool = False  # "Iranian"
    metonym: bool = False  # "Islamabad vows": the government, not the city
    attributive: bool = False  # "US Consulate": names a thing, not a party or a place
    target_noun: bool = False  # "Indian posts", "Pakistanis"
    victim: bool = False  # "two Indian soldiers were killed"
    group: int = -1  # index of the first entity of its coordinated group

    @property
    def agentive(self) -> bool:
        """Can this be the one who acts? Not a place hit, a victim or an object
        ("travelled to Beijing", "talks with Iran")."""
        return (
            self.kind in ("state", "org", "nonstate", "anaphor", "dyad")
            and not self.locative
            and not self.victim
            and self.prep not in _OBJECT_PREPS
        )


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    type: TriggerType
    joint: bool = False


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    rel: bool = False  # "which have urged restraint"
    after_rel: bool = False  # the verb phrase after a relative clause


@dataclass(slots=True)
class _Draft:
    """An event before merging and numbering."""

    family: str
    type: str
    actor: str | None
    target: str | None
    place: Place | None
    date: date | None
    precision: str | None
    killed: int | None
    confidence: float
    sources: list[Source]
    place_stated: bool = True
    #: told in the headline, which sums up and names places loosely
    headline: bool = False


# ---------------------------------------------------------------------- patterns


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: words that may stand between a preposition and a place: "in the disputed border town of X"
_LOC_MODS = _wordset(
    """the a an its his her their our two both northern southern eastern western central north
    south east west northeastern northwestern southeastern southwestern north-eastern
    north-western south-eastern south-western upper lower far disputed restive remote
    neighbouring neighboring occupied administered controlled border frontier mountainous
    rural capital city town village district province region area sector key strategic
    resort ancient historic nearby southernmost northernmost"""
)
#: nouns that make "<noun> of X" a locative ("the city of Irbil", "north of Kabul")
_OF_HEADS = _wordset(
    """north south east west northeast northwest southeast southwest city town village district
    districts province provinces region area outskirts part parts suburb suburbs heart
    centre center border borders edge"""
)
_PREPOSITIONS = _wordset(
    """in into inside at near nearby on onto across within along over around outside toward
    towards targeting targetting beyond off through throughout from with between against
    upon to by"""
)
_LOCATIVE_PREPS = _wordset(
    """in into inside at near nearby on onto across within along over around outside toward
    towards targeting targetting beyond off through throughout"""
)
_OBJECT_PREPS = _wordset("to with against upon")
_STRONG_PREPS = _wordset("into against targeting targetting on at upon")
_STOP_CHARS = frozenset(',;:.!?)"')


#: prepositions that make even a capital standing for its government a place hit
_PLACE_PREPS = frozenset({"in", "into", "near", "at", "outside", "around", "inside"})


def _prep_before(low: str, pos: int) -> str:
    """The preposition governing the name at ``pos`` ("in the city of X" -> "in"), or ""."""
    segment = low[max(0, pos - 70) : pos]
    # the last few words nearly always settle it: split off only those first, and the
    # whole stretch only when the reading runs past them
    words = segment.rsplit(None, _PREP_WORDS)
    if len(words) > _PREP_WORDS:
        found = _prep_in(words, 1)
        if found is not None:
            return found
        words = segment.split()
    return _prep_in(words, 0) or ""


#: how many words before a name ``_prep_before`` splits off first
_PREP_WORDS = 4


def _prep_in(words: list[str], lowest: int) -> str | None:
    """``_prep_before`` read on ``words``, or None when it needs a word below ``lowest``
    (``words[0]`` may hold several words)."""
    i = len(words) - 1
    while i >= lowest:
        w = words[i]
        if w[-1] in _STOP_CHARS:
            return ""
        if i > 0 and (w == "of" or w == "to"):
            if i - 1 < lowest:
                return None
            head = words[i - 1]
            if w == "of":
                if head in _OF_HEADS:
                    return "in"
                return "from" if head == "out" else "of"
            if head in ("close", "next"):
                return "near"
        if w in _PREPOSITIONS:
            return w
        if w in _LOC_MODS or ("-" in w and w.replace("-", "").isalpha()):
            i -= 1
            continue
        if w.endswith(("'s", "’s")) and i > 0:
            i -= 1  # "in Afghanistan's eastern Paktika province"
            continue
        return ""
    return None if lowest else ""


_EXCLUDED_PREFIX = re.compile(r"(?:anti|pro|non|post|pre|ex)-$")


def _excluded_prefix(low: str, a: int) -> bool:
    """ "anti-Iranian": the name at ``a`` is part of a prefixed word. A hyphen must be
    among the five characters before it, which a plain ``find`` rules out cheaply."""
    lo = max(0, a - 5)
    return low.find("-", lo, a) >= 0 and _EXCLUDED_PREFIX.search(low, lo, a) is not None


_PLACE_WORDS = re.compile(
    r"^\s+(?:Province|Provinces|District|Districts|Region|City|Valley|State|Governorate|"
    r"Oblast|County|Territory|Sector|Border|Division|Prefecture|Municipality|Town|Village|"
    r"Area|Strip|Bank|Heights|Corridor)\b"
)
_CAPITALISED_NEXT = re.compile(r"^\s+[A-Z][a-z]")
_CONNECTOR = re.compile(r"^(?:\s*(?:,|and|&|as\s+well\s+as|the|both|or)\s*)+$")
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:on|against|at|with|targeting|targetting|into|toward|towards|upon|to)\s+)?"
    r"(?:(?:the|a|an|two|its)\s+)?(?:[a-z-]+\s+)?$"
)
_BY_AGENT = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?by\s+(?:(?:the|both)\s+)?$")
_SAID_IT = re.compile(
    r"(\S+)\s+(?:said|says|claimed|claims|announced|stated|added|confirmed|admitted)"
    r"\s+(?:that\s+)?$"
)
#: "killed 58 Pakistani soldiers": the demonym names the victims, not the attackers
_KILLED_BEFORE = re.compile(
    r"(?:killed|killing|kills|wounded|wounding|injured|injuring|martyred|abducted|kidnapped)"
    r"\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+)?"
    r"(?:[\w,-]+\s+){0,2}$"
)
_MODIFIER_GAP = re.compile(r"(?:'s?)?\s+(?:[a-z][a-z-]*\s+)?")
_TITLE_GAP = re.compile(r"(?:'s?)?\s*(?:[a-z-]+\s+)?")
_POSSESSIVE_GAP = re.compile(r"'s?\s+")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
_AND_VERB = re.compile(r"(?<![\w'])and\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+)?$")
_BY_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?by\s")
_DEFINITE = re.compile(
    r"(?<![\w'])(?:the|these|those|this)\s+"
    r"(?:\"?([a-z][a-z-]*(?:ly|ed|al|ic|ous|ive|ful|ern|est|ing|ary))\"?\s+)?$"
)
_DETERMINER = re.compile(r"(?<![\w'])(?:the|these|those|this|its|their)\s+(?:[a-z-]+\s+)?$")
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])")
_QUOTE = re.compile(r"[\"“”]")
#: a relative clause after a name: "Russia, which ..."
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*$")
#: "since 2020", "until March": a period's bound, not the day something happened
_NOT_WHEN = re.compile(r"\b(?:since|until|till|before|by)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
#: "... officials said on Wednesday": the date of the report
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|stated|added)\s+(?:on\s+|late\s+)?$"
)
_WORD = re.compile(r"[\w'-]+")
# each alternative starts with a literal character, so re skips ahead cheaply
_CLAUSE_SEP = re.compile(
    r";\s*|:\s+| -+\s+|,\s+(?=(?:while|whereas|but|and|the\s+same\s+(?:day|week|month|night)"
    r"|a\s+move|which|who|whom|whose|prompting|forcing|even\s+as|a\s+day|hours|days)\b)"
    r"| (?=wh(?:ile|ereas)\s)"
    # "... killed on Wednesday when Pakistani troops shelled ...", not "after midnight"
    r"| (?=(?:after|when)\s+(?!(?:midnight|dawn|dusk|nightfall|sunset|sunrise|noon|hours|days"
    r"|weeks|months|years|talks|the\s|a\s|an\s|this\s|that\s|its\s)))"
)
#: the phrase sets read in a sentence with a trigger, in the order ``_sentence`` takes them
_PHRASE_SETS = ("negative", "actors", "denial", "reciprocal")
_REL_START = re.compile(r"(?:which|who|whom|whose)\b")
_COMMA = re.compile(r",\s+")

# ----------------------------------------------------------------------- public API


def extract_events(
    article: Article,
    mentions: Sequence[Mention],
    *,
    year_hint: int | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """The strikes and diplomatic actions ``article`` states, one event per happening.

    ``mentions`` are the article's resolved place mentions (``geomap.resolution.geoparse``).
    ``year_hint`` gives the year of dates such as "January 16" when the article has no
    publication date. Repeated reports of one event in the article are merged; ids are
    ``"<article id>:<n>"`` in order of first report.
    """
    lex = lexicon or load_lexicon()
    geo = _geo(gazetteer or default_gazetteer(), lex)
    reader = _ArticleReader(article, mentions, year_hint, geo, lex)
    drafts = reader.read()
    merged = _merge_drafts(drafts, lex, within_article=True)
    return [_event(f"{article.id}:{n}", _finish(d, geo)) for n, (_, d) in enumerate(merged, 1)]


def merge_events(events: Sequence[Event], *, lexicon: Lexicon | None = None) -> list[Event]:
    """Merge the reports of one happening across the articles of a run.

    Two events merge when they have the same family, compatible types, the same actor
    and target, places in the same country (or one unknown) and dates at most one day
    apart (or one unknown). The merged event keeps the first one's id, the most
    specific place, type and date, the largest death toll and every source.
    """
    lex = lexicon or load_lexicon()
    drafts = [
        _Draft(
            e.family,
            e.type,
            e.actor,
            e.target,
            e.place,
            e.date,
            e.date_precision,
            e.killed,
            e.confidence,
            list(e.sources),
        )
        for e in events
    ]
    merged = _merge_drafts(drafts, lex, within_article=False)
    return [_event(events[first].id, d) for first, d in merged]


def _event(eid: str, d: _Draft) -> Event:
    return Event(
        id=eid,
        family=d.family,
        type=d.type,
        actor=d.actor,
        target=d.target,
        place=d.place,
        date=d.date,
        date_precision=d.precision,
        killed=d.killed,
        confidence=round(d.confidence, 3),
        sources=tuple(d.sources),
    )


# ------------------------------------------------------------------- the reader


class _ArticleReader:
    """Reads one article; holds what earlier sentences established."""

    def __init__(
        self,
        article: Article,
        mentions: Sequence[Mention],
        year_hint: int | None,
        geo: _Geo,
        lex: Lexicon,
    ) -> None:
        self.article = article
        self.geo = geo
        self.lex = lex
        self.year_hint = year_hint
        self.mentions = sorted(
            (m for m in mentions if m.place is not None), key=lambda m: (m.start, m.end)
        )
        # what each mention says of its state, once per mention rather than per reading
        self._starts = [m.start for m in self.mentions]
        self._codes = [self._state_code(m) for m in self.mentions]
        self.recent: list[str] = []  # states/orgs named as subjects or actors, in order
        self.previous: date | None = None  # date of the last dated event
        self.dyad = self._dyad()
        self.dateline_cc = self._dateline_country()
        self._text = ""
        self._reciprocal: list[int] = []
        self._low = ""
        self._sentence_hits: list[_Hit] = []
        self._dates: dict[tuple[int, date | None, bool], tuple[date | None, str | None]] = {}
        self._found: dict[tuple[int, date | None], list[DateMention]] = {}

    # .................................................................. article facts

    def _state_code(self, m: Mention) -> str | None:
        p = m.place
        if p is None or not p.country:
            return None
        if p.kind == "country" or m.adjectival or m.metonym or self.geo.is_capital(p):
            return p.country
        return None

    def _dyad(self) -> tuple[str, str] | None:
        """The two states the article names most (ties: first named)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        article = self.article
        for m, cc in zip(self.mentions, self._codes, strict=True):
            if not cc or article.is_removed(m.start, m.end):
                continue
            counts[cc] += 1
            first.setdefault(cc, m.start)
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None

    def _partner(self, code: str) -> str | None:
        """The other of the article's two main states, when ``code`` is one of them."""
        if self.dyad and code in self.dyad:
            return self.dyad[1] if self.dyad[0] == code else self.dyad[0]
        return None

    def _dateline_country(self) -> str | None:
        span = self.article.dateline
        if span is None:
            return None
        for m in self.mentions:
            if m.start >= span[0] and m.end <= span[1] and m.place and m.place.country:
                return m.place.country
        return None

    # ...................................................................... reading

    def read(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        low_all = _norm(self.article.text)
        title = (self.article.title or "").strip()
        lex = self.lex
        keys = lex.triggers.keys
        for sent in self.article.sentences:
            if self.article.is_removed(sent.start, sent.end):
                continue
            low = low_all[sent.start : sent.end]
            stems = lex.stems(low)
            if keys.isdisjoint(stems):
                continue
            by_stem = stem_map(low, stems & keys)
            found = lex.triggers.matches(low, low, by_stem)
            if not found:
                continue
            # the other phrases (actors, negatives ...) only where a trigger is
            by_stem.update(stem_map(low, (stems & lex.all_keys) - keys))
            got = self._sentence(sent.start, sent.end, low, by_stem, found)
            if title and sent.text.strip() == title:
                for d in got:
                    d.headline = True
            drafts.extend(got)
        return drafts

    def _sentence(
        self,
        s0: int,
        s1: int,
        low: str,
        words: dict[str, list[int]],
        found: list[tuple[int, int, Phrase]],
    ) -> list[_Draft]:
        text = self.article.text[s0:s1]
        self._text = text
        self._dates = {}
        self._found = {}
        masked = _mask_quotes(text, low)
        self._low = low
        # every phrase set the sentence is read for, in one walk of its words; the
        # triggers again only when quoted speech was blanked
        if masked is low:
            bad, actors, denied, recip = self.lex.match_many(
                _PHRASE_SETS, masked, (masked, text, masked, masked), words
            )
        else:
            found, bad, actors, denied, recip = self.lex.match_many(
                ("triggers", *_PHRASE_SETS), masked, (masked, masked, text, masked, masked), words
            )
        hits = self._hits(masked, found, bad)
        if not hits:
            return []
        self._sentence_hits = hits
        ents = self._entities(s0, s1, text, low, masked, actors)
        clauses = _clauses(masked)
        speakers = self._speakers(ents, low)
        out: list[_Draft] = []
        src = Source(self.article.id, s0, s1, text)
        denials = [a for a, _, _ in denied]
        self._reciprocal = [a for a, _, _ in recip]
        for ci, clause in enumerate(clauses):
            chits = [h for h in hits if clause.start <= h.start < clause.end]
            if not chits:
                continue
            if denials:  # "Baku denied that its forces had shelled ...": no event
                chits = [h for h in chits if not any(clause.start <= a < h.start for a in denials)]
            strikes = [h for h in chits if h.type.family == "strike"]
            diplo = [h for h in chits if h.type.family == "diplomatic"]
            if strikes and diplo:
                # "summoned the envoy to protest the strikes": the strike is told elsewhere
                strikes = [
                    h
                    for h in strikes
                    if not _DETERMINER.search(masked, max(0, h.start - 30), h.start)
                ]
            if strikes:
                out.extend(
                    self._strike(text, low, masked, ents, clauses, ci, strikes, speakers, src)
                )
            if diplo:
                out.extend(self._diplomatic(text, low, ents, clauses, ci, diplo, speakers, src))
        self._remember(ents, speakers, out)
        return out

    # ...................................................................... triggers

    def _hits(
        self,
        masked: str,
        found: list[tuple[int, int, Phrase]],
        negative: list[tuple[int, int, Phrase]],
    ) -> list[_Hit]:
        """The sentence's triggers (``found``) that no ``negative`` phrase overlaps and
        no modal word precedes, one per stretch of text and family."""
        lex = self.lex
        hits = [_Hit(a, b, ph.payload, ph.joint) for a, b, ph in found]  # type: ignore[arg-type]
        if not hits:
            return []
        bad = [(a, b) for a, b, _ in negative]
        if bad:
            hits = [h for h in hits if not any(a < h.end and h.start < b for a, b in bad)]
        modal = lex.modality is not None
        # overlapping hits of one family: the most specific (lowest rank), then longest.
        # A hit a kept one overlaps goes, modal or not, so only the others are tested for
        # a modal word before them: the same as dropping the modal hits first
        hits.sort(key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
        kept: list[_Hit] = []
        for h in hits:
            if not any(
                k.type.family == h.type.family and k.start < h.end and h.start < k.end for k in kept
            ) and not (modal and self._modal(masked, h)):
                kept.append(h)
        kept.sort(key=lambda h: (h.start, h.type.rank))
        return kept

    def _modal(self, masked: str, h: _Hit) -> bool:
        words = _WORD.findall(masked[max(0, h.start - 60) : h.start])
        return self.lex.is_modal(" ".join(words[-self.lex.modality_window :]))

    def _reference(self, text: str, masked: str, clause: _Clause, h: _Hit) -> bool:
        if self._definite(text, masked, clause, h):
            return True
        return self._back_reference(text, masked, clause, h)

    def _definite(self, text: str, masked: str, clause: _Clause, h: _Hit) -> bool:
        """ "said the attack had ...": a definite strike noun with no party of its own."""
        m = _DEFINITE.search(masked, max(clause.start, h.start - 40), h.start)
        if m is None:
            return False
        if m.start(1) >= 0 and not text[m.start(1)].islower():
            return False
        return not _BY_AFTER.match(masked, h.end, h.end + 40)

    def _back_reference(self, text: str, masked: str, clause: _Clause, h: _Hit) -> bool:
        """ "over the attack": a strike noun pointing back at an event told elsewhere."""
        rx = self.lex.reference
        if rx is None:
            return False
        m = rx.search(masked, max(clause.start, h.start - 60), h.start)
        if m is None:
            return False
        word = m.start(1)
        return word < 0 or text[word].islower()

    # ...................................................................... entities

    def _entities(
        self,
        s0: int,
        s1: int,
        text: str,
        low: str,
        masked: str,
        actors: list[tuple[int, int, Phrase]],
    ) -> list[_Ent]:
        geo = self.geo
        ents: list[_Ent] = []
        mentions, codes = self.mentions, self._codes
        for k in range(bisect_left(self._starts, s0), len(mentions)):
            m = mentions[k]
            if m.start >= s1:
                break
            if m.end > s1 or m.place is None:
                continue
            a, b = m.start - s0, m.end - s0
            if masked[a] == " " and low[a] != " ":
                continue  # inside quoted speech
            if _excluded_prefix(low, a):
                continue  # "anti-Iranian group"
            cc = codes[k]
            ent = _Ent(a, b, "state" if cc else "place", cc, m.place)
            ent.adjectival = m.adjectival
            ent.metonym = m.metonym
            if m.adjectival:  # "Pakistanis": people, who can be the victims
                found = geo.demonym(m.text)
                ent.target_noun = bool(found and found[1])
            ents.append(ent)
        extra: list[_Ent] = []
        for a, b, ph in actors:
            if masked[a] == " ":
                continue
            kind, code = ph.payload  # type: ignore[misc]
            extra.append(_Ent(a, b, kind, code))
        # demonyms the place mentions do not carry ("Pakistanis", an adjective missed)
        covered = {x.start for x in ents}
        known = geo.known_demonyms
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            if known.get(word, _UNKNOWN) is None:
                continue  # a word already known to be no demonym: nothing below can count
            a, b = m.span()
            if a in covered or masked[a] == " " or any(x.start < b and a < x.end for x in ents):
                continue
            if _excluded_prefix(low, a):
                continue
            found = geo.demonym(word)
            if found:
                cc, plural = found
                e = _Ent(a, b, "state", cc, geo.country(cc), adjectival=True)
                e.target_noun = plural
                extra.append(e)
        # longer and earlier first; an organisation or title beats a place mention under it
        if len(extra) > 1:
            extra.sort(key=lambda e: (e.start, -(e.end - e.start)))
        for e in extra:
            clash = [x for x in ents if x.start < e.end and e.start < x.end]
            if not clash:
                ents.append(e)
            elif e.kind in ("org", "title") and all(
                x.kind in ("state", "place") and x.end - x.start <= e.end - e.start for x in clash
            ):
                for x in clash:
                    ents.remove(x)
                    e.place = e.place or x.place  # "at the White House": still a venue
                ents.append(e)
        ents.sort(key=lambda e: e.start)
        return self._annotate(ents, text, low)

    def _annotate(self, ents: list[_Ent], text: str, low: str) -> list[_Ent]:
        lex = self.lex
        out: list[_Ent] = []
        for e in ents:
            if e.kind == "title":
                prev = out[-1] if out else None
                gap = low[prev.end : e.start] if prev else ""
                if prev and prev.code and _TITLE_GAP.fullmatch(gap):
                    prev.end = e.end  # "NATO Secretary-General", "Iran's foreign ministry"
                    continue
                if e.code is None:
                    continue
                e.kind = "state" if len(e.code) == 2 and e.code.isupper() else "org"
            after = low[e.end : e.end + 60]
            e.possessive = after.startswith("'")
            e.prep = _prep_before(low, e.start)
            e.locative = e.prep in _LOCATIVE_PREPS
            e.origin = e.prep == "from"
            if out:
                prev = out[-1]
                gap = low[prev.end : e.start]
                if prev.possessive and _POSSESSIVE_GAP.fullmatch(gap):
                    e.locative = e.locative or prev.locative  # "in Iran's Sistan province"
                    e.origin = e.origin or prev.origin
                if _CONNECTOR.fullmatch(gap) and _kin(prev.kind) == _kin(e.kind):
                    e.group = prev.group if prev.group >= 0 else len(out) - 1
                    e.locative = e.locative or prev.locative
                    e.origin = e.origin or prev.origin
                    prev.group = e.group
            if e.kind == "state" and not e.adjectival and e.place is not None:
                tail = text[e.end : e.end + 40]
                e.attributive = bool(_CAPITALISED_NEXT.match(tail)) and not _PLACE_WORDS.match(tail)
            if e.kind == "state" and lex.target_nouns is not None:
                e.target_noun = e.target_noun or bool(lex.target_nouns.match(after))
                e.victim = bool(lex.victim_after and lex.victim_after.match(after)) or bool(
                    e.target_noun and _KILLED_BEFORE.search(low, max(0, e.start - 40), e.start)
                )
            out.append(e)
        return out

    def _speakers(self, ents: list[_Ent], low: str) -> list[str]:
        """Who the sentence is reported from ("Pakistan said", "according to Iran")."""
        rx = self.lex.speech
        out: list[str] = []
        for i, e in enumerate(ents):
            if e.kind not in ("state", "org") or not e.code or e.locative or e.victim:
                continue
            nxt = ents[i + 1].start if i + 1 < len(ents) else len(low)
            if low.startswith(",", e.end) and _RELATIVE_BEFORE.search(low, 0, e.start):
                continue  # "Russia, which has an alliance with Armenia, said": not Armenia
            said = rx is not None and rx.match(low[e.end : nxt])
            lo = max(0, e.start - 20)
            if said or (
                low.find("according", lo, e.start) >= 0 and _ACCORDING.search(low, lo, e.start)
            ):
                out.append(e.code)
        return out

    # ........................................................................ actors

    def _group(self, ents: list[_Ent], i: int) -> list[_Ent]:
        e = ents[i]
        if e.group < 0:
            return [e]
        return [x for x in ents if x.group == e.group]

    def _resolve(self, ents: list[_Ent], e: _Ent) -> list[str]:
        """Codes an agentive entity stands for; [] when unknown."""
        if e.kind in ("state", "org"):
            return [e.code] if e.code else []
        if e.kind == "dyad":
            return list(self.dyad) if self.dyad else []
        if e.kind == "anaphor":
            said = _SAID_IT.search(self._text, max(0, e.start - 60), e.start)
            if said is not None:
                # "Tehran said it ...": the sayer. A party we cannot map ("a militant
                # group said it", "Hezbollah said it") is no licence to guess a state.
                verb = said.end(1)
                for x in ents:  # "Russia, which ... with Armenia, said it": the antecedent
                    if x.end < verb and x.kind in ("state", "org") and x.code:
                        if _RELATIVE_AFTER.match(self._text, x.end):
                            return [x.code]
                for x in reversed(ents):
                    if x.end > verb or x.locative or x.victim:
                        continue
                    gap = self._text[x.end : verb]
                    if len(gap.split()) <= 3 and not any(c in gap for c in ',;"“”'):
                        if x.kind in ("state", "org"):
                            return [x.code] if x.code else []
                        if x.kind == "nonstate":
                            return []
                    break
                if said.group(1)[:1].isupper():
                    return []
            for x in reversed(ents):
                if (
                    x.end <= e.start
                    and x.kind in ("state", "org")
                    and x.code
                    and not x.locative
                    and not x.victim
                ):
                    return [x.code]
            if self.recent:
                return [self.recent[-1]]
        return []

    def _actor(
        self,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        low: str,
        h: _Hit,
        *,
        fronted: bool,
        after: _Hit | None = None,
        after_actor: list[_Ent] | None = None,
    ) -> tuple[list[_Ent], str]:
        """The entities acting in hit ``h`` and how they were found.

        ``after``/``after_actor``: an earlier trigger of the clause and its actor, which a
        later verb joined by "and" shares."""
        clause = clauses[ci]
        # "strikes by Iran", "a note released by Pakistan"
        for i, e in enumerate(ents):
            if e.start >= h.end and e.start < clause.end and e.agentive:
                if _BY_AGENT.match(low[h.end : e.start]):
                    return self._group(ents, i), "by"
                break
        # a non-state attacker named inside the trigger ("Gunmen ... killed")
        for e in ents:
            if h.start <= e.start < h.end and e.kind == "nonstate":
                return [e], "nonstate"
        # a demonym or possessive right on the trigger: "in Pakistani shelling"
        for i, e in enumerate(ents):
            if (
                e.end <= h.start
                and (e.adjectival or e.possessive)
                and e.kind == "state"
                and _MODIFIER_GAP.fullmatch(low, e.end, h.start)
            ):
                return self._group(ents, i), "before"
        if _PARTICIPLE.match(low, h.start) and low[max(0, h.start - 2) : h.start] == ", ":
            # ", urging both sides to ...": the subject of the clause acts
            for i, e in enumerate(ents):
                if clause.start <= e.start < h.start and e.agentive:
                    return self._group(ents, i), "before"
        if _AND_VERB.search(low, max(0, h.start - 20), h.start):
            # "Thailand expelled the envoy and recalled its own": the verbs share a subject
            if after is not None and after_actor:
                return after_actor, "before"
            for i, e in enumerate(ents):
                if clause.start <= e.start < h.start and e.agentive and e.prep in ("", "of"):
                    return self._group(ents, i), "before"
        # the nearest party named before the trigger in the clause
        for i in range(len(ents) - 1, -1, -1):
            e = ents[i]
            if e.end > h.start or e.start < clause.start:
                continue
            if e.agentive:
                return self._group(ents, i), "before"
        # a relative clause or the verb phrase after one: the antecedent
        if clause.rel or clause.after_rel:
            j = ci - 1
            while j >= 0 and clauses[j].rel and clause.after_rel:
                j -= 1
            if j >= 0:
                prev = clauses[j]
                for i in range(len(ents) - 1, -1, -1):
                    e = ents[i]
                    if prev.start <= e.start < prev.end and e.agentive:
                        return self._group(ents, i), "antecedent"
        # "During a visit to Pakistan, Iranian Foreign Minister X said"
        if fronted:
            comma = low.find(",", h.end, clause.end)
            if comma >= 0:
                for i, e in enumerate(ents):
                    if e.start > comma and e.start < clause.end and e.agentive:
                        if e.kind in ("state", "org"):
                            return self._group(ents, i), "fronted"
                        break
        return [], ""

    # ....................................................................... strikes

    def _strike(
        self,
        text: str,
        low: str,
        masked: str,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        hits: list[_Hit],
        speakers: list[str],
        src: Source,
    ) -> list[_Draft]:
        clause = clauses[ci]
        hits = [h for h in hits if not self._reference(text, masked, clause, h)]
        if not hits:
            return []
        anchor = hits[0]
        best = min(hits, key=lambda h: (h.type.rank, -(h.end - h.start), h.start))
        kind = best.type.type
        # the clause and the relative clauses hanging on it
        end = clause.end
        j = ci + 1
        while j < len(clauses) and clauses[j].rel:
            end = clauses[j].end
            j += 1
        actor_ents, how = self._actor(ents, clauses, ci, low, anchor, fronted=False)
        actor_codes: list[str] = []
        explicit = how in ("by", "before", "antecedent")
        for e in actor_ents:
            actor_codes += [c for c in self._resolve(ents, e) if c not in actor_codes]
        used = {id(e) for e in actor_ents}
        reciprocal = any(clause.start <= a < clause.end for a in self._reciprocal) or any(
            e.kind == "dyad" for e in actor_ents
        )
        # places the clause puts the strike in
        places = [
            e
            for e in ents
            if clause.start <= e.start < end
            and e.place is not None
            and id(e) not in used
            and (
                e.locative
                or (
                    e.start >= anchor.end
                    and _OBJECT_GAP.match(low, anchor.end, e.start) is not None
                )
            )
            and not e.attributive
            and (not e.adjectival or e.target_noun)
            # a government is no place hit ("..., Islamabad vows response"), unless a
            # preposition of its own governs it ("strikes in Islamabad")
            and (not e.metonym or _prep_before(low, e.start) in _PLACE_PREPS)
        ]
        # explicit targets: objects of the trigger, "into X", "on Iranian targets"
        targets: list[str] = []
        how_target = ""
        taken: set[int] = set()
        for e in ents:
            if e.start < anchor.end or e.start >= end or id(e) in used or e.attributive:
                continue
            code = e.code if e.kind == "state" else e.place.country if e.place else None
            if not code or e.kind not in ("state", "place") or e.origin:
                continue
            gap = low[anchor.end : e.start]
            direct = e.kind == "state" and (
                _OBJECT_GAP.match(gap) or (e.group >= 0 and e.group in taken)
            )
            strong = e.prep in _STRONG_PREPS
            if direct or strong or (e.kind == "state" and e.target_noun and not e.locative):
                if e.group >= 0:
                    taken.add(e.group)
                if code not in targets and code not in actor_codes:
                    targets.append(code)
                    how_target = "object"
        if not targets:
            victims = [
                e.code
                for e in ents
                if clause.start <= e.start < end
                and e.code
                and (e.victim or (e.target_noun and e.start > anchor.start and e.kind == "state"))
                and id(e) not in used
            ]
            for c in victims:
                if c not in targets and c not in actor_codes:
                    targets.append(c)
                    how_target = "victims"
        if not targets:
            for e in places:
                c = e.place.country if e.place else None
                if c and c not in targets and c not in actor_codes:
                    targets.append(c)
                    how_target = "place"
        if not targets and actor_codes and how != "nonstate":
            for c in speakers:
                if c not in actor_codes:
                    targets = [c]
                    how_target = "speaker"
                    break
        if kind == "clash" and len(actor_codes) >= 2 and not targets:
            targets = [actor_codes[1]]
            actor_codes = actor_codes[:1]
        if reciprocal or len(actor_codes) >= 2:
            if kind != "clash" and not (
                # a summary, unless it tells one precise place and day
                any(e.place and e.place.kind in ("city", "admin1") for e in places)
                and self._date(text, clauses, ci, strike=True)[1] == "day"
            ):
                return []
            pair = actor_codes or list(self.dyad or ())
            kind = "clash"
            if len(pair) >= 2:
                actor_codes, targets = [pair[0]], [pair[1]]
        actor = actor_codes[0] if actor_codes else None
        if not targets:
            if not places:
                return []  # no target, no place: nothing for the map, so no date or toll to read
            targets = [None]  # type: ignore[list-item]
        d, precision = self._date(text, clauses, ci, strike=True)
        count = None
        if len(targets) == 1:
            count = killed_count(text[clause.start : end])
            if count is None and len(clauses) > 1:
                # "Two soldiers were killed when troops shelled ...": the sentence's toll,
                # unless another strike of the sentence could claim it
                others = [c for c in clauses if c is not clause and self._has_strike(c)]
                if not others:
                    count = killed_count(text)
        drafts: list[_Draft] = []
        for t in targets:
            if t is None and not places:
                continue  # nothing to put on a map: "officials said the shelling began"
            place = _most_specific(
                [e.place for e in places if e.place and (e.place.country == t or t is None)]
            )
            if place is None and (how_target in ("victims", "object") or kind == "clash"):
                place = _most_specific(
                    [
                        e.place
                        for e in places
                        if e.place and (e.place.country not in targets or e.place.country is None)
                    ]
                )
            if place is None:
                place = _most_specific(
                    [e.place for e in places if e.place and e.place.country is None]
                )
            conf = 0.4
            conf += 0.2 if explicit and actor else 0.1 if actor or how == "nonstate" else 0.0
            conf += 0.15 if t and how_target in ("object", "victims", "place") else 0.05 if t else 0
            conf += 0.15 if place and place.kind != "country" else 0.08 if place else 0.0
            conf += 0.1 if d else 0.0
            drafts.append(
                _Draft(
                    "strike",
                    kind,
                    actor,
                    t,
                    place,
                    d,
                    precision,
                    count.value if count else None,
                    min(conf, 0.95),
                    [src],
                    place_stated=place is not None,
                )
            )
            if d is not None:
                self.previous = d
        return drafts

    def _has_strike(self, clause: _Clause) -> bool:
        return any(
            clause.start <= h.start < clause.end and h.type.family == "strike"
            for h in self._sentence_hits
        )

    # ................................................................... diplomatic

    def _diplomatic(
        self,
        text: str,
        low: str,
        ents: list[_Ent],
        clauses: list[_Clause],
        ci: int,
        hits: list[_Hit],
        speakers: list[str],
        src: Source,
    ) -> list[_Draft]:
        clause = clauses[ci]
        agreed = [h for h in hits if h.type.type == "agreement"]
        if agreed:  # "agreed to de-escalate and allow their ambassadors to return": one act
            first = agreed[0].start
            hits = [h for h in hits if h.start < first or h is agreed[0]]
        acts = [h for h in hits if h.type.type != "statement"]
        if acts:  # "summoned the envoy to lodge a protest": the protest is the summons
            hits = [h for h in hits if h.type.type != "statement" or h.start < acts[0].start]
        seen: set[str] = set()
        out: list[_Draft] = []
        prev_hit: _Hit | None = None
        prev_actor: list[_Ent] | None = None
        for h in hits:
            kind = h.type.type
            if kind in seen:
                continue
            seen.add(kind)
            actor_ents, how = self._actor(
                ents, clauses, ci, low, h, fronted=True, after=prev_hit, after_actor=prev_actor
            )
            prev_hit, prev_actor = h, actor_ents
            codes: list[str] = []
            for e in actor_ents:
                codes += [c for c in self._resolve(ents, e) if c not in codes]
            if not codes and speakers:
                codes, how = [speakers[0]], "speaker"
            if h.joint and len(codes) < 2:
                continue  # "Pakistan pledged to": a pledge only agrees when two pledge
            if not codes:
                continue
            used = {id(e) for e in actor_ents}
            after = [
                e
                for e in ents
                if e.start >= h.start
                and e.start < clause.end
                and id(e) not in used
                and e.kind in ("state", "place", "org")
            ]
            d, precision = self._date(text, clauses, ci)
            pairs = self._diplomatic_parties(kind, h, codes, after, low, speakers)
            for actor, target, place in pairs:
                if place is None:
                    place = _venue(ents, clause, low)
                conf = 0.45
                conf += 0.2 if how in ("by", "before", "antecedent", "fronted") else 0.1
                conf += 0.1 if target else 0.0
                conf += 0.1 if place else 0.0
                conf += 0.1 if d else 0.0
                out.append(
                    _Draft(
                        "diplomatic",
                        kind,
                        actor,
                        target,
                        place,
                        d,
                        precision,
                        None,
                        min(conf, 0.95),
                        [src],
                        place_stated=place is not None,
                    )
                )
            if d is not None and pairs:
                self.previous = d
        return out

    def _diplomatic_parties(
        self,
        kind: str,
        h: _Hit,
        codes: list[str],
        after: list[_Ent],
        low: str,
        speakers: list[str],
    ) -> list[tuple[str, str | None, Place | None]]:
        symmetric = h.type.symmetric
        states = [e for e in after if e.kind in ("state", "org") and e.code]
        if symmetric:
            if len(codes) >= 2:
                pair = codes[:2]
            else:
                others = [e for e in states if e.code != codes[0]]
                withs = [e for e in others if e.prep in ("with", "between")]
                partner = (withs or others)[0].code if others else None
                if partner is None:
                    partner = self._partner(codes[0])
                pair = [codes[0], partner] if partner else [codes[0]]
            if len(pair) == 2 and len(codes) >= 2:
                # a joint act: who announced it, else where it is reported from, else the party the
                # article is mostly about
                first = (
                    next((c for c in speakers if c in pair), None)
                    or (self.dateline_cc if self.dateline_cc in pair else None)
                    or (self.dyad[0] if self.dyad and self.dyad[0] in pair else None)
                )
                if first and pair[0] != first:
                    pair = [pair[1], pair[0]]
            return [(pair[0], pair[1] if len(pair) > 1 else None, None)]
        out: list[tuple[str, str | None, Place | None]] = []
        for actor in codes:
            target: str | None = None
            place: Place | None = None
            others = [e for e in after if e.code != actor or e.kind == "place"]
            if kind == "visit":
                dest = next((e for e in after if e.place is not None and e.code != actor), None)
                if dest is None:
                    dest = next((e for e in after if e.place is not None), None)
                if dest is not None and dest.place is not None:
                    target = dest.place.country
                    if dest.place.kind == "city":
                        place = dest.place
                    elif target:
                        place = self.geo.capital(target)
                if target == actor:
                    target = None
            elif kind in ("restraint appeal", "mediation offer"):
                named = {e.code for e in others if e.kind in ("state", "org") and e.code}
                if len(named) == 1 and not any(e.group >= 0 for e in others):
                    target = named.pop()
            else:
                target = next(
                    (e.code for e in others if e.kind in ("state", "org") and e.code), None
                )
                if target is None and kind in ("recall ambassador", "expel", "summon"):
                    target = self._partner(actor)
            out.append((actor, target, place))
        return out

    # .......................................................................... dates

    def _date(
        self, text: str, clauses: list[_Clause], ci: int, *, strike: bool = False
    ) -> tuple[date | None, str | None]:
        """The clause's own date; without one, that of the nearest earlier clause."""
        key = (ci, self.previous, strike)
        if key not in self._dates:
            self._dates[key] = self._clause_date(text, clauses, ci, strike)
        return self._dates[key]

    def _clause_date(
        self, text: str, clauses: list[_Clause], ci: int, strike: bool = False
    ) -> tuple[date | None, str | None]:
        """For a strike, a date that follows a reporting verb ("officials said on
        Wednesday") dates the report, not the strike, and does not count."""
        pub = self.article.published
        for j in range(ci, -1, -1):
            c = clauses[j]
            if j != ci and c.rel:
                continue  # "Malaysia, which chairs ASEAN this year, offered ..."
            # a clause's dates depend on it and ``previous`` only: read them once for the
            # strike and the diplomatic readings and for the later clauses that look back
            key = (j, self.previous)
            found = self._found.get(key)
            if found is None:
                found = self._found[key] = find_dates(
                    text[c.start : c.end],
                    published=pub,
                    previous=self.previous,
                    year_hint=self.year_hint,
                )
            if not found:
                continue
            best, rank = None, (9, 9)
            for m in found:
                if m.date is None or m.precision is None:
                    continue
                if strike and _REPORTED_ON.search(text, c.start, c.start + m.start):
                    continue
                if _NOT_WHEN.search(text, c.start, c.start + m.start):
                    continue  # "the worst fighting since 2020"
                r = (_PRECISION_ORDER[m.precision], 0 if m.kind == "absolute" else 1)
                if r < rank:
                    best, rank = m, r
            return (best.date, best.precision) if best else (None, None)
        return None, None

    # ....................................................................... context

    def _remember(self, ents: list[_Ent], speakers: list[str], drafts: list[_Draft]) -> None:
        subject = next(
            (e.code for e in ents if e.kind in ("state", "org") and e.code and e.agentive), None
        )
        for code in [subject, *speakers, *(d.actor for d in drafts)]:
            if code:
                self.recent.append(code)
        del self.recent[:-12]


# ----------------------------------------------------------------------- helpers


def _mask_quotes(text: str, low: str) -> str:
    """``low`` with quoted speech blanked out (short scare quotes are kept)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return low  # no quote mark (``_QUOTE``): most sentences, at the cost of three scans
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    n = len(text)
    for m in _QUOTE.finditer(text):
        p = m.start()
        ch = text[p]
        if ch == "“":
            opening = True
        elif ch == "”" or open_at is not None:
            opening = False
        else:
            prev = text[p - 1] if p else " "
            nxt = text[p + 1] if p + 1 < n else " "
            opening = prev.isspace() or prev in "([{-—–" or not (nxt.isspace() or nxt in ".,;:!?)")
        if opening:
            if open_at is None:
                open_at = p
        elif open_at is None:
            spans.append((0, p + 1, True))  # speech whose opening quote came earlier
        else:
            spans.append((open_at, p + 1, False))
            open_at = None
    if open_at is not None:
        spans.append((open_at, n, True))
    speech = [
        (a, b) for a, b, unmatched in spans if unmatched or len(_WORD.findall(text[a:b])) >= 4
    ]
    if not speech:
        return low
    out = list(low)
    for a, b in speech:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _clauses(masked: str) -> list[_Clause]:
    """Split a sentence into clauses at semicolons, colons, dashes and ", while" ..."""
    cuts: list[tuple[int, int]] = []  # (end of one clause, start of the next)
    for m in _CLAUSE_SEP.finditer(masked):
        cuts.append((m.start(), m.end()))
    out: list[_Clause] = []
    start = 0
    for a, b in cuts:
        if a > start:
            out.append(_Clause(start, a))
        start = b
    if start < len(masked):
        out.append(_Clause(start, len(masked)))
    if not out:
        return [_Clause(0, len(masked))]
    # a relative clause ends at its first comma; what follows is the main verb phrase
    final: list[_Clause] = []
    for c in out:
        if _REL_START.match(masked, c.start):
            comma = _COMMA.search(masked, c.start, c.end)
            if comma:
                final.append(_Clause(c.start, comma.start(), rel=True))
                final.append(_Clause(comma.end(), c.end, after_rel=True))
                continue
            c.rel = True
        final.append(c)
    return final


def _kin(kind: str) -> str:
    """Entity kinds that may be coordinated ("the United States and the EU")."""
    return "party" if kind in ("state", "org") else kind


def _venue(ents: list[_Ent], clause: _Clause, low: str) -> Place | None:
    """ "met in Doha", "shook hands ... in Islamabad": a city the clause puts it in."""
    for e in ents:
        if (
            clause.start <= e.start < clause.end
            and e.place is not None
            and e.place.kind == "city"
            and e.locative
            and e.prep in ("in", "at")
        ):
            return e.place
    return None


def _most_specific(places: Iterable[Place | None]) -> Place | None:
    best: Place | None = None
    for p in places:
        if p is not None and (best is None or _KIND_ORDER[p.kind] < _KIND_ORDER[best.kind]):
            best = p
    return best


def _finish(d: _Draft, geo: _Geo) -> _Draft:
    """Fill the place the text implies: the target country of a strike, the acting
    government's capital (or the organisation's seat) for a diplomatic action."""
    if d.place is not None:
        return d
    place: Place | None = None
    if d.family == "strike":
        if d.target and len(d.target) == 2:
            place = geo.country(d.target)
    elif d.actor:
        place = geo.home(d.actor)
    if place is None:
        return d
    # a new draft, as ``dataclasses.replace`` would make, without its introspection
    return _Draft(
        d.family,
        d.type,
        d.actor,
        d.target,
        place,
        d.date,
        d.precision,
        d.killed,
        d.confidence,
        d.sources,
        place_stated=False,
        headline=d.headline,
    )


# ------------------------------------------------------------------------ merging


def _places_compatible(a: Place | None, b: Place | None, *, within_article: bool) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    if within_article:
        if a.kind == "country" and b.country == a.country:
            return True
        return b.kind == "country" and a.country == b.country
    return a.country is not None and a.country == b.country


def _compatible(a: _Draft, b: _Draft, lex: Lexicon, *, within_article: bool) -> bool:
    if a.family != b.family or not lex.compatible_types(a.type, b.type):
        return False
    same = a.actor == b.actor and a.target == b.target
    sym = lex.types.get(a.type)
    if not same and sym is not None and sym.symmetric and a.type == b.type:
        same = a.actor == b.target and a.target == b.actor
    if not same:
        return False
    loose = not within_article or a.headline or b.headline
    if not _places_compatible(a.place, b.place, within_article=not loose):
        return False
    if a.date is None or b.date is None:
        return True
    if within_article:
        return a.date == b.date
    return abs((a.date - b.date).days) <= 1


def _signature(d: _Draft) -> tuple:
    """Everything ``_compatible`` reads of a draft."""
    return (
        d.family,
        d.type,
        d.actor,
        d.target,
        d.place.id if d.place else None,
        d.date,
        d.headline,
    )


def _merge_drafts(
    drafts: Sequence[_Draft], lex: Lexicon, *, within_article: bool
) -> list[tuple[int, _Draft]]:
    """The reports of each happening merged into one: (index of its first report, merged
    draft), in order of first report. A draft joins the first cluster all of whose
    members it is compatible with."""
    clusters: list[list[int]] = []
    # each cluster's distinct member readings: drafts that agree on every field the
    # test looks at need testing once, which keeps many copies of one report linear
    kinds: list[dict[tuple, int]] = []
    # compatible drafts share family and parties (in either order, for a symmetric
    # type), so a draft need only be tested against the clusters of its own parties,
    # still in order of first report
    by_parties: dict[tuple[str, frozenset[str | None]], list[int]] = {}
    for i, d in enumerate(drafts):
        sig = _signature(d)
        group = by_parties.setdefault((d.family, frozenset((d.actor, d.target))), [])
        for c in group:
            seen = kinds[c]
            if all(
                _compatible(drafts[j], d, lex, within_article=within_article) for j in seen.values()
            ):
                clusters[c].append(i)
                seen.setdefault(sig, i)
                break
        else:
            group.append(len(clusters))
            clusters.append([i])
            kinds.append({sig: i})
    return [
        (c[0], _combine([drafts[i] for i in c], lex, cross_article=not within_article))
        for c in clusters
    ]


def _combine(members: list[_Draft], lex: Lexicon, *, cross_article: bool) -> _Draft:
    if len(members) == 1:
        return members[0]
    first = members[0]
    kind = min(
        (m.type for m in members),
        key=lambda t: lex.types[t].rank if t in lex.types else 9,
    )
    # the body of the story is surer than its headline, which sums up loosely
    body = [m for m in members if not m.headline] or members
    stated = [m.place for m in body if m.place is not None and m.place_stated]
    place = _most_specific(stated) or _most_specific(m.place for m in members)
    dated = [m for m in body if m.date is not None and m.precision is not None]
    d, precision = None, None
    if dated:
        best_rank = min(_PRECISION_ORDER[m.precision] for m in dated)  # type: ignore[index]
        finest = [m for m in dated if _PRECISION_ORDER[m.precision] == best_rank]  # type: ignore[index]
        votes = Counter(m.date for m in finest)
        d = min(votes, key=lambda x: (-votes[x], x)) if cross_article else finest[0].date
        precision = finest[0].precision
    killed = [m.killed for m in body if m.killed is not None]
    sources = list(dict.fromkeys(s for m in members for s in m.sources))  # in order, once
    extra = len({(s.article, s.start) for s in sources}) - 1
    return _Draft(
        first.family,
        kind,
        first.actor,
        first.target,
        place,
        d,
        precision,
        max(killed) if killed else None,
        min(0.99, max(m.confidence for m in members) + 0.05 * extra),
        sources,
        place_stated=any(m.place_stated for m in members),
        headline=all(m.headline for m in members),
    )

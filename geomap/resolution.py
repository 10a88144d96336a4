"""Choose the one gazetteer entry each place mention means, and say why.

Candidates start from the gazetteer's context-free prior (kind, population, capital,
how the name matched). Then the article speaks: a country or province the article
names pulls its places up ("Irbil ... Iraq"); an explicit container ("Iran's X
province", "X, Iraq") pulls harder; a type word ("province", "city") prefers that
kind. Countries and unambiguous names are settled first, so they can serve as the
context for the rest. Each mention keeps its ranked candidates and the reason for
the choice, so a user can see why "Irbil" became Erbil.

A capital or country that stands for its government ("Islamabad said", "Tehran
summoned", "America responded", "Islamabad's envoy") is flagged ``metonym`` and still
resolves to the place.

The article's focus — the one country its names point to most often (a dateline
counting triple) — breaks ties between same-name places ("Punjab province" in a
story about Pakistan's army). A name news writes for one of several countries ("the
Kingdom") stands for the one of them the article names, and for none when it names
none or several; a short name two countries share ("Congo") stands for the one the
article names otherwise ("DRC", "Kinshasa"), and else for the gazetteer's reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import Gazetteer, default_gazetteer
from .mentions import Span, find_spans
from .models import Article, Candidate, Mention, Place
from .names import sound_skeleton

__all__ = ["geoparse", "geoparse_many"]

COUNTRY_NAMED = 25.0
ADMIN1_NAMED = 15.0
CONTAINER = 60.0
KIND_HINT = 30.0
PROVINCE_NAMESAKE = 30.0
#: "Belgorod region", "X province": the province, never the city of the same name
PROVINCE_WORD = 60.0
#: a name news writes for two countries ("Congo") stands for the one the article names
#: otherwise ("DRC", "Kinshasa")
NAMED_OTHERWISE = 60.0
#: the country the article is mostly about breaks ties ("Punjab" in a Pakistani story)
FOCUS = 8.0
#: how much a dateline ("ISLAMABAD (Reuters) -") counts towards the article's focus
DATELINE_WEIGHT = 3
MAX_CANDIDATES = 5

_GOVERNMENT_VERB = re.compile(
    r"^\s*(?:has |have |had |also |then |later |on \w+ |officially |publicly |quickly |"
    r"strongly |reportedly )?"
    r"(?:said|says|say|summoned|summons|responded|responds|accused|accuses|condemned|"
    r"condemns|announced|announces|recalled|recalls|denied|denies|claimed|claims|struck|"
    r"strikes|warned|warns|urged|urges|demanded|demands|retaliated|launched|launches|"
    r"vowed|vows|stated|told|insisted|rejected|rejects|agreed|agrees|blamed|blames|"
    r"protested|expelled|expels|confirmed|confirms|called|calls|attacked|attacks|"
    r"hit|targeted|targets|fired|carried|conducted|sent|sends|wants|will|would|is|was|"
    r"believes|sought|seeks|asked|offered|lodged|issued|reacted|reiterated|hopes|"
    r"considers|described|has been|must|should)\b"
)
_GOVERNMENT_NOUN = re.compile(
    r"^[’']s?\s+(?:\w+\s+)?(?:envoy|ambassador|charg[eé]|government|foreign|military|army|"
    r"forces|embassy|ministry|president|prime|leadership|officials|authorities|"
    r"response|retaliation|strikes?|attacks?|missiles?|drones?|decision|position|"
    r"statement|spokesman|spokesperson|defen[cs]e|security|troops|navy|air force|"
    r"diplomat|mission|consulate|regime|administration|cabinet|parliament)"
)
_BETWEEN = re.compile(r"between\s+$", re.IGNORECASE)
#: verbs whose object is a government: "blamed on Islamabad", "accused Tehran",
#: "pressure on Seoul"
_GOVERNMENT_OBJECT = re.compile(
    r"\b(?:blam(?:ed|es|ing)\s+(?:it\s+)?on|accus(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|"
    r"press(?:ed|es|ing)|summon(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    r"condemn(?:ed|s|ing)|told|asked|pressure\s+on|sanctions\s+(?:on|against))\s+$",
    re.IGNORECASE,
)


def _is_metonym(text: str, span: Span, place: Place, capitals: frozenset[str]) -> bool:
    """A capital, a country or a seat of power standing for the government."""
    if place.kind not in ("country", "city") or span.adjectival:
        return False
    if place.kind == "city" and place.id not in capitals:
        return False
    after = text[span.end : span.end + 60]
    if _GOVERNMENT_NOUN.match(text[span.end - 2 : span.end + 60]) or _GOVERNMENT_NOUN.match(after):
        return True
    if _GOVERNMENT_VERB.match(after):
        return True
    before = text[max(0, span.start - 40) : span.start]
    if place.kind != "city":
        return False
    if _BETWEEN.search(before) or _GOVERNMENT_OBJECT.search(before):
        return True  # "between Islamabad and Tehran", "blamed on Islamabad"
    return bool(
        re.search(r"\b(?:from|by|with|and)\s+$", before)
        and re.search(r"\b(?:condemnation|talks|cooperation|ties|relations|protest)\b", before)
    )


#: what ``_choose`` reads of an article's context, for each span's candidates
_Codes = tuple[frozenset[str], frozenset[str]]
#: a span's resolution: the place, the ranked candidates, the reason in words
_Choice = tuple[Place | None, tuple[Candidate, ...], str]


class Resolver:
    """Resolves the spans of one article after another.

    The choice for a span depends only on its text, its cues and which of its
    candidates' countries and provinces the article names, so choices are kept
    across articles: a feed names the same places in the same contexts all day."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._capitals = gazetteer.capital_ids
        self._choices: dict[tuple, tuple[tuple, _Choice | None]] = {}
        #: the country the article being resolved is mostly about (see ``_focus``)
        self._focus: str | None = None
        self._facts: dict[int, tuple[tuple, tuple[Place, bool, _Codes]]] = {}

    def _candidate_facts(self, span: Span) -> tuple[Place, bool, _Codes]:
        """(the candidate with the best prior, whether all candidates are one place,
        the countries and provinces of the candidates), kept per candidate list."""
        # keyed by the list's identity (spans of one name share it): hashing the places
        # would cost more than the lookup saves; the entry keeps the list alive
        entry = self._facts.get(id(span.candidates))
        if entry is not None and entry[0] is span.candidates:
            return entry[1]
        g = self.gazetteer
        top = max(span.candidates, key=lambda pc: g.prior(*pc))[0]
        places = [p for p, _ in span.candidates]
        codes = (
            frozenset(p.country for p in places if p.country),
            frozenset(p.admin1 for p in places if p.admin1),
        )
        facts = (top, len({p.id for p in places}) == 1, codes)
        if len(self._facts) > 100_000:
            self._facts.clear()
        self._facts[id(span.candidates)] = (span.candidates, facts)
        return facts

    def resolve(self, article: Article, spans: list[Span]) -> list[Mention]:
        countries: set[str] = set()
        admin1s: set[str] = set()
        # first pass: settle names with one reading (or a country reading) for context
        for span in spans:
            if not span.candidates or span.definite:
                continue
            top, unique, _ = self._candidate_facts(span)
            if top.kind == "country" or unique:
                if top.kind == "country" and not _several_countries(span):
                    countries.add(top.country or "")
                elif top.kind == "admin1" and top.admin1:
                    admin1s.add(top.admin1)
                    countries.add(top.country or "")
            if span.container:
                countries.add(span.container)
        self._focus = None
        first = [self._choice(span, countries, admin1s) for span in spans]
        self._focus = _focus(article.dateline, spans, first)
        # second pass: what the first pass placed is context for the ambiguous rest
        # (a name never vouches for itself: each span sees the countries and provinces
        # that the article's *other* names were placed in)
        vouch: dict[str, set[str]] = {}
        for span, choice in zip(spans, first, strict=True):
            if choice is not None and choice[0] is not None and not span.weak:
                for code in (choice[0].country, choice[0].admin1):
                    if code:
                        vouch.setdefault(code, set()).add(span.text)
        contexts: dict[str, tuple[set[str], set[str]]] = {}
        mentions = []
        for span, choice in zip(spans, first, strict=True):
            if choice is None or len(choice[1]) != 1 or span.weak:
                if span.text not in contexts:
                    others = {code for code, names in vouch.items() if names - {span.text}}
                    contexts[span.text] = (
                        countries | {c for c in others if len(c) == 2},
                        admin1s | {c for c in others if len(c) > 2},
                    )
                choice = self._choice(span, *contexts[span.text])
            if choice is not None:
                mentions.append(self._mention(article, span, choice))
        return mentions

    @staticmethod
    def _foreign_alias(span: Span, best: Candidate, countries: set[str]) -> bool:
        """A town reached only through an alternate name unlike its own ("Hamas" is
        listed for Hamm), in a country the article never names: not a mention. A
        spelling of the same sounds ("Zakho" for Zaxo) is like its own."""
        place = best.place
        if best.matched != "alt" or place.kind != "city" or place.country in countries:
            return False
        if span.container == place.country:
            return False
        return sound_skeleton(span.text) != sound_skeleton(place.name)

    def _choice(self, span: Span, countries: set[str], admin1s: set[str]) -> _Choice | None:
        """What a span resolves to in this context, or None when it is not a mention;
        shared by every span with the same text, cues and relevant context (news
        repeats names many times)."""
        if not span.candidates:
            return self._choose(span, countries, admin1s)
        _, _, (their_countries, their_admin1s) = self._candidate_facts(span)
        key = (
            span.text,
            span.kind_hint,
            span.container,
            span.region,
            span.weak,
            span.adjectival,
            span.definite,
            id(span.candidates),
            their_countries.intersection(countries),
            their_admin1s.intersection(admin1s),
            self._focus if self._focus in their_countries and len(their_countries) > 1 else None,
        )
        entry = self._choices.get(key)
        if entry is not None and entry[0] is span.candidates:
            return entry[1]
        choice = self._choose(span, countries, admin1s)
        if len(self._choices) > 100_000:
            self._choices.clear()
        self._choices[key] = (span.candidates, choice)
        return choice

    def _one_named(self, span: Span, countries: set[str]) -> _Choice | None:
        """For "the Kingdom": the one of its countries the article names, or no mention."""
        named = sorted({p.id: p for p, _ in span.candidates if p.country in countries}.items())
        if len(named) != 1:
            return None
        place = named[0][1]
        others = len({p.id for p, _ in span.candidates}) - 1
        reason = (
            f"{span.text!r} stands for one of {others + 1} countries;"
            f" {place.country} is the only one the article names"
        )
        return place, (Candidate(place, self.gazetteer.prior(place, "alt"), "alt"),), reason

    def _mention(self, article: Article, span: Span, choice: _Choice) -> Mention:
        place, candidates, reason = choice
        return Mention(
            article.id,
            span.start,
            span.end,
            article.text[span.start : span.end],  # as written, line breaks and all
            place,
            candidates,
            metonym=place is not None and _is_metonym(article.text, span, place, self._capitals),
            adjectival=span.adjectival,
            reason=reason,
        )

    def _choose(self, span: Span, countries: set[str], admin1s: set[str]) -> _Choice | None:
        """(place, ranked candidates, reason), or None when the span is not a mention."""
        g = self.gazetteer
        if not span.candidates:
            return None, (), "no gazetteer entry for this name"
        if span.definite and _shared(span):
            return self._one_named(span, countries)
        scored: dict[str, tuple[float, Candidate, list[str]]] = {}
        # the focus decides only between countries: "Punjab" (IN, PK), not "Springfield"
        focus = self._focus if len(self._candidate_facts(span)[2][0]) > 1 else None
        # a town named like a province it is not in ("California", Maryland) yields to
        # the province; a city inside its namesake province (Tehran) keeps its rank
        provinces = {p.admin1 for p, _ in span.candidates if p.kind == "admin1"}
        several = _several_countries(span)
        for place, cls in span.candidates:
            score = g.prior(place, cls)
            if place.kind == "city" and provinces and place.admin1 not in provinces:
                if place.population < 1_000_000:
                    score -= PROVINCE_NAMESAKE
            why = [place.kind + (f", population {place.population:,}" if place.population else "")]
            if place.kind != "country" and place.country in countries:
                score += COUNTRY_NAMED
                why.append(f"{place.country} named in the article")
            if several and place.kind == "country" and place.country in countries:
                score += NAMED_OTHERWISE
                why.append(f"one of several countries so named; {place.country} named otherwise")
            if place.kind == "city" and place.admin1 in admin1s:
                score += ADMIN1_NAMED
                why.append(f"province {place.admin1} named in the article")
            if span.container and place.country == span.container and place.kind != "country":
                score += CONTAINER
                why.append(f"the text places it in {span.container}")
            if span.region and place.admin1 == span.region and place.kind == "city":
                score += CONTAINER
                why.append(f"the text places it in {span.region}")
            if span.kind_hint and (
                place.kind == span.kind_hint
                or (span.kind_hint == "region" and place.kind == "admin1")
            ):
                score += KIND_HINT
                why.append(f"called a {span.kind_hint}")
            if place.kind == "city" and provinces and span.kind_hint in ("admin1", "region"):
                score -= PROVINCE_WORD  # "Belgorod region": not the city of Belgorod
            if focus and place.country == focus and place.kind != "country":
                score += FOCUS
                why.append(f"the article is mostly about {focus}")
            if cls not in ("name",):
                why.append(f"matched as {cls}")
            old = scored.get(place.id)
            if old is None or score > old[0]:
                scored[place.id] = (score, Candidate(place, round(score, 2), cls), why)
        ranked = sorted(scored.values(), key=lambda x: (-x[0], x[1].place.id))
        _, best, why = ranked[0]
        if self._foreign_alias(span, best, countries):
            return None
        if span.weak and best.place.country not in countries:
            return None  # a small town nothing else in the article supports
        others = len(ranked) - 1
        reason = "; ".join(why)
        if others:
            runner = ranked[1][1]
            reason += (
                f" — chosen over {others} other candidate{'s' if others > 1 else ''}"
                f" (next: {runner.place.name}, {runner.place.kind}, {runner.place.country},"
                f" score {runner.score})"
            )
        return best.place, tuple(c for _, c, _ in ranked[:MAX_CANDIDATES]), reason


def _several_countries(span: Span) -> bool:
    """Whether a name may be more than one country ("Congo")."""
    return len({p.id for p, _ in span.candidates if p.kind == "country"}) > 1


def _shared(span: Span) -> bool:
    """Whether a name stands for one of several countries ("the Kingdom")."""
    places = {p.id: p for p, _ in span.candidates}
    return len(places) > 1 and all(p.kind == "country" for p in places.values())


def _focus(
    dateline: tuple[int, int] | None, spans: list[Span], choices: list[_Choice | None]
) -> str | None:
    """The country an article is mostly about: the one its placed names (demonyms
    and containers included) point to most often, a dateline counting triple; None
    when two countries tie. "Punjab" in a story that names Pakistan five times and
    India twice is Pakistan's."""
    weights: dict[str, int] = {}
    for span, choice in zip(spans, choices, strict=True):
        place = choice[0] if choice is not None else None
        if place is not None and place.kind != "country" and _countries(choice) > 1:
            place = None  # still ambiguous between countries: it cannot vouch for one yet
        code = place.country if place is not None else span.container
        if code:
            in_dateline = dateline is not None and dateline[0] <= span.start < dateline[1]
            weights[code] = weights.get(code, 0) + (DATELINE_WEIGHT if in_dateline else 1)
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def geoparse(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """All place mentions of an article, resolved, in text order (unresolved included)."""
    g = gazetteer or default_gazetteer()
    return Resolver(g).resolve(article, find_spans(article, g))


def geoparse_many(
    articles: Iterable[Article], gazetteer: Gazetteer | None = None
) -> dict[str, list[Mention]]:
    """Geoparse several articles; returns mentions by article id."""
    g = gazetteer or default_gazetteer()
    resolver = Resolver(g)
    return {a.id: resolver.resolve(a, find_spans(a, g)) for a in articles}


def _countries(choice: _Choice) -> int:
    """How many countries a name's readings lie in ("Islamabad", city or territory,
    lies in one; "Punjab" in two)."""
    return len({c.place.country for c in choice[1]})

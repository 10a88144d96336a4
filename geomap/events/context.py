"""What an event takes from around its sentence: the town its paragraph names, the toll
of the sentence next to it.

News rarely says everything in one sentence: "Pakistani jets struck Afghanistan
overnight. The bombs fell on two villages in Khost province, killing eight." These
passes run once an article's sentences are read, over its draft events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..dates import find_dates
from ..lexicon import Lexicon, stem_map
from ..models import Article, Mention, Place, Sentence
from ..numbers import killed_count
from .geo import _Geo
from .records import _KIND_ORDER, _Draft
from .text import (
    _DETERMINER,
    _LOCATIVE_PREPS,
    OFFICE_NAME,
    _norm,
    _prep_before,
    not_where_it_fell,
)

__all__ = [
    "ArticleView",
    "accused_of_it",
    "agreed_at_the_meeting",
    "borrow_tolls",
    "filed_here",
    "meeting_venues",
    "paragraph_places",
    "referenced_tolls",
    "stated_places",
]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What the reader and the passes read of an article: its text and its resolved
    mentions in order, with their starts and the state each stands for (None for a
    plain place); the two states it names most (``dyad``), where the story was filed
    (``dateline``: the article's, or a place opening the story before a colon) and that
    place's country, its publication date and the year its undated days fall in (and
    the month, when the page's address gives it)."""

    article: Article
    mentions: Sequence[Mention]
    starts: Sequence[int]
    codes: Sequence[str | None]
    geo: _Geo
    lexicon: Lexicon
    dyad: tuple[str, str] | None = None
    dateline: tuple[int, int] | None = None
    dateline_country: str | None = None
    published: date | None = None
    year_hint: int | None = None
    #: an undated page's month, when its address gives one ("/2012/01/"): the month of
    #: the days it tells relative to its own ("yesterday", "on Tuesday")
    month: date | None = None
    #: the triggers of the sentences the passes have looked at, by folded text
    #: (``_triggers``): several passes ask about the same neighbouring sentences
    seen_triggers: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: the article's people (``people.people_of``), read on first use
    seen_people: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    #: where the article's sentences start (``sentence_index``), read on first use
    sentence_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def sentence_index(self, pos: int) -> int:
        """The index of the article's sentence that holds offset ``pos``."""
        if not self.sentence_starts:
            self.sentence_starts.extend(s.start for s in self.article.sentences)
        return bisect_left(self.sentence_starts, pos + 1) - 1

    def partner(self, code: str) -> str | None:
        """The other of the article's two main states, when ``code`` is one of them."""
        if self.dyad and code in self.dyad:
            return self.dyad[1] if self.dyad[0] == code else self.dyad[0]
        return None


def paragraph_places(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike placed no closer than a country, or a wide region, takes the town or
    province its paragraph names in the target country ("Pakistani jets struck
    Afghanistan ... The strikes hit two villages in Khost province"; "a drone strike in
    northern Iraq ... The car was hit near Zakho"); a headline looks in the lead."""
    text = view.article.text
    for d in drafts:
        if d.family != "strike" or not d.target or d.background:
            continue
        if d.place is not None and d.place.kind not in ("country", "region"):
            continue
        src = d.sources[0]
        # a headline looks in its paragraph and the lead's
        lo, hi = _paragraphs(text, src.start, src.end, 2 if d.headline else 1)
        # a clash is fought on either side of the line
        sides = {d.target, d.actor} if view.lexicon.is_two_sided(d.type) and d.actor else {d.target}
        place = _named_place(view, lo, hi, sides, own=(src.start, src.end))
        if place is None and not d.headline:
            place = _next_paragraph_place(view, drafts, hi, sides)
        if place is not None and (
            d.place is None or _KIND_ORDER[place.kind] < _KIND_ORDER[d.place.kind]
        ):
            d.place, d.place_stated = place, True


def _next_paragraph_place(
    view: ArticleView, drafts: list[_Draft], end: int, sides: set[str]
) -> Place | None:
    """ "Pakistani jets struck Afghanistan overnight." and, as a paragraph of its own,
    "Eight people were killed in Khost province.": news often gives a sentence its own
    paragraph, so a strike whose paragraph names no place takes the one the next
    paragraph puts something in ("in", "near"), when that paragraph tells no strike of
    its own."""
    text = view.article.text
    lo = end + 1
    while lo < len(text) and text[lo] == "\n":
        lo += 1
    if lo >= len(text):
        return None
    _, hi = _paragraphs(text, lo, lo)
    if any(d.family == "strike" and lo <= d.sources[0].start < hi for d in drafts):
        return None
    return _named_place(view, lo, hi, sides, located=True)


#: right before a place: a sentence saying where a strike told before it happened
#: ("the fighting occurred in", "the attack took place near the village of")
_OCCURRED_IN = re.compile(
    r"\b(?:the|this|that|these|(?:mon|tues|wednes|thurs|fri|satur|sun|yester)day's"
    r"|today's)\s+(?:(?:latest|deadly|border|reported|[a-z]+-[a-z]+)\s+){0,2}"
    r"(?:fighting|clash|clashes|skirmish|skirmishes|attack|attacks|strike|strikes|shelling"
    r"|bombing|bombardment|raid|incident|exchange\s+of\s+fire|firing|shooting)\s+"
    r"(?:had\s+|has\s+|have\s+|reportedly\s+)?"
    r"(?:occurred|took\s+place|happened|broke\s+out|erupted|was|were)\s+"
    r"(?:(?:in|at|near|around|close\s+to|along)\s+)(?:the\s+)?"
    r"(?:(?:border\s+)?(?:town|village|city|district|area|province|region)\s+of\s+)?"
    # a village the gazetteer may lack, then where it lies: "in Ban Tha, a sub-district of"
    r"(?:[^,.;]{1,30},\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:village|hamlet|town|sub-district"
    r"|district|settlement|area|locality|community)\s+(?:of|in|near)|also\s+in|near|in)\s+)?$"
)


def stated_places(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike told with no place finer than a province takes the town a later
    sentence of its paragraph, or the next, says it happened in: "Two soldiers died in
    border clashes with Peru, the army said. The fighting occurred in Tumbes district,
    a local official added." A village the gazetteer lacks passes on to where it lies
    ("occurred in Ban Nong, a sub-district of Surin province's Kap Choeng district").
    The place must lie in the target's country (either side's, for a clash) and be
    finer than the strike's own."""
    if not any(d.family == "strike" and not d.background for d in drafts):
        return
    text = view.article.text
    chain = -1  # where the last place said to be the strike's ends
    for m in view.mentions:
        p = m.place
        if p is None or p.kind == "country" or m.metonym or m.adjectival:
            continue
        before = _norm(text[max(0, m.start - 80) : m.start])
        said = _OCCURRED_IN.search(before) or (
            chain >= 0 and _POSSESSIVE_NEXT.fullmatch(text, chain, m.start)
        )
        if not said or view.article.is_removed(m.start, m.end):
            continue
        d = _told_before(view, drafts, m.start)
        if d is None:
            continue
        sides = {d.target, d.actor} if view.lexicon.is_two_sided(d.type) else {d.target}
        finer = d.place is None or _KIND_ORDER[p.kind] < _KIND_ORDER[d.place.kind]
        if p.country in sides and finer:
            d.place, d.place_stated = p, True
            chain = m.end


#: between a province and a place in it: "Surin province's Kap Choeng district"
_POSSESSIVE_NEXT = re.compile(r"(?:\s+(?:province|region|state|district))?['’]s\s+")


#: a strike told at the place the story was filed from: "shells hit a house here"
_HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were|said|say|says|told)\b)")
#: right before "here": who reports there, not a strike ("officials here said")
_REPORTED_HERE = re.compile(
    r"\b(?:officials?|sources?|authorities|diplomats?|analysts?|reporters|journalists|said"
    r"|told|announced|briefing|conference|residents)\s+$"
)


def filed_here(view: ArticleView, drafts: list[_Draft]) -> None:
    """ "KOTLI, Pakistan — Indian shells hit a house here on Monday": a strike its own
    sentence says happened "here" takes the town the story was filed from, when that
    town lies in the target's country (either side's, for a clash) and the strike has
    no town of its own; not "officials here said", nor a capital's "here", which speaks
    for its government."""
    if view.dateline is None:
        return
    lo = view.dateline[0]
    k = bisect_left(view.starts, lo)
    filed = view.mentions[k].place if k < len(view.mentions) and view.starts[k] == lo else None
    if filed is None or filed.kind != "city" or view.geo.is_capital(filed):
        return  # a capital's "here" is its government's
    text = view.article.text
    for d in drafts:
        if d.family != "strike" or d.background or (d.place and d.place.kind == "city"):
            continue
        src = d.sources[0]
        low = _norm(text[src.start : src.end])
        if not any(not _REPORTED_HERE.search(low, 0, m.start()) for m in _HERE.finditer(low)):
            continue
        sides = {d.target, d.actor} if view.lexicon.is_two_sided(d.type) else {d.target}
        if filed.country in sides:
            d.place, d.place_stated = filed, True


def _told_before(view: ArticleView, drafts: list[_Draft], pos: int) -> _Draft | None:
    """The last current strike told before ``pos`` in its paragraph or the one before."""
    text = view.article.text
    lo, _ = _paragraphs(text, pos, pos)
    lo = _paragraph_before(text, lo)
    found = None
    for d in drafts:
        start = d.sources[0].start
        if d.family == "strike" and not d.background and not d.headline and lo <= start < pos:
            if found is None or start > found.sources[0].start:
                found = d
    return found


def _paragraph_before(text: str, lo: int) -> int:
    """Where the paragraph before the one starting at ``lo`` starts, over blank lines.

    >>> _paragraph_before("One.\\n\\nTwo.\\nThree.", 11)
    6
    >>> _paragraph_before("One.\\n\\nTwo.", 6)
    0
    """
    end = lo - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    return text.rfind("\n", 0, max(0, end)) + 1 if end > 0 else 0


def _paragraphs(text: str, start: int, end: int, count: int = 1) -> tuple[int, int]:
    """The span of the paragraph (line) holding ``start:end`` and of the ``count`` - 1
    after it.

    >>> _paragraphs("One.\\nTwo. Three.\\nFour.", 9, 15)
    (5, 16)
    >>> _paragraphs("One.\\nTwo. Three.\\nFour.", 9, 15, 2)
    (5, 22)
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    for _ in range(count - 1):
        if hi < 0:
            break
        hi = text.find("\n", hi + 1)
    return lo, len(text) if hi < 0 else hi


def _named_place(
    view: ArticleView,
    lo: int,
    hi: int,
    countries: set[str],
    own: tuple[int, int] = (0, 0),
    located: bool = False,
) -> Place | None:
    """The first town, province or region named between ``lo`` and ``hi`` in one of
    ``countries`` (only one a preposition of place governs, when ``located``): not a
    capital, which a paragraph names for its government, unless the strike's ``own``
    sentence puts something there ("... struck Iran, with blasts heard in the capital
    Tehran")."""
    k = bisect_left(view.starts, lo)
    dateline = view.dateline or (0, 0)
    for m in view.mentions[k:]:
        if m.start >= hi:
            break
        if dateline[0] <= m.start < dateline[1]:
            continue  # "YEREVAN, Armenia (AP) —": where the report was filed
        p = m.place
        if (
            p is not None
            and p.kind != "country"
            and p.country in countries
            and (not view.geo.is_capital(p) or _located_in(view.article.text, m, own))
            and not m.metonym
            and not m.adjectival
            and not view.article.is_removed(m.start, m.end)
            and (not located or _governed(view.article.text, m, lo))
            and not _not_where_it_fell(view.article.text, m)
        ):
            return p
    return None


def _not_where_it_fell(text: str, m: Mention) -> bool:
    """ "The wounded were taken to a hospital in Tyre", "..., an official told reporters
    in Bishkek", "troops stationed in Nakhchivan": a town named as where the wounded
    went, a report was given or troops are posted (``text.not_where_it_fell``)."""
    before = _norm(text[max(0, m.start - 70) : m.start])
    return not_where_it_fell(before, len(before))


def _governed(text: str, m: Mention, lo: int) -> bool:
    """Whether a preposition of place governs the mention: "killed in Khost"."""
    before = _norm(text[max(lo, m.start - 70) : m.start])
    return _prep_before(before, len(before)) in _LOCATIVE_PREPS


#: right before a capital: an office or a person there, which names the government
#: ("summoned the ambassador in Dhaka", "told reporters in Tehran")
_OFFICE_IN = re.compile(
    r"\b(?:ambassador|envoy|embassy|ministry|ministers?|government|officials?|diplomats?"
    r"|charg[eé] d'affaires|reporters|journalists|press\s+conference|talks|meeting|summit)"
    r"\s+(?:based\s+)?in\s+(?:the\s+capital\s*,?\s*)?$"
)


#: right before a capital: the office a report is attributed to ("..., the army
#: command in the capital Bamako reported", "according to the Ministry of the
#: Interior in Quito"), not an office that was hit ("missiles hit the ministry in Kyiv")
_REPORTED_BY_OFFICE = re.compile(
    r"\b(?:reported|according\s+to|said|told|cited|citing|quoting|quoted\s+by)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+)?(?:ministry|office|department|government|army|military|command)\s+"
    r"(?:" + OFFICE_NAME + r")?in\s+(?:the\s+capital\s*,?\s*)?$"
)


def _located_in(text: str, m: Mention, own: tuple[int, int]) -> bool:
    """ "explosions were heard in the capital Tehran": a place the sentence at ``own``
    governs with a preposition of place, but not one an office in it is named for
    ("summoned the ambassador in Tehran after shells landed in the border area")."""
    if not own[0] <= m.start < own[1] or not _governed(text, m, own[0]):
        return False
    before = _norm(text[max(own[0], m.start - 70) : m.start])
    return _OFFICE_IN.search(before) is None and _REPORTED_BY_OFFICE.search(before) is None


def same_paragraph(text: str, a: Sentence, b: Sentence) -> bool:
    """Whether no line break of ``text`` falls between sentences ``a`` and ``b``."""
    first, second = sorted((a, b), key=lambda x: x.start)
    return "\n" not in text[first.end : second.start]


def _codes_in(view: ArticleView, sentence: Sentence) -> set[str]:
    """The states a sentence names."""
    lo = bisect_left(view.starts, sentence.start)
    hi = bisect_left(view.starts, sentence.end)
    return {c for c in view.codes[lo:hi] if c}


def borrow_tolls(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike told without its toll takes the toll of the sentence right before or
    after it in the same paragraph, when that sentence tells no strike of its own:
    "Two border guards were killed on Monday. Saudi artillery shelled the area ...";
    a strike told in a paragraph of its own, as news sites print each sentence of a
    lead, takes the toll of the paragraph after it."""
    sentences = view.article.sentences
    told = {view.sentence_index(src.start) for d in drafts for src in d.sources}
    text = view.article.text
    for d in drafts:
        if d.family != "strike" or d.killed is not None or d.headline:
            continue
        i = view.sentence_index(d.sources[0].start)
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(sentences) or j in told:
                continue
            if view.article.is_removed(sentences[j].start, sentences[j].end):
                continue  # page furniture
            if not same_paragraph(text, sentences[i], sentences[j]) and not (
                j == i + 1 and _alone(text, sentences[i])
            ):
                continue  # another paragraph
            if d.actor and not _both_sides(view, d) and d.actor in _codes_in(view, sentences[j]):
                continue  # "its servicemen had been killed": the attacker's own losses
            if _tells_a_strike(view, sentences[j].text):
                continue  # a strike told in quotes, which the reader leaves out
            if _another_time(view, sentences[j].text):
                continue  # "In 2019, twenty people were killed in the area"
            if _another_incident(sentences[j].text):
                continue  # "Separately, an earthquake killed 40 people"
            count = killed_count(sentences[j].text)
            if count is not None:
                d.killed, d.toll_at = count.value, sentences[j].start
                break


#: a sentence about another incident: one told apart, or a disaster's or an accident's
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:separately|elsewhere|in\s+a\s+separate|earthquakes?|quakes?|floods?|flooding"
    r"|landslides?|avalanches?|cyclones?|typhoons?|hurricanes?|storms?|crash|crashes"
    r"|accidents?|stampedes?)\b"
)


def _another_incident(text: str) -> bool:
    """ "Separately, an earthquake killed 40 people in Turkey": the dead of a sentence
    that tells another incident are not the strike's next to it.

    >>> _another_incident("Separately, a bus crash killed 12.")
    True
    """
    return _ANOTHER_INCIDENT.search(_norm(text)) is not None


def _both_sides(view: ArticleView, d: _Draft) -> bool:
    """Whether the strike is an exchange of both sides (a clash), whose toll counts
    either side's dead: "Troops clashed at the border. Kyrgyzstan said it lost two
    guards." """
    kind = view.lexicon.types.get(d.type)
    return bool(kind and kind.symmetric)


def _alone(text: str, sent: Sentence) -> bool:
    """Whether ``sent`` is a paragraph of its own, as news sites print their leads."""
    lo = text.rfind("\n", 0, sent.start) + 1
    hi = text.find("\n", sent.end)
    after = text[sent.end : hi] if hi >= 0 else text[sent.end :]
    return not text[lo : sent.start].strip() and not after.strip()


def _strike_triggers(view: ArticleView, low: str) -> list[tuple[int, int]]:
    """Where the strike triggers of the folded sentence ``low`` start and end, quoted
    words included."""
    return [(a, b) for a, b, family in _triggers(view, low) if family == "strike"]


def _triggers(view: ArticleView, low: str) -> list[tuple[int, int, str]]:
    """The triggers of the folded sentence ``low``: start, end and family."""
    known = view.seen_triggers.get(low)
    if known is not None:
        return known
    lex = view.lexicon
    stems = lex.stems(low) & lex.triggers.keys
    found = lex.triggers.matches(low, low, stem_map(low, stems)) if stems else []
    view.seen_triggers[low] = [(a, b, ph.payload.family) for a, b, ph in found]  # type: ignore[union-attr]
    return view.seen_triggers[low]


def _tells_a_strike(view: ArticleView, text: str) -> bool:
    """A sentence that tells a strike of its own, not one pointing back at a strike
    told before ("the attack"): 'Kabul said Pakistani jets "bombed a house" in Khost,
    killing four.' tells the toll of its own strike, not of the one next to it."""
    low = _norm(text)
    return any(
        not _DETERMINER.search(low, max(0, a - 30), a) for a, _ in _strike_triggers(view, low)
    )


#: right after a strike noun: a relative clause that tells its toll ("the shelling that
#: killed nine tourists", "the strike, which left two dead")
_TOLD_TOLL = re.compile(r",?\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left|claimed)\b")
#: right before a strike noun: the dead it counts are the strike's ("nine people were killed
#: in the shelling", "two died in the attack", "two people died after the bombing")
_DEAD_IN = re.compile(
    r"\b(?:killed|died|dead|perished)\s+(?:in|during|by|after|following|as\s+a\s+result\s+of)"
    r"\s+(?:the|this|that)\s+"
    r"(?:[a-z-]+\s+)?$"
)
#: a sentence opening with a strike noun that points back at the strike told before:
#: "The shells were fired ...", "The latest attack killed ..."
OPENS_WITH_REFERENCE = re.compile(r"\s*(?:the|these|those|this)\s+(?:[a-z-]+\s+){0,2}\Z")


def referenced_tolls(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike told without its toll takes the one another sentence gives while
    pointing at it: "Pakistani artillery shelled the town on Monday. ... The cabinet
    met after the shelling that killed nine civilians", "... Nine people were killed in
    the shelling, the governor said.", "The shelling killed nine.", "No one was hurt as a
    result" (nobody died of the act told). Only when the
    article's strikes are one incident (one attacker, one target), so the reference
    cannot point at another, and not from a sentence naming another time; the first
    such toll counts."""
    strikes = [d for d in drafts if d.family == "strike" and not d.background]
    if len({(d.actor, d.target) for d in strikes}) != 1:
        return
    told = {(src.start, src.end) for d in strikes for src in d.sources}
    for sent in view.article.sentences:
        if (sent.start, sent.end) in told or view.article.is_removed(sent.start, sent.end):
            continue
        count = killed_count(sent.text)
        if count is None:
            continue
        low = _norm(sent.text)
        if not (count.value == 0 and _AS_A_RESULT.search(low)) and not any(
            _TOLD_TOLL.match(low, b)
            or _DEAD_IN.search(low, max(0, a - 50), a)
            or _subject_toll(low, a, b, count.start)
            for a, b in _strike_triggers(view, low)
        ):
            continue
        if _another_time(view, sent.text):
            continue  # "The 2010 shelling killed 46": an earlier incident's toll
        for d in strikes:
            if d.killed is None:
                d.killed, d.toll_at = count.value, sent.start
        return


#: "as a result" with nothing after it: of the act told before ("no one was hurt as a
#: result")
_AS_A_RESULT = re.compile(r"\bas\s+a\s+result\b(?!\s+of\b)")


#: a conjunction opening a clause that tells another act: "came hours after five were
#: killed"
_ANOTHER_ACT = re.compile(r"\b(?:after|before|since|following|when|while|as)\b")


def _subject_toll(low: str, a: int, b: int, at: int) -> bool:
    """ "The shelling killed nine": a toll told of the strike noun ``low[a:b]`` that opens
    the sentence, not of an act a later clause tells ("The latest attack came hours
    after five were killed in ...").

    >>> _subject_toll("the shelling killed nine.", 4, 12, 20)
    True
    >>> _subject_toll("the attack came after five died.", 4, 10, 22)
    False
    """
    return (
        OPENS_WITH_REFERENCE.match(low[:a]) is not None
        and at >= b
        and _ANOTHER_ACT.search(low, b, at) is None
    )


def _another_time(view: ArticleView, text: str) -> bool:
    """A sentence that names a month, a year or a vague time ("in 2010", "last year",
    "last week"), which may be another incident's."""
    found = find_dates(text, published=view.published, year_hint=view.year_hint)
    return any(m.precision in ("month", "year") or m.kind == "vague" for m in found)


#: right before a city: the talks named as held there ("the direct talks held in
#: Geneva", "a summit hosted in Doha")
_HELD_IN = re.compile(
    r"\b(?:talks|meeting|meetings|summit|negotiations)\s+(?:were\s+|was\s+)?"
    r"(?:held|hosted|taking\s+place|took\s+place)\s+in\s+(?:the\s+)?$"
    # the talks an act came out of: "agreed to a truce after peace talks in Doha",
    # "the deal was reached at talks in Doha", "during negotiations in Doha"
    r"|\b(?:after|following|at|during)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:talks|meeting|meetings|summit|negotiations)\s+in\s+(?:the\s+)?$"
)


def meeting_venues(view: ArticleView, drafts: list[_Draft]) -> None:
    """A meeting told without its venue takes the city its paragraph, or the next one,
    says the talks were held in: "The foreign ministers met on Sunday. The direct talks
    held in Geneva focused on a peace treaty." """
    text = view.article.text
    for d in drafts:
        kind = view.lexicon.types.get(d.type)
        if d.family != "diplomatic" or d.place is not None or not (kind and kind.symmetric):
            continue
        lo, hi = _paragraphs(text, d.sources[0].start, d.sources[0].end, 2)
        for m in view.mentions[bisect_left(view.starts, lo) :]:
            if m.start >= hi:
                break
            p = m.place
            before = _norm(text[max(lo, m.start - 60) : m.start])
            if p is not None and p.kind == "city" and _HELD_IN.search(before):
                d.place, d.place_stated = p, True
                break


def agreed_at_the_meeting(view: ArticleView, drafts: list[_Draft]) -> None:
    """An agreement told without its venue, in the paragraph of a meeting of the same two
    parties held at a stated city or in one of the next two, was reached there: "Chilean and
    Bolivian officials held talks in Lima on Monday. Both sides agreed to reopen the
    crossing." """
    text = view.article.text
    met: list[tuple[_Draft, int, int]] = []  # each meeting, and the span its venue holds
    for d in drafts:
        kind = view.lexicon.types.get(d.type)
        if d.family != "diplomatic" or kind is None or not d.sources:
            continue
        if kind.symmetric and not kind.closes_clause and d.place_stated and d.place:
            met.append((d, *_paragraphs(text, d.sources[0].start, d.sources[0].end, 3)))
        elif kind.closes_clause and d.place is None:
            at = d.sources[0].start
            for m, lo, hi in reversed(met):
                if lo <= at < hi and {m.actor, m.target} == {d.actor, d.target}:
                    d.place, d.place_stated = m.place, True
                    break


#: a later sentence naming who is behind a strike told before: "It accuses Chilean forces
#: of being behind the attack", "blamed Peru for the strike"
_ACCUSED_OF_IT = re.compile(
    r"\b(?:accus|blam)[a-z]*\s+(?P<who>[^.;]{1,80}?)\s+(?:of|for)\s+(?:being\s+behind\s+"
    r"|carrying\s+out\s+|responsibility\s+for\s+)?(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attack|attacks|strike|strikes|raid|shelling|bombing|shooting)\b"
)


def accused_of_it(view: ArticleView, drafts: list[_Draft]) -> None:
    """A strike told with no attacker takes the state a next sentence accuses of it:
    "Two Chilean herders were killed by a drone strike. Santiago accuses Peruvian forces
    of being behind the attack." is Peru's strike on Chile, alleged."""
    unclaimed = [
        d
        for d in drafts
        if d.family == "strike" and not d.actor and d.target and not d.background and d.sources
    ]
    if not unclaimed:
        return
    sentences = view.article.sentences
    for d in unclaimed:
        i = view.sentence_index(d.sources[0].start)
        for sent in sentences[i + 1 : i + 3]:
            m = _ACCUSED_OF_IT.search(_norm(sent.text))
            if m is None:
                continue
            lo = bisect_left(view.starts, sent.start + m.start("who"))
            hi = bisect_left(view.starts, sent.start + m.end("who"))
            codes = [c for c in view.codes[lo:hi] if c and c != d.target]
            if codes:
                d.actor, d.alleged = codes[0], True
            break

"""The parties and places a sentence names, with what the words around each say of it.

A sentence's entities come from three sources: the article's resolved place mentions
in it, the actor phrases of ``actors.toml`` ("the army", "militants", "it") and the
demonyms the mentions do not carry ("Pakistanis"). Each is then annotated from its
neighbours: the preposition governing it ("into Iran"), a possessive ("Iran's"), the
entity it is coordinated with ("Thai and Cambodian troops"), whether it names people
hit ("two Indian soldiers were killed").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from ..lexicon import Phrase
from .context import ArticleView
from .people import person_entities
from .records import _Ent
from .text import (
    _ACCORDING,
    _ALLIES,
    _BACKER,
    _BORDER_AFTER,
    _CAPITALISED,
    _CAPITALISED_NEXT,
    _CONNECTOR,
    _KILLED_BEFORE,
    _LOCATIVE_PREPS,
    _PAIR_DASH,
    _PLACE_WORDS,
    _POSSESSIVE_GAP,
    _RELATIVE_BEFORE,
    _TITLE_GAP,
    _excluded_prefix,
    _prep_before,
)

__all__ = ["group_of", "sentence_entities", "speakers"]

#: what ``dict.get`` gives for a word the demonym cache has not seen
_UNKNOWN = object()


def sentence_entities(
    facts: ArticleView,
    s0: int,
    s1: int,
    text: str,
    low: str,
    masked: str,
    actors: list[tuple[int, int, Phrase]],
) -> list[_Ent]:
    """The entities of the sentence ``text`` (``facts.article.text[s0:s1]``) in order,
    annotated; ``actors`` are the actor phrases found in it."""
    geo = facts.geo
    ents: list[_Ent] = []
    mentions, codes = facts.mentions, facts.codes
    dateline = facts.dateline or (0, 0)
    for k in range(bisect_left(facts.starts, s0), len(mentions)):
        m = mentions[k]
        if m.start >= s1:
            break
        if m.end > s1 or m.place is None:
            continue
        if dateline[0] <= m.start < dateline[1]:
            continue  # "New Delhi: India and Pakistan agreed ...": where it was filed from
        a, b = m.start - s0, m.end - s0
        if masked[a] == " " and low[a] != " ":
            continue  # inside quoted speech
        if _excluded_prefix(low, a) or _BACKER.match(low, b):
            continue  # "anti-Iranian group", "Iran-backed militias"
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
        if masked[a] == " " or _BACKER.match(low, b):
            continue  # quoted, or "UN-backed forces"
        kind, code = ph.payload  # type: ignore[misc]
        extra.append(_Ent(a, b, kind, code))
    extra += described_states(text, masked)
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
        elif e.kind in ("org", "title", "shared_title") and all(
            x.kind in ("state", "place") and x.end - x.start <= e.end - e.start for x in clash
        ):
            for x in clash:
                ents.remove(x)
                e.place = e.place or x.place  # "at the White House": still a venue
            ents.append(e)
        elif e.kind == "anaphor" and all(x.kind == "place" and x.code is None for x in clash):
            # "the Gulf state", "the Horn of Africa nation": the region describes it
            for x in clash:
                ents.remove(x)
            ents.append(e)
    # officials named by surname or "he" after their introduction
    people = person_entities(facts, s0, text, masked, ents)
    if people:  # a place that is a word of a person's name is the person: "De Souza"
        ents = [x for x in ents if not any(_inside(x, p) for p in people)] + people
    ents.sort(key=lambda e: e.start)
    return _annotate(facts, ents, text, low)


#: a state named by a description: "the West African country", "the Gulf state", "the
#: Horn of Africa nation", "the kingdom" (capitalised words before the noun, or none
#: before a monarchy's)
_DESCRIBED = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:(?:(?:[A-Z][\w'-]*|of)\s+){1,4}(?:country|nation|state|republic)"
    r"|(?:[A-Z][\w'-]*\s+){0,2}(?:kingdom|emirate|sultanate))(?![\w-])"
)


def described_states(text: str, masked: str) -> list[_Ent]:
    """ "Mali accused Algeria of downing a drone. The West African country recalled its
    envoy": a state described, not named, stands for the party named before it, as
    "the country" does (an anaphor); outside quoted speech."""
    return [
        _Ent(m.start(), m.end(), "anaphor", None)
        for m in _DESCRIBED.finditer(text)
        if masked[m.start()] != " "
    ]


def _inside(x: _Ent, person: _Ent) -> bool:
    return x.kind == "place" and person.start <= x.start and x.end <= person.end and x is not person


def _shared_title(facts: ArticleView, e: _Ent) -> None:
    """ "Foreign Secretary Aizaz Chaudhary summoned the Afghan envoy": a title other
    governments use too is its default state's only in an article that names that
    state or is filed from it; elsewhere it is "the ministry" of the story's state."""
    if e.code in facts.codes or e.code == facts.dateline_country:
        e.kind = "title"
    else:
        e.kind, e.code = "anaphor", None


#: between a place and the larger one it lies in: "Tacna province in Peru"
_WHERE_IT_LIES = re.compile(
    r"\s+(?:(?:state|province|region|district|county)\s+)?,?\s*in\s+(?:the\s+)?"
)


def _annotate(facts: ArticleView, ents: list[_Ent], text: str, low: str) -> list[_Ent]:
    lex = facts.lexicon
    out: list[_Ent] = []
    for e in ents:
        if e.kind == "shared_title":
            _shared_title(facts, e)
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
                e.locative = e.locative or prev.locative  # "in Peru's Tacna region"
                e.origin = e.origin or prev.origin
            if prev.origin and _WHERE_IT_LIES.fullmatch(gap):
                e.origin = True  # "fired from Tacna province in Peru"
            allied = _allies_of(out, low, e)
            if allied:
                out.pop()  # "its" in "Mali and its allies Chad and Niger"
                prev = out[-1]
            if allied or (_CONNECTOR.fullmatch(gap) and _kin(prev.kind) == _kin(e.kind)):
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
        if e.kind == "nonstate":
            # "the army said it had killed 20 militants in air strikes": those killed
            e.victim = bool(_KILLED_BEFORE.search(low, max(0, e.start - 40), e.start))
        out.append(e)
    _border_pairs(out, low)
    _of_groups(out, low)
    return out


def _of_groups(ents: list[_Ent], low: str) -> None:
    """ "Syrian militants", "Syria militants": a state named right before a non-state
    group says where the group is from; the group, not the state, acts."""
    for e, nxt in pairwise(ents):
        if e.kind == "state" and nxt.kind == "nonstate" and not low[e.end : nxt.start].strip():
            e.of_group = not _STATE_CRAFT.match(low, nxt.start)


#: non-state words that, after a state, name its aircraft: "Turkish fighters"
_STATE_CRAFT = re.compile(r"(?:fighters|bombers?)\b")


def _border_pairs(ents: list[_Ent], low: str) -> None:
    """ "a town on the Syria-Turkey border": two states paired by a dash before
    "border" name the line between them (``border``), which tells the two sides of a
    clash but not where a strike on a named town fell."""
    for prev, e in pairwise(ents):
        if (
            prev.kind == e.kind == "state"
            and _PAIR_DASH.match(low[prev.end : e.start])
            and _BORDER_AFTER.match(low, e.end)
        ):
            prev.border = e.border = True


def _kin(kind: str) -> str:
    """Entity kinds that may be coordinated ("the United States and the EU").

    >>> _kin("org") == _kin("state"), _kin("place") == _kin("state")
    (True, False)
    """
    return "party" if kind in ("state", "org") else kind


def speakers(facts: ArticleView, ents: list[_Ent], low: str) -> tuple[str, ...]:
    """Who the sentence is reported from ("Pakistan said", "according to Iran")."""
    rx = facts.lexicon.speech
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
    return tuple(out)


def _allies_of(out: list[_Ent], low: str, e: _Ent) -> bool:
    """ "Mali and its allies Chad and Niger recalled their envoys": a state whose allies
    are named after it, by "its", is coordinated with them; so is a state described
    ("The West African country and its allies Chad and Niger")."""
    if len(out) < 2 or out[-1].kind != "anaphor" or e.kind != "state":
        return False
    first = out[-2]
    return first.kind in ("state", "anaphor") and bool(_ALLIES.fullmatch(low, first.end, e.start))


def group_of(ents: list[_Ent], i: int) -> list[_Ent]:
    """Entity ``i`` with the entities coordinated with it ("Thai and Cambodian troops")."""
    e = ents[i]
    if e.group < 0:
        return [e]
    return [x for x in ents if x.group == e.group]

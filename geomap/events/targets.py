"""Whom a strike hit and where: small rules, tried in order, first answer wins.

Each target rule reads the strike's ``Case`` (the sentence, the trigger, the attacker
found and the places the clause names) and returns the states hit, never the
attacker's own; its docstring is the sentence it exists for. Each place rule picks the
strike's place for one target among the places the clause names.

>>> [rule.__name__ for rule in TARGET_RULES]  # doctest: +NORMALIZE_WHITESPACE
['under_attack_subject', 'owner_of_territory', 'object_of_trigger', 'victims',
 'intruders_turned_back', 'place_country', 'accuser', 'speaker']
>>> [rule.__name__ for rule in PLACE_RULES]
['in_target_country', 'beside_the_target', 'in_no_country']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..lexicon import TriggerType
from ..models import Place
from .actors import party_codes
from .entities import group_of
from .records import _Ent, _Hit, _most_specific
from .sentence import SentenceView
from .text import _MODIFIER_GAP, _OBJECT_GAP, _STRONG_PREPS, _TERRITORY, under_attack_before

__all__ = [
    "BESIDE",
    "PLACE_RULES",
    "STATED",
    "TARGET_RULES",
    "Case",
    "between_sides",
    "find_targets",
    "finer_place",
    "nonstate_side",
    "partner_state",
    "strike_place",
    "two_sides",
]


@dataclass(frozen=True)
class Case:
    """A strike being read: trigger ``anchor`` of clause ``ci``, whose reach ends at
    ``end`` (the relative clauses hanging on it included); the attacker's codes, the
    ids of its entities (``used``) and the rule that found them (``how``); the places
    the clause puts it in; who accuses whom of it (``claimants``, None when it is no
    accusation)."""

    view: SentenceView
    ci: int
    anchor: _Hit
    #: the type of the clause's most specific trigger
    best: TriggerType
    end: int
    actors: tuple[str, ...]
    how: str
    used: frozenset[int]
    places: tuple[_Ent, ...]
    claimants: tuple[_Ent, ...] | None
    #: the second side ``between_sides`` found, when it found the attacker
    sides: tuple[str, ...] = ()
    #: a summary of both sides' acts ("tit-for-tat", "both sides shelled")
    reciprocal: bool = False


def between_sides(view: SentenceView, hit: _Hit, end: int) -> list[str]:
    """ "clashes between Thai and Cambodian troops": the two sides of the act, when
    no attacker was found."""
    ents = view.ents
    for i, e in enumerate(ents):
        if hit.end <= e.start < end and e.prep == "between":
            codes: list[str] = []
            for x in group_of(ents, i):
                if x.kind == "state" and x.code and x.code not in codes and not x.of_group:
                    codes.append(x.code)
            return codes
    return []


def nonstate_side(view: SentenceView, hit: _Hit, end: int) -> bool:
    """ "clashes between Chilean troops and Peruvian militants": one side of the act is
    a non-state group, so the article's other state is not the second side."""
    return any(hit.end <= e.start < end and e.kind == "nonstate" for e in view.ents) and any(
        hit.end <= e.start < end and e.prep == "between" for e in view.ents
    )


def under_attack_subject(case: Case) -> list[str]:
    """ "Peruvian soldiers came under attack near the border": the party the clause
    names last before "came under" was hit."""
    view, h = case.view, case.anchor
    start = view.clauses[case.ci].start
    under = under_attack_before(view.low, max(start, h.start - 60), h.start)
    if under is None:
        return []
    before = [
        e
        for e in view.ents
        if start <= e.start < under.start() and e.kind in ("state", "anaphor") and not e.locative
    ]
    if view.low.startswith("under", h.start):
        # "the minister came under fire from critics": only troops, posts or villages
        # come under fire in a strike
        before = [e for e in before if e.target_noun]
    return _others(party_codes(view, before[-1]), case.actors) if before else []


#: "the border of Chile", "the territory of Chile": the owner named after the noun
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?$")


def owner_of_territory(case: Case) -> list[str]:
    """ "violated Chilean airspace", "Chile's airspace was violated", "crossed the
    state border of Chile": the state whose airspace, waters or border the act names."""
    view, h = case.view, case.anchor
    low = view.low
    found: list[str] = []
    for m in _TERRITORY.finditer(low, h.start, min(h.end, case.end)):
        for e in view.ents:
            if e.kind not in ("state", "anaphor") or id(e) in case.used:
                continue
            before = e.end <= m.start() and _MODIFIER_GAP.fullmatch(low, e.end, m.start())
            after = e.start >= m.end() and _OF_OWNER.fullmatch(low, m.end(), e.start)
            if before or after:
                found += party_codes(view, e)
    return _others(found, case.actors)


def object_of_trigger(case: Case) -> list[str]:
    """ "Chilean jets struck Peru", "fired rockets into Peru", "shelled Peruvian posts":
    a state right after the trigger, one a strong preposition governs, or its people;
    the state of the ground it was on ("on Peruvian soil") only when no other is hit."""
    view = case.view
    targets: list[str] = []
    ground: list[str] = []
    taken: set[int] = set()
    for e in view.ents:
        if e.start < case.anchor.end or e.start >= case.end or id(e) in case.used:
            continue
        if e.attributive or (e.border and finer_place(case.places)):
            continue  # "US Consulate"; "Kilis, a town on the Syria-Turkey border"
        code = e.code if e.kind == "state" else e.place.country if e.place else None
        if not code or e.kind not in ("state", "place") or e.origin:
            continue
        gap = view.low[case.anchor.end : e.start]
        direct = e.kind == "state" and (
            _OBJECT_GAP.match(gap) or (e.group >= 0 and e.group in taken)
        )
        strong = e.prep in _STRONG_PREPS
        if direct or strong or (e.kind == "state" and e.target_noun and not e.locative):
            if e.group >= 0:
                taken.add(e.group)
            if _GROUND.match(view.low, e.end):
                ground.append(code)
            elif code not in targets and code not in case.actors:
                targets.append(code)
    # "ambushed a Peruvian convoy on Chilean soil": the soil is where, the convoy whom
    return targets or [c for c in dict.fromkeys(ground) if c not in case.actors]


#: after a demonym: the ground it names, where an act happened
_GROUND = re.compile(r"\s+(?:soil|territory|side)\b")


def finer_place(places: Sequence[_Ent]) -> bool:
    """Whether the clause puts the strike in a town or province, not just a country."""
    return any(e.place is not None and e.place.kind != "country" for e in places)


def victims(case: Case) -> list[str]:
    """ "the strike killed two Peruvian soldiers", "Peruvian fishermen were detained":
    the state of the people or boats hit (a trigger may open on them)."""
    view, h = case.view, case.anchor
    clause = view.clauses[case.ci]
    found = [
        e.code
        for e in view.ents
        if clause.start <= e.start < case.end
        and e.code
        and (
            e.victim
            or (e.target_noun and e.start > h.start and e.kind == "state")
            or (e.target_noun and e.kind == "state" and _on_trigger(view.low, e, h))
        )
        and id(e) not in case.used
    ]
    return _others(found, case.actors)


def _on_trigger(low: str, e: _Ent, h: _Hit) -> bool:
    """Whether ``e`` modifies the noun the trigger opens on ("Peruvian fishermen were
    detained")."""
    return e.end <= h.start and _MODIFIER_GAP.fullmatch(low, e.end, h.start) is not None


#: a clause telling what a strike answered: "after", "when" or "as" right after it
_ANSWERING = re.compile(r"[\s,]*(?:after|when|as)\s+")


def intruders_turned_back(case: Case) -> list[str]:
    """ "Greek troops fired warning shots after Turkish soldiers crossed the border":
    the party whose crossing the next clause tells ("after", "when", "as") was fired
    at, a crossing being a type whose origin names who acts (``origin_actor``)."""
    view = case.view
    m = _ANSWERING.match(view.low, case.end)
    if m is None:
        return []
    crossing = next((h for h in view.hits if h.start >= m.end() and h.type.origin_actor), None)
    if crossing is None:
        return []
    before = [
        e
        for e in view.ents
        if m.end() <= e.start < crossing.start and e.kind in ("state", "anaphor") and not e.locative
    ]
    return _others(party_codes(view, before[0]), case.actors) if before else []


def place_country(case: Case) -> list[str]:
    """ "Chilean jets bombed a depot near Tacna": the country of the place hit."""
    return _others([e.place.country for e in case.places if e.place], case.actors)


def accuser(case: Case) -> list[str]:
    """ "Peru accused Chile of shelling its villages": the accuser was hit."""
    if not case.claimants:
        return []
    found = [c for e in case.claimants for c in party_codes(case.view, e)]
    return _others(found, case.actors)


def speaker(case: Case) -> list[str]:
    """ "Chilean troops opened fire, Peru said": the state that reports it was hit."""
    if not case.actors or case.how == "nonstate_in_trigger":
        return []
    return next(([c] for c in case.view.speakers if c not in case.actors), [])


def _others(codes: Sequence[str | None], actors: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c and c not in out and c not in actors:
            out.append(c)
    return out


TargetRule = Callable[[Case], list[str]]

#: the order the target rules are tried in
TARGET_RULES: tuple[TargetRule, ...] = (
    under_attack_subject,
    owner_of_territory,
    object_of_trigger,
    victims,
    intruders_turned_back,
    place_country,
    accuser,
    speaker,
)
#: the rules that read the target from the words of the act itself
STATED = frozenset(
    {
        "between_sides",
        "under_attack_subject",
        "owner_of_territory",
        "object_of_trigger",
        "victims",
        "intruders_turned_back",
        "place_country",
    }
)
#: the rules whose target may be hit at a place named beside it (a town with no country)
BESIDE = frozenset({"between_sides", "object_of_trigger", "victims"})


def find_targets(case: Case) -> tuple[list[str], str]:
    """The states hit and the name of the rule that found them. The second side
    ``between_sides`` found is one, and the objects of the trigger join it."""
    if case.sides:
        sides = list(case.sides)
        return sides + [c for c in object_of_trigger(case) if c not in sides], "between_sides"
    for rule in TARGET_RULES:
        found = rule(case)
        if found:
            return found, rule.__name__
    return [], ""


# ------------------------------------------------------------------------- sides


def two_sides(case: Case, targets: list[str]) -> tuple[list[str], list[str]]:
    """The attacker and the targets of an exchange between two sides (a type with
    ``two_sided`` in triggers.toml): "Chilean and Peruvian troops clashed" (the second
    side named is the target), "clashes broke out between rebels and Peruvian forces"
    or "a Chile-Peru border clash" (a clash has two sides; with one named, the
    article's other main state is the second)."""
    actors = list(case.actors)
    if len(actors) >= 2 and not targets:
        return actors[:1], [actors[1]]
    if not actors and case.how not in ("nonstate_in_trigger", "nonstate_side") and targets:
        other = targets[1] if len(targets) > 1 else case.view.facts.partner(targets[0])
        if other is not None:
            return [other], [targets[0]]
    return actors, targets


def partner_state(view: SentenceView, actor: str, places: Sequence[_Ent]) -> list[str]:
    """ "five civilians were killed in heavy Chilean firing": a named attacker's act
    with no target and no place named outside its own country (a disputed region of no
    country is not abroad) hits the other of the article's two states."""
    if any(e.place is not None and e.place.country not in (actor, None) for e in places):
        return []
    partner = view.facts.partner(actor)
    return [partner] if partner is not None else []


# ------------------------------------------------------------------------ places


def in_target_country(places: Sequence[Place], target: str | None, **_: object) -> Place | None:
    """ "shelled Tacna in Peru": the most specific place in the target's country (any
    place when the target is unknown)."""
    return _most_specific([p for p in places if p.country == target or target is None])


def beside_the_target(
    places: Sequence[Place],
    target: str | None,
    *,
    targets: Sequence[str | None],
    beside: bool,
    actor: str | None = None,
    **_: object,
) -> Place | None:
    """ "shelled Peruvian posts near the river": for a target read from the act itself
    (or a two-sided clash), a place named beside it outside the targets' countries; one
    in the attacker's own country (or in none) before one in a third country, which is
    a namesake ("fired on Peruvian smugglers at the post of Santa Rosa, Tumbes": the
    Santa Rosa of another country is not the one on the border)."""
    if not beside:
        return None
    outside = [p for p in places if p.country not in targets or p.country is None]
    own = [p for p in outside if p.country in (actor, None)]
    return _most_specific(own if own and actor else outside)


def in_no_country(places: Sequence[Place], target: str | None, **_: object) -> Place | None:
    """ "shelling near the disputed glacier": a place of no country."""
    return _most_specific([p for p in places if p.country is None])


PlaceRule = Callable[..., Place | None]
#: the order the place rules are tried in
PLACE_RULES: tuple[PlaceRule, ...] = (in_target_country, beside_the_target, in_no_country)


def strike_place(
    places: Sequence[Place],
    target: str | None,
    *,
    targets: Sequence[str | None],
    beside: bool,
    actor: str | None = None,
) -> Place | None:
    """The place of the strike on ``target``: the first place rule that answers, unless
    it only names the country and a later rule names a town or province ("shelled
    Peruvian posts near Tacna": the demonym gives Peru, the strike was at Tacna)."""
    first: Place | None = None
    for rule in PLACE_RULES:
        found = rule(places, target, targets=targets, beside=beside, actor=actor)
        if found is not None and found.kind != "country":
            return found
        first = first or found
    return first

"""Who acts, read from the words around the trigger: small rules, tried in order.

The parse rules of ``roles`` answer first, when the sentence is parsed; then these
surface rules, each a function of the question (``Ask``) that returns the acting
entities or None. Its docstring is the sentence it exists for. The first rule that
answers wins, and its name is recorded: ``EXPLICIT`` lists the rules that find a
party the text names outright, which makes an event more certain.

>>> [rule.__name__ for rule in SURFACE_RULES]  # doctest: +NORMALIZE_WHITESPACE
['by_after', 'nonstate_in_trigger', 'modifier_before', 'under_attack',
 'participle_subject', 'comma_verb_subject', 'shared_verb_subject', 'nearest_before',
 'relative_antecedent', 'fronted_subject']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import roles
from .entities import group_of
from .records import _Ent, _Hit
from .sentence import SentenceView
from .text import (
    _AND_VERB,
    _BY_AFTER_OBJECT,
    _BY_AGENT,
    _FINITE,
    _MODIFIER_GAP,
    _PARTICIPLE,
    _RELATIVE_AFTER,
    _SAID_IT,
    _TERRITORY,
    PASSIVE_CLAUSE,
    _Clause,
    _prep_before,
    died_before,
    harmed_before,
    under_attack_before,
)

__all__ = ["EXPLICIT", "SURFACE_RULES", "Ask", "find_actor", "party_codes"]


@dataclass(frozen=True)
class Ask:
    """Who acts in trigger ``hit`` of clause ``ci``? ``shared``: the actor of an
    earlier trigger of the clause, which a later verb joined by "and" shares;
    ``fronted``: whether a party after a fronted phrase may answer (diplomatic acts)."""

    view: SentenceView
    ci: int
    hit: _Hit
    shared: list[_Ent] | None = None
    fronted: bool = False

    @property
    def clause(self) -> _Clause:
        return self.view.clauses[self.ci]


def by_after(ask: Ask) -> list[_Ent] | None:
    """ "strikes by Iran", "a note released by Pakistan", "the shelling of villages
    near the border by Peruvian troops": the party after "by", also when the trigger
    takes it in ("was struck by Peruvian drones")."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    carried = _carried_out_by(ask)
    if carried is not None:
        return carried
    inside = _BY_INSIDE.match(low, h.start, h.end)
    after = inside.end() if inside else h.end
    for i, e in enumerate(ents):
        if e.start >= after and e.start < ask.clause.end and e.agentive:
            if inside and e.start == after:
                return group_of(ents, i)
            gap = low[h.end : e.start]
            if h.type.family == "diplomatic" and _OBJECT_FIRST.match(gap):
                return None  # "condemning the shooting by Gabonese troops": the shooting's
            if _BY_AGENT.match(gap) or _BY_AFTER_OBJECT.match(gap):
                return group_of(ents, i)
            return None
    return None


#: a diplomatic verb's object before "by": "condemned the shooting by"
_OBJECT_FIRST = re.compile(r"\s+(?:the|a|an|its|their|this|that)\s")


#: a strike noun's doer told after a comma (", likely carried out by the") or by a
#: passive of its own ("the rockets that hit the town were fired by")
_CARRIED_OUT_BY = re.compile(
    r"(?:,\s+(?:[a-z]+\s+){0,2}?(?:carried\s+out|conducted|launched|staged|mounted)"
    r"|\b(?:was|were|had\s+been|have\s+been)\s+(?:fired|launched|dropped|carried\s+out))"
    r"\s+by\s+(?:the\s+)?"
)


def _carried_out_by(ask: Ask) -> list[_Ent] | None:
    """ "An airstrike on a village near Salkhad, likely carried out by Jordanian jets,
    killed nine", "the rockets that hit Hermel were fired by Syrian troops": the party
    named after "carried out by" or "were fired by" in the strike noun's clause."""
    low, h = ask.view.low, ask.hit
    m = _CARRIED_OUT_BY.search(low, h.end, ask.clause.end)
    if m is None:
        return None
    ents = ask.view.ents
    for i, e in enumerate(ents):
        if e.start == m.end() and e.agentive:
            return group_of(ents, i)
    return None


#: a passive trigger that takes in its agent: "struck by ...", "hit by ..."
_BY_INSIDE = re.compile(r"[a-z]+\s+by\s+(?:(?:the|an?)\s+)?")


def nonstate_in_trigger(ask: Ask) -> list[_Ent] | None:
    """ "Gunmen opened fire on a checkpoint": a non-state attacker inside the trigger."""
    h = ask.hit
    for e in ask.view.ents:
        if h.start <= e.start < h.end and e.kind == "nonstate":
            return [e]
    return None


def modifier_before(ask: Ask) -> list[_Ent] | None:
    """ "three were hurt in Pakistani shelling", "killed in Iranian border guards'
    firing": a demonym or possessive on the trigger."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    if _TERRITORY.match(low, h.start):
        return None  # "Chilean airspace was violated": the owner, not the intruder
    if _AGENT_AFTER.match(low, h.end):
        return None  # "Chilean herders shot dead by Peruvian troops": the agent acts
    for i, e in enumerate(ents):
        if (
            e.end <= h.start
            and (e.adjectival or e.possessive or _names_its_craft(ask, e))
            and e.kind == "state"
            and (
                _MODIFIER_GAP.fullmatch(low, e.end, h.start)
                or _FORCES_POSSESSIVE.fullmatch(low, e.end, h.start)
            )
            and not _opens_on_victim(ask, e)
        ):
            return group_of(ents, i)
    return None


#: a demonym's force in the plural possessive before the trigger: "Iranian border guards'
#: firing", "Tajik soldiers' fire"
_FORCES_POSSESSIVE = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?[a-z]+s'\s+")

#: a short passive's agent right after a strike verb: "shot dead by", "shot at by",
#: "fired on by", "shot and wounded by"
_AGENT_AFTER = re.compile(
    r"\s+(?:(?:dead|at|on|down|and\s+(?:wounded|killed|injured))\s+)?by\s+(?:the\s+)?[a-z]"
)


def _names_its_craft(ask: Ask, e: _Ent) -> bool:
    """ "Kabul said a suspected US drone fired missiles": a country's name right before
    an armed craft or force of the ``intruders`` set modifies it as a demonym would."""
    craft = ask.view.facts.lexicon.craft
    low = ask.view.low
    return craft is not None and low[e.end : e.end + 1] == " " and bool(craft.match(low, e.end + 1))


def _opens_on_victim(ask: Ask, e: _Ent) -> bool:
    """ "Chilean fishermen were detained": a trigger that opens on the people or boats
    a demonym names was done to them, not by them."""
    low, h = ask.view.low, ask.hit
    boats = ask.view.facts.lexicon.boats
    return (
        e.kind == "state"
        and boats is not None
        and _POSSESSIVE_OR_SPACE.fullmatch(low, e.end, h.start) is not None
        and boats.match(low, h.start) is not None
    )


_POSSESSIVE_OR_SPACE = re.compile(r"(?:'s?)?\s+")


#: "from Peru", "from the direction of the Peruvian border", "from the territory of
#: Peru": where a craft or unit came from
_CAME_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:direction|territory|side)\s+of\s+(?:the\s+)?)?$"
)


def came_from(ask: Ask) -> list[_Ent] | None:
    """ "An unidentified drone entered Chilean airspace from Peru": for a type whose
    origin names who acts (``origin_actor`` in triggers.toml), the state it came from."""
    if not ask.hit.type.origin_actor:
        return None
    ents, low, clause = ask.view.ents, ask.view.low, ask.clause
    for i, e in enumerate(ents):
        if clause.start <= e.start < clause.end and e.kind == "state" and e.code:
            if e.origin or _CAME_FROM.search(low, max(clause.start, e.start - 40), e.start):
                return group_of(ents, i)
    return None


def owned_by_after(ask: Ask) -> list[_Ent] | None:
    """ "Chile's airspace was violated by three Peruvian jets", "Chilean fishermen were
    detained by the Peruvian navy": a trigger that opens on what was entered or taken
    is done by the state named after "by", whoever its sentence's subject is."""
    view, low, h = ask.view, ask.view.low, ask.hit
    opens = _TERRITORY.match(low, h.start) or any(
        e.end <= h.start and _opens_on_victim(ask, e) for e in view.ents
    )
    if not opens:
        return None
    by = _BY_THEN.match(low, h.end)
    if by is None:
        return None
    for i, e in enumerate(view.ents):
        if by.end() <= e.start < min(ask.clause.end, by.end() + 30) and e.kind == "state":
            return group_of(view.ents, i)
    return None


#: "by", and up to three words before the party: "by three Peruvian jets"
_BY_THEN = re.compile(r"\s+by\s+")


def under_attack(ask: Ask) -> list[_Ent] | None:
    """ "Chilean soldiers came under attack near the border": the subject was hit, so no
    party named before the trigger acts; one named "from" right after it does ("came
    under attack from Peruvian troops"; "by Peru" is found by ``by_after`` first)."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    if not under_attack_before(low, max(ask.clause.start, h.start - 60), h.start):
        return None
    for i, e in enumerate(ents):
        if h.end <= e.start < min(ask.clause.end, h.end + 30) and e.origin and e.kind == "state":
            return group_of(ents, i)
    return []


#: a message right before a participle that tells what it said: "posted a message on
#: Facebook condemning", "issued a statement expressing concern"
_MESSAGE_BEFORE = re.compile(
    r"\b(?:message|statement|post|tweet|letter|video|note|communique)"
    r"(?:\s+(?:on|via)\s+[a-z]+)?\s+$"
)


def participle_subject(ask: Ask) -> list[_Ent] | None:
    """ "Chile spoke to Peru, urging both sides to talk": the clause's subject acts; so
    does the sender of a message the participle tells ("Chile posted a message
    condemning the raid")."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    if not _PARTICIPLE.match(low, h.start):
        return None
    before = low[max(0, h.start - 40) : h.start]
    if not (before.endswith(", ") or _MESSAGE_BEFORE.search(before)):
        return None
    for i, e in enumerate(ents):
        if ask.clause.start <= e.start < h.start and e.agentive:
            return group_of(ents, i)
    return None


def comma_verb_subject(ask: Ask) -> list[_Ent] | None:
    """ "Chile accuses Peru of arming rebels, recalls envoy": a verb after a comma, with
    no subject of its own, is done by the party that opens the sentence."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    if not (_FINITE.match(low, h.start) and low[max(0, h.start - 2) : h.start] == ", "):
        return None
    for i, e in enumerate(ents):
        if e.start >= h.start:
            break
        if e.agentive and e.kind in ("state", "org") and _OPENING.fullmatch(low, 0, e.start):
            return group_of(ents, i)
    return None


#: what may stand before the party that opens a sentence: "", "the"
_OPENING = re.compile(r"\s*(?:the\s+)?")


def shared_verb_subject(ask: Ask) -> list[_Ent] | None:
    """ "Chile expelled the envoy and recalled its own": the verbs share a subject."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    if not _AND_VERB.search(low, max(0, h.start - 20), h.start):
        return None
    if ask.view.parse is not None and not ask.view.parse.is_verb(h.start):
        return None  # "opened gun and mortar fire": nouns joined, not verbs
    if ask.shared:
        return ask.shared
    for i, e in enumerate(ents):
        if ask.clause.start <= e.start < h.start and e.agentive and e.prep in ("", "of"):
            return group_of(ents, i)
    return None


def nearest_before(ask: Ask) -> list[_Ent] | None:
    """ "Chilean troops shelled the post": the nearest party before the trigger in its
    clause, unless it only reports the act ("the Chilean health ministry said two were
    killed in a rocket strike": a reporting verb between)."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    for i in range(len(ents) - 1, -1, -1):
        e = ents[i]
        if e.end > h.start or e.start < ask.clause.start:
            continue
        if (
            e.agentive
            and not _reports(ask.view.facts.lexicon.speech_verb, low, e, h)
            and not _opens_on_victim(ask, e)
        ):
            if PASSIVE_CLAUSE.search(low, e.end, h.start):
                return None  # "Chile sent troops after a boy was shot": not Chile's act
            if harmed_before(low, e.end, h.start) or _died_in(ask, e.end):
                return None  # "after a Chilean patrol was targeted": the patrol was hit
            return group_of(ents, i)
    return None


def _died_in(ask: Ask, lo: int) -> bool:
    """ "A Kyrgyz guard lost his life in cross-border firing": the subject died in the
    strike, so was hit by it; not in an exchange of fire, where both sides' dead die."""
    return not ask.hit.type.symmetric and died_before(ask.view.low, lo, ask.hit.start)


def _reports(said: re.Pattern[str] | None, low: str, e: _Ent, h: _Hit) -> bool:
    """Whether party ``e`` reports trigger ``h``: one of the lexicon's reporting verbs
    (``said``, its ``speech_verb``) stands between them.

    >>> from geomap.lexicon import load_lexicon
    >>> said = load_lexicon().speech_verb
    >>> low = "chile's news agency had reported two killed in a strike"
    >>> _reports(said, low, _Ent(0, 5, "state", "CL"), _Hit(48, 54, None))
    True
    >>> _reports(said, "chile shelled the post", _Ent(0, 5, "state", "CL"), _Hit(6, 13, None))
    False
    """
    if e.kind not in ("state", "org") or said is None:
        return False
    return said.search(low, e.end, h.start) is not None


def relative_antecedent(ask: Ask) -> list[_Ent] | None:
    """ "a drone from Chile, which struck the post": the party the relative clause (or
    the verb phrase after one) hangs on."""
    clauses, ents = ask.view.clauses, ask.view.ents
    clause = ask.clause
    if not (clause.rel or clause.after_rel):
        return None
    j = ask.ci - 1
    while j >= 0 and clauses[j].rel and clause.after_rel:
        j -= 1
    if j < 0:
        return None
    prev = clauses[j]
    for i in range(len(ents) - 1, -1, -1):
        e = ents[i]
        if prev.start <= e.start < prev.end and e.agentive:
            return group_of(ents, i)
    return None


def fronted_subject(ask: Ask) -> list[_Ent] | None:
    """ "During a visit to Peru, the Chilean foreign minister said": the subject right
    after a fronted phrase, for diplomatic acts; not a party named later in the main
    clause ("Speaking in Lima, Defence Minister Ana Ruiz condemned Chile")."""
    if not ask.fronted:
        return None
    ents, low, h, clause = ask.view.ents, ask.view.low, ask.hit, ask.clause
    comma = low.find(",", h.end, clause.end)
    if comma < 0:
        return None
    for i, e in enumerate(ents):
        if e.start > comma and e.start < clause.end and e.agentive:
            if e.kind in ("state", "org") and _SUBJECT_GAP.fullmatch(low, comma + 1, e.start):
                return group_of(ents, i)
            return None
    return None


#: between a fronted phrase's comma and its subject: "the", "the country's", "the
#: leaders of"
_SUBJECT_GAP = re.compile(r"\s*(?:[a-z'-]+\s+){0,2}(?:[a-z'-]+\s+of\s+(?:the\s+)?)?")


SurfaceRule = Callable[[Ask], list[_Ent] | None]

#: the order the surface rules are tried in, after the parse rules
SURFACE_RULES: tuple[SurfaceRule, ...] = (
    by_after,
    nonstate_in_trigger,
    modifier_before,
    under_attack,
    participle_subject,
    comma_verb_subject,
    shared_verb_subject,
    nearest_before,
    relative_antecedent,
    fronted_subject,
)

#: the rules that find a party the text names outright, parse rules and surface rules
EXPLICIT = frozenset(
    {
        *(rule.__name__ for rule in roles.ACTOR_RULES),
        "by_after",
        "modifier_before",
        "participle_subject",
        "comma_verb_subject",
        "shared_verb_subject",
        "nearest_before",
        "relative_antecedent",
        "between_sides",
        "conjoined",
        "owned_by_after",
    }
)


#: "blamed on Peru", "attributed to Peru": who is said to have done it
_BLAMED_ON = re.compile(r"\b(?:blamed|pinned)\s+on\s+(?:the\s+)?$|\battributed\s+to\s+(?:the\s+)?$")


def blamed_on(ask: Ask) -> list[_Ent] | None:
    """ "A drone attack near Tacna, blamed on Peru, wounded two": the party the strike
    is blamed on is its (alleged) attacker."""
    ents, low, h = ask.view.ents, ask.view.low, ask.hit
    for i, e in enumerate(ents):
        if h.end <= e.start < ask.clause.end and e.kind in ("state", "org"):
            if _BLAMED_ON.search(low, max(h.end, e.start - 20), e.start):
                return group_of(ents, i)
    return None


#: "... and Peru shelled": a conjunction opening a new subject before a trigger
_CONJUNCTION = re.compile(r"(?<![\w'])(?:and|while|but|whereas)\s+(?:the\s+)?$")
_CONJOINED_GAP = re.compile(r"(?:'s?)?\s+(?:[a-z-]+\s+){0,2}")


def conjoined_subject(view: SentenceView, h: _Hit) -> list[_Ent] | None:
    """ "Chile shelled Tacna on Monday and Peru shelled Arica on Tuesday": a party
    right before a trigger, after "and" or "while", is a new attacker, even when the
    parse joins it to the words before."""
    low, ents = view.low, view.ents
    before = [i for i, e in enumerate(ents) if e.end <= h.start and e.agentive]
    if not before:
        return None
    e = ents[before[-1]]
    if not _CONJOINED_GAP.fullmatch(low, e.end, h.start):
        return None
    if not _CONJUNCTION.search(low, max(0, e.start - 12), e.start):
        return None
    group = group_of(ents, before[-1])
    # "Chile and Peru clashed": "and" joins one subject, it opens no new clause
    return group if len(group) == 1 else None


def conjoined(ask: Ask) -> list[_Ent] | None:
    """ "Chile shelled Tacna and Peru shelled Arica": ``conjoined_subject`` of the hit."""
    return conjoined_subject(ask.view, ask.hit)


#: what opens a sentence before a strike noun: "In a retaliatory", "During an overnight"
_OPENS_ON_STRIKE = re.compile(r"\s*(?:in|during)\s+(?:[a-z0-9'-]+\s+){0,4}")
#: between a fronted strike's subject and its verb of war, in the active voice
_ACTIVE_WAR_VERB = re.compile(
    r"(?:'s?)?\s+(?:(?!(?:was|were|is|are|been|being|had|has|have)\s)[a-z-]+\s+){0,2}?"
    r"(?:killed|hit|struck|shelled|bombed|pounded|destroyed|fired|attacked|targeted|shot"
    r"|downed|stormed|raided)\b"
)


def fronted_strike_subject(ask: Ask) -> list[_Ent] | None:
    """ "In a retaliatory strike, Turkish jets killed 20 militants near Zakho": a strike
    noun in a phrase that opens the sentence is done by the main clause's subject, when
    that subject does the harm in the active (not "In the raid, Pakistani soldiers were
    killed", nor "In a statement on the strike, the army said")."""
    view, h = ask.view, ask.hit
    low, ents = view.low, view.ents
    if not _OPENS_ON_STRIKE.fullmatch(low, view.clauses[0].start, h.start):
        return None
    comma = low.find(",", h.end, min(len(low), h.end + 60))
    if comma < 0:
        return None
    for i, e in enumerate(ents):
        if e.start <= comma:
            continue
        if (
            e.kind == "state"
            and (e.agentive or e.adjectival)
            and _SUBJECT_GAP.fullmatch(low, comma + 1, e.start)
            and _ACTIVE_WAR_VERB.match(low, e.end)
        ):
            return group_of(ents, i)
        return None
    return None


#: the rules tried first for a strike, in order
STRIKE_RULES: tuple[SurfaceRule, ...] = (
    conjoined,
    blamed_on,
    owned_by_after,
    modifier_before,
    by_after,
    fronted_strike_subject,
)


def find_actor(ask: Ask) -> tuple[list[_Ent], str]:
    """The entities acting in ``ask.hit`` and the name of the rule that found them;
    ``([], "")`` when no rule answers. An official named by surname ("Vardanyan
    ordered the shelling") is no strike's attacker unless his office commands forces."""
    found, rule = _find_actor(ask)
    if ask.hit.type.family == "strike" and any(e.person and not e.commands for e in found):
        return [], ""
    if ask.hit.type.family == "diplomatic" and found and _between_pair(ask.view, found):
        return [], ""
    return found, rule


def _between_pair(view: SentenceView, found: list[_Ent]) -> bool:
    """ "The chair is following the tension between Chad and Sudan and regrets the loss
    of life": the pair a tension or a fight is between is what the act is about; it
    does not act."""
    first = min(found, key=lambda e: e.start)
    group = group_of(view.ents, view.ents.index(first)) if first in view.ents else [first]
    return _prep_before(view.low, min(e.start for e in group)) == "between"


def _find_actor(ask: Ask) -> tuple[list[_Ent], str]:
    view = ask.view
    if ask.hit.type.family == "strike":
        # a strike's attacker: a new subject after "and", the party it is "blamed on",
        # a demonym on the strike noun ("Iraq condemned a Turkish drone strike"), before
        # whoever the clause's subject is
        for rule in STRIKE_RULES:
            found = rule(ask)
            if found:
                return found, rule.__name__
    victim = ask.hit.type.family == "strike" and (
        under_attack(ask) is not None
        or harmed_before(view.low, max(ask.clause.start, ask.hit.start - 60), ask.hit.start)
        or _died_in(ask, max(ask.clause.start, ask.hit.start - 60))
    )
    if view.parse is not None:
        # "a Chilean guard was wounded by sniper fire": the parse's subject was hit, so
        # only a passive's "by" agent acts
        found = (
            (_by_agent(view, ask.hit), "by_agent")
            if victim
            else roles.find_actor(view.parse, view.ents, ask.hit)
        )
        if found is not None and not found[0]:
            found = None
        if found is not None and all(_opens_on_victim(ask, e) for e in found[0]):
            found = None  # "Chilean fishing boats seized in May": whose boats, not who seized
        if found is not None:
            # "Thai, Cambodian troops clash": a party brings its coordinated group
            parties, rule = found
            grouped: list[_Ent] = []
            for e in parties:
                grouped += [x for x in group_of(view.ents, view.ents.index(e)) if x not in grouped]
            return grouped, rule
    for surface in SURFACE_RULES:
        ents = surface(ask)
        if ents is not None:
            return ents, surface.__name__
    found = came_from(ask)
    return (found, "came_from") if found else ([], "")


def _by_agent(view: SentenceView, hit: _Hit) -> list[_Ent]:
    """ "Chilean activists were attacked by Peruvian troops": the passive's agent."""
    return roles.by_agent(view.parse, view.ents, hit) or []


def party_codes(view: SentenceView, e: _Ent, *, diplomatic: bool = False) -> list[str]:
    """The states or organisations an acting entity stands for; [] when unknown.

    "Both sides" are the article's two main states; "it" and "the government" the party
    the sentence or the article named last (see ``_stand_in``). For a ``diplomatic``
    act, a "the foreign ministry" the sentence does not name is the state whose
    diplomatic acts the article last told ("Bangladesh summoned the envoy ... The
    foreign ministry also lodged a protest")."""
    if e.kind in ("state", "org"):
        return [e.code] if e.code else []
    if e.kind == "dyad":
        dyad = view.facts.dyad
        return list(dyad) if dyad else []
    if e.kind == "anaphor":
        return _stand_in(view, e, diplomatic)
    return []


def _stand_in(view: SentenceView, e: _Ent, diplomatic: bool) -> list[str]:
    """ "Tehran said it ...": the sayer; else the last party named before it in the
    sentence; else the last one the article named."""
    text, ents = view.text, view.ents
    said = _SAID_IT.search(text, max(0, e.start - 60), e.start)
    if said is not None:
        # A party we cannot map ("a militant group said it", "Hezbollah said it") is no
        # licence to guess a state.
        verb = said.end(1)
        for x in ents:  # "Russia, which ... with Armenia, said it": the antecedent
            if x.end < verb and x.kind in ("state", "org") and x.code:
                if _RELATIVE_AFTER.match(text, x.end):
                    return [x.code]
        for x in reversed(ents):
            if x.end > verb or x.locative or x.victim:
                continue
            gap = text[x.end : verb]
            if len(gap.split()) <= 3 and not any(c in gap for c in ',;"“”'):
                if x.kind in ("state", "org"):
                    return [x.code] if x.code else []
                if x.kind == "nonstate":
                    return []
                if x.kind == "anaphor":  # "the ministry said it had ...": the ministry
                    return _stand_in(view, x, diplomatic)
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
    if diplomatic and view.envoys:
        return [view.envoys[-1]]
    if view.recent:
        return [view.recent[-1]]
    office = diplomatic and _OFFICE.search(view.low, e.start, e.end) is not None
    lead = _state_before(view) if office else None
    return [lead] if lead else []


#: a stand-in that names a government office ("the ministry", "the country's
#: government"), not a bare "it" ("It is reported that ...")
_OFFICE = re.compile(r"\b(?:ministry|minister|government|office|country|cabinet)\b")


def _state_before(view: SentenceView) -> str | None:
    """ "The Latvian government said its airspace was violated. The country's foreign
    ministry summoned the Russian envoy": when no sentence read so far names a party,
    "the ministry" of a diplomatic act is the state the sentence before names first
    (the headline, for the story's first line), else the one the story is filed from."""
    facts = view.facts
    article = facts.article
    before = [s for s in article.sentences if s.end <= view.start]
    if before:
        prev = before[-1]
        for m, code in zip(facts.mentions, facts.codes, strict=True):
            if m.start >= prev.end:
                break
            if m.start >= prev.start and code:
                return code
    return facts.dateline_country

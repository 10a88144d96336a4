"""A diplomatic act told in a clause: who acts (``actors``), toward whom, where, when.

Whom an act is toward depends on its type, and that is data: the type's ``target``
in triggers.toml names one of ``TARGET_RULES`` below, and ``symmetric`` (a joint act:
talks, an agreement) makes the two parties a pair instead.

>>> sorted(TARGET_RULES)
['addressee', 'body', 'counterpart', 'destination', 'object']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from ..models import Place
from .actors import EXPLICIT, Ask, find_actor, party_codes
from .entities import group_of
from .records import _Draft, _Ent, _Hit
from .sayers import claimant_before, sayer_of_a_reported_violation, sayer_of_the_setting
from .sentence import SentenceView
from .text import _TITLE_GAP
from .when import act_date

__all__ = ["TARGET_RULES", "UNNAMED_RULES", "read_diplomatic"]

Parties = tuple[str, str | None, Place | None]
#: the actor rules that find a party the text names, a diplomatic act's subject after
#: a fronted phrase included ("During a visit to Lima, Chile's minister said")
_NAMED = EXPLICIT | {"fronted_subject"}


def read_diplomatic(
    view: SentenceView, ci: int, hits: list[_Hit], previous: date | None
) -> tuple[list[_Draft], date | None]:
    """The diplomatic events that triggers ``hits`` of clause ``ci`` tell, one act per
    type, and the date of the last dated one (else ``previous``): a later act of the
    clause counts its relative dates from it."""
    clause = view.clauses[ci]
    agreed = [h for h in hits if h.type.closes_clause]
    if agreed:  # "agreed to de-escalate and allow their ambassadors to return": one act
        first = agreed[0].start
        hits = [h for h in hits if h.start < first or h is agreed[0]]
    acts = [h for h in hits if not h.type.accompanies]
    if acts:  # "summoned the envoy to lodge a protest": the protest is the summons
        hits = [h for h in hits if not h.type.accompanies or h.start < acts[0].start]
        # "accused Peru of spying and summoned its envoy": the accusation is the reason
        hits = [h for h in hits if not (h.apart and _and_then(view, h, acts[0]))]
        hits = concern_in_the_appeal(hits)
    seen: set[str] = set()
    out: list[_Draft] = []
    shared: list[_Ent] | None = None
    for h in hits:
        kind = h.type.type
        if kind in seen or (h.apart and not _names_a_party(view, h)):
            continue
        seen.add(kind)
        actor_ents, how = find_actor(Ask(view, ci, h, shared=shared, fronted=True))
        sayer = sayer_of_the_setting(view, h) or sayer_of_a_reported_violation(view, h)
        if sayer:
            actor_ents, how = sayer, "sayer_of_the_setting"
        if how == "by_after" and h.type.target == "addressee":
            # "urged restraint by both sides": those urged, not who urges
            actor_ents = [e for e in actor_ents if e.kind != "dyad"]
        # "a Thai patrol visited the site": soldiers are no diplomats (unless the type
        # says forces do it too: "the Thai army lodged a protest"); "the two
        # countries" do not mediate between themselves
        actor_ents = [
            e
            for e in actor_ents
            if not (e.adjectival and e.target_noun and not h.type.by_forces)
            and not (h.type.third_party and e.kind == "dyad")
            and not of_private_people(view, e)
        ]
        shared = actor_ents
        codes: list[str] = []
        for e in actor_ents:
            codes += [c for c in party_codes(view, e, diplomatic=True) if c not in codes]
        passive = passive_parties(view, ci, h) if how not in _AGENT_RULES else None
        if passive is not None:
            codes, how = passive[0], "passive_parties"
        if not codes and view.speakers:
            codes, how = [view.speakers[0]], "speaker"
        for unnamed in UNNAMED_RULES:
            if codes:
                break
            codes, how = unnamed(view, ci, h), unnamed.__name__
        if h.joint and len(codes) < 2:
            continue  # "Pakistan pledged to": a pledge only agrees when two pledge
        if h.apart:  # "ties with Peru soured after it blamed Peru": "it" is not Peru
            codes = [c for c in codes if c not in _named_inside(view, h)]
        codes = stand_in_not_addressed(view, ci, h, actor_ents, codes)
        if not codes:
            continue
        used = {id(e) for e in actor_ents}
        after = [
            e
            for e in view.ents
            if e.start >= h.start
            and e.start < clause.end
            and id(e) not in used
            and e.kind in ("state", "place", "org", "dyad")
            and not _struck_party(view, ci, h.end, e)
        ]
        d, precision = act_date(view, ci, previous, at=h.start)
        if passive is not None:
            pairs = [(actor, passive[1], None) for actor in codes]
        elif h.type.symmetric:
            pairs = _joint(view, codes, after)
        else:
            rule = TARGET_RULES[h.type.target]
            pairs = [(actor, *toward) for actor in codes if (toward := rule(view, actor, after))]
            if h.type.target == "counterpart":
                pairs = _each_coordinated_counterpart(pairs, after)
        for actor, target, place in pairs:
            if target is None and not h.type.symmetric:
                target = _attacker_condemned(view, ci, h, actor)
            if target is None and h.type.stance:
                target = claimant_before(view, h, actor) or other_main_state(view, ci, h, actor)
            if place is None:
                place = _venue(
                    view,
                    ci,
                    h.end,
                    posted=h.type.target == "counterpart",
                    agreed=h.type.closes_clause,
                )
            conf = 0.45
            conf += 0.2 if how in _NAMED else 0.1
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
                    [view.source],
                    place_stated=place is not None,
                )
            )
        if d is not None:
            previous = d
    return out, previous


def concern_in_the_appeal(hits: list[_Hit]) -> list[_Hit]:
    """ "The OSCE voiced concern over the clashes and called for restraint": the concern
    voiced before an act that absorbs it (an appeal) is part of that act, not a
    statement of its own; a protest sent before it stays one."""
    absorbing = next((h for h in hits if h.type.absorbs_before), None)
    if absorbing is None:
        return hits
    return [
        h
        for h in hits
        if not (h.type.accompanies and not h.type.sent and h.start < absorbing.start)
    ]


#: the rules that find the "by" agent of a passive: it acts ("summoned by Peru")
_AGENT_RULES = frozenset({"by_agent", "by_after"})
#: a passive verb: "was summoned", "were expelled", "has been lodged", "was called in"
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|called in)\b")


def passive_parties(view: SentenceView, ci: int, h: _Hit) -> tuple[list[str], str | None] | None:
    """ "Iran's envoy was summoned to the Azerbaijani foreign ministry": an act told in
    the passive (a type with ``passive_object``) is toward the party named before its
    verb (else the one named after it: "a protest was lodged with the Afghan envoy in
    Kabul"), and done by the party the act is taken to or from ("expelled from Peru"),
    else the capital it happens in ("in Lima", or the envoy's post: "Peru's envoy in
    Lima"), else the one reporting it, else the article's other main state. None when
    the act is not told in the passive; the "by" agent is found before."""
    if not h.type.passive_object:
        return None
    clause = view.clauses[ci]
    verb = _PASSIVE.search(view.low, max(clause.start, h.start - 12), min(clause.end, h.end + 20))
    if verb is None:
        return None
    parties = [
        e for e in view.ents if clause.start <= e.start < clause.end and e.kind in ("state", "org")
    ]
    before = [e for e in parties if e.start < verb.start()]
    after = [e for e in parties if e.start >= verb.end()]
    named = [e.code for e in before if not e.locative] or [
        e.code for e in after if not e.locative and not e.origin and not _taken_to(view, e)
    ]
    target = next((c for c in named if c), None)
    doers = [e for e in after if e.code != target and (e.origin or e.prep in ("to", "in", "at"))]
    doers += [e for e in before if e.locative and e.code != target]
    actor = next((e.code for e in doers if e.code), None)
    if actor is None:
        actor = next((c for c in view.speakers if c != target), None)
    if actor is None and target is not None:
        actor = view.facts.partner(target)
    if actor is None:
        return None
    if target is None:  # "Ambassador Ivan Petrov was summoned to the Latvian ministry"
        target = view.facts.partner(actor)
    return [actor], target


def stand_in_not_addressed(
    view: SentenceView, ci: int, h: _Hit, actor_ents: list[_Ent], codes: list[str]
) -> list[str]:
    """ "The government sent a note of protest against Venezuela": "the government" the
    sentence does not name is not the state the act is against or sent to; it is the
    other of the article's two main states."""
    if not codes or not actor_ents or any(e.kind != "anaphor" for e in actor_ents):
        return codes
    clause = view.clauses[ci]
    addressed = {
        e.code
        for e in view.ents
        if h.start <= e.start < clause.end
        and e.kind == "state"
        and e.code
        and e.prep in ("against", "to", "with")
    }
    kept = [c for c in codes if c not in addressed]
    if kept or len(codes) != 1:
        return kept
    partner = view.facts.partner(codes[0])
    return [partner] if partner else []


def _taken_to(view: SentenceView, e: _Ent) -> bool:
    """ "was summoned to the Latvian foreign ministry": the state whose office the act is
    taken to does it, and is not the one acted on (not "delivered to the Togolese envoy")."""
    return (
        e.prep in ("to", "in", "at")
        and e.adjectival
        and _OFFICE_AFTER.match(view.low, e.end) is not None
    )


#: what may stand between private people and their state: "residents of the Zambian"
_OF_THE = r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$"


def of_private_people(view: SentenceView, e: _Ent) -> bool:
    """ "Residents of the Zambian town voiced anger": a state named as where people who
    hold no office are from (``unofficial`` in actors.toml) does not speak through them."""
    rx = view.facts.lexicon.unofficial
    if rx is None:
        return False
    return _of_private(rx.pattern).search(view.low[max(0, e.start - 60) : e.start]) is not None


@lru_cache(maxsize=4)
def _of_private(unofficial: str) -> re.Pattern[str]:
    """The lexicon's ``unofficial`` people followed by "of (the)": compiled once."""
    return re.compile(rf"(?:{unofficial}){_OF_THE}")


def _each_coordinated_counterpart(pairs: list[Parties], after: list[_Ent]) -> list[Parties]:
    """ "Chile summoned the envoys of Peru and Bolivia": one act toward each of the
    coordinated states the target is named with."""
    out: list[Parties] = []
    for actor, target, place in pairs:
        named = next((e for e in after if e.code == target and e.kind == "state"), None)
        group = [named] if named is None or named.group < 0 else group_of(after, after.index(named))
        codes = [e.code for e in group if e is not None and e.code and e.code != actor]
        out += [(actor, c, place) for c in dict.fromkeys(codes or [target])]
    return out


#: a clause that points back at acts told before: "such actions violate its sovereignty"
_BACK_REFERENCE = re.compile(
    r"\b(?:such|these|this|those)\s+(?:[a-z-]+\s+)?(?:actions?|acts?|attacks?|strikes?|"
    r"violations?|incidents?|aggression|provocations?)\b"
)


def _attacker_condemned(view: SentenceView, ci: int, h: _Hit, actor: str) -> str | None:
    """ "Peru condemned the attack", "Peru said such acts violate its sovereignty": an
    act about a strike told before, naming no party it is toward, is toward the
    attacker of the last strike on the actor."""
    clause = view.clauses[ci]
    told = any(
        clause.start <= s.start < clause.end and s.type.family == "strike" for s in view.hits
    )
    if not told and not _BACK_REFERENCE.search(view.low, clause.start, clause.end):
        return None
    on_actor = (a for a, t in reversed(view.struck) if t == actor and a and a != actor)
    return next(on_actor, None) or _attacker_of_the_last_strike(view, actor)


def _attacker_of_the_last_strike(view: SentenceView, actor: str) -> str | None:
    """ "Peruvian jets struck Bolivia on Monday. Chile condemned the attack": a state
    that was not hit condemns the attacker of the strike told last."""
    return next((a for a, _ in reversed(view.struck) if a and a != actor), None)


def other_main_state(view: SentenceView, ci: int, h: _Hit, actor: str) -> str | None:
    """ "Chilean troops fired on a Peruvian patrol. Peru called the incident
    unacceptable", "Lima has no grounds to keep the border shut, Chile's minister told
    parliament": a statement of one of the article's two main states, in a sentence
    that names no state but the other, takes a position on the other; not when that
    state is named as the place a strike hit ("condemned the bombing of the Peruvian
    town of Tacna")."""
    partner = view.facts.partner(actor)
    for e in view.ents:
        if e.kind == "state" and e.code != actor:
            if e.code != partner or _struck_party(view, ci, h.end, e):
                return None
    return partner


def _and_then(view: SentenceView, first: _Hit, then: _Hit) -> bool:
    """ "accused Peru of spying and summoned its envoy": ``then`` follows ``first`` as a
    verb joined by "and", with no comma between (not "accuses Peru of arming rebels,
    recalls envoy", two acts)."""
    gap = view.low[first.end : then.start]
    return first.end <= then.start and " and " in f" {gap} " and "," not in gap


def _names_a_party(view: SentenceView, h: _Hit) -> bool:
    """ "accused Peru of arming rebels": a state or organisation named inside the
    trigger, as an ``apart_phrases`` act needs (not "a woman accused of theft", nor
    "accused the rebels of ...")."""
    return any(h.start < e.start < h.end and e.kind in ("state", "org") for e in view.ents)


def _named_inside(view: SentenceView, h: _Hit) -> set[str]:
    """The parties named inside a trigger ("accused Peru of"): the accused, who does not
    accuse itself."""
    return {e.code for e in view.ents if h.start < e.start < h.end and e.code}


def _joint(view: SentenceView, codes: list[str], after: list[_Ent]) -> list[Parties]:
    """ "Chile and Peru signed a truce", "Chile held talks with Peru": the two parties;
    a lone actor's counterpart is the party it acts with, else the next one named not
    as a venue, else the article's other main state, else the venue's state ("held
    talks in Lima"); with several coordinated counterparts ("held
    talks with Peruvian and Bolivian officials"), one act with each."""
    if len(codes) >= 2:
        pair = codes[:2]
    else:
        others = [e for e in after if e.kind in ("state", "org") and e.code and e.code != codes[0]]
        withs = [e for e in others if e.prep in ("with", "between")]
        named = [e for e in others if not e.locative]
        first = (withs or named)[0] if withs or named else None
        partner = first.code if first is not None else view.facts.partner(codes[0])
        if partner is None and others:  # "held talks in Lima": the host, if no one else
            first = others[0]
            partner = first.code
        pair = [codes[0], partner] if partner else [codes[0]]
        apart = each_party_in_turn(view, codes[0], first, others)
        if apart:
            return apart
        if first is not None and first.group >= 0:
            partners = [e.code for e in others if e.group == first.group and e.code]
            return [(codes[0], c, None) for c in dict.fromkeys(partners)]
    if len(pair) == 2 and len(codes) >= 2:
        # a joint act: who announced it, else where it is reported from, else the party
        # the article is mostly about
        facts = view.facts
        first = (
            next((c for c in view.speakers if c in pair), None)
            or (facts.dateline_country if facts.dateline_country in pair else None)
            or (facts.dyad[0] if facts.dyad and facts.dyad[0] in pair else None)
        )
        if first and pair[0] != first:
            pair = [pair[1], pair[0]]
    return [(pair[0], pair[1] if len(pair) > 1 else None, None)]


#: "spoke separately with", "in separate calls with": one act with each party named
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b")


def each_party_in_turn(
    view: SentenceView, actor: str, first: _Ent | None, others: list[_Ent]
) -> list[Parties]:
    """ "The Peruvian minister spoke separately by phone with the Chilean and the Bolivian
    ministers": one act with each state named after the first partner (not a venue),
    when the clause says the acts were separate."""
    if first is None or not _SEPARATELY.search(view.low, 0, first.start):
        return []
    named = [e for e in others[others.index(first) :] if e.kind == "state" and not e.locative]
    codes = [e.code for e in named if e.code != actor]
    return [(actor, c, None) for c in dict.fromkeys(codes)] if len(set(codes)) > 1 else []


# ------------------------------------------------------------ officials with no state


#: "his Chilean counterpart", "their Peruvian counterparts"
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?counterparts?\b")
#: "the President of Peru": an office whose state follows it
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?$")


def party_inside_trigger(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "In a statement, the Chilean foreign ministry voiced concern": a state named
    inside the trigger itself acts; not the envoy's state of an act on an envoy
    ("summoned Peru's charge d'affaires"), nor the party accused ("accused Peru of")."""
    if h.apart or h.type.target == "counterpart":
        return []
    inside = (
        e.code
        for e in view.ents
        if h.start <= e.start < h.end
        and e.kind == "state"
        and _OFFICE_AFTER.match(view.low, e.end, h.end)
    )
    code = next((c for c in inside if c), None)
    return [code] if code else []


#: after a state, the office it names: "'s foreign ministry", " government"
_OFFICE_AFTER = re.compile(
    r"(?:'s?)?\s+(?:[a-z-]+\s+){0,2}?(?:ministry|office|government|minister|department|"
    r"presidency|cabinet|council)\b"
)


def counterpart_partner(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "The local commander held talks with his Peruvian counterpart": an official the
    sentence gives no state meets the counterpart of one of the article's two main
    states, so acts for the other."""
    clause = view.clauses[ci]
    found = _COUNTERPART.search(view.low, h.start, clause.end)
    if found is None:
        return []
    for e in view.ents:
        if found.start() <= e.start < found.end() and e.kind == "state" and e.code:
            partner = view.facts.partner(e.code)
            return [partner] if partner else []
    return []


def official_of_filing_state(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "LIMA: Making a statement to parliament, Defence Minister Ana Ruiz said": an
    office named with no state of its own (``officials`` in actors.toml) speaks for the
    state the story, or its line, was filed from."""
    rx = view.facts.lexicon.official
    clause = view.clauses[ci]
    found = rx.search(view.low, clause.start, clause.end) if rx is not None else None
    if found is None:
        return []
    low, a, b = view.low, found.start(), found.end()
    for e in view.ents:
        if e.kind in ("state", "org") and (
            (e.end <= a and _TITLE_GAP.fullmatch(low, e.end, a))
            or (e.start >= b and _OF_STATE.fullmatch(low, b, e.start))
        ):
            return []  # "Peru's defence minister", "the President of Peru"
    filed = view.facts.dateline_country or _line_filed_from(view)
    return [filed] if filed else []


def _line_filed_from(view: SentenceView) -> str | None:
    """The state of a capital that opens the sentence before a colon ("Lima: ...")."""
    first = view.ents[0] if view.ents else None
    if first is None or view.text[: first.start].strip() or first.kind != "state":
        return None
    return first.code if view.text[first.end : first.end + 2].lstrip(" ").startswith(":") else None


#: a joint act's sides told as people of no name, in lower case: "talks between the
#: border commanders", "a meeting between military officials"
_BETWEEN_UNNAMED = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+between\s+(?:(?:the|both|two)\s+)*(?:[a-z][a-z-]*\s+){0,2}"
    r"[a-z][a-z-]*s\b"
)


def between_the_two_states(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "Talks between the border commanders failed": a joint act between sides the
    sentence names only as people (not "between the ruling party's leader and his
    rival") is between the article's two main states."""
    if not h.type.symmetric:
        return []
    start = h.end - len(" between") if view.low[h.start : h.end].endswith(" between") else h.end
    if not _BETWEEN_UNNAMED.match(view.text, start):
        return []
    return list(view.facts.dyad or ())


#: from the end of a joint act's trigger to the first side: "talks between the"
_BETWEEN = re.compile(r"(?:\s+(?:[a-z-]+\s+){0,2}?between)?\s+(?:the\s+)?$")


def between_named_sides(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "Talks between Chilean and Peruvian officials took place in Quito": a joint act
    is between the coordinated parties named right after "between"."""
    if not h.type.symmetric or "between" not in view.low[h.start : h.end + 40]:
        return []
    for i, e in enumerate(view.ents):
        if e.start >= h.end and e.kind == "state" and _BETWEEN.fullmatch(view.low, h.end, e.start):
            if "between" not in view.low[h.start : e.start]:
                return []
            side = group_of(view.ents, i)
            return list(dict.fromkeys(x.code for x in side if x.code))
    return []


#: from a strike noun to the party or place it hit: "the shelling of the Peruvian town of"
_ON_STRUCK = re.compile(r"\s+(?:on|of|in|against|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")


def _struck_party(view: SentenceView, ci: int, after: int, e: _Ent) -> bool:
    """ "Chile condemned the shelling of the Peruvian town of Tacna": a party or place the
    strike an act is about hit is not whom the act is toward, nor where it is done."""
    clause = view.clauses[ci]
    return any(
        s.type.family == "strike"
        and after <= s.start
        and s.end <= e.start < clause.end
        and _ON_STRUCK.fullmatch(view.low, s.end, e.start)
        for s in view.hits
    )


#: a government named by no state ("the interim government", "the junta's cabinet")
_GOVERNMENT = re.compile(r"\b(?:government|administration|authorities|regime|cabinet)\b")


def government_of_the_state_hit(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "The interim government denounced these strikes": a government the sentence
    names by no state, condemning the strikes told before, is the government of the
    state they hit."""
    clause = view.clauses[ci]
    if not view.struck or not _GOVERNMENT.search(view.low, clause.start, h.start):
        return []
    after = any(h.end <= s.start < clause.end and s.type.family == "strike" for s in view.hits)
    return [view.struck[-1][1]] if after else []


def sender_facing_the_addressee(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "The commander sent a formal letter to the Lao border office": a protest, note
    or letter whose sender the sentence names by no state is sent by the other of the
    article's two main states than the one it is addressed to."""
    if not h.type.sent:
        return []
    clause = view.clauses[ci]
    to = next(
        (e for e in view.ents if h.start <= e.start < clause.end and e.kind == "state" and e.code),
        None,
    )
    partner = view.facts.partner(to.code) if to is not None and to.code else None
    return [partner] if partner else []


def sides_inside_the_trigger(view: SentenceView, ci: int, h: _Hit) -> list[str]:
    """ "A meeting of the Indian and Bangladeshi border commission was held": a joint
    act whose own words name two states or more is between them."""
    if not h.type.symmetric:
        return []
    inside = (e.code for e in view.ents if h.start < e.start < h.end and e.kind == "state")
    codes = list(dict.fromkeys(c for c in inside if c))
    return codes if len(codes) >= 2 else []


UnnamedRule = Callable[[SentenceView, int, _Hit], list[str]]

#: who acts when the sentence names no party and no speaker, tried in order
UNNAMED_RULES: tuple[UnnamedRule, ...] = (
    party_inside_trigger,
    counterpart_partner,
    official_of_filing_state,
    between_the_two_states,
    between_named_sides,
    sides_inside_the_trigger,
    government_of_the_state_hit,
    sender_facing_the_addressee,
)


Target = tuple[str | None, Place | None]


def _others(actor: str, after: list[_Ent]) -> list[_Ent]:
    return [e for e in after if e.code != actor or e.kind == "place"]


def first_party(view: SentenceView, actor: str, after: list[_Ent]) -> Target:
    """ "Chile condemned Peru": the next party named; the party an act is "against"
    before a body it is taken to ("filed a complaint with the UN against Peru")."""
    others = _others(actor, after)
    against = next((e.code for e in others if e.prep == "against" and e.code), None)
    if against is not None:
        return against, None
    # "filed a complaint at the UN Security Council": the body is where, not whom
    named = (e for e in others if e.kind == "state" or (e.kind == "org" and e.prep != "at"))
    return next((e.code for e in named if e.code), None), None


def body_asked(view: SentenceView, actor: str, after: list[_Ent]) -> Target:
    """ "Kenya asked the UN Security Council to act against Somalia": a request goes to
    the organisation named after it, else to the next party named ("asked Peru for
    help")."""
    others = _others(actor, after)
    body = next((e.code for e in others if e.kind == "org" and e.code), None)
    return (body, None) if body is not None else first_party(view, actor, after)


def counterpart(view: SentenceView, actor: str, after: list[_Ent]) -> Target:
    """ "Chile expelled the envoy": the next party named, else the article's other main
    state."""
    target, _ = first_party(view, actor, after)
    return target if target is not None else view.facts.partner(actor), None


def addressee(view: SentenceView, actor: str, after: list[_Ent]) -> Target:
    """ "Chile urged Peru to show restraint": the one party addressed, if only one; not
    "urged both sides to ..." nor "urged Peru and Bolivia to ..."."""
    others = _others(actor, after)
    named = {e.code for e in others if e.kind in ("state", "org") and e.code}
    both = any(e.kind == "dyad" for e in after)
    if len(named) == 1 and not both and not any(e.group >= 0 for e in others):
        return named.pop(), None
    return None, None


def destination(view: SentenceView, actor: str, after: list[_Ent]) -> Target | None:
    """ "the Chilean minister travelled to Lima": the country travelled to, and the city
    (else that country's capital) as the place. No act when no place is travelled to
    ("the commander visited the wounded")."""
    dest = next((e for e in after if e.place is not None and e.code != actor), None)
    if dest is None:
        dest = next((e for e in after if e.place is not None), None)
    if dest is None or dest.place is None:
        return None
    target = dest.place.country
    place: Place | None = None
    if dest.place.kind == "city":
        place = dest.place
    elif target:
        place = view.facts.geo.capital(target)
    return (None if target == actor else target), place


TargetRule = Callable[[SentenceView, str, list[_Ent]], Target | None]

#: whom a diplomatic act is toward, by the ``target`` its type names in triggers.toml
#: (None: the clause tells no such act)
TARGET_RULES: dict[str, TargetRule] = {
    "object": first_party,
    "counterpart": counterpart,
    "addressee": addressee,
    "body": body_asked,
    "destination": destination,
}


#: where a diplomatic act's clause turns to what it is about: "protested to Myanmar over
#: the shell that landed in Mae Sot" (Mae Sot is not where the protest was made); "to
#: protest the shooting in Tacna", "in connection with the raid on Tacna" likewise
#: where an agreement turns to what was agreed: "agreed in Doha to reopen the crossing"
_WHAT_AGREED = re.compile(r"\s(?:to|that)\s")
_ABOUT = re.compile(
    r"\b(?:over|after|following|about|regarding|concerning|against|accusing"
    r"|to\s+(?:protest|condemn|explain|clarify|account\s+for|complain\s+about)"
    r"|in\s+(?:connection\s+with|response\s+to|relation\s+to))\s"
)


#: right after an act on an envoy, where the envoy serves: "recalled its envoy in Lima"
_POSTED_IN = re.compile(r"\s+in\s+$")


def _venue(
    view: SentenceView, ci: int, after: int, *, posted: bool = False, agreed: bool = False
) -> Place | None:
    """ "met in Doha", "shook hands ... in Islamabad": a city the clause puts it in,
    before it turns (``after`` the trigger) to what the act is about; for an act on an
    envoy (``posted``), not the city named right after it, where the envoy serves
    ("Chile recalled its envoy in Lima"); for an agreement (``agreed``), not a place in
    what was agreed ("agreed to reopen the crossing at Colchane")."""
    clause = view.clauses[ci]
    turns = (_ABOUT, _WHAT_AGREED) if agreed else (_ABOUT,)
    end = min(
        [clause.end] + [m.start() for rx in turns if (m := rx.search(view.low, after, clause.end))]
    )
    for e in view.ents:
        if (
            clause.start <= e.start < end
            and e.place is not None
            and e.place.kind == "city"
            and e.locative
            and e.prep in ("in", "at")
            and not (posted and _POSTED_IN.fullmatch(view.low, after, e.start))
            and not _struck_party(view, ci, after, e)
        ):
            return e.place
    return None

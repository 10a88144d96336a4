"""A strike told in a clause: who struck (``actors``), whom and where (``targets``),
when (``when``), the toll, and how sure the reading is.

A strike noun pointing back at an event told elsewhere ("over the attack") starts
none, and a summary of both sides' acts ("tit-for-tat shelling") becomes the type a
clash of two sides is (``two_sided_type`` in triggers.toml) or nothing.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from datetime import date
from itertools import product

from ..counting import parse_number
from ..models import Place
from ..numbers import killed_count
from .actors import EXPLICIT, Ask, find_actor, party_codes
from .records import _Draft, _Ent, _Hit
from .roles import accusers
from .sentence import SentenceView
from .targets import (
    BESIDE,
    STATED,
    Case,
    between_sides,
    find_targets,
    finer_place,
    nonstate_side,
    partner_state,
    strike_place,
    two_sides,
)
from .text import (
    _BY_AFTER,
    _DEFINITE,
    _OBJECT_GAP,
    _PASSIVE_GAP,
    _PLACE_PREPS,
    OFFICE_NAME,
    _Clause,
    _prep_before,
    not_where_it_fell,
)
from .when import act_date

__all__ = ["is_reference", "read_strike", "strike_case"]


def strike_case(view: SentenceView, ci: int, hits: list[_Hit]) -> Case | None:
    """What clause ``ci`` says of the strike its triggers ``hits`` (one attacker's)
    tell, before its target is read; None when every trigger points back at a strike
    told elsewhere."""
    clause = view.clauses[ci]
    hits = [h for h in hits if not is_reference(view, clause, h)]
    if not hits:
        return None
    anchor = hits[0]
    best = min(hits, key=lambda h: (h.type.rank, -(h.end - h.start), h.start)).type
    end = _reach(view, ci)
    actor_ents, how = find_actor(Ask(view, ci, anchor))
    actors: list[str] = []
    for e in actor_ents:
        actors += [c for c in party_codes(view, e) if c not in actors]
    # "Armenia accused Azerbaijan of shelling ...": Armenia's claim, about Armenia
    claimants = accusers(view.parse, view.ents, anchor) if view.parse is not None else None
    if how == "blamed_on" and claimants is None:
        claimants = []  # "blamed on Peru": an accusation, whoever makes it
    if claimants:
        # whoever the accused is, the accuser did not do it
        accusing = {c for e in claimants for c in party_codes(view, e)}
        actors = [c for c in actors if c not in accusing]
    used = frozenset(id(e) for e in actor_ents)
    reciprocal = any(
        clause.start <= a < clause.end and not mutual_blame(view, a, anchor)
        for a in view.reciprocal
    ) or any(e.kind == "dyad" for e in actor_ents)
    places = _places(view, clause, end, anchor, used)
    sides: list[str] = []
    if not actors:
        pair = between_sides(view, anchor, end)
        if len(pair) == 2:
            actors, sides, how = [pair[0]], [pair[1]], "between_sides"
        elif nonstate_side(view, anchor, end):
            how = "nonstate_side"
    return Case(
        view,
        ci,
        anchor,
        best,
        end,
        tuple(actors),
        how,
        used,
        tuple(places),
        tuple(claimants) if claimants is not None else None,
        tuple(sides),
        reciprocal,
    )


#: blame laid on each other right before the mark: "blamed each other", "accusing one another"
_BLAME_BEFORE = re.compile(r"(?:accus|blam)[a-z]*\s+\Z")
#: a mark that is itself blame: "each side accusing the other", "both sides blaming the other"
_BLAME_MARK = re.compile(
    r"(?:each|both)\s+(?:sides?|countr(?:y|ies)|governments?|armies|army)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:accus|blam)[a-z]*\s+the\s+other\b"
)


def mutual_blame(view: SentenceView, at: int, anchor: _Hit) -> bool:
    """ "Azerbaijani shelling killed two villagers in Sotk, with each side blaming the
    other": a reciprocal mark told after the strike that lays blame on each other is
    what the two sides say of it, not a summary of both sides' acts (unlike "Armenia
    and Azerbaijan accused each other of shelling villages", where the acts come after
    the mark, or "the two sides traded strikes").

    >>> from geomap.articles import article_from_text
    >>> from geomap.events import extract_events
    >>> from geomap.resolution import geoparse
    >>> a = article_from_text("a", "Sudanese artillery shelled Adre on Sunday, killing four, "
    ...     "with both governments blaming the other for the first shot.")
    >>> [(e.type, e.actor, e.target) for e in extract_events(a, geoparse(a))]
    [('shelling', 'SD', 'TD')]
    """
    if at < anchor.end:
        return False
    return bool(
        _BLAME_BEFORE.search(view.low, max(0, at - 24), at) or _BLAME_MARK.match(view.low, at)
    )


def read_strike(
    view: SentenceView, ci: int, hits: list[_Hit], previous: date | None
) -> list[_Draft]:
    """The strike events that triggers ``hits`` (one attacker's) of clause ``ci`` tell:
    one per target, none when nothing of it can go on a map."""
    case = strike_case(view, ci, hits)
    if case is None or is_campaign(view, ci, case.anchor):
        return []
    best, how, places = case.best, case.how, case.places
    kind, two_sided = best.type, best.two_sided
    unarmed = two_sided and _at_the_unarmed(case)
    if unarmed:
        kind, two_sided = view.facts.lexicon.unarmed_type or kind, False
    explicit = how in EXPLICIT
    actors = list(case.actors)
    targets, how_target = find_targets(case)
    if _figurative(case, how_target) or (unarmed and not targets):
        return []
    if _no_states_crossing(case):
        return []
    if not actors and targets:
        actors = from_across_the_border(case, targets[0]) or fired_from(case, targets[0])
    if two_sided:
        actors, targets = two_sides(case, targets)
    # "accused Peru and UN forces of shelling Chilean villages": each attacker's strike
    joint = (
        len(actors) >= 2
        and not case.reciprocal
        and not two_sided
        and bool(targets)
        and not set(actors) & set(targets)
    )
    if (case.reciprocal or len(actors) >= 2) and not joint:
        # a summary of both sides' acts: a clash, or nothing
        if not two_sided and not _precise(view, ci, places, previous):
            return []
        pair = actors or list(view.facts.dyad or ())
        kind = view.facts.lexicon.two_sided_type or kind
        two_sided = True
        if len(pair) >= 2:
            actors, targets = [pair[0]], [pair[1]]
    actor = actors[0] if actors else None
    if not targets and actor and explicit and not best.vague:
        targets = partner_state(view, actor, places)
        how_target = "partner_state" if targets else how_target
    if not targets and not places:
        return []  # no target, no place: nothing for the map, so no date or toll to read
    d, precision = act_date(view, ci, previous, strike=True, at=case.anchor.start)
    count = _toll(view, ci, case.end) if len(targets) <= 1 else None
    found = [e.place for e in places if e.place]
    beside = how_target in BESIDE or two_sided
    hit: list[str | None] = list(targets) or [None]  # no target: one event at the place
    drafts: list[_Draft] = []
    for by, t in product(actors if joint else [actor], hit):
        place = strike_place(found, t, targets=hit, beside=beside, actor=by)
        stated = t is not None and how_target in STATED
        conf = _confidence(explicit, by, how, t, stated, place, d)
        drafts.append(
            _Draft(
                "strike",
                kind,
                by,
                t,
                place,
                d,
                precision,
                count,
                conf,
                [view.source],
                place_stated=place is not None,
                alleged=case.claimants is not None or _unverified(case),
                sound=_HEARD.match(view.low, case.anchor.end) is not None,
                unnamed=not case.used,
            )
        )
    return drafts


def _figurative(case: Case, how_target: str) -> bool:
    """ "The minister came under fire from critics": "under fire" is a strike only when
    troops, posts or a town came under it."""
    if not case.view.low.startswith("under", case.anchor.start):
        return False
    return how_target != "under_attack_subject" and not finer_place(case.places)


#: the relative pronoun right before a crossing: "a porter who (illegally) crossed into"
_WHO_BEFORE = re.compile(r"([a-z][\w'-]*)\s+who\s+(?:[a-z]+ly\s+)?(?:had\s+|tried\s+to\s+)?\Z")


def _no_states_crossing(case: Case) -> bool:
    """Whether an incursion's crossers are people, not a state's forces or craft: told
    in a relative clause of a person ("a Nepali porter who crossed into India was shot
    dead"), or done by people who carry no arms ("hundreds of Sudanese refugees crossed
    into Chad"). Troops stay crossers: "soldiers who crossed into", "workers escorted by
    soldiers built a road on its side of the border", "villagers said troops crossed
    into" (who tells of it is not who did it)."""
    if case.best.type != "incursion":
        return False
    return _a_persons_crossing(case) or _civilians_crossing(case)


def _a_persons_crossing(case: Case) -> bool:
    """ "A Nepali porter who crossed into India": the crossing of a person's relative
    clause (not "four who crossed", a count of troops, nor "drones that crossed")."""
    view, a = case.view, case.anchor
    m = _WHO_BEFORE.search(view.low, max(0, a.start - 60), a.start)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isdigit() or parse_number(word) is not None:
        return False
    craft = view.facts.lexicon.craft
    return craft is None or craft.fullmatch(word) is None


def _civilians_crossing(case: Case) -> bool:
    """ "Hundreds of Sudanese refugees crossed into Chad": the last unarmed people
    before the crossing in its clause, with no armed men and no reporting verb
    between them and it."""
    view, a = case.view, case.anchor
    lex = view.facts.lexicon
    if lex.unarmed is None:
        return False
    # the people nearest the crossing
    nearest = deque(lex.unarmed.finditer(view.low, view.clauses[case.ci].start, a.start), 1)
    if not nearest:
        return False
    between = view.low[nearest[0].end() : a.end]
    told = lex.speech_verb is not None and lex.speech_verb.search(between) is not None
    armed = lex.armed is not None and lex.armed.search(between) is not None
    return not told and not armed


def _unverified(case: Case) -> bool:
    """ "Pakistan claimed to have shot down two Indian jets", "a suspected Turkish drone
    strike": a strike one side claims, or the text doubts, is alleged. A doubt before
    the trigger covers it; one of the ``after`` doubts after it covers it when no strike
    trigger comes between or after ("an airstrike, likely carried out by Jordan", not
    the strikes of "struck the camps and claims to have shot down two jets")."""
    view, a = case.view, case.anchor
    lex = view.facts.lexicon
    rx = lex.unverified
    if rx is None:
        return False
    starts = [h.start for h in view.hits if h.type.family == "strike" and h.start >= a.end]
    for m in rx.finditer(view.low):
        if m.start() < a.end:
            return True
        after = lex.unverified_after
        told_after = after is not None and after.fullmatch(view.low, m.start(), m.end())
        if told_after and not any(s < m.start() or s >= m.end() for s in starts):
            return True
    return False


def _at_the_unarmed(case: Case) -> bool:
    """ "Indian border guards opened fire on Bangladeshi villagers": fire opened on
    people who do not fire back is one side's strike, no clash."""
    rx = case.view.facts.lexicon.unarmed
    return rx is not None and rx.match(case.view.low, case.anchor.end) is not None


def is_campaign(view: SentenceView, ci: int, h: _Hit) -> bool:
    """ "Chile has carried out drone strikes on rebels in Peru since 2019": a campaign
    told in the perfect over a span of time, not one strike. The span may open the
    sentence instead (``fronted_span``)."""
    lex = view.facts.lexicon
    if lex.campaign_perfect is None or lex.campaign_span is None:
        return False
    clause = view.clauses[ci]
    if told_as_a_habit(view, ci, h):
        return True
    # the perfect may sit inside a trigger that names the attacker ("jets have bombed");
    # the span may come before it in the clause ("told reporters that since 2021 it has
    # logged 20 incursions")
    return lex.campaign_perfect.search(view.low, clause.start, h.end) is not None and (
        lex.campaign_span.search(view.low, clause.start, clause.end) is not None
        or fronted_span(view, h)
    )


def told_as_a_habit(view: SentenceView, ci: int, h: _Hit) -> bool:
    """ "Rebels at times cross the frontier to attack Senegalese villages": a strike told
    as what happens now and then, a habit word before it in its clause, is no one act."""
    rx = view.facts.lexicon.campaign_habit
    return rx is not None and rx.search(view.low, view.clauses[ci].start, h.start) is not None


#: what may come before a span that opens a sentence: spaces, a quote mark
_SPAN_OPENING = re.compile(r"[\s\"'\u201c\u2018]*")


def fronted_span(view: SentenceView, h: _Hit) -> bool:
    """ "Over the past decade, Peruvian jets have bombed camps in Chile": a span of time
    that opens the sentence, before its trigger, sets the whole sentence in it."""
    rx = view.facts.lexicon.campaign_span
    if rx is None:
        return False
    m = rx.match(view.low, _SPAN_OPENING.match(view.low).end())
    return m is not None and m.end() <= h.start


def from_across_the_border(case: Case, target: str) -> list[str]:
    """ "Chilean posts came under fire from across the border": a strike that came from
    the other side of the target's border, with no attacker named, was the other of
    the article's two states' (not when militants or gunmen are named)."""
    view = case.view
    rx = view.facts.lexicon.abroad
    if rx is None or not rx.search(view.low, view.clauses[case.ci].start, case.end):
        return []
    if any(e.kind == "nonstate" and id(e) in case.used for e in view.ents):
        return []  # "militants from across the border": no state's act
    partner = view.facts.partner(target)
    return [partner] if partner is not None else []


#: right before where a shell came from: "mortar rounds fired from", "a shell fired
#: across the border from", "artillery fire from" (not rockets, which armed groups fire
#: as often as armies: "rockets fired from Lebanon")
_FIRED_FROM = re.compile(
    r"\b(?:(?:shells?|mortars?|rounds|bombs|artillery)\s+(?:[a-z-]+\s+)?"
    r"(?:fired|launched|lobbed)|shelling|(?:artillery|shell|mortar)\s+fire)\s+"
    r"(?:(?:across|over)\s+the\s+(?:border|frontier)\s+)?from\s+(?:neighbou?ring\s+)?$"
)


def fired_from(case: Case, target: str) -> list[str]:
    """ "Two farmers died when mortar rounds fired from Pakistan landed in Poonch": a
    strike whose shells the clause says came from a state, with no attacker named, was
    that state's (not when militants or gunmen are named: "militants fired mortars from
    Afghanistan")."""
    view = case.view
    clause = view.clauses[case.ci]
    if any(e.kind == "nonstate" and clause.start <= e.start < case.end for e in view.ents):
        return []
    for e in view.ents:
        if (
            clause.start <= e.start < case.end
            and e.kind == "state"
            and e.code
            and e.code != target
            and _FIRED_FROM.search(view.low, max(clause.start, e.start - 50), e.start)
        ):
            return [e.code]
    return []


#: after a strike noun: it was only heard ("gunfire could be heard", "explosions were
#: heard"), which tells where a strike told elsewhere fell, not a strike of its own
_HEARD = re.compile(r"\s+(?:could\s+|can\s+)?(?:also\s+)?(?:be\s+|were\s+|was\s+)?heard\b")


def _confidence(
    explicit: bool,
    actor: str | None,
    how: str,
    target: str | None,
    stated: bool,
    place: Place | None,
    day: date | None,
) -> float:
    """How sure the reading is: more for an attacker the text names outright, a target
    read from the act itself (``stated``), a place finer than a country and a date."""
    conf = 0.4
    conf += 0.2 if explicit and actor else 0.1 if actor or how == "nonstate_in_trigger" else 0.0
    conf += 0.15 if target and stated else 0.05 if target else 0
    conf += 0.15 if place and place.kind != "country" else 0.08 if place else 0.0
    conf += 0.1 if day else 0.0
    return min(conf, 0.95)


def _reach(view: SentenceView, ci: int) -> int:
    """Where clause ``ci`` ends, with the relative clauses hanging on it."""
    end = view.clauses[ci].end
    j = ci + 1
    while j < len(view.clauses) and view.clauses[j].rel:
        end = view.clauses[j].end
        j += 1
    return end


def _precise(view: SentenceView, ci: int, places: Sequence[_Ent], previous: date | None) -> bool:
    """ "Tit-for-tat shelling hit Tacna on Monday": a summary that tells one precise
    place and day still tells an event."""
    return (
        any(e.place and e.place.kind in ("city", "admin1") for e in places)
        and act_date(view, ci, previous, strike=True)[1] == "day"
    )


def _toll(view: SentenceView, ci: int, end: int) -> int | None:
    """The dead the clause counts; else the sentence's, unless another strike of the
    sentence could claim them: "Two soldiers were killed when troops shelled ..."."""
    clause = view.clauses[ci]
    count = killed_count(view.text[clause.start : end])
    if count is None and len(view.clauses) > 1:
        others = [
            c for c in view.clauses if c is not clause and _has_strike(view, c, _tells_an_act)
        ]
        if not others:
            count = killed_count(view.text)
    return count.value if count else None


def _places(
    view: SentenceView, clause: _Clause, end: int, anchor: _Hit, used: frozenset[int]
) -> list[_Ent]:
    """The places the clause puts the strike in: "in X", "into X", right after the
    trigger ("shelled X") or the subject of a passive ("X was shelled"). Not a name on
    a thing ("US Consulate"), not where it came from ("shells fired from Myanmar"),
    not a people unless hit ("Pakistanis"), not a government ("..., Islamabad vows
    response") unless a preposition of its own governs it ("strikes in Islamabad"), not
    where the report was given ("told reporters in Bishkek"), where the wounded were
    taken ("taken to a hospital in Jalalabad") or where troops are posted ("stationed in
    Nakhchivan").
    A strike told in a clause of its own takes no place from the main clause before it
    ("the envoy in Dhaka was summoned after shells landed in Bangladesh")."""
    low = view.low
    begin = _subordinate_start(low, clause.start, anchor.start)
    found = [
        e
        for e in view.ents
        if (begin <= e.start < end or _dead_there(view, e, clause.start, begin))
        and e.place is not None
        and id(e) not in used
        and (
            e.locative
            or (e.start >= anchor.end and _OBJECT_GAP.match(low, anchor.end, e.start) is not None)
            or _PASSIVE_GAP.fullmatch(low, e.end, anchor.start) is not None
        )
        and not e.attributive
        and not e.origin
        and (not e.adjectival or e.target_noun)
        and (not e.metonym or _prep_before(low, e.start) in _PLACE_PREPS)
        and not _attackers_base(view, e, anchor, used)
        and not _ENVOY_IN.search(low, max(0, e.start - 60), e.start)
        and not not_where_it_fell(low, e.start)
    ]
    return _beside_the_border(found)


#: right before a place: the dead or wounded named there ("two people were killed in",
#: "three soldiers died near the village of")
_DEAD_AT = re.compile(
    r"\b(?:killed|died|wounded|injured|hurt)\s+(?:[a-z]+\s+){0,2}?(?:in|at|near)\s+"
    r"(?:the\s+(?:border\s+)?(?:town|village|city|district)\s+of\s+)?$"
)


def _dead_there(view: SentenceView, e: _Ent, lo: int, hi: int) -> bool:
    """ "Two people were killed in Kotli when Indian shells hit their house": the place a
    main clause puts the dead in, right before the clause telling the strike that killed
    them ("when", "after", "as"), is the strike's."""
    if _SUBORDINATE.match(view.low, hi) is None:
        return False
    if hi == lo:  # the strike's clause opens on the conjunction: the dead are just before it
        lo = max((c.start for c in view.clauses if c.end <= hi), default=0)
    if not lo <= e.start < hi:
        return False
    return _DEAD_AT.search(view.low, max(lo, e.start - 50), e.start) is not None


#: right before a place: an envoy or office there, which a diplomatic act of the clause
#: names ("summoned the Pakistani envoy in Kabul to protest the shelling", "the Ministry
#: of Foreign Affairs in Khartoum said")
_ENVOY_IN = re.compile(
    r"\b(?:ambassador|envoy|high\s+commissioner|charg[eé]\s+d'affaires|diplomat|embassy"
    r"|consul|ministry)\s+(?:(?:[a-z-]+\s+){0,2}?|" + OFFICE_NAME + r")in\s+"
    r"(?:the\s+capital\s*,?\s*)?$"
)


#: "militants in Gaza", "troops based in Tacna": the place where a party is
_BASED_IN = re.compile(r"\s+(?:[a-z-]+\s+)?(?:in|inside|based\s+in|stationed\s+in)\s+(?:the\s+)?")


def _attackers_base(view: SentenceView, e: _Ent, anchor: _Hit, used: frozenset[int]) -> bool:
    """ "Militants in Gaza fired rockets toward Sderot": a place hung on the attacker
    before the trigger is where the attacker is, not where the strike fell."""
    if e.end > anchor.start:
        return False
    i = view.ents.index(e)
    if i == 0 or id(view.ents[i - 1]) not in used:
        return False
    return _BASED_IN.fullmatch(view.low, view.ents[i - 1].end, e.start) is not None


def _beside_the_border(places: list[_Ent]) -> list[_Ent]:
    """ "The strike hit Kilis, a town on the Syria-Turkey border": the two states of
    a border are no place of the strike when the clause names a town or province."""
    if any(e.border for e in places) and finer_place(places):
        return [e for e in places if not e.border]
    return places


#: a conjunction that opens a clause telling another event: "summoned ... after shells
#: landed", "protested when troops fired"
_SUBORDINATE = re.compile(r"\b(?:after|when|as|while|because|since|following)\s")


def _subordinate_start(low: str, lo: int, hi: int) -> int:
    """Where the last subordinate clause opened between ``lo`` and ``hi`` starts (``lo``
    when none did).

    >>> _subordinate_start("the envoy was summoned after shells landed", 0, 34)
    23
    """
    found = lo
    for m in _SUBORDINATE.finditer(low, lo, hi):
        found = m.start()
    return found


def _has_strike(
    view: SentenceView, clause: _Clause, keep: Callable[[SentenceView, _Hit], bool] | None = None
) -> bool:
    return any(
        clause.start <= h.start < clause.end
        and h.type.family == "strike"
        and (keep is None or keep(view, h))
        for h in view.hits
    )


#: a trigger that ends in a passive of killing: it names the dead, not a strike
_DEAD_NAMED = re.compile(
    r"\b(?:were|was|are|is|been|be)\s+(?:[a-z]+\s+)?(?:killed|shot(?:\s+dead)?|gunned\s+down"
    r"|massacred)\Z"
)


def _tells_an_act(view: SentenceView, h: _Hit) -> bool:
    """Whether a trigger tells an act rather than the dead of one: "Fifteen militants
    were killed when Turkish drones struck ..." tells the drones' strike and its toll;
    "three of the attackers were killed in return fire" tells the fire that answered
    it, part of the strike (``apart_phrases``), no act of its own.

    >>> bool(_DEAD_NAMED.search("militants were killed"))
    True
    """
    return not h.apart and _DEAD_NAMED.search(view.low, h.start, h.end) is None


# ---------------------------------------------------------------- references


def is_reference(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """A strike noun pointing back at an event told elsewhere, which starts none."""
    if _placed_by_relative(view, clause, h):
        return False
    if _definite(view, clause, h) and not _own_place(view, clause, h):
        return True
    return _back_reference(view, clause, h) or _that_opens(view, h)


#: a sentence that opens on "That" and the strike noun: "That attack left nine dead"
_THAT = re.compile(r"\s*That\s+(?:[a-z-]+\s+)?")


def _that_opens(view: SentenceView, h: _Hit) -> bool:
    """ "That attack left nine guards dead": a sentence that opens on "that" and a
    strike noun points back at the strike the sentence before told."""
    start = view.clauses[0].start
    return _THAT.fullmatch(view.text, start, h.start) is not None


def _placed_by_relative(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "blamed each other for the fighting, which erupted near Tacna": a strike noun
    whose own relative clause tells where it happened tells the event itself."""
    ci = view.clauses.index(clause)
    if ci + 1 >= len(view.clauses) or not view.clauses[ci + 1].rel:
        return False
    nxt = view.clauses[ci + 1]
    if view.low[h.end : nxt.start].strip(" ,") != "":
        return False  # the relative clause hangs on another word
    return any(
        nxt.start <= e.start < nxt.end
        and e.place is not None
        and e.locative
        and e.place.kind != "country"
        for e in view.ents
    )


def _definite(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "said the attack had ...": a definite strike noun with no party of its own."""
    m = _DEFINITE.search(view.masked, max(clause.start, h.start - 40), h.start)
    if m is None:
        return False
    if m.start(1) >= 0 and not view.text[m.start(1)].islower():
        return False
    return not _BY_AFTER.match(view.masked, h.end, h.end + 40)


def _back_reference(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "over the attack": a strike noun pointing back at an event told elsewhere."""
    rx = view.facts.lexicon.reference
    if rx is None:
        return False
    m = rx.search(view.masked, max(clause.start, h.start - 60), h.start)
    if m is None:
        return False
    word = m.start(1)
    return word < 0 or view.text[word].islower()


def _own_place(view: SentenceView, clause: _Clause, h: _Hit) -> bool:
    """ "The shelling of border villages in Surin province ...", "the shelling of Goris",
    "the rockets that hit Hermel": a definite strike noun that names its own place (in
    a phrase of place, or right after it as what it hit) tells an event, not a
    reference back to one."""
    return any(
        h.end <= e.start < min(clause.end, h.end + 60)
        and e.place is not None
        and (e.locative or _OWN_OBJECT.fullmatch(view.low, h.end, e.start) is not None)
        and e.place.kind != "country"
        for e in view.ents
    )


#: between a strike and the place it hit: "the shelling of [the town of] Goris"
_OWN_OBJECT = re.compile(
    r"\s+(?:of\s+)?(?:the\s+)?(?:(?:border\s+)?(?:town|village|city|district|province)"
    r"\s+of\s+)?"
)
